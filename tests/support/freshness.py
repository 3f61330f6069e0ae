"""Practices as old as the freshness rules need them: reviewed a given number of days ago."""

import datetime

from django.utils import timezone

from practices.models import GoodPractice
from tests.support.factories import GoodPracticeFactory


def reviewed_days_ago(days, *organisations, **fields):
    """A practice (published unless told) of `organisations`, last reviewed `days` ago."""
    practice = GoodPracticeFactory(**fields)
    practice.organisations.add(*organisations)
    GoodPractice.objects.filter(pk=practice.pk).update(
        reviewed_at=timezone.now() - datetime.timedelta(days=days)
    )
    practice.refresh_from_db()
    return practice
