"""The enquiry form as a visitor first meets it."""

from django.utils import translation

from portal.enquiries.forms import EnquiryForm
from portal.enquiries.models import Reason


def test_the_country_list_starts_with_the_two_countries_of_the_border_in_the_pages_language():
    with translation.override("cs"):
        form = EnquiryForm(reasons=[Reason.QUESTION])
        choices = [(str(value), str(label)) for value, label in form.fields["country"].choices]

    assert choices[:3] == [("", "(neuvedeno)"), ("PL", "Polsko"), ("CZ", "Česko")]
    assert ("DE", "Německo") in choices[3:]
    assert [value for value, _label in choices].count("PL") == 1
