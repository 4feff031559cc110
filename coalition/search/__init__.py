"""Finding records: full-text queries (:mod:`.query`) and the long lists' pages
(:mod:`.listing`)."""
