"""Demo content: its loaders (load_demo, seed_scale) here, the trilingual texts in data/. May import the apps and every layer below them."""
