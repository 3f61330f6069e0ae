"""Uploaded pictures and documents are checked by content, cleaned, and served safely."""

import io
import struct
import zipfile
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import resolve, reverse
from django.utils import translation
from PIL import ExifTags, Image, ImageCms, PngImagePlugin

from portal.db.uploads import document_type, picture_clean
from portal.models import PublicationStatus
from practices.models import GoodPractice, PracticeDocument
from projects.models import Organisation
from tests.support.admin import admin_add_practice, inline_errors
from tests.support.factories import (
    GoodPracticeFactory,
    OrganisationFactory,
    PracticeDocumentFactory,
    PracticeImageFactory,
    png_file,
)
from tests.support.files import (
    DOCUMENT_TYPE,
    EXCEL,
    STORED_NAME,
    WORD,
    jpeg_bytes,
    minimal_pdf,
    office_document,
    upload,
    zip_bytes,
)

pytestmark = pytest.mark.django_db

TOO_LARGE = "The file is 2.0\xa0KB; files up to 1.0\xa0KB are accepted."
SVG = (
    "SVG drawings are not accepted, as they can carry scripts. "
    "Export the drawing as a PNG picture and upload that."
)
PICTURE_TYPE = "This file is not a picture in JPEG, PNG, WebP or GIF format."
TOO_MANY_PIXELS = (
    "The picture has too many pixels: up to 40 megapixels are accepted. "
    "Make it smaller and upload it again."
)
BROKEN_PICTURE = "The picture cannot be read: the file is damaged or incomplete."
LEGACY_DOCUMENT = (
    "Old Microsoft Office files (DOC, XLS, PPT) and files with a password are not accepted. "
    "Save the document as DOCX, XLSX or PPTX without a password and upload that."
)
MACROS = (
    "Documents with macros are not accepted. Save the document without macros "
    "(for example as DOCX instead of DOCM) and upload that."
)

POWERPOINT = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
OPENDOCUMENT = "application/vnd.oasis.opendocument"


# Crafted files.


def jpeg_with_gps():
    """A photo as phones write them: EXIF with GPS and an orientation, XMP, a comment."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "PhoneMaker"
    exif[ExifTags.Base.Orientation] = 6
    exif[ExifTags.IFD.GPSInfo] = {
        ExifTags.GPS.GPSLatitudeRef: "N",
        ExifTags.GPS.GPSLatitude: (50.0, 40.0, 17.0),
        ExifTags.GPS.GPSLongitudeRef: "E",
        ExifTags.GPS.GPSLongitude: (17.0, 55.0, 34.0),
    }
    return jpeg_bytes(exif=exif, xmp=b"<x:xmpmeta>home address</x:xmpmeta>", comment=b"secret")


def png_bomb(width, height):
    """A 1-bit black PNG: a few kilobytes that would decode to width x height pixels."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    rows = (b"\x00" + bytes((width + 7) // 8)) * height
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def opendocument(mimetype=f"{OPENDOCUMENT}.text", extra=None):
    """An OpenDocument package: the uncompressed mimetype first, a manifest, the content."""
    manifest = (
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2"><manifest:file-entry manifest:full-path="/"'
        f' manifest:media-type="{mimetype}"/><manifest:file-entry'
        ' manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    content = (
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' office:version="1.2"><office:body><office:text/></office:body>'
        "</office:document-content>"
    )
    return zip_bytes(
        {"META-INF/manifest.xml": manifest, "content.xml": content, **(extra or {})},
        first=("mimetype", mimetype),
    )


def corrupted(archive, member):
    """The archive with bytes of a member's compressed data overwritten."""
    info = zipfile.ZipFile(io.BytesIO(archive)).getinfo(member)
    local_header = archive[info.header_offset : info.header_offset + 30]
    name_length, extra_length = struct.unpack("<HH", local_header[26:30])
    start = info.header_offset + 30 + name_length + extra_length
    return archive[:start] + b"\xff" * 8 + archive[start + 8 :]


def refusal_messages(clean, name, content):
    with pytest.raises(ValidationError) as raised:
        clean(upload(name, content))
    return raised.value.messages


def decoded(picture):
    picture.seek(0)
    return Image.open(io.BytesIO(picture.read()))


# Pictures.


def test_photo_loses_exif_gps_xmp_and_comment_but_stays_upright():
    original = Image.open(io.BytesIO(jpeg_with_gps()))
    assert original.getexif().get_ifd(ExifTags.IFD.GPSInfo)[ExifTags.GPS.GPSLatitude] == (
        50.0,
        40.0,
        17.0,
    )

    cleaned = picture_clean(upload("IMG_0001.jpg", jpeg_with_gps(), "image/jpeg"))

    content = cleaned.read()
    picture = decoded(cleaned)
    assert cleaned.name == "picture.jpg"
    assert (picture.format, picture.size) == ("JPEG", (30, 40))
    assert dict(picture.getexif()) == {}
    assert not {"exif", "xmp", "comment", "icc_profile"} & set(picture.info)
    assert (b"Exif" in content, b"home address" in content, b"secret" in content) == (
        False,
        False,
        False,
    )


def test_jpeg_polyglot_loses_the_html_and_zip_after_the_picture():
    polyglot = jpeg_bytes() + zip_bytes({"index.html": "<html><script>alert(1)</script></html>"})
    assert zipfile.is_zipfile(io.BytesIO(polyglot))

    content = picture_clean(upload("photo.jpg", polyglot)).read()

    assert content.endswith(b"\xff\xd9")
    assert not zipfile.is_zipfile(io.BytesIO(content))
    assert b"<script>" not in content
    assert b"index.html" not in content


def test_png_text_chunks_go_and_transparency_stays():
    buffer = io.BytesIO()
    text = PngImagePlugin.PngInfo()
    text.add_text("Author", "secret author")
    Image.new("RGBA", (20, 10), (0, 0, 255, 0)).save(buffer, "PNG", pnginfo=text)

    cleaned = picture_clean(upload("logo.png", buffer.getvalue()))

    picture = decoded(cleaned)
    assert (cleaned.name, picture.format, picture.mode) == ("picture.png", "PNG", "RGBA")
    assert picture.getpixel((0, 0)) == (0, 0, 255, 0)
    assert picture.info == {}


def test_colour_profile_is_converted_to_srgb_and_dropped():
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()

    picture = decoded(picture_clean(upload("photo.jpg", jpeg_bytes(icc_profile=srgb))))

    assert "icc_profile" not in picture.info


def test_webp_stays_webp_and_gif_becomes_png():
    webp, gif = io.BytesIO(), io.BytesIO()
    Image.new("RGB", (20, 10), (0, 128, 0)).save(webp, "WEBP")
    Image.new("P", (20, 10)).save(gif, "GIF")

    cleaned_webp = picture_clean(upload("a.webp", webp.getvalue()))
    cleaned_gif = picture_clean(upload("b.gif", gif.getvalue()))

    assert (cleaned_webp.name, decoded(cleaned_webp).format) == ("picture.webp", "WEBP")
    assert (cleaned_gif.name, decoded(cleaned_gif).format) == ("picture.png", "PNG")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("drawing.svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>'),
        ("drawing.SVGZ", b"\x1f\x8b\x08\x00compressed"),
        ("drawing.png", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        (
            "drawing.jpg",
            b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- made by hand -->\n'
            b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
        ),
    ],
    ids=["by-name", "compressed-by-name", "disguised-as-png", "xml-declaration"],
)
def test_svg_is_refused_with_its_own_message(name, content):
    assert refusal_messages(picture_clean, name, content) == [SVG]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("photo.jpg", b"<!DOCTYPE html><html><script>alert(1)</script></html>"),
        ("photo.png", b"plain text, not a picture"),
        ("scan.tiff", b"II*\x00" + bytes(100)),
    ],
    ids=["html-renamed-jpg", "text-renamed-png", "tiff"],
)
def test_files_that_are_no_accepted_picture_are_refused(name, content):
    assert refusal_messages(picture_clean, name, content) == [PICTURE_TYPE]


def test_tiff_is_refused_even_though_pillow_reads_it():
    buffer = io.BytesIO()
    Image.new("RGB", (20, 10)).save(buffer, "TIFF")

    assert refusal_messages(picture_clean, "scan.png", buffer.getvalue()) == [PICTURE_TYPE]


@pytest.mark.parametrize(
    ("width", "height"),
    [(10_000, 10_000), (8_000, 6_000)],
    ids=["past-twice-the-limit", "just-past-the-limit"],
)
def test_png_decompression_bomb_is_refused_before_decoding(width, height):
    bomb = png_bomb(width, height)
    assert len(bomb) < 20_000

    assert refusal_messages(picture_clean, "bomb.png", bomb) == [TOO_MANY_PIXELS]


def test_pillows_bomb_warning_stops_an_upload(monkeypatch):
    assert Image.MAX_IMAGE_PIXELS == 40_000_000
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1_000)

    assert refusal_messages(picture_clean, "photo.jpg", jpeg_bytes(size=(40, 30))) == [
        TOO_MANY_PIXELS
    ]


def test_pixel_limit_follows_the_setting(settings):
    settings.UPLOAD_PICTURE_MAX_PIXELS = 1_000

    assert refusal_messages(picture_clean, "photo.jpg", jpeg_bytes(size=(40, 30))) == [
        "The picture has too many pixels: up to 0.001 megapixels are accepted. "
        "Make it smaller and upload it again."
    ]
    assert picture_clean(upload("photo.jpg", jpeg_bytes(size=(40, 25)))).name == "picture.jpg"


def test_file_over_the_size_limit_is_refused_before_decoding(settings):
    settings.UPLOAD_PICTURE_MAX_SIZE = 1024

    assert refusal_messages(picture_clean, "photo.jpg", b"\xff" * 2048) == [TOO_LARGE]


def test_truncated_jpeg_is_refused_as_broken():
    photo = jpeg_bytes(size=(400, 300))

    assert refusal_messages(picture_clean, "photo.jpg", photo[: len(photo) // 2]) == [
        BROKEN_PICTURE
    ]


def test_stored_picture_has_a_generated_name_and_no_metadata():
    picture = PracticeImageFactory(
        image=upload("../../Holiday at Grandma's <script>.jpg", jpeg_with_gps())
    )

    match = STORED_NAME.fullmatch(picture.image.name)
    assert match is not None
    assert match.groups() == ("practices", "practiceimage", "jpg")
    with picture.image.open("rb") as stored:
        assert dict(Image.open(stored).getexif()) == {}


def test_pictures_assigned_in_code_get_the_same_checks():
    with pytest.raises(ValidationError) as raised:
        OrganisationFactory(logo=upload("logo.svg", b"<svg/>"))

    assert raised.value.messages == [SVG]


# Documents.


@pytest.mark.parametrize(
    ("name", "content", "extension"),
    [
        ("report.pdf", minimal_pdf(), "pdf"),
        ("report.docx", office_document(), "docx"),
        (
            "budget.xlsx",
            office_document("xl/workbook.xml", f"{EXCEL}.main+xml"),
            "xlsx",
        ),
        (
            "slides.pptx",
            office_document("ppt/presentation.xml", f"{POWERPOINT}.main+xml"),
            "pptx",
        ),
        ("report.odt", opendocument(), "odt"),
        ("budget.ods", opendocument(f"{OPENDOCUMENT}.spreadsheet"), "ods"),
        ("slides.odp", opendocument(f"{OPENDOCUMENT}.presentation"), "odp"),
        ("report.odt", minimal_pdf(), "pdf"),
    ],
    ids=["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "pdf-named-odt"],
)
def test_documents_are_recognised_by_their_content(name, content, extension):
    assert document_type(upload(name, content)) == extension


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("report.pdf", b"Just some text, saved as a PDF.", DOCUMENT_TYPE),
        ("report.docx", b"MZ\x90\x00\x03\x00\x00\x00" + bytes(200), DOCUMENT_TYPE),
        ("report.docx", zip_bytes({"setup.exe": b"MZ"}), DOCUMENT_TYPE),
        ("report.odt", opendocument("application/x-shockwave-flash"), DOCUMENT_TYPE),
        (
            "report.docx",
            office_document(main_type="application/vnd.openxmlformats-officedocument"),
            DOCUMENT_TYPE,
        ),
        ("report.docx", office_document()[:-30], DOCUMENT_TYPE),
        ("report.docx", corrupted(office_document(), "[Content_Types].xml"), DOCUMENT_TYPE),
        ("report.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), LEGACY_DOCUMENT),
        (
            "report.docm",
            office_document(main_type="application/vnd.ms-word.document.macroEnabled.main+xml"),
            MACROS,
        ),
        ("report.docx", office_document(extra={"word/vbaProject.bin": b"\x00"}), MACROS),
        ("report.odt", opendocument(extra={"Basic/Standard/Module1.xml": "<m/>"}), MACROS),
    ],
    ids=[
        "text-renamed-pdf",
        "exe-renamed-docx",
        "plain-zip",
        "odf-other-mimetype",
        "ooxml-other-main-part",
        "truncated-zip",
        "corrupt-member",
        "legacy-doc",
        "macro-enabled-docm",
        "docx-with-vba",
        "odt-with-basic",
    ],
)
def test_other_documents_are_refused(name, content, message):
    assert refusal_messages(document_type, name, content) == [message]


def test_content_types_with_entities_are_not_parsed():
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE Types [<!ENTITY a "aaaaaaaaaa">]>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        f'<Override PartName="/word/document.xml" ContentType="{WORD}.main+xml"/></Types>'
    )
    archive = zip_bytes({"[Content_Types].xml": bomb, "word/document.xml": "<w:document/>"})

    assert refusal_messages(document_type, "report.docx", archive) == [DOCUMENT_TYPE]


def test_document_over_the_size_limit_is_refused(settings):
    settings.UPLOAD_DOCUMENT_MAX_SIZE = 1024

    assert refusal_messages(document_type, "report.pdf", b"%PDF-1.4\n" + bytes(2039)) == [TOO_LARGE]


def test_document_is_stored_privately_with_the_extension_of_its_content(settings):
    document = PracticeDocumentFactory(file=upload("../report.odt", minimal_pdf()))

    match = STORED_NAME.fullmatch(document.file.name)
    assert match is not None
    assert match.groups() == ("practices", "practicedocument", "pdf")
    assert (settings.PRIVATE_MEDIA_ROOT / document.file.name).read_bytes() == minimal_pdf()
    assert not (settings.MEDIA_ROOT / document.file.name).exists()
    assert document.file.url == document.get_absolute_url()


# The download view.


def test_document_url_is_under_the_practice_and_translated():
    practice = GoodPracticeFactory(slug="gogolin-hub")
    document = PracticeDocumentFactory(practice=practice)

    assert document.get_absolute_url() == f"/en/good-practices/gogolin-hub/documents/{document.pk}/"
    match = resolve(document.get_absolute_url())
    assert (match.view_name, match.kwargs) == (
        "practices:document",
        {"slug": "gogolin-hub", "document_pk": document.pk},
    )


def test_document_is_downloaded_as_an_attachment_named_after_its_title(client):
    document = PracticeDocumentFactory(
        title_en="Final report (2019/2020)", file=upload("x.pdf", minimal_pdf())
    )

    response = client.get(document.get_absolute_url())

    assert response.status_code == 200
    assert {
        header: response.headers[header]
        for header in (
            "Content-Type",
            "Content-Length",
            "Content-Disposition",
            "X-Content-Type-Options",
        )
    } == {
        "Content-Type": "application/pdf",
        "Content-Length": str(len(minimal_pdf())),
        "Content-Disposition": 'attachment; filename="final-report-20192020.pdf"',
        "X-Content-Type-Options": "nosniff",
    }
    assert b"".join(response.streaming_content) == minimal_pdf()


def test_document_name_keeps_the_languages_letters(client):
    document = PracticeDocumentFactory(
        title_cs="Závěrečná zpráva", file=upload("x.docx", office_document())
    )

    with translation.override("cs"):
        response = client.get(document.get_absolute_url())

    assert response.headers["Content-Disposition"] == (
        "attachment; filename*=utf-8''z%C3%A1v%C4%9Bre%C4%8Dn%C3%A1-zpr%C3%A1va.docx"
    )
    assert response.headers["Content-Type"] == WORD


def test_draft_practices_documents_are_not_found_by_the_public(client):
    document = PracticeDocumentFactory(practice__status=PublicationStatus.DRAFT)

    assert client.get(document.get_absolute_url()).status_code == 404


def test_editors_download_the_documents_of_drafts_they_preview(editor_client):
    document = PracticeDocumentFactory(practice__status=PublicationStatus.DRAFT)

    assert editor_client.get(document.get_absolute_url()).status_code == 200


def test_document_is_not_found_under_another_practice(client):
    document = PracticeDocumentFactory()
    other = GoodPracticeFactory(slug="other-practice")

    url = reverse("practices:document", kwargs={"slug": other.slug, "document_pk": document.pk})
    assert client.get(url).status_code == 404


def test_practice_page_links_the_download_view_without_a_query_per_document(client):
    practice = GoodPracticeFactory()
    documents = PracticeDocumentFactory.create_batch(3, practice=practice)
    client.get(practice.get_absolute_url())

    with CaptureQueriesContext(connection) as three:
        response = client.get(practice.get_absolute_url())
    PracticeDocumentFactory.create_batch(3, practice=practice)
    with CaptureQueriesContext(connection) as six:
        client.get(practice.get_absolute_url())

    html = response.content.decode()
    for document in documents:
        assert f'<a href="{document.get_absolute_url()}">Report [en]</a> (PDF, ' in html
    assert "/media/practices/practicedocument/" not in html
    assert len(six) == len(three)


# The admin.


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("photo.jpg", b"<html><body>not a photo</body></html>", PICTURE_TYPE),
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>', SVG),
        ("photo.jpg", b"\xff" * 2048, TOO_LARGE),
        ("bomb.png", png_bomb(10_000, 10_000), TOO_MANY_PIXELS),
        ("photo.jpg", jpeg_bytes(size=(400, 300))[:300], BROKEN_PICTURE),
    ],
    ids=["wrong-type", "svg", "too-large", "too-many-pixels", "broken"],
)
def test_admin_shows_why_a_cover_image_is_refused(editor_client, settings, name, content, message):
    settings.UPLOAD_PICTURE_MAX_SIZE = 1024 if message == TOO_LARGE else 10 * 1024 * 1024

    response = admin_add_practice(editor_client, cover_image=upload(name, content))

    assert response.status_code == 200
    assert response.context["adminform"].form.errors == {"cover_image": [message]}
    assert message in response.content.decode()
    assert not GoodPractice.objects.exists()


def test_admin_shows_why_a_gallery_image_is_refused(editor_client):
    response = admin_add_practice(
        editor_client, gallery_image=upload("photo.png", b"<svg><script/></svg>")
    )

    assert inline_errors(response, "images") == [{"image": [SVG]}]
    assert not GoodPractice.objects.exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("report.pdf", b"Just text.", DOCUMENT_TYPE),
        ("setup.docx", b"MZ\x90\x00" + bytes(100), DOCUMENT_TYPE),
        ("report.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), LEGACY_DOCUMENT),
        ("report.pdf", b"%PDF-1.4\n" + bytes(2039), TOO_LARGE),
    ],
    ids=["text-renamed-pdf", "exe-renamed-docx", "legacy-doc", "too-large"],
)
def test_admin_shows_why_a_document_is_refused(editor_client, settings, name, content, message):
    settings.UPLOAD_DOCUMENT_MAX_SIZE = 1024

    response = admin_add_practice(editor_client, document=upload(name, content))

    assert inline_errors(response, "documents") == [{"file": [message]}]
    assert message in response.content.decode()
    assert not PracticeDocument.objects.exists()


def test_admin_stores_clean_uploads_under_generated_names(editor_client, settings):
    response = admin_add_practice(
        editor_client,
        cover_image=upload("IMG_0001.jpg", jpeg_with_gps(), "image/jpeg"),
        gallery_image=png_file("Grandma's garden.png"),
        document=upload("Final report.docx", office_document()),
    )

    assert response.status_code == 302
    practice = GoodPractice.objects.get(slug="transfer-hub")
    document = practice.documents.get()
    names = [practice.cover_image.name, practice.images.get().image.name, document.file.name]
    assert [STORED_NAME.fullmatch(name).groups() for name in names] == [
        ("practices", "goodpractice", "jpg"),
        ("practices", "practiceimage", "png"),
        ("practices", "practicedocument", "docx"),
    ]
    with practice.cover_image.open("rb") as cover:
        assert dict(Image.open(cover).getexif()) == {}
    assert (settings.PRIVATE_MEDIA_ROOT / document.file.name).read_bytes() == office_document()


def test_admin_keeps_the_logo_when_its_replacement_is_refused(editor_client):
    organisation = OrganisationFactory(logo=png_file())
    stored = organisation.logo.name
    change = reverse("admin:projects_organisation_change", args=[organisation.pk])
    form = editor_client.get(change).context["adminform"].form
    data = {
        name: value
        for name, value in form.initial.items()
        if value is not None and name in form.fields and name != "logo"
    }

    response = editor_client.post(change, {**data, "logo": upload("logo.svg", b"<svg/>")})

    assert response.context["adminform"].form.errors == {"logo": [SVG]}
    assert Organisation.objects.get().logo.name == stored


def test_admin_file_inputs_offer_only_accepted_types(editor_client):
    html = editor_client.get(reverse("admin:practices_goodpractice_add")).content.decode()

    assert 'accept="image/jpeg,image/png,image/webp,image/gif"' in html
    assert 'accept=".pdf,.odt,.ods,.odp,.docx,.xlsx,.pptx"' in html


def test_admin_links_a_stored_document_to_its_download_view(editor_client):
    document = PracticeDocumentFactory()

    response = editor_client.get(
        reverse("admin:practices_goodpractice_change", args=[document.practice.pk])
    )

    assert f'<a href="{document.get_absolute_url()}">{document.file.name}</a>' in (
        response.content.decode()
    )


def test_documents_assigned_in_code_get_the_same_checks():
    with pytest.raises(ValidationError) as raised:
        PracticeDocumentFactory(file=upload("report.pdf", b"Just text, called a PDF."))

    assert raised.value.messages == [DOCUMENT_TYPE]


def test_a_document_uploaded_through_the_admin_is_read_once(editor_client, monkeypatch):
    checked = []

    def document_type_counted(upload):
        checked.append(upload.name)
        return document_type(upload)

    monkeypatch.setattr("portal.db.uploads.document_type", document_type_counted)

    response = admin_add_practice(editor_client, document=upload("report.pdf", minimal_pdf()))

    assert response.status_code == 302
    assert checked == ["report.pdf"]
    assert GoodPractice.objects.get().documents.get().file.name.endswith(".pdf")
