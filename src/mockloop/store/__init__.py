"""The SQLite store: schema, migrations, sessions, turns and scores."""
