"""Messages visitors write to the people behind a practice, partner, project or event, or to
the portal's staff: stored first, then delivered by e-mail from the worker."""
