"""A good practice's public page."""

import pytest

from portal.models import PublicationStatus
from tests.support.factories import (
    EventFactory,
    GoodPracticeFactory,
    OrganisationFactory,
    ProjectFactory,
)

pytestmark = pytest.mark.django_db


def test_practice_page_links_only_published_partners_and_projects(client):
    practice = GoodPracticeFactory(title="Transfer hub")
    shown_partner = OrganisationFactory(name="Gogolin")
    hidden_partner = OrganisationFactory(name="Secret", status=PublicationStatus.DRAFT)
    hidden_project = ProjectFactory(title="Hidden project", status=PublicationStatus.DRAFT)
    practice.organisations.set([shown_partner, hidden_partner])
    practice.projects.set([hidden_project])
    EventFactory(title="Draft visit", status=PublicationStatus.DRAFT).practices.add(practice)
    EventFactory(title="Study visit").practices.add(practice)

    html = client.get(practice.get_absolute_url()).content.decode()

    assert f'href="{shown_partner.get_absolute_url()}"' in html
    assert "Secret" not in html
    assert "Hidden project" not in html
    assert "Draft visit" not in html
    assert "Study visit [en]" in html


def test_language_switcher_leads_to_the_same_object(client):
    practice = GoodPracticeFactory(slug="gogolin-transfer-hub")

    html = client.get("/cs/dobre-praxe/gogolin-transfer-hub/").content.decode()

    assert practice.is_published
    assert 'href="/pl/dobre-praktyki/gogolin-transfer-hub/" hreflang="pl"' in html
    assert 'href="/en/good-practices/gogolin-transfer-hub/" hreflang="en"' in html
    assert '<html lang="cs">' in html
