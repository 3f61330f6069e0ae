"""Pages of lists and search results: a page number that is no page shows the nearest one.

A visitor who follows an old link to page 7 of a list that has shrunk to 3 pages, or who edits the
address, sees the last (or first) page with a note saying why, not an error page.
"""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


class NearestPaginator(Paginator):
    """A Paginator whose `get_page()` gives the nearest page there is, with a `note` on it for
    the visitor when that is not the page asked for (None when it is)."""

    def get_page(self, number):
        note = None
        try:
            number = self.validate_number(number)
        except PageNotAnInteger:
            if number not in (None, ""):
                # int() also refuses numbers of more than 4300 digits.
                note = _("The page number in the address is not a number: here is the first page.")
            number = 1
        except EmptyPage:
            if int(number) < 1:  # validate_number() has read it with int() already.
                note = _("Pages are numbered from 1: here is the first page.")
                number = 1
            else:
                note = ngettext(
                    "There is only %(count)d page: here it is.",
                    "There are only %(count)d pages: here is the last one.",
                    self.num_pages,
                ) % {"count": self.num_pages}
                number = self.num_pages
        page = self.page(number)
        page.note = note
        return page


class DeferredJoinPaginator(NearestPaginator):
    """A NearestPaginator over a QuerySet whose page query orders and skips primary keys only,
    then reads the whole rows of that page (a "deferred join").

    PostgreSQL sorts all the rows before the OFFSET of a late page: whole rows, with their texts
    in three languages, spill to disk on a long list, while their keys sort in memory.
    """

    def _get_page(self, object_list, number, paginator):
        rows = self.object_list.filter(pk__in=object_list.values("pk"))
        return super()._get_page(rows, number, paginator)


class NearestPageMixin:
    """A ListView whose `?page=` out of range or not a number shows the nearest page, with a note
    (`page_obj.note`), instead of answering 404; late pages cost little more than the first."""

    paginator_class = DeferredJoinPaginator

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(
            queryset,
            page_size,
            orphans=self.get_paginate_orphans(),
            allow_empty_first_page=self.get_allow_empty(),
        )
        page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return (paginator, page, page.object_list, page.has_other_pages())
