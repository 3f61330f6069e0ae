"""Import and export of organisations and projects (with their partners) for staff."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from import_export import fields, widgets

from portal.contacts.resources import WithContactsResource
from portal.content.imports import (
    RELATED,
    SEPARATORS,
    PublishableResource,
    cell_text,
)
from portal.db.search_indexes import in_every_language
from projects.models import Organisation, PartnerRole, Partnership, Project

# The order partners are listed in, as on a project's page: the lead partner first.
ROLE_ORDER = {role: position for position, role in enumerate(PartnerRole.values)}


class OrganisationResource(WithContactsResource):
    class Meta(PublishableResource.Meta):
        model = Organisation
        name = _("Organisations")
        fields = [
            "slug",
            *in_every_language("name"),
            "kind",
            "city",
            "website",
            *in_every_language("description"),
            "contacts",
            "status",
        ]

    def export(self, queryset=None, **kwargs):
        queryset = self.get_queryset() if queryset is None else queryset
        return super().export(
            queryset.select_related("city").prefetch_related("contact_listings__contact"), **kwargs
        )


class PartnershipsWidget(widgets.ManyToManyWidget):
    """A project's partners with their roles: "opole-city:lead; olomouc-region:partner".

    A partner written without a role is a partner ("partner").
    """

    def __init__(self):
        super().__init__(Organisation, separator=";", field="slug")

    def clean(self, value, row=None, **kwargs):
        pairs = []
        for entry in SEPARATORS.split(cell_text(value)):
            slug, _colon, role = (part.strip() for part in entry.partition(":"))
            if slug:
                pairs.append((slug, role.lower() or PartnerRole.PARTNER))
        problems = []
        for _slug, role in pairs:
            if role not in PartnerRole.values:
                problems.append(
                    gettext("“%(role)s” is not a partner's role. Use one of: %(roles)s.")
                    % {"role": role, "roles": ", ".join(PartnerRole.values)}
                )
        slugs = [slug for slug, _role in pairs]
        repeated = sorted({slug for slug in slugs if slugs.count(slug) > 1})
        if repeated:
            problems.append(
                gettext("“%(slugs)s” is listed more than once.") % {"slugs": ", ".join(repeated)}
            )
        if [role for _slug, role in pairs].count(PartnerRole.LEAD) > 1:
            problems.append(gettext("A project has at most one lead partner."))
        organisations = Organisation.objects.in_bulk(slugs, field_name="slug")
        _field, missing = RELATED["projects.organisation"]
        problems += [missing % {"value": slug} for slug in slugs if slug not in organisations]
        if problems:
            raise ValueError(" ".join(problems))
        return [(organisations[slug], role) for slug, role in pairs]

    def render(self, value, obj=None, **kwargs):
        if value is None or not value.instance.pk:
            return ""
        return "; ".join(
            f"{partnership.organisation.slug}:{partnership.role}" for partnership in value.all()
        )

    def render_cleaned(self, pairs):
        ordered = sorted(pairs, key=lambda pair: (ROLE_ORDER[pair[1]], pair[0].slug))
        return "; ".join(f"{organisation.slug}:{role}" for organisation, role in ordered)


class PartnershipsField(fields.Field):
    """The partnerships of a project: saved by `ProjectResource.save_m2m()`, after the project."""

    def save(self, instance, row, is_m2m=False, **kwargs):
        pass


def partnerships_sync(*, project: Project, roles: list, reason: str) -> None:
    """Make `roles` ((organisation, role) pairs) the project's partnerships, row by row so
    that each keeps its history; the lead partner is set last, after any former lead stepped
    down (a project has at most one)."""
    wanted = {organisation.pk: role for organisation, role in roles}
    for partnership in project.partnerships.exclude(organisation__in=list(wanted)):
        partnership._change_reason = reason
        partnership.delete()
    existing = {p.organisation_id: p for p in project.partnerships.all()}
    changes = []
    for organisation_pk, role in wanted.items():
        partnership = existing.get(organisation_pk) or Partnership(
            project=project, organisation_id=organisation_pk
        )
        if partnership.pk is None or partnership.role != role:
            partnership.role = role
            changes.append(partnership)
    for partnership in sorted(changes, key=lambda p: p.role == PartnerRole.LEAD):
        partnership._change_reason = reason
        partnership.save()


class ProjectResource(WithContactsResource):
    partnerships = PartnershipsField(
        attribute="partnerships", column_name="partners", widget=PartnershipsWidget()
    )

    constraint_messages = {
        "projects_project_dates_ordered": _("The end date is before the start date."),
        "projects_project_budget_not_negative": _("The total budget cannot be negative."),
        "projects_project_cofinancing_not_negative": _("The EU co-financing cannot be negative."),
        "projects_project_cofinancing_within_budget": _(
            "The EU co-financing needs a total budget and cannot exceed it."
        ),
    }

    class Meta(PublishableResource.Meta):
        model = Project
        name = _("Projects")
        fields = [
            "slug",
            *in_every_language("title"),
            "acronym",
            "registration_number",
            "programme",
            "start_date",
            "end_date",
            "total_budget",
            "eu_cofinancing",
            *in_every_language("summary", "description", "objectives"),
            "website",
            "themes",
            "cities",
            "partnerships",
            "contacts",
            "status",
        ]

    def export(self, queryset=None, **kwargs):
        queryset = self.get_queryset() if queryset is None else queryset
        return super().export(
            queryset.select_related("programme").prefetch_related(
                "themes", "cities", "partnerships__organisation", "contact_listings__contact"
            ),
            **kwargs,
        )

    def save_m2m(self, instance, row, **kwargs):
        super().save_m2m(instance, row, **kwargs)
        if "partners" in row:
            partnerships_sync(
                project=instance,
                roles=self.fields["partnerships"].clean(row),
                reason=self.change_reason(kwargs.get("file_name")),
            )
