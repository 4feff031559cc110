"""Events at the table: events and their shifts, sign-ups and the consents given there,
and each organization's export of the people who consented to it."""
