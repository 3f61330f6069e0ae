"""Partner accounts log in on the public site with the admin's rules, never reach the admin,
reset a forgotten password through the outbox, and stop working once deactivated."""

import re

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django.utils import translation

from portal.contributions.models import PartnerAccount
from tests.support.accounts import LOGIN_REFUSED, PASSWORD, authenticator, current_code
from tests.support.contributions import NEW_PASSWORD, link_in, partner_of
from tests.support.factories import OrganisationFactory
from tests.support.tasks import run_due_tasks

pytestmark = pytest.mark.django_db

PARTNER = "partner@example.org"


def url(name, language="en", **kwargs):
    with translation.override(language):
        return reverse(f"contributions:{name}", kwargs=kwargs)


def log_in(client, username=PARTNER, password=PASSWORD, **extra):
    return client.post(url("login"), {"username": username, "password": password, **extra})


def test_a_partner_logs_in_and_lands_on_the_dashboard(client):
    partner = partner_of(OrganisationFactory())

    response = log_in(client)

    assert (response.status_code, response["Location"]) == (302, "/en/for-partners/")
    assert client.session["_auth_user_id"] == str(partner.pk)


def test_the_login_page_is_translated_and_never_cached(client):
    response = client.get(url("login", "pl"))

    assert url("login", "pl") == "/pl/dla-partnerow/logowanie/"
    assert url("login", "cs") == "/cs/pro-partnery/prihlaseni/"
    assert "<h1>Zaloguj się do strefy partnerów</h1>" in response.content.decode()
    assert "no-cache" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_a_wrong_password_is_refused_with_the_admins_wording(client):
    partner_of(OrganisationFactory())

    response = log_in(client, password="wrong-password")

    assert response.status_code == 200
    assert response.context["form"].errors == {"__all__": [LOGIN_REFUSED]}
    assert "_auth_user_id" not in client.session


def test_a_partner_with_an_authenticator_needs_its_code(client):
    partner = partner_of(OrganisationFactory())
    device = authenticator(partner)

    without = log_in(client)
    with_code = log_in(client, otp_token=current_code(device))

    assert without.status_code == 200
    assert without.context["form"].errors == {"__all__": [LOGIN_REFUSED]}
    assert with_code.status_code == 302
    assert client.session["_auth_user_id"] == str(partner.pk)


def test_five_failures_lock_the_partner_login(client):
    partner_of(OrganisationFactory())

    statuses = [log_in(client, password="wrong-password").status_code for _ in range(5)]
    right = log_in(client)

    assert statuses == [200, 200, 200, 200, 429]
    assert right.status_code == 429
    assert "_auth_user_id" not in client.session
    # In the site's frame, with the way out a partner has: resetting the password.
    rendered = {template.name for template in right.templates}
    assert ("contributions/lockout.html" in rendered, "axes/lockout.html" in rendered) == (
        True,
        False,
    )
    assert f'href="{url("password-reset")}"' in right.content.decode()


def test_logout_is_a_post_and_ends_the_session(client):
    client.force_login(partner_of(OrganisationFactory()))

    refused = client.get(url("logout"))
    response = client.post(url("logout"))

    assert refused.status_code == 405
    assert (response.status_code, response["Location"]) == (302, "/en/")
    assert "_auth_user_id" not in client.session


def test_a_partner_never_reaches_the_admin(client):
    partner_of(OrganisationFactory())
    log_in(client)

    index = client.get(reverse("admin:index"))
    admin_login = client.post(reverse("admin:login"), {"username": PARTNER, "password": PASSWORD})

    assert (index.status_code, index["Location"]) == (302, "/en/admin/login/?next=/en/admin/")
    assert admin_login.status_code == 200
    assert admin_login.context["form"].errors == {"__all__": [LOGIN_REFUSED]}


def test_a_password_reset_goes_through_the_outbox_in_the_pages_language(
    client, django_capture_on_commit_callbacks, mailoutbox
):
    partner = partner_of(OrganisationFactory())

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("password-reset", "cs"), {"email": PARTNER})
    run_due_tasks()

    assert (response.status_code, response["Location"]) == (
        302,
        "/cs/pro-partnery/obnoveni-hesla/odeslano/",
    )
    (message,) = mailoutbox
    assert (message.to, message.subject) == ([PARTNER], "Nové heslo do prostoru pro partnery")
    link = link_in(message.body)
    assert link.startswith("http://testserver/cs/pro-partnery/obnoveni-hesla/")

    form_page = client.get(link.removeprefix("http://testserver"), follow=True)
    done = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )

    assert list(form_page.context["form"].fields) == ["new_password1", "new_password2"]
    assert (done.status_code, done["Location"]) == (
        302,
        "/cs/pro-partnery/obnoveni-hesla/hotovo/",
    )
    partner.refresh_from_db()
    assert partner.check_password(NEW_PASSWORD)


def test_an_unknown_address_gets_the_same_answer_and_no_mail(
    client, django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("password-reset"), {"email": "nobody@example.org"})
    run_due_tasks()

    assert (response.status_code, response["Location"]) == (
        302,
        "/en/for-partners/password-reset/sent/",
    )
    assert mailoutbox == []


def test_deactivation_in_the_admin_stops_login_and_reset_and_keeps_the_account(
    editor_client, django_capture_on_commit_callbacks, mailoutbox
):
    client = Client()
    organisation = OrganisationFactory()
    partner = partner_of(organisation)
    other = partner_of(organisation, username="other@example.org")

    response = editor_client.post(
        reverse("admin:contributions_partneraccount_changelist"),
        {"action": "deactivate", "_selected_action": [partner.pk]},
        follow=True,
    )
    login = log_in(client)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("password-reset"), {"email": PARTNER})
    run_due_tasks()

    messages = [str(message) for message in response.context["messages"]]
    assert messages == ["1 account deactivated."]
    assert list(User.objects.filter(is_active=False)) == [partner]
    assert User.objects.get(pk=other.pk).is_active
    assert partner.memberships.get().organisation == organisation
    assert login.status_code == 200
    assert "_auth_user_id" not in client.session
    assert mailoutbox == []


def test_the_partner_accounts_list_shows_no_staff(editor_client, editor, superuser):
    partner = partner_of(OrganisationFactory())

    response = editor_client.get(reverse("admin:contributions_partneraccount_changelist"))

    assert list(response.context["cl"].result_list) == [PartnerAccount.objects.get(pk=partner.pk)]
    assert re.search(r"\beditor\b", response.content.decode().split("result_list")[-1]) is None


def test_the_login_asks_for_the_email_address_the_invitation_went_to(client):
    with translation.override("cs"):
        field = client.get(url("login", "cs")).context["form"]["username"]
        label = str(field.label)

    assert (label, field.field.widget.attrs["autocomplete"]) == ("E-mailová adresa", "email")
