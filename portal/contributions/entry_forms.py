"""The forms partners write practices and events in: the admin's fields and checks, in pl, cs and
en, with the gallery, documents, links and contact persons as formsets."""

from django import forms
from django.conf import settings
from django.db.models import Max, Q
from django.utils.text import capfirst
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _

from events.models import Event, EventContact, EventImage
from portal.contacts.models import ContactPerson
from portal.contributions.cities import CityField
from portal.models import Theme
from portal.translation import translated_fields
from practices.models import (
    GoodPractice,
    PracticeContact,
    PracticeDocument,
    PracticeImage,
    PracticeLink,
)
from projects.models import Organisation, Project

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def city_field(label):
    """The one place the city is chosen: the accessible picker (portal/contributions/cities.py)."""
    return CityField(label=capfirst(label))


def per_language(*fields):
    return [f"{field}_{code}" for field in fields for code in LANGUAGE_CODES]


def language_name(code):
    return get_language_info(code)["name_translated"]


class TranslatedForm(forms.ModelForm):
    """A model form with a column per language: each is optional, but `one_language_needed`
    must be written in at least one language."""

    one_language_needed = ()
    one_language_messages = {
        "title": _("Write the title in at least one language."),
        "summary": _("Write the summary in at least one language."),
        "alt_text": _(
            "Describe the picture, in at least one language, for people who cannot see it."
        ),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        model_options = self._meta.model._meta
        for original in translated_fields(self._meta.model):
            for code in LANGUAGE_CODES:
                field = self.fields.get(f"{original}_{code}")
                if field is not None:
                    field.required = False
                    label = capfirst(model_options.get_field(original).verbose_name)
                    field.label = f"{label} ({language_name(code)})"

    def clean(self):
        cleaned_data = super().clean()
        for name in self.one_language_needed:
            if not any(cleaned_data.get(f"{name}_{code}") for code in LANGUAGE_CODES):
                self.add_error(self.page_language_field(name), self.one_language_messages[name])
        return cleaned_data

    def page_language_field(self, name):
        code = get_language() if get_language() in LANGUAGE_CODES else LANGUAGE_CODES[0]
        return f"{name}_{code}"

    def language_groups(self):
        """Each language's fields, in the form's order, for a fieldset per language."""
        translated = set(per_language(*translated_fields(self._meta.model)))
        return [
            (
                code,
                language_name(code),
                [
                    field
                    for field in self
                    if field.name in translated and field.name.endswith(f"_{code}")
                ],
            )
            for code in LANGUAGE_CODES
        ]

    def common_fields(self):
        """The fields with one value in every language."""
        translated = set(per_language(*translated_fields(self._meta.model)))
        return [field for field in self if field.name not in translated]


class EntryForm(TranslatedForm):
    """What practices and events share: the choices a partner has depend on who they are."""

    one_language_needed = ("title", "summary")

    def __init__(self, *args, partner, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisations"].queryset = Organisation.objects.filter(
            Q(status="published") | Q(memberships__user=partner)
        ).distinct()
        self.fields["organisations"].help_text = _(
            "Hold down Ctrl (Cmd on a Mac) to choose more than one."
        )


class PracticeForm(EntryForm):
    city = city_field(GoodPractice._meta.get_field("city").verbose_name)

    class Meta:
        model = GoodPractice
        fields = [
            *per_language("title", "summary"),
            *per_language("problem", "solution", "results", "resources", "transferability"),
            *per_language("cover_image_alt"),
            "city",
            "organisations",
            "projects",
            "themes",
            "year_start",
            "year_end",
            "cover_image",
        ]
        widgets = {"themes": forms.CheckboxSelectMultiple}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["projects"].queryset = Project.objects.published()
        self.fields["projects"].help_text = self.fields["organisations"].help_text
        self.fields["themes"].queryset = Theme.objects.addressed()

    def clean(self):
        cleaned_data = super().clean()
        start, end = cleaned_data.get("year_start"), cleaned_data.get("year_end")
        if start and end and end < start:
            self.add_error("year_end", _("The practice cannot end before it starts."))
        picture = cleaned_data.get("cover_image")
        alternative_texts = per_language("cover_image_alt")
        if picture and not any(cleaned_data.get(name) for name in alternative_texts):
            self.add_error(
                self.page_language_field("cover_image_alt"),
                _("Describe the cover image for people who cannot see it."),
            )
        return cleaned_data


class EventForm(EntryForm):
    city = city_field(Event._meta.get_field("city").verbose_name)

    class Meta:
        model = Event
        fields = [
            *per_language("title", "summary", "venue", "agenda", "report"),
            "kind",
            "start_date",
            "end_date",
            "city",
            "visitors_from",
            "participants",
            "organisations",
            "project",
            "practices",
        ]
        widgets = {
            "start_date": forms.DateInput(attrs={"type": "date"}),
            "end_date": forms.DateInput(attrs={"type": "date"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["project"].queryset = Project.objects.published()
        self.fields["practices"].queryset = GoodPractice.objects.published().originals()
        self.fields["practices"].help_text = self.fields["organisations"].help_text

    def clean(self):
        cleaned_data = super().clean()
        start, end = cleaned_data.get("start_date"), cleaned_data.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The event cannot end before it starts."))
        return cleaned_data


class GalleryImageForm(TranslatedForm):
    one_language_needed = ("alt_text",)


class DocumentForm(TranslatedForm):
    one_language_needed = ("title",)


class LinkForm(TranslatedForm):
    one_language_needed = ("title",)


def gallery_formset(model, parent):
    return forms.inlineformset_factory(
        parent,
        model,
        form=GalleryImageForm,
        fields=["image", *per_language("alt_text", "caption"), "position"],
        extra=1,
        can_delete=True,
    )


PracticeImageFormSet = gallery_formset(PracticeImage, GoodPractice)
EventImageFormSet = gallery_formset(EventImage, Event)
PracticeDocumentFormSet = forms.inlineformset_factory(
    GoodPractice,
    PracticeDocument,
    form=DocumentForm,
    fields=[*per_language("title"), "file", "position"],
    extra=1,
    can_delete=True,
)
PracticeLinkFormSet = forms.inlineformset_factory(
    GoodPractice,
    PracticeLink,
    form=LinkForm,
    fields=[*per_language("title"), "url", "position"],
    extra=1,
    can_delete=True,
)


class ContactListingForm(forms.ModelForm):
    def __init__(self, *args, contacts, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contact"].queryset = contacts


def contact_formset(model, parent):
    return forms.inlineformset_factory(
        parent,
        model,
        form=ContactListingForm,
        fields=["contact", "position"],
        extra=1,
        can_delete=True,
    )


PracticeContactFormSet = contact_formset(PracticeContact, GoodPractice)
EventContactFormSet = contact_formset(EventContact, Event)


def contacts_to_choose(*, partner, entry):
    """The contact persons of the partner's organisations, and those the entry names already."""
    return ContactPerson.objects.filter(
        Q(organisation__memberships__user=partner) | Q(pk__in=entry.contacts.values("pk"))
    ).distinct()


CONTACT_IN_THE_LIST = _(
    "This person is already stored as a contact person: choose them in the list of contact "
    "persons above instead of adding them again."
)
CONTACT_ELSEWHERE = _(
    "A contact person of another organisation has this e-mail address, so you cannot add it "
    "again. Ask the portal's staff to name that person on your entry."
)


class NewContactForm(forms.ModelForm):
    """A contact person to add and name on the entry; left empty, nothing is added."""

    languages = forms.MultipleChoiceField(
        label=capfirst(ContactPerson._meta.get_field("languages").verbose_name),
        choices=settings.LANGUAGES,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("The first one ticked is the language e-mails to them are written in."),
    )

    class Meta:
        model = ContactPerson
        fields = ["name", "role", "organisation", "email", "phone", "languages"]

    def __init__(self, *args, partner, entry, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.filter(
            memberships__user=partner
        )
        for field in self.fields.values():
            field.required = False
        self.contacts_offered = contacts_to_choose(partner=partner, entry=entry)

    def clean_email(self):
        # Before the model's unique constraint, whose message only says the address is stored:
        # send the partner to the list when the person is in it, and otherwise say no more than
        # that someone the partner cannot choose has the address.
        email = self.cleaned_data["email"]
        stored = ContactPerson.objects.filter(email__iexact=email) if email else None
        if stored is not None and stored.exists():
            if stored.filter(pk__in=self.contacts_offered.values("pk")).exists():
                raise forms.ValidationError(CONTACT_IN_THE_LIST, code="contact_in_list")
            raise forms.ValidationError(CONTACT_ELSEWHERE, code="contact_elsewhere")
        return email

    def clean(self):
        cleaned_data = super().clean()
        if not self.has_changed():
            return cleaned_data
        for name in ("name", "email", "languages"):
            if not cleaned_data.get(name) and name not in self.errors:
                self.add_error(name, self.fields[name].error_messages["required"])
        return cleaned_data

    def list_on(self, entry):
        """Create the contact person and name them on `entry`, after those named already."""
        contact = self.save()
        listings = entry.contact_listings
        last = listings.aggregate(last=Max("position"))["last"]
        listings.create(contact=contact, position=0 if last is None else last + 1)
        return contact


def entry_form_class(entry):
    return PracticeForm if isinstance(entry, GoodPractice) else EventForm


def child_formset_classes(entry):
    """The formsets of the entry's children, by prefix."""
    if isinstance(entry, GoodPractice):
        return {
            "contacts": PracticeContactFormSet,
            "images": PracticeImageFormSet,
            "documents": PracticeDocumentFormSet,
            "links": PracticeLinkFormSet,
        }
    return {"contacts": EventContactFormSet, "images": EventImageFormSet}


def child_formsets(entry, *, partner, data=None, files=None):
    formsets = {}
    for prefix, formset_class in child_formset_classes(entry).items():
        kwargs = {}
        if prefix == "contacts":
            kwargs["form_kwargs"] = {"contacts": contacts_to_choose(partner=partner, entry=entry)}
        formsets[prefix] = formset_class(data, files, instance=entry, prefix=prefix, **kwargs)
    return formsets
