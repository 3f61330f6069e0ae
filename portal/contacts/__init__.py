"""Contact persons that practices, partners, projects and events name; imports no app's code."""
