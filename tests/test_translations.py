from pathlib import Path

import polib
import pytest

# English is the source language of the interface: its strings are the msgids themselves.
LOCALE = Path(__file__).resolve().parent.parent / "portal" / "locale"


@pytest.mark.parametrize("language", ["pl", "cs"])
def test_every_interface_string_is_translated(language):
    catalogue = polib.pofile(LOCALE / language / "LC_MESSAGES" / "django.po")

    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert (untranslated, fuzzy) == ([], [])
    assert len(catalogue) > 100


@pytest.mark.parametrize("language", ["pl", "cs"])
def test_compiled_catalogues_match_their_sources(language):
    folder = LOCALE / language / "LC_MESSAGES"
    source = polib.pofile(folder / "django.po")
    compiled = polib.mofile(folder / "django.mo")

    def messages(catalogue):
        return {
            (entry.msgctxt, entry.msgid): entry.msgstr or dict(entry.msgstr_plural)
            for entry in catalogue
            if entry.msgid and not entry.obsolete and "fuzzy" not in entry.flags
        }

    assert messages(compiled) == messages(source)
