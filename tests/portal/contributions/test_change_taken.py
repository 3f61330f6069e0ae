"""A partner who proposes a change to an entry another organisation is already changing gets the
dashboard and a message that names neither that organisation nor its work."""

import pytest
from django.urls import reverse
from django.utils import translation

from portal.contributions.models import Submission
from tests.support.contributions import partner_of
from tests.support.factories import ContactPersonFactory, GoodPracticeFactory, OrganisationFactory
from tests.support.submissions import opened

pytestmark = pytest.mark.django_db

MESSAGE = (
    "Another partner organisation has already proposed a change to this entry, and the "
    "editors have not decided on it yet. You can propose yours once they have."
)


def test_a_change_another_organisation_proposes_answers_with_the_dashboard_and_a_message(
    client,
):
    alpha = OrganisationFactory(name="Alpha Agglomeration", slug="alpha")
    beta = OrganisationFactory(name="Beta Association", slug="beta")
    published = GoodPracticeFactory(title="Shared practice", slug="shared")
    published.organisations.add(alpha, beta)
    alpha_partner = partner_of(alpha, username="alpha@example.org")
    opened(published, alpha_partner, alpha)
    ContactPersonFactory(email="alpha-contact@example.org")
    beta_partner = partner_of(beta, username="beta@example.org")
    client.force_login(beta_partner)

    response = client.post(
        reverse("contributions:entry-change", args=["practice", published.pk]), follow=True
    )

    html = response.content.decode()
    assert response.redirect_chain == [(reverse("contributions:dashboard"), 302)]
    assert response.status_code == 200
    assert f'<p class="message">{MESSAGE}</p>' in html
    assert "Alpha Agglomeration" not in html
    assert "alpha@example.org" not in html
    assert Submission.objects.count() == 1
    assert Submission.objects.get().organisation == alpha


def test_the_message_is_translated(client):
    alpha, beta = OrganisationFactory(slug="alpha"), OrganisationFactory(slug="beta")
    published = GoodPracticeFactory()
    published.organisations.add(alpha, beta)
    opened(published, partner_of(alpha, username="alpha@example.org"), alpha)
    client.force_login(partner_of(beta, username="beta@example.org"))

    with translation.override("pl"):
        path = reverse("contributions:entry-change", args=["practice", published.pk])

    response = client.post(path, follow=True)

    html = response.content.decode()
    assert MESSAGE not in html
    assert "Inna organizacja partnerska" in html
