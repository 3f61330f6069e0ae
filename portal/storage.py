"""Where `collectstatic` puts static files: hashed names, gzip and brotli copies, for whitenoise."""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    """whitenoise's storage, except that jQuery UI's stylesheets are copied as they are.

    Only jQuery UI's script is used (modeltranslation's language tabs in the admin). Its theme
    stylesheets name icons by quoted paths that do not exist, which would stop `collectstatic`
    when it rewrites the references of each stylesheet to the hashed names.
    """

    def url_converter(self, name, hashed_files, template=None):
        if name.startswith("jquery-ui/"):
            return lambda match: match["matched"]
        return super().url_converter(name, hashed_files, template)
