"""Plain Python: enums, value objects, rules, text normalisation and errors. No Qt, no peewee."""
