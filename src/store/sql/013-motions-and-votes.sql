-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 13: what Swedish minutes record under a decision. Members move
-- motions (yrkanden): who moved what, and who supported it. The chair puts
-- the proposals against each other (propositionsordning) and finds that the
-- board has decided for one: the proposal of the matter (adopted_motion_id
-- NULL) or a motion. When a vote is called (omröstning), a yes is for one
-- proposal and a no for another, and every member's voice is recorded. A
-- reservation refers to the member's own motion.
CREATE TABLE motion (
  id INTEGER PRIMARY KEY,
  agenda_entry_id INTEGER NOT NULL REFERENCES agenda_entry (id) ON DELETE CASCADE,
  position INTEGER NOT NULL DEFAULT 0,
  mover TEXT NOT NULL CHECK (length(trim(mover)) > 0),
  text TEXT NOT NULL CHECK (length(trim(text)) > 0),
  supported_by TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX motion_entry_idx ON motion (agenda_entry_id, position);
CREATE TRIGGER motion_version AFTER UPDATE ON motion WHEN new.version = old.version BEGIN
  UPDATE motion SET version = old.version + 1 WHERE id = new.id;
END;

ALTER TABLE agenda_entry ADD COLUMN adopted_motion_id INTEGER
  REFERENCES motion (id) ON DELETE SET NULL;
ALTER TABLE agenda_entry ADD COLUMN voted INTEGER NOT NULL DEFAULT 0 CHECK (voted IN (0, 1));
ALTER TABLE agenda_entry ADD COLUMN vote_yes_motion_id INTEGER
  REFERENCES motion (id) ON DELETE SET NULL;
ALTER TABLE agenda_entry ADD COLUMN vote_no_motion_id INTEGER
  REFERENCES motion (id) ON DELETE SET NULL;

CREATE TABLE vote (
  id INTEGER PRIMARY KEY,
  agenda_entry_id INTEGER NOT NULL REFERENCES agenda_entry (id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
  choice TEXT NOT NULL CHECK (choice IN ('yes', 'no', 'abstain')),
  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX vote_entry_person_idx ON vote (agenda_entry_id, person_id);
CREATE INDEX vote_person_idx ON vote (person_id);
CREATE TRIGGER vote_version AFTER UPDATE ON vote WHEN new.version = old.version BEGIN
  UPDATE vote SET version = old.version + 1 WHERE id = new.id;
END;

ALTER TABLE statement ADD COLUMN motion_id INTEGER REFERENCES motion (id) ON DELETE SET NULL;

-- The register's recent changes, by period and by who made them.
CREATE INDEX history_time_idx ON history (changed_at, id);
CREATE INDEX history_user_idx ON history (changed_by, changed_at, id);
