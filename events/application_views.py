"""The pages of applications: the form (apart from the event's page, which stays cacheable) and
the pages the links in the applicant's e-mails open, which change nothing until a button is
pressed (mail scanners follow links)."""

import logging

from django.shortcuts import get_object_or_404, redirect, render
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.views import View
from django.views.decorators.cache import never_cache

from events import applications
from events.applications import ApplicationRefused, LinkAction, link_application, places_left
from events.forms import ApplicationForm
from events.models import ACTIVE_STATES, ApplicationState, Event
from portal.enquiries.forms import FormTokenProblem, form_token, form_token_check
from portal.enquiries.services import enquiry_limits_count
from portal.staff.accounts import client_ip_address

logger = logging.getLogger(__name__)


@method_decorator(never_cache, name="dispatch")
class ApplyView(View):
    """Apply for a place at a published event; `?sent=1` says where the application stands."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.event = get_object_or_404(
            Event.objects.published().select_related("city__country"), slug=kwargs["slug"]
        )
        self.target_key = f"application:{self.event.pk}"

    def get(self, request, *args, **kwargs):
        if request.GET.get("sent") == "1":
            state = request.GET.get("state", "")
            return self.render("events/application_sent.html", {"state": state})
        return self.render_form(ApplicationForm(), form_token(self.target_key))

    def post(self, request, *args, **kwargs):
        form = ApplicationForm(data=request.POST)
        if form.is_robot():
            logger.info("An application to event %s filled the hidden field", self.event.pk)
            return redirect(f"{request.path}?sent=1")
        if not self.event.applications_open():
            return self.render_form(form, "", status=410)
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
        application = form.save(commit=False)
        application.event = self.event
        application.language = get_language()
        try:
            applications.application_receive(
                application=application, site_url=request.build_absolute_uri("/")
            )
        except ApplicationRefused as refusal:
            form.add_error(None, refusal.message)
            return self.render_form(form, token, status=409)
        return redirect(f"{request.path}?sent=1&state={application.state}")

    def render_form(self, form, token, *, status=200, limit=None):
        context = {
            "form": form,
            "token": token,
            "limit": limit,
            "open": self.event.applications_open(),
            "places_left": places_left(self.event),
        }
        return self.render("events/application_form.html", context, status=status)

    def render(self, template, context, *, status=200):
        return render(self.request, template, {"event": self.event, **context}, status=status)


@method_decorator(never_cache, name="dispatch")
class ApplicationLinkView(View):
    """What a link in an applicant's e-mail does, once they press the button: cancel, take or
    decline the place offered."""

    action = LinkAction.CANCEL
    services = {
        LinkAction.CANCEL: "application_cancel",
        LinkAction.TAKE: "application_take_offer",
        LinkAction.DECLINE: "application_decline_offer",
    }

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.application = link_application(kwargs["token"], self.action)

    def get(self, request, *args, **kwargs):
        return self.render(done=False)

    def post(self, request, *args, **kwargs):
        if not self.usable():
            return self.render(done=False)
        service = getattr(applications, self.services[self.action])
        try:
            self.application = service(
                application=self.application, site_url=request.build_absolute_uri("/")
            )
        except ApplicationRefused as refusal:
            return self.render(done=False, refusal=refusal.message)
        return self.render(done=True)

    def usable(self):
        """Whether the application is in a state this link's action applies to."""
        states = ACTIVE_STATES if self.action == LinkAction.CANCEL else [ApplicationState.OFFERED]
        return self.application is not None and self.application.state in states

    def render(self, *, done, refusal=None):
        context = {
            "action": self.action,
            "application": self.application,
            "event": self.application.event if self.application else None,
            "done": done,
            "usable": self.usable() and refusal is None,
            "refusal": refusal,
        }
        status = 200 if self.application is not None else 404
        return render(self.request, "events/application_link.html", context, status=status)
