from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Case, IntegerField, Value, When
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from portal.contributions import review
from portal.contributions.differences import submission_differences
from portal.contributions.invitation_actions import invitation_send_again
from portal.contributions.models import (
    WAITING_STATES,
    Invitation,
    Membership,
    PartnerAccount,
    Submission,
    SubmissionState,
)
from portal.contributions.services import contributor_deactivate, invitation_send


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "language", "created_at", "accepted_at", "invited_by"]
    list_filter = ["language", "accepted_at"]
    search_fields = ["email", "organisations__name"]
    filter_horizontal = ["organisations"]
    fields = ["email", "organisations", "language", "invited_by", "created_at", "accepted_at"]
    readonly_fields = ["invited_by", "created_at", "accepted_at"]
    actions = [invitation_send_again]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.invited_by = request.user
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if not change:
            # The organisations are saved only now: the e-mail names them.
            invitation_send(
                email=form.instance.email,
                organisations=form.instance.organisations.all(),
                language=form.instance.language,
                invitation=form.instance,
            )


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "organisation", "created_at"]
    list_select_related = ["user", "organisation"]
    search_fields = ["user__username", "organisation__name"]
    raw_id_fields = ["user"]

    def has_add_permission(self, request):
        # Memberships come from accepted invitations: invite an existing partner again to add one.
        return False


@admin.register(PartnerAccount)
class PartnerAccountAdmin(admin.ModelAdmin):
    list_display = ["username", "is_active", "last_login", "date_joined"]
    list_filter = ["is_active"]
    search_fields = ["username"]
    fields = ["username", "is_active", "last_login", "date_joined"]
    readonly_fields = ["username", "last_login", "date_joined"]
    actions = ["deactivate"]

    def get_queryset(self, request):
        return super().get_queryset(request).filter(is_staff=False, is_superuser=False)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        # Deactivate instead: what the partner made stays.
        return False

    @admin.action(description=_("Deactivate the selected accounts"), permissions=["change"])
    def deactivate(self, request, queryset):
        users = list(queryset.filter(is_active=True))
        for user in users:
            contributor_deactivate(user=user)
        self.message_user(
            request,
            ngettext(
                "%(count)d account deactivated.", "%(count)d accounts deactivated.", len(users)
            )
            % {"count": len(users)},
            messages.SUCCESS,
        )


class QueueFilter(admin.SimpleListFilter):
    """The state, with "waiting for an editor" (submitted, or approved for publication) first and
    chosen when nothing is."""

    title = _("state")
    parameter_name = "queue"
    WAITING = "waiting"
    ALL = "all"

    def lookups(self, request, model_admin):
        return [
            (self.WAITING, _("Waiting for an editor")),
            *SubmissionState.choices,
            (self.ALL, _("All")),
        ]

    def chosen(self):
        return self.value() or self.WAITING

    def queryset(self, request, queryset):
        chosen = self.chosen()
        if chosen == self.WAITING:
            return queryset.filter(state__in=WAITING_STATES)
        if chosen == self.ALL:
            return queryset
        # An unknown state finds nothing rather than everything.
        return queryset.filter(state=chosen)

    def choices(self, changelist):
        for lookup, title in self.lookup_choices:
            yield {
                "selected": self.chosen() == str(lookup),
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }


class KindFilter(admin.SimpleListFilter):
    title = _("kind")
    parameter_name = "kind"

    def lookups(self, request, model_admin):
        return [("practice", _("Good practice")), ("event", _("Event"))]

    def queryset(self, request, queryset):
        if self.value() == "practice":
            return queryset.filter(practice__isnull=False)
        if self.value() == "event":
            return queryset.filter(event__isnull=False)
        return queryset


class ReviewForm(forms.Form):
    """An editor's decision on a submission, with the comment the partner reads."""

    ACTIONS = {
        "approve": review.submission_approve,
        "request_changes": review.submission_request_changes,
        "decline": review.submission_decline,
        "publish": review.submission_publish,
    }

    action = forms.ChoiceField(choices=[(name, name) for name in ACTIONS])
    comment = forms.CharField(required=False, max_length=5000)


# What an editor may decide from each state.
ACTIONS_FROM = {
    SubmissionState.SUBMITTED: ["approve", "request_changes", "decline"],
    SubmissionState.APPROVED: ["publish", "request_changes", "decline"],
}
ACTION_LABELS = {
    "approve": _("Approve (step one)"),
    "request_changes": _("Ask for changes"),
    "decline": _("Decline"),
    "publish": _("Publish (step two)"),
}
ACTION_DONE = {
    "approve": _("Approved: it can now be published."),
    "request_changes": _("The partner has been asked for changes."),
    "decline": _("Declined: the partner has been told why."),
    "publish": _("Published: the public sees it now."),
}


def decisions_for(submission, user):
    """The decisions `user` may take on `submission` as (action, label), and why publication is
    not among them when four-eyes review keeps it from the editor who approved."""
    names = ACTIONS_FROM.get(submission.state, [])
    refused = ""
    if "publish" in names and not review.may_publish(submission, user):
        names = [name for name in names if name != "publish"]
        refused = gettext(
            "You approved this submission, and four-eyes review is on: another editor publishes it."
        )
    return [(name, ACTION_LABELS[name]) for name in names], refused


def waiting_days(submission) -> int:
    return (timezone.now() - submission.state_changed_at).days


@admin.register(Submission)
class SubmissionAdmin(admin.ModelAdmin):
    """The review queue: what waits for an editor first, the longest waiting first; each
    submission's page shows what it changes, its history, and the decisions to take."""

    list_display = ["title", "kind", "change_or_new", "organisation", "author", "state", "waiting"]
    list_display_links = ["title"]
    list_filter = [QueueFilter, KindFilter, "is_change"]
    list_select_related = ["practice", "event", "organisation", "author"]
    search_fields = [
        "organisation__name",
        *(f"{kind}__title_{code}" for kind in ("practice", "event") for code in ("pl", "cs", "en")),
    ]
    review_template = "admin/contributions/submission/review.html"

    def get_ordering(self, request):
        """What waits for an editor first, the longest waiting first."""
        waiting_first = Case(
            When(state__in=WAITING_STATES, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        )
        return [waiting_first.asc(), "state_changed_at", "pk"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("title"))
    def title(self, obj):
        return str(obj.proposal)

    @admin.display(description=_("kind"))
    def kind(self, obj):
        return capfirst(obj.proposal._meta.verbose_name)

    @admin.display(description=_("new or change"), ordering="is_change")
    def change_or_new(self, obj):
        return gettext("Change to a published entry") if obj.is_change else gettext("New entry")

    @admin.display(description=_("in this state"), ordering="state_changed_at")
    def waiting(self, obj):
        days = waiting_days(obj)
        if days == 0:
            return gettext("since today")
        return ngettext("for %(days)d day", "for %(days)d days", days) % {"days": days}

    def get_urls(self):
        return [
            path(
                "<path:object_id>/decide/",
                self.admin_site.admin_view(self.decide_view),
                name=f"{self.opts.app_label}_{self.opts.model_name}_decide",
            ),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        """The review page; decisions are posted to decide_view, never here."""
        if request.method != "GET":
            return HttpResponseNotAllowed(["GET"])
        submission = self.submission_or_404(request, object_id)
        if not self.has_view_or_change_permission(request, submission):
            raise PermissionDenied
        proposal = submission.proposal
        if self.has_change_permission(request, submission):
            actions, publish_refused = decisions_for(submission, request.user)
        else:
            actions, publish_refused = [], ""
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Review: %s") % proposal,
            "subtitle": None,
            "opts": self.opts,
            "original": submission,
            "submission": submission,
            "proposal": proposal,
            "kind_label": proposal._meta.verbose_name,
            "published": proposal.revision_of,
            "differences": submission_differences(submission),
            "steps": submission.steps.select_related("by"),
            "actions": actions,
            "publish_refused": publish_refused,
            "waiting_days": waiting_days(submission),
            "proposal_admin_url": self.entry_admin_url(proposal),
            "published_admin_url": self.entry_admin_url(proposal.revision_of),
            "decide_url": reverse(
                f"{self.admin_site.name}:contributions_submission_decide", args=[submission.pk]
            ),
            **(extra_context or {}),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, self.review_template, context)

    def entry_admin_url(self, entry):
        """The admin page of a practice or event, if it has one: proposed changes have none."""
        if entry is None or entry.revision_of_id:
            return ""
        return reverse(
            f"{self.admin_site.name}:{entry._meta.app_label}_{entry._meta.model_name}_change",
            args=[entry.pk],
        )

    def submission_or_404(self, request, object_id):
        submission = self.get_object(request, object_id)
        if submission is None:
            raise Http404(gettext("There is no such submission."))
        return submission

    @method_decorator(require_POST)
    def decide_view(self, request, object_id):
        """Take an editor's decision; a refused one is said as a message, never an error page."""
        submission = self.submission_or_404(request, object_id)
        if not self.has_change_permission(request, submission):
            raise PermissionDenied
        form = ReviewForm(request.POST)
        if not form.is_valid():
            problems = " ".join(error for errors in form.errors.values() for error in errors)
            messages.error(request, gettext("Nothing was decided: %s") % problems)
        else:
            action = form.cleaned_data["action"]
            try:
                ReviewForm.ACTIONS[action](
                    submission=submission, by=request.user, comment=form.cleaned_data["comment"]
                )
            except review.ReviewRefused as refusal:
                messages.error(request, str(refusal))
            else:
                messages.success(request, str(ACTION_DONE[action]))
        return HttpResponseRedirect(
            reverse(f"{self.admin_site.name}:contributions_submission_change", args=[submission.pk])
        )
