"""How the API shows each kind of content: texts in all three languages at once, related rows by
slug and name, published ones only (the views prefetch them so; see portal/opendata/api.py)."""

from django.conf import settings
from django.utils import timezone, translation
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from events.models import Event
from portal.db.rich_text import rich_text_html
from portal.db.web_addresses import web_address
from portal.models import City, Country, Theme
from portal.transfers.models import Transfer
from practices.models import GoodPractice
from projects.models import Organisation, Partnership, Programme, Project

LANGUAGES = [code for code, _name in settings.LANGUAGES]


class TranslatedTextSerializer(serializers.Serializer):
    """A text in each language; null where it has not been written in that language."""

    pl = serializers.CharField(allow_null=True)
    cs = serializers.CharField(allow_null=True)
    en = serializers.CharField(allow_null=True)


@extend_schema_field(TranslatedTextSerializer)
class TranslatedField(serializers.Field):
    """A translated field as {"pl": ..., "cs": ..., "en": ...}, without fallbacks: a language
    with no text of its own is null. `rich=True` gives a rich text's sanitised HTML."""

    def __init__(self, rich=False, **kwargs):
        self.rich = rich
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, obj):
        texts = {code: getattr(obj, f"{self.field_name}_{code}") or None for code in LANGUAGES}
        if self.rich:
            return {code: rich_text_html(text) for code, text in texts.items()}
        return texts


@extend_schema_field(TranslatedTextSerializer)
class TranslatedLabelField(serializers.Field):
    """A choice's label (a TextChoices' lazy label) in each language."""

    def __init__(self, choices, **kwargs):
        self.labels = dict(choices)
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, value):
        label = self.labels.get(value, value)
        labels = {}
        for code in LANGUAGES:
            with translation.override(code):
                labels[code] = str(label)
        return labels


@extend_schema_field({"type": "string", "format": "uri", "nullable": True})
class WebAddressField(serializers.Field):
    """An address of another site as a valid URI (percent-encoded), or null when there is none
    or it is not http, https or mailto (see portal/db/web_addresses.py)."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, value):
        return web_address(value)


class ChoiceSerializer(serializers.Serializer):
    """A value of a fixed list: its code, and its label in each language."""

    code = serializers.CharField()
    label = TranslatedTextSerializer()


def choice_field(model, field):
    """A choice field of `model` as {"code": ..., "label": {language: ...}}."""
    choices = model._meta.get_field(field).choices

    @extend_schema_field(ChoiceSerializer)
    class Choice(serializers.Field):
        def __init__(self, **kwargs):
            super().__init__(read_only=True, **kwargs)
            self.label_field = TranslatedLabelField(choices)

        def to_representation(self, value):
            return {"code": value, "label": self.label_field.to_representation(value)}

    return Choice()


class CountrySerializer(serializers.ModelSerializer):
    code = serializers.SerializerMethodField()
    name = TranslatedField()

    class Meta:
        model = Country
        fields = ["code", "name"]

    def get_code(self, country) -> str:
        """The lower-case ISO 3166 code, as the filters take it (?country=cz)."""
        return country.code.lower()


class CityReferenceSerializer(serializers.ModelSerializer):
    name = TranslatedField()
    country = CountrySerializer()

    class Meta:
        model = City
        fields = ["slug", "name", "country"]


class ThemeReferenceSerializer(serializers.ModelSerializer):
    name = TranslatedField()

    class Meta:
        model = Theme
        fields = ["slug", "name"]


class ProgrammeReferenceSerializer(serializers.ModelSerializer):
    name = TranslatedField()
    short_name = TranslatedField()

    class Meta:
        model = Programme
        fields = ["slug", "short_name", "name"]


class ProjectReferenceSerializer(serializers.ModelSerializer):
    title = TranslatedField()

    class Meta:
        model = Project
        fields = ["slug", "acronym", "title"]


class OrganisationReferenceSerializer(serializers.ModelSerializer):
    name = TranslatedField()

    class Meta:
        model = Organisation
        fields = ["slug", "name"]


class PracticeReferenceSerializer(serializers.ModelSerializer):
    title = TranslatedField()

    class Meta:
        model = GoodPractice
        fields = ["slug", "title"]


class EventReferenceSerializer(serializers.ModelSerializer):
    title = TranslatedField()
    kind = choice_field(Event, "kind")

    class Meta:
        model = Event
        fields = ["slug", "kind", "title", "start_date", "end_date"]


def transfer_url():
    """The absolute address of the transfer in the API."""
    return serializers.HyperlinkedIdentityField(view_name="api:transfer-detail")


class TransferOutSerializer(serializers.ModelSerializer):
    """A practice's transfer elsewhere, as its practice shows it."""

    url = transfer_url()
    city = CityReferenceSerializer()
    stage = choice_field(Transfer, "stage")

    class Meta:
        model = Transfer
        fields = ["id", "url", "city", "stage"]


class TransferInSerializer(serializers.ModelSerializer):
    """The transfer through which a practice was adapted from another, as it shows it."""

    url = transfer_url()
    source = PracticeReferenceSerializer()
    stage = choice_field(Transfer, "stage")

    class Meta:
        model = Transfer
        fields = ["id", "url", "source", "stage"]


class PublishedOrNullField(serializers.Field):
    """A related row (a programme, a project) by reference, or null when it is not published."""

    def __init__(self, serializer, **kwargs):
        self.serializer = serializer
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, related):
        if not related.is_published:
            return None
        return self.serializer(related, context=self.context).data


def published_or_null(serializer, **kwargs):
    """A reference to a related row shown only if it is published: nullable in the schema."""

    @extend_schema_field(serializer(allow_null=True))
    class PublishedOrNull(PublishedOrNullField):
        pass

    return PublishedOrNull(serializer, **kwargs)


def detail_url(basename):
    """The absolute address of the row in the API."""
    return serializers.HyperlinkedIdentityField(
        view_name=f"api:{basename}-detail", lookup_field="slug"
    )


class PracticeSerializer(serializers.ModelSerializer):
    url = detail_url("practice")
    title = TranslatedField()
    summary = TranslatedField()
    city = CityReferenceSerializer()
    themes = ThemeReferenceSerializer(many=True)
    projects = ProjectReferenceSerializer(many=True)
    organisations = OrganisationReferenceSerializer(many=True)
    transfers = TransferOutSerializer(
        many=True, source="transfers_out", help_text="Where the practice was taken up."
    )
    adapted_from = TransferInSerializer(
        many=True, source="transfers_in", help_text="The practices it was adapted from."
    )
    last_reviewed = serializers.SerializerMethodField(
        help_text="The day an editor last published the practice or its partner confirmed it is "
        "current (the portal's time zone); null if never."
    )
    stale = serializers.BooleanField(
        source="is_stale",
        read_only=True,
        help_text="Whether nobody has reviewed or confirmed it for PRACTICE_STALE_DAYS (two "
        "years by default).",
    )

    class Meta:
        model = GoodPractice
        fields = [
            "slug",
            "url",
            "title",
            "summary",
            "city",
            "year_start",
            "year_end",
            "themes",
            "projects",
            "organisations",
            "transfers",
            "adapted_from",
            "published_at",
            "updated_at",
            "last_reviewed",
            "stale",
        ]

    @extend_schema_field(serializers.DateField(allow_null=True))
    def get_last_reviewed(self, practice):
        if practice.reviewed_at is None:
            return None
        return timezone.localtime(practice.reviewed_at).date()


class PracticeLinkSerializer(serializers.Serializer):
    title = TranslatedField()
    url = WebAddressField()


class PracticeDetailSerializer(PracticeSerializer):
    problem = TranslatedField(rich=True)
    solution = TranslatedField(rich=True)
    results = TranslatedField(rich=True)
    resources = TranslatedField(rich=True)
    transferability = TranslatedField(rich=True)
    links = PracticeLinkSerializer(many=True)

    class Meta(PracticeSerializer.Meta):
        fields = [
            *PracticeSerializer.Meta.fields,
            "problem",
            "solution",
            "results",
            "resources",
            "transferability",
            "links",
        ]


class PartnershipSerializer(serializers.Serializer):
    organisation = OrganisationReferenceSerializer()
    role = choice_field(Partnership, "role")


class ProjectSerializer(serializers.ModelSerializer):
    url = detail_url("project")
    title = TranslatedField()
    summary = TranslatedField()
    programme = published_or_null(ProgrammeReferenceSerializer)
    themes = ThemeReferenceSerializer(many=True)
    cities = CityReferenceSerializer(many=True)
    partners = PartnershipSerializer(many=True, source="partnerships")
    website = WebAddressField()

    class Meta:
        model = Project
        fields = [
            "slug",
            "url",
            "acronym",
            "title",
            "summary",
            "programme",
            "registration_number",
            "start_date",
            "end_date",
            "total_budget",
            "eu_cofinancing",
            "website",
            "themes",
            "cities",
            "partners",
            "published_at",
            "updated_at",
        ]


class ProjectDetailSerializer(ProjectSerializer):
    description = TranslatedField(rich=True)
    objectives = TranslatedField(rich=True)

    class Meta(ProjectSerializer.Meta):
        fields = [*ProjectSerializer.Meta.fields, "description", "objectives"]


class OrganisationSerializer(serializers.ModelSerializer):
    url = detail_url("organisation")
    name = TranslatedField()
    kind = choice_field(Organisation, "kind")
    city = CityReferenceSerializer()
    website = WebAddressField()

    class Meta:
        model = Organisation
        fields = ["slug", "url", "name", "kind", "city", "website", "published_at", "updated_at"]


class OrganisationDetailSerializer(OrganisationSerializer):
    description = TranslatedField(rich=True)

    class Meta(OrganisationSerializer.Meta):
        fields = [*OrganisationSerializer.Meta.fields, "description"]


class EventSerializer(serializers.ModelSerializer):
    url = detail_url("event")
    kind = choice_field(Event, "kind")
    title = TranslatedField()
    summary = TranslatedField()
    venue = TranslatedField()
    city = CityReferenceSerializer()
    visitors_from = CountrySerializer(allow_null=True)
    project = published_or_null(ProjectReferenceSerializer)
    organisations = OrganisationReferenceSerializer(many=True)
    practices = PracticeReferenceSerializer(many=True)

    class Meta:
        model = Event
        fields = [
            "slug",
            "url",
            "kind",
            "title",
            "summary",
            "start_date",
            "end_date",
            "city",
            "venue",
            "visitors_from",
            "participants",
            "project",
            "organisations",
            "practices",
            "published_at",
            "updated_at",
        ]


class EventDetailSerializer(EventSerializer):
    agenda = TranslatedField(rich=True)
    report = TranslatedField(rich=True)

    class Meta(EventSerializer.Meta):
        fields = [*EventSerializer.Meta.fields, "agenda", "report"]


class ProgrammeSerializer(serializers.ModelSerializer):
    url = detail_url("programme")
    name = TranslatedField()
    short_name = TranslatedField()
    fund = choice_field(Programme, "fund")
    website = WebAddressField()

    class Meta:
        model = Programme
        fields = [
            "slug",
            "url",
            "short_name",
            "name",
            "period_start",
            "period_end",
            "fund",
            "website",
            "published_at",
            "updated_at",
        ]


class ProgrammeDetailSerializer(ProgrammeSerializer):
    description = TranslatedField(rich=True)

    class Meta(ProgrammeSerializer.Meta):
        fields = [*ProgrammeSerializer.Meta.fields, "description"]


class CitySerializer(serializers.ModelSerializer):
    url = detail_url("city")
    name = TranslatedField()
    region = TranslatedField()
    agglomeration = TranslatedField()
    country = CountrySerializer()

    class Meta:
        model = City
        fields = [
            "slug",
            "url",
            "name",
            "country",
            "region",
            "agglomeration",
            "latitude",
            "longitude",
        ]


class ThemeSerializer(serializers.ModelSerializer):
    url = detail_url("theme")
    name = TranslatedField()

    class Meta:
        model = Theme
        fields = ["slug", "url", "name"]


class ThemeDetailSerializer(ThemeSerializer):
    description = TranslatedField(rich=True)

    class Meta(ThemeSerializer.Meta):
        fields = [*ThemeSerializer.Meta.fields, "description"]


class TransferSerializer(serializers.ModelSerializer):
    url = transfer_url()
    source = PracticeReferenceSerializer()
    city = CityReferenceSerializer()
    organisation = published_or_null(OrganisationReferenceSerializer)
    adopted_practice = published_or_null(PracticeReferenceSerializer)
    stage = choice_field(Transfer, "stage")
    events = EventReferenceSerializer(many=True)
    note = TranslatedField()

    class Meta:
        model = Transfer
        fields = [
            "id",
            "url",
            "source",
            "city",
            "organisation",
            "adopted_practice",
            "stage",
            "learning_since",
            "adapting_since",
            "implemented_since",
            "events",
            "note",
            "published_at",
            "updated_at",
        ]
