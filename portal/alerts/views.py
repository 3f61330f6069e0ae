"""The alert pages: subscribe, confirm, manage (by a signed link, no account), unsubscribe."""

import logging

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from portal.alerts.following import alert_description, query_normalise
from portal.alerts.forms import ManageForm, SubscribeForm
from portal.alerts.models import Alert, Frequency
from portal.alerts.services import (
    CONFIRM_SALT,
    MANAGE_SALT,
    UNSUBSCRIBE_SALT,
    TooManyAlerts,
    alert_confirm,
    alert_limits_count,
    alert_subscribe,
)
from portal.enquiries.forms import FormTokenProblem, form_token, form_token_check
from portal.staff.accounts import client_ip_address

logger = logging.getLogger(__name__)


def bad_link(request):
    return render(request, "alerts/bad_link.html", status=400)


@never_cache
def subscribe(request):
    """Follow `?follow=<list or topic>` with the list's filters from the query string."""
    if request.GET.get("sent") == "1":
        return render(request, "alerts/subscribe_sent.html")
    follows = request.GET.get("follow", "")
    try:
        query = query_normalise(follows, request.GET)
    except ValidationError as error:
        return render(request, "alerts/bad_filters.html", {"errors": error.messages}, status=400)
    target_key = f"alert:{follows}?{query}"
    context = {"description": alert_description(follows=follows, query=query), "limit": None}
    if request.method != "POST":
        context.update(form=SubscribeForm(), token=form_token(target_key))
        return render(request, "alerts/subscribe.html", context)
    form = SubscribeForm(request.POST)
    done = f"{request.path}?sent=1"
    if form.is_robot():
        return redirect(done)
    token = request.POST.get("token", "")
    valid = form.is_valid()
    try:
        form_token_check(token, target_key)
    except FormTokenProblem as problem:
        form.add_error(None, problem.message)
        token = form_token(target_key) if problem.renew else token
        valid = False
    context.update(form=form, token=token)
    if not valid:
        return render(request, "alerts/subscribe.html", context)
    email = form.cleaned_data["email"]
    limit = alert_limits_count(address=client_ip_address(request), email=email)
    if limit is not None:
        context["limit"] = limit
        response = render(request, "alerts/subscribe.html", context, status=429)
        response["Retry-After"] = str(limit.seconds)
        return response
    try:
        alert_subscribe(
            email=email,
            language=get_language(),
            follows=follows,
            query=query,
            frequency=form.cleaned_data["frequency"],
            site_url=request.build_absolute_uri("/"),
        )
    except TooManyAlerts:
        context["too_many"] = settings.ALERTS_PER_ADDRESS
        return render(request, "alerts/subscribe.html", context, status=409)
    return redirect(done)


def alert_of(token, salt, *, max_age=None):
    try:
        pk = signing.loads(token, salt=salt, max_age=max_age)
    except signing.BadSignature:
        return None
    return Alert.objects.filter(pk=pk).first()


@never_cache
def confirm(request, token):
    """GET shows a button (mail scanners follow links), POST confirms."""
    max_age = settings.ALERTS_CONFIRM_DAYS * 24 * 3600
    alert = alert_of(token, CONFIRM_SALT, max_age=max_age)
    if alert is None:
        return bad_link(request)
    if request.method == "POST":
        alert_confirm(alert=alert)
    context = {
        "alert": alert,
        "description": alert_description(follows=alert.follows, query=alert.query),
    }
    return render(request, "alerts/confirm.html", context)


@never_cache
def manage(request, token):
    """An address's alerts: change one's frequency, delete one, or delete them all."""
    try:
        email = signing.loads(token, salt=MANAGE_SALT)
    except signing.BadSignature:
        return bad_link(request)
    alerts = Alert.objects.of_address(email)
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "delete-all":
            alerts.delete()
        else:
            form = ManageForm(request.POST)
            if form.is_valid():
                chosen = alerts.filter(pk=form.cleaned_data["alert"])
                if action == "delete":
                    chosen.delete()
                elif form.cleaned_data["frequency"]:
                    chosen.update(frequency=form.cleaned_data["frequency"])
        return redirect(f"{request.path}?saved=1")
    rows = [
        {"alert": alert, "description": alert_description(follows=alert.follows, query=alert.query)}
        for alert in alerts
    ]
    return render(
        request,
        "alerts/manage.html",
        {"rows": rows, "frequencies": Frequency.choices, "saved": request.GET.get("saved") == "1"},
    )


@csrf_exempt  # RFC 8058: the mail client POSTs with no page, so no CSRF token.
@never_cache
def unsubscribe(request, token):
    """One-click unsubscribe: POST deletes the alert; GET shows a button that does."""
    try:
        pk = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return bad_link(request)
    if request.method == "POST":
        Alert.objects.filter(pk=pk).delete()
        return render(request, "alerts/unsubscribed.html")
    alert = Alert.objects.filter(pk=pk).first()
    if alert is None:
        return render(request, "alerts/unsubscribed.html")
    context = {"description": alert_description(follows=alert.follows, query=alert.query)}
    return render(request, "alerts/unsubscribe.html", context)
