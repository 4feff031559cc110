"""The weekly coalition calls: series and occurrences (:mod:`.series`), agendas, attendance and
minutes (:mod:`.meetings`), action items (:mod:`.actions`), the agenda and the minutes to send
(:mod:`.documents`), and calendar files out and in (:mod:`.calendar_export`,
:mod:`.calendar_import`)."""
