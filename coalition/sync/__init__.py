"""Sharing one coalition's records between laptops: through a PostgreSQL server, or in
bundle files carried by hand."""
