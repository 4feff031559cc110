"""What the public texts say, as the sample uses it: one place to read, and to test.

Each constant says which text it comes from (the files in ``shared/reference/``):

* FAQ: the California National Party's FAQ;
* PAPER: the policy paper on the 2028 independence plebiscite;
* ARTICLE: the article on the multi-state coalition's growth;
* VALUES: an independence group's statement of aims and values (the group is not named).

Nothing here is invented, except where a comment says so.
"""

from __future__ import annotations

import datetime as dt

from coalition.common.i18n import QT_TRANSLATE_NOOP

# --- the weekly call (ARTICLE) --------------------------------------------------------------

# "holds weekly conference calls to help other members fine tune their message to fellow
# citizens in their state — every Tuesday at 5:30 Pacific".
CALL_WORDING = "every Tuesday at 5:30 Pacific"
CALL_WEEKDAY = 1  # Tuesday (Monday is 0, as in datetime)
CALL_RRULE_DAY = "TU"
# The text says "5:30 Pacific", not morning or evening: the evening is the product's reading
# (DESIGN: "Tuesdays 17:30 Pacific").
CALL_TIME = dt.time(17, 30)
CALL_ZONE = "America/Los_Angeles"

# --- the states and the goal (ARTICLE) -------------------------------------------------------

# "Organizations have been advocating ... in the states of Illinois, Indiana, North Dakota,
# South Carolina, New Hampshire, and Arizona".
FIRST_STATES = ("IL", "IN", "ND", "SC", "NH", "AZ")
# "now joined by people in the states of Oklahoma, New York, Pennsylvania, and Wyoming".
JOINED_STATES = ("OK", "NY", "PA", "WY")
NAMED_STATES = FIRST_STATES + JOINED_STATES
# "The coalition now has representatives in 11 states".
REPRESENTED_STATES = 11
# The texts name ten states; the eleventh is not named. Invented: Oregon, whose conservatives
# the coalition supports in the same article.
ELEVENTH_STATE = "OR"
# "The goal is to have 20 states with social media pages advocating for an America without
# a California."
STATES_GOAL = 20
# The goal's name, written in the language the app speaks when the sample is loaded.
STATES_GOAL_NAME = QT_TRANSLATE_NOOP("Sample", "20 states with social media pages")
STATES_GOAL_WORDING = (
    "The goal is to have 20 states with social media pages advocating for an America "
    "without a California."
)
# Where the coalition says the situation is "egregiously undemocratic".
UNDEMOCRATIC_STATES = ("OR", "IL", "NY", "PA", "CO")
# The coalition's own declaration, word for word.
BORDERS_DECLARATION = (
    "The coalition of Red States and conservative parts of Blue states has decided to "
    "officially endorse the peaceful movement of state borders as necessary to maintain a "
    "peaceful, harmonious, and civil society."
)
# The question, as The Liberty Block put it.
QUESTION_WORDING = (
    "would you really mind if California left, or do you think it would make America great "
    "again by making America STATES again"
)
SC_GROUP_MEMBERS = 60  # "his South Carolina group grew to 60 members within days"
SC_POST_VIEWS = 30_000  # "after one facebook post that gained 30,000 views"
OREGON_ARTICLE_VIEWS = 50_000  # "That article got 50,000 views"

# --- the plebiscite (PAPER) ------------------------------------------------------------------

PLEBISCITE_NAME = "Calexit: California Independence Plebiscite of 2025"
PLEBISCITE_QUESTION = (
    "Should California leave the United States and become a free and independent country?"
)
PLEBISCITE_SIGNATURES = 546_651  # "gather 546,651 valid signatures"
# "may appear on the state's November 2028 ballot": the day is that general election's.
PLEBISCITE_VOTE_DATE = "2028-11-07"

# --- the groups (FAQ) ------------------------------------------------------------------------

CNP_NAME = "California National Party"  # "Chartered in 2015", a political party
CNP_CHARTERED_YEAR = 2015
CFC_NAME = "California Freedom Coalition"  # "Founded in March of 2017"
CFC_FOUNDED = (2017, 3)
CFC_EDUCATION_FUND = "California Freedom Coalition Education Fund"  # "a registered 501(c)(3)"
CFC_ADVOCACY_FUND = "California Freedom Coalition Advocacy Fund"  # "a registered 501(c)(4)"
CALCONCON_NAME = "Cal Con Con"  # filed its Article V initiative "In August of 2017"
YES_CALIFORNIA_NAME = "Yes California"
# "Reaching that goal will require 0.33% of registered California voters (64,128 people as
# of February 10, 2017) to switch their party preference to CNP."
CNP_QUALIFYING_VOTERS = 64_128
CNP_QUALIFYING_AS_OF = dt.date(2017, 2, 10)
# "The California National Party has formally endorsed the California Freedom Coalition's
# ballot imitative on Independence" (sic).
CFC_INITIATIVE_NAME = "California Freedom Coalition's ballot initiative on Independence"
# Asked about "the new ballot initiative on independence which is supposed to be filed in
# 2018", the FAQ answers:
INITIATIVE_2018_NAME = "Ballot initiative on independence to be filed in 2018"
INITIATIVE_2018_CONDITION = (
    "We will need to see the full text of that initiative before we can support it."
)

# --- the multi-state coalition's groups (ARTICLE) --------------------------------------------

COALITION_NAME = "Calexit Coalition"  # "the Calexit Coalition's growth"
LIBERTY_BLOCK_NAME = "The Liberty Block"
# The supporters of "intra-state" secession "already part of this coalition".
RED_GROUPS = ("Red New York", "Red Illinois", "Red Pennsylvania")

# --- values (VALUES) -------------------------------------------------------------------------

NO_FOREIGN_MONEY = (
    "We don’t accept money or material support from outside the U.S., period (and we prefer "
    "to raise our money from Californians)."
)
