"""What the apps subclass or call (views, lists, admin, imports); imports models, db and below."""
