"""The semantic cache of generations: exact, verified-semantic, never a wrong pipeline."""
