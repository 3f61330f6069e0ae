from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from portal.alerts.following import alert_description
from portal.alerts.models import Alert


@admin.register(Alert)
class AlertAdmin(admin.ModelAdmin):
    """Visitors' alerts, for staff to see: what they follow and how much they were sent."""

    list_display = ["email", "description", "frequency", "confirmed_at", "last_sent_at", "sent"]
    list_filter = ["follows", "frequency", ("confirmed_at", admin.EmptyFieldListFilter)]
    search_fields = ["email", "query"]
    date_hierarchy = "created_at"
    readonly_fields = [
        "email",
        "language",
        "follows",
        "query",
        "created_at",
        "confirmed_at",
        "last_sent_at",
    ]
    fields = [*readonly_fields[:4], "frequency", *readonly_fields[4:]]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(sent_count=Count("sent_items"))

    def has_add_permission(self, request):
        return False

    @admin.display(description=_("follows"))
    def description(self, alert):
        return alert_description(follows=alert.follows, query=alert.query)

    @admin.display(description=_("items sent"), ordering="sent_count")
    def sent(self, alert):
        return alert.sent_count
