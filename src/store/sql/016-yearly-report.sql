-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 16: the figures of the yearly report.
--
-- The report asks for one year (and perhaps one body) of registers that
-- grow without bound: items, meetings, returned reports, forum events. Each
-- view groups by the day the year is chosen by (received_on, held_on,
-- due_on, starts_on), so that a condition "day BETWEEN Jan 1 AND Dec 31" is
-- pushed down into the view and read as a range of that column's index; the
-- model adds the days up to months and to the year. The small registers
-- (memberships, fees, assignments, questions) are read whole.

-- For one body's year: its items by received date, its reports by due
-- date; and a forum event's returned reports.
CREATE INDEX item_routed_received_idx ON item (routed_body_id, received_on);
CREATE INDEX report_body_due_idx ON report (body_id, due_on);
CREATE INDEX report_event_idx ON report (event_id);

-- Items received, by day, type, routed body and whether they are closed.
CREATE VIEW yearly_item_day AS
SELECT item.received_on AS day,
  item.type AS type,
  item.routed_body_id AS body_id,
  item.status IN ('decided', 'dispatched', 'declined', 'written-off') AS closed,
  count(*) AS n,
  min(item.id) AS id
FROM item
GROUP BY item.received_on, item.type, item.routed_body_id, closed;

-- Meetings held (not cancelled) and the decisions recorded at them.
CREATE VIEW yearly_meeting_day AS
SELECT meeting.held_on AS day,
  meeting.body_id AS body_id,
  min(meeting.id) AS id,
  count(*) AS meetings,
  sum((SELECT count(*) FROM agenda_entry AS e
       WHERE e.meeting_id = meeting.id AND e.decision IS NOT NULL)) AS decisions,
  sum((SELECT count(*) FROM agenda_entry AS e
       WHERE e.meeting_id = meeting.id AND e.decision IN ('as-proposed', 'amended'))) AS adopted,
  sum((SELECT count(*) FROM agenda_entry AS e
       WHERE e.meeting_id = meeting.id AND e.decision = 'tabled')) AS tabled,
  sum((SELECT count(*) FROM agenda_entry AS e
       WHERE e.meeting_id = meeting.id AND e.decision = 'declined')) AS declined,
  sum((SELECT count(*) FROM agenda_entry AS e
       WHERE e.meeting_id = meeting.id AND e.decision = 'noted')) AS noted
FROM meeting
WHERE meeting.status != 'cancelled'
GROUP BY meeting.held_on, meeting.body_id;

-- Returned reports by the day they were due, the body they go to, and
-- whether they came on time (on the due date or before), late, or not yet.
CREATE VIEW yearly_report_day AS
SELECT report.due_on AS day,
  report.body_id AS body_id,
  CASE WHEN report.received_on IS NULL THEN 'outstanding'
       WHEN report.received_on <= report.due_on THEN 'on-time'
       ELSE 'late' END AS timeliness,
  count(*) AS n,
  min(report.id) AS id
FROM report
GROUP BY report.due_on, report.body_id, timeliness;

-- Forum events with their network, the body responsible for it, and who attended.
CREATE VIEW yearly_event AS
SELECT forum_event.id AS id,
  forum_event.starts_on AS day,
  forum_event.ends_on AS ends_on,
  forum_event.title AS title,
  forum_event.place AS place,
  network.name AS network_name,
  network.acronym AS network_acronym,
  network.responsible_body_id AS body_id,
  (SELECT count(*) FROM event_attendance AS a WHERE a.event_id = forum_event.id) AS attendees,
  (SELECT group_concat(name, ', ') FROM (
     SELECT person.name AS name FROM event_attendance AS a
     JOIN person ON person.id = a.person_id
     WHERE a.event_id = forum_event.id ORDER BY person.sort_key)) AS attendee_names,
  (SELECT count(*) FROM report AS r WHERE r.event_id = forum_event.id) AS reports
FROM forum_event
LEFT JOIN network ON network.id = forum_event.network_id;

-- Membership rows with their network, and the status of the row before
-- (NULL: the first), which tells a new membership from a change of status.
CREATE VIEW yearly_membership AS
SELECT membership.id AS id,
  membership.network_id AS network_id,
  membership.status AS status,
  membership.from_on AS from_on,
  membership.to_on AS to_on,
  CASE WHEN membership.status IN ('member', 'indirect') THEN membership.activity END AS activity,
  membership.decision_reference AS decision_reference,
  network.name AS network_name,
  network.acronym AS network_acronym,
  network.sort_key AS sort_key,
  network.responsible_body_id AS body_id,
  (SELECT p.status FROM membership AS p
   WHERE p.network_id = membership.network_id
     AND (coalesce(p.from_on, '') < coalesce(membership.from_on, '')
          OR (coalesce(p.from_on, '') = coalesce(membership.from_on, '') AND p.id < membership.id))
   ORDER BY coalesce(p.from_on, '') DESC, p.id DESC LIMIT 1) AS previous_status
FROM membership
JOIN network ON network.id = membership.network_id;

-- Network reviews with their network.
CREATE VIEW yearly_review AS
SELECT network_review.id AS id,
  network_review.reviewed_on AS day,
  network_review.outcome AS outcome,
  network_review.note AS note,
  network.name AS network_name,
  network.acronym AS network_acronym,
  network.responsible_body_id AS body_id
FROM network_review
JOIN network ON network.id = network_review.network_id;

-- Fees with their network and the body responsible for it.
CREATE VIEW yearly_fee AS
SELECT fee.id AS id,
  fee.year AS year,
  fee.amount AS amount,
  fee.currency AS currency,
  fee.sek_rate AS sek_rate,
  fee.notes AS notes,
  network.name AS network_name,
  network.acronym AS network_acronym,
  network.sort_key AS sort_key,
  network.responsible_body_id AS body_id
FROM fee
JOIN network ON network.id = fee.network_id;

-- Assignments with the person, the forum, and the body they answer to:
-- the appointing body, else the body responsible for the network.
CREATE VIEW yearly_assignment AS
SELECT assignment.id AS id,
  assignment.role AS role,
  assignment.forum AS forum,
  assignment.from_on AS from_on,
  assignment.to_on AS to_on,
  assignment.candidacy AS candidacy,
  assignment.person_id AS person_id,
  person.name AS person_name,
  person.sort_key AS person_key,
  network.name AS network_name,
  network.acronym AS network_acronym,
  network_body.name AS network_body_name,
  coalesce(assignment.appointing_body_id, network.responsible_body_id) AS body_id
FROM assignment
JOIN person ON person.id = assignment.person_id
LEFT JOIN network ON network.id = assignment.network_id
LEFT JOIN network_body ON network_body.id = assignment.network_body_id;

-- The networks named in an influence question's action plan.
CREATE VIEW yearly_question_network AS
SELECT link.influence_question_id AS question_id,
  network.id AS id,
  network.name AS network_name,
  network.acronym AS network_acronym,
  network.sort_key AS sort_key
FROM network_influence_question AS link
JOIN network ON network.id = link.network_id;

-- What was done on each influence question, by day: the forum events where
-- it was pursued, the returned reports (by their due date) with the position
-- taken, and the items that concern it (by their received date). Its id is
-- the record's, only there for a stable order.
CREATE VIEW yearly_question_activity AS
SELECT forum_event.starts_on AS day,
  link.influence_question_id AS question_id,
  'event' AS kind,
  forum_event.id AS record_id,
  forum_event.id AS id,
  forum_event.title AS title,
  '' AS detail
FROM forum_event
JOIN event_influence_question AS link ON link.event_id = forum_event.id
UNION ALL
SELECT report.due_on AS day,
  link.influence_question_id AS question_id,
  'report' AS kind,
  report.id AS record_id,
  report.id AS id,
  person.name || coalesce(', ' || forum_event.title, '') AS title,
  CASE WHEN link.position != '' THEN link.position ELSE report.positions END AS detail
FROM report
JOIN report_influence_question AS link ON link.report_id = report.id
JOIN person ON person.id = report.person_id
LEFT JOIN forum_event ON forum_event.id = report.event_id
UNION ALL
SELECT item.received_on AS day,
  link.influence_question_id AS question_id,
  'item' AS kind,
  item.id AS record_id,
  item.id AS id,
  CASE WHEN item.confidential = 1 THEN ''
       WHEN item.diary_number != '' THEN item.diary_number || ' ' || item.title
       ELSE item.title END AS title,
  item.status AS detail
FROM item
JOIN item_influence_question AS link ON link.item_id = item.id;
