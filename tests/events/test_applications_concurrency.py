"""Two visitors apply for the last place at the same moment, each in a transaction of its own
against the real database: one gets the place, the other waits."""

import threading

from django.db import connection, connections
from django_tasks_db.models import DBTaskResult

from events.applications import application_receive, applications_erase
from events.models import Application, ApplicationState, Event
from portal.mail.models import OutgoingMessage
from portal.models import City, Country
from tests.support.factories import open_event

SITE = "https://portal.example.org/"


def applied_at_once(event, emails):
    """Apply for `event` from each of `emails` at the same moment, each from a thread on a
    connection of its own; the errors raised."""
    start = threading.Barrier(len(emails))
    errors = []

    def apply(email):
        try:
            start.wait(timeout=10)
            application_receive(
                application=Application(
                    event_id=event.pk,
                    name=email,
                    email=email,
                    organisation="Gmina Opole",
                    motivation="Chcemy się uczyć od sąsiadów.",
                    language="pl",
                ),
                site_url=SITE,
            )
        except Exception as error:  # the test reports it
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=apply, args=(email,)) for email in emails]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return errors


def test_two_applications_for_the_last_place_get_one_place_and_one_waiting_list_entry(
    db_without_transaction, django_db_blocker
):
    """Committed rows, as from two processes: no test transaction and no flush (which would
    empty the tables that migrations fill); what the test made is removed afterwards."""
    with django_db_blocker.unblock():
        countries = set(Country.objects.values_list("pk", flat=True))
        event = open_event(places=1, slug="concurrent-study-visit")
        try:
            errors = applied_at_once(event, ["first@example.net", "second@example.net"])
            states = sorted(event.applications.values_list("state", flat=True))
        finally:
            pks = list(event.applications.values_list("pk", flat=True))
            tasks = list(
                OutgoingMessage.objects.filter(applications__in=pks).values_list(
                    "task_id", flat=True
                )
            )
            applications_erase(pks=pks)
            DBTaskResult.objects.filter(pk__in=[task for task in tasks if task]).delete()
            Event.history.filter(id=event.pk).delete()
            Event.objects.filter(pk=event.pk).delete()
            City.history.filter(id=event.city_id).delete()
            City.objects.filter(pk=event.city_id).delete()
            Country.history.exclude(id__in=countries).delete()
            Country.objects.exclude(pk__in=countries).delete()
            connection.close()

    assert errors == []
    assert states == [ApplicationState.CONFIRMED, ApplicationState.WAITING]
