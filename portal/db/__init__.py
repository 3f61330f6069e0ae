"""What models are built from: rich text, upload fields, search and list indexes. May import operations."""
