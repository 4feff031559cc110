"""Shared messaging drafts: one core message, a variant per audience, revisions, sign-offs.

The service is split by idea; callers import from the module that holds what they need.
"""
