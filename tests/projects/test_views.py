"""A project's public page."""

import pytest

from tests.support.factories import PartnershipFactory, ProjectFactory

pytestmark = pytest.mark.django_db


def test_project_page_lists_partners_with_roles_lead_first(client):
    project = ProjectFactory()
    PartnershipFactory(project=project, role="partner", organisation__name="Olomouc")
    PartnershipFactory(project=project, role="lead", organisation__name="Opole")

    html = client.get(project.get_absolute_url()).content.decode()

    assert html.index("Opole [en]") < html.index("Olomouc [en]")
    assert "lead partner" in html
