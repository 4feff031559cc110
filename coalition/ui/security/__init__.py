"""Unlocking, changing the key and restoring a backup."""
