"""Demo content: loaders here, trilingual texts in data/; may import the apps and every layer."""
