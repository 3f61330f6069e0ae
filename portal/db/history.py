"""Content history (django-simple-history), with a version written once for a whole change.

A model registered here keeps its versions as simple-history keeps them. What it adds: a change
that sets an item's fields and then several many-to-many links (a staff import's row) can save
them all without a version each (`skip_history_when_saving`, simple-history's own switch) and
then write the one version that holds them all (`history_version_write`).
"""

from contextvars import ContextVar

from simple_history import register
from simple_history.models import HistoricalRecords

# Each registered model's records, which write its versions.
RECORDS = {}

# The item whose version is being written.
written_from = ContextVar("written_from", default=None)


class PortalHistoricalRecords(HistoricalRecords):
    def finalize(self, sender, **kwargs):
        super().finalize(sender, **kwargs)
        if sender is self.cls:
            RECORDS[sender] = self

    def get_extra_fields(self, model, fields):
        extra = super().get_extra_fields(model, fields)
        rebuilt = extra["instance"].fget

        def instance(version):
            # While its version is being written, the item itself: simple-history reads it for
            # every many-to-many field, and rebuilding it reads the columns the history leaves
            # out (the search document) from the database each time.
            item = written_from.get()
            if type(item) is model and item.pk == getattr(version, model._meta.pk.attname):
                return item
            return rebuilt(version)

        extra["instance"] = property(instance)
        return extra

    def create_historical_record(self, instance, history_type, using=None):
        token = written_from.set(instance)
        try:
            super().create_historical_record(instance, history_type, using=using)
        finally:
            written_from.reset(token)


def register_history(model, **options):
    """Register `model`'s history (simple-history's `register()`, with the records above)."""
    register(model, records_class=PortalHistoricalRecords, **options)


def history_version_write(*, instance, created: bool) -> None:
    """Write the version of `instance` as it is now, its many-to-many links included."""
    RECORDS[type(instance)].create_historical_record(instance, "+" if created else "~")
