"""The demo texts in pl, cs and en: data only, imports nothing but its own helpers."""
