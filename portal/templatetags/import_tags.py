from django import template
from django.core.exceptions import NON_FIELD_ERRORS
from django.utils.translation import gettext

register = template.Library()


@register.filter
def row_error_sentences(invalid_row):
    """The mistakes of an imported row, each naming the spreadsheet's row and column."""
    # import-export counts the rows below the header from 1; a spreadsheet counts the header.
    row = invalid_row.number + 1
    sentences = []
    for column, messages in invalid_row.error_dict.items():
        for message in messages:
            if column == NON_FIELD_ERRORS:
                sentences.append(
                    gettext("Row %(row)d: %(message)s") % {"row": row, "message": message}
                )
            elif ", " in column:
                # A translated field, required in one language at least.
                sentences.append(
                    gettext("Row %(row)d, columns %(columns)s: %(message)s")
                    % {"row": row, "columns": column, "message": message}
                )
            else:
                sentences.append(
                    gettext("Row %(row)d, column %(column)s: %(message)s")
                    % {"row": row, "column": column, "message": message}
                )
    return sentences
