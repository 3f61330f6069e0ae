from django import template

from portal.opendata.downloads import licence

register = template.Library()


@register.simple_tag
def open_data_licence():
    """{"name": ..., "url": ...} of the licence under which the data may be reused."""
    return licence()
