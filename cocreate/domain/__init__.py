"""cocreate domain layer."""
