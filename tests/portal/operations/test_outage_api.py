"""While the database cannot be reached, the API answers 503 in JSON, in the client's language.

The outage is real: the portal's connection points at a port where nothing listens
(the `unreachable_database` fixture of tests/portal/operations/conftest.py).
"""

import pytest

UNAVAILABLE = {
    "pl": "Portal jest chwilowo niedostępny. Spróbuj ponownie za 30 sekund.",
    "cs": "Portál je krátce nedostupný. Zkuste to znovu za 30 sekund.",
    "en": "The portal is briefly unavailable. Try again in 30 seconds.",
}


def assert_json_outage(response, language):
    assert (response.status_code, response["Content-Type"], response["Retry-After"]) == (
        503,
        "application/json",
        "30",
    )
    assert response.json() == {"detail": UNAVAILABLE[language]}
    assert response["Cache-Control"] == "max-age=0, no-cache, no-store, must-revalidate, private"
    assert "Accept-Language" in response["Vary"]
    assert response.cookies == {}


@pytest.mark.parametrize(
    ("accept_language", "language"), [("pl", "pl"), ("cs", "cs"), ("en", "en"), (None, "pl")]
)
@pytest.mark.parametrize("path", ["/api/v1/practices/", "/api/v1/cities/opole/"])
def test_the_api_answers_503_in_json_in_the_clients_language(
    client, unreachable_database, path, accept_language, language
):
    headers = {"accept-language": accept_language} if accept_language else {}

    assert_json_outage(client.get(path, headers=headers), language)


def test_the_api_answers_503_in_json_when_its_limit_cannot_count(
    client, settings, unreachable_database
):
    """Without Redis the limit counts in PostgreSQL, before the view reads anything."""
    settings.API_THROTTLE_RATE = "120/minute"

    assert_json_outage(client.get("/api/v1/themes/", headers={"accept-language": "cs"}), "cs")


def test_pages_still_answer_the_html_outage_page(client, unreachable_database):
    response = client.get("/en/good-practices/")

    assert (response.status_code, response["Content-Type"]) == (503, "text/html; charset=utf-8")
