"""cocreate app layer."""
