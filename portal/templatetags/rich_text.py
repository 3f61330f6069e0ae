"""Rich text in templates: its words without markup, and the admin editor's import map."""

from django import template

from portal.db.rich_text import rich_text_importmap, rich_text_plain

register = template.Library()


@register.filter
def plain_text(value):
    """A rich text's words without markup, for descriptions and excerpts (autoescaped as text)."""
    return rich_text_plain(value)


@register.simple_tag(takes_context=True)
def editor_importmap(context):
    """The rich text editor's import map, with the request's Content-Security-Policy nonce."""
    # django-csp's nonce is lazy, and falsy until read: reading it puts it in the header.
    nonce = getattr(context.get("request"), "csp_nonce", None)
    return rich_text_importmap("" if nonce is None else str(nonce))
