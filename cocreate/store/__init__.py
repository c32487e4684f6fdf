"""cocreate store layer."""
