-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 8: a returned report knows the agenda it is on. report_list gains
-- the meeting, date, body and § of the latest agenda entry that brings the
-- report to a meeting, so that the list can say "on the agenda of RS,
-- 2026-05-12" rather than "received" (ber-reports.c derives the status from
-- them). The entry is found through an index on agenda_entry.report_id,
-- which also serves the check that a report is on no agenda yet.
DROP INDEX IF EXISTS agenda_entry_report_idx;
CREATE INDEX agenda_entry_report_idx ON agenda_entry (report_id) WHERE report_id IS NOT NULL;

DROP VIEW report_list;
CREATE VIEW report_list AS
SELECT report.*,
  person.name AS person_name,
  person.email AS person_email,
  body.name AS body_name,
  forum_event.title AS event_title,
  forum_event.starts_on AS event_starts_on,
  network.name AS network_name,
  network.acronym AS network_acronym,
  agenda_entry.meeting_id AS agenda_meeting_id,
  agenda_entry.paragraph AS agenda_paragraph,
  agenda_meeting.held_on AS agenda_held_on,
  agenda_body.name AS agenda_body_name,
  agenda_body.short_name AS agenda_body_short_name
FROM report
JOIN person ON person.id = report.person_id
JOIN body ON body.id = report.body_id
LEFT JOIN forum_event ON forum_event.id = report.event_id
LEFT JOIN network ON network.id = forum_event.network_id
LEFT JOIN agenda_entry ON agenda_entry.id = (
  SELECT e.id FROM agenda_entry AS e JOIN meeting AS m ON m.id = e.meeting_id
  WHERE e.report_id = report.id
  ORDER BY m.held_on DESC, e.id DESC LIMIT 1)
LEFT JOIN meeting AS agenda_meeting ON agenda_meeting.id = agenda_entry.meeting_id
LEFT JOIN body AS agenda_body ON agenda_body.id = agenda_meeting.body_id;
