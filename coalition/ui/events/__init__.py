"""The Events area: events and their shifts, and the sign-up table (kiosk mode)."""
