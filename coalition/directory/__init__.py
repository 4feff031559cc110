"""The directory: people, organizations and memberships (:mod:`.records`), deleting with
references (:mod:`.deletion`), merging duplicates (:mod:`.merge`), what pickers offer
(:mod:`.choices`), and bringing in spreadsheets (:mod:`.csvread`, :mod:`.importers`)."""

# The coalition's rules of who reads and writes what, kept by the store once imported.
from coalition.directory import access as _access  # noqa: F401
