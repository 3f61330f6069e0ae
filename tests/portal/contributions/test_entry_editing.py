"""Partners start, edit, preview and submit practices and events, and propose changes to
published ones, in the partner space."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import resolve, reverse
from django.utils import translation

from events.models import Event
from portal.contacts.models import ContactPerson
from portal.contributions.models import Submission, SubmissionState
from portal.contributions.review import submission_request_changes
from portal.db.publishing import PublicationStatus
from practices.models import GoodPractice
from tests.support.contributions import partner_of
from tests.support.factories import (
    CityFactory,
    ContactPersonFactory,
    EditorFactory,
    GoodPracticeFactory,
    OrganisationFactory,
    PracticeDocumentFactory,
    ThemeFactory,
    png_file,
)
from tests.support.partner_entries import edit_path, event_data, management, practice_data
from tests.support.submissions import complete_practice, opened

pytestmark = pytest.mark.django_db


@pytest.fixture
def alpha():
    return OrganisationFactory(name="Alpha")


@pytest.fixture
def partner(alpha):
    return partner_of(alpha)


@pytest.fixture
def city():
    return CityFactory(name="Olomouc", slug="olomouc")


@pytest.fixture
def draft(alpha, partner):
    practice = GoodPracticeFactory(
        title="Draft of Alpha", slug="draft-of-alpha", status=PublicationStatus.DRAFT
    )
    practice.organisations.add(alpha)
    return opened(practice, partner, alpha)


def test_a_partner_starts_a_practice_as_a_draft_with_a_submission(client, partner, alpha, city):
    client.force_login(partner)

    response = client.post(
        reverse("contributions:practice-new"), practice_data(city, **{"for-organisation": alpha.pk})
    )

    submission = Submission.objects.get()
    practice = submission.practice
    assert response.status_code == 302
    assert response["Location"] == edit_path(submission)
    assert (submission.state, submission.organisation, submission.author) == (
        SubmissionState.DRAFT,
        alpha,
        partner,
    )
    assert (practice.status, practice.slug, practice.title_cs, practice.title_pl) == (
        PublicationStatus.DRAFT,
        "dopravni-hriste-semafor",
        "Dopravní hřiště SEMAFOR",
        None,
    )
    assert list(practice.organisations.all()) == [alpha]
    assert practice.problem_cs == "<p>Děti neznají pravidla.</p>"


def test_a_taken_slug_gets_a_number(client, partner, alpha, city):
    GoodPracticeFactory(slug="dopravni-hriste-semafor")
    client.force_login(partner)

    client.post(
        reverse("contributions:practice-new"), practice_data(city, **{"for-organisation": alpha.pk})
    )

    assert Submission.objects.get().practice.slug == "dopravni-hriste-semafor-2"


def test_a_partner_of_two_organisations_chooses_one_of_theirs_only(client, city):
    alpha, beta, gamma = (OrganisationFactory(name=name) for name in ("Alpha", "Beta", "Gamma"))
    client.force_login(partner_of(alpha, beta))

    page = client.get(reverse("contributions:practice-new"))
    refused = client.post(
        reverse("contributions:practice-new"), practice_data(city, **{"for-organisation": gamma.pk})
    )
    chosen = client.post(
        reverse("contributions:practice-new"), practice_data(city, **{"for-organisation": beta.pk})
    )

    assert list(page.context["choice"].fields["organisation"].queryset) == [alpha, beta]
    assert refused.status_code == 200
    assert list(refused.context["choice"].errors) == ["organisation"]
    assert chosen.status_code == 302
    assert Submission.objects.get().organisation == beta


def test_a_practice_without_a_title_in_any_language_is_not_saved(client, partner, alpha, city):
    client.force_login(partner)
    data = practice_data(city, **{"for-organisation": alpha.pk})
    del data["title_cs"]

    response = client.post(reverse("contributions:practice-new"), data)

    html = response.content.decode()
    assert response.status_code == 200
    assert not GoodPractice.objects.exists()
    assert response.context["form"].errors["title_en"] == [
        "Write the title in at least one language."
    ]
    assert 'role="alert"' in html
    assert (
        '<a href="#id_title_en">Title (English): Write the title in at least one language.</a>'
        in html
    )
    assert 'aria-invalid="true"' in html


def test_editing_saves_every_language_and_sanitises_rich_text(client, partner, draft, city):
    theme = ThemeFactory()
    client.force_login(partner)
    data = {
        **practice_data(city),
        "title_pl": "Miasteczko ruchu drogowego",
        "solution_pl": '<p>Zajęcia<script>alert(1)</script> <a href="javascript:x()">tu</a></p>',
        "themes": [str(theme.pk)],
        **management(),
    }

    response = client.post(edit_path(draft), data)

    practice = GoodPractice.objects.get(pk=draft.practice_id)
    assert response.status_code == 302
    assert (practice.title_pl, practice.title_cs) == (
        "Miasteczko ruchu drogowego",
        "Dopravní hřiště SEMAFOR",
    )
    assert practice.solution_pl == "<p>Zajęcia <a>tu</a></p>"
    assert list(practice.themes.all()) == [theme]
    assert practice.slug == "draft-of-alpha"
    assert Submission.objects.get().state == SubmissionState.DRAFT


def test_the_edit_page_has_the_editor_with_the_csp_nonce(client, partner, draft):
    client.force_login(partner)

    response = client.get(edit_path(draft))

    html = response.content.decode()
    nonce = response.wsgi_request.csp_nonce
    assert f'<script type="importmap" nonce="{nonce}">' in html
    assert "django_prose_editor/configurable.js" in html
    assert "data-django-prose-editor-configurable" in html
    assert "<script>" not in html


def test_a_new_contact_person_is_created_and_named(client, partner, draft, city, alpha):
    client.force_login(partner)
    data = {
        **practice_data(city),
        **management(),
        "new_contact-name": "Centrum SEMAFOR",
        "new_contact-email": "semafor@example.org",
        "new_contact-organisation": str(alpha.pk),
        "new_contact-languages": ["cs", "pl"],
    }

    response = client.post(edit_path(draft), data)

    contact = ContactPerson.objects.get()
    assert response.status_code == 302
    assert (contact.name, contact.languages, contact.organisation) == (
        "Centrum SEMAFOR",
        ["cs", "pl"],
        alpha,
    )
    assert [listing.contact for listing in draft.practice.contact_listings.all()] == [contact]


def test_contacts_offered_are_those_of_the_partners_organisations(client, partner, draft, alpha):
    ours = ContactPersonFactory(name="Ours", organisation=alpha)
    ContactPersonFactory(name="Theirs", organisation=OrganisationFactory())
    client.force_login(partner)

    response = client.get(edit_path(draft))

    contacts_form = response.context["formsets"]["contacts"].forms[0]
    assert list(contacts_form.fields["contact"].queryset) == [ours]


def test_a_picture_goes_through_the_upload_checks(client, partner, draft, city):
    client.force_login(partner)
    upload = png_file()
    good = {
        **practice_data(city),
        **management(images=1),
        "images-0-image": SimpleUploadedFile("p.png", upload.read(), "image/png"),
        "images-0-alt_text_cs": "Děti na kolech",
        "images-0-position": "0",
    }
    bad = {
        **good,
        "images-0-image": SimpleUploadedFile("p.png", b"<svg></svg>", "image/png"),
    }

    refused = client.post(edit_path(draft), bad)
    saved = client.post(edit_path(draft), good)

    assert refused.status_code == 200
    assert refused.context["formsets"]["images"].forms[0].errors["image"]
    assert saved.status_code == 302
    (image,) = draft.practice.images.all()
    assert image.alt_text_cs == "Děti na kolech"
    assert image.image.name.endswith(".png")
    assert not image.image.name.endswith("p.png")


def test_a_submitted_proposal_is_with_the_editors_and_not_edited(client, partner, draft, city):
    Submission.objects.filter(pk=draft.pk).update(state=SubmissionState.SUBMITTED)
    client.force_login(partner)

    page = client.get(edit_path(draft))
    posted = client.post(edit_path(draft), {**practice_data(city), **management()})

    assert page.status_code == 200
    assert "It is with the editors now" in page.content.decode()
    assert "form" not in page.context or page.context["form"] is None
    assert posted.status_code == 409
    assert GoodPractice.objects.get(pk=draft.practice_id).title_cs == "Draft of Alpha [cs]"


def test_an_incomplete_proposal_is_not_submitted_and_the_page_lists_what_it_lacks(
    client, partner, draft
):
    client.force_login(partner)

    response = client.post(reverse("contributions:submission-submit", args=[draft.pk]))

    html = response.content.decode()
    assert response.status_code == 200
    assert Submission.objects.get().state == SubmissionState.DRAFT
    assert [item.field for item in response.context["missing"]] == [
        "resources",
        "transferability",
        "contacts",
        "cover_image",
        "themes",
    ]
    assert '<div class="form-problem" role="alert" id="form-problem">' in html
    assert '<a href="#id_resources_en">' in html
    assert '<a href="#id_contacts-0-contact">Name at least one contact person.</a>' in html
    assert '<a href="#id_themes_0">Choose at least one theme.</a>' in html


def test_a_complete_proposal_is_submitted(client, partner, alpha, mailoutbox):
    practice = complete_practice(status=PublicationStatus.DRAFT)
    submission = opened(practice, partner, alpha)
    client.force_login(partner)

    response = client.post(reverse("contributions:submission-submit", args=[submission.pk]))

    assert response.status_code == 302
    assert Submission.objects.get().state == SubmissionState.SUBMITTED


def test_changes_requested_are_shown_and_editable(client, partner, alpha, city):
    practice = complete_practice(status=PublicationStatus.DRAFT)
    submission = opened(practice, partner, alpha)
    Submission.objects.filter(pk=submission.pk).update(state=SubmissionState.SUBMITTED)
    submission_request_changes(
        submission=submission, by=EditorFactory(), comment="Add figures to the results."
    )
    client.force_login(partner)

    page = client.get(edit_path(submission))
    data = {**practice_data(city), "cover_image_alt_cs": "Kola", **management()}
    posted = client.post(edit_path(submission), data)

    assert "Add figures to the results." in page.content.decode()
    assert posted.status_code == 302
    assert Submission.objects.get().state == SubmissionState.CHANGES_REQUESTED


def test_a_change_to_a_published_practice_leaves_the_public_page_as_it_is(
    client, partner, alpha, city
):
    published = GoodPracticeFactory(title="Published title", slug="published")
    published.organisations.add(alpha)
    client.force_login(partner)

    started = client.post(reverse("contributions:entry-change", args=["practice", published.pk]))
    submission = Submission.objects.get()
    edited = client.post(
        edit_path(submission),
        {**practice_data(city), "title_en": "Proposed title", **management()},
    )
    client.logout()
    public = client.get(published.get_absolute_url())

    assert (started.status_code, started["Location"]) == (302, edit_path(submission))
    assert submission.is_change
    assert submission.practice.revision_of == published
    assert edited.status_code == 302
    assert GoodPractice.objects.get(pk=submission.practice_id).title_en == "Proposed title"
    html = public.content.decode()
    assert "Published title [en]" in html
    assert "Proposed title" not in html


def test_proposing_a_change_twice_opens_the_same_submission(client, partner, alpha):
    published = GoodPracticeFactory()
    published.organisations.add(alpha)
    client.force_login(partner)
    path = reverse("contributions:entry-change", args=["practice", published.pk])

    first, second = client.post(path), client.post(path)

    assert first["Location"] == second["Location"]
    assert Submission.objects.count() == 1


def test_the_preview_shows_the_proposal_on_the_public_template(client, partner, draft):
    document = PracticeDocumentFactory(practice=draft.practice, title="Annual report")
    client.force_login(partner)

    response = client.get(reverse("contributions:submission-preview", args=[draft.pk]))

    html = response.content.decode()
    document_path = reverse("contributions:submission-document", args=[draft.pk, document.pk])
    assert response.status_code == 200
    assert [template.name for template in response.templates][:2] == [
        "contributions/practice_preview.html",
        "practices/goodpractice_detail.html",
    ]
    assert "Preview: not public yet." in html
    assert '<meta name="robots" content="noindex">' in html
    assert "no-store" in response["Cache-Control"]
    assert "<h1>Draft of Alpha [en]</h1>" in html
    assert f'<a href="{document_path}">Annual report [en]</a>' in html
    download = client.get(document_path)
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment")
    public = client.get(document.get_absolute_url())
    assert public.status_code == 404


def test_the_preview_is_translated(client, partner, draft):
    client.force_login(partner)
    with translation.override("cs"):
        path = reverse("contributions:submission-preview", args=[draft.pk])

    response = client.get(path)

    assert "<h1>Draft of Alpha [cs]</h1>" in response.content.decode()


def test_a_partner_starts_and_edits_an_event(client, partner, alpha, city):
    client.force_login(partner)

    created = client.post(
        reverse("contributions:event-new"), event_data(city, **{"for-organisation": alpha.pk})
    )
    submission = Submission.objects.get()
    edited = client.post(
        edit_path(submission),
        {**event_data(city), "agenda_pl": "<p>Program</p>", **management("event")},
    )
    preview = client.get(reverse("contributions:submission-preview", args=[submission.pk]))

    event = Event.objects.get()
    assert (created.status_code, edited.status_code, preview.status_code) == (302, 302, 200)
    assert (submission.event, event.slug, event.status) == (
        event,
        "wizyta-studyjna-w-oomuncu",
        PublicationStatus.DRAFT,
    )
    assert event.agenda_pl == "<p>Program</p>"
    assert "Preview: not public yet." in preview.content.decode()


def test_an_event_cannot_end_before_it_starts(client, partner, alpha, city):
    client.force_login(partner)

    response = client.post(
        reverse("contributions:event-new"),
        event_data(city, end_date="2021-06-01", **{"for-organisation": alpha.pk}),
    )

    assert response.context["form"].errors["end_date"] == ["The event cannot end before it starts."]
    assert not Event.objects.exists()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("pl", "/pl/dla-partnerow/zgloszenia/7/podglad/"),
        ("cs", "/cs/pro-partnery/prispevky/7/nahled/"),
        ("en", "/en/for-partners/submissions/7/preview/"),
    ],
)
def test_the_partner_space_addresses_are_translated(language, expected):
    with translation.override(language):
        path = reverse("contributions:submission-preview", args=[7])
        match = resolve(path)

    assert path == expected
    assert (match.view_name, match.kwargs) == ("contributions:submission-preview", {"pk": 7})


def test_the_edit_page_is_translated(client, partner, draft):
    client.force_login(partner)
    with translation.override("pl"):
        path = edit_path(draft)

    response = client.get(path)

    html = response.content.decode()
    assert path == f"/pl/dla-partnerow/zgloszenia/{draft.pk}/"
    assert "<legend>Teksty – czeski</legend>" in html
    assert '<button type="submit">Wyślij do sprawdzenia</button>' in html


ODD_POSTS = [
    {},
    {"city": "not-a-number", "year_start": "99999"},
    {"themes": ["x"], "organisations": ["-1"], "projects": ["0"]},
    {"contacts-TOTAL_FORMS": "abc", "images-TOTAL_FORMS": "5000"},
    {"contacts-TOTAL_FORMS": "1", "contacts-INITIAL_FORMS": "1", "contacts-0-id": "999999"},
    {"new_contact-name": "Somebody", "new_contact-languages": ["xx"]},
    {"title_cs": "\x00", "solution_cs": "<script>alert(1)</script>" * 3},
]


@pytest.mark.parametrize("data", ODD_POSTS)
def test_odd_posts_get_a_message_and_change_nothing(client, partner, draft, city, data):
    client.force_login(partner)
    before = GoodPractice.objects.filter(pk=draft.practice_id).values().get()

    edited = client.post(edit_path(draft), {**management(), **data})
    created = client.post(reverse("contributions:practice-new"), data)

    assert (edited.status_code, created.status_code) == (200, 200)
    assert 'role="alert"' in edited.content.decode()
    assert 'role="alert"' in created.content.decode()
    assert GoodPractice.objects.filter(pk=draft.practice_id).values().get() == before
    assert GoodPractice.objects.count() == 1
    assert not ContactPerson.objects.exists()
