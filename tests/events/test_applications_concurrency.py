"""Two visitors apply for the last place at the same moment, each in a transaction of its own
against the real database: one gets the place, the other waits."""

import threading

import pytest
from django.db import connection

from events.applications import application_receive
from events.models import Application, ApplicationState
from tests.support.factories import open_event

SITE = "https://portal.example.org/"


@pytest.mark.django_db(transaction=True)
def test_two_applications_for_the_last_place_get_one_place_and_one_waiting_list_entry():
    event = open_event(places=1)
    barrier = threading.Barrier(2)
    errors = []

    def apply(email):
        try:
            barrier.wait(timeout=10)
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
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [
        threading.Thread(target=apply, args=(email,))
        for email in ("first@example.net", "second@example.net")
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert errors == []
    assert sorted(Application.objects.values_list("state", flat=True)) == [
        ApplicationState.CONFIRMED,
        ApplicationState.WAITING,
    ]
