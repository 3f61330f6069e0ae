from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html

from portal.db.addresses import has_address
from portal.db.web_addresses import web_address

register = template.Library()

# Open Graph names a language with its country: the portal's languages as spoken where it works.
OPEN_GRAPH_LOCALES = {"pl": "pl_PL", "cs": "cs_CZ", "en": "en_GB"}


@register.simple_tag(takes_context=True)
def url_in_language(context, language):
    """The current page's address in another language."""
    request = context["request"]
    return translate_url(request.get_full_path(), language)


@register.simple_tag
def portal_languages():
    """The portal's languages, each named in itself (not translated into the current one)."""
    return settings.LANGUAGES


@register.simple_tag(takes_context=True)
def page_addresses(context):
    """The page's canonical address and its address in each language, absolute.

    Filters and sorting only show a list differently, so of the query string just the page
    number stays (and not for page 1, the list's own address).
    """
    request = context["request"]
    path = request.path
    page_obj = context.get("page_obj")
    if page_obj is not None and page_obj.number > 1:
        path += "?" + urlencode({"page": page_obj.number})
    in_languages = {
        code: request.build_absolute_uri(translate_url(path, code))
        for code, _name in settings.LANGUAGES
    }
    return {
        "canonical": request.build_absolute_uri(path),
        "in_languages": in_languages,
        "x_default": in_languages[settings.X_DEFAULT_LANGUAGE],
    }


@register.simple_tag
def link_elsewhere(address, text=None):
    """A link to another site's address (a website, a practice's link), with `text` or the
    address itself as its text; only the text when the address is not http, https or mailto
    (a `javascript:` written outside the forms is never a link)."""
    text = address if text is None else text
    href = web_address(address)
    if href is None:
        return text
    return format_html('<a href="{}" rel="noopener">{}</a>', href, text)


@register.simple_tag
def link_to(row, text=None):
    """A link to a related row's page (an item's city, a project's programme) with `text` or the
    row's name as its text; only the text, and a warning in the log, when the row's slug cannot
    be part of an address (written past the constraints), so that the page around it stands."""
    text = str(row) if text is None else text
    if not has_address(type(row), pk=row.pk, slug=row.slug):
        return text
    return format_html('<a href="{}">{}</a>', row.get_absolute_url(), text)


@register.filter
def open_graph_locale(language):
    """A language code as Open Graph's og:locale spells it: "cs" -> "cs_CZ"."""
    return OPEN_GRAPH_LOCALES[language]


@register.simple_tag(takes_context=True)
def absolute_url(context, path):
    """An address on this site with its scheme and host, as Open Graph needs."""
    return context["request"].build_absolute_uri(path)


class CaptureNode(template.Node):
    def __init__(self, nodelist, name):
        self.nodelist = nodelist
        self.name = name

    def render(self, context):
        context[self.name] = self.nodelist.render(context)
        return ""


@register.tag
def capture(parser, token):
    """`{% capture as name %}...{% endcapture %}`: render once into `name`, to use it twice.

    Blocks inside stay overridable, so the base template can show a page's `{% block title %}`
    both in <title> and in og:title.
    """
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Usage: {% capture as name %}...{% endcapture %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])
