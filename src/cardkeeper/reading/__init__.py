"""Image -> card -> text -> fields. No Qt here; usable from the CLI and tests."""
