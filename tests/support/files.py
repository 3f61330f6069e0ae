"""Files as editors upload them, the names they are stored under and a refusal of their type."""

import io
import re
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image


def minimal_pdf(*extra_objects, catalog_entries=b""):
    """A one-page PDF with a correct cross-reference table, written byte by byte (for what pypdf
    would not write: escaped names, broken tables), with more objects and catalog entries."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R " + catalog_entries + b">>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        *extra_objects,
    ]
    body = b"%PDF-1.4\n"
    offsets = []
    for number, content in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n%s\nendobj\n" % (number, content)
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return body


DOCUMENT_TYPE = (
    "This file is not a PDF, OpenDocument (ODT, ODS, ODP) "
    "or Microsoft Office (DOCX, XLSX, PPTX) document."
)
STORED_NAME = re.compile(r"(\w+)/(\w+)/\d{4}/\d{2}/[0-9a-f]{32}\.(\w+)")
WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
EXCEL = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def jpeg_bytes(size=(40, 30), **save_options):
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 40, 40)).save(buffer, "JPEG", **save_options)
    return buffer.getvalue()


def zip_bytes(members, first=None):
    """A ZIP archive of {name: bytes}; `first` is stored uncompressed first, as ODF wants."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if first:
            archive.writestr(zipfile.ZipInfo(first[0]), first[1], compress_type=zipfile.ZIP_STORED)
        for name, content in members.items():
            # A fixed date: the same members give the same bytes, whenever they are made.
            member = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            archive.writestr(member, content, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def office_document(main_part="word/document.xml", main_type=f"{WORD}.main+xml", extra=None):
    """An Office Open XML package: [Content_Types].xml, the package relationships, a main part."""
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/{main_part}" ContentType="{main_type}"/>'
        "</Types>"
    )
    relationships = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Target="word/document.xml" Type="http://schemas.openxmlformats'
        '.org/officeDocument/2006/relationships/officeDocument"/></Relationships>'
    )
    document = (
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>Report</w:t></w:r></w:p></w:body></w:document>"
    )
    return zip_bytes(
        {
            "[Content_Types].xml": content_types,
            "_rels/.rels": relationships,
            main_part: document,
            **(extra or {}),
        }
    )


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)
