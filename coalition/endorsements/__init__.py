"""Campaigns and endorsements: what can be endorsed and who endorsed it (:mod:`.records`)."""
