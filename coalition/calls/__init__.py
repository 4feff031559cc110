"""The weekly coalition calls: series and occurrences (:mod:`.series`), agendas, minutes and
action items (:mod:`.meetings`), and calendar files out and in (:mod:`.calendar_export`,
:mod:`.calendar_import`)."""
