"""One address of every kind of public page, in each language, on the demo content."""

from django.urls import translate_url
from django.utils import translation

LANGUAGES = ("pl", "cs", "en")

# (kind, path) in English; other languages are reached through the language switcher's links.
PAGE_TYPES = [
    ("home", "/en/"),
    ("practice list", "/en/good-practices/"),
    ("practice list, filtered", "/en/good-practices/?programme=interreg-cz-pl&city=opole"),
    ("practice", "/en/good-practices/gogolin-transfer-hub/"),
    # The demo practice names a contact person (portal/demo/data/contacts.py): the form lists her.
    ("enquiry form", "/en/good-practices/gogolin-transfer-hub/write/"),
    ("enquiry sent", "/en/good-practices/gogolin-transfer-hub/write/?sent=1"),
    ("staff enquiry form", "/en/write-to-us/"),
    ("project list", "/en/projects/?theme=sustainable-mobility"),
    ("project", "/en/projects/razem-dla-rozwoju-aglomeracji/"),
    ("partner list", "/en/partners/"),
    ("partner", "/en/partners/aglomeracja-opolska/"),
    ("event list", "/en/events/?when=past"),
    ("event", "/en/events/study-visit-olomouc-2017-12/"),
    ("city list", "/en/cities/"),
    ("city", "/en/cities/opole/"),
    ("theme list", "/en/themes/"),
    ("theme", "/en/themes/climate-adaptation/"),
    ("programme list", "/en/programmes/"),
    ("programme", "/en/programmes/interreg-cz-pl/"),
    ("search", "/en/search/?q=olomuniec"),
    ("map", "/en/map/"),
    ("page", "/en/pages/about-the-portal/"),
    ("news list", "/en/news/"),
    ("news item", "/en/news/portal-in-three-languages/"),
    ("open data", "/en/open-data/"),
    ("privacy notice", "/en/privacy/"),
    ("accessibility statement", "/en/accessibility/"),
    ("not found", "/en/good-practices/no-such-practice/"),
    # The partner space as an anonymous visitor reaches it (test_partner_judges.py has the rest).
    ("partner login", "/en/for-partners/log-in/"),
    ("partner password reset", "/en/for-partners/password-reset/"),
    ("partner password reset sent", "/en/for-partners/password-reset/sent/"),
    ("partner invitation, bad link", "/en/for-partners/invitation/no-such-invitation/"),
]


def in_language(path, language):
    """The English `path` in `language`, as the language switcher gives it:
    /en/good-practices/x/ -> /cs/dobre-praxe/x/."""
    with translation.override("en"):  # The path is resolved in its own language.
        return translate_url(path, language)


def every_page():
    """(kind, language, path) of every page type in every language."""
    return [
        (kind, language, in_language(path, language))
        for kind, path in PAGE_TYPES
        for language in LANGUAGES
    ]
