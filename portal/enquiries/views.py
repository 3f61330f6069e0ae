"""The enquiry forms: one page per item (and one to the staff), apart from the item's own page,
which stays cookie-free and kept by the page cache."""

import logging

from django.shortcuts import get_object_or_404, redirect, render
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.views import View
from django.views.decorators.cache import never_cache

from portal.enquiries.forms import EnquiryForm, FormTokenProblem, form_token, form_token_check
from portal.enquiries.models import Reason, TargetKind
from portal.enquiries.services import enquiry_limits_count, enquiry_receive, item_contacts
from portal.staff.accounts import client_ip_address

logger = logging.getLogger(__name__)

# The reasons each kind of page offers, the first chosen at first.
REASONS = {
    TargetKind.PRACTICE: [Reason.QUESTION, Reason.ADOPT, Reason.VISIT, Reason.MISTAKE],
    TargetKind.PROJECT: [Reason.QUESTION, Reason.VISIT, Reason.MISTAKE],
    TargetKind.ORGANISATION: [Reason.QUESTION, Reason.VISIT, Reason.MISTAKE],
    TargetKind.EVENT: [Reason.QUESTION, Reason.MISTAKE],
    TargetKind.STAFF: [Reason.QUESTION, Reason.MISTAKE],
}


@method_decorator(never_cache, name="dispatch")
class EnquiryView(View):
    """Write to the contact persons of a published item of `model` (or, without one, to the
    portal's staff). `?reason=mistake` chooses a reason; `?sent=1` thanks the visitor."""

    kind = TargetKind.STAFF
    model = None

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.target = None
        if self.model is not None:
            self.target = get_object_or_404(self.model.objects.published(), slug=kwargs["slug"])
        self.reasons = REASONS[self.kind]
        self.target_key = f"{self.kind}:{self.target.pk if self.target else ''}"

    def get(self, request, *args, **kwargs):
        if request.GET.get("sent") == "1":
            return self.render("enquiries/enquiry_sent.html", {})
        chosen = request.GET.get("reason")
        form = self.make_form(
            initial={"reason": chosen}
            if chosen in [reason.value for reason in self.reasons]
            else {}
        )
        return self.render_form(form, form_token(self.target_key))

    def post(self, request, *args, **kwargs):
        form = self.make_form(data=request.POST)
        if form.is_robot():
            logger.info("An enquiry about %s filled the hidden field: not kept", self.target_key)
            return redirect(f"{request.path}?sent=1")
        token = request.POST.get("token", "")
        valid = form.is_valid()
        try:
            form_token_check(token, self.target_key)
        except FormTokenProblem as problem:
            form.add_error(None, problem.message)
            token = form_token(self.target_key) if problem.renew else token
            valid = False
        if not valid:
            return self.render_form(form, token)
        limit = enquiry_limits_count(
            address=client_ip_address(request),
            email=form.cleaned_data["email"],
            target_key=self.target_key,
        )
        if limit is not None:
            response = self.render_form(form, token, status=429, limit=limit)
            response["Retry-After"] = str(limit.seconds)
            return response
        enquiry = form.save(commit=False)
        enquiry.target_kind = self.kind
        if self.target is not None:
            setattr(enquiry, self.kind, self.target)
            enquiry.target_title = str(self.target)
            enquiry.page_url = self.target.get_absolute_url()
        enquiry.language = get_language()
        enquiry_receive(enquiry=enquiry, site_url=request.build_absolute_uri("/"))
        return redirect(f"{request.path}?sent=1")

    def make_form(self, **kwargs):
        return EnquiryForm(reasons=self.reasons, **kwargs)

    def render_form(self, form, token, *, status=200, limit=None):
        contacts = item_contacts(self.target) if self.target is not None else []
        context = {"form": form, "token": token, "contacts": contacts, "limit": limit}
        return self.render("enquiries/enquiry_form.html", context, status=status)

    def render(self, template, context, *, status=200):
        context = {"target": self.target, "kind": self.kind, **context}
        return render(self.request, template, context, status=status)
