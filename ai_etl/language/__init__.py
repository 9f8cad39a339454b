"""Understanding requests: how schema names are said, and whether a pipeline accounts for every word."""
