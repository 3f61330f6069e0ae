"""A form sent without the security cookie (cookies blocked) says so in the visitor's language."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from tests.support.enquiries import enquiry_data
from tests.support.factories import GoodPracticeFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("en", "The form could not be sent"),
        ("pl", "Nie udało się wysłać formularza"),
        ("cs", "Formulář se nepodařilo odeslat"),
    ],
)
def test_an_enquiry_without_the_csrf_cookie_explains_what_to_do_and_stores_nothing(
    language, heading
):
    practice = GoodPracticeFactory()
    with translation.override(language):
        url = reverse("practices:enquiry", kwargs={"slug": practice.slug})

    response = Client(enforce_csrf_checks=True).post(url, enquiry_data("practice", practice))

    assert response.status_code == 403
    content = response.content.decode()
    assert f"<h1>{heading}</h1>" in content
    assert f'<html lang="{language}"' in content
    assert not practice.enquiries.exists()
