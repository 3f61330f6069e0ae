"""A form sent without the security cookie (cookies blocked) says so in the visitor's language."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from tests.support.enquiries import enquiry_data
from tests.support.factories import GoodPracticeFactory

pytestmark = pytest.mark.django_db


def test_an_enquiry_without_the_csrf_cookie_explains_what_to_do_and_stores_nothing():
    practice = GoodPracticeFactory()
    with translation.override("en"):
        url = reverse("practices:enquiry", kwargs={"slug": practice.slug})

    response = Client(enforce_csrf_checks=True).post(url, enquiry_data("practice", practice))

    assert response.status_code == 403
    content = response.content.decode()
    assert "<h1>The form could not be sent</h1>" in content
    assert "Allow cookies for this site" in content
    assert '<html lang="en"' in content
    assert not practice.enquiries.exists()
