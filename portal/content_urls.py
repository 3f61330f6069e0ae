from django.urls import path

from portal import pages

# The site's pages and its news have a namespace each: "pages" and "news".
page_patterns = (
    [path("<slug:slug>/", pages.PageDetailView.as_view(), name="detail")],
    "pages",
)
news_patterns = (
    [
        path("", pages.NewsListView.as_view(), name="list"),
        path("<slug:slug>/", pages.NewsDetailView.as_view(), name="detail"),
    ],
    "news",
)
