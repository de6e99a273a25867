-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 14: the prioritised influence questions (påverkansfrågor), which
-- decide which international assignments the region takes on (seed 000).
--
-- A question belongs to a plan, such as the regional development strategy
-- or a board's action plan, for a year; its action plan text says what the
-- region does about it. Its priority is its place in the list, 1 first:
-- the store keeps the numbers dense, and a reorder rewrites them in one
-- transaction.
ALTER TABLE influence_question ADD COLUMN plan TEXT NOT NULL DEFAULT '';
ALTER TABLE influence_question ADD COLUMN action_plan TEXT NOT NULL DEFAULT '';
UPDATE influence_question SET priority = (
  SELECT count(*) FROM influence_question AS q
  WHERE q.priority < influence_question.priority
     OR (q.priority = influence_question.priority AND q.id <= influence_question.id));
CREATE INDEX influence_question_priority_idx ON influence_question (priority, id);

-- The other side of the links a question already had: its items and networks.
CREATE INDEX item_influence_question_question_idx
  ON item_influence_question (influence_question_id, item_id);
CREATE INDEX network_influence_question_question_idx
  ON network_influence_question (influence_question_id, network_id);

-- The forum events where a question is pursued.
CREATE TABLE event_influence_question (
  event_id INTEGER NOT NULL REFERENCES forum_event (id) ON DELETE CASCADE,
  influence_question_id INTEGER NOT NULL REFERENCES influence_question (id) ON DELETE CASCADE,
  PRIMARY KEY (event_id, influence_question_id)
) WITHOUT ROWID;
CREATE INDEX event_influence_question_question_idx
  ON event_influence_question (influence_question_id, event_id);

-- A returned report that concerns a question, with the position the
-- representative took on it there (empty: the report's positions in general).
CREATE TABLE report_influence_question (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES report (id) ON DELETE CASCADE,
  influence_question_id INTEGER NOT NULL REFERENCES influence_question (id) ON DELETE CASCADE,
  position TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  version INTEGER NOT NULL DEFAULT 1,
  UNIQUE (report_id, influence_question_id)
);
CREATE INDEX report_influence_question_question_idx
  ON report_influence_question (influence_question_id, report_id);
CREATE TRIGGER report_influence_question_version AFTER UPDATE ON report_influence_question
WHEN new.version = old.version BEGIN
  UPDATE report_influence_question SET version = old.version + 1 WHERE id = new.id;
END;
