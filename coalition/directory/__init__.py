"""The directory: people, organizations and memberships (:mod:`.records`), deleting with
references (:mod:`.deletion`), merging duplicates (:mod:`.merge`), what pickers offer
(:mod:`.choices`), and bringing in spreadsheets (:mod:`.csvread`, :mod:`.importers`)."""
