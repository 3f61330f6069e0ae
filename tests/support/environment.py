"""The portal's settings as a fresh process builds them from its environment."""

import json
import os
import subprocess
import sys

from tests.support import ROOT

# The variables the settings read besides those starting with DJANGO_ and AWS_.
OTHER_VARIABLES = {"REDIS_URL", "DATABASE_URL", "EMAIL_URL", "DEFAULT_FROM_EMAIL", "SERVER_EMAIL"}


def settings_of(*names, **environment):
    """The named settings, as a clean start with only these variables sets them; or the error."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "AWS_")) and key not in OTHER_VARIABLES
    }
    env |= {
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "DJANGO_SECRET_KEY": "x" * 50,
        **environment,
    }
    script = (
        "import json; from django.conf import settings as s; "
        f"print(json.dumps({{name: getattr(s, name) for name in {names!r}}}, default=str))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if result.returncode:
        return result.stderr.strip().splitlines()[-1]
    return json.loads(result.stdout)
