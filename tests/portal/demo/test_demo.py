import datetime

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db.models import CharField, TextField
from django.utils import timezone
from modeltranslation.translator import translator

from events.models import Event
from portal.demo.data import pages as demo_pages
from portal.demo.data import partner as partner_data
from portal.demo.data import projects as demo_projects
from portal.models import City, Country, PublicationStatus, Theme
from portal.transfers.models import Transfer
from practices.models import GoodPractice, PracticeImage
from projects.models import Organisation, PartnerRole, Partnership, Programme, Project

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

LANGUAGES = ["pl", "cs", "en"]

OPOLE_AGGLOMERATION = {
    "chrzastowice", "dabrowa", "dobrzen-wielki", "gogolin", "izbicko", "komprachcice",
    "krapkowice", "lewin-brzeski", "lubniany", "murow", "niemodlin", "opole", "ozimek",
    "popielow", "proszkow", "strzeleczki", "tarnow-opolski", "tulowice", "turawa", "walce",
    "zdzieszowice",
}  # fmt: skip
# Texts that may stay empty: a planned event has no report yet.
OPTIONAL_TEXTS = {
    (Event, "report"),
    (Event, "who_may_apply"),
    (City, "region"),
    (City, "agglomeration"),
}


@pytest.fixture(scope="module")
def demo_media(tmp_path_factory):
    return tmp_path_factory.mktemp("demo-media")


@pytest.fixture(autouse=True)
def media_root(settings, demo_media):
    """One media folder for the module, so the demo pictures are drawn once."""
    settings.MEDIA_ROOT = demo_media
    return demo_media


@pytest.fixture
def demo():
    call_command("load_demo", verbosity=0)


def snapshot():
    """Every row of every portal model and many-to-many table, as plain values."""
    return {
        model._meta.label: sorted(model.objects.values_list(), key=lambda row: row[0])
        for app in ("portal", "contacts", "projects", "practices", "events", "transfers")
        for model in apps.get_app_config(app).get_models(include_auto_created=True)
    }


def test_loading_the_demo_twice_changes_nothing(demo, capsys):
    before = snapshot()

    call_command("load_demo")

    assert snapshot() == before
    assert "Demo content was already up to date." in capsys.readouterr().out


def test_a_rerun_restores_what_was_edited(demo):
    practice = GoodPractice.objects.get(slug="gogolin-transfer-hub")
    practice.title_cs = "Přepsáno"
    practice.save()
    practice.themes.clear()

    call_command("load_demo", verbosity=0)

    practice.refresh_from_db()
    assert practice.title_cs != "Přepsáno"
    assert practice.themes.exists()


def test_demo_has_the_opole_olomouc_cooperation(demo):
    project = Project.objects.get(registration_number="CZ.11.4.120/0.0/0.0/16_026/0001080")
    lead = Partnership.objects.get(project=project, role=PartnerRole.LEAD)

    assert (project.start_date.isoformat(), project.end_date.isoformat()) == (
        "2018-02-01",
        "2020-12-31",
    )
    assert project.programme.slug == "interreg-cz-pl"
    assert lead.organisation.slug == "aglomeracja-opolska"
    assert {"statutarni-mesto-olomouc", "rra-stredni-morava"} <= set(
        project.partners.values_list("slug", flat=True)
    )
    assert (
        set(
            City.objects.filter(agglomeration_pl="Aglomeracja Opolska")
            .exclude(slug="kamien-slaski")
            .values_list("slug", flat=True)
        )
        == OPOLE_AGGLOMERATION
    )
    assert (
        set(
            Organisation.objects.filter(
                kind="municipality", city__slug__in=OPOLE_AGGLOMERATION
            ).values_list("city__slug", flat=True)
        )
        == OPOLE_AGGLOMERATION
    )


def test_demo_has_the_study_visits_and_internships_with_their_dates(demo):
    # Those taking applications are dated from the day of loading (below).
    held = Event.objects.filter(takes_applications=False)
    visits = held.filter(kind="study_visit", city__country__code__in=["PL", "CZ"])
    internships = held.filter(kind="internship")

    assert {
        "2017-12-11", "2018-06-27", "2018-10-01", "2019-06-05", "2019-09-25", "2021-06-28",
        "2021-10-06", "2022-04-25",
    } == {visit.start_date.isoformat() for visit in visits}  # fmt: skip
    assert {
        "2018-10-14", "2018-11-19", "2019-04-08", "2019-10-14", "2021-08-15", "2021-10-11",
    } == {internship.start_date.isoformat() for internship in internships}  # fmt: skip
    assert visits.get(start_date="2018-10-01").participants == 16
    assert visits.get(start_date="2019-09-25").participants == 24
    assert visits.get(start_date="2022-04-25").participants == 13
    assert visits.get(start_date="2018-10-01").visitors_from.code == "PL"
    assert visits.get(start_date="2018-06-27").visitors_from.code == "CZ"


def test_demo_study_visits_have_local_times_in_their_countrys_time_zone(demo, client):
    timed = Event.objects.filter(start_time__isnull=False).order_by("start_date")
    visit = timed.get(slug="study-visit-olomouc-2017-12")

    assert (visit.start_time.isoformat(), visit.end_time.isoformat()) == ("09:00:00", "16:00:00")
    # Nine past events, and the two upcoming ones taking applications (one an internship).
    assert timed.count() == 11
    assert list(
        Event.objects.filter(kind="internship", start_time__isnull=False).values_list(
            "slug", flat=True
        )
    ) == ["internship-opole-transfer-hubs-upcoming"]
    ics = client.get(f"/en/events/{visit.slug}/calendar.ics").content.decode()
    assert "DTSTART;TZID=Europe/Prague:20171211T090000" in ics
    assert "DTEND;TZID=Europe/Prague:20171213T160000" in ics


def test_demo_has_two_upcoming_events_taking_applications_one_of_each_allocation(demo):
    today = timezone.localdate()
    taking = Event.objects.filter(takes_applications=True).order_by("start_date")

    assert [
        (
            event.kind,
            (event.start_date - today).days,
            event.places,
            event.allocation,
            event.languages,
            event.applications_open(),
            event.application_deadline.astimezone(event.time_zone).time(),
            (event.start_date - event.application_deadline.astimezone(event.time_zone).date()).days,
        )
        for event in taking.select_related("city__country")
    ] == [
        ("study_visit", 45, 16, "organiser", ["pl", "cs"], True, datetime.time(23, 59), 14),
        ("internship", 60, 2, "arrival", ["pl", "en"], True, datetime.time(23, 59), 21),
    ]
    assert all(event.who_may_apply_cs and event.start_time for event in taking)
    # The demo partner's organisation organises the study visit it decides on.
    visit = taking.get(kind="study_visit")
    assert list(visit.organisations.order_by("slug").values_list("slug", flat=True)) == [
        "aglomeracja-opolska",
        partner_data.ORGANISATION,
    ]
    assert [
        [listing.contact.name for listing in event.contact_listings.all()] for event in taking
    ] == [["Lenka Horáčková"], ["Tomasz Brzozowski"]]


def test_demo_has_the_good_practices_named_in_the_domain_notes(demo):
    slugs = set(GoodPractice.objects.values_list("slug", flat=True))

    assert {
        "slunakov-passive-eco-centre", "semafor-traffic-education-centre",
        "opole-olomouc-zoo-cooperation", "opole-science-technology-park", "gogolin-transfer-hub",
        "olomouc-integrated-rescue-system", "mohelnice-green-roof-terminal",
        "prerov-sustainable-mobility-plan",
    } <= slugs  # fmt: skip


def test_demo_covers_other_programmes_for_breadth(demo):
    assert {"urbact-ii", "iurc", "interreg-cz-pl", "cz-pl-microprojects"} <= set(
        Programme.objects.values_list("slug", flat=True)
    )
    assert Project.objects.filter(programme__slug="urbact-ii").count() == 9
    assert Project.objects.filter(partners__slug="omggs").exists()


def test_demo_keeps_some_drafts_out_of_public_view(demo):
    assert GoodPractice.objects.get(slug="turawa-lakes-recreation").status == "draft"
    assert GoodPractice.objects.published().filter(slug="turawa-lakes-recreation").count() == 0


def test_demo_has_generated_pictures_with_alternative_text(demo):
    practices = GoodPractice.objects.all()

    assert all(practice.cover_image and practice.cover_image_alt_en for practice in practices)
    assert PracticeImage.objects.count() >= len(practices)
    with practices[0].cover_image.open() as picture:
        assert picture.read(3) == b"\xff\xd8\xff"  # a JPEG


def translated_text_fields(model):
    options = translator.get_options_for_model(model)
    return [
        name
        for name in options.fields
        if isinstance(model._meta.get_field(name), CharField | TextField)
        and (model, name) not in OPTIONAL_TEXTS
    ]


@pytest.mark.parametrize(
    "model",
    [
        Country,
        City,
        Theme,
        Programme,
        Organisation,
        Project,
        GoodPractice,
        Event,
        PracticeImage,
        Transfer,
    ],
    ids=lambda model: model.__name__,
)
def test_every_demo_text_is_filled_in_all_three_languages(demo, model):
    fields = translated_text_fields(model)
    missing = [
        (str(row), f"{field}_{language}")
        for row in model.objects.all()
        for field in fields
        for language in ("pl", "cs", "en")
        if not getattr(row, f"{field}_{language}")
    ]

    assert model.objects.exists()
    assert missing == []


def test_demo_practices_travel_between_the_opole_and_olomouc_agglomerations(demo):
    rows = {
        (
            transfer.source.slug,
            transfer.city.slug,
            transfer.stage,
            tuple(event.slug for event in transfer.events.order_by("start_date")),
        )
        for transfer in Transfer.objects.published()
    }

    assert rows == {
        ("gogolin-transfer-hub", "olomouc", "adapting", ("internship-opole-2019-04",)),
        (
            "olomouc-integrated-rescue-system",
            "opole",
            "implemented",
            ("study-visit-olomouc-2018-10", "internship-olomouc-2021-10"),
        ),
        ("semafor-traffic-education-centre", "opole", "learning", ("study-visit-olomouc-2021-06",)),
        ("slunakov-passive-eco-centre", "turawa", "adapting", ("study-visit-olomouc-2021-06",)),
    }
    assert [transfer.note_en[:14] for transfer in Transfer.objects.all()] == ["Demo example: "] * 4
    assert list(
        Transfer.objects.exclude(adopted_practice=None).values_list(
            "adopted_practice__slug", flat=True
        )
    ) == ["turawa-lakes-recreation"]


def test_planned_events_are_the_only_ones_without_a_report(demo):
    without_report = Event.objects.filter(report_en="")

    assert without_report.exists()
    assert all(event.start_date.isoformat() > "2026-11-20" for event in without_report)


def test_demo_content_is_published_but_for_the_marked_drafts(demo):
    assert GoodPractice.objects.filter(status=PublicationStatus.DRAFT).count() == 1
    assert Project.objects.published().count() == Project.objects.count()


def test_demo_pages_and_news_are_written_in_all_three_languages():
    texts = {
        f"{entry['slug']}.{field}.{language}": entry[field][language]
        for entry in [*demo_pages.PAGES, *demo_pages.NEWS]
        for field in ("title", "summary", "body")
        for language in LANGUAGES
    }

    assert [key for key, text in texts.items() if not text.strip()] == []
    assert len({entry["slug"] for entry in demo_pages.PAGES}) == len(demo_pages.PAGES) == 4
    assert len({entry["slug"] for entry in demo_pages.NEWS}) == len(demo_pages.NEWS) == 6


def test_demo_contact_page_gives_the_office_address_and_hours():
    contact = next(entry for entry in demo_pages.PAGES if entry["slug"] == "contact")

    for language in LANGUAGES:
        assert "Plac Wolności 6\n45-018 Opole" in contact["body"][language]
        assert "7:30–15:30" in contact["body"][language]


def test_demo_news_dates_and_projects_are_real():
    project_slugs = {entry["slug"] for entry in demo_projects.PROJECTS}

    assert all("2016-01-01" <= entry["date"] <= "2026-12-31" for entry in demo_pages.NEWS)
    assert {entry["project"] for entry in demo_pages.NEWS} - {None} <= project_slugs
    assert "razem-dla-rozwoju-aglomeracji" in {entry["project"] for entry in demo_pages.NEWS}
