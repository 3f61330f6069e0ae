"""Who may open which part of the admin: anonymous visitors, Editors and superusers."""

import pytest
from axes.models import AccessAttempt
from django.contrib import admin
from django.contrib.auth.models import Group, User
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.support.admin import admin_url
from tests.support.factories import UserFactory

pytestmark = pytest.mark.django_db

# Status of every registered model's list and add pages for (an Editor, a superuser), by app.
# Editors manage content; accounts, login records and authenticators are the superusers'.
STATUS_BY_APP = {
    "portal": (200, 200),
    "contacts": (200, 200),
    "projects": (200, 200),
    "practices": (200, 200),
    "events": (200, 200),
    "auth": (403, 200),
    "axes": (403, 200),
    "otp_totp": (403, 200),
    # Editors may look at the outbox.
    "mail": (200, 200),
    # Editors may read enquiries and mark them answered.
    "enquiries": (200, 200),
    # Editors invite partners, change their memberships, deactivate their accounts, and review
    # what they submit.
    "contributions": (200, 200),
    # Editors may look at visitors' e-mail alerts.
    "alerts": (200, 200),
    # Editors record which practice was taken up where, and publish partners' records.
    "transfers": (200, 200),
}
# django-axes writes its records of logins itself, the portal its outgoing e-mail: nobody adds
# one by hand.
WITHOUT_ADD_PAGE = {
    "axes.AccessAttempt",
    "axes.AccessLog",
    "axes.AccessFailureLog",
    "mail.OutgoingMessage",
    # Enquiries come only through the public forms.
    "enquiries.Enquiry",
    # Memberships come from accepted invitations; partner accounts too.
    "contributions.Membership",
    "contributions.PartnerAccount",
    # Submissions come only from partners, in the partner space.
    "contributions.Submission",
    # E-mail alerts come only from visitors, with their consent.
    "alerts.Alert",
    # Applications for events come only through the public form.
    "events.Application",
    # Import jobs come only from an uploaded file, through a list's import page.
    "portal.ImportJob",
}


def someones_user(someone):
    return [someone.pk]


def someones_failed_login(someone):
    return [AccessAttempt.objects.get(username=someone.username).pk]


def someones_authenticator(someone):
    return [TOTPDevice.objects.get(user=someone).pk]


# The other pages: URL name, its arguments, and the status for (an Editor, a superuser).
OTHER_PAGES = [
    ("admin:index", [], 200, 200),
    ("admin:password_change", [], 200, 200),
    ("two-factor", [], 200, 200),
    # Editors see no model of these apps, so the apps' pages do not exist for them.
    ("admin:app_list", ["auth"], 404, 200),
    ("admin:app_list", ["axes"], 404, 200),
    ("admin:app_list", ["otp_totp"], 404, 200),
    ("admin:app_list", ["practices"], 200, 200),
    ("admin:auth_user_change", someones_user, 403, 200),
    ("admin:auth_user_password_change", someones_user, 403, 200),
    ("admin:auth_user_history", someones_user, 403, 200),
    ("admin:axes_accessattempt_change", someones_failed_login, 403, 200),
    ("admin:otp_totp_totpdevice_change", someones_authenticator, 403, 200),
    # Nobody reads another's authenticator key (OTP_ADMIN_HIDE_SENSITIVE_DATA).
    ("admin:otp_totp_totpdevice_config", someones_authenticator, 403, 403),
    ("admin:otp_totp_totpdevice_qrcode", someones_authenticator, 403, 403),
]


def model_pages():
    for model in admin.site._registry:
        name = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        statuses = STATUS_BY_APP[model._meta.app_label]
        yield pytest.param(f"{name}_changelist", [], *statuses, id=f"{model._meta.label} list")
        if model._meta.label in WITHOUT_ADD_PAGE:
            statuses = (403, 403)
        yield pytest.param(f"{name}_add", [], *statuses, id=f"{model._meta.label} add")


def other_pages():
    for name, args, *statuses in OTHER_PAGES:
        label = " ".join([name, *args]) if isinstance(args, list) else f"{name} of someone"
        yield pytest.param(name, args, *statuses, id=label)


@pytest.fixture
def someone(db):
    """Another staff member, with an authenticator and a failed login on record."""
    user = UserFactory(username="someone", is_staff=True)
    TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)
    AccessAttempt.objects.create(
        username="someone", ip_address="198.51.100.7", user_agent="", failures_since_start=1
    )
    return user


def test_every_app_in_the_admin_has_its_expected_statuses():
    assert {model._meta.app_label for model in admin.site._registry} == set(STATUS_BY_APP)


@pytest.mark.parametrize(
    ("url_name", "args", "editor_status", "superuser_status"), [*model_pages(), *other_pages()]
)
def test_who_may_open_each_admin_page(
    client, editor, superuser, someone, url_name, args, editor_status, superuser_status
):
    url = reverse(url_name, args=args if isinstance(args, list) else args(someone))

    anonymous = client.get(url)
    client.force_login(editor)
    as_editor = client.get(url)
    client.force_login(superuser)
    as_superuser = client.get(url)

    assert (anonymous.status_code, anonymous["Location"]) == (
        302,
        f"{reverse('admin:login')}?next={url}",
    )
    assert (as_editor.status_code, as_superuser.status_code) == (editor_status, superuser_status)


@pytest.mark.parametrize("model", [User, Group], ids=lambda model: model.__name__)
def test_editor_cannot_manage_users_or_groups(editor_client, model):
    assert editor_client.get(admin_url(model, "changelist")).status_code == 403
    assert editor_client.get(admin_url(model, "add")).status_code == 403


def test_editor_sees_all_content_and_no_accounts_on_the_admin_index(editor_client):
    response = editor_client.get(reverse("admin:index"))

    listed = {
        (app["app_label"], model["object_name"])
        for app in response.context["app_list"]
        for model in app["models"]
    }
    assert listed == {
        ("portal", "City"),
        ("portal", "NewsItem"),
        ("portal", "ImportJob"),
        ("portal", "Page"),
        ("portal", "Country"),
        ("portal", "Theme"),
        ("contacts", "ContactPerson"),
        ("projects", "Organisation"),
        ("projects", "Partnership"),
        ("projects", "Programme"),
        ("projects", "Project"),
        ("practices", "GoodPractice"),
        ("events", "Event"),
        ("events", "Application"),
        ("mail", "OutgoingMessage"),
        ("enquiries", "Enquiry"),
        ("contributions", "Invitation"),
        ("contributions", "Membership"),
        ("contributions", "PartnerAccount"),
        ("contributions", "Submission"),
        ("alerts", "Alert"),
        ("transfers", "Transfer"),
    }


def test_editors_group_holds_exactly_the_content_permissions():
    group = Group.objects.get(name="Editors")

    labels = set(group.permissions.values_list("content_type__app_label", flat=True))
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert labels == {
        "portal",
        "contacts",
        "projects",
        "practices",
        "events",
        "mail",
        "enquiries",
        "contributions",
        "alerts",
        "transfers",
    }
    assert {
        "add_goodpractice",
        "change_event",
        "delete_project",
        "view_city",
        "add_contactperson",
        "change_contactperson",
        "delete_contactperson",
        "view_contactperson",
        "change_practicecontact",
    } <= codenames
    assert set(
        group.permissions.filter(content_type__app_label="mail").values_list("codename", flat=True)
    ) == {"view_outgoingmessage"}
    assert set(
        group.permissions.filter(content_type__app_label="enquiries").values_list(
            "codename", flat=True
        )
    ) == {"view_enquiry", "change_enquiry"}
    assert set(
        group.permissions.filter(content_type__app_label="contributions").values_list(
            "codename", flat=True
        )
    ) == {
        "view_invitation",
        "add_invitation",
        "change_invitation",
        "view_membership",
        "change_membership",
        "view_partneraccount",
        "change_partneraccount",
        "view_submission",
        "change_submission",
    }
    assert not {"add_user", "change_group"} & codenames


def test_editors_group_may_change_pages_and_news(editor):
    assert editor.has_perms(["portal.change_page", "portal.add_newsitem", "portal.delete_newsitem"])
