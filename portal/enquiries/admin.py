from django.contrib import admin, messages
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from portal.enquiries.models import Enquiry, Status
from portal.enquiries.services import enquiries_erase, enquiry_status_change


@admin.register(Enquiry)
class EnquiryAdmin(admin.ModelAdmin):
    """What visitors wrote: read-only but for its status and a note; editors may answer it."""

    list_display = ["received_at", "name", "reason", "about", "status", "delivery"]
    list_filter = ["status", "reason", "target_kind", "language"]
    search_fields = ["name", "email", "sender_organisation", "target_title", "message"]
    date_hierarchy = "received_at"
    actions = ["mark_answered"]
    fieldsets = [
        (None, {"fields": [("status", "answered_at", "answered_by"), "staff_note"]}),
        (
            _("Enquiry"),
            {
                "fields": [
                    ("received_at", "language"),
                    ("target_kind", "about"),
                    "reason",
                    ("name", "email"),
                    ("sender_organisation", "country"),
                    "message",
                ]
            },
        ),
        (_("E-mails"), {"fields": ["delivery_details"]}),
    ]
    readonly_fields = [
        "answered_at",
        "answered_by",
        "received_at",
        "language",
        "target_kind",
        "about",
        "reason",
        "name",
        "email",
        "sender_organisation",
        "country",
        "message",
        "delivery_details",
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("messages")

    def has_add_permission(self, request):
        return False

    # An enquiry deleted here goes with its e-mails, which hold what the visitor wrote, as the
    # retention command erases them.
    def delete_model(self, request, obj):
        enquiries_erase(pks=[obj.pk])

    def delete_queryset(self, request, queryset):
        enquiries_erase(pks=list(queryset.values_list("pk", flat=True)))

    def save_model(self, request, obj, form, change):
        enquiry_status_change(enquiry=obj, status=obj.status, by=request.user)
        super().save_model(request, obj, form, change)

    @admin.display(description=_("about"), ordering="target_title")
    def about(self, enquiry):
        if enquiry.page_url:
            return format_html('<a href="{}">{}</a>', enquiry.page_url, enquiry.target_title)
        return enquiry.target_title or enquiry.get_target_kind_display()

    @admin.display(description=_("e-mails"))
    def delivery(self, enquiry):
        """How many of its e-mails were sent, e.g. 2/3."""
        sent = sum(message.status == "sent" for message in enquiry.messages.all())
        return f"{sent}/{len(enquiry.messages.all())}"

    @admin.display(description=_("e-mails"))
    def delivery_details(self, enquiry):
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                '<li><a href="{}">{}</a>: {} {}</li>',
                (
                    (
                        reverse("admin:mail_outgoingmessage_change", args=[message.pk]),
                        ", ".join(message.to),
                        message.get_status_display(),
                        Truncator(message.last_error).chars(200),
                    )
                    for message in enquiry.messages.all()
                ),
            ),
        )

    @admin.action(description=_("Mark the selected enquiries as answered"), permissions=["change"])
    def mark_answered(self, request, queryset):
        count = 0
        for enquiry in queryset.exclude(status=Status.ANSWERED):
            enquiry_status_change(enquiry=enquiry, status=Status.ANSWERED, by=request.user)
            enquiry.save(update_fields=["status", "answered_at", "answered_by"])
            count += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d enquiry is marked as answered.",
                "%(count)d enquiries are marked as answered.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )
