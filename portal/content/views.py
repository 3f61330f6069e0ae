"""What the content apps' views are built from: the page of one published object."""

from django.http import Http404
from django.views.generic import DetailView


class PublishedDetailView(DetailView):
    """A published object's page; staff who may change the object also see it as a draft."""

    include_drafts = False

    def get_queryset(self):
        queryset = super().get_queryset()
        return queryset if self.include_drafts else queryset.published()

    def get_object(self, queryset=None):
        # Only a miss asks who the visitor is: a published page reads no session, so it does
        # not vary by cookie and caches can keep it.
        try:
            return super().get_object(queryset)
        except Http404:
            opts = self.model._meta
            if not self.request.user.has_perm(f"{opts.app_label}.change_{opts.model_name}"):
                raise
            self.include_drafts = True
            return super().get_object(queryset)
