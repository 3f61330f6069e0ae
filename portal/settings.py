"""
The portal's settings, all read from the environment here and nowhere else.

Unset, they are safe: DEBUG is off, and without DEBUG the portal refuses to start
until DJANGO_SECRET_KEY is given. A `.env` file beside manage.py is read if present;
real environment variables win over it.
"""

from importlib.util import find_spec
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from xstatic.pkg import jquery_ui

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
if (BASE_DIR / ".env").is_file():
    environ.Env.read_env(BASE_DIR / ".env")

DEBUG = env.bool("DJANGO_DEBUG", default=False)

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
    "django_filters",
    "sorl.thumbnail",
    "django_prose_editor",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "simple_history",
    "portal",
    "projects",
    "practices",
    "events",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
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
    # Records who made each change kept in the content's history.
    "simple_history.middleware.HistoryRequestMiddleware",
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
            ],
        },
    },
]

# PostgreSQL only: search, constraints and the tests rely on it.
DATABASES = {
    "default": env.db("DATABASE_URL", default="postgres://postgres@127.0.0.1:5432/crossborder"),
}
if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
    raise ImproperlyConfigured(
        "DATABASE_URL must point at PostgreSQL (postgres://user:password@host:port/name); "
        "the portal does not run on other databases."
    )
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DJANGO_CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# Django 6 makes https the default scheme of URL form fields; take it now.
FORMS_URLFIELD_ASSUME_HTTPS = True

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

# Languages: Polish is the default; content falls back to the nearest language that has it.
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
MODELTRANSLATION_FALLBACK_LANGUAGES = {
    "default": ("pl", "cs", "en"),
    "pl": ("cs", "en"),
    "cs": ("pl", "en"),
    "en": ("pl", "cs"),
}
# modeltranslation's admin language tabs need jQuery UI: served from a Python package, not a CDN.
JQUERY_UI_URL = "jquery-ui/jquery-ui.min.js"
# The map's background tiles, in django-leaflet's format (portal/maps.py, static/js/map.js).
# The markers and the list of cities do not depend on them.
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

STATIC_URL = env.str("DJANGO_STATIC_URL", default="/static/")
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
# Uploads are served by the web server in front of the portal. For a throw-away server without
# one (the browser tests, the audit), the portal can serve them itself.
SERVE_MEDIA = env.bool("DJANGO_SERVE_MEDIA", default=DEBUG)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # `collectstatic` writes hashed, compressed copies; templates link the hashed names.
    "staticfiles": {"BACKEND": "portal.storage.StaticFilesStorage"},
}

# Thumbnails of uploaded pictures (sorl-thumbnail), in MEDIA_ROOT/cache/. Which thumbnails a
# picture has is kept in the database and read through the "thumbnails" cache, so a page whose
# thumbnails exist costs no query per picture.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    # Small entries, one per picture and thumbnail: room for every picture the portal holds.
    "thumbnails": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "thumbnails",
        "OPTIONS": {"MAX_ENTRIES": 20_000},
    },
}
THUMBNAIL_KVSTORE = "sorl.thumbnail.kvstores.cached_db_kvstore.KVStore"
THUMBNAIL_CACHE = "thumbnails"
# Pillow writes WebP (sorl's PIL engine passes the format to Image.save); it keeps logos' alpha.
THUMBNAIL_FORMAT = "WEBP"
THUMBNAIL_QUALITY = 80
# A picture smaller than a requested width is not blown up: its srcset just has fewer widths.
THUMBNAIL_UPSCALE = False
# A missing or unreadable upload gives no picture, not a server error.
THUMBNAIL_DEBUG = False

LOGIN_URL = "admin:login"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("DJANGO_LOG_LEVEL", default="INFO")},
}
