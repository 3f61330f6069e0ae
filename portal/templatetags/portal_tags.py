from django import template
from django.conf import settings
from django.urls import translate_url

register = template.Library()


@register.simple_tag(takes_context=True)
def url_in_language(context, language):
    """The current page's address in another language."""
    request = context["request"]
    return translate_url(request.get_full_path(), language)


@register.simple_tag
def portal_languages():
    """The portal's languages, each named in itself (not translated into the current one)."""
    return settings.LANGUAGES
