"""A real SMTP server on loopback (aiosmtpd) that keeps what it receives, for the mail tests."""

import email
from email.message import EmailMessage
from email.policy import default

import pytest
from aiosmtpd.controller import Controller

from tests.support.server import free_port


class KeepingHandler:
    """Accepts every message and keeps it, as received, with its envelope."""

    def __init__(self):
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


class SMTPServer:
    """An SMTP server on 127.0.0.1:`port`, which nothing listens on until `start()`."""

    def __init__(self):
        self.host, self.port = "127.0.0.1", free_port()
        self.handler = KeepingHandler()
        self.controller = None

    @property
    def url(self):
        return f"smtp://{self.host}:{self.port}"

    def start(self):
        self.controller = Controller(self.handler, hostname=self.host, port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    @property
    def received(self) -> list[EmailMessage]:
        """What arrived, parsed as a mail client would."""
        return [
            email.message_from_bytes(envelope.original_content, policy=default)
            for envelope in self.handler.envelopes
        ]

    @property
    def envelope_recipients(self) -> list[list[str]]:
        return [envelope.rcpt_tos for envelope in self.handler.envelopes]


@pytest.fixture
def smtp_server():
    """An SMTP server on a free port of loopback, not started: the test starts it when it likes."""
    server = SMTPServer()
    yield server
    server.stop()


@pytest.fixture
def smtp_settings(settings, smtp_server):
    """Django's SMTP backend, pointed at `smtp_server` (down until it is started)."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = smtp_server.host, smtp_server.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    return settings
