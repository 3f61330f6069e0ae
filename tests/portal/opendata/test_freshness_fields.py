"""A practice's freshness in the API and the downloads: `last_reviewed` and `stale`."""

import datetime
import json

import pytest
from django.utils import timezone

from practices.models import GoodPractice
from tests.support.factories import GoodPracticeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def practices():
    old = GoodPracticeFactory(slug="old", year_start=2016)
    # 23:30 UTC is the next day in the portal's time zone (Europe/Warsaw).
    GoodPractice.objects.filter(pk=old.pk).update(
        reviewed_at=datetime.datetime(2023, 3, 14, 23, 30, tzinfo=datetime.UTC)
    )
    recent = GoodPracticeFactory(slug="recent", year_start=2017)
    GoodPractice.objects.filter(pk=recent.pk).update(
        reviewed_at=timezone.now() - datetime.timedelta(days=729)
    )
    GoodPracticeFactory(slug="never", year_start=2018)


def freshness(rows):
    return {row["slug"]: (row["last_reviewed"], row["stale"]) for row in rows}


def expected():
    recent = timezone.localdate(timezone.now() - datetime.timedelta(days=729)).isoformat()
    return {
        "old": ("2023-03-15", True),
        "recent": (recent, False),
        "never": (None, False),
    }


def test_the_api_list_and_detail_give_the_last_review_and_the_stale_flag(client, practices):
    listed = client.get("/api/v1/practices/").json()["results"]
    detail = client.get("/api/v1/practices/old/").json()

    assert freshness(listed) == expected()
    assert (detail["last_reviewed"], detail["stale"]) == ("2023-03-15", True)


def test_the_schema_documents_both_fields(client):
    schema = client.get("/api/v1/schema/").json()
    practice = schema["components"]["schemas"]["Practice"]["properties"]

    assert practice["last_reviewed"]["type"] == "string"
    assert practice["last_reviewed"]["format"] == "date"
    assert practice["last_reviewed"]["nullable"] is True
    assert practice["stale"]["type"] == "boolean"
    assert {"last_reviewed", "stale"} <= set(
        schema["components"]["schemas"]["Practice"]["required"]
    )


def test_the_json_download_has_both_columns(client, practices):
    document = client.get("/en/open-data/practices.json")
    results = json.loads(b"".join(document.streaming_content))["results"]

    assert freshness(results) == expected()
