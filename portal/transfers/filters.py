import django_filters
from django.utils.translation import gettext_lazy as _

from portal.transfers.models import Transfer, TransferStage


class TransferFilter(django_filters.FilterSet):
    source = django_filters.CharFilter(
        label=_("Good practice taken up (slug)"), field_name="source__slug"
    )
    city = django_filters.CharFilter(label=_("Adopting city (slug)"), field_name="city__slug")
    stage = django_filters.ChoiceFilter(label=_("Stage"), choices=TransferStage.choices)

    class Meta:
        model = Transfer
        fields = []
