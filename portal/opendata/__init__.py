"""Open data: the lists as CSV and JSON files, and the read-only JSON API; may import the apps."""
