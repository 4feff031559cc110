"""The campaigns screen, the endorsement dialog and the endorsement matrix."""
