from django.utils.functional import SimpleLazyObject


def navigation(request):
    """The pages linked from every page's footer, read only if a template uses them."""
    from portal.models import Page

    return {
        "navigation_pages": SimpleLazyObject(
            # Links only: not the pages' bodies in every language.
            lambda: list(
                Page.objects.published().filter(show_in_navigation=True).only("slug", "title")
            )
        )
    }
