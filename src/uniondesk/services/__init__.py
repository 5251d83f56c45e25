"""One user action = one typed function, each in one transaction. No Qt here."""
