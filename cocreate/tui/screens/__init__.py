"""screens of the cocreate UI."""
