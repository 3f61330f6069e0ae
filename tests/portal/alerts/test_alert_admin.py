"""Alerts in the admin: editors and superusers see them with what each follows and how many
items it was sent; nobody adds one there."""

import pytest
from django.utils import timezone

from portal.alerts.models import Alert, SentItem
from tests.support.admin import admin_url

pytestmark = pytest.mark.django_db


def test_an_editor_sees_the_alerts_with_their_counts_of_items_sent(editor_client):
    alert = Alert.objects.create(
        email="ewa@example.net",
        language="pl",
        follows="events",
        query="",
        confirmed_at=timezone.now(),
    )
    SentItem.objects.bulk_create(
        [SentItem(alert=alert, item_list="events", item_id=pk) for pk in (1, 2, 3)]
    )

    listing = editor_client.get(admin_url(Alert, "changelist") + "?frequency__exact=weekly")

    assert listing.status_code == 200
    assert [(row.email, row.sent_count) for row in listing.context["cl"].result_list] == [
        ("ewa@example.net", 3)
    ]
    assert editor_client.get(admin_url(Alert, "add")).status_code == 403
    assert editor_client.get(admin_url(Alert, "change", alert.pk)).status_code == 200


def test_the_alerts_are_not_public(client):
    response = client.get(admin_url(Alert, "changelist"))
    assert response.status_code == 302
