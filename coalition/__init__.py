"""Coalition: the directory, endorsements, calls and shared messaging of a coalition of allies."""

__version__ = "0.1.0"
APP_NAME = "Coalition"
