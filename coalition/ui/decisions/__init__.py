"""The screens of decisions: proposals, ballots, the chair recording a call's votes."""
