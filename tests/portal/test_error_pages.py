import pytest
from django.test import RequestFactory
from django.utils import translation
from django.views.defaults import server_error

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "heading", "language"),
    [
        ("/pl/dobre-praktyki/nie-ma/", "Nie znaleziono strony", "pl"),
        ("/cs/dobre-praxe/neni/", "Stránka nebyla nalezena", "cs"),
        ("/en/good-practices/none/", "Page not found", "en"),
    ],
)
def test_a_missing_page_answers_404_in_the_language_of_its_address(client, path, heading, language):
    response = client.get(path)

    html = response.content.decode()
    assert response.status_code == 404
    assert f'<html lang="{language}">' in html
    assert f"<h1>{heading}</h1>" in html
    assert '<meta name="robots" content="noindex">' in html
    # The page keeps the portal's navigation and a way on: search and home.
    assert 'id="search-page-q"' in html
    assert f'href="/{language}/"' in html


@pytest.mark.parametrize(
    ("language", "heading"),
    [("pl", "Coś poszło nie tak"), ("cs", "Něco se pokazilo"), ("en", "Something went wrong")],
)
def test_the_server_error_page_is_translated_and_needs_no_database(
    django_assert_num_queries, language, heading
):
    request = RequestFactory().get(f"/{language}/")

    with translation.override(language), django_assert_num_queries(0):
        response = server_error(request)

    html = response.content.decode()
    assert response.status_code == 500
    assert f'<html lang="{language}">' in html
    assert f"<h1>{heading}</h1>" in html
    assert "Traceback" not in html
