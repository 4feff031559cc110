"""Mail, on screen: the account it goes out through (File → Mail account…), the outbox
and its sending in the background (Mail → Outbox…, a label in the status bar), the
preview before a series' first message of a kind, and the replies that could not be
matched to anyone.  The services are :mod:`coalition.mail`; who answered a call is shown
on the Calls screen (:mod:`coalition.ui.calls.answers`)."""
