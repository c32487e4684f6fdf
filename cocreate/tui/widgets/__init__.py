"""widgets of the cocreate UI."""
