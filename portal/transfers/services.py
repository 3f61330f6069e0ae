from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import translation

from portal.contributions.review import editor_addresses, site_url
from portal.db.publishing import PublicationStatus
from portal.mail.services import mail_send_later
from portal.transfers.models import Transfer


@transaction.atomic
def transfer_propose(*, form, by) -> Transfer:
    """Save a partner's transfer as a draft and tell the editors, who publish it in the admin."""
    transfer = form.save(commit=False)
    transfer.status = PublicationStatus.DRAFT
    transfer.proposed_by = by
    transfer.save()
    form.save_m2m()
    editors_tell_of_transfer(transfer)
    return transfer


def editors_tell_of_transfer(transfer: Transfer) -> None:
    """E-mail the editors that a proposed transfer waits for them, with a link to the admin."""
    language = settings.ENQUIRY_STAFF_LANGUAGE
    with translation.override(language):
        review_url = site_url(reverse("admin:transfers_transfer_change", args=[transfer.pk]))
        context = {
            "practice": str(transfer.source),
            "city": str(transfer.city),
            "proposed_by": transfer.proposed_by.get_username() if transfer.proposed_by else "",
            "review_url": review_url,
        }
    mail_send_later(
        to=editor_addresses() or list(settings.ENQUIRY_STAFF_EMAILS),
        template="mail/transfer_proposed",
        context=context,
        language=language,
    )
