"""The database side of site search: an accent-blind text search configuration, an unaccent wrapper.

PostgreSQL has no Polish or Czech configuration, so `portal_search` is `simple` (lower-case, no
stemming) with `unaccent` in front: "Ołomuniec", "staż" and "Přerov" are indexed as "olomuniec",
"staz" and "prerov". `unaccent()` itself is only STABLE (its dictionary could change), so trigram
expression indexes use an IMMUTABLE wrapper that names the dictionary and its schema explicitly.
"""

from django.db import migrations

CREATE_CONFIGURATION = """
CREATE TEXT SEARCH CONFIGURATION portal_search (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION portal_search
    ALTER MAPPING FOR word, hword, hword_part, numword, numhword, hword_numpart
    WITH public.unaccent, pg_catalog.simple;
"""

DROP_CONFIGURATION = "DROP TEXT SEARCH CONFIGURATION IF EXISTS portal_search;"

CREATE_UNACCENT_FUNCTION = """
CREATE OR REPLACE FUNCTION portal_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN public.unaccent('public.unaccent'::regdictionary, $1);
"""

DROP_UNACCENT_FUNCTION = "DROP FUNCTION IF EXISTS portal_unaccent(text);"


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0002_editors_group"),
    ]

    operations = [
        migrations.RunSQL(CREATE_CONFIGURATION, DROP_CONFIGURATION),
        migrations.RunSQL(CREATE_UNACCENT_FUNCTION, DROP_UNACCENT_FUNCTION),
    ]
