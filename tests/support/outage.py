"""The page visitors get while the database is away, and the line the portal logs for it."""

from django.utils import translation

SITE_NAMES = {
    "pl": "Dobre praktyki transgraniczne",
    "cs": "Přeshraniční dobré praxe",
    "en": "Cross-border good practices",
}
HEADING = "The portal is briefly unavailable"
OUTAGE_LOG_LINE = "Database unavailable, answered 503"


def heading_in(language):
    with translation.override(language):
        return translation.gettext(HEADING)


def assert_outage_page(status, headers, html, language):
    assert status == 503
    assert headers["Retry-After"] == "30"
    assert headers["Cache-Control"] == "max-age=0, no-cache, no-store, must-revalidate, private"
    assert f'<html lang="{language}">' in html
    assert f"<h1>{heading_in(language)}</h1>" in html
    assert f'<a class="site-name" href="/{language}/">{SITE_NAMES[language]}</a>' in html
    assert "Traceback" not in html
    assert "OperationalError" not in html
