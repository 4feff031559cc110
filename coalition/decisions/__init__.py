"""Coalition decisions: proposals put to the member organizations, one ballot each,
a frozen outcome at close, and the declaration an adoption publishes.

- :mod:`.outcome`: the count (pure: standing ballots, quorum, the rules).
- :mod:`.proposals`: making, listing and closing proposals.
- :mod:`.ballots`: who casts an organization's ballot, and casting it.
- :mod:`.proxies`: one organization's proxy to another.
- :mod:`.declaration`: the published draft an adoption makes, and its Markdown.
"""
