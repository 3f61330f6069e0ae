"""Django's PostgreSQL backend with client-side deadlines (portal/operations/deadlines.py)."""
