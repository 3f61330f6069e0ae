"""The staff import and export's column of an item's contact persons, by e-mail address."""

from django.db.models.functions import Lower
from django.utils.translation import gettext
from import_export import fields, widgets

from portal.contacts.models import ContactPerson
from portal.contacts.services import contact_listings_sync
from portal.content.imports import SEPARATORS, PublishableResource, cell_text


class ContactsWidget(widgets.ManyToManyWidget):
    """An item's contact persons by e-mail, in the order its page lists them:
    "anna.novak@example.org; jan.kowalski@example.org". Exports are for staff only."""

    def __init__(self):
        super().__init__(ContactPerson, separator=";", field="email")

    def clean(self, value, row=None, **kwargs):
        addresses = [address.strip() for address in SEPARATORS.split(cell_text(value))]
        addresses = list(dict.fromkeys(address.lower() for address in addresses if address))
        found = {
            contact.email_lower: contact
            for contact in ContactPerson.objects.annotate(email_lower=Lower("email")).filter(
                email_lower__in=addresses
            )
        }
        unknown = [address for address in addresses if address not in found]
        if unknown:
            raise ValueError(
                " ".join(
                    gettext(
                        "No contact person has the e-mail address “%(value)s”. Add them under "
                        "Contact persons first, or correct the address."
                    )
                    % {"value": address}
                    for address in unknown
                )
            )
        return [found[address] for address in addresses]

    def render(self, value, obj=None, **kwargs):
        # An item not yet saved has no contacts.
        if value is None or not value.instance.pk:
            return ""
        return self.render_cleaned(listing.contact for listing in value.all())

    def render_cleaned(self, contacts):
        return "; ".join(contact.email for contact in contacts)


class ContactsField(fields.Field):
    """The contact persons of an item: saved by `save_m2m()`, after the item."""

    def save(self, instance, row, is_m2m=False, **kwargs):
        pass


class WithContactsResource(PublishableResource):
    """Content whose rows carry a `contacts` column."""

    contacts = ContactsField(
        attribute="contact_listings", column_name="contacts", widget=ContactsWidget()
    )

    def save_m2m(self, instance, row, **kwargs):
        super().save_m2m(instance, row, **kwargs)
        if "contacts" in row:
            contact_listings_sync(
                listings=instance.contact_listings,
                contacts=self.fields["contacts"].clean(row),
                reason=self.change_reason(kwargs.get("file_name")),
            )
