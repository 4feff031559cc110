"""The sample coalition: a small, realistic directory to explore Coalition without typing one.

Where the facts come from
-------------------------
The organizations, the campaigns and the figures are public facts taken from the texts in
``shared/reference/`` (see its README):

* the California National Party's FAQ: CNP (chartered 2015, a political party), the
  California Freedom Coalition (founded March 2017, made of a 501(c)(3) Education Fund and
  a 501(c)(4) Advocacy Fund), Cal Con Con (filed an Article V convention initiative in
  August 2017), Yes California; CNP's endorsement of CFC's ballot initiative, and its
  answer "we will need to see the full text of that initiative before we can support it";
* a policy paper on the 2028 plebiscite: the question, the 546,651 valid signatures, the
  November 2028 ballot, the independent commission and its reporting timeline;
* an article on the multi-state "Calexit Coalition": groups in Illinois, Indiana, North
  Dakota, South Carolina, New Hampshire and Arizona, joined by people in Oklahoma, New
  York, Pennsylvania and Wyoming; 'Red New York', 'Red Illinois', 'Red Pennsylvania',
  The Liberty Block; 'Red Oregon'; Colorado named among the "egregiously undemocratic"
  states; representatives in 11 states, a goal of 20 states with pages; the weekly call
  on Tuesdays at 5:30 Pacific; "Michael from South Carolina" and his group of 60 members;
  the declaration endorsing "the peaceful movement of state borders";
* an independence group's statement of values: non-violence, no money from outside the
  U.S.

Everything else is invented: every person, every e-mail address (all at example.org),
every phone number (all in the fictional 555-01xx range), every website and social page
(example.org addresses), follower counts, roles, exact days where the texts give only a
month or a year, the status histories of the endorsements, the candidate, and each
group's status and relationships within this sample coalition.  The 11 represented states
are the ten the texts name for the coalition's members (California and Oregon included)
plus Oklahoma; Wyoming and Colorado have a page but no representative.

The weekly "Coalition call" (Tuesdays 17:30 Pacific, as the article says) is placed
around the day the sample is loaded: six past weeks with agendas, minutes, attendance and
action items (one week moved to the Thursday, one cancelled), the next two calls prepared,
and a one-off call with the Oregon groups.  Its items come from the same article: the
coalition doubling in a month, Michael's post, the Red Oregon article, the question
tailored per state, the declaration on state borders, the 20-state goal.

Two shared drafts come from the same texts.  "Would you really mind if California left?"
is the coalition's question ("would you really mind if California left, or do you think it
would make America great again by making America STATES again"), dated over the last two
weeks: South Carolina's variant approved by The Liberty Block and the state chapter (an
edit after The Liberty Block's first approval voided it, and it was asked again), Oregon's
waiting for Red Oregon, Illinois' sent back by Red Illinois as too long for X, with
threaded comments.  A press release on the declaration on state borders was published in
May 2025, when the 'Red' groups endorsed it.  Who wrote, answered and commented is
invented, like every person.

Every write goes through the directory, endorsement, calls, meetings and drafts services,
inside one recorded transaction (:func:`coalition.store.changes.writes`), so the audit
trail and the search index are right and a single undo removes the whole sample.  (The
drafts' times and authors are then set as the story tells them: the services would stamp
the moment of loading and whoever loads it.)
"""

from __future__ import annotations

from coalition.sample.goal_figures import STATES_GOAL
from coalition.sample.loader import COALITION_NAME, NOT_EMPTY, SampleSummary, load_sample, summarize

__all__ = [
    "COALITION_NAME",
    "NOT_EMPTY",
    "STATES_GOAL",
    "SampleSummary",
    "load_sample",
    "summarize",
]
