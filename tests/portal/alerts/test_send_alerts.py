"""send_alerts: each confirmed, due alert gets the newly published items matching its filters,
once ever, never an empty mail; unsubscribing in one click; managing by a signed link."""

import re
from datetime import timedelta
from io import StringIO

import pytest
from django.core import signing
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from portal.alerts.models import Alert, Frequency, SentItem
from portal.alerts.services import (
    MANAGE_SALT,
    UNSUBSCRIBE_SALT,
    manage_token,
    unsubscribe_token,
)
from portal.models import PublicationStatus
from tests.portal.alerts.support import VISITOR
from tests.support.factories import (
    CityFactory,
    CountryFactory,
    EventFactory,
    GoodPracticeFactory,
    ThemeFactory,
)
from tests.support.tasks import run_due_tasks

pytestmark = pytest.mark.django_db


def confirmed_alert(follows, query, *, days_ago=10, language="en", **fields):
    return Alert.objects.create(
        email=VISITOR,
        language=language,
        follows=follows,
        query=query,
        confirmed_at=timezone.now() - timedelta(days=days_ago),
        **fields,
    )


def published(factory, *, days_ago=1, **fields):
    item = factory(**fields)
    type(item).objects.filter(pk=item.pk).update(
        published_at=timezone.now() - timedelta(days=days_ago)
    )
    return item


def send_alerts(django_capture_on_commit_callbacks):
    output = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_alerts", stdout=output)
    run_due_tasks()
    return output.getvalue()


def test_only_the_newly_published_items_on_the_theme_are_mailed_once(
    django_capture_on_commit_callbacks, mailoutbox
):
    mobility = ThemeFactory(slug="mobility", name_en="Mobility")
    culture = ThemeFactory(slug="culture")
    new = published(GoodPracticeFactory, title="Gogolin transfer hub")
    new.themes.add(mobility)
    published(GoodPracticeFactory, title="Before the alert", days_ago=20).themes.add(mobility)
    published(GoodPracticeFactory, title="Other theme").themes.add(culture)
    draft = GoodPracticeFactory(title="Draft", status=PublicationStatus.DRAFT)
    draft.themes.add(mobility)
    alert = confirmed_alert("practices", "theme=mobility")

    output = send_alerts(django_capture_on_commit_callbacks)

    (mail,) = mailoutbox
    assert mail.to == [VISITOR]
    assert mail.subject == "1 new item: Good practices — Theme: Mobility"
    assert "Gogolin transfer hub [en]" in mail.body
    assert f"http://localhost:8000/en/good-practices/{new.slug}/" in mail.body
    assert "Before the alert" not in mail.body
    assert "Other theme" not in mail.body
    assert "Draft" not in mail.body
    # Links are compared by what they open: a token is signed with the second it was made in.
    with translation.override("en"):
        manage_prefix = reverse("alerts:manage", kwargs={"token": "TOKEN"}).removesuffix("TOKEN/")
    (token,) = re.findall(
        rf"Change or stop your alerts: http://localhost:8000{re.escape(manage_prefix)}([^/\s]+)/",
        mail.body,
    )
    assert signing.loads(token, salt=MANAGE_SALT) == VISITOR
    assert list(SentItem.objects.values_list("alert", "item_list", "item_id")) == [
        (alert.pk, "practices", new.pk)
    ]
    assert output.splitlines()[-1] == "Alert e-mails queued: 1; items in them: 1."


def test_running_twice_in_a_row_sends_nothing_new(django_capture_on_commit_callbacks, mailoutbox):
    published(EventFactory, kind="study_visit")
    alert = confirmed_alert("events", "kind=study_visit")
    send_alerts(django_capture_on_commit_callbacks)
    # Due again at once, to show that the items, not the frequency, keep a second mail away.
    Alert.objects.filter(pk=alert.pk).update(last_sent_at=None)

    output = send_alerts(django_capture_on_commit_callbacks)

    assert len(mailoutbox) == 1
    assert output.splitlines()[-1] == "Alert e-mails queued: 0; items in them: 0."


def test_no_mail_before_confirmation(django_capture_on_commit_callbacks, mailoutbox):
    published(EventFactory)
    Alert.objects.create(email=VISITOR, language="en", follows="events", query="")

    send_alerts(django_capture_on_commit_callbacks)

    assert mailoutbox == []


def test_a_city_alert_reads_practices_and_events_of_the_city(
    django_capture_on_commit_callbacks, mailoutbox
):
    opole = CityFactory(slug="opole")
    practice = published(GoodPracticeFactory, title="Zoo", city=opole)
    event = published(EventFactory, title="Visit", city=opole)
    published(EventFactory, title="Elsewhere", city=CityFactory(slug="olomouc"))
    alert = confirmed_alert("city", "city=opole")

    send_alerts(django_capture_on_commit_callbacks)

    (mail,) = mailoutbox
    assert mail.subject == "2 new items: City: " + str(opole)
    assert sorted(alert.sent_items.values_list("item_list", "item_id")) == [
        ("events", event.pk),
        ("practices", practice.pk),
    ]
    assert "Elsewhere" not in mail.body


@pytest.mark.parametrize(
    ("frequency", "hours_since_last", "mailed"),
    [
        (Frequency.DAILY, 22, False),
        (Frequency.DAILY, 23, True),
        (Frequency.WEEKLY, 6 * 24 + 22, False),
        (Frequency.WEEKLY, 6 * 24 + 23, True),
    ],
)
def test_an_alert_is_due_by_its_frequency(
    django_capture_on_commit_callbacks, mailoutbox, frequency, hours_since_last, mailed
):
    published(EventFactory, days_ago=0)
    confirmed_alert(
        "events",
        "",
        frequency=frequency,
        last_sent_at=timezone.now() - timedelta(hours=hours_since_last),
    )

    send_alerts(django_capture_on_commit_callbacks)

    assert len(mailoutbox) == int(mailed)


def test_an_alert_mail_carries_one_click_unsubscribe_headers_in_the_subscribers_language(
    django_capture_on_commit_callbacks, mailoutbox
):
    published(EventFactory, city__country=CountryFactory(code="CZ"))
    alert = confirmed_alert("events", "country=cz", language="pl")

    send_alerts(django_capture_on_commit_callbacks)

    (mail,) = mailoutbox
    (token,) = re.fullmatch(
        r"<http://localhost:8000/pl/powiadomienia/wypisz-sie/([^/]+)/>",
        mail.extra_headers["List-Unsubscribe"],
    ).groups()
    assert signing.loads(token, salt=UNSUBSCRIBE_SALT) == alert.pk
    assert mail.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert mail.extra_headers["Content-Language"] == "pl"
    assert mail.subject == "1 nowa pozycja: Wydarzenia — Kraj: Česko [pl]"


def test_the_one_click_post_unsubscribes_without_a_csrf_token():
    alert = confirmed_alert("events", "")
    client = Client(enforce_csrf_checks=True)
    url = reverse("alerts:unsubscribe", kwargs={"token": unsubscribe_token(alert)})

    shown = client.get(url)
    assert Alert.objects.count() == 1
    assert "Stop this alert" in shown.content.decode()

    response = client.post(url, {"List-Unsubscribe": "One-Click"})

    assert response.status_code == 200
    assert Alert.objects.count() == 0


def test_the_manage_page_changes_the_frequency_deletes_one_or_all(client):
    ThemeFactory(slug="mobility", name_cs="Mobilita")
    first = confirmed_alert("events", "", frequency=Frequency.WEEKLY)
    second = confirmed_alert("events", "kind=internship")
    Alert.objects.create(email="someone.else@example.net", language="en", follows="events")
    with translation.override("cs"):
        url = reverse("alerts:manage", kwargs={"token": manage_token(VISITOR.upper())})

    page = client.get(url)
    assert [row["description"] for row in page.context["rows"]] == [
        "Události",
        "Události — Druh: Stáž",
    ]
    assert "<h1>Vaše e-mailová upozornění</h1>" in page.content.decode()

    client.post(url, {"action": "frequency", "alert": first.pk, "frequency": "daily"})
    first.refresh_from_db()
    assert first.frequency == Frequency.DAILY

    client.post(url, {"action": "delete", "alert": second.pk})
    assert list(Alert.objects.of_address(VISITOR)) == [first]

    client.post(url, {"action": "delete-all"})
    assert list(Alert.objects.values_list("email", flat=True)) == ["someone.else@example.net"]


def test_unconfirmed_alerts_older_than_the_confirm_days_are_erased(
    django_capture_on_commit_callbacks, settings
):
    settings.ALERTS_CONFIRM_DAYS = 7
    old = Alert.objects.create(email=VISITOR, language="en", follows="events", query="")
    Alert.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=8))
    recent = Alert.objects.create(email=VISITOR, language="en", follows="partners", query="")
    kept = confirmed_alert("projects", "", days_ago=30)
    Alert.objects.filter(pk=kept.pk).update(created_at=timezone.now() - timedelta(days=30))

    output = send_alerts(django_capture_on_commit_callbacks)

    assert sorted(Alert.objects.values_list("pk", flat=True)) == sorted([recent.pk, kept.pk])
    assert "erased: 1." in output.splitlines()[0]
