-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 6: one search over the whole register. Every item, meeting, agenda
-- entry, decision, network, person and returned report has a row in
-- global_search with the text a person would look for it by. The words are
-- folded to lower case but keep their marks, so that "får" and "far" stay
-- two words, as å, ä and ö are letters of their own in Swedish; prefixes of
-- two and three characters have an index of their own, for search as you
-- type.
--
-- A row's rowid is its record's id times 8 plus the kind's number, so that a
-- trigger finds it without reading the others. kind is indexed, so a search
-- within one kind reads only that kind's part of the index (the search asks
-- "kind : item AND …"); record_id and meeting_id (the meeting an agenda
-- entry or a decision belongs to) are kept for the result only.
--
-- The views search_source_<kind> say what each row holds, and
-- global_search_source gathers them. The triggers below write through them
-- in the transaction of the change, by this program or any other SQLite
-- tool; the store fills the index from global_search_source again when it
-- finds a trigger missing.

CREATE VIRTUAL TABLE global_search USING fts5 (
  kind, record_id UNINDEXED, meeting_id UNINDEXED, title, body,
  tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3'
);

CREATE VIEW search_source_item AS
SELECT item.id * 8 + 1 AS key, 'item' AS kind, item.id AS record_id, NULL AS meeting_id,
  item.title AS title,
  item.diary_number || char(10) || item.description || char(10) || item.assessment
    || char(10) || item.status_reason || char(10)
    || ifnull((SELECT group_concat(clause.text, char(10)) FROM clause
               WHERE clause.item_id = item.id), '') AS body
FROM item;

CREATE VIEW search_source_meeting AS
SELECT meeting.id * 8 + 2 AS key, 'meeting' AS kind, meeting.id AS record_id,
  meeting.id AS meeting_id,
  body.name || ' ' || meeting.held_on AS title,
  meeting.place || char(10) || meeting.notes AS body
FROM meeting JOIN body ON body.id = meeting.body_id;

CREATE VIEW search_source_agenda_entry AS
SELECT agenda_entry.id * 8 + 3 AS key, 'agenda-entry' AS kind, agenda_entry.id AS record_id,
  agenda_entry.meeting_id AS meeting_id, agenda_entry.title AS title, '' AS body
FROM agenda_entry;

CREATE VIEW search_source_decision AS
SELECT agenda_entry.id * 8 + 4 AS key, 'decision' AS kind, agenda_entry.id AS record_id,
  agenda_entry.meeting_id AS meeting_id, agenda_entry.title AS title,
  agenda_entry.decision_note || char(10)
    || ifnull((SELECT group_concat(clause.text, char(10)) FROM clause
               WHERE clause.agenda_entry_id = agenda_entry.id), '') || char(10)
    || ifnull((SELECT group_concat(statement.author || ' ' || statement.text, char(10))
               FROM statement WHERE statement.agenda_entry_id = agenda_entry.id), '') AS body
FROM agenda_entry
WHERE agenda_entry.decision IS NOT NULL;

CREATE VIEW search_source_network AS
SELECT network.id * 8 + 5 AS key, 'network' AS kind, network.id AS record_id,
  NULL AS meeting_id, network.name AS title,
  network.acronym || char(10) || network.description || char(10) || network.website
    || char(10) || network.scope || char(10) || network.contact AS body
FROM network;

CREATE VIEW search_source_person AS
SELECT person.id * 8 + 6 AS key, 'person' AS kind, person.id AS record_id,
  NULL AS meeting_id, person.name AS title,
  person.party || char(10) || person.department || char(10) || person.title || char(10)
    || person.email || char(10) || person.phone || char(10) || person.notes AS body
FROM person;

CREATE VIEW search_source_report AS
SELECT report.id * 8 + 7 AS key, 'report' AS kind, report.id AS record_id,
  NULL AS meeting_id, person.name || ifnull(' – ' || forum_event.title, '') AS title,
  report.subject_areas || char(10) || report.positions || char(10) || report.continued_work
    || char(10) || report.home_work AS body
FROM report
JOIN person ON person.id = report.person_id
LEFT JOIN forum_event ON forum_event.id = report.event_id;

CREATE VIEW global_search_source AS
SELECT key, kind, record_id, meeting_id, title, body FROM search_source_item
UNION ALL
SELECT key, kind, record_id, meeting_id, title, body FROM search_source_meeting
UNION ALL
SELECT key, kind, record_id, meeting_id, title, body FROM search_source_agenda_entry
UNION ALL
SELECT key, kind, record_id, meeting_id, title, body FROM search_source_decision
UNION ALL
SELECT key, kind, record_id, meeting_id, title, body FROM search_source_network
UNION ALL
SELECT key, kind, record_id, meeting_id, title, body FROM search_source_person
UNION ALL
SELECT key, kind, record_id, meeting_id, title, body FROM search_source_report;

-- Items
CREATE TRIGGER global_search_item_insert AFTER INSERT ON item BEGIN
  INSERT INTO global_search (rowid, kind, record_id, meeting_id, title, body)
  SELECT key, kind, record_id, meeting_id, title, body FROM search_source_item
  WHERE record_id = new.id;
END;
CREATE TRIGGER global_search_item_update AFTER UPDATE OF title, diary_number, description,
  assessment, status_reason ON item BEGIN
  DELETE FROM global_search WHERE rowid = old.id * 8 + 1;
  INSERT INTO global_search (rowid, kind, record_id, meeting_id, title, body)
  SELECT key, kind, record_id, meeting_id, title, body FROM search_source_item
  WHERE record_id = new.id;
END;
CREATE TRIGGER global_search_item_delete AFTER DELETE ON item BEGIN
  DELETE FROM global_search WHERE rowid = old.id * 8 + 1;
END;

-- Meetings, and their titles when their body is renamed
CREATE TRIGGER global_search_meeting_insert AFTER INSERT ON meeting BEGIN
  INSERT INTO global_search (rowid, kind, record_id, meeting_id, title, body)
  SELECT key, kind, record_id, meeting_id, title, body FROM search_source_meeting
  WHERE record_id = new.id;
END;
CREATE TRIGGER global_search_meeting_update AFTER UPDATE OF body_id, held_on, place, notes
  ON meeting BEGIN
  DELETE FROM global_search WHERE rowid = old.id * 8 + 2;
  INSERT INTO global_search (rowid, kind, record_id, meeting_id, title, body)
  SELECT key, kind, record_id, meeting_id, title, body FROM search_source_meeting
  WHERE record_id = new.id;
END;
CREATE TRIGGER global_search_meeting_delete AFTER DELETE ON meeting BEGIN
  DELETE FROM global_search WHERE rowid = old.id * 8 + 2;
END;
CREATE TRIGGER global_search_body_update AFTER UPDATE OF name ON body BEGIN
  DELETE FROM global_search
  WHERE rowid IN (SELECT meeting.id * 8 + 2 FROM meeting WHERE meeting.body_id = new.id);
  INSERT INTO global_search (rowid, kind, record_id, meeting_id, title, body)
  SELECT key, kind, record_id, meeting_id, title, body FROM search_source_meeting
  WHERE record_id IN (SELECT meeting.id FROM meeting WHERE meeting.body_id = new.id);
END;

-- Agenda entries, and their decisions with the decision's clauses and statements
CREATE TRIGGER global_search_agenda_entry_insert AFTER INSERT ON agenda_entry BEGIN
  INSERT INTO global_search (rowid, kind, record_id, meeting_id, title, body)
  SELECT key, kind, record_id, meeting_id, title, body FROM search_source_agenda_entry
  WHERE record_id = new.id;
  INSERT INTO global_search (rowid, kind, record_id, meeting_id, title, body)
  SELECT key, kind, record_id, meeting_id, title, body FROM search_source_decision
  WHERE record_id = new.id;
END;
CREATE TRIGGER global_search_agenda_entry_update AFTER UPDATE OF meeting_id, title, decision,
  decision_note ON agenda_entry BEGIN
  DELETE FROM global_search WHERE rowid IN (old.id * 8 + 3, old.id * 8 + 4);
  INSERT INTO global_search (rowid, kind, record_id, meeting_id, title, body)
  SELECT key, kind, record_id, meeting_id, title, body FROM search_source_agenda_entry
  WHERE record_id = new.id;
  INSERT INTO global_search (rowid, kind, record_id, meeting_id, title, body)
  SELECT key, kind, record_id, meeting_id, title, body FROM search_source_decision
  WHERE record_id = new.id;
END;
CREATE TRIGGER global_search_agenda_entry_delete AFTER DELETE ON agenda_entry BEGIN
  DELETE FROM global_search WHERE rowid IN (old.id * 8 + 3, old.id * 8 + 4);
END;

-- Att-clauses: an item's proposal, or a decision
CREATE TRIGGER global_search_clause_insert AFTER INSERT ON clause BEGIN
  DELETE FROM global_search
  WHERE rowid IN (new.item_id * 8 + 1, new.agenda_entry_id * 8 + 4);
  INSERT INTO global_search (rowid, kind, record_id, meeting_id, title, body)
  SELECT key, kind, record_id, meeting_id, title, body FROM search_source_item
  WHERE record_id = new.item_id;
  INSERT INTO global_search (rowid, kind, record_id, meeting_id, title, body)
  SELECT key, kind, record_id, meeting_id, title, body FROM search_source_decision
  WHERE record_id = new.agenda_entry_id;
END;
CREATE TRIGGER global_search_clause_update AFTER UPDATE OF item_id, agenda_entry_id, text
  ON clause BEGIN
  DELETE FROM global_search
  WHERE rowid IN (old.item_id * 8 + 1, old.agenda_entry_id * 8 + 4,
                  new.item_id * 8 + 1, new.agenda_entry_id * 8 + 4);
  INSERT INTO global_search (rowid, kind, record_id, meeting_id, title, body)
  SELECT key, kind, record_id, meeting_id, title, body FROM search_source_item
  WHERE record_id IN (old.item_id, new.item_id);
  INSERT INTO global_search (rowid, kind, record_id, meeting_id, title, body)
  SELECT key, kind, record_id, meeting_id, title, body FROM search_source_decision
  WHERE record_id IN (old.agenda_entry_id, new.agenda_entry_id);
END;
CREATE TRIGGER global_search_clause_delete AFTER DELETE ON clause BEGIN
  DELETE FROM global_search
  WHERE rowid IN (old.item_id * 8 + 1, old.agenda_entry_id * 8 + 4);
  INSERT INTO global_search (rowid, kind, record_id, meeting_id, title, body)
  SELECT key, kind, record_id, meeting_id, title, body FROM search_source_item
  WHERE record_id = old.item_id;
  INSERT INTO global_search (rowid, kind, record_id, meeting_id, title, body)
  SELECT key, kind, record_id, meeting_id, title, body FROM search_source_decision
  WHERE record_id = old.agenda_entry_id;
END;

-- Reservations and statements under a decision
CREATE TRIGGER global_search_statement_insert AFTER INSERT ON statement BEGIN
  DELETE FROM global_search WHERE rowid = new.agenda_entry_id * 8 + 4;
  INSERT INTO global_search (rowid, kind, record_id, meeting_id, title, body)
  SELECT key, kind, record_id, meeting_id, title, body FROM search_source_decision
  WHERE record_id = new.agenda_entry_id;
END;
CREATE TRIGGER global_search_statement_update AFTER UPDATE OF agenda_entry_id, author, text
  ON statement BEGIN
  DELETE FROM global_search
  WHERE rowid IN (old.agenda_entry_id * 8 + 4, new.agenda_entry_id * 8 + 4);
  INSERT INTO global_search (rowid, kind, record_id, meeting_id, title, body)
  SELECT key, kind, record_id, meeting_id, title, body FROM search_source_decision
  WHERE record_id IN (old.agenda_entry_id, new.agenda_entry_id);
END;
CREATE TRIGGER global_search_statement_delete AFTER DELETE ON statement BEGIN
  DELETE FROM global_search WHERE rowid = old.agenda_entry_id * 8 + 4;
  INSERT INTO global_search (rowid, kind, record_id, meeting_id, title, body)
  SELECT key, kind, record_id, meeting_id, title, body FROM search_source_decision
  WHERE record_id = old.agenda_entry_id;
END;

-- Networks
CREATE TRIGGER global_search_network_insert AFTER INSERT ON network BEGIN
  INSERT INTO global_search (rowid, kind, record_id, meeting_id, title, body)
  SELECT key, kind, record_id, meeting_id, title, body FROM search_source_network
  WHERE record_id = new.id;
END;
CREATE TRIGGER global_search_network_update AFTER UPDATE OF name, acronym, description,
  website, scope, contact ON network BEGIN
  DELETE FROM global_search WHERE rowid = old.id * 8 + 5;
  INSERT INTO global_search (rowid, kind, record_id, meeting_id, title, body)
  SELECT key, kind, record_id, meeting_id, title, body FROM search_source_network
  WHERE record_id = new.id;
END;
CREATE TRIGGER global_search_network_delete AFTER DELETE ON network BEGIN
  DELETE FROM global_search WHERE rowid = old.id * 8 + 5;
END;

-- Persons, and the titles of their reports
CREATE TRIGGER global_search_person_insert AFTER INSERT ON person BEGIN
  INSERT INTO global_search (rowid, kind, record_id, meeting_id, title, body)
  SELECT key, kind, record_id, meeting_id, title, body FROM search_source_person
  WHERE record_id = new.id;
END;
CREATE TRIGGER global_search_person_update AFTER UPDATE OF name, party, department, title,
  email, phone, notes ON person BEGIN
  DELETE FROM global_search WHERE rowid = old.id * 8 + 6;
  DELETE FROM global_search
  WHERE rowid IN (SELECT report.id * 8 + 7 FROM report WHERE report.person_id = new.id);
  INSERT INTO global_search (rowid, kind, record_id, meeting_id, title, body)
  SELECT key, kind, record_id, meeting_id, title, body FROM search_source_person
  WHERE record_id = new.id;
  INSERT INTO global_search (rowid, kind, record_id, meeting_id, title, body)
  SELECT key, kind, record_id, meeting_id, title, body FROM search_source_report
  WHERE record_id IN (SELECT report.id FROM report WHERE report.person_id = new.id);
END;
CREATE TRIGGER global_search_person_delete AFTER DELETE ON person BEGIN
  DELETE FROM global_search WHERE rowid = old.id * 8 + 6;
END;

-- Returned reports, with their four parts, and their titles when their
-- forum meeting is renamed
CREATE TRIGGER global_search_report_insert AFTER INSERT ON report BEGIN
  INSERT INTO global_search (rowid, kind, record_id, meeting_id, title, body)
  SELECT key, kind, record_id, meeting_id, title, body FROM search_source_report
  WHERE record_id = new.id;
END;
CREATE TRIGGER global_search_report_update AFTER UPDATE OF event_id, person_id, subject_areas,
  positions, continued_work, home_work ON report BEGIN
  DELETE FROM global_search WHERE rowid = old.id * 8 + 7;
  INSERT INTO global_search (rowid, kind, record_id, meeting_id, title, body)
  SELECT key, kind, record_id, meeting_id, title, body FROM search_source_report
  WHERE record_id = new.id;
END;
CREATE TRIGGER global_search_report_delete AFTER DELETE ON report BEGIN
  DELETE FROM global_search WHERE rowid = old.id * 8 + 7;
END;
CREATE TRIGGER global_search_forum_event_update AFTER UPDATE OF title ON forum_event BEGIN
  DELETE FROM global_search
  WHERE rowid IN (SELECT report.id * 8 + 7 FROM report WHERE report.event_id = new.id);
  INSERT INTO global_search (rowid, kind, record_id, meeting_id, title, body)
  SELECT key, kind, record_id, meeting_id, title, body FROM search_source_report
  WHERE record_id IN (SELECT report.id FROM report WHERE report.event_id = new.id);
END;

INSERT INTO global_search (rowid, kind, record_id, meeting_id, title, body)
SELECT key, kind, record_id, meeting_id, title, body FROM global_search_source;
