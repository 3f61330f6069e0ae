"""Pages that read every app (home, search, map, topics, feeds); may import the apps and below."""
