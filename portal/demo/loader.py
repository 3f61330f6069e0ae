"""Load the demo modules into the database, creating or updating rows so a rerun changes nothing."""

import datetime
import zoneinfo
from collections import Counter
from decimal import Decimal

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone

from events.models import Event, EventImage
from portal.contacts.models import ContactPerson
from portal.db.rich_text import RichTextField, rich_text_html
from portal.demo import images
from portal.demo.data import (
    contacts,
    events,
    organisations,
    pages,
    places,
    practices,
    projects,
    transfers,
)
from portal.models import City, Country, NewsItem, Page, PublicationStatus, Theme
from portal.transfers.models import Transfer
from practices.models import GoodPractice, PracticeImage, PracticeLink
from projects.models import Organisation, Partnership, Programme, Project

LANGUAGES = ("pl", "cs", "en")


def translated(**fields):
    """Spread {"title": {"pl": ..., "cs": ..., "en": ...}} into title_pl, title_cs, title_en."""
    return {
        f"{name}_{language}": value[language]
        for name, value in fields.items()
        for language in LANGUAGES
    }


def status(entry):
    return entry.get("status", PublicationStatus.PUBLISHED)


def date(value):
    return datetime.date.fromisoformat(value)


# How many days before the demo is loaded its practices were last reviewed, unless their data
# says otherwise: counted from the day of loading, so that the demo's flags stay true.
DEMO_REVIEWED_DAYS_AGO = 60


def reviewed(entry):
    """Noon of the day the published practice was last reviewed, in the portal's time zone."""
    if status(entry) != PublicationStatus.PUBLISHED:
        return None
    days_ago = entry.get("reviewed_days_ago", DEMO_REVIEWED_DAYS_AGO)
    day = timezone.localdate() - datetime.timedelta(days=days_ago)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


def money(value):
    return None if value is None else Decimal(value)


def time_of_day(value):
    """A local time ("09:00"), or None for an event given by whole days."""
    return None if value is None else datetime.time.fromisoformat(value)


def optional(rows, key):
    """The row named by `key`, or None where the data names none (a wrong name still fails)."""
    return None if key is None else rows[key]


def as_stored(model, values):
    """`values` as the database holds them: the demo's plain long texts as rich text HTML."""
    return {
        field: rich_text_html(value)
        if isinstance(model._meta.get_field(field), RichTextField)
        else value
        for field, value in values.items()
    }


def demo_file(name, make_bytes):
    """The name of a generated file in storage, drawing it only if it is not there yet."""
    if not default_storage.exists(name):
        saved = default_storage.save(name, ContentFile(make_bytes()))
        if saved != name:
            raise RuntimeError(f"The storage saved {name} as {saved}; remove {saved} and retry.")
    return name


class DemoLoader:
    def __init__(self, report=print):
        self.report = report
        self.counts = Counter()

    def upsert(self, model, lookup, values, m2m=None):
        """Create the row or bring it in line with `values`; count what was created or changed."""
        values = as_stored(model, values)
        instance = model.objects.filter(**lookup).first()
        if instance is None:
            instance = model(**lookup, **values)
            outcome = "created"
        else:
            changed = [
                field for field, value in values.items() if getattr(instance, field) != value
            ]
            for field in changed:
                setattr(instance, field, values[field])
            outcome = "changed" if changed else "unchanged"
        if outcome != "unchanged":
            instance.full_clean()
            instance.save()
        for field, related in (m2m or {}).items():
            manager = getattr(instance, field)
            wanted = {obj.pk for obj in related}
            if set(manager.values_list("pk", flat=True)) != wanted:
                manager.set(wanted)
                outcome = "changed" if outcome == "unchanged" else outcome
        self.counts[model, outcome] += 1
        return instance

    def prune(self, queryset):
        """Delete rows the demo data no longer has (gallery pictures or links removed from it)."""
        deleted, _ = queryset.delete()
        if deleted:
            self.counts[queryset.model, "deleted"] += deleted

    @transaction.atomic
    def load(self):
        steps = [
            ("countries and cities", self.load_places),
            ("programmes and organisations", self.load_organisations),
            ("projects and partnerships", self.load_projects),
            ("good practices", self.load_practices),
            ("events", self.load_events),
            ("transfers", self.load_transfers),
            ("contact persons", self.load_contacts),
            ("pages and news", self.load_pages),
        ]
        for number, (title, step) in enumerate(steps, start=1):
            self.report(f"[{number}/{len(steps)}] {title}")
            step()
        return self.counts

    def load_places(self):
        self.countries = {
            entry["code"]: self.upsert(
                Country,
                {"code": entry["code"]},
                {**translated(name=entry["name"]), "time_zone": entry["time_zone"]},
            )
            for entry in places.COUNTRIES
        }
        self.cities = {
            entry["slug"]: self.upsert(
                City,
                {"slug": entry["slug"]},
                {
                    **translated(
                        name=entry["name"],
                        region=entry["region"],
                        agglomeration=entry["agglomeration"],
                    ),
                    "country": self.countries[entry["country"]],
                    "latitude": Decimal(entry["latitude"]),
                    "longitude": Decimal(entry["longitude"]),
                },
            )
            for entry in places.CITIES
        }
        self.themes = {
            entry["slug"]: self.upsert(
                Theme,
                {"slug": entry["slug"]},
                translated(name=entry["name"], description=entry["description"]),
            )
            for entry in places.THEMES
        }

    def load_organisations(self):
        self.programmes = {
            entry["slug"]: self.upsert(
                Programme,
                {"slug": entry["slug"]},
                {
                    **translated(
                        name=entry["name"],
                        short_name=entry["short_name"],
                        description=entry["description"],
                    ),
                    "period_start": entry["period_start"],
                    "period_end": entry["period_end"],
                    "fund": entry["fund"],
                    "website": entry["website"],
                    "status": status(entry),
                },
            )
            for entry in organisations.PROGRAMMES
        }
        self.organisations = {}
        for entry in organisations.ORGANISATIONS:
            slug = entry["slug"]
            logo = ""
            if entry.get("logo"):
                logo = demo_file(
                    f"demo/organisations/{slug}.png",
                    lambda entry=entry: images.monogram(entry["name"]["pl"], entry["slug"]),
                )
            self.organisations[slug] = self.upsert(
                Organisation,
                {"slug": slug},
                {
                    **translated(name=entry["name"], description=entry["description"]),
                    "kind": entry["kind"],
                    "city": self.cities[entry["city"]],
                    "website": entry["website"],
                    "logo": logo,
                    "status": status(entry),
                },
            )

    def load_projects(self):
        self.projects = {}
        for entry in projects.PROJECTS:
            project = self.upsert(
                Project,
                {"slug": entry["slug"]},
                {
                    **translated(
                        title=entry["title"],
                        summary=entry["summary"],
                        description=entry["description"],
                        objectives=entry["objectives"],
                    ),
                    "acronym": entry["acronym"],
                    "registration_number": entry["registration_number"],
                    "programme": self.programmes[entry["programme"]],
                    "start_date": date(entry["start_date"]),
                    "end_date": date(entry["end_date"]),
                    "total_budget": money(entry["total_budget"]),
                    "eu_cofinancing": money(entry["eu_cofinancing"]),
                    "website": entry["website"],
                    "status": status(entry),
                },
                m2m={
                    "themes": [self.themes[slug] for slug in entry["themes"]],
                    "cities": [self.cities[slug] for slug in entry["cities"]],
                },
            )
            self.load_partnerships(project, entry["partners"])
            self.projects[entry["slug"]] = project

    def load_partnerships(self, project, partnerships):
        roles = {self.organisations[slug].pk: role for slug, role in partnerships}
        # Remove and demote first, so the one-lead-partner rule holds at every step.
        self.prune(project.partnerships.exclude(organisation__in=roles))
        for partnership in project.partnerships.all():
            if partnership.role != roles[partnership.organisation_id]:
                partnership.delete()
                self.counts[Partnership, "changed"] += 1
        for organisation_id, role in sorted(roles.items(), key=lambda item: item[1] != "lead"):
            self.upsert(
                Partnership,
                {"project": project, "organisation_id": organisation_id},
                {"role": role},
            )

    def load_practices(self):
        self.practices = {}
        for entry in practices.PRACTICES:
            slug = entry["slug"]
            cover = entry["cover"]
            practice = self.upsert(
                GoodPractice,
                {"slug": slug},
                {
                    **translated(
                        title=entry["title"],
                        summary=entry["summary"],
                        problem=entry["problem"],
                        solution=entry["solution"],
                        results=entry["results"],
                        resources=entry["resources"],
                        transferability=entry["transferability"],
                        cover_image_alt=cover["alt"],
                    ),
                    "city": self.cities[entry["city"]],
                    "year_start": entry["year_start"],
                    "year_end": entry["year_end"],
                    "cover_image": demo_file(
                        f"demo/practices/{slug}-cover.jpg",
                        lambda cover=cover, slug=slug: images.scene(cover["motif"], slug),
                    ),
                    "status": status(entry),
                    "reviewed_at": reviewed(entry),
                },
                m2m={
                    "organisations": [self.organisations[s] for s in entry["organisations"]],
                    "projects": [self.projects[s] for s in entry["projects"]],
                    "themes": [self.themes[s] for s in entry["themes"]],
                },
            )
            self.load_gallery(PracticeImage, "practice", practice, entry["gallery"])
            for position, link in enumerate(entry["links"]):
                self.upsert(
                    PracticeLink,
                    {"practice": practice, "position": position},
                    {**translated(title=link["title"]), "url": link["url"]},
                )
            self.prune(practice.links.filter(position__gte=len(entry["links"])))
            self.practices[slug] = practice

    def load_gallery(self, model, parent_field, parent, pictures):
        folder = parent._meta.model_name
        for position, picture in enumerate(pictures):
            name = f"demo/{folder}/{parent.slug}-{position + 1}.jpg"
            self.upsert(
                model,
                {parent_field: parent, "position": position},
                {
                    **translated(alt_text=picture["alt"], caption=picture["caption"]),
                    "image": demo_file(
                        name,
                        lambda picture=picture, name=name: images.scene(picture["motif"], name),
                    ),
                },
            )
        self.prune(model.objects.filter(**{parent_field: parent}, position__gte=len(pictures)))

    def load_events(self):
        for entry in [*events.EVENTS, *events.upcoming_with_applications(timezone.localdate())]:
            event = self.upsert(
                Event,
                {"slug": entry["slug"]},
                {
                    **translated(
                        title=entry["title"],
                        venue=entry["venue"],
                        summary=entry["summary"],
                        agenda=entry["agenda"],
                        report=entry["report"],
                    ),
                    "kind": entry["kind"],
                    "start_date": date(entry["start_date"]),
                    "end_date": date(entry["end_date"]),
                    "start_time": time_of_day(entry["start_time"]),
                    "end_time": time_of_day(entry["end_time"]),
                    "city": self.cities[entry["city"]],
                    "visitors_from": optional(self.countries, entry["visitors_from"]),
                    "participants": entry["participants"],
                    "project": optional(self.projects, entry["project"]),
                    "status": status(entry),
                    **self.event_times_and_applications(entry),
                },
                m2m={
                    "organisations": [self.organisations[s] for s in entry["organisations"]],
                    "practices": [self.practices[s] for s in entry["practices"]],
                },
            )
            self.load_gallery(EventImage, "event", event, entry["photos"])

    def event_times_and_applications(self, entry):
        """An event's times and, when it takes them, its applications: the deadline at 23:59 in
        the host country's time zone, the given number of days before the event begins."""
        times = {
            field: datetime.time.fromisoformat(entry[field]) if entry.get(field) else None
            for field in ("start_time", "end_time")
        }
        applications = entry.get("applications")
        if applications is None:
            return {
                **times,
                "takes_applications": False,
                **translated(who_may_apply=dict.fromkeys(LANGUAGES, "")),
                "places": None,
                "application_deadline": None,
                "languages": [],
            }
        zone = zoneinfo.ZoneInfo(self.cities[entry["city"]].country.time_zone)
        last_day = date(entry["start_date"]) - datetime.timedelta(
            days=applications["deadline_days_before"]
        )
        return {
            **times,
            "takes_applications": True,
            **translated(who_may_apply=applications["who_may_apply"]),
            "places": applications["places"],
            "application_deadline": datetime.datetime.combine(
                last_day, datetime.time(23, 59), tzinfo=zone
            ),
            "languages": applications["languages"],
            "allocation": applications["allocation"],
        }

    def load_transfers(self):
        for entry in transfers.TRANSFERS:
            self.upsert(
                Transfer,
                {
                    "source": self.practices[entry["source"]],
                    "city": self.cities[entry["city"]],
                },
                {
                    **translated(note=entry["note"]),
                    "organisation": optional(self.organisations, entry["organisation"]),
                    "adopted_practice": optional(self.practices, entry["adopted_practice"]),
                    "stage": entry["stage"],
                    "learning_since": entry["learning_since"] and date(entry["learning_since"]),
                    "adapting_since": entry["adapting_since"] and date(entry["adapting_since"]),
                    "implemented_since": entry["implemented_since"]
                    and date(entry["implemented_since"]),
                    "status": PublicationStatus.PUBLISHED,
                },
                m2m={"events": [Event.objects.get(slug=slug) for slug in entry["events"]]},
            )

    def load_contacts(self):
        people = {
            entry["email"]: self.upsert(
                ContactPerson,
                {"email": entry["email"]},
                {
                    "name": entry["name"],
                    **translated(role=entry["role"]),
                    "organisation": optional(self.organisations, entry["organisation"]),
                    "organisation_name": entry["organisation_name"],
                    "phone": entry["phone"],
                    "languages": entry["languages"],
                },
            )
            for entry in contacts.CONTACTS
        }
        named = [
            (GoodPractice, contacts.PRACTICES),
            (Organisation, contacts.ORGANISATIONS),
            (Project, contacts.PROJECTS),
            (Event, contacts.EVENTS),
        ]
        for model, listings in named:
            for slug, emails in listings.items():
                item = model.objects.get(slug=slug)
                listing_model = item.contact_listings.model
                parent = item.contact_listings.field.name
                for position, email in enumerate(emails):
                    self.upsert(
                        listing_model,
                        {parent: item, "contact": people[email]},
                        {"position": position},
                    )
                wanted = [people[email].pk for email in emails]
                self.prune(item.contact_listings.exclude(contact__in=wanted))

    def load_pages(self):
        for entry in pages.PAGES:
            self.upsert(
                Page,
                {"slug": entry["slug"]},
                {
                    **translated(
                        title=entry["title"], summary=entry["summary"], body=entry["body"]
                    ),
                    "position": entry["position"],
                    "show_in_navigation": entry["show_in_navigation"],
                    "offers_staff_form": entry.get("offers_staff_form", False),
                    "status": status(entry),
                },
            )
        for entry in pages.NEWS:
            slug = entry["slug"]
            cover = entry["cover"]
            self.upsert(
                NewsItem,
                {"slug": slug},
                {
                    **translated(
                        title=entry["title"],
                        summary=entry["summary"],
                        body=entry["body"],
                        cover_image_alt=cover["alt"],
                    ),
                    "date": date(entry["date"]),
                    "cover_image": demo_file(
                        f"demo/news/{slug}-cover.jpg",
                        lambda cover=cover, slug=slug: images.scene(cover["motif"], slug),
                    ),
                    "project": optional(self.projects, entry["project"]),
                    "status": status(entry),
                },
            )
