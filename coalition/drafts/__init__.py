"""Shared messaging drafts: one core message, a variant per audience, revisions, sign-offs.

Coalition partners ask the same question everywhere, but each state and each group
phrases it for its own audience.  A draft holds the core text and the channels it is
for; each variant is the text for one state or allied group, with merge fields
({state}, {group}, {next_call}) filled per variant.  Every save is an immutable
revision, so "which wording was approved?" always has an answer: a sign-off is given on
one revision, and an edit after it voids the answer and asks the group again.

Each write is one transaction (:func:`coalition.store.changes.writes`); reads query the
database rather than trusting collections loaded earlier, because sessions keep their
objects across commits.

The modules, each of one idea; callers import from the one that holds what they need
(this package itself exports nothing):

- :mod:`~coalition.drafts.lookup`: a draft, variant, revision or sign-off by its id
- :mod:`~coalition.drafts.channels`: the channels, their limits, counting a text for each
- :mod:`~coalition.drafts.draft`: a draft made, edited, deleted; its revisions numbered
- :mod:`~coalition.drafts.listing`: the drafts list
- :mod:`~coalition.drafts.status`: draft → in review → approved → published → retired
- :mod:`~coalition.drafts.revisions`: saving texts, their history, restoring one
- :mod:`~coalition.drafts.variants`: a text per audience
- :mod:`~coalition.drafts.signoffs`: asking a group to approve a wording, its answer
- :mod:`~coalition.drafts.merge`: merge fields and the text as it is sent
- :mod:`~coalition.drafts.diff`: comparing two texts word by word
- :mod:`~coalition.drafts.comments`: comments and replies
- :mod:`~coalition.drafts.groups`: the allied groups as the pickers name them
- :mod:`~coalition.drafts.export`: copies, the message pack, files per variant
- :mod:`~coalition.drafts.lock`: a declaration a decision adopted, its words locked
"""
