"""Running the site, in no domain's words: page cache, replicas, sessions, health, outages, headers, storage. Imports no other part of the portal."""
