"""What models are built from: rich text, uploads, search and list indexes; imports operations."""
