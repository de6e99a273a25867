-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 1 of a Beredning register: the whole domain of an international
-- secretariat. Dates are ISO 8601 text (YYYY-MM-DD); date(x, '+0 days') IS x rejects
-- impossible dates such as 2026-02-30. sort_key columns hold a Swedish
-- collation key computed by the store, so indexes need no custom collation
-- and the file stays readable by any SQLite tool.

CREATE TABLE body (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  short_name TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT 'board'
    CHECK (kind IN ('council', 'board', 'committee', 'preparatory', 'working-committee', 'other')),
  established_on TEXT CHECK (established_on IS NULL OR date(established_on, '+0 days') IS established_on),
  dissolved_on TEXT CHECK (dissolved_on IS NULL OR date(dissolved_on, '+0 days') IS dissolved_on),
  agenda_deadline_days INTEGER NOT NULL DEFAULT 10 CHECK (agenda_deadline_days BETWEEN 0 AND 365),
  notes TEXT NOT NULL DEFAULT '',
  sort_key TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  CHECK (dissolved_on IS NULL OR established_on IS NULL OR dissolved_on >= established_on)
);
CREATE UNIQUE INDEX body_name_idx ON body (name);
CREATE INDEX body_sort_idx ON body (sort_key, id);

CREATE TABLE subject_area (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  sort_key TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX subject_area_sort_idx ON subject_area (sort_key, id);

-- Where a matter belongs: suggestions for routing, edited per body.
CREATE TABLE routing_rule (
  id INTEGER PRIMARY KEY,
  body_id INTEGER NOT NULL REFERENCES body (id) ON DELETE CASCADE,
  item_type TEXT CHECK (item_type IS NULL OR item_type IN ('invitation', 'eu-consultation',
    'referral', 'decision', 'information', 'report', 'other')),
  subject_area_id INTEGER REFERENCES subject_area (id) ON DELETE CASCADE,
  reason TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX routing_rule_body_idx ON routing_rule (body_id);

-- Standing points of a body's agenda, in order.
CREATE TABLE agenda_template_point (
  id INTEGER PRIMARY KEY,
  body_id INTEGER NOT NULL REFERENCES body (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  placement TEXT NOT NULL DEFAULT 'start' CHECK (placement IN ('start', 'end')),
  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX agenda_template_point_body_idx ON agenda_template_point (body_id, position);

CREATE TABLE person (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind TEXT NOT NULL DEFAULT 'elected' CHECK (kind IN ('elected', 'official')),
  party TEXT NOT NULL DEFAULT '',
  department TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '' CHECK (email = '' OR email LIKE '%_@_%'),
  phone TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  sort_key TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX person_sort_idx ON person (sort_key, id);
CREATE INDEX person_email_idx ON person (email) WHERE email != '';

CREATE TABLE meeting (
  id INTEGER PRIMARY KEY,
  body_id INTEGER NOT NULL REFERENCES body (id) ON DELETE RESTRICT,
  held_on TEXT NOT NULL CHECK (date(held_on, '+0 days') IS held_on),
  starts_at TEXT NOT NULL DEFAULT '09:00' CHECK (time(starts_at || ':00') IS starts_at || ':00'),
  place TEXT NOT NULL DEFAULT '',
  agenda_deadline TEXT CHECK (agenda_deadline IS NULL OR date(agenda_deadline, '+0 days') IS agenda_deadline),
  status TEXT NOT NULL DEFAULT 'planned'
    CHECK (status IN ('planned', 'agenda-locked', 'held', 'minutes-approved', 'cancelled')),
  chair_id INTEGER REFERENCES person (id) ON DELETE SET NULL,
  checker_id INTEGER REFERENCES person (id) ON DELETE SET NULL,
  approved_on TEXT CHECK (approved_on IS NULL OR date(approved_on, '+0 days') IS approved_on),
  posted_on TEXT CHECK (posted_on IS NULL OR date(posted_on, '+0 days') IS posted_on),
  notes TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  CHECK (agenda_deadline IS NULL OR agenda_deadline <= held_on),
  CHECK (approved_on IS NULL OR approved_on >= held_on),
  CHECK (posted_on IS NULL OR (approved_on IS NOT NULL AND posted_on >= approved_on))
);
CREATE INDEX meeting_date_idx ON meeting (held_on, id);
CREATE INDEX meeting_body_idx ON meeting (body_id, held_on);

CREATE TABLE attendance (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
  role TEXT NOT NULL DEFAULT 'member'
    CHECK (role IN ('chair', 'member', 'deputy', 'serving-deputy', 'official', 'other')),
  present INTEGER NOT NULL DEFAULT 1 CHECK (present IN (0, 1)),
  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  UNIQUE (meeting_id, person_id)
);

CREATE TABLE item (
  id INTEGER PRIMARY KEY,
  diary_number TEXT NOT NULL DEFAULT '',
  diary_body_id INTEGER REFERENCES body (id) ON DELETE RESTRICT,
  diary_year INTEGER CHECK (diary_year IS NULL OR diary_year BETWEEN 1900 AND 2999),
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  type TEXT NOT NULL DEFAULT 'other' CHECK (type IN ('invitation', 'eu-consultation',
    'referral', 'decision', 'information', 'report', 'other')),
  description TEXT NOT NULL DEFAULT '',
  received_on TEXT NOT NULL CHECK (date(received_on, '+0 days') IS received_on),
  reply_by TEXT CHECK (reply_by IS NULL OR date(reply_by, '+0 days') IS reply_by),
  subject_area_id INTEGER REFERENCES subject_area (id) ON DELETE SET NULL,
  case_officer_id INTEGER REFERENCES person (id) ON DELETE SET NULL,
  status TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'assessed',
    'in-preparation', 'ready', 'on-agenda', 'decided', 'dispatched', 'declined', 'written-off')),
  status_reason TEXT NOT NULL DEFAULT '',
  relevant INTEGER CHECK (relevant IS NULL OR relevant IN (0, 1)),
  recommended_body_id INTEGER REFERENCES body (id) ON DELETE SET NULL,
  assessment TEXT NOT NULL DEFAULT '',
  routed_body_id INTEGER REFERENCES body (id) ON DELETE SET NULL,
  confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
  sort_key TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  CHECK (reply_by IS NULL OR reply_by >= received_on),
  CHECK (diary_number = '' OR (diary_body_id IS NOT NULL AND diary_year IS NOT NULL))
);
CREATE UNIQUE INDEX item_diary_idx ON item (diary_body_id, diary_year, diary_number)
  WHERE diary_number != '';
CREATE INDEX item_received_idx ON item (received_on, id);
CREATE INDEX item_reply_idx ON item (reply_by, id) WHERE reply_by IS NOT NULL;
CREATE INDEX item_status_idx ON item (status, received_on);
CREATE INDEX item_type_idx ON item (type, received_on);
CREATE INDEX item_routed_idx ON item (routed_body_id, status);
CREATE INDEX item_sort_idx ON item (sort_key, id);

-- The item's workflow history: every transition with time and user.
CREATE TABLE item_transition (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
  from_status TEXT,
  to_status TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  changed_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX item_transition_item_idx ON item_transition (item_id, id);

CREATE TABLE agenda_entry (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL DEFAULT 'item'
    CHECK (kind IN ('standard', 'item', 'report', 'minutes', 'information', 'other')),
  title TEXT NOT NULL DEFAULT '',
  item_id INTEGER REFERENCES item (id) ON DELETE RESTRICT,
  report_id INTEGER REFERENCES report (id) ON DELETE RESTRICT,
  minutes_meeting_id INTEGER REFERENCES meeting (id) ON DELETE RESTRICT,
  presenter_id INTEGER REFERENCES person (id) ON DELETE SET NULL,
  estimated_minutes INTEGER NOT NULL DEFAULT 5 CHECK (estimated_minutes BETWEEN 0 AND 600),
  paragraph INTEGER CHECK (paragraph IS NULL OR paragraph > 0),
  paragraph_body_id INTEGER REFERENCES body (id),
  paragraph_year INTEGER,
  decision TEXT CHECK (decision IS NULL OR decision IN ('as-proposed', 'amended', 'tabled',
    'declined', 'noted')),
  decision_note TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  CHECK (kind != 'item' OR item_id IS NOT NULL),
  CHECK (kind != 'report' OR report_id IS NOT NULL),
  CHECK (kind != 'minutes' OR minutes_meeting_id IS NOT NULL),
  CHECK (paragraph IS NULL OR (paragraph_body_id IS NOT NULL AND paragraph_year IS NOT NULL))
);
CREATE INDEX agenda_entry_meeting_idx ON agenda_entry (meeting_id, position);
CREATE INDEX agenda_entry_item_idx ON agenda_entry (item_id) WHERE item_id IS NOT NULL;
CREATE UNIQUE INDEX agenda_entry_paragraph_idx
  ON agenda_entry (paragraph_body_id, paragraph_year, paragraph) WHERE paragraph IS NOT NULL;

-- Att-clauses: the proposal of an item, or the decision recorded on an agenda entry.
-- A clause that gives an assignment carries a responsible person and a due date.
CREATE TABLE clause (
  id INTEGER PRIMARY KEY,
  item_id INTEGER REFERENCES item (id) ON DELETE CASCADE,
  agenda_entry_id INTEGER REFERENCES agenda_entry (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL CHECK (length(trim(text)) > 0),
  responsible_id INTEGER REFERENCES person (id) ON DELETE SET NULL,
  due_on TEXT CHECK (due_on IS NULL OR date(due_on, '+0 days') IS due_on),
  completed_on TEXT CHECK (completed_on IS NULL OR date(completed_on, '+0 days') IS completed_on),
  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  CHECK ((item_id IS NULL) != (agenda_entry_id IS NULL))
);
CREATE INDEX clause_item_idx ON clause (item_id, position) WHERE item_id IS NOT NULL;
CREATE INDEX clause_entry_idx ON clause (agenda_entry_id, position) WHERE agenda_entry_id IS NOT NULL;
CREATE INDEX clause_due_idx ON clause (due_on) WHERE due_on IS NOT NULL AND completed_on IS NULL;

-- Exp till: who receives the extract of a paragraph.
CREATE TABLE distribution (
  id INTEGER PRIMARY KEY,
  agenda_entry_id INTEGER NOT NULL REFERENCES agenda_entry (id) ON DELETE CASCADE,
  recipient TEXT NOT NULL CHECK (length(trim(recipient)) > 0),
  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX distribution_entry_idx ON distribution (agenda_entry_id);

CREATE TABLE network (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  acronym TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT 'political' CHECK (kind IN ('political', 'influence',
    'brussels-office', 'research', 'association', 'other')),
  description TEXT NOT NULL DEFAULT '',
  website TEXT NOT NULL DEFAULT '',
  scope TEXT NOT NULL DEFAULT '',
  contact TEXT NOT NULL DEFAULT '',
  responsible_body_id INTEGER REFERENCES body (id) ON DELETE SET NULL,
  next_review_on TEXT CHECK (next_review_on IS NULL OR date(next_review_on, '+0 days') IS next_review_on),
  sort_key TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE UNIQUE INDEX network_name_idx ON network (name);
CREATE INDEX network_acronym_idx ON network (acronym) WHERE acronym != '';
CREATE INDEX network_sort_idx ON network (sort_key, id);
CREATE INDEX network_review_idx ON network (next_review_on) WHERE next_review_on IS NOT NULL;

-- A network's own bodies: general assembly, board, committees, working groups.
CREATE TABLE network_body (
  id INTEGER PRIMARY KEY,
  network_id INTEGER NOT NULL REFERENCES network (id) ON DELETE CASCADE,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('general-assembly', 'board', 'committee',
    'working-group', 'other')),
  seats INTEGER NOT NULL DEFAULT 0 CHECK (seats >= 0),
  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  UNIQUE (network_id, name)
);

-- Membership history: a new row for every change, never overwritten.
CREATE TABLE membership (
  id INTEGER PRIMARY KEY,
  network_id INTEGER NOT NULL REFERENCES network (id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('member', 'indirect', 'interested', 'candidate', 'left')),
  via_network_id INTEGER REFERENCES network (id) ON DELETE RESTRICT,
  from_on TEXT CHECK (from_on IS NULL OR date(from_on, '+0 days') IS from_on),
  to_on TEXT CHECK (to_on IS NULL OR date(to_on, '+0 days') IS to_on),
  deciding_body_id INTEGER REFERENCES body (id) ON DELETE SET NULL,
  decision_reference TEXT NOT NULL DEFAULT '',
  activity TEXT NOT NULL DEFAULT 'active' CHECK (activity IN ('very-active', 'active', 'inactive')),
  notice_period TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  CHECK (to_on IS NULL OR from_on IS NULL OR to_on >= from_on),
  CHECK ((status = 'indirect') = (via_network_id IS NOT NULL)),
  CHECK (via_network_id IS NULL OR via_network_id != network_id)
);
CREATE INDEX membership_network_idx ON membership (network_id, from_on);

CREATE TABLE fee (
  id INTEGER PRIMARY KEY,
  network_id INTEGER NOT NULL REFERENCES network (id) ON DELETE CASCADE,
  year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
  amount REAL NOT NULL CHECK (amount >= 0),
  currency TEXT NOT NULL DEFAULT 'SEK' CHECK (currency IN ('SEK', 'EUR')),
  sek_rate REAL CHECK (sek_rate IS NULL OR sek_rate > 0),
  notes TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  UNIQUE (network_id, year)
);

CREATE TABLE network_review (
  id INTEGER PRIMARY KEY,
  network_id INTEGER NOT NULL REFERENCES network (id) ON DELETE CASCADE,
  reviewed_on TEXT NOT NULL CHECK (date(reviewed_on, '+0 days') IS reviewed_on),
  outcome TEXT NOT NULL CHECK (outcome IN ('keep', 'change-level', 'leave')),
  note TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX network_review_network_idx ON network_review (network_id, reviewed_on);

-- A person's international assignment: in a network, one of its bodies, or another forum.
CREATE TABLE assignment (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
  network_id INTEGER REFERENCES network (id) ON DELETE RESTRICT,
  network_body_id INTEGER REFERENCES network_body (id) ON DELETE SET NULL,
  forum TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL DEFAULT 'representative' CHECK (role IN ('representative', 'deputy',
    'board-member', 'working-group-member', 'contact-official', 'other')),
  mandate TEXT NOT NULL DEFAULT '',
  from_on TEXT CHECK (from_on IS NULL OR date(from_on, '+0 days') IS from_on),
  to_on TEXT CHECK (to_on IS NULL OR date(to_on, '+0 days') IS to_on),
  appointing_body_id INTEGER REFERENCES body (id) ON DELETE SET NULL,
  decision_reference TEXT NOT NULL DEFAULT '',
  candidacy TEXT CHECK (candidacy IS NULL OR candidacy IN ('pending', 'elected', 'not-elected',
    'withdrawn')),
  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  CHECK (network_id IS NOT NULL OR length(trim(forum)) > 0),
  CHECK (to_on IS NULL OR from_on IS NULL OR to_on >= from_on)
);
CREATE INDEX assignment_person_idx ON assignment (person_id, from_on);
CREATE INDEX assignment_network_idx ON assignment (network_id, from_on);
CREATE INDEX assignment_end_idx ON assignment (to_on) WHERE to_on IS NOT NULL;

CREATE TABLE forum_event (
  id INTEGER PRIMARY KEY,
  network_id INTEGER REFERENCES network (id) ON DELETE RESTRICT,
  network_body_id INTEGER REFERENCES network_body (id) ON DELETE SET NULL,
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  starts_on TEXT NOT NULL CHECK (date(starts_on, '+0 days') IS starts_on),
  ends_on TEXT CHECK (ends_on IS NULL OR date(ends_on, '+0 days') IS ends_on),
  place TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX forum_event_date_idx ON forum_event (starts_on, id);
CREATE INDEX forum_event_network_idx ON forum_event (network_id, starts_on);

CREATE TABLE event_attendance (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES forum_event (id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
  assignment_id INTEGER REFERENCES assignment (id) ON DELETE SET NULL,
  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  UNIQUE (event_id, person_id)
);

-- A returned report, with the four parts of the template (seed 000).
CREATE TABLE report (
  id INTEGER PRIMARY KEY,
  event_id INTEGER REFERENCES forum_event (id) ON DELETE RESTRICT,
  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
  assignment_id INTEGER REFERENCES assignment (id) ON DELETE SET NULL,
  body_id INTEGER NOT NULL REFERENCES body (id) ON DELETE RESTRICT,
  status TEXT NOT NULL DEFAULT 'expected' CHECK (status IN ('expected', 'received', 'presented')),
  due_on TEXT NOT NULL CHECK (date(due_on, '+0 days') IS due_on),
  received_on TEXT CHECK (received_on IS NULL OR date(received_on, '+0 days') IS received_on),
  presented_on TEXT CHECK (presented_on IS NULL OR date(presented_on, '+0 days') IS presented_on),
  subject_areas TEXT NOT NULL DEFAULT '',
  positions TEXT NOT NULL DEFAULT '',
  continued_work TEXT NOT NULL DEFAULT '',
  home_work TEXT NOT NULL DEFAULT '',
  reminded_on TEXT CHECK (reminded_on IS NULL OR date(reminded_on, '+0 days') IS reminded_on),
  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  CHECK (status = 'expected' OR received_on IS NOT NULL),
  CHECK (status != 'presented' OR presented_on IS NOT NULL),
  CHECK (presented_on IS NULL OR received_on IS NULL OR presented_on >= received_on)
);
CREATE INDEX report_due_idx ON report (due_on, id);
CREATE INDEX report_status_idx ON report (status, due_on);
CREATE INDEX report_person_idx ON report (person_id);
CREATE INDEX report_body_idx ON report (body_id, status);

-- Supporting documents of an item (beslutsunderlag) and attachments of a report.
CREATE TABLE document (
  id INTEGER PRIMARY KEY,
  item_id INTEGER REFERENCES item (id) ON DELETE CASCADE,
  report_id INTEGER REFERENCES report (id) ON DELETE CASCADE,
  position INTEGER NOT NULL DEFAULT 0,
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  file_path TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  CHECK ((item_id IS NULL) != (report_id IS NULL))
);
CREATE INDEX document_item_idx ON document (item_id, position) WHERE item_id IS NOT NULL;
CREATE INDEX document_report_idx ON document (report_id, position) WHERE report_id IS NOT NULL;

CREATE TABLE influence_question (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  description TEXT NOT NULL DEFAULT '',
  scope TEXT NOT NULL DEFAULT 'international' CHECK (scope IN ('national', 'international')),
  plan_body_id INTEGER REFERENCES body (id) ON DELETE SET NULL,
  year INTEGER CHECK (year IS NULL OR year BETWEEN 1900 AND 2999),
  priority INTEGER NOT NULL DEFAULT 0 CHECK (priority >= 0),
  sort_key TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX influence_question_plan_idx ON influence_question (plan_body_id, year, priority);

-- The UN's 17 global goals (Agenda 2030); fixed reference data.
CREATE TABLE goal (
  id INTEGER PRIMARY KEY CHECK (id BETWEEN 1 AND 17),
  title TEXT NOT NULL
);
INSERT INTO goal (id, title) VALUES
  (1, 'No poverty'), (2, 'Zero hunger'), (3, 'Good health and well-being'),
  (4, 'Quality education'), (5, 'Gender equality'), (6, 'Clean water and sanitation'),
  (7, 'Affordable and clean energy'), (8, 'Decent work and economic growth'),
  (9, 'Industry, innovation and infrastructure'), (10, 'Reduced inequalities'),
  (11, 'Sustainable cities and communities'), (12, 'Responsible consumption and production'),
  (13, 'Climate action'), (14, 'Life below water'), (15, 'Life on land'),
  (16, 'Peace, justice and strong institutions'), (17, 'Partnerships for the goals');

CREATE TABLE item_network (
  item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
  network_id INTEGER NOT NULL REFERENCES network (id) ON DELETE CASCADE,
  PRIMARY KEY (item_id, network_id)
) WITHOUT ROWID;
CREATE INDEX item_network_network_idx ON item_network (network_id);

CREATE TABLE item_influence_question (
  item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
  influence_question_id INTEGER NOT NULL REFERENCES influence_question (id) ON DELETE CASCADE,
  PRIMARY KEY (item_id, influence_question_id)
) WITHOUT ROWID;

CREATE TABLE network_influence_question (
  network_id INTEGER NOT NULL REFERENCES network (id) ON DELETE CASCADE,
  influence_question_id INTEGER NOT NULL REFERENCES influence_question (id) ON DELETE CASCADE,
  PRIMARY KEY (network_id, influence_question_id)
) WITHOUT ROWID;

CREATE TABLE item_goal (
  item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
  goal_id INTEGER NOT NULL REFERENCES goal (id),
  PRIMARY KEY (item_id, goal_id)
) WITHOUT ROWID;

CREATE TABLE network_goal (
  network_id INTEGER NOT NULL REFERENCES network (id) ON DELETE CASCADE,
  goal_id INTEGER NOT NULL REFERENCES goal (id),
  PRIMARY KEY (network_id, goal_id)
) WITHOUT ROWID;

-- Change history kept by the store: who changed which row, when, and what.
CREATE TABLE history (
  id INTEGER PRIMARY KEY,
  changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  changed_by TEXT NOT NULL,
  table_name TEXT NOT NULL,
  row_id INTEGER NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
  changes TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(changes))
);
CREATE INDEX history_row_idx ON history (table_name, row_id, id);

-- Marks this file as a Beredning register (besides PRAGMA application_id).
CREATE TABLE register_info (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

-- List views: one row per entity with the names the lists show, so a page of
-- a list is one query.
CREATE VIEW item_list AS
SELECT item.*,
  diary_body.short_name AS diary_body_name,
  routed.name AS routed_body_name,
  recommended.name AS recommended_body_name,
  subject_area.name AS subject_area_name,
  officer.name AS case_officer_name
FROM item
LEFT JOIN body AS diary_body ON diary_body.id = item.diary_body_id
LEFT JOIN body AS routed ON routed.id = item.routed_body_id
LEFT JOIN body AS recommended ON recommended.id = item.recommended_body_id
LEFT JOIN subject_area ON subject_area.id = item.subject_area_id
LEFT JOIN person AS officer ON officer.id = item.case_officer_id;

CREATE VIEW network_list AS
SELECT network.*,
  responsible.name AS responsible_body_name,
  current.status AS membership_status,
  current.activity AS activity,
  via.name AS via_network_name,
  (SELECT count(DISTINCT a.person_id) FROM assignment AS a
    WHERE a.network_id = network.id AND a.candidacy IS NULL
      AND (a.to_on IS NULL OR a.to_on >= date('now', 'localtime'))) AS representative_count,
  (SELECT f.amount FROM fee AS f WHERE f.network_id = network.id
    AND f.year = CAST(strftime('%Y', 'now', 'localtime') AS INTEGER)) AS fee_amount,
  (SELECT f.currency FROM fee AS f WHERE f.network_id = network.id
    AND f.year = CAST(strftime('%Y', 'now', 'localtime') AS INTEGER)) AS fee_currency
FROM network
LEFT JOIN body AS responsible ON responsible.id = network.responsible_body_id
LEFT JOIN membership AS current ON current.id = (
  SELECT m.id FROM membership AS m WHERE m.network_id = network.id
  ORDER BY m.from_on IS NULL, m.from_on DESC, m.id DESC LIMIT 1)
LEFT JOIN network AS via ON via.id = current.via_network_id;

CREATE VIEW meeting_list AS
SELECT meeting.*,
  body.name AS body_name,
  body.short_name AS body_short_name
FROM meeting
JOIN body ON body.id = meeting.body_id;

CREATE VIEW report_list AS
SELECT report.*,
  person.name AS person_name,
  person.email AS person_email,
  body.name AS body_name,
  forum_event.title AS event_title,
  forum_event.starts_on AS event_starts_on,
  network.name AS network_name,
  network.acronym AS network_acronym
FROM report
JOIN person ON person.id = report.person_id
JOIN body ON body.id = report.body_id
LEFT JOIN forum_event ON forum_event.id = report.event_id
LEFT JOIN network ON network.id = forum_event.network_id;

CREATE VIEW assignment_list AS
SELECT assignment.*,
  person.name AS person_name,
  network.name AS network_name,
  network.acronym AS network_acronym,
  network_body.name AS network_body_name,
  appointing.name AS appointing_body_name
FROM assignment
JOIN person ON person.id = assignment.person_id
LEFT JOIN network ON network.id = assignment.network_id
LEFT JOIN network_body ON network_body.id = assignment.network_body_id
LEFT JOIN body AS appointing ON appointing.id = assignment.appointing_body_id;

CREATE VIEW membership_list AS
SELECT membership.*,
  deciding.name AS deciding_body_name,
  via.name AS via_network_name
FROM membership
LEFT JOIN body AS deciding ON deciding.id = membership.deciding_body_id
LEFT JOIN network AS via ON via.id = membership.via_network_id;

-- Fees with their amount in SEK: EUR at the rate the user entered (NULL without one).
CREATE VIEW fee_list AS
SELECT fee.*,
  network.name AS network_name,
  network.acronym AS network_acronym,
  CASE fee.currency WHEN 'SEK' THEN fee.amount ELSE fee.amount * fee.sek_rate END AS amount_sek
FROM fee
JOIN network ON network.id = fee.network_id;
