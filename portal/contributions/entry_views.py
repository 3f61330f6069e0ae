"""The partner space's practices and events: start one, edit the proposal, preview it as the
public will see it, submit it for review, and propose a change to a published one."""

from django import forms
from django.contrib import messages
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views import View

from events.models import Event
from events.views import EventDetailView
from portal.contributions.access import (
    PartnerRequiredMixin,
    partner_organisations,
    partner_submission,
)
from portal.contributions.completeness import missing_for_submission
from portal.contributions.entries import entry_draft_create
from portal.contributions.entry_forms import (
    EventForm,
    NewContactForm,
    PracticeForm,
    child_formsets,
    entry_form_class,
)
from portal.contributions.review import (
    ReviewRefused,
    SubmissionIncomplete,
    submission_open,
    submission_submit,
)
from portal.db.uploads import document_response
from practices.models import GoodPractice
from practices.views import PracticeDetailView


class OrganisationChoiceForm(forms.Form):
    organisation = forms.ModelChoiceField(
        queryset=None,
        label=_("For which organisation"),
        empty_label=None,
        help_text=_("The organisation you publish for: its partners see the entry too."),
    )

    def __init__(self, *args, partner, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = partner_organisations(partner)


def has_problems(forms_shown):
    return any(form.is_bound and form.errors for form in forms_shown)


def editor_media(form):
    """The rich text editor's styles and scripts; its import map goes in with the CSP nonce."""
    media = form.media
    return media["css"] + media["js"]


class EntryCreateView(PartnerRequiredMixin, View):
    """Start a new practice or event for one of the partner's organisations: a draft."""

    form_class = PracticeForm
    heading = _("New good practice")

    def forms(self, request):
        data = request.POST if request.method == "POST" else None
        files = request.FILES if request.method == "POST" else None
        return (
            OrganisationChoiceForm(data, partner=request.user, prefix="for"),
            self.form_class(data, files, partner=request.user),
        )

    def render_page(self, request, choice, form):
        context = {
            "heading": self.heading,
            "choice": choice,
            "form": form,
            "all_forms": [choice, form],
            "has_problems": has_problems([choice, form]),
            "editor_media": editor_media(form),
        }
        return render(request, "contributions/entry_new.html", context)

    def get(self, request):
        choice, form = self.forms(request)
        return self.render_page(request, choice, form)

    def post(self, request):
        choice, form = self.forms(request)
        if not (choice.is_valid() and form.is_valid()):
            return self.render_page(request, choice, form)
        submission = entry_draft_create(
            form=form,
            organisation=choice.cleaned_data["organisation"],
            by=request.user,
            language=get_language(),
        )
        return redirect("contributions:submission-edit", pk=submission.pk)


class SubmissionEditView(PartnerRequiredMixin, View):
    """Edit the proposal of a submission while it is a draft or changes are requested."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.submission = None

    def page(
        self, request, *, form=None, formsets=None, new_contact=None, missing=None, status=200
    ):
        submission = self.submission
        entry = submission.proposal
        held = not submission.is_editable
        if not held:
            form = form or entry_form_class(entry)(instance=entry, partner=request.user)
            formsets = formsets or child_formsets(entry, partner=request.user)
            new_contact = new_contact or NewContactForm(
                prefix="new_contact", partner=request.user, entry=entry
            )
        forms_shown = (
            []
            if held
            else [form, new_contact] + [child for formset in formsets.values() for child in formset]
        )
        formset_errors = [
            error for formset in (formsets or {}).values() for error in formset.non_form_errors()
        ]
        context = {
            "submission": submission,
            "entry": entry,
            "held": held,
            "form": form,
            "formsets": formsets,
            "new_contact": new_contact,
            "all_forms": forms_shown,
            "formset_errors": formset_errors,
            "has_problems": bool(formset_errors) or has_problems(forms_shown),
            "missing": missing,
            "completeness": [] if held else missing_for_submission(submission),
            "language": get_language(),
            "comment": latest_comment(submission),
            "editor_media": editor_media(form) if form else None,
        }
        return render(request, "contributions/entry_edit.html", context, status=status)

    def get(self, request, pk):
        self.submission = partner_submission(request.user, pk)
        return self.page(request)

    def post(self, request, pk):
        self.submission = partner_submission(request.user, pk)
        if not self.submission.is_editable:
            return self.page(request, status=409)
        entry = self.submission.proposal
        form = entry_form_class(entry)(
            request.POST, request.FILES, instance=entry, partner=request.user
        )
        formsets = child_formsets(
            entry, partner=request.user, data=request.POST, files=request.FILES
        )
        new_contact = NewContactForm(
            request.POST, prefix="new_contact", partner=request.user, entry=entry
        )
        valid = [form.is_valid(), new_contact.is_valid()]
        valid += [formset.is_valid() for formset in formsets.values()]
        if not all(valid):
            return self.page(request, form=form, formsets=formsets, new_contact=new_contact)
        with transaction.atomic():
            entry = form.save()
            entry.organisations.add(self.submission.organisation)
            for formset in formsets.values():
                formset.save()
            if new_contact.has_changed():
                new_contact.list_on(entry)
        return redirect("contributions:submission-edit", pk=self.submission.pk)


class SubmissionSubmitView(SubmissionEditView):
    """Send the proposal for review; what it lacks is listed instead, and it stays a draft."""

    http_method_names = ["post"]

    def post(self, request, pk):
        self.submission = partner_submission(request.user, pk)
        try:
            submission_submit(submission=self.submission, by=request.user, language=get_language())
        except SubmissionIncomplete as incomplete:
            return self.page(request, missing=incomplete.missing)
        except ReviewRefused:
            return self.page(request, status=409)
        return redirect("contributions:submission-edit", pk=self.submission.pk)


def latest_comment(submission):
    """What an editor last said about the submission, if anything."""
    step = submission.steps.exclude(comment="").order_by("-at", "-pk").first()
    return step.comment if step else ""


ANOTHER_ORGANISATION_PROPOSES = _(
    "Another partner organisation has already proposed a change to this entry, and the "
    "editors have not decided on it yet. You can propose yours once they have."
)


class EntryChangeView(PartnerRequiredMixin, View):
    """Propose a change to a published entry of one of the partner's organisations: a draft
    copy to edit, while the public keeps seeing the entry as it is. On a draft the staff
    started for the organisation, open it for the partner to edit."""

    http_method_names = ["post"]
    models = {"practice": GoodPractice, "event": Event}

    def post(self, request, kind, pk):
        model = self.models.get(kind)
        if model is None:
            raise Http404
        organisations = partner_organisations(request.user)
        # A published entry gets a proposed change; a draft the staff started for the
        # organisation is edited itself (submission_open handles both).
        entry = get_object_or_404(
            (model.objects.published() | model.objects.drafts())
            .originals()
            .filter(organisations__in=organisations)
            .distinct(),
            pk=pk,
        )
        related = "practices" if model is GoodPractice else "events"
        organisation = organisations.filter(**{related: entry}).first()
        submission = submission_open(
            entry=entry, organisation=organisation, by=request.user, language=get_language()
        )
        if submission.organisation_id not in {org.pk for org in organisations}:
            # Another organisation's proposal: say so, without naming it or showing its work.
            messages.info(request, ANOTHER_ORGANISATION_PROPOSES)
            return redirect("contributions:dashboard")
        return redirect("contributions:submission-edit", pk=submission.pk)


class PreviewMixin(PartnerRequiredMixin):
    """The proposal on the public page's template, with what the public view gives it."""

    include_drafts = True
    kind = "practice"

    def get_object(self, queryset=None):
        submission = partner_submission(self.request.user, self.kwargs["pk"])
        if submission.kind != self.kind:
            raise Http404
        entry = (queryset or self.get_queryset()).get(pk=submission.proposal.pk)
        self.submission = submission
        return entry

    def get_context_data(self, **kwargs):
        # The partner's own banner says what the preview is; the public template's draft
        # notice ("only staff can see it") would tell the partner something untrue.
        return super().get_context_data(submission=self.submission, partner_preview=True, **kwargs)


class PracticePreviewView(PreviewMixin, PracticeDetailView):
    template_name = "contributions/practice_preview.html"

    def get_object(self, queryset=None):
        practice = super().get_object(queryset)
        # Drafts' documents download through the partner space; the public view refuses them.
        for document in practice.documents.all():
            document.get_absolute_url = document_url(self.submission, document)
        return practice


def document_url(submission, document):
    url = reverse(
        "contributions:submission-document",
        kwargs={"pk": submission.pk, "document_pk": document.pk},
    )
    return lambda: url


class EventPreviewView(PreviewMixin, EventDetailView):
    template_name = "contributions/event_preview.html"
    kind = "event"


class SubmissionPreviewView(PartnerRequiredMixin, View):
    """The preview of whichever kind of entry the submission proposes."""

    def get(self, request, pk):
        submission = partner_submission(request.user, pk)
        view = PracticePreviewView if submission.kind == "practice" else EventPreviewView
        return view.as_view()(request, pk=pk)


class SubmissionDocumentView(PartnerRequiredMixin, View):
    """A document of the partner's proposal, as a download."""

    def get(self, request, pk, document_pk):
        submission = partner_submission(request.user, pk)
        if submission.kind != "practice":
            raise Http404
        document = get_object_or_404(submission.practice.documents, pk=document_pk)
        return document_response(document.file, title=document.title)


new_practice = EntryCreateView.as_view()
new_event = EntryCreateView.as_view(form_class=EventForm, heading=_("New event"))
