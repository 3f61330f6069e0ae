"""The admin of projects."""

import pytest

from projects.models import Partnership, Project
from tests.support import factories
from tests.support.admin import admin_url

pytestmark = pytest.mark.django_db


def test_project_page_edits_partnerships_inline(editor_client):
    partnership = factories.PartnershipFactory(role="lead")

    response = editor_client.get(admin_url(Project, "change", partnership.project.pk))

    formset = response.context["inline_admin_formsets"][0].formset
    assert formset.model is Partnership
    assert [form.instance for form in formset.initial_forms] == [partnership]
