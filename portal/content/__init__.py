"""What projects, practices and events subclass or call: detail view, faceted lists, pagination, admin, imports, publishing. May import portal.models, db, operations and staff."""
