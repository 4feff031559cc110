"""Small pieces every layer shares: errors, file and path helpers, private files,
validation, the states, the clock, Markdown helpers.

Nothing here imports anything else of Coalition's, so the store and every service may use it."""
