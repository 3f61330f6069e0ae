"""The home page, and the root address that leads to it."""

import pytest

from portal.models import PublicationStatus
from tests.support.factories import GoodPracticeFactory

pytestmark = pytest.mark.django_db


def test_home_lists_only_published_content(client):
    GoodPracticeFactory(title="Shown practice")
    GoodPracticeFactory(title="Hidden practice", status=PublicationStatus.DRAFT)

    html = client.get("/en/").content.decode()

    assert "Shown practice [en]" in html
    assert "Hidden practice" not in html


def test_root_sends_visitors_to_their_browsers_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="cs-CZ,cs;q=0.9,en;q=0.5")

    assert (response.status_code, response["Location"]) == (302, "/cs/")
