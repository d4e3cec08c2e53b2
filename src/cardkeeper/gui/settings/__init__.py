"""File ▸ Settings…: the preferences dialog and its parts."""
