"""What partners post to the partner space's practice and event forms, as the tests write it."""

from django.urls import reverse

FORMSET_PREFIXES = {
    "practice": ("contacts", "images", "documents", "links"),
    "event": ("contacts", "images"),
}


def management(kind="practice", **totals):
    """Formsets' management forms: no rows unless `totals` says how many (e.g. images=1)."""
    data = {}
    for prefix in FORMSET_PREFIXES[kind]:
        data[f"{prefix}-TOTAL_FORMS"] = str(totals.get(prefix, 0))
        data[f"{prefix}-INITIAL_FORMS"] = "0"
        data[f"{prefix}-MIN_NUM_FORMS"] = "0"
        data[f"{prefix}-MAX_NUM_FORMS"] = "1000"
    return data


def practice_data(city, **fields):
    """A practice written in Czech only: what the form needs to save a draft."""
    return {
        "title_cs": "Dopravní hřiště SEMAFOR",
        "summary_cs": "Děti se učí pravidla silničního provozu.",
        "problem_cs": "<p>Děti neznají pravidla.</p>",
        "city": str(city.pk),
        "year_start": "2010",
        **fields,
    }


def event_data(city, **fields):
    return {
        "title_pl": "Wizyta studyjna w Ołomuńcu",
        "summary_pl": "Partnerzy z Opola poznali centrum SEMAFOR.",
        "kind": "study_visit",
        "start_date": "2021-06-28",
        "end_date": "2021-06-28",
        "city": str(city.pk),
        **fields,
    }


def edit_path(submission):
    return reverse("contributions:submission-edit", args=[submission.pk])
