"""render room."""
