"""Pages that read every app: home, search, map, city, theme and programme pages, feeds, sitemaps. May import the apps and every layer below them."""
