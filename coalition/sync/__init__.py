"""Sharing one coalition's records between laptops: through a PostgreSQL server, or in
bundle files carried by hand.  Import from the module that holds what you need:

- :mod:`~coalition.sync.run`: a sync (push, then pull) and where this laptop stands.
- :mod:`~coalition.sync.connection`: the server's profile, its password, connecting.
- :mod:`~coalition.sync.merge`: the merge rules, for the server and for bundles alike.
- :mod:`~coalition.sync.people_merges`: people merged on one laptop, known on others.
- :mod:`~coalition.sync.conflicts`: conflicts recorded, listed and decided again.
- :mod:`~coalition.sync.ops`: a change as it travels (:class:`~coalition.sync.ops.Op`).
- :mod:`~coalition.sync.target`: a database changes are merged into, in general;
  :mod:`~coalition.sync.server` the server's (PostgreSQL, ``sync_log``, COPY) and
  :mod:`~coalition.sync.local` this laptop's (a bundle read, a pull applied).
- :mod:`~coalition.sync.bookkeeping`: this laptop's replica id, bookmarks and outbox.
- :mod:`~coalition.sync.private`: records kept on this laptop only.
- :mod:`~coalition.sync.bundles`: changes carried in an encrypted file.

A module imports only those before it in this order (so none imports another that
imports it back): ops, target, conflicts, people_merges, server, bookkeeping, local,
merge, connection, private, run, bundles.
"""
