"""E-mail settings from the environment: EMAIL_URL (django-environ), the sender addresses."""

import pytest

from tests.support.environment import settings_of

NAMES = ("EMAIL_BACKEND", "EMAIL_HOST", "EMAIL_PORT", "EMAIL_HOST_USER", "EMAIL_USE_TLS")


def test_production_sends_through_the_smtp_server_of_email_url():
    assert settings_of(
        *NAMES,
        "EMAIL_HOST_PASSWORD",
        "DEFAULT_FROM_EMAIL",
        "SERVER_EMAIL",
        EMAIL_URL="smtp+tls://portal%40example.org:s3cret@mail.example.org:587",
        DEFAULT_FROM_EMAIL="Dobre praktyki <portal@example.org>",
        SERVER_EMAIL="errors@example.org",
    ) == {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "mail.example.org",
        "EMAIL_PORT": 587,
        "EMAIL_HOST_USER": "portal@example.org",
        "EMAIL_USE_TLS": True,
        "EMAIL_HOST_PASSWORD": "s3cret",
        "DEFAULT_FROM_EMAIL": "Dobre praktyki <portal@example.org>",
        "SERVER_EMAIL": "errors@example.org",
    }


def test_without_email_url_production_uses_the_local_mail_server():
    assert settings_of("EMAIL_BACKEND", "EMAIL_HOST", "EMAIL_PORT", "SERVER_EMAIL") == {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "localhost",
        "EMAIL_PORT": 25,
        "SERVER_EMAIL": "noreply@localhost",
    }


@pytest.mark.parametrize(
    ("environment", "backend"),
    [
        ({"DJANGO_DEBUG": "true"}, "django.core.mail.backends.console.EmailBackend"),
        ({"EMAIL_URL": "consolemail://"}, "django.core.mail.backends.console.EmailBackend"),
        ({"EMAIL_URL": "filemail:///srv/mail"}, "django.core.mail.backends.filebased.EmailBackend"),
    ],
    ids=["development", "console", "folder"],
)
def test_development_prints_mail_and_email_url_chooses_otherwise(environment, backend):
    assert settings_of("EMAIL_BACKEND", **environment) == {"EMAIL_BACKEND": backend}


def test_a_mail_url_of_an_unknown_kind_is_refused():
    assert settings_of("EMAIL_BACKEND", EMAIL_URL="pigeon://loft") == (
        "django.core.exceptions.ImproperlyConfigured: Invalid email schema pigeon"
    )


def test_the_task_queue_is_in_postgresql_and_its_threshold_a_variable():
    assert settings_of("TASKS", "TASKS_STUCK_AFTER", DJANGO_TASKS_STUCK_MINUTES="30") == {
        "TASKS": {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}},
        "TASKS_STUCK_AFTER": "0:30:00",
    }
