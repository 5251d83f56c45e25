"""Persistence: the only package that imports peewee (database, models, migrations, read queries)."""
