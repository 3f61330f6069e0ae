"""Alerts: subscribe (double opt-in), confirm, mail what is new, unsubscribe, erase."""

import logging
import math
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.db import connection, transaction
from django.urls import reverse
from django.utils import timezone, translation

from portal.alerts.following import alert_description, matching_items
from portal.alerts.models import Alert, SentItem
from portal.enquiries.services import email_digest
from portal.mail.services import mail_send_later
from portal.operations.ratelimits import count_request

logger = logging.getLogger(__name__)

CONFIRM_SALT = "portal.alerts.confirm"
MANAGE_SALT = "portal.alerts.manage"
UNSUBSCRIBE_SALT = "portal.alerts.unsubscribe"
# Subscriptions accepted per (count, seconds): from one network address, for one e-mail address.
SUBSCRIBE_LIMITS = {"address": (10, 3600), "email": (5, 3600)}
# Items one mail lists at most; the rest come in the next one.
ITEMS_PER_MAIL = 50


class TooManyAlerts(Exception):
    """The address already has ALERTS_PER_ADDRESS alerts."""


def confirm_token(alert: Alert) -> str:
    return signing.dumps(alert.pk, salt=CONFIRM_SALT)


def manage_token(email: str) -> str:
    return signing.dumps(email.lower(), salt=MANAGE_SALT)


def unsubscribe_token(alert: Alert) -> str:
    return signing.dumps(alert.pk, salt=UNSUBSCRIBE_SALT)


def absolute(site_url: str, name: str, token: str, language: str) -> str:
    with translation.override(language):
        return site_url.rstrip("/") + reverse(name, kwargs={"token": token})


@dataclass(frozen=True)
class LimitReached:
    seconds: int

    @property
    def minutes(self):
        return max(1, math.ceil(self.seconds / 60))


def alert_limits_count(*, address: str, email: str) -> LimitReached | None:
    """Count one subscription against each of SUBSCRIBE_LIMITS; the longest wait if passed."""
    waits = []
    for scope, value in (("address", address), ("email", email_digest(email))):
        allowed, seconds = SUBSCRIBE_LIMITS[scope]
        requests, seconds_left = count_request(f"alert:{scope}:{value}", seconds)
        if requests > allowed:
            waits.append(seconds_left)
    return LimitReached(seconds=max(1, math.ceil(max(waits)))) if waits else None


@transaction.atomic
def alert_subscribe(
    *, email: str, language: str, follows: str, query: str, frequency: str, site_url: str
) -> Alert:
    """Store an unconfirmed alert (or find the same one) and queue the mail that confirms it.

    Raise TooManyAlerts, storing nothing, when the address has ALERTS_PER_ADDRESS already."""
    # One subscription of an address at a time, so that two at once cannot pass the limit.
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [f"alerts:{email.lower()}"])
    alert = Alert.objects.of_address(email).filter(follows=follows, query=query).first()
    if alert is None:
        if Alert.objects.of_address(email).count() >= settings.ALERTS_PER_ADDRESS:
            raise TooManyAlerts
        alert = Alert.objects.create(
            email=email, language=language, follows=follows, query=query, frequency=frequency
        )
    elif alert.confirmed_at is None:
        alert.language, alert.frequency = language, frequency
        alert.save(update_fields=["language", "frequency"])
    with translation.override(alert.language):
        description = alert_description(follows=alert.follows, query=alert.query)
    mail_send_later(
        to=[alert.email],
        template="mail/alert_confirm",
        context={
            "description": description,
            "alert": alert,
            "confirm_url": absolute(site_url, "alerts:confirm", confirm_token(alert), language),
            "manage_url": absolute(site_url, "alerts:manage", manage_token(alert.email), language),
        },
        language=alert.language,
    )
    return alert


def alert_confirm(*, alert: Alert) -> None:
    if alert.confirmed_at is None:
        alert.confirmed_at = timezone.now()
        alert.save(update_fields=["confirmed_at"])


def alert_send(*, alert: Alert, site_url: str) -> int:
    """Mail `alert` the matching items published since it was confirmed that it has not had;
    how many. No mail when there is none. The items are recorded with the queued mail."""
    with transaction.atomic():
        alert = Alert.objects.select_for_update().get(pk=alert.pk)
        already_sent = set(alert.sent_items.values_list("item_list", "item_id"))
        with translation.override(alert.language):
            items = matching_items(alert=alert, already_sent=already_sent)[:ITEMS_PER_MAIL]
            if not items:
                return 0
            description = alert_description(follows=alert.follows, query=alert.query)
            entries = [
                {
                    "list": item_list,
                    "title": str(item),
                    "summary": getattr(item, "summary", "") or "",
                    "url": site_url.rstrip("/") + item.get_absolute_url(),
                }
                for item_list, item in items
            ]
        unsubscribe_url = absolute(
            site_url, "alerts:unsubscribe", unsubscribe_token(alert), alert.language
        )
        message = mail_send_later(
            to=[alert.email],
            template="mail/alert_items",
            context={
                "description": description,
                "entries": entries,
                "manage_url": absolute(
                    site_url, "alerts:manage", manage_token(alert.email), alert.language
                ),
                "unsubscribe_url": unsubscribe_url,
            },
            language=alert.language,
            headers={
                "List-Unsubscribe": f"<{unsubscribe_url}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )
        SentItem.objects.bulk_create(
            [
                SentItem(alert=alert, item_list=item_list, item_id=item.pk, message=message)
                for item_list, item in items
            ]
        )
        alert.last_sent_at = timezone.now()
        alert.save(update_fields=["last_sent_at"])
    return len(items)


def alerts_erase_unconfirmed(*, before) -> int:
    """Delete the alerts never confirmed and made before `before`; how many."""
    _, deleted = Alert.objects.unconfirmed_before(before).delete()
    return deleted.get("alerts.Alert", 0)
