"""factory_boy factories for every model, filled in all three languages."""

import datetime
import io
from decimal import Decimal

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from events.models import Application, Event, EventContact, EventImage, EventKind
from portal.contacts.models import ContactPerson
from portal.models import City, Country, PublicationStatus, Theme
from portal.staff.permissions import EDITORS_GROUP
from portal.transfers.models import Transfer, TransferStage
from practices.models import (
    GoodPractice,
    PracticeContact,
    PracticeDocument,
    PracticeImage,
    PracticeLink,
)
from projects.models import (
    Organisation,
    OrganisationContact,
    OrganisationKind,
    Partnership,
    Programme,
    Project,
    ProjectContact,
)
from tests.support.files import minimal_pdf


def png_file(name="picture.png", size=(40, 30)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (20, 120, 200)).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


class TranslatedFactory(factory.django.DjangoModelFactory):
    """Fills `<field>_pl/_cs/_en` of the fields named in `_translated` from one value each."""

    _translated = ()

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        for field in cls._translated:
            base = kwargs.pop(field, None)
            for language in ("pl", "cs", "en"):
                key = f"{field}_{language}"
                if key not in kwargs:
                    kwargs[key] = f"{base} [{language}]" if base is not None else None
        return kwargs


class CountryFactory(TranslatedFactory):
    class Meta:
        model = Country
        django_get_or_create = ["code"]

    _translated = ("name",)
    code = "PL"
    name = factory.LazyAttribute(lambda o: {"PL": "Polska", "CZ": "Česko"}.get(o.code, o.code))
    time_zone = factory.LazyAttribute(
        lambda o: {"CZ": "Europe/Prague"}.get(o.code, "Europe/Warsaw")
    )


class CityFactory(TranslatedFactory):
    class Meta:
        model = City

    _translated = ("name",)
    name = factory.Sequence(lambda n: f"City {n}")
    slug = factory.Sequence(lambda n: f"city-{n}")
    country = factory.SubFactory(CountryFactory)
    latitude = Decimal("50.671000")
    longitude = Decimal("17.926000")


class ThemeFactory(TranslatedFactory):
    class Meta:
        model = Theme

    _translated = ("name",)
    name = factory.Sequence(lambda n: f"Theme {n}")
    slug = factory.Sequence(lambda n: f"theme-{n}")


class ProgrammeFactory(TranslatedFactory):
    class Meta:
        model = Programme

    _translated = ("name", "short_name")
    name = factory.Sequence(lambda n: f"Programme {n}")
    short_name = factory.Sequence(lambda n: f"P{n}")
    slug = factory.Sequence(lambda n: f"programme-{n}")
    period_start = 2014
    period_end = 2020
    status = PublicationStatus.PUBLISHED


class OrganisationFactory(TranslatedFactory):
    class Meta:
        model = Organisation

    _translated = ("name",)
    name = factory.Sequence(lambda n: f"Organisation {n}")
    slug = factory.Sequence(lambda n: f"organisation-{n}")
    kind = OrganisationKind.MUNICIPALITY
    city = factory.SubFactory(CityFactory)
    status = PublicationStatus.PUBLISHED


class ProjectFactory(TranslatedFactory):
    class Meta:
        model = Project

    _translated = ("title", "summary")
    title = factory.Sequence(lambda n: f"Project {n}")
    summary = "What the project does."
    slug = factory.Sequence(lambda n: f"project-{n}")
    programme = factory.SubFactory(ProgrammeFactory)
    start_date = datetime.date(2018, 2, 1)
    end_date = datetime.date(2020, 12, 31)
    status = PublicationStatus.PUBLISHED


class PartnershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partnership

    project = factory.SubFactory(ProjectFactory)
    organisation = factory.SubFactory(OrganisationFactory)


class GoodPracticeFactory(TranslatedFactory):
    class Meta:
        model = GoodPractice

    _translated = ("title", "summary", "problem", "solution", "results")
    title = factory.Sequence(lambda n: f"Practice {n}")
    summary = "A short summary."
    problem = "The problem."
    solution = "The solution."
    results = "The results."
    slug = factory.Sequence(lambda n: f"practice-{n}")
    city = factory.SubFactory(CityFactory)
    year_start = 2019
    status = PublicationStatus.PUBLISHED


class PracticeImageFactory(TranslatedFactory):
    class Meta:
        model = PracticeImage

    _translated = ("alt_text", "caption")
    practice = factory.SubFactory(GoodPracticeFactory)
    image = factory.LazyFunction(png_file)
    alt_text = "A blue rectangle"
    caption = "Caption"


class PracticeDocumentFactory(TranslatedFactory):
    class Meta:
        model = PracticeDocument

    _translated = ("title",)
    practice = factory.SubFactory(GoodPracticeFactory)
    title = "Report"
    file = factory.LazyFunction(
        lambda: SimpleUploadedFile("report.pdf", minimal_pdf(), "application/pdf")
    )


class PracticeLinkFactory(TranslatedFactory):
    class Meta:
        model = PracticeLink

    _translated = ("title",)
    practice = factory.SubFactory(GoodPracticeFactory)
    title = "Website"
    url = "https://example.org/"


class EventFactory(TranslatedFactory):
    class Meta:
        model = Event

    _translated = ("title", "summary")
    kind = EventKind.STUDY_VISIT
    title = factory.Sequence(lambda n: f"Event {n}")
    summary = "What happened."
    slug = factory.Sequence(lambda n: f"event-{n}")
    start_date = datetime.date(2018, 6, 27)
    end_date = datetime.date(2018, 6, 29)
    city = factory.SubFactory(CityFactory)
    status = PublicationStatus.PUBLISHED


class TransferFactory(TranslatedFactory):
    class Meta:
        model = Transfer

    _translated = ("note",)
    source = factory.SubFactory(GoodPracticeFactory)
    city = factory.SubFactory(CityFactory)
    stage = TransferStage.LEARNING
    learning_since = datetime.date(2018, 10, 3)
    note = "How it travelled."
    status = PublicationStatus.PUBLISHED


class EventImageFactory(TranslatedFactory):
    class Meta:
        model = EventImage

    _translated = ("alt_text", "caption")
    event = factory.SubFactory(EventFactory)
    image = factory.LazyFunction(png_file)
    alt_text = "A blue rectangle"
    caption = "Caption"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password("a-long-test-password")


class EditorFactory(UserFactory):
    class Meta:
        skip_postgeneration_save = True

    is_staff = True

    @factory.post_generation
    def editors_group(self, create, extracted, **kwargs):
        if create:
            self.groups.add(Group.objects.get(name=EDITORS_GROUP))


class PageFactory(TranslatedFactory):
    class Meta:
        model = "portal.Page"

    _translated = ("title", "body")
    title = factory.Sequence(lambda n: f"Page {n}")
    body = "A paragraph.\n\nAnother paragraph."
    slug = factory.Sequence(lambda n: f"page-{n}")
    status = PublicationStatus.PUBLISHED


class NewsItemFactory(TranslatedFactory):
    class Meta:
        model = "portal.NewsItem"

    _translated = ("title", "summary", "body")
    title = factory.Sequence(lambda n: f"News {n}")
    summary = "What happened."
    body = "The whole story."
    slug = factory.Sequence(lambda n: f"news-{n}")
    date = datetime.date(2018, 2, 1)
    status = PublicationStatus.PUBLISHED


class ContactPersonFactory(TranslatedFactory):
    class Meta:
        model = ContactPerson

    _translated = ("role",)
    name = factory.Sequence(lambda n: f"Contact Person {n}")
    role = "Coordinator"
    email = factory.Sequence(lambda n: f"contact.{n}@example.org")
    languages = factory.LazyFunction(lambda: ["pl", "en"])


class PracticeContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PracticeContact

    practice = factory.SubFactory(GoodPracticeFactory)
    contact = factory.SubFactory(ContactPersonFactory)


class OrganisationContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OrganisationContact

    organisation = factory.SubFactory(OrganisationFactory)
    contact = factory.SubFactory(ContactPersonFactory)


class ProjectContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProjectContact

    project = factory.SubFactory(ProjectFactory)
    contact = factory.SubFactory(ContactPersonFactory)


class EventContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EventContact

    event = factory.SubFactory(EventFactory)
    contact = factory.SubFactory(ContactPersonFactory)


def open_event(**fields):
    """A published study visit in Olomouc, a month away, taking applications for 2 places until
    a week before it begins."""
    start = timezone.localdate() + datetime.timedelta(days=30)
    defaults = {
        "city": CityFactory(
            name_pl="Ołomuniec",
            name_cs="Olomouc",
            name_en="Olomouc",
            country=CountryFactory(code="CZ"),
        ),
        "start_date": start,
        "end_date": start + datetime.timedelta(days=2),
        "start_time": datetime.time(9, 0),
        "end_time": datetime.time(16, 0),
        "takes_applications": True,
        "places": 2,
        "application_deadline": timezone.now() + datetime.timedelta(days=23),
        "languages": ["cs", "pl"],
        "who_may_apply_pl": "Pracownicy gmin aglomeracji",
        "who_may_apply_cs": "Zaměstnanci obcí aglomerace",
        "who_may_apply_en": "Staff of the agglomeration's municipalities",
    }
    return EventFactory(**{**defaults, **fields})


class ApplicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Application

    event = factory.SubFactory(EventFactory)
    name = factory.Sequence(lambda n: f"Applicant {n}")
    email = factory.Sequence(lambda n: f"applicant.{n}@example.net")
    organisation = "Gmina Gogolin"
    motivation = "We plan a transfer hub of our own."
    language = "pl"
    state = "confirmed"
