"""The sample coalition: a small, realistic directory to explore Coalition without typing one.

Where the facts come from
-------------------------
The sample is drawn from the public texts in ``shared/reference/`` (see its README). What
they say is kept in :mod:`coalition.sample.facts`, one constant per fact, each naming its
text; the tests check the loaded sample against those constants.

* The California National Party's FAQ: the California National Party (a political party,
  chartered 2015); the California Freedom Coalition (a grassroots organization founded in
  March 2017, made of a 501(c)(3) Education Fund and a 501(c)(4) Advocacy Fund, each with
  its own board); Cal Con Con (filed an Article V convention initiative in August 2017);
  Yes California (another pro-independence group, no connection to the CNP). CNP's formal
  endorsement of CFC's ballot initiative on Independence; its answer on the initiative "to
  be filed in 2018": "We will need to see the full text of that initiative before we can
  support it."; its qualifying goal: 0.33% of registered voters, 64,128 people as of
  February 10, 2017, switching their party preference to CNP.
* The policy paper on the plebiscite: "Calexit: California Independence Plebiscite of
  2025", its question, the 546,651 valid signatures, the November 2028 ballot, the
  independent commission and its reporting timeline and costs. The paper names no
  organization behind it, so the campaign has no owner.
* The article on the multi-state coalition: the Calexit Coalition; its first states
  (Illinois, Indiana, North Dakota, South Carolina, New Hampshire, Arizona) and those that
  joined when it doubled (Oklahoma, New York, Pennsylvania, Wyoming); "representatives in
  11 states"; "The goal is to have 20 states with social media pages advocating for an
  America without a California"; the weekly call "every Tuesday at 5:30 Pacific" (stored as
  17:30 America/Los_Angeles, the product's reading of "5:30"); The Liberty Block and its
  question; 'Red New York', 'Red Illinois', 'Red Pennsylvania'; Michael from South Carolina,
  his post (30,000 views) and his group of 60 members; the Red Oregon article (50,000
  views); the declaration on "the peaceful movement of state borders" and the
  "egregiously undemocratic" states (Oregon, Illinois, New York, Pennsylvania, Colorado);
  the endorsements of the concept by Adam Kokesh and David Weikle (in the coalition's
  notes only: every person in the sample is invented).
* The statement of an independence group's values (the group is not named): no money or
  material support from outside the U.S.
* The article on the 2028 ballot adds nothing the sample records.

What is invented (and marked so)
--------------------------------
Every person, with every e-mail address (at example.org), phone number (555-01xx),
website, social page and meeting link (example.org addresses) and follower count; the
names of the per-state groups ("Calexit Coalition – South Carolina"...) and Red Oregon as
an organization (their notes say "invented (example)"); which eleventh state has a
representative (the texts name ten; Oregon here); Wyoming's change of representative and
Colorado's page; the candidate ("... (example)"); every exact day where the texts give a
month, a year or nothing; every endorsement the texts do not tell, each with a note saying
"Invented for the sample (example)"; each group's status and place in this one sample
coalition, which joins the California groups and the multi-state coalition that the texts
describe separately; the goals' deadlines and every count recorded toward them (their
source says "example: invented figures"); what was said on each call; who wrote, answered
and commented on the drafts.

The weekly call is placed around the day the sample is loaded: six past weeks with agendas,
minutes, attendance and action items (one week moved to the Thursday, one cancelled), the
next two calls prepared, and a one-off call with the Oregon groups; its items retell the
article. Two shared drafts come from the same texts: the coalition's question tailored per
state (South Carolina's variant approved after an edit voided one approval, Oregon's waiting,
Illinois' sent back as too long for X) and a press release on the declaration on state
borders.  Two decisions are put to the weekly call: the declaration itself, adopted by two
thirds of the member groups (ballots by their delegates, one recorded by the chair, one
by proxy), which published it as a locked draft; and a proposal on non-violence, open
until the next call ends, with a few ballots in.

The sample is written in the language the app speaks when it is loaded: its own words
(the call's title and standing items, agenda and action item titles, goal names and
units, tags, roles, events and shifts, decision titles) are marked with
``QT_TRANSLATE_NOOP("Sample", ...)`` and stored as :func:`coalition.common.i18n.shown`
gives them, so a Spanish window or terminal loads a Spanish sample, and an English one
loads it word for word as described here.  Names, places, the texts the sources wrote
(the declaration, the shared question and press release, what was said on each call)
and the notes citing them stay as they are.

Every write goes through the directory, endorsement, calls, meetings, drafts, decisions
and goals services, inside one recorded transaction (:func:`coalition.store.changes.writes`), so the
audit trail and the search index are right and a single undo removes the whole sample.

The modules: :mod:`~coalition.sample.facts` (what the texts say),
:mod:`~coalition.sample.records` (the keys of the rows), :mod:`~coalition.sample.organizations`,
:mod:`~coalition.sample.people`, :mod:`~coalition.sample.campaigns` (and endorsements),
:mod:`~coalition.sample.weekly_call` (calls and minutes), :mod:`~coalition.sample.shared_drafts`,
:mod:`~coalition.sample.decisions`, :mod:`~coalition.sample.goal_figures`, and
:mod:`~coalition.sample.loader`, which puts them together.
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
