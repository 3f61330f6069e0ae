from django.contrib import admin, messages
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_tasks_db.models import DBTaskResult

from portal.mail.models import OutgoingMessage
from portal.mail.services import mail_try_again

# The queue's own admin (django-tasks-db) is in English only and shows tasks' arguments and
# tracebacks: staff follow e-mail in the outbox below, operators the queue through /readyz and
# the worker's log.
admin.site.unregister(DBTaskResult)


@admin.register(OutgoingMessage)
class OutgoingMessageAdmin(admin.ModelAdmin):
    """The outbox, read-only: what was sent, what waits and why, what failed and why."""

    list_display = [
        "subject",
        "recipients",
        "status",
        "attempts",
        "next_attempt_at",
        "error",
        "created_at",
    ]
    list_filter = ["status", "language"]
    search_fields = ["subject"]
    date_hierarchy = "created_at"
    actions = ["try_again"]
    fields = [
        ("status", "attempts"),
        ("created_at", "next_attempt_at", "sent_at"),
        "last_error",
        "to",
        "reply_to",
        "from_email",
        "subject",
        "language",
        "headers",
        "message_id",
        "text",
        "html",
        "task_id",
    ]
    readonly_fields = [name for row in fields for name in ([row] if isinstance(row, str) else row)]

    def has_add_permission(self, request):
        return False

    @admin.display(description=_("recipients"))
    def recipients(self, message):
        return ", ".join(message.to)

    @admin.display(description=_("last error"))
    def error(self, message):
        return Truncator(message.last_error).chars(120)

    @admin.action(description=_("Try again to send the selected e-mails"), permissions=["change"])
    def try_again(self, request, queryset):
        count = mail_try_again(queryset=queryset)
        self.message_user(
            request,
            ngettext(
                "%(count)d e-mail will be tried again now (sent ones are never sent twice).",
                "%(count)d e-mails will be tried again now (sent ones are never sent twice).",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )
