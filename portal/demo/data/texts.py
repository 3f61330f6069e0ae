"""Helpers the demo data modules share: translated texts and the pictures' alternative texts."""

LANGUAGES = ("pl", "cs", "en")


def translated(pl, cs, en):
    return {"pl": pl, "cs": cs, "en": en}


def paragraphs(*rows):
    """A long text from (pl, cs, en) rows, one paragraph each, separated by a blank line."""
    return {lang: "\n\n".join(row[i] for row in rows) for i, lang in enumerate(LANGUAGES)}


# What the image generator (images.py) draws for each motif, said honestly.
MOTIF_ALT = {
    "city": translated(
        "Ilustracja: stylizowana panorama budynków miasta pod niebem",
        "Ilustrace: stylizované panorama městských budov pod oblohou",
        "Illustration: a stylised skyline of city buildings under a sky",
    ),
    "green": translated(
        "Ilustracja: drzewa i zielone wzgórza",
        "Ilustrace: stromy a zelené kopce",
        "Illustration: trees and green hills",
    ),
    "river": translated(
        "Ilustracja: stylizowana rzeka między zielonymi brzegami z drzewami",
        "Ilustrace: stylizovaná řeka mezi zelenými břehy se stromy",
        "Illustration: a stylised river between green banks with trees",
    ),
    "transport": translated(
        "Ilustracja: ulica z autobusem i wiatą przystanku tramwajowego",
        "Ilustrace: ulice s autobusem a přístřeškem tramvajové zastávky",
        "Illustration: a street with a bus and a tram stop shelter",
    ),
    "meeting": translated(
        "Ilustracja: grupa prostych postaci przy wspólnym stole",
        "Ilustrace: skupina jednoduchých postav u společného stolu",
        "Illustration: a group of simple figures around a table",
    ),
    "building": translated(
        "Ilustracja: nowoczesny budynek z zielonym, obsadzonym roślinami płaskim dachem",
        "Ilustrace: moderní budova se zelenou, osázenou plochou střechou",
        "Illustration: a modern building with a green, planted flat roof",
    ),
}
