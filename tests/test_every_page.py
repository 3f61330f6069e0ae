"""Every kind of public page answers in every language.

What each page costs in queries, however much content there is, is tests/test_query_counts.py.
"""

import pytest
from django.utils import translation

from tests.support.pages import ContentWeb, pages

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


@pytest.mark.parametrize("language", ["pl", "cs", "en"])
def test_every_page_answers_in_every_language(client, language):
    web = ContentWeb()
    web.grow(2)

    with translation.override(language):
        addresses = pages(web)
    for name, address in addresses:
        response = client.get(address)
        html = response.content.decode()
        assert response.status_code == 200, name
        assert address.startswith(f"/{language}/"), name
        if "feed" not in name:
            assert f'<html lang="{language}">' in html, name
