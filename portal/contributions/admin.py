from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from portal.contributions.invitation_actions import invitation_send_again
from portal.contributions.models import (
    Invitation,
    Membership,
    PartnerAccount,
    Submission,
    SubmissionStep,
)
from portal.contributions.services import contributor_deactivate, invitation_send


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "language", "created_at", "accepted_at", "invited_by"]
    list_filter = ["language", "accepted_at"]
    search_fields = ["email", "organisations__name"]
    filter_horizontal = ["organisations"]
    fields = ["email", "organisations", "language", "invited_by", "created_at", "accepted_at"]
    readonly_fields = ["invited_by", "created_at", "accepted_at"]
    actions = [invitation_send_again]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.invited_by = request.user
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if not change:
            # The organisations are saved only now: the e-mail names them.
            invitation_send(
                email=form.instance.email,
                organisations=form.instance.organisations.all(),
                language=form.instance.language,
                invitation=form.instance,
            )


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "organisation", "created_at"]
    list_select_related = ["user", "organisation"]
    search_fields = ["user__username", "organisation__name"]
    raw_id_fields = ["user"]

    def has_add_permission(self, request):
        # Memberships come from accepted invitations: invite an existing partner again to add one.
        return False


@admin.register(PartnerAccount)
class PartnerAccountAdmin(admin.ModelAdmin):
    list_display = ["username", "is_active", "last_login", "date_joined"]
    list_filter = ["is_active"]
    search_fields = ["username"]
    fields = ["username", "is_active", "last_login", "date_joined"]
    readonly_fields = ["username", "last_login", "date_joined"]
    actions = ["deactivate"]

    def get_queryset(self, request):
        return super().get_queryset(request).filter(is_staff=False, is_superuser=False)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        # Deactivate instead: what the partner made stays.
        return False

    @admin.action(description=_("Deactivate the selected accounts"), permissions=["change"])
    def deactivate(self, request, queryset):
        users = list(queryset.filter(is_active=True))
        for user in users:
            contributor_deactivate(user=user)
        self.message_user(
            request,
            ngettext(
                "%(count)d account deactivated.", "%(count)d accounts deactivated.", len(users)
            )
            % {"count": len(users)},
            messages.SUCCESS,
        )


class SubmissionStepInline(admin.TabularInline):
    model = SubmissionStep
    fields = ["state", "by", "at", "comment"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Submission)
class SubmissionAdmin(admin.ModelAdmin):
    """The review queue: what partners submitted, the longest waiting first."""

    list_display = ["__str__", "organisation", "state", "is_change", "state_changed_at"]
    list_filter = ["state", "is_change"]
    list_select_related = ["practice", "event", "organisation"]
    search_fields = ["organisation__name", "practice__title", "event__title"]
    fields = [
        "practice",
        "event",
        "organisation",
        "author",
        "language",
        "state",
        "is_change",
        "approved_by",
        "created_at",
        "state_changed_at",
    ]
    readonly_fields = fields
    inlines = [SubmissionStepInline]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
