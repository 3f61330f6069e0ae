"""Writes that touch an item's list of contact persons."""

from django.db import models


def contact_listings_sync(*, listings: models.Manager, contacts: list, reason: str) -> None:
    """Make `contacts`, in this order, the contact persons that `listings` (an item's
    `contact_listings`) names; row by row, so that each change keeps its history."""
    wanted = {contact.pk: position for position, contact in enumerate(contacts)}
    for listing in listings.exclude(contact__in=list(wanted)):
        listing._change_reason = reason
        listing.delete()
    existing = {listing.contact_id: listing for listing in listings.all()}
    for contact_pk, position in wanted.items():
        listing = existing.get(contact_pk) or listings.model(
            contact_id=contact_pk, **{listings.field.name: listings.instance}
        )
        if listing.pk is None or listing.position != position:
            listing.position = position
            listing._change_reason = reason
            listing.save()
