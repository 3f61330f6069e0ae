"""Model fields for files staff upload: pictures and documents, checked by their content.

A picture is decoded with Pillow and stored re-encoded from its pixels, so nothing but the picture
reaches the site: no EXIF (GPS included), XMP or comments, no bytes hidden after the image. A
document must be a PDF, an OpenDocument or an Office Open XML file by its content, not its name,
and is kept outside MEDIA_ROOT: only a view hands it out, as a download. Every stored file gets a
generated name; the uploader's never reaches the disk.
"""

import io
import uuid
import warnings
import zipfile
from pathlib import PurePath

from defusedxml import ElementTree
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.images import get_image_dimensions
from django.db import models
from django.db.models.fields.files import FieldFile, ImageFieldFile
from django.http import FileResponse
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError
from pypdf import PasswordType, PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

from portal.db.renditions import (
    RENDITIONS,
    renditions_complete,
    renditions_pending,
    renditions_queue_on_commit,
)
from portal.operations.storage import private_storage

# Every decode in the process, sorl-thumbnail's included, refuses what an upload may not have.
Image.MAX_IMAGE_PIXELS = settings.UPLOAD_PICTURE_MAX_PIXELS

# The formats Pillow may read an upload as; no other decoder gets to see it.
PICTURE_OPEN_FORMATS = ["JPEG", "PNG", "WEBP", "GIF"]
# Pillow's name of each decoded picture's format: the format it is stored in, and its extension.
# Animated pictures keep their first frame; GIF becomes PNG, which keeps its transparency.
PICTURE_FORMATS = {
    "JPEG": ("JPEG", ".jpg"),
    # What Pillow calls a JPEG holding several pictures (some cameras write them).
    "MPO": ("JPEG", ".jpg"),
    "PNG": ("PNG", ".png"),
    "WEBP": ("WEBP", ".webp"),
    "GIF": ("PNG", ".png"),
}
PICTURE_SAVE_OPTIONS = {
    "JPEG": {"quality": 90, "optimize": True},
    "PNG": {},
    "WEBP": {"quality": 90},
}
PICTURE_MIME_TYPES = ["image/jpeg", "image/png", "image/webp", "image/gif"]
PNG_MODES = {"1", "L", "LA", "P", "RGB", "RGBA"}

# The document types accepted, by stored extension, with the Content-Type they are served with.
# Legacy binary Office files (DOC, XLS, PPT) are refused: they carry macros under the same
# extension, cannot be told from other OLE2 files without a full parser, and every office suite
# since 2007 saves the XML formats.
DOCUMENT_TYPES = {
    "pdf": "application/pdf",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}
OPENDOCUMENT_TYPES = {DOCUMENT_TYPES[extension]: extension for extension in ("odt", "ods", "odp")}
# The content type of an Office Open XML file's main part, in [Content_Types].xml.
OFFICE_MAIN_PARTS = {
    f"{DOCUMENT_TYPES[extension]}.main+xml": extension for extension in ("docx", "xlsx", "pptx")
}
OFFICE_MACRO_MAIN_PARTS = {
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml",
}
CONTENT_TYPES_NAMESPACE = "{http://schemas.openxmlformats.org/package/2006/content-types}"
# Old Office files, and Office files with a password, are OLE2 compound files.
OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# The small members read from an archive; anything larger is not a real document's.
ZIP_MEMBER_MAX_SIZE = 1024 * 1024
# Relationship parts list every hyperlink of a document: a long spreadsheet's may be larger.
RELATIONSHIPS_MAX_SIZE = 16 * 1024 * 1024
# The relationship type an Office document may point outside itself with: a hyperlink, followed
# only when the reader clicks it. Any other external target (a template, linked data, pictures,
# OLE objects, frames, subdocuments) is fetched or opened with the document.
OFFICE_EXTERNAL_TYPES_ALLOWED = {"hyperlink"}
# PDF actions that run a script, start a program, open or fetch another file, or send what is
# typed into a form elsewhere. Links to addresses (URI), jumps inside the document (GoTo) and
# named actions (next page, print) stay.
PDF_ACTIVE_ACTIONS = {
    "/JavaScript",
    "/Launch",
    "/GoToR",
    "/GoToE",
    "/ImportData",
    "/SubmitForm",
    "/Rendition",
    "/RichMediaExecute",
}
# A download's name, in characters before its extension: two bytes each in Polish or Czech
# still leave room under the 255 bytes most file systems allow a name.
DOWNLOAD_NAME_MAX_LENGTH = 100

MESSAGES = {
    "too_large": _("The file is %(size)s; files up to %(limit)s are accepted."),
    "svg": _(
        "SVG drawings are not accepted, as they can carry scripts. "
        "Export the drawing as a PNG picture and upload that."
    ),
    "picture_type": _("This file is not a picture in JPEG, PNG, WebP or GIF format."),
    "too_many_pixels": _(
        "The picture has too many pixels: up to %(limit)s megapixels are accepted. "
        "Make it smaller and upload it again."
    ),
    "broken_picture": _("The picture cannot be read: the file is damaged or incomplete."),
    "document_type": _(
        "This file is not a PDF, OpenDocument (ODT, ODS, ODP) "
        "or Microsoft Office (DOCX, XLSX, PPTX) document."
    ),
    "legacy_document": _(
        "Old Microsoft Office files (DOC, XLS, PPT) and files with a password are not accepted. "
        "Save the document as DOCX, XLSX or PPTX without a password and upload that."
    ),
    "macros": _(
        "Documents with macros are not accepted. Save the document without macros "
        "(for example as DOCX instead of DOCM) and upload that."
    ),
    "external_content": _(
        "Documents that fetch something from another file or address when they open "
        "(a linked template, linked data or pictures, an external object) are not accepted. "
        "Remove those links (attach the default template, break the links to data so the "
        "values stay in the file, insert pictures instead of linking them) and upload the "
        "document again. Hyperlinks are fine."
    ),
    "pdf_scripts": _(
        "PDFs with scripts, or with actions that start programs, open other files or send "
        "form data, are not accepted. Print the document to a new PDF (or save it again "
        "without scripts) and upload that."
    ),
    "pdf_attachments": _(
        "PDFs with attached files are not accepted. Save the PDF again without its "
        "attachments and upload that; an attachment can be uploaded as a document of its own."
    ),
    "pdf_password": _(
        "PDFs protected with a password are not accepted. Save the PDF without a password "
        "and upload that."
    ),
    "broken_pdf": _(
        "The PDF cannot be read: the file is damaged or incomplete. Save or export it again "
        "and upload that."
    ),
}


def upload_path(instance, filename):
    """Store uploads under a generated name; the uploader's file name is never used on disk."""
    extension = PurePath(filename).suffix.lower()[:10]
    folder = f"{instance._meta.app_label}/{instance._meta.model_name}"
    return f"{folder}/{timezone.now():%Y/%m}/{uuid.uuid4().hex}{extension}"


def refusal(code, **params):
    return ValidationError(MESSAGES[code], code=code, params=params or None)


def upload_size_check(upload, limit):
    if upload.size > limit:
        raise refusal("too_large", size=filesizeformat(upload.size), limit=filesizeformat(limit))


def upload_head(upload, length=2048):
    """The first bytes of the upload, leaving it at its start."""
    upload.seek(0)
    head = upload.read(length)
    upload.seek(0)
    return head


def looks_like_svg(head):
    """Whether the bytes start an XML or SVG document (Pillow would not call them a picture)."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return text.startswith(b"<") and b"<svg" in text


class CleanPicture(ContentFile):
    """A picture re-encoded from its pixels: safe to store as it is."""


def picture_clean(upload):
    """The upload as a picture re-encoded from its decoded pixels; ValidationError if it is none.

    Refused: files above UPLOAD_PICTURE_MAX_SIZE; SVG, by name or content; anything Pillow does
    not read as one of PICTURE_OPEN_FORMATS; pictures above UPLOAD_PICTURE_MAX_PIXELS, known from
    the header before decoding; files that fail to decode.
    """
    upload_size_check(upload, settings.UPLOAD_PICTURE_MAX_SIZE)
    if PurePath(upload.name or "").suffix.lower() in {".svg", ".svgz"}:
        raise refusal("svg")
    if looks_like_svg(upload_head(upload)):
        raise refusal("svg")
    max_pixels = settings.UPLOAD_PICTURE_MAX_PIXELS
    too_many_pixels = refusal("too_many_pixels", limit=f"{max_pixels / 1_000_000:g}")
    try:
        with warnings.catch_warnings():
            # Pillow only warns between MAX_IMAGE_PIXELS and twice that; an upload stops there.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(upload, formats=PICTURE_OPEN_FORMATS) as image:
                if image.width * image.height > max_pixels:
                    raise too_many_pixels
                content, extension = picture_reencode(image)
    except UnidentifiedImageError as error:
        raise refusal("picture_type") from error
    except (Image.DecompressionBombWarning, Image.DecompressionBombError) as error:
        raise too_many_pixels from error
    except ValidationError:
        raise
    except Exception as error:
        # Pillow reports a damaged file with whatever its decoder hit: OSError, SyntaxError, ...
        raise refusal("broken_picture") from error
    finally:
        upload.seek(0)
    return CleanPicture(content, name=f"picture{extension}")


def picture_reencode(image):
    """The picture's pixels, turned upright and into sRGB, saved afresh with no metadata."""
    output_format, extension = PICTURE_FORMATS[image.format]
    # Decodes the first frame; turns it as its EXIF orientation says, since that tag goes.
    picture = ImageOps.exif_transpose(image)
    if icc_profile := image.info.get("icc_profile"):
        picture = picture_to_srgb(picture, icc_profile)
    if output_format == "JPEG":
        mode = "L" if picture.mode in {"1", "L"} else "RGB"
    elif output_format == "PNG" and picture.mode in PNG_MODES:
        mode = picture.mode
    else:
        mode = "RGBA" if picture.has_transparency_data else "RGB"
    if picture.mode != mode:
        picture = picture.convert(mode)
    # Only a palette's transparency survives; Pillow would write comments and profiles from info.
    picture.info = {key: value for key, value in picture.info.items() if key == "transparency"}
    buffer = io.BytesIO()
    picture.save(buffer, output_format, **PICTURE_SAVE_OPTIONS[output_format])
    return buffer.getvalue(), extension


def picture_to_srgb(picture, icc_profile):
    """Colours converted from the embedded profile to sRGB, which is assumed once it is gone.

    Phones tag photos with wide-gamut profiles (Display P3); dropped, their colours would fade.
    A profile that cannot be read is dropped and the pixels are kept as they are.
    """
    if picture.mode not in {"RGB", "CMYK"}:
        return picture
    try:
        return ImageCms.profileToProfile(
            picture,
            ImageCms.ImageCmsProfile(io.BytesIO(icc_profile)),
            ImageCms.createProfile("sRGB"),
            outputMode="RGB",
        )
    except (ImageCms.PyCMSError, OSError, ValueError):
        return picture


def document_type(upload):
    """The document's extension, read from its content; ValidationError for anything else."""
    upload_size_check(upload, settings.UPLOAD_DOCUMENT_MAX_SIZE)
    head = upload_head(upload, 8)
    if head.startswith(b"%PDF-"):
        pdf_check(upload)
        return "pdf"
    if head.startswith(OLE2_SIGNATURE):
        raise refusal("legacy_document")
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(upload) as archive:
                extension = archive_document_type(archive)
        except ValidationError:
            raise
        except Exception as error:
            # A damaged or hostile archive fails anywhere: BadZipFile, zlib.error, ParseError, ...
            raise refusal("document_type") from error
        finally:
            upload.seek(0)
        if extension:
            return extension
    raise refusal("document_type")


def archive_document_type(archive):
    """The extension of an OpenDocument or Office Open XML archive, or None for another ZIP."""
    names = archive.namelist()
    if names[:1] == ["mimetype"]:
        extension = OPENDOCUMENT_TYPES.get(
            archive_member(archive, "mimetype").decode("ascii", "replace")
        )
        if extension and any(name.startswith(("Basic/", "Scripts/")) for name in names):
            raise refusal("macros")
        return extension
    if "[Content_Types].xml" not in names:
        return None
    content_types = archive_member(archive, "[Content_Types].xml")
    parts = {
        override.get("PartName", "").lstrip("/"): override.get("ContentType")
        for override in office_xml(content_types).iter(f"{CONTENT_TYPES_NAMESPACE}Override")
    }
    if OFFICE_MACRO_MAIN_PARTS & set(parts.values()) or any(
        name.lower().endswith("vbaproject.bin") for name in names
    ):
        raise refusal("macros")
    for part, content_type in parts.items():
        if content_type in OFFICE_MAIN_PARTS and part in names:
            office_links_check(archive, names, parts)
            return OFFICE_MAIN_PARTS[content_type]
    return None


def office_xml(content):
    """An Office part's XML; Office declares no DTD or entities, so a part that does is refused."""
    return ElementTree.fromstring(content, forbid_dtd=True)


def office_links_check(archive, names, parts):
    """Refuse an Office document with external relationships other than hyperlinks.

    Every part's links to other parts and to the outside are in a relationships part
    (`_rels/*.rels`): a remote attachedTemplate, an externalLink's workbook, a linked picture
    or OLE object is fetched when the document opens, and can carry what macros would.
    """
    # A workbook's external link part reaches another workbook, or a DDE or OLE server (which
    # starts a program) with no external relationship at all.
    if any(
        (content_type or "").endswith(".externalLink+xml") for content_type in parts.values()
    ) or any(name.lower().startswith("xl/externallinks/") for name in names):
        raise refusal("external_content")
    for name in names:
        if not name.lower().endswith(".rels"):
            continue
        relationships = office_xml(archive_member(archive, name, limit=RELATIONSHIPS_MAX_SIZE))
        for relationship in relationships.iter():
            if (
                relationship.tag.rpartition("}")[2] == "Relationship"
                and relationship.get("TargetMode", "").lower() == "external"
                and relationship.get("Type", "").rpartition("/")[2]
                not in OFFICE_EXTERNAL_TYPES_ALLOWED
            ):
                raise refusal("external_content")


def archive_member(archive, name, *, limit=ZIP_MEMBER_MAX_SIZE):
    """A small member of the archive, read only if it claims to be small."""
    if archive.getinfo(name).file_size > limit:
        return b""
    with archive.open(name) as member:
        return member.read(limit)


def pdf_check(upload):
    """Refuse a PDF that cannot be read, needs a password, or holds active content.

    Refused rather than cleaned: rewriting a PDF without its scripts can break its forms,
    signatures and accessibility tags, and what is served would no longer be what staff checked.
    """
    try:
        # Lenient, as PDF viewers are: real documents often have small faults in their tables.
        reader = PdfReader(upload, strict=False)
        # A PDF with only an owner password (no printing, no copying) opens with an empty one.
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise refusal("pdf_password")
        found = pdf_active_content(reader)
    except ValidationError:
        raise
    except Exception as error:
        # pypdf reports a damaged or hostile file with whatever it hit: PdfReadError, KeyError, ...
        raise refusal("broken_pdf") from error
    finally:
        upload.seek(0)
    if found:
        raise refusal(found)


def pdf_active_content(reader):
    """The refusal a PDF's active content calls for ("pdf_scripts", "pdf_attachments") or None.

    Every object a viewer can reach from the document catalog is looked at, streams undecoded:
    the open action, the document's, pages', annotations' and form fields' actions (and the
    actions they chain to), bookmarks, and the JavaScript and EmbeddedFiles name trees.
    """
    pending = [reader.trailer.get("/Root")]
    seen = set()
    while pending:
        item = pending.pop()
        if isinstance(item, IndirectObject):
            if (item.idnum, item.generation) in seen:
                continue
            seen.add((item.idnum, item.generation))
            item = item.get_object()
        if isinstance(item, DictionaryObject):
            if found := pdf_dictionary_active_content(item):
                return found
            pending.extend(item.values())
        elif isinstance(item, ArrayObject):
            pending.extend(item)
    return None


def pdf_dictionary_active_content(dictionary):
    """The refusal one PDF dictionary calls for: an action, a script, a form, a file; or None."""
    action, subtype, kind = (
        pdf_resolved(dictionary.get(key)) for key in ("/S", "/Subtype", "/Type")
    )
    if (
        action in PDF_ACTIVE_ACTIONS
        # A script (JavaScript and Rendition actions), an XFA form's scripts, Flash content.
        or "/JS" in dictionary
        or "/XFA" in dictionary
        or subtype == "/RichMedia"
    ):
        return "pdf_scripts"
    if "/EF" in dictionary or kind == "/EmbeddedFile":
        return "pdf_attachments"
    return None


def pdf_resolved(value):
    return value.get_object() if isinstance(value, IndirectObject) else value


def download_name(title, *, max_length=DOWNLOAD_NAME_MAX_LENGTH):
    """The title as a file name: a slug, in the title's own letters, cut after a whole word."""
    name = slugify(title, allow_unicode=True)
    if len(name) > max_length:
        name = name[: max_length + 1]
        name = name.rsplit("-", 1)[0] if "-" in name else name[:max_length]
    return name.strip("-_") or "document"


def document_response(document_file, *, title):
    """The document as an attachment named after its title: browsers save it, never render it."""
    extension = PurePath(document_file.name).suffix.lstrip(".").lower()
    response = FileResponse(
        document_file.open("rb"),
        as_attachment=True,
        filename=f"{download_name(title)}.{extension}",
        content_type=DOCUMENT_TYPES.get(extension, "application/octet-stream"),
    )
    # SecurityMiddleware adds it too; a download must not depend on the middleware order.
    response["X-Content-Type-Options"] = "nosniff"
    return response


class UploadNameLengthMixin:
    """Accept an uploaded file whatever the length of its name.

    The model field's max_length bounds the column, which holds the generated name
    (`upload_path`); Django would hold the uploader's name to it and refuse a long one.
    """

    def __init__(self, *, max_length=None, **kwargs):
        super().__init__(**kwargs)


class PictureFormField(UploadNameLengthMixin, forms.ImageField):
    """An upload checked and re-encoded by `picture_clean`, with a message for each refusal."""

    def to_python(self, data):
        upload = forms.FileField.to_python(self, data)
        return None if upload is None else picture_clean(upload)

    def widget_attrs(self, widget):
        return {**super().widget_attrs(widget), "accept": ",".join(PICTURE_MIME_TYPES)}


class DocumentFormField(UploadNameLengthMixin, forms.FileField):
    """An upload checked by `document_type` and named with the extension its content has."""

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is not None:
            upload.checked_document_type = document_type(upload)
            upload.name = f"{PurePath(upload.name).stem}.{upload.checked_document_type}"
        return upload

    def widget_attrs(self, widget):
        accept = [f".{extension}" for extension in DOCUMENT_TYPES]
        return {**super().widget_attrs(widget), "accept": ",".join(accept)}


class PictureFieldFile(ImageFieldFile):
    def save(self, name, content, save=True):
        # Forms hand over pictures already cleaned; code that assigns a file gets the same checks.
        if not isinstance(content, CleanPicture):
            content = picture_clean(content)
        # Known now from the bytes in memory: the page shows it before the thumbnails exist.
        self._dimensions_cache = get_image_dimensions(content)
        super().save(content.name, content, save)


class DocumentFieldFile(FieldFile):
    def save(self, name, content, save=True):
        # Forms hand over documents already checked (reading a PDF whole is not cheap); code that
        # assigns a file gets the same checks.
        extension = getattr(content, "checked_document_type", None) or document_type(content)
        super().save(f"document.{extension}", content, save)

    @property
    def url(self):
        """The view that serves the document: the model's own page (its get_absolute_url)."""
        self._require_file()
        return self.instance.get_absolute_url()


class PictureField(models.ImageField):
    """A picture: a photo, a cover or a logo; JPEG, PNG, WebP or GIF, stored without metadata.

    `renditions_field` names the model's JSONField that records the picture's thumbnails of the
    kinds in `renditions` (portal/db/renditions.py); a picture stored or changed by any save
    (a form, the admin, an import, a copy, a revert) has them made by the worker once committed.
    """

    attr_class = PictureFieldFile

    def __init__(self, *args, renditions_field=None, renditions=(), **kwargs):
        kwargs.setdefault("upload_to", upload_path)
        unknown = set(renditions) - set(RENDITIONS)
        if unknown:
            raise ValueError(f"unknown kinds of thumbnails: {sorted(unknown)}")
        self.renditions_field = renditions_field
        self.renditions = tuple(renditions)
        super().__init__(*args, **kwargs)

    def pre_save(self, model_instance, add):
        picture = super().pre_save(model_instance, add)
        if self.renditions_field:
            recorded = getattr(model_instance, self.renditions_field) or {}
            if not picture:
                setattr(model_instance, self.renditions_field, {})
            elif recorded.get("source") != picture.name:
                size = getattr(picture, "_dimensions_cache", None)
                setattr(
                    model_instance,
                    self.renditions_field,
                    renditions_pending(source=picture.name, size=size),
                )
                renditions_queue_on_commit(instance=model_instance, field_name=self.name)
            elif not renditions_complete(recorded):
                # Saved again before the worker came, or brought back incomplete (a revert, a
                # row loaded before the worker wrote the record): the task skips what is made.
                renditions_queue_on_commit(instance=model_instance, field_name=self.name)
        return picture

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": PictureFormField, **kwargs})


class DocumentField(models.FileField):
    """A document for download: a report, a leaflet, a presentation; kept in private storage.

    The model's get_absolute_url() must return the view that serves the document.
    """

    attr_class = DocumentFieldFile

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("upload_to", upload_path)
        kwargs.setdefault("storage", private_storage)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        # The storage follows PRIVATE_MEDIA_ROOT at run time; migrations need not know it.
        if kwargs.get("storage") is private_storage:
            del kwargs["storage"]
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": DocumentFormField, **kwargs})
