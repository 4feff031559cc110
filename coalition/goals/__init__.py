"""Where the coalition stands: goals and their progress (:mod:`.records`), reach across the
states (:mod:`.coverage`), and what the dashboard and board report show (:mod:`.report`)."""
