"""cocreate tui layer."""
