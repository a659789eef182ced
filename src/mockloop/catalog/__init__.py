"""The round library: prompt-file lookup, round kinds, persona rendering."""
