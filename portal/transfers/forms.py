from django import forms
from django.utils.translation import gettext_lazy as _

from events.models import TRAVELLING_KINDS, Event
from portal.contributions.access import partner_organisations
from portal.contributions.entry_forms import TranslatedForm, city_field, per_language
from portal.transfers.models import Transfer
from practices.models import GoodPractice

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class TransferProposalForm(TranslatedForm):
    """A partner's record that a practice was taken up: of their organisation's practices, or
    taken up by their organisation."""

    city = city_field(Transfer._meta.get_field("city").verbose_name)

    class Meta:
        model = Transfer
        fields = [
            "source",
            "city",
            "organisation",
            "adopted_practice",
            "stage",
            "learning_since",
            "adapting_since",
            "implemented_since",
            "events",
            *per_language("note"),
        ]
        widgets = {
            "learning_since": DATE,
            "adapting_since": DATE,
            "implemented_since": DATE,
            "events": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, partner, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisations = partner_organisations(partner)
        practices = GoodPractice.objects.published().originals().order_by("title", "pk")
        self.fields["source"].queryset = practices
        self.fields["adopted_practice"].queryset = practices
        self.fields["organisation"].queryset = self.organisations
        self.fields["events"].queryset = (
            Event.objects.published()
            .originals()
            .filter(kind__in=TRAVELLING_KINDS)
            .order_by("-start_date", "pk")
        )

    def clean(self):
        cleaned_data = super().clean()
        source = cleaned_data.get("source")
        organisation = cleaned_data.get("organisation")
        ours = set(self.organisations.values_list("pk", flat=True))
        if (
            source is not None
            and organisation is None
            and not (ours & {each.pk for each in source.organisations.all()})
        ):
            self.add_error(
                "source",
                _(
                    "Choose a practice of your organisation, or your organisation as the one "
                    "that took it up."
                ),
            )
        return cleaned_data
