"""The demo content itself: places, organisations, projects, practices, events, pages and news in pl, cs and en; data only, no database access."""
