"""Sharing through the coalition server and bundle files, in the window."""
