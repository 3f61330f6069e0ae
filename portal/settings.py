"""
The portal's settings, all read from the environment here and nowhere else.

Unset, they are safe: DEBUG is off, and without DEBUG the portal refuses to start
until DJANGO_SECRET_KEY is given. A `.env` file beside manage.py is read if present;
real environment variables win over it.
"""

from datetime import timedelta
from importlib.util import find_spec
from pathlib import Path
from urllib.parse import urlsplit

import environ
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from xstatic.pkg import jquery_ui

from portal.operations.storage import object_storages

# --- Paths and environment ---

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
if (BASE_DIR / ".env").is_file():
    environ.Env.read_env(BASE_DIR / ".env")

DEBUG = env.bool("DJANGO_DEBUG", default=False)

# --- Security ---

SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set: set it to a long random string, "
            "for example from "
            "`python -c 'import secrets; print(secrets.token_urlsafe(50))'`, "
            "or set DJANGO_DEBUG=true for local development."
        )
    SECRET_KEY = "django-insecure-local-development-only"

ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

# HTTPS, cookies and the headers every response carries (portal/operations/security.py adds
# Cross-Origin-Resource-Policy and serves /.well-known/security.txt). HTTPS is off unless asked
# for: local development and the browser tests run plain http.
HTTPS = env.bool("DJANGO_HTTPS", default=False)
SECURE_SSL_REDIRECT = HTTPS
# Health checks (portal/operations/health.py) come over plain http from inside, straight to
# gunicorn.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
LANGUAGE_COOKIE_SECURE = HTTPS
# No script reads the language cookie, and no other site needs to send it.
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
SECURE_HSTS_SECONDS = 365 * 24 * 60 * 60 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS and env.bool("DJANGO_HSTS_PRELOAD", default=False)
if HTTPS and not SECURE_HSTS_PRELOAD:
    # Joining browsers' preload list is the domain owner's decision (it binds every subdomain
    # and takes months to undo), so check --deploy does not ask for it.
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
# Behind a proxy that ends TLS: the header it sets to "https", e.g. X-Forwarded-Proto. Only
# where the proxy always sets it, or clients could claim HTTPS themselves.
if PROXY_SSL_HEADER := env.str("DJANGO_PROXY_SSL_HEADER", default=""):
    SECURE_PROXY_SSL_HEADER = ("HTTP_" + PROXY_SSL_HEADER.upper().replace("-", "_"), "https")
# Where security.txt tells researchers to report vulnerabilities: a mailto: or https: address.
SECURITY_CONTACT = env.str("DJANGO_SECURITY_CONTACT", default="")
SECURE_CONTENT_TYPE_NOSNIFF = True
# Other sites learn nothing of the pages visitors came from. The map's tiles ask for more (OSM's
# tile policy wants a referrer): LEAFLET_CONFIG sets strict-origin on them alone.
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# No inline scripts or styles anywhere: templates load static files, data goes in
# <script type="application/json"> (json_script), and a template that must inline a script
# gives it the request's nonce ({{ CSP_NONCE }} or request.csp_nonce, e.g. an import map), which
# only then enters the header. The nonce is lazy and falsy until read: use str(), no truth test.
# Leaflet and the admin's scripts set styles through the CSSOM, which CSP allows.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        # The rich text editor (Tiptap, in django-prose-editor 0.28) adds its base CSS as a
        # <style>: allowed by its hash alone. tests/browser/test_admin_csp.py fails if an upgrade
        # changes it (the browser's console then names the new hash).
        "style-src": [SELF, "'sha256-PlumsSlvJ7vvWzjqibGAYKq92O3y/4JTxWWsWJvyUYA='"],
        # The map's OpenStreetMap tiles; Leaflet blanks a removed tile with a data: GIF.
        "img-src": [SELF, "https://tile.openstreetmap.org", "data:"],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    },
}

# --- Applications, middleware and templates ---

INSTALLED_APPS = [
    # modeltranslation patches the admin, so it comes before it.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "csp",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "sorl.thumbnail",
    "django_prose_editor",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "simple_history",
    "import_export",
    # Background work: the django.tasks API, its queue in PostgreSQL run by `manage.py db_worker`.
    "django_tasks",
    "django_tasks_db",
    "portal",
    "portal.mail",
    "portal.contacts",
    "projects",
    "practices",
    "events",
    "portal.enquiries",
    "portal.contributions",
    "portal.alerts",
    "portal.transfers",
    # Country names in every language for the enquiry forms.
    "django_countries",
]

MIDDLEWARE = [
    # First: a page kept for anonymous visitors is answered before any other middleware runs,
    # with the headers they gave it when it was made (portal/operations/caching.py).
    "portal.operations.caching.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Before whitenoise, so that static files carry these headers too.
    "csp.middleware.CSPMiddleware",
    "portal.operations.security.CrossOriginResourcePolicyMiddleware",
    # Static files straight from the app server, compressed and cached for a year by hash.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Its process_exception runs before any other middleware's: a view that cannot reach the
    # database gets the translated 503 page.
    "portal.operations.outage.DatabaseOutageMiddleware",
    # Last, as django-axes asks: turns a locked-out login into its lockout response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.navigation",
                # {{ CSP_NONCE }}: the nonce of script-src, for the rare inline script.
                "csp.context_processors.nonce",
            ],
        },
    },
]

# Django 6 makes https the default scheme of URL form fields; take it now.
FORMS_URLFIELD_ASSUME_HTTPS = True

# --- Database ---

# PostgreSQL only: search, constraints and the tests rely on it.
DATABASES = {
    "default": env.db("DATABASE_URL", default="postgres://postgres@127.0.0.1:5432/crossborder"),
}
if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
    raise ImproperlyConfigured(
        "DATABASE_URL must point at PostgreSQL (postgres://user:password@host:port/name); "
        "the portal does not run on other databases."
    )
# A read replica of the primary (PostgreSQL streaming replication), for reads that may lag a
# little behind: portal/operations/replicas.py decides which reads go there.
if DATABASE_REPLICA_URL := env.str("DATABASE_REPLICA_URL", default=""):
    DATABASES["replica"] = env.db_url_config(DATABASE_REPLICA_URL)
    if DATABASES["replica"]["ENGINE"] != "django.db.backends.postgresql":
        raise ImproperlyConfigured(
            "DATABASE_REPLICA_URL must point at a PostgreSQL replica of DATABASE_URL "
            "(postgres://user:password@host:port/name)."
        )
    DATABASE_ROUTERS = ["portal.operations.replicas.PrimaryReplicaRouter"]
    # Right after the page cache, before anything that reads (the session, the user).
    MIDDLEWARE.insert(1, "portal.operations.replicas.PrimaryAfterWriteMiddleware")
# A database that stops answering must not hold a worker until gunicorn kills it: connecting,
# an idle or a busy connection and a statement each have a limit (docs/deploy.md says why these).
DATABASE_CONNECT_TIMEOUT = env.int("DATABASE_CONNECT_TIMEOUT", default=2)
DATABASE_KEEPALIVES = env.bool("DATABASE_KEEPALIVES", default=True)
DATABASE_KEEPALIVES_IDLE = env.int("DATABASE_KEEPALIVES_IDLE", default=10)
DATABASE_KEEPALIVES_INTERVAL = env.int("DATABASE_KEEPALIVES_INTERVAL", default=5)
DATABASE_KEEPALIVES_COUNT = env.int("DATABASE_KEEPALIVES_COUNT", default=3)
DATABASE_TCP_USER_TIMEOUT = env.int("DATABASE_TCP_USER_TIMEOUT", default=10)
DATABASE_STATEMENT_TIMEOUT = env.int("DATABASE_STATEMENT_TIMEOUT", default=20)
# The client-side deadline of what a working server answers at once (operations/deadlines.py).
DATABASE_QUICK_SECONDS = env.float("DATABASE_QUICK_SECONDS", default=1.0)
for database in DATABASES.values():
    database["CONN_MAX_AGE"] = env.int("DJANGO_CONN_MAX_AGE", default=60)
    database["CONN_HEALTH_CHECKS"] = True
    # Django's backend, each round trip under a client-side deadline.
    database["ENGINE"] = "portal.operations.postgresql"
    # libpq's names and units (milliseconds for tcp_user_timeout); what the URL sets wins.
    options = database.get("OPTIONS", {})
    database["OPTIONS"] = {
        "connect_timeout": DATABASE_CONNECT_TIMEOUT,
        "keepalives": int(DATABASE_KEEPALIVES),
        "keepalives_idle": DATABASE_KEEPALIVES_IDLE,
        "keepalives_interval": DATABASE_KEEPALIVES_INTERVAL,
        "keepalives_count": DATABASE_KEEPALIVES_COUNT,
        "tcp_user_timeout": DATABASE_TCP_USER_TIMEOUT * 1000,
        **options,
        # PostgreSQL takes the last of two settings of one name.
        "options": " ".join(
            filter(
                None,
                [f"-c statement_timeout={DATABASE_STATEMENT_TIMEOUT}s", options.get("options")],
            )
        ),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache and sessions ---

# Pages for anonymous visitors are kept whole for PAGE_CACHE_SECONDS in the default cache, and made
# stale by any change to content (portal/operations/caching.py); 0 turns the page cache off, as it
# is in development, where templates change under a running server.
PAGE_CACHE_SECONDS = env.int("DJANGO_PAGE_CACHE_SECONDS", default=0 if DEBUG else 600)
# Counts over all the content (a list's facet counts, a search's number of results, the home
# page's figures) are kept as long, and made stale the same way (kept_until_content_changes),
# whether the page cache is on or off: counting is what a list costs at scale. 0 counts on every
# request.
COUNTS_CACHE_SECONDS = env.int("DJANGO_COUNTS_CACHE_SECONDS", default=600)
# The default cache: Redis, shared by every process and server, when REDIS_URL is set
# (redis://host:port/db); otherwise each process's memory, with room for about 1000 pages.
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    DEFAULT_CACHE = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        # Before every key: several portals (or test runs) can share one Redis database.
        "KEY_PREFIX": env.str("DJANGO_CACHE_KEY_PREFIX", default=""),
        # A Redis that does not answer costs a page the cache, not a long wait.
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
    # Sessions are read from Redis, so any server knows a staff member logged in on another, and
    # written to the database as well (portal/operations/sessions.py): Redis may evict or lose
    # them, and while it does not answer they are read from the database, so staff stay logged in.
    SESSION_ENGINE = "portal.operations.sessions"
elif env.str("DJANGO_CACHE_KEY_PREFIX", default=""):
    raise ImproperlyConfigured(
        "DJANGO_CACHE_KEY_PREFIX only applies to a cache in Redis: set REDIS_URL too, or unset it."
    )
else:
    DEFAULT_CACHE = {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": 1000},
    }
CACHES = {
    "default": DEFAULT_CACHE,
    # sorl-thumbnail's record of which thumbnails exist (THUMBNAIL_CACHE), read by the task worker
    # when it makes them. Small entries: room for every picture the portal holds.
    "thumbnails": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "thumbnails",
        "OPTIONS": {"MAX_ENTRIES": 20_000},
    },
}

# --- Staff accounts ---

# django-axes first: it refuses a locked-out username and address before the password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "admin:login"
# Where a login or logout goes when its ?next= is missing or leads off this site: the admin's home
# page, or the site's home page, each in the language of the address (Django's default,
# /accounts/profile/, does not exist here).
LOGIN_REDIRECT_URL = "admin:index"
LOGOUT_REDIRECT_URL = "home"

# Failed logins lock a username at one address only (portal/staff/accounts.py), so that nobody
# can lock staff out from elsewhere; each try while locked starts the wait again.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "portal.staff.accounts.lockout_response"
# The address of a login is REMOTE_ADDR. Behind reverse proxies that each append to
# X-Forwarded-For, their number: the visitor's address is that far from the end of the header.
# Left at 0 without proxies, or visitors could give any address they like and dodge the lock.
TRUSTED_PROXY_COUNT = env.int("DJANGO_TRUSTED_PROXY_COUNT", default=0)
AXES_CLIENT_IP_CALLABLE = "portal.staff.accounts.client_ip_address"
# Masked in the POST data django-axes keeps of failed logins, like the password.
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "otp_token"]
# Two-factor authentication (django-otp): the name authenticator apps show beside the account.
OTP_TOTP_ISSUER = "Cross-border good practices"
# Superusers manage others' authenticators in the admin but never see their keys.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

# Staff import content from CSV and XLSX files (portal/content/imports.py): files larger than this,
# with more rows or columns, or workbooks that unpack to more, are refused with a message. The
# import itself runs in the task worker, which no request timeout bounds (ImportJob); what bounds
# it is the memory of the file read into one table there: 50 MB holds 10,000 good practices with
# every text in three languages, and at most IMPORT_MAX_ROWS rows (a day's work of the worker at
# the rate docs/performance.md gives, in one transaction, is not a file staff mean to send).
IMPORT_MAX_FILE_SIZE = 50 * 1024 * 1024
IMPORT_MAX_ROWS = 50_000
IMPORT_MAX_COLUMNS = 100
IMPORT_MAX_UNPACKED_SIZE = 200 * 1024 * 1024
# Files of up to this many rows are previewed in the request, row by row with what changes;
# larger ones are checked by the worker, which shows how many rows are new, changed, unchanged.
IMPORT_PREVIEW_MAX_ROWS = 200

# --- Internationalisation ---

LANGUAGE_CODE = "pl"
# Each language is named in itself, as language switchers show them.
LANGUAGES = [
    ("pl", "Polski"),
    ("cs", "Čeština"),
    ("en", "English"),
]
# hreflang="x-default" in pages and the sitemap: the version for visitors who read none of them.
X_DEFAULT_LANGUAGE = "en"
LOCALE_PATHS = [BASE_DIR / "portal" / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Warsaw"
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "pl"
# Content falls back to the nearest language that has it.
MODELTRANSLATION_FALLBACK_LANGUAGES = {
    "default": ("pl", "cs", "en"),
    "pl": ("cs", "en"),
    "cs": ("pl", "en"),
    "en": ("pl", "cs"),
}
# modeltranslation's admin language tabs need jQuery UI: served from a Python package, not a CDN.
JQUERY_UI_URL = "jquery-ui/jquery-ui.min.js"

# --- Map ---

# The map's background tiles, in django-leaflet's format (portal/sitewide/maps.py,
# static/js/map.js). The markers and the list of cities do not depend on them.
LEAFLET_CONFIG = {
    "TILES": [
        (
            "OpenStreetMap",
            "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
            {
                "attribution": '&copy; <a href="https://www.openstreetmap.org/copyright">'
                "OpenStreetMap</a> contributors",
                "maxZoom": 19,
                "referrerPolicy": "strict-origin",
            },
        )
    ],
}

# --- Files: static, uploads, object storage ---

STATIC_URL = env.str("DJANGO_STATIC_URL", default="/static/")
# A CDN in front of the static files: DJANGO_STATIC_URL=https://cdn.example.org/static/, the CDN
# fetching them from the portal's /static/. Pages may then load them from there, and static files
# may be loaded from another origin (portal/operations/security.py; whitenoise allows any origin by
# CORS).
STATIC_ORIGIN = None
if (static_address := urlsplit(STATIC_URL)).netloc:
    STATIC_ORIGIN = f"{static_address.scheme}://{static_address.netloc}"
    for directive in ("default-src", "script-src", "style-src", "img-src"):
        CONTENT_SECURITY_POLICY["DIRECTIVES"][directive].append(STATIC_ORIGIN)
STATIC_ROOT = env.path("DJANGO_STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("jquery-ui", jquery_ui.BASE_DIR),
    # Leaflet from the django-leaflet package, not installed as an app: its admin needs GeoDjango.
    ("leaflet", Path(find_spec("leaflet").origin).parent / "static" / "leaflet"),
]
# Files browsers ask for at the site's root (favicon.ico), served by whitenoise.
WHITENOISE_ROOT = BASE_DIR / "portal" / "root_files"
MEDIA_URL = env.str("DJANGO_MEDIA_URL", default="/media/")
MEDIA_ROOT = env.path("DJANGO_MEDIA_ROOT", default=BASE_DIR / "media")
# Uploads (portal/db/uploads.py). Pictures are decoded and re-encoded, documents checked by content;
# larger ones are refused. Documents are kept outside MEDIA_ROOT, which the web server publishes:
# only the portal's download view hands them out, and only those of published practices.
PRIVATE_MEDIA_ROOT = env.path("DJANGO_PRIVATE_MEDIA_ROOT", default=BASE_DIR / "private")
UPLOAD_PICTURE_MAX_SIZE = 10 * 1024 * 1024
# 40 megapixels decode to about 120 MB of memory; pictures with more are refused before decoding.
UPLOAD_PICTURE_MAX_PIXELS = 40_000_000
UPLOAD_DOCUMENT_MAX_SIZE = 20 * 1024 * 1024
# Django's defaults, stated: up to 2.5 MB of form fields (files aside) per request, and uploads
# above 2.5 MB go to a temporary file, not memory. Django caps no whole request: the web server
# in front must (nginx: client_max_body_size 25m).
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
# Uploads in object storage (S3 or compatible) when DJANGO_S3_BUCKET is set, so that every app
# server reads what any of them stored: pictures under media/, which the bucket's policy or a CDN
# publishes; documents under private/, which nothing publishes (docs/deploy.md). No ACL is sent
# (buckets made since 2023 refuse them), so picture URLs are plain and unsigned: pages keep them
# as long as they are cached.
S3_BUCKET = env.str("DJANGO_S3_BUCKET", default="")
# MEDIA_ORIGIN: where pictures are served from, for the Content-Security-Policy's img-src.
STORAGES, MEDIA_ORIGIN = object_storages(
    bucket=S3_BUCKET,
    private_bucket=env.str("DJANGO_S3_PRIVATE_BUCKET", default=""),
    endpoint_url=env.str("DJANGO_S3_ENDPOINT_URL", default=""),
    region=env.str("DJANGO_S3_REGION", default=""),
    custom_domain=env.str("DJANGO_S3_CUSTOM_DOMAIN", default=""),
    access_key_id=env.str("AWS_ACCESS_KEY_ID", default=""),
    secret_access_key=env.str("AWS_SECRET_ACCESS_KEY", default=""),
    max_memory_size=FILE_UPLOAD_MAX_MEMORY_SIZE,
)
if MEDIA_ORIGIN:
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append(MEDIA_ORIGIN)
# Uploads are served by the web server in front of the portal, or by object storage. For a
# throw-away server without either (the browser tests, the audit), the portal can serve them.
SERVE_MEDIA = env.bool("DJANGO_SERVE_MEDIA", default=DEBUG and not S3_BUCKET)
if SERVE_MEDIA and S3_BUCKET:
    raise ImproperlyConfigured(
        "DJANGO_SERVE_MEDIA serves DJANGO_MEDIA_ROOT, which is not used with DJANGO_S3_BUCKET: "
        "object storage serves the pictures. Unset DJANGO_SERVE_MEDIA."
    )
# Thumbnails of uploaded pictures (sorl-thumbnail), in MEDIA_ROOT/cache/, made by the task worker
# (portal/db/renditions.py), which records them on the picture's row for pages to read; sorl's own
# record of them is kept in the database and read, by the worker only, through this cache.
THUMBNAIL_KVSTORE = "sorl.thumbnail.kvstores.cached_db_kvstore.KVStore"
THUMBNAIL_CACHE = "thumbnails"
# Pillow writes WebP (sorl's PIL engine passes the format to Image.save); it keeps logos' alpha.
THUMBNAIL_FORMAT = "WEBP"
THUMBNAIL_QUALITY = 80
# A picture smaller than a requested width is not blown up: its srcset just has fewer widths.
THUMBNAIL_UPSCALE = False
# A missing or unreadable upload gives no picture, not a server error.
THUMBNAIL_DEBUG = False

# --- Open data and API ---

# The licence under which the downloads and the API may be reused (portal/opendata/), stated
# beside the links, in each JSON document and in a Link header.
OPEN_DATA_LICENCE_NAME = env.str("DJANGO_OPEN_DATA_LICENCE_NAME", default="CC BY 4.0")
OPEN_DATA_LICENCE_URL = env.str(
    "DJANGO_OPEN_DATA_LICENCE_URL", default="https://creativecommons.org/licenses/by/4.0/"
)
# How many rows a download reads from the database at a time.
OPEN_DATA_CHUNK_SIZE = 1000
# A whole-list download is one statement (a COPY) that lasts as long as the file takes to write
# and send: it runs under this limit, in seconds, instead of DATABASE_STATEMENT_TIMEOUT, and a
# file not sent by then is cut off (docs/open-data.md). Keep it plus 2 under gunicorn's
# --timeout (120 in docs/deploy.md); 0: no limit.
OPEN_DATA_DOWNLOAD_SECONDS = env.float("DJANGO_OPEN_DATA_DOWNLOAD_SECONDS", default=100)
# The read-only JSON API (portal/opendata/api.py): anonymous, JSON only, no session or CSRF. Each
# client address may make API_THROTTLE_RATE requests (counted where every process and server sees
# the count: Redis with REDIS_URL, PostgreSQL without; portal/operations/ratelimits.py); None lifts
# the limit. Behind proxies the address is found as for logins.
API_THROTTLE_RATE = env.str("DJANGO_API_THROTTLE_RATE", default="120/minute") or None
# The same for the lists' downloads, counted apart: a whole list is a long request.
OPEN_DATA_DOWNLOAD_RATE = env.str("DJANGO_OPEN_DATA_DOWNLOAD_RATE", default="20/minute") or None
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": [],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "portal.opendata.api_policy.JSONOnly",
    "DEFAULT_THROTTLE_CLASSES": ["portal.opendata.api_policy.AnonymousThrottle"],
    "EXCEPTION_HANDLER": "portal.opendata.api_policy.api_exception_handler",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "URL_FORMAT_OVERRIDE": None,
    "NUM_PROXIES": TRUSTED_PROXY_COUNT,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Cross-border good practices API",
    "DESCRIPTION": (
        "Published good practices, projects, organisations, events, programmes, cities and "
        "themes of Polish-Czech cross-border cooperation, read-only. Translated texts are "
        'objects with one member per language ({"pl": ..., "cs": ..., "en": ...}), null where '
        "a text is not written in that language. Lists take the filters of the portal's pages; "
        "a value that is not one of a filter's values is refused with 400."
    ),
    "VERSION": "1.0.0",
    "LICENSE": {"name": OPEN_DATA_LICENCE_NAME, "url": OPEN_DATA_LICENCE_URL},
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "SERVE_AUTHENTICATION": [],
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "portal.opendata.api.filters_may_be_empty",
    ],
}

# --- The operator and personal data ---

# Who runs the portal: the data controller the privacy notice names and the body the
# accessibility statement speaks for (portal/views.py). The defaults are the demo's operator, the
# Opole Agglomeration Association; the two contacts are e-mail addresses and must be set in
# production.
OPERATOR_NAME = env.str("DJANGO_OPERATOR_NAME", default="Stowarzyszenie Aglomeracja Opolska")
OPERATOR_ADDRESS = env.str(
    "DJANGO_OPERATOR_ADDRESS", default="Plac Wolności 6, 45-018 Opole, Polska"
)
DATA_PROTECTION_CONTACT = env.str(
    "DJANGO_DATA_PROTECTION_CONTACT", default="iod@aglomeracja-opolska.example.org"
)
ACCESSIBILITY_CONTACT = env.str(
    "DJANGO_ACCESSIBILITY_CONTACT", default="dostepnosc@aglomeracja-opolska.example.org"
)
# Days the personal data of an enquiry (name, e-mail, organisation, message) is kept after it was
# sent; the privacy notice states it, and the retention command erases what is older.
ENQUIRY_RETENTION_DAYS = env.int("DJANGO_ENQUIRY_RETENTION_DAYS", default=365)
# The portal's address as the public reaches it, for links in e-mails and command output.
SITE_URL = env.str("DJANGO_SITE_URL", default="http://localhost:8000")
# Days an invitation link for a partner account works (see portal/contributions).
CONTRIBUTOR_INVITATION_DAYS = env.int("DJANGO_CONTRIBUTOR_INVITATION_DAYS", default=7)
# Review of what partners submit: with four eyes on, the editor who publishes is not the one who
# approved the submission; a site with a single editor turns it off.
REVIEW_FOUR_EYES = env.bool("DJANGO_REVIEW_FOUR_EYES", default=True)
# Freshness: partners are asked to confirm a practice not reviewed for PRACTICE_CONFIRM_DAYS; one
# not reviewed for PRACTICE_STALE_DAYS is flagged in the admin and the API.
PRACTICE_CONFIRM_DAYS = env.int("DJANGO_PRACTICE_CONFIRM_DAYS", default=365)
PRACTICE_STALE_DAYS = env.int("DJANGO_PRACTICE_STALE_DAYS", default=730)
# Where enquiries to the portal's staff go (the Contact page's form, reports of mistakes, and
# items that name no contact person), and the language those e-mails are written in.
ENQUIRY_STAFF_EMAILS = env.list(
    "DJANGO_ENQUIRY_STAFF_EMAILS", default=["portal@aglomeracja-opolska.example.org"]
)
ENQUIRY_STAFF_LANGUAGE = env.str("DJANGO_ENQUIRY_STAFF_LANGUAGE", default=LANGUAGE_CODE)
if not ENQUIRY_STAFF_EMAILS or not all("@" in address for address in ENQUIRY_STAFF_EMAILS):
    raise ImproperlyConfigured(
        "DJANGO_ENQUIRY_STAFF_EMAILS must list the e-mail addresses, separated by commas, that "
        f"enquiries to the staff go to (it is {ENQUIRY_STAFF_EMAILS!r})."
    )
if ENQUIRY_STAFF_LANGUAGE not in dict(LANGUAGES):
    raise ImproperlyConfigured(
        f"DJANGO_ENQUIRY_STAFF_LANGUAGE is {ENQUIRY_STAFF_LANGUAGE!r}; set it to one of "
        f"{', '.join(code for code, _name in LANGUAGES)}, or leave it out for {LANGUAGE_CODE}."
    )
# An enquiry form is refused when sent sooner than this after it was shown (no person writes
# that fast) or later (it is shown again, with a fresh token, for the visitor to send).
ENQUIRY_FORM_MIN_SECONDS = 3
ENQUIRY_FORM_MAX_AGE = timedelta(hours=env.int("DJANGO_ENQUIRY_FORM_MAX_HOURS", default=6))
# Enquiries accepted per (count, seconds): from one network address, from one e-mail address,
# and about one item (or to the staff). Past a limit the form answers 429 with Retry-After.
ENQUIRY_LIMITS = {
    "address": (5, 3600),
    "email": (5, 24 * 3600),
    "target": (30, 24 * 3600),
}
ENQUIRY_MESSAGE_MAX_LENGTH = 5000
# Web addresses a message may hold: spam holds many.
ENQUIRY_MAX_LINKS = 3
# E-mail alerts (portal/alerts): how many one e-mail address may have, and the days an alert
# waits for its confirmation before `send_alerts` erases it (stated in the privacy notice).
ALERTS_PER_ADDRESS = env.int("DJANGO_ALERTS_PER_ADDRESS", default=10)
ALERTS_CONFIRM_DAYS = env.int("DJANGO_ALERTS_CONFIRM_DAYS", default=7)
# The enquiry forms' country list (django-countries) starts with the two countries of the border.
COUNTRIES_FIRST = ["PL", "CZ"]
# Days the web server's and the portal's logs are kept: what the log rotation of the servers does
# (Debian rotates nginx's logs daily and keeps 14), stated in the privacy notice.
SERVER_LOG_RETENTION_DAYS = env.int("DJANGO_SERVER_LOG_RETENTION_DAYS", default=14)

# --- Background work and e-mail ---

# Tasks (portal.mail's deliveries) wait in PostgreSQL until a worker, `manage.py db_worker`, runs
# them: no other service, and every app server's tasks go to the one queue (docs/deploy.md).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
# /readyz fails when a task has been due for longer than this: no worker runs. 0 turns it off.
TASKS_STUCK_AFTER = timedelta(minutes=env.int("DJANGO_TASKS_STUCK_MINUTES", default=15))

# The mail server: smtp://user:password@host:587/?tls=True (smtps:// for implicit TLS),
# consolemail:// (printed by the worker: the default in development), filemail://, dummymail://.
vars().update(
    env.email_url("EMAIL_URL", default="consolemail://" if DEBUG else "smtp://localhost:25")
)
# A mail server that stops answering holds a worker no longer than this, then is tried again.
EMAIL_TIMEOUT = 30
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="noreply@localhost")
# The sender of error reports to ADMINS.
SERVER_EMAIL = env.str("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)
# A message that cannot be delivered is tried again after 1, 5, 25 and 125 minutes, then every
# 6 hours, 8 attempts in all (about 20 hours), then marked failed in the admin with the reason.
MAIL_DELIVERY_ATTEMPTS = 8
MAIL_RETRY_FIRST_DELAY = timedelta(minutes=1)
MAIL_RETRY_FACTOR = 5
MAIL_RETRY_MAX_DELAY = timedelta(hours=6)
# `manage.py resend_waiting_mail` queues again a message whose attempt is this late and whose
# task is no longer in the queue.
MAIL_RESEND_AFTER = timedelta(minutes=10)

# --- Logging ---

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("DJANGO_LOG_LEVEL", default="INFO")},
}
