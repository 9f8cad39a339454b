"""The repair loop: a failed run becomes a diagnosis, and for code or data failures a validated proposal."""
