"""Addresses of other sites that content holds (a project's website, a practice's links).

The forms accept only http and https addresses, but a row written by other means (raw SQL, a
script, an old backup) may hold anything: `javascript:`, `data:`, spaces, letters outside ASCII.
`web_address()` is what pages and the API may link to: the address as a valid URI (RFC 3986) if
it is http, https or mailto, read as a browser reads it; otherwise None, and it is shown as text.
"""

import ipaddress
import re
from urllib.parse import quote, urlsplit, urlunsplit

LINKABLE_SCHEMES = {"http", "https", "mailto"}
# Browsers drop C0 control characters and spaces around an address, and tabs and line breaks
# anywhere in it (WHATWG URL standard), so " JaVaScRiPt:..." and "java\tscript:" are scripts.
AROUND = "".join(chr(code) for code in range(0x21))
TAB_OR_NEWLINE = re.compile(r"[\t\n\r]")
SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")
# A host after IDNA encoding: letters, digits, dots and hyphens (RFC 3986's unreserved, less ~).
HOST_NAME = re.compile(r"[a-z0-9_.-]+")
# A percent sign that starts no escape is itself escaped.
STRAY_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
# What may stand unescaped in a path, query or fragment: RFC 3986's sub-delims, ":", "@", "/",
# "?" and the "%" of escapes; quote() adds letters, digits and "_.-~".
IN_COMPONENT = "!$&'()*+,;=:@/?%"
IN_USERINFO = "!$&'()*+,;=%"


def web_address(value: str | None) -> str | None:
    """The address as a URI to link to if it is http, https or mailto and can be one, else None.

    Letters outside ASCII and characters a URI cannot hold are percent-encoded (an IRI becomes
    its URI), a host outside ASCII is IDNA-encoded; an http(s) address needs a host.
    """
    if not value:
        return None
    address = TAB_OR_NEWLINE.sub("", str(value).strip(AROUND))
    scheme = SCHEME.match(address)
    if scheme is None or scheme[1].lower() not in LINKABLE_SCHEMES:
        return None
    try:
        parts = urlsplit(address)
        netloc = authority(parts) if parts.scheme in ("http", "https") else ""
    except (ValueError, UnicodeError):
        return None
    if parts.scheme == "mailto" and (parts.netloc or not parts.path):
        return None
    path, query, fragment = (
        quote(STRAY_PERCENT.sub("%25", component), safe=IN_COMPONENT)
        for component in (parts.path, parts.query, parts.fragment)
    )
    return urlunsplit((parts.scheme, netloc, path, query, fragment))


def authority(parts) -> str:
    """The user, host and port of an http(s) address, encoded; ValueError if it has no host."""
    host = parts.hostname
    if not host:
        raise ValueError("An http address needs a host.")
    if ":" in host:
        host = f"[{ipaddress.IPv6Address(host).compressed}]"
    else:
        host = host.encode("idna").decode("ascii")
        if not HOST_NAME.fullmatch(host):
            raise ValueError("Not a host name.")
    port = parts.port
    user = ""
    if parts.username is not None:
        user = quote(parts.username, safe=IN_USERINFO)
        if parts.password is not None:
            user += ":" + quote(parts.password, safe=IN_USERINFO)
        user += "@"
    return user + host + (f":{port}" if port is not None else "")
