"""The API's schema as a client loads it: served by the portal, through its WSGI application."""

import schemathesis

from portal.wsgi import application


def served_schema():
    """The API's schema as the portal serves it, loaded through its WSGI application."""
    return schemathesis.openapi.from_wsgi("/api/v1/schema/", application)
