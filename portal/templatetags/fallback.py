"""Content shown in another language than the page's is marked as such.

modeltranslation quietly falls back to another language when a text is missing in the visitor's
(cs -> pl -> en, see settings). `{% translated obj "field" %}` shows the same text, but when it
comes from a fallback language it is wrapped in an element with that language's `lang`
attribute (so screen readers pronounce it right) and a short note says so in the page's language.
Rich texts (`rich=True`) are shown as their sanitised HTML.
"""

from django import template
from django.core.exceptions import FieldDoesNotExist
from django.template.defaultfilters import truncatewords
from django.utils import translation
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from modeltranslation.manager import get_translatable_fields_for_model
from modeltranslation.utils import build_localized_fieldname, resolution_order

from portal.db.rich_text import RichTextField, rich_text_html, rich_text_plain

register = template.Library()


def only_in(language):
    """A short note for text that exists only in `language`, e.g. "only in Polish"."""
    return {
        "pl": gettext("only in Polish"),
        "cs": gettext("only in Czech"),
        "en": gettext("only in English"),
    }[language]


def shown_in(language):
    """A sentence for a passage shown in `language` because the page's language has none."""
    return {
        "pl": gettext("This text is not available in your language; it is shown in Polish."),
        "cs": gettext("This text is not available in your language; it is shown in Czech."),
        "en": gettext("This text is not available in your language; it is shown in English."),
    }[language]


def text_and_language(obj, field):
    """The field's text as the visitor will see it, and the language it is written in."""
    language = translation.get_language()
    if field not in (get_translatable_fields_for_model(type(obj)) or ()):
        return getattr(obj, field) or "", language
    for code in resolution_order(language):
        text = getattr(obj, build_localized_fieldname(field, code))
        if text:
            return text, code
    return "", language


def is_rich_text(obj, field):
    """Whether `field` of `obj` holds HTML written in the rich text editor."""
    try:
        return isinstance(obj._meta.get_field(field), RichTextField)
    except FieldDoesNotExist:
        return False


@register.simple_tag
def translated(obj, field, rich=False, words=None):
    """The field's text in the page's language, or marked as being in its fallback language.

    `rich=True` shows a rich text's HTML (sanitised again, see portal/db/rich_text.py) as blocks;
    `words=N` shortens the text to N words (like `truncatewords`), a rich text without markup.
    """
    text, language = text_and_language(obj, field)
    if not text:
        return ""
    if words:
        text = truncatewords(rich_text_plain(text) if is_rich_text(obj, field) else text, words)
    # Stored HTML passes the sanitiser once more: whatever wrote the row, only the allow-list
    # reaches the page. format_html escapes plain text.
    content = mark_safe(rich_text_html(text)) if rich else conditional_escape(text)
    if language == translation.get_language() or not content:
        return content
    if rich:
        return format_html(
            '<p class="fallback-note">{}</p><div lang="{}">{}</div>',
            shown_in(language),
            language,
            content,
        )
    return format_html(
        '<span lang="{}">{}</span> <small class="fallback-note">({})</small>',
        language,
        content,
        only_in(language),
    )
