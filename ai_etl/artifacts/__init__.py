"""Versioned artifacts: the store, the working copy, three-way merges, and the CLI."""
