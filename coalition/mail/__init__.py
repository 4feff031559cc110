"""E-mail: the organizer's own account, the invitations (iMIP, RFC 6047), agendas,
minutes and digests sent through it from an outbox that waits while offline, and the
replies read back into who is coming.  No Qt here."""
