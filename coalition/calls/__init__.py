"""The weekly coalition calls: series and occurrences (:mod:`.series`), agendas, minutes and
action items (:mod:`.meetings`), and calendar files in and out (:mod:`.calendar_export`)."""
