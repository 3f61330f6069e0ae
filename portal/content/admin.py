"""What the content apps' admins are built from: history, translation tabs, publishing, import."""

import dataclasses
from functools import partialmethod

from django import forms
from django.apps import apps
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.timezone import localtime
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from import_export.admin import ImportExportMixin
from import_export.forms import ConfirmImportForm, ExportForm, ImportForm
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline
from simple_history.admin import SimpleHistoryAdmin
from simple_history.models import to_historic
from simple_history.template_utils import HistoricalRecordContextHelper
from simple_history.utils import get_m2m_reverse_field_name

from portal.content.import_jobs import import_job_confirm, import_job_queue
from portal.content.imports import FORMATS, ImportFileError, PendingImportStorage
from portal.content.services import publishable_publish, publishable_unpublish
from portal.models import ImportJob, ImportJobState
from portal.translation import translated_fields


def translated(*fields):
    """The per-language columns of translated fields, for `search_fields`."""
    return [f"{field}_{language}" for field in fields for language in ("pl", "cs", "en")]


def image_preview(image_file, alt=""):
    if not image_file:
        return "–"
    return format_html(
        '<img src="{}" alt="{}" class="admin-preview" loading="lazy">', image_file.url, alt
    )


BLANK = (None, "")


class VersionChanges(HistoricalRecordContextHelper):
    """What a version changed, as editors read it: each language apart, nothing blank to empty."""

    def context_for_delta_changes(self, delta):
        # The untranslated column only mirrors whichever language was active when saved.
        mirrors = translated_fields(self.model)
        changes = [
            change
            for change in delta.changes
            if change.field not in mirrors and not (change.old in BLANK and change.new in BLANK)
        ]
        return super().context_for_delta_changes(dataclasses.replace(delta, changes=changes))

    def prepare_delta_change_value(self, change, value):
        if value is None:
            return ""
        field = self.model._meta.get_field(change.field)
        if field.choices:
            return dict(field.flatchoices).get(value, value)
        return super().prepare_delta_change_value(change, value)


class HistoryAdmin(SimpleHistoryAdmin):
    """Every version with who, when and what changed, and revert; also the rows edited inline."""

    object_history_template = "admin/content_history.html"
    object_history_list_template = "admin/history_versions.html"
    object_history_form_template = "admin/content_version.html"

    # simple-history ships its Czech as cs_CZ, which Django's "cs" never loads: the titles and
    # the version page's words (templates/admin/content_version.html) are the portal's own.
    def history_view_title(self, request, obj):
        return gettext("History: %s") % obj

    def history_form_view_title(self, request, obj):
        if self.revert_disabled(request, obj):
            return gettext("Version of %s") % obj
        return gettext("Bring back a version of %s") % obj

    def get_historical_record_context_helper(self, request, historical_record):
        return VersionChanges(self.model, historical_record)

    def render_history_view(self, request, template, context, **kwargs):
        if template == self.object_history_template:
            context["inline_versions"] = self.inline_versions(context["object"])
        return super().render_history_view(request, template, context, **kwargs)

    def inline_versions(self, obj):
        """The versions, newest first, of each kind of row edited inline on this object's page."""
        sections = []
        for inline in self.inlines:
            model = inline.model
            manager_name = getattr(model._meta, "simple_history_manager_attribute", None)
            if manager_name is None:
                continue
            parent = next(f for f in model._meta.fields if f.related_model is self.model)
            versions = list(
                getattr(model, manager_name)
                .filter(**{parent.attname: obj.pk})
                .select_related("history_user")
                .order_by("history_date", "history_id")
            )
            latest = {}
            for version in versions:
                row = getattr(version, model._meta.pk.attname)
                if row in latest:
                    delta = version.diff_against(latest[row], foreign_keys_are_objs=True)
                    helper = VersionChanges(model, version)
                    version.history_delta_changes = helper.context_for_delta_changes(delta)
                latest[row] = version
            if versions:
                sections.append((model._meta.verbose_name_plural, versions[::-1]))
        return sections

    def get_form(self, request, obj=None, **kwargs):
        form_class = super().get_form(request, obj, **kwargs)
        version = to_historic(obj) if obj is not None else None
        if version is None:
            return form_class
        # simple-history rebuilds a past version without its many-to-many links (its issue
        # #1063), so the revert form would show today's themes: start it from the version's own.
        links = {
            field.name: list(
                getattr(version, field.name).values_list(
                    get_m2m_reverse_field_name(field), flat=True
                )
            )
            for field in version._history_m2m_fields
        }
        return type(
            form_class.__name__,
            (form_class,),
            {"__init__": partialmethod(form_class.__init__, initial=links)},
        )

    def save_model(self, request, obj, form, change):
        reverted_to = to_historic(obj)
        if reverted_to is not None:
            obj._change_reason = gettext("Reverted to the version of %(date)s") % {
                "date": date_format(localtime(reverted_to.history_date), "SHORT_DATETIME_FORMAT")
            }
        super().save_model(request, obj, form, change)


class ContentAdmin(HistoryAdmin, TabbedTranslationAdmin):
    """Each language in its own tab, and the history of every change."""


class PublishableAdmin(ContentAdmin):
    """Publication status in lists and filters, bulk publish and unpublish, dates read-only."""

    actions = ["publish", "unpublish"]
    readonly_fields = ["published_at", "created_at", "updated_at"]
    publication_fieldset = (
        _("Publication"),
        {"fields": ["status", "published_at", "created_at", "updated_at"]},
    )

    @admin.action(description=_("Publish the selected items"), permissions=["change"])
    def publish(self, request, queryset):
        count = publishable_publish(queryset=queryset, by=request.user)
        self.message_user(
            request,
            ngettext("%(count)d item published.", "%(count)d items published.", count)
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Unpublish the selected items"), permissions=["change"])
    def unpublish(self, request, queryset):
        count = publishable_unpublish(queryset=queryset, by=request.user)
        self.message_user(
            request,
            ngettext(
                "%(count)d item returned to draft.", "%(count)d items returned to draft.", count
            )
            % {"count": count},
            messages.SUCCESS,
        )


class StaffImportForm(ImportForm):
    def clean_import_file(self):
        upload = self.cleaned_data["import_file"]
        if upload.size > settings.IMPORT_MAX_FILE_SIZE:
            raise forms.ValidationError(
                gettext("The file is larger than %(size)d MB. Split it into several files.")
                % {"size": settings.IMPORT_MAX_FILE_SIZE // 1024 // 1024}
            )
        return upload


class StaffConfirmImportForm(ConfirmImportForm):
    def clean_import_file_name(self):
        name = self.cleaned_data["import_file_name"]
        if not PendingImportStorage.NAME.match(name):
            raise forms.ValidationError(gettext("The file waiting for confirmation is not known."))
        return name

    def clean_format(self):
        number = self.cleaned_data["format"]
        if number not in [str(index) for index in range(len(FORMATS))]:
            raise forms.ValidationError(gettext("Not a format this import reads."))
        return number

    def clean_resource(self):
        if self.cleaned_data["resource"] not in ("", "0"):
            raise forms.ValidationError(gettext("Not a kind of content this import reads."))
        return self.cleaned_data["resource"]


class ImportExportAdmin(ImportExportMixin):
    """Import and export of the change list's items as CSV or XLSX (portal/content/imports.py).

    Importing takes permission to add and to change; exporting, to view. A file is imported only
    when every row is valid: the preview, and again the confirmation, save nothing otherwise.
    """

    import_template_name = "admin/import_export/staff_import.html"
    import_form_class = StaffImportForm
    confirm_form_class = StaffConfirmImportForm
    # Staff choose no columns: an export has every column, so that it can be imported back.
    export_form_class = ExportForm
    tmp_storage_class = PendingImportStorage
    # A byte order mark: Excel then reads the CSV as UTF-8.
    to_encoding = "utf-8-sig"
    formats = import_formats = export_formats = FORMATS

    def has_import_permission(self, request):
        return self.has_add_permission(request) and self.has_change_permission(request)

    def has_export_permission(self, request):
        return self.has_view_permission(request)

    def get_import_data_kwargs(self, **kwargs):
        return {**super().get_import_data_kwargs(**kwargs), "rollback_on_validation_errors": True}

    def add_data_read_fail_error_to_form(self, form, error):
        if isinstance(error, ImportFileError):
            form.add_error("import_file", str(error))
        else:
            super().add_data_read_fail_error_to_form(form, error)

    def import_action(self, request, **kwargs):
        """A file of more than IMPORT_PREVIEW_MAX_ROWS rows is checked by the worker, which
        shows what it would change in figures; a smaller one is previewed here row by row."""
        if request.method == "POST" and self.has_import_permission(request):
            form = self.create_import_form(request)
            if form.is_valid():
                queued = self.queue_large_file(request, form)
                if queued is not None:
                    return queued
        return super().import_action(request, **kwargs)

    def queue_large_file(self, request, form):
        upload = form.cleaned_data["import_file"]
        file_format = int(form.cleaned_data["format"])
        data = b"".join(upload.chunks())
        upload.seek(0)
        try:
            dataset = FORMATS[file_format]().create_dataset(data)
            resource_class = self.choose_import_resource_class(form, request)
            resource_class().before_import(dataset)
        except ImportFileError:
            # The preview says what is wrong.
            return None
        if len(dataset) <= settings.IMPORT_PREVIEW_MAX_ROWS:
            return None
        stored = PendingImportStorage()
        stored.save(data)
        job = import_job_queue(
            resource_class=resource_class,
            model=self.model,
            file_name=upload.name,
            stored_name=stored.get_full_path(),
            file_format=file_format,
            rows_total=len(dataset),
            by=request.user,
            confirmed=False,
        )
        return HttpResponseRedirect(job.get_absolute_url())

    @method_decorator(require_POST)
    def process_import(self, request, **kwargs):
        """Queue the import of the previewed file for the worker and show its progress; the
        worker imports it in one transaction, so nothing is saved if any row fails."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        confirm_form = self.create_confirm_form(request)
        if not confirm_form.is_valid():
            return self.import_page(request, error=gettext("Upload the file again."))
        file_format = int(confirm_form.cleaned_data["format"])
        storage = PendingImportStorage(name=confirm_form.cleaned_data["import_file_name"])
        try:
            data = storage.read()
        except OSError:
            return self.import_page(
                request, error=gettext("The file is no longer here. Upload it again.")
            )
        try:
            dataset = FORMATS[file_format]().create_dataset(data)
        except ImportFileError as error:
            storage.remove()
            return self.import_page(request, error=str(error))
        job = import_job_queue(
            resource_class=self.choose_import_resource_class(confirm_form, request),
            model=self.model,
            file_name=confirm_form.cleaned_data["original_file_name"],
            stored_name=storage.get_full_path(),
            file_format=file_format,
            rows_total=len(dataset),
            by=request.user,
            confirmed=True,
        )
        return HttpResponseRedirect(job.get_absolute_url())

    def import_page(self, request, *, result=None, error=None):
        """The import form, empty, with what went wrong."""
        form = self.get_import_form_class(request)(
            self.get_import_formats(), self.get_import_resource_classes(request)
        )
        context = {
            "page_error": error,
            **self.admin_site.each_context(request),
            "title": gettext("Import"),
            "form": form,
            "opts": self.model._meta,
            "media": self.media + form.media,
            "result": result,
            "import_error_display": self.import_error_display,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, [self.import_template_name], context)


class GalleryImageInline(TranslationStackedInline):
    fields = ["image", "preview", "alt_text", "caption", "position"]
    readonly_fields = ["preview"]
    extra = 0

    @admin.display(description=_("preview"))
    def preview(self, obj):
        return image_preview(obj.image, obj.alt_text)


class ImportJobAdmin(admin.ModelAdmin):
    """The staff imports, their progress and their mistakes: looked at, never edited."""

    change_form_template = "admin/import_export/import_job.html"
    list_display = ["file_name", "kind_of_content", "created_by", "created_at", "state", "progress"]
    list_filter = ["state"]
    list_select_related = ["created_by"]
    fields = [
        "file_name",
        "kind_of_content",
        "created_by",
        "created_at",
        "started_at",
        "finished_at",
        "state",
        "progress",
    ]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        # Whoever started an import follows it, Editors or not.
        own = obj is not None and obj.created_by_id == request.user.pk
        return own or super().has_view_permission(request, obj)

    @admin.display(description=_("kind of content"))
    def kind_of_content(self, job):
        return apps.get_model(job.model)._meta.verbose_name_plural

    @admin.display(description=_("rows done"))
    def progress(self, job):
        return gettext("%(done)d of %(total)d") % {"done": job.rows_done, "total": job.rows_total}

    def get_urls(self):
        return [
            path(
                "<int:job_id>/confirm/",
                self.admin_site.admin_view(self.confirm_view),
                name="portal_importjob_confirm",
            ),
            *super().get_urls(),
        ]

    def may_import(self, request, job):
        model = apps.get_model(job.model)
        return all(
            request.user.has_perm(f"{model._meta.app_label}.{action}_{model._meta.model_name}")
            for action in ("add", "change")
        )

    def change_view(self, request, object_id, form_url="", extra_context=None):
        job = self.get_object(request, object_id)
        extra_context = {
            **(extra_context or {}),
            "may_confirm": job is not None and self.may_import(request, job),
            "waits_too_long": job is not None
            and job.state == ImportJobState.QUEUED
            and settings.TASKS_STUCK_AFTER
            and timezone.now() - job.created_at > settings.TASKS_STUCK_AFTER,
        }
        return super().change_view(request, object_id, form_url, extra_context)

    @method_decorator(require_POST)
    def confirm_view(self, request, job_id):
        job = get_object_or_404(ImportJob, pk=job_id)
        if not self.may_import(request, job):
            raise PermissionDenied
        if import_job_confirm(job=job):
            messages.success(request, gettext("The import is waiting for the worker."))
        else:
            messages.error(request, gettext("This file is not waiting for confirmation."))
        return HttpResponseRedirect(job.get_absolute_url())
