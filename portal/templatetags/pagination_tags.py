from django import template

register = template.Library()


@register.simple_tag
def page_numbers(page_obj):
    """The page numbers to link around the current page, with the paginator's ellipsis for gaps."""
    return list(
        page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
    )
