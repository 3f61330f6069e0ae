"""One address of every kind of public page, in each language, on the demo content."""

LANGUAGES = ("pl", "cs", "en")

# (kind, path) in English; other languages are reached through the language switcher's links.
PAGE_TYPES = [
    ("home", "/en/"),
    ("practice list", "/en/good-practices/"),
    ("practice list, filtered", "/en/good-practices/?programme=interreg-cz-pl&city=opole"),
    ("practice", "/en/good-practices/gogolin-transfer-hub/"),
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
    ("not found", "/en/good-practices/no-such-practice/"),
]

# The path segments that differ between the languages.
SEGMENTS = {
    "pl": {
        "good-practices": "dobre-praktyki",
        "projects": "projekty",
        "partners": "partnerzy",
        "events": "wydarzenia",
        "cities": "miasta",
        "themes": "tematy",
        "programmes": "programy",
        "search": "szukaj",
        "map": "mapa",
        "pages": "strony",
        "news": "aktualnosci",
    },
    "cs": {
        "good-practices": "dobre-praxe",
        "projects": "projekty",
        "partners": "partneri",
        "events": "udalosti",
        "cities": "mesta",
        "themes": "temata",
        "programmes": "programy",
        "search": "hledat",
        "map": "mapa",
        "pages": "stranky",
        "news": "aktuality",
    },
}


def in_language(path, language):
    """The English `path` in `language`: /en/good-practices/x/ -> /cs/dobre-praxe/x/."""
    if language == "en":
        return path
    parts = path.split("/")
    parts[1] = language
    if len(parts) > 2:
        parts[2] = SEGMENTS[language].get(parts[2], parts[2])
    return "/".join(parts)


def every_page():
    """(kind, language, path) of every page type in every language."""
    return [
        (kind, language, in_language(path, language))
        for kind, path in PAGE_TYPES
        for language in LANGUAGES
    ]
