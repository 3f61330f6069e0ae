"""Running the site in no domain's words (cache, replicas, health...); imports no portal layer."""
