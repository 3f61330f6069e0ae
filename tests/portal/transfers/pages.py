"""Reading the transfers a public page lists."""

import html
import re

TRANSFER = re.compile(r'<li id="transfer-\d+">(.*?)</li>', re.S)
BOUNDARY = re.compile(r"</?(dt|dd|p|dl)\b[^>]*>")
TAG = re.compile(r"<[^>]+>")


def transfer_texts(page):
    """The visible text of each transfer the page lists, its spaces collapsed."""
    texts = []
    for item in TRANSFER.findall(page):
        text = TAG.sub("", BOUNDARY.sub(" ", item))
        texts.append(" ".join(html.unescape(text).split()))
    return texts
