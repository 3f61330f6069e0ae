"""Mail in the browser journeys: the real worker delivers what is due to the SMTP server on
loopback, and the tests compare what arrived with what the portal writes."""

import subprocess
import sys

from django.template.loader import render_to_string
from django.utils import translation

from tests.support import ROOT


def deliver(portal):
    """Run the real worker with the portal's environment: it sends what is due and stops."""
    subprocess.run(
        [sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay"],
        cwd=ROOT,
        env=portal.env,
        check=True,
        capture_output=True,
        timeout=120,
    )


def subject(template, language, **context):
    """The subject the portal gives the e-mail of `template` in `language` (one line, as
    portal.mail's mail_compose makes it)."""
    with translation.override(language):
        return " ".join(render_to_string(f"{template}_subject.txt", context).split())


def unfolded(header):
    """A header as a mail client shows it: Django's messages (Python's compat32 policy) fold a
    non-ASCII subject before its first encoded word, and parsing keeps that space."""
    return " ".join(str(header).split())


def received_by(mail_server, address):
    """The messages the SMTP server received for `address`, in the order they came."""
    return [
        message
        for recipients, message in zip(
            mail_server.envelope_recipients, mail_server.received, strict=True
        )
        if address in recipients
    ]


def plain_text(message):
    return message.get_body(preferencelist=("plain",)).get_content()
