"""Load the demo content: the Opole-Olomouc cooperation and other programmes, in pl, cs and en."""

from django.core.management.base import BaseCommand
from django.utils import translation

from portal.demo.loader import DemoLoader


class Command(BaseCommand):
    help = (
        "Load the demo content (places, programmes, partners, projects, good practices, events) "
        "in Polish, Czech and English. Safe to run again: it changes only what differs."
    )

    def handle(self, *args, **options):
        counts = DemoLoader(report=self.stdout.write).load()
        outcomes_by_model = {}
        for (model, outcome), number in counts.items():
            outcomes_by_model.setdefault(model, {})[outcome] = number
        with translation.override("en"):
            for model, outcomes in sorted(
                outcomes_by_model.items(), key=lambda item: str(item[0]._meta.verbose_name_plural)
            ):
                summary = ", ".join(f"{n} {outcome}" for outcome, n in sorted(outcomes.items()))
                self.stdout.write(f"  {model._meta.verbose_name_plural}: {summary}")
        if any(outcome != "unchanged" for _, outcome in counts):
            self.stdout.write(self.style.SUCCESS("Demo content loaded."))
        else:
            self.stdout.write(self.style.SUCCESS("Demo content was already up to date."))
