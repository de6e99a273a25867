-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 15: what the overview asks of the register each morning.
--
-- Every group of the overview reads an index, however large the register:
-- the open items by reply date (a partial index whose condition the view
-- below repeats word for word, so that the planner may use it), the
-- meetings by date (meeting_date_idx), the expected reports by due date
-- (report_status_idx), the reviews (network_review_idx), the mandates by
-- their end (assignment_end_idx), the open decision clauses (below) and
-- the history by time (history_time_idx).

-- Items still on their way to a decision whose reply has a date: the
-- replies due, in the overview and in the Agenda view's badge.
CREATE INDEX item_open_reply_idx ON item (reply_by, id)
  WHERE reply_by IS NOT NULL
    AND status IN ('received', 'assessed', 'in-preparation', 'ready', 'on-agenda');

-- The view reads the index by name: without statistics the planner would
-- take item_status_reply_idx and sort every open item due to show eight.
CREATE VIEW overview_reply AS
SELECT item.id, item.title, item.type, item.status, item.reply_by, item.diary_number,
  item.diary_year, item.confidential,
  diary_body.short_name AS diary_body_name,
  officer.name AS case_officer_name
FROM item INDEXED BY item_open_reply_idx
LEFT JOIN body AS diary_body ON diary_body.id = item.diary_body_id
LEFT JOIN person AS officer ON officer.id = item.case_officer_id
WHERE item.reply_by IS NOT NULL
  AND item.status IN ('received', 'assessed', 'in-preparation', 'ready', 'on-agenda');

-- The same items to count, without the names: the count reads the index alone.
CREATE VIEW overview_reply_due AS
SELECT item.id, item.reply_by
FROM item INDEXED BY item_open_reply_idx
WHERE item.reply_by IS NOT NULL
  AND item.status IN ('received', 'assessed', 'in-preparation', 'ready', 'on-agenda');

-- Meetings with the day their papers must be out: the meeting's own
-- deadline, or its body's usual number of days before it.
CREATE VIEW overview_meeting AS
SELECT meeting.id, meeting.body_id, meeting.held_on, meeting.starts_at, meeting.place,
  meeting.status,
  body.name AS body_name,
  body.short_name AS body_short_name,
  coalesce(meeting.agenda_deadline,
           date(meeting.held_on, '-' || body.agenda_deadline_days || ' days')) AS papers_by
FROM meeting
JOIN body ON body.id = meeting.body_id;

-- Decision clauses not yet carried out (the follow-up list's candidates).
CREATE INDEX clause_open_idx ON clause (due_on, id)
  WHERE agenda_entry_id IS NOT NULL AND completed_on IS NULL;
