"""Demo content for `manage.py load_demo`: data modules written for this portal, and their loader."""
