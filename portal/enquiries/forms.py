"""The enquiry form, with its defences against robots that need no third-party service."""

import re
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MinLengthValidator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, ngettext_lazy

from portal.enquiries.models import Enquiry

MESSAGE_MIN_LENGTH = 10
TOO_SHORT = ngettext_lazy(
    "Write at least %(limit_value)d character.",
    "Write at least %(limit_value)d characters.",
    "limit_value",
)
TOO_LONG = ngettext_lazy(
    "Write at most %(limit_value)d character (you wrote %(show_value)d).",
    "Write at most %(limit_value)d characters (you wrote %(show_value)d).",
    "limit_value",
)
TOKEN_SALT = "portal.enquiries.form"
# "https://www.example.org" is one web address: the scheme takes its "www." with it.
LINK = re.compile(r"https?://(?:www\.)?|www\.", re.IGNORECASE)
# A line break or another control character (C1's NEL too): one-line fields refuse them, so that
# nothing a visitor writes can start a header line.
CONTROL_CHARACTER = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(value):
    if CONTROL_CHARACTER.search(value):
        raise ValidationError(_("Write this on one line."), code="line_break")


def no_link(value):
    """Refuse a web address: the acknowledgement, sent to whatever address was given, repeats
    the name, which must not carry a link to someone else's inbox."""
    if LINK.search(value):
        raise ValidationError(_("Write no web address here."), code="links")


class MessageField(forms.CharField):
    """Text whose line breaks are one character each, as the browser counts them for the
    textarea's maxlength (it sends each as CR LF)."""

    def to_python(self, value):
        return super().to_python(value).replace("\r\n", "\n").replace("\r", "\n")


def form_token(target_key: str) -> str:
    """A signed token of the form's target and the moment it was shown."""
    return signing.dumps({"target": target_key, "shown": time.time()}, salt=TOKEN_SALT)


class FormTokenProblem(Exception):
    """The token is too fresh, too old, for another form, or not ours."""

    def __init__(self, message, *, renew):
        super().__init__(message)
        self.message = message
        self.renew = renew


def form_token_check(token: str, target_key: str) -> None:
    """Raise FormTokenProblem unless `token` was made for `target_key` long enough ago, and not
    too long ago; `renew` says whether the form should be shown with a fresh token."""
    max_age = settings.ENQUIRY_FORM_MAX_AGE.total_seconds()
    try:
        payload = signing.loads(token, salt=TOKEN_SALT, max_age=max_age)
    except signing.SignatureExpired:
        raise FormTokenProblem(
            _("This form was open for a long time. Check your message and send it again."),
            renew=True,
        ) from None
    except signing.BadSignature:
        raise FormTokenProblem(
            _("This form could not be checked. Send it again."), renew=True
        ) from None
    if payload.get("target") != target_key:
        raise FormTokenProblem(_("This form could not be checked. Send it again."), renew=True)
    if time.time() - payload.get("shown", 0) < settings.ENQUIRY_FORM_MIN_SECONDS:
        raise FormTokenProblem(
            _("That was quicker than a person writes. Wait a few seconds and send it again."),
            renew=False,
        )


class RobotTrap(forms.Form):
    """A field people never see: robots that fill in every field fill this one too."""

    website = forms.CharField(required=False, label=_("Leave this field empty"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["website"].widget.attrs.update(autocomplete="off", tabindex="-1")

    def is_robot(self):
        """Whether the field people never see was filled in."""
        return bool(self.data.get("website", "").strip())


class EnquiryForm(RobotTrap, forms.ModelForm):
    consent = forms.BooleanField(
        label=_("Consent"),
        required=True,
        error_messages={"required": _("Agree to this, or your message cannot be delivered.")},
    )

    class Meta:
        model = Enquiry
        fields = ["reason", "name", "email", "sender_organisation", "country", "message"]
        labels = {
            "reason": _("Why are you writing?"),
            "name": _("Your name"),
            "email": _("Your e-mail address"),
            "sender_organisation": _("Your organisation (optional)"),
            "country": _("Country (optional)"),
            "message": _("Your message"),
        }
        help_texts = {
            "email": _("The answer comes to this address."),
        }
        widgets = {"reason": forms.RadioSelect, "message": forms.Textarea(attrs={"rows": 8})}
        field_classes = {"message": MessageField}

    def __init__(self, *args, reasons, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].choices = [(reason.value, reason.label) for reason in reasons]
        self.fields["reason"].initial = reasons[0].value
        for name in ("name", "sender_organisation"):
            self.fields[name].validators += [one_line, no_link]
        message = self.fields["message"]
        max_links = settings.ENQUIRY_MAX_LINKS
        message.widget.attrs["maxlength"] = settings.ENQUIRY_MESSAGE_MAX_LENGTH
        message.help_text = ngettext(
            "At most %(count)d web address.", "At most %(count)d web addresses.", max_links
        ) % {"count": max_links}
        # Added to the field's own, which refuse a NUL character (PostgreSQL cannot store one).
        message.validators += [
            MinLengthValidator(MESSAGE_MIN_LENGTH, TOO_SHORT),
            MaxLengthValidator(settings.ENQUIRY_MESSAGE_MAX_LENGTH, TOO_LONG),
        ]
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["sender_organisation"].widget.attrs["autocomplete"] = "organization"
        self.fields["country"].widget.attrs["autocomplete"] = "country"

    def clean_message(self):
        message = self.cleaned_data["message"]
        links = len(LINK.findall(message))
        if links > settings.ENQUIRY_MAX_LINKS:
            raise ValidationError(
                ngettext_lazy(
                    "A message may hold at most %(limit)d web address; this one holds %(count)d.",
                    "A message may hold at most %(limit)d web addresses; this one holds %(count)d.",
                    "limit",
                ),
                code="links",
                params={"limit": settings.ENQUIRY_MAX_LINKS, "count": links},
            )
        return message
