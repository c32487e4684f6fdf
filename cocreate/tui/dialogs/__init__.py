"""dialogs of the cocreate UI."""
