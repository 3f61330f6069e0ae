"""The subscription form, with the enquiry form's defences."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.alerts.models import Frequency


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_("We send a link to this address: the alert starts once you open it."),
    )
    frequency = forms.ChoiceField(
        label=_("How often?"),
        choices=Frequency.choices,
        initial=Frequency.WEEKLY,
        widget=forms.RadioSelect,
    )
    # A field people never see: robots that fill in every field fill this one too.
    website = forms.CharField(required=False, label=_("Leave this field empty"))
    consent = forms.BooleanField(
        label=_("Consent"),
        required=True,
        error_messages={"required": _("Agree to this, or no alert can be sent to you.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["website"].widget.attrs.update(autocomplete="off", tabindex="-1")

    def is_robot(self):
        return bool(self.data.get("website", "").strip())


class ManageForm(forms.Form):
    """One alert of the manage page: its new frequency, or none when it is deleted."""

    alert = forms.IntegerField()
    frequency = forms.ChoiceField(choices=Frequency.choices, required=False)
