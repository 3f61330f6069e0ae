import django_filters
from django.utils.translation import gettext_lazy as _

from portal.models import City
from portal.transfers.models import Transfer, TransferStage
from practices.models import GoodPractice


def published_practices(request):
    return GoodPractice.objects.published()


def cities(request):
    return City.objects.all()


class TransferFilter(django_filters.FilterSet):
    """By slug, strictly: an unknown practice or city is refused, not taken for no filter."""

    source = django_filters.ModelChoiceFilter(
        label=_("Good practice taken up (slug)"),
        to_field_name="slug",
        queryset=published_practices,
    )
    city = django_filters.ModelChoiceFilter(
        label=_("Adopting city (slug)"), to_field_name="slug", queryset=cities
    )
    stage = django_filters.ChoiceFilter(label=_("Stage"), choices=TransferStage.choices)

    class Meta:
        model = Transfer
        fields = []
