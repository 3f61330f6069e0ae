"""What a proposal changes, field by field and language by language, for the editors' review.

A change to a published entry is a draft copy of it (portal/content/revisions.py): comparing the
copy's columns, links and child rows with the entry's gives the differences. A new entry is
compared with nothing, so every field it fills is shown. Texts are compared word by word and
shown escaped, with <ins> and <del> around what was added and removed; rich text is compared as
its words, block by block, never as markup.
"""

import difflib
import html
import re
from dataclasses import dataclass
from pathlib import PurePath

from django.conf import settings
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from modeltranslation.fields import TranslationField

from portal.content.revisions import copied_fields, linked_fields
from portal.db.rich_text import TEXT_BREAK, TEXT_ONLY, RichTextField, rich_text_html

LANGUAGE_ORDER = [code for code, _name in settings.LANGUAGES]
WORDS = re.compile(r"\s+|[^\s]+")


@dataclass(frozen=True)
class Difference:
    """One field (in one language) whose value the proposal changes or, for a new entry, sets."""

    label: str
    language: str
    before: str
    after: str

    @property
    def marked(self) -> SafeString:
        """The text with what the proposal removes in <del> and adds in <ins>, escaped."""
        return text_marked(self.before, self.after)


def text_marked(before: str, after: str) -> SafeString:
    """`after` compared with `before` word by word: escaped, changes in <del> and <ins>.

    A space alone between two changes joins them, so a rewritten sentence reads as one
    removal and one addition rather than word by word."""
    old, new = WORDS.findall(before), WORDS.findall(after)
    opcodes = difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes()
    parts, removed, added = [], [], []

    def flush():
        if removed:
            parts.append(f"<del>{escape(''.join(removed))}</del>")
        if added:
            parts.append(f"<ins>{escape(''.join(added))}</ins>")
        removed.clear()
        added.clear()

    for index, (tag, old_start, old_end, new_start, new_end) in enumerate(opcodes):
        if tag != "equal":
            removed += old[old_start:old_end]
            added += new[new_start:new_end]
            continue
        kept = old[old_start:old_end]
        between_changes = 0 < index < len(opcodes) - 1 and (removed or added)
        if between_changes and "".join(kept).isspace():
            removed += kept
            added += kept
            continue
        flush()
        parts.append(escape("".join(kept)))
    flush()
    # Escaped above; line breaks (between blocks of a rich text) are shown as such.
    return mark_safe("".join(parts).replace("\n", "<br>"))


def rich_text_lines(value: str | None) -> str:
    """A rich text's words, a line per paragraph, heading or list item, without any markup."""
    cleaned = rich_text_html(value) or ""
    blocks = (
        html.unescape(TEXT_ONLY.clean(block)).strip() for block in re.split(TEXT_BREAK, cleaned)
    )
    return "\n".join(block for block in blocks if block)


def value_text(field, value) -> str:
    """A column's value as the reviewer reads it."""
    if value in (None, ""):
        return ""
    if isinstance(field, RichTextField):
        return rich_text_lines(value)
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if hasattr(value, "name") and hasattr(value, "storage"):
        return PurePath(value.name).name
    return str(value)


def column_label(field) -> tuple[str, str, int]:
    """The field's name as the admin shows it, its language ("" if none), and its position."""
    if isinstance(field, TranslationField):
        original = field.translated_field
        return str(original.verbose_name), field.language, original.creation_counter
    return str(field.verbose_name), "", field.creation_counter


def column_differences(published, proposal) -> list[tuple[tuple[int, int], Difference]]:
    differences = []
    for field in copied_fields(type(proposal)):
        # Not a partner's edit: what the portal derives (a picture's recorded thumbnails).
        if field.name == "revision_of" or not field.editable:
            continue
        if field.is_relation:
            before = str(getattr(published, field.name) or "") if published else ""
            after = str(getattr(proposal, field.name) or "")
        else:
            before = value_text(field, getattr(published, field.attname)) if published else ""
            after = value_text(field, getattr(proposal, field.attname))
        if before == after:
            continue
        label, language, position = column_label(field)
        differences.append(
            ((position, language_rank(language)), Difference(label, language, before, after))
        )
    return differences


def language_rank(language: str) -> int:
    return LANGUAGE_ORDER.index(language) if language in LANGUAGE_ORDER else -1


def link_differences(published, proposal) -> list[tuple[tuple[int, int], Difference]]:
    differences = []
    for field in linked_fields(type(proposal)):
        before = names(getattr(published, field.name).all()) if published else ""
        after = names(getattr(proposal, field.name).all())
        if before != after:
            differences.append(
                (
                    (field.creation_counter, -1),
                    Difference(str(field.verbose_name), "", before, after),
                )
            )
    return differences


def names(rows) -> str:
    return "\n".join(sorted(str(row) for row in rows))


def child_lines(entry, relation: str) -> list[tuple[str, str]]:
    """Each child row of `entry` (a picture, a document, a link, a contact), as one line per
    language: the row's columns in that language and those without one."""
    manager = getattr(entry, relation)
    model = manager.model
    fields = [
        field
        for field in copied_fields(model)
        if field.editable and (not field.is_relation or field.name == "contact")
    ]
    fields = [field for field in fields if field.name not in ("position", manager.field.name)]
    lines = {language: [] for language in ["", *LANGUAGE_ORDER]}
    rows = manager.select_related("contact") if relation == "contact_listings" else manager.all()
    for row in rows:
        common, by_language = [], {language: [] for language in LANGUAGE_ORDER}
        for field in fields:
            if field.is_relation:
                text = str(getattr(row, field.name))
            else:
                text = value_text(field, getattr(row, field.attname))
            if not text:
                continue
            if isinstance(field, TranslationField):
                by_language[field.language].append(text)
            else:
                common.append(text)
        row_name = " – ".join(common)
        lines[""].append(row_name)
        for language, texts in by_language.items():
            if texts:
                lines[language].append(f"{row_name}: {' – '.join(texts)}")
    return [(language, "\n".join(texts)) for language, texts in lines.items()]


def child_differences(published, proposal) -> list[tuple[tuple[int, int], Difference]]:
    differences = []
    for rank, relation in enumerate(proposal.revision_children):
        label = str(getattr(type(proposal), relation).rel.related_model._meta.verbose_name_plural)
        before = dict(child_lines(published, relation)) if published else {}
        for language, after in child_lines(proposal, relation):
            if before.get(language, "") != after:
                differences.append(
                    (
                        (10**9 + rank, language_rank(language)),
                        Difference(label, language, before.get(language, ""), after),
                    )
                )
    return differences


def entry_differences(*, proposal, published=None) -> list[Difference]:
    """What `proposal` changes on `published`, or, without it, everything the proposal holds.

    Fields come in the model's order, each language apart (pl, cs, en), then the links (themes,
    organisations, projects) and the child rows (gallery, documents, links, contact persons);
    unchanged fields are left out."""
    differences = [
        *column_differences(published, proposal),
        *link_differences(published, proposal),
        *child_differences(published, proposal),
    ]
    return [difference for _position, difference in sorted(differences, key=lambda pair: pair[0])]


def submission_differences(submission) -> list[Difference]:
    """The differences a reviewer reads: against the published entry for a change, or the whole
    new entry."""
    proposal = submission.proposal
    return entry_differences(proposal=proposal, published=proposal.revision_of)
