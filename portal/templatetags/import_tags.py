from django import template

from portal.content.imports import row_error_sentences

register = template.Library()
register.filter(row_error_sentences)
