"""The form to apply for a place at an event, with the enquiry form's defences."""

from django import forms
from django.core.validators import MaxLengthValidator, MinLengthValidator
from django.utils.translation import gettext_lazy as _

from events.models import Application
from portal.enquiries.forms import (
    MESSAGE_MIN_LENGTH,
    TOO_LONG,
    TOO_SHORT,
    MessageField,
    RobotTrap,
    no_link,
    one_line,
)

MOTIVATION_MAX_LENGTH = 1500
NEEDS_MAX_LENGTH = 1000


class ApplicationForm(RobotTrap, forms.ModelForm):
    consent = forms.BooleanField(
        label=_("Consent"),
        required=True,
        error_messages={"required": _("Agree to this, or your application cannot be received.")},
    )

    class Meta:
        model = Application
        fields = ["name", "email", "organisation", "role", "motivation", "needs"]
        labels = {
            "name": _("Your name"),
            "email": _("Your e-mail address"),
            "organisation": _("Your organisation"),
            "role": _("Your role in it (optional)"),
            "motivation": _("Why would you like to take part?"),
            "needs": _("Needs the organiser should know about (optional)"),
        }
        help_texts = {
            "email": _("The answer and the confirmation come to this address."),
            "needs": _("Access, diet, interpretation..."),
        }
        widgets = {
            "motivation": forms.Textarea(attrs={"rows": 6}),
            "needs": forms.Textarea(attrs={"rows": 3}),
        }
        field_classes = {"motivation": MessageField, "needs": MessageField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("name", "organisation", "role"):
            self.fields[name].validators += [one_line, no_link]
        for name, limit in (("motivation", MOTIVATION_MAX_LENGTH), ("needs", NEEDS_MAX_LENGTH)):
            self.fields[name].widget.attrs["maxlength"] = limit
            self.fields[name].validators.append(MaxLengthValidator(limit, TOO_LONG))
        self.fields["motivation"].validators.append(
            MinLengthValidator(MESSAGE_MIN_LENGTH, TOO_SHORT)
        )
        self.fields["needs"].validators.append(no_link)
        self.fields["motivation"].validators.append(no_link)
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"
        self.fields["role"].widget.attrs["autocomplete"] = "organization-title"
