"""The Decisions screen: proposals put to the member organizations, one ballot each.

On the left, the proposals, open first (closing soonest first), then closed, each with
when it closes, its rule, how many organizations voted and, once closed, its outcome.  On
the right, the proposal chosen: what is asked (a text, or a shared draft to open), its
rule, quorum and closing time in this computer's zone, and a table of the voting
organizations with each one's standing ballot, by whom it was cast, the conflicts (two
ballots for one organization: the later stands) and the ballots cast too late.  While the
results are hidden, a ballot shows as "voted".

A delegate votes for their organization (and those whose proxy it holds); a coordinator
records, in the chair's sheet made for a live call, the ballots said aloud, each saved
on this computer as it is set.  Closed, the outcome is frozen: adopted, rejected or no
quorum, the tally by organization, who did not vote, and an adopted declaration to export
as Markdown or PDF.  Opening the area closes the proposals whose time has come.

Every change is one service call through :meth:`AppContext.run`, so one undo step.

The modules, from the bottom up: ``common`` (words, times, colours), ``views`` (one
proposal, read in one session), ``table`` (the ballots), ``chair`` (the chair's sheet),
``vote`` (a delegate's ballot), ``outcome`` (the frozen outcome and the declaration),
``dialog`` (a new proposal), ``panel`` and ``screen``.
"""

from coalition.ui.decisions.dialog import ProposalDialog
from coalition.ui.decisions.panel import ProposalPanel
from coalition.ui.decisions.screen import DecisionsScreen

__all__ = ["DecisionsScreen", "ProposalDialog", "ProposalPanel"]
