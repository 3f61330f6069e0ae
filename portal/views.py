"""The portal app's own pages: the site's pages (about, contact...), its news, and the privacy
notice and accessibility statement that the law asks of the operator."""

from datetime import UTC, date, datetime, timedelta

from django.conf import settings
from django.shortcuts import render
from django.utils.timesince import timesince
from django.views.generic import ListView

from portal.content.pagination import NearestPageMixin
from portal.content.views import PublishedDetailView
from portal.models import NewsItem, Page


class PageDetailView(PublishedDetailView):
    model = Page
    context_object_name = "page"


class NewsListView(NearestPageMixin, ListView):
    queryset = NewsItem.objects.published()
    context_object_name = "news_items"
    paginate_by = 10


class NewsDetailView(PublishedDetailView):
    model = NewsItem
    context_object_name = "news_item"

    def get_queryset(self):
        return super().get_queryset().select_related("project")


# When the accessibility statement was written and last checked against the portal: its text is
# part of the code, so these move with it, by hand, at each review.
ACCESSIBILITY_STATEMENT_PREPARED = date(2026, 12, 7)
ACCESSIBILITY_STATEMENT_REVIEWED = date(2026, 12, 7)


def operator():
    """The body that runs the portal, as the settings name it."""
    return {
        "name": settings.OPERATOR_NAME,
        "address": settings.OPERATOR_ADDRESS,
        "data_protection_contact": settings.DATA_PROTECTION_CONTACT,
        "accessibility_contact": settings.ACCESSIBILITY_CONTACT,
    }


# Any moment serves: the length of a window in words is the time since this moment.
DURATION_ORIGIN = datetime(2001, 1, 1, tzinfo=UTC)


def duration_in_words(seconds: int) -> str:
    """E.g. "1 hour" or "1 day" in the active language."""
    return timesince(DURATION_ORIGIN, DURATION_ORIGIN + timedelta(seconds=seconds))


def privacy_notice(request):
    """The privacy notice (GDPR art. 13): who keeps which personal data, why, for how long."""
    return render(
        request,
        "portal/privacy.html",
        {
            "operator": operator(),
            "enquiry_retention_days": settings.ENQUIRY_RETENTION_DAYS,
            "alert_confirm_days": settings.ALERTS_CONFIRM_DAYS,
            "server_log_retention_days": settings.SERVER_LOG_RETENTION_DAYS,
            "lockout_minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
            "enquiry_limit_windows": {
                scope: duration_in_words(seconds)
                for scope, (_requests, seconds) in settings.ENQUIRY_LIMITS.items()
            },
        },
    )


def accessibility_statement(request):
    """The accessibility statement, as the Polish act of 4 April 2019 and the Czech act
    99/2019 Sb. shape it."""
    return render(
        request,
        "portal/accessibility.html",
        {
            "operator": operator(),
            "prepared": ACCESSIBILITY_STATEMENT_PREPARED,
            "reviewed": ACCESSIBILITY_STATEMENT_REVIEWED,
        },
    )
