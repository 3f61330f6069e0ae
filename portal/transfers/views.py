"""The partner space's transfers: a partner records that a practice was taken up."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from portal.contributions.access import partner_required
from portal.transfers.forms import TransferProposalForm
from portal.transfers.services import transfer_propose


@partner_required
def transfer_new(request):
    form = TransferProposalForm(
        request.POST if request.method == "POST" else None, partner=request.user
    )
    if form.is_bound and form.is_valid():
        transfer_propose(form=form, by=request.user)
        messages.success(
            request, _("Thank you. The editors will check the transfer and publish it.")
        )
        return redirect("contributions:dashboard")
    context = {"form": form, "all_forms": [form], "has_problems": form.is_bound}
    return render(request, "transfers/transfer_new.html", context)
