from django.http import HttpResponse
from django.template.loader import render_to_string


def bare(request):
    """A plain template, rendered without the request so that no context processor runs."""
    return HttpResponse(render_to_string("bench/bare.html"))
