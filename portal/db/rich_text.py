"""Rich text that staff write: one editor configuration and one sanitiser for the whole portal.

Staff format long texts (a practice's solution, a page's body) in django-prose-editor. Whatever
reaches the database has passed `rich_text_html()`: nh3 (ammonia) keeps only the tags, attributes
and URL schemes of the allow-list below, whatever wrote it (the admin, the demo loader, an import,
`bulk_create()`, `update()`). Templates clean it once more before marking it safe, so a row written
by other means (raw SQL, an old backup) cannot bring script into a page either.

Plain text without tags (what the demo data and rows older than the editor hold) becomes escaped
paragraphs first: a blank line starts a paragraph, a single line break is kept as <br>.
"""

import html
import re

import nh3
from django.contrib.admin.widgets import AdminTextareaWidget
from django.db.models import Func, TextField
from django_prose_editor.fields import ProseEditorField, ProseEditorFormField
from django_prose_editor.widgets import AdminProseEditorWidget, importmap

# What the editor offers. Its menu and the allow-list below must agree: a test checks that the
# editor can produce no tag the sanitiser would drop.
EDITOR_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Heading": {"levels": [2, 3, 4]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    # No "open in a new window": links open where the visitor reads, so no target and no rel.
    "Link": {"enableTarget": False},
    "Blockquote": True,
    "HardBreak": True,
    # Every menu item a button in a row: the library's default puts the block types in a
    # dropdown, a <div popover> inside a <span> (invalid HTML) whose face is a copy of a button.
    "Menu": {
        "groups": [
            {"group": "blockType -lists"},
            {"group": "lists"},
            {"group": "nodes -blockType -lists"},
            {"group": "marks"},
            {"group": "link"},
            {"group": "history"},
        ]
    },
}

ALLOWED_TAGS = {"p", "br", "strong", "em", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "a"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}}
# Relative addresses (/en/good-practices/...) stay allowed; they have no scheme.
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}

SANITISER = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    url_schemes=ALLOWED_URL_SCHEMES,
    link_rel=None,
    strip_comments=True,
)
# Everything but the text: for excerpts and search snippets.
TEXT_ONLY = nh3.Cleaner(tags=set(), attributes={}, link_rel=None)

# What an HTML parser would take for the start of markup: a tag, an end tag, a comment or a
# doctype. Text without any of these is plain text, whatever else it holds ("a < b", "AT&T").
MARKUP = re.compile(r"<[a-zA-Z/!?]")
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# Where the sanitiser's output (it always writes <br>, attributes after a space) breaks the
# text: its blocks and line breaks. The same pattern works in Python and PostgreSQL.
BREAKING_TAG_AFTER_ITS_OPENING = r"/?(?:p|h[2-4]|ul|ol|li|blockquote)(?: [^>]*)?>|br>"
TEXT_BREAK = f"<(?:{BREAKING_TAG_AFTER_ITS_OPENING})"
EMPTY_ELEMENT = re.compile(r"^<(?P<tag>\w+)></(?P=tag)>$")
ASCII_WHITESPACE = re.compile(r"[ \t\n\r\f\v]+")
# Control characters have no place in HTML (PostgreSQL cannot even store NUL); tab and line
# breaks stay.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def paragraphs_html(text: str) -> str:
    """Plain text as escaped HTML paragraphs: a blank line separates them, a line break is <br>."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    paragraphs = [paragraph for paragraph in PARAGRAPH_BREAK.split(text) if paragraph.strip()]
    return "".join(
        "<p>{}</p>".format("<br>".join(html.escape(line, quote=False) for line in lines))
        for lines in (paragraph.split("\n") for paragraph in paragraphs)
    )


def rich_text_html(value: str | None) -> str | None:
    """The HTML to store and show for a rich text: only the allow-list's tags, attributes, schemes.

    The result is stable: cleaning it again gives it back unchanged. None (an empty translation
    column) stays None.
    """
    if value is None:
        return None
    value = CONTROL_CHARACTERS.sub("", value)
    if not MARKUP.search(value):
        value = paragraphs_html(value)
    cleaned = SANITISER.clean(value).strip()
    # The editor always leaves an empty paragraph; an empty text must stay empty (and falsy).
    if EMPTY_ELEMENT.match(cleaned):
        return ""
    # Markup that was all dropped ("<b>x</b>") leaves bare text: one paragraph, so that cleaning
    # the result again does not read it as plain text and change it.
    if cleaned and not MARKUP.search(cleaned):
        return f"<p>{cleaned}</p>"
    return cleaned


def rich_text_plain(value: str | None) -> str:
    """The words of a rich text without markup, on one line: for excerpts and descriptions."""
    cleaned = rich_text_html(value) or ""
    text = html.unescape(TEXT_ONLY.clean(re.sub(TEXT_BREAK, " ", cleaned)))
    # Only ASCII whitespace collapses, as in PostgreSQL: a no-break space stays one.
    return ASCII_WHITESPACE.sub(" ", text).strip(" ")


# The entities the sanitiser writes in text and attribute values (it writes every other
# character as itself); &amp; comes last so that "&amp;lt;" becomes "&lt;", not "<".
SANITISER_ENTITIES = (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&nbsp;", "\xa0"))


def _sql_text(text):
    return "'" + text.replace("'", "''") + "'"


def _rich_text_plain_template():
    # One template of constants rather than a tree of a dozen Func/Replace expressions: search
    # names each snippet column several times, and compiling such trees slowed every page.
    # Two regular expressions, each matching only where the text changes: the tags that do not
    # break the text go, then the breaking tags and runs of whitespace (not a lone space) become
    # one space. In the sanitiser's output every "<" opens a tag, so this is rich_text_plain()'s
    # result, at a third of the cost of a pass per kind of tag and one per space: the downloads
    # run it on five texts of every practice (docs/performance.md, "Downloads").
    sql = "%(expressions)s"
    other_tag = f"<(?!{BREAKING_TAG_AFTER_ITS_OPENING})[^>]*>"
    sql = f"regexp_replace({sql}, {_sql_text(other_tag)}, '', 'g')"
    whitespace = r"[ \t\n\r\f\v]"  # ASCII_WHITESPACE's, as Python's rich_text_plain() has it
    breaks = rf"(?:<[^>]*>|{whitespace}){{2,}}|<[^>]*>|[\t\n\r\f\v]"
    sql = f"regexp_replace({sql}, {_sql_text(breaks)}, ' ', 'g')"
    # No entity decodes to ASCII whitespace, so decoding after the collapse changes nothing.
    for entity, character in (*SANITISER_ENTITIES, ("&amp;", "&")):
        sql = f"replace({sql}, {_sql_text(entity)}, {_sql_text(character)})"
    return f"btrim({sql}, ' ')"


RICH_TEXT_PLAIN_TEMPLATE = _rich_text_plain_template()


def rich_text_plain_sql(expression):
    """`rich_text_plain()` in SQL, for stored (sanitised) HTML: tags out, entities decoded.

    The sanitiser escapes < and > inside attribute values, so a tag ends at the first >.
    """
    return Func(expression, template=RICH_TEXT_PLAIN_TEMPLATE, output_field=TextField())


class RichTextAdminWidget(AdminProseEditorWidget):
    """The admin's editor, without its import map.

    Django's admin renders a form's media without the Content-Security-Policy nonce, and the
    import map is an inline script: templates/admin/base_site.html renders it with the nonce.
    """

    @property
    def media(self):
        media = super().media
        return media["css"] + media["js"]


def rich_text_importmap(nonce: str = ""):
    """The editor's import map as a <script type="importmap">, with the CSP nonce if any."""
    return importmap.render(attrs={"nonce": nonce} if nonce else None)


class RichTextFormField(ProseEditorFormField):
    """The editor in a form; what staff submit is sanitised before "required" is checked."""

    def __init__(self, *args, **kwargs):
        widget = kwargs.get("widget")
        widget_class = widget if isinstance(widget, type) else type(widget)
        if issubclass(widget_class, AdminTextareaWidget):
            # The admin asks for its textarea (formfield_overrides): give it the editor whose
            # import map the admin's base template renders.
            kwargs["widget"] = RichTextAdminWidget
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        return rich_text_html(super().to_python(value))


class RichTextField(ProseEditorField):
    """A long text staff format: paragraphs, bold, italic, headings, lists, links, quotes.

    Stored as sanitised HTML in a text column (the migrations see a plain TextField). Every
    way of writing it sanitises: `full_clean()`, `save()` and `bulk_create()` (through
    `pre_save`), `update()` and `bulk_update()` (through `get_db_prep_save`).
    """

    def __init__(self, *args, **kwargs):
        kwargs.update(
            config={"extensions": dict(EDITOR_EXTENSIONS)},
            sanitize=rich_text_html,
            preset="configurable",
        )
        super().__init__(*args, **kwargs)

    def clean(self, value, instance):
        # Sanitise before validating, so that a text of nothing but script is "blank".
        value = rich_text_html(self.to_python(value))
        self.validate(value, instance)
        self.run_validators(value)
        return value

    def pre_save(self, model_instance, add):
        value = rich_text_html(super().pre_save(model_instance, add))
        # Straight into the instance's __dict__: for a translated field's original name
        # modeltranslation's descriptor would write the value into the active language's column.
        model_instance.__dict__[self.attname] = value
        return value

    def get_db_prep_save(self, value, connection):
        if isinstance(value, str):
            value = rich_text_html(value)
        return super().get_db_prep_save(value, connection)

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": RichTextFormField, **kwargs})


def rich_text_columns_convert(model, columns, *, batch_size=1000):
    """Store sanitised HTML in `columns` of every row of `model`; return how many rows changed.

    For data migrations: reads the rows in chunks and writes only those that change, in batches,
    so that it keeps a steady memory use over any number of rows.
    """
    changed = 0
    pending = []
    rows = (
        model._base_manager.order_by("pk")
        .values_list("pk", *columns)
        .iterator(chunk_size=batch_size)
    )
    for pk, *values in rows:
        converted = [rich_text_html(value) for value in values]
        if converted != values:
            pending.append(model(pk=pk, **dict(zip(columns, converted, strict=True))))
        if len(pending) == batch_size:
            changed += model._base_manager.bulk_update(pending, columns)
            pending = []
    if pending:
        changed += model._base_manager.bulk_update(pending, columns)
    return changed
