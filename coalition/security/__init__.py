"""Keys: changing the database's key without ever losing it (:mod:`.keychange`)."""
