"""The indexes that let a public list read its first page without sorting every published row.

Lists show published rows only, so each index is partial (WHERE status = 'published'): smaller,
and it also answers a list's count with an index-only scan. Its expressions are those the lists
order by, as `title_order()` and the filter sets' `newest_order` write them, so PostgreSQL can
read a page straight off the index.
"""

from django.conf import settings
from django.db.models import F, Index, Value
from django.db.models.functions import Coalesce, Collate, NullIf

from portal.db.publishing import PUBLISHED

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def title_order(field, language):
    """The field's text in `language`, falling back as the content does, sorted by that language's
    rules (PostgreSQL's ICU collations: in Czech "ch" comes after "h")."""
    order = [language, *settings.MODELTRANSLATION_FALLBACK_LANGUAGES.get(language, ())]
    text = Coalesce(*(NullIf(f"{field}_{code}", Value("")) for code in order))
    return Collate(text, f"{language}-x-icu")


def ordered(name):
    """`-field` as a descending F(), `field` as an ascending one, as order_by() reads them."""
    return F(name[1:]).desc() if name.startswith("-") else F(name).asc()


def list_indexes(*, orders, title_field):
    """Partial indexes over published rows: one per order or filtered column in `orders`
    (`{suffix: fields}`, named `<app>_<model>_<suffix>`), and one per language for the title
    order (`..._sort_<language>`)."""
    return [
        *[
            Index(
                *(ordered(field) for field in fields),
                name=f"%(app_label)s_%(class)s_{suffix}",
                condition=PUBLISHED,
            )
            for suffix, fields in orders.items()
        ],
        *[
            Index(
                title_order(title_field, code),
                F("id"),
                name=f"%(app_label)s_%(class)s_sort_{code}",
                condition=PUBLISHED,
            )
            for code in LANGUAGES
        ],
    ]
