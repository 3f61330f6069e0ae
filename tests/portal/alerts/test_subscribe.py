"""Subscribing: the page says what is followed, stores the alert unconfirmed, mails a link in the
page's language; confirming takes a POST; the limit per address; bad input gets a clear page."""

import re
import time

import pytest
from django.core import signing
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import translation

from portal.alerts.models import Alert, Frequency
from portal.alerts.services import CONFIRM_SALT, confirm_token, manage_token
from portal.enquiries.forms import TOKEN_SALT
from tests.portal.alerts.support import VISITOR, subscribe_data, subscribe_url
from tests.support.factories import (
    CityFactory,
    EventFactory,
    GoodPracticeFactory,
    ProgrammeFactory,
    ThemeFactory,
)
from tests.support.tasks import run_due_tasks

pytestmark = pytest.mark.django_db


def heading(response):
    return re.search(r"<h1>(.*?)</h1>", response.content.decode(), re.S).group(1).strip()


@pytest.mark.parametrize(
    ("language", "expected"),
    [("pl", "Powiadomienie e-mail"), ("cs", "E-mailové upozornění"), ("en", "E-mail alert")],
)
def test_the_subscribe_page_says_in_words_what_is_followed(client, language, expected):
    EventFactory(kind="study_visit")

    response = client.get(subscribe_url(language, follow="events", kind="study_visit", page="2"))

    assert response.status_code == 200
    assert heading(response) == expected
    assert (
        response.context["description"]
        == {
            "pl": "Wydarzenia — Rodzaj: Wizyta studyjna",
            "cs": "Události — Druh: Studijní cesta",
            "en": "Events — Kind: Study visit",
        }[language]
    )
    assert "no-cache" in response["Cache-Control"]


def test_an_unknown_filter_value_gets_a_clear_page_in_the_visitors_language(client):
    response = client.get(subscribe_url("pl", follow="events", kind="picnic"))

    assert response.status_code == 400
    assert heading(response) == "Nie można utworzyć tego powiadomienia"


@pytest.mark.parametrize(
    ("language", "subject"),
    [
        ("pl", "Potwierdź powiadomienie e-mail"),
        ("cs", "Potvrďte e-mailové upozornění"),
        ("en", "Confirm your e-mail alert"),
    ],
)
def test_subscribing_stores_an_unconfirmed_alert_and_mails_a_link_in_the_pages_language(
    client, django_capture_on_commit_callbacks, mailoutbox, language, subject
):
    ThemeFactory(slug="mobility")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            subscribe_url(language, follow="theme", theme="mobility"),
            subscribe_data("theme", "theme=mobility"),
        )

    assert response.status_code == 302
    alert = Alert.objects.get()
    assert (alert.email, alert.language, alert.follows, alert.query, alert.frequency) == (
        VISITOR,
        language,
        "theme",
        "theme=mobility",
        Frequency.DAILY,
    )
    assert alert.confirmed_at is None
    run_due_tasks()
    (mail,) = mailoutbox
    assert mail.subject == subject
    assert mail.extra_headers["Content-Language"] == language
    # Links are compared by what they open: a token is signed with the second it was made in.
    with translation.override(language):
        confirm_prefix = reverse("alerts:confirm", kwargs={"token": "TOKEN"}).removesuffix("TOKEN/")
    (token,) = re.findall(rf"http://testserver{re.escape(confirm_prefix)}([^/\s]+)/", mail.body)
    assert signing.loads(token, salt=CONFIRM_SALT) == alert.pk


def test_confirming_takes_a_post_not_a_get():
    alert = Alert.objects.create(email=VISITOR, language="en", follows="events", query="")
    url = reverse("alerts:confirm", kwargs={"token": confirm_token(alert)})
    client = Client(enforce_csrf_checks=False)

    client.get(url)
    alert.refresh_from_db()
    assert alert.confirmed_at is None

    response = client.post(url)
    alert.refresh_from_db()
    assert alert.confirmed_at is not None
    assert "Your alert is on: Events." in response.content.decode()


@override_settings(ALERTS_PER_ADDRESS=2)
def test_past_the_limit_per_address_nothing_is_stored_and_the_visitor_is_told(client, mailoutbox):
    CityFactory(slug="opole")
    for query in ("kind=study_visit", "kind=internship"):
        Alert.objects.create(email=VISITOR.upper(), language="en", follows="events", query=query)

    response = client.post(
        subscribe_url("en", follow="city", city="opole"), subscribe_data("city", "city=opole")
    )

    assert response.status_code == 409
    assert (
        "This address already has 2 alerts, as many as one address may have."
        in response.content.decode()
    )
    assert Alert.objects.count() == 2


def test_the_hidden_field_filled_in_stores_nothing(client):
    response = client.post(
        subscribe_url("en", follow="events"), subscribe_data("events", "", website="spam")
    )
    assert response.status_code == 302
    assert Alert.objects.count() == 0


@pytest.mark.parametrize("name", ["alerts:confirm", "alerts:manage", "alerts:unsubscribe"])
def test_a_bad_signature_gets_a_clear_page(client, name):
    with translation.override("cs"):
        response = client.get(reverse(name, kwargs={"token": "forged:token"}))
    assert response.status_code == 400
    assert heading(response) == "Tento odkaz nefunguje"


def test_a_manage_token_is_not_a_confirm_token(client):
    alert = Alert.objects.create(email=VISITOR, language="en", follows="events", query="")
    response = client.get(reverse("alerts:confirm", kwargs={"token": manage_token(VISITOR)}))
    assert response.status_code == 400
    assert alert.pk


@pytest.mark.parametrize(
    ("url_name", "label"),
    [
        ("practices:list", "E-mail alerts for this list"),
        ("events:list", "E-mail alerts for this list"),
    ],
)
def test_list_pages_link_the_alerts_with_their_filters_and_set_no_cookie(client, url_name, label):
    GoodPracticeFactory()
    EventFactory(kind="study_visit")
    with translation.override("en"):
        url = reverse(url_name)
    follow = url_name.split(":")[0]

    response = client.get(url + "?country=pl&page=1")

    assert response.cookies == {}
    with translation.override("en"):
        link = reverse("alerts:subscribe") + f"?follow={follow}&amp;country=pl"
    assert f'<a href="{link}" rel="nofollow">{label}</a>' in response.content.decode()


def test_a_city_page_links_its_alerts(client):
    city = CityFactory(slug="opole")
    with translation.override("pl"):
        response = client.get(reverse("cities:detail", kwargs={"slug": city.slug}))
        link = reverse("alerts:subscribe") + "?follow=city&amp;city=opole"
    assert f'<a href="{link}" rel="nofollow">Powiadomienia e-mail o tym mieście</a>' in (
        response.content.decode()
    )


def test_theme_and_programme_pages_link_their_alerts(client):
    theme = ThemeFactory(slug="mobility")
    programme = ProgrammeFactory(slug="interreg")
    with translation.override("cs"):
        theme_page = client.get(reverse("themes:detail", kwargs={"slug": theme.slug}))
        programme_page = client.get(reverse("programmes:detail", kwargs={"slug": programme.slug}))
        base = reverse("alerts:subscribe")
    assert (
        f'<a href="{base}?follow=theme&amp;theme=mobility" rel="nofollow">'
        "E-mailová upozornění k tomuto tématu</a>"
    ) in theme_page.content.decode()
    assert (
        f'<a href="{base}?follow=programme&amp;programme=interreg" rel="nofollow">'
        "E-mailová upozornění k tomuto programu</a>"
    ) in programme_page.content.decode()


def test_a_form_sent_too_quickly_is_shown_again_and_nothing_is_stored(client):
    data = subscribe_data("events", "")
    data["token"] = signing.dumps(
        {"target": "alert:events?", "shown": time.time()}, salt=TOKEN_SALT
    )

    response = client.post(subscribe_url("en", follow="events"), data)

    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == [
        "That was quicker than a person writes. Wait a few seconds and send it again."
    ]
    assert Alert.objects.count() == 0


def test_subscribing_twice_to_the_same_keeps_one_alert_and_mails_the_link_again(
    client, django_capture_on_commit_callbacks, mailoutbox
):
    for frequency in ("daily", "weekly"):
        with django_capture_on_commit_callbacks(execute=True):
            client.post(
                subscribe_url("en", follow="events"),
                subscribe_data("events", "", email=VISITOR.upper(), frequency=frequency),
            )
    run_due_tasks()

    assert list(Alert.objects.values_list("follows", "query", "frequency")) == [
        ("events", "", "weekly")
    ]
    assert [mail.subject for mail in mailoutbox] == ["Confirm your e-mail alert"] * 2
