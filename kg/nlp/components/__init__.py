"""spaCy components of kg, one per module. Each only annotates the Doc."""
