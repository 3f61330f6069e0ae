"""Uploads are accepted whatever the length of their names; downloads get a name cut sensibly."""

from urllib.parse import quote

import pytest
from django.apps import apps

from portal.db.uploads import DocumentField, PictureField, download_name, upload_path
from practices.models import GoodPractice
from tests.support.admin import admin_add_practice, inline_errors
from tests.support.factories import PracticeDocumentFactory, png_file
from tests.support.files import STORED_NAME, jpeg_bytes, minimal_pdf, office_document, upload

pytestmark = pytest.mark.django_db

PHRASES = {
    "pl": "Sprawozdanie końcowe ze współpracy transgranicznej Opola i Ołomuńca, źródła żółte ",
    "cs": "Závěrečná zpráva o přeshraniční spolupráci Opolí a Olomouce, účty a žádosti ",
    "en": "Final report on the cross-border cooperation of Opole and Olomouc, étude annexe ",
}


def long_name(language, extension, length=180):
    """A file name of `length` characters, in the language's letters, diacritics included."""
    stem_length = length - len(extension) - 1
    stem = (PHRASES[language] * 3)[:stem_length].rstrip()
    return f"{stem}{'x' * (stem_length - len(stem))}.{extension}"


@pytest.mark.parametrize("language", ["pl", "cs", "en"])
@pytest.mark.parametrize(
    ("document_name", "document_content", "extension"),
    [("pdf", minimal_pdf(), "pdf"), ("docx", office_document(), "docx")],
    ids=["pdf", "docx"],
)
def test_admin_accepts_uploads_with_180_character_names(
    editor_client, language, document_name, document_content, extension
):
    names = {
        "cover": long_name(language, "jpg"),
        "gallery": long_name(language, "png"),
        "document": long_name(language, document_name),
    }
    assert {len(name) for name in names.values()} == {180}

    response = admin_add_practice(
        editor_client,
        cover_image=upload(names["cover"], jpeg_bytes(), "image/jpeg"),
        gallery_image=png_file(names["gallery"]),
        document=upload(names["document"], document_content),
    )

    assert response.status_code == 302
    practice = GoodPractice.objects.get(slug="transfer-hub")
    stored = [
        practice.cover_image.name,
        practice.images.get().image.name,
        practice.documents.get().file.name,
    ]
    assert [STORED_NAME.fullmatch(name).groups() for name in stored] == [
        ("practices", "goodpractice", "jpg"),
        ("practices", "practiceimage", "png"),
        ("practices", "practicedocument", extension),
    ]


def test_a_long_name_does_not_let_a_refused_document_through(editor_client):
    response = admin_add_practice(
        editor_client, document=upload(long_name("cs", "pdf"), b"Just text, called a PDF.")
    )

    assert inline_errors(response, "documents") == [
        {
            "file": [
                "This file is not a PDF, OpenDocument (ODT, ODS, ODP) "
                "or Microsoft Office (DOCX, XLSX, PPTX) document."
            ]
        }
    ]
    assert not GoodPractice.objects.exists()


def test_every_generated_name_fits_its_column_whatever_the_uploaders_name():
    name = f"{'ż' * 300}.{'x' * 300}"
    fields = [
        (model, field)
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if isinstance(field, PictureField | DocumentField)
    ]

    too_long = [
        f"{model._meta.label}.{field.name}"
        for model, field in fields
        if len(upload_path(model(), name)) > field.max_length
    ]

    assert len(fields) >= 6
    assert too_long == []


def test_a_long_title_gives_a_download_name_cut_after_a_whole_word():
    title = "Závěrečná zpráva " * 15

    assert download_name(title) == "-".join(["závěrečná-zpráva"] * 5 + ["závěrečná"])


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("a" * 120, "a" * 100),
        ("Sprawozdanie " + "ł" * 95 + " koniec", "sprawozdanie"),
        ("a" * 50 + " " + "b" * 49, "a" * 50 + "-" + "b" * 49),
        ("a" * 50 + " " + "b" * 50, "a" * 50),
        ("!!! ???", "document"),
    ],
    ids=["one-long-word", "long-second-word", "exactly-100", "one-over", "no-letters"],
)
def test_download_names_stay_within_100_characters(title, name):
    assert download_name(title) == name


def test_the_download_of_a_document_with_a_long_title_has_the_cut_name(client):
    document = PracticeDocumentFactory(
        title_en="Závěrečná zpráva " * 14, file=upload(long_name("cs", "pdf"), minimal_pdf())
    )

    response = client.get(document.get_absolute_url())

    name = "-".join(["závěrečná-zpráva"] * 5 + ["závěrečná"]) + ".pdf"
    assert response.headers["Content-Disposition"] == (
        f"attachment; filename*=utf-8''{quote(name)}"
    )
