-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 4: every record carries a version. A save says which version it
-- was made from and is refused when the row has moved on since, so that a
-- change made in another window or program is never silently overwritten.
-- The version goes up with every update, by this program or any other
-- SQLite tool: a trigger raises it when the writer did not. The history
-- notes the version each change made, to tell who changed a row since.

ALTER TABLE body ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE subject_area ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE routing_rule ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE agenda_template_point ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE person ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE meeting ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE attendance ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE item ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE item_transition ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE agenda_entry ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE clause ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE distribution ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE network ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE network_body ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE membership ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE fee ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE network_review ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE assignment ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE forum_event ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE event_attendance ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE report ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE document ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE influence_question ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE statement ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

CREATE TRIGGER body_version AFTER UPDATE ON body WHEN new.version = old.version BEGIN
  UPDATE body SET version = old.version + 1 WHERE id = new.id;
END;
CREATE TRIGGER subject_area_version AFTER UPDATE ON subject_area WHEN new.version = old.version BEGIN
  UPDATE subject_area SET version = old.version + 1 WHERE id = new.id;
END;
CREATE TRIGGER routing_rule_version AFTER UPDATE ON routing_rule WHEN new.version = old.version BEGIN
  UPDATE routing_rule SET version = old.version + 1 WHERE id = new.id;
END;
CREATE TRIGGER agenda_template_point_version AFTER UPDATE ON agenda_template_point WHEN new.version = old.version BEGIN
  UPDATE agenda_template_point SET version = old.version + 1 WHERE id = new.id;
END;
CREATE TRIGGER person_version AFTER UPDATE ON person WHEN new.version = old.version BEGIN
  UPDATE person SET version = old.version + 1 WHERE id = new.id;
END;
CREATE TRIGGER meeting_version AFTER UPDATE ON meeting WHEN new.version = old.version BEGIN
  UPDATE meeting SET version = old.version + 1 WHERE id = new.id;
END;
CREATE TRIGGER attendance_version AFTER UPDATE ON attendance WHEN new.version = old.version BEGIN
  UPDATE attendance SET version = old.version + 1 WHERE id = new.id;
END;
CREATE TRIGGER item_version AFTER UPDATE ON item WHEN new.version = old.version BEGIN
  UPDATE item SET version = old.version + 1 WHERE id = new.id;
END;
CREATE TRIGGER item_transition_version AFTER UPDATE ON item_transition WHEN new.version = old.version BEGIN
  UPDATE item_transition SET version = old.version + 1 WHERE id = new.id;
END;
CREATE TRIGGER agenda_entry_version AFTER UPDATE ON agenda_entry WHEN new.version = old.version BEGIN
  UPDATE agenda_entry SET version = old.version + 1 WHERE id = new.id;
END;
CREATE TRIGGER clause_version AFTER UPDATE ON clause WHEN new.version = old.version BEGIN
  UPDATE clause SET version = old.version + 1 WHERE id = new.id;
END;
CREATE TRIGGER distribution_version AFTER UPDATE ON distribution WHEN new.version = old.version BEGIN
  UPDATE distribution SET version = old.version + 1 WHERE id = new.id;
END;
CREATE TRIGGER network_version AFTER UPDATE ON network WHEN new.version = old.version BEGIN
  UPDATE network SET version = old.version + 1 WHERE id = new.id;
END;
CREATE TRIGGER network_body_version AFTER UPDATE ON network_body WHEN new.version = old.version BEGIN
  UPDATE network_body SET version = old.version + 1 WHERE id = new.id;
END;
CREATE TRIGGER membership_version AFTER UPDATE ON membership WHEN new.version = old.version BEGIN
  UPDATE membership SET version = old.version + 1 WHERE id = new.id;
END;
CREATE TRIGGER fee_version AFTER UPDATE ON fee WHEN new.version = old.version BEGIN
  UPDATE fee SET version = old.version + 1 WHERE id = new.id;
END;
CREATE TRIGGER network_review_version AFTER UPDATE ON network_review WHEN new.version = old.version BEGIN
  UPDATE network_review SET version = old.version + 1 WHERE id = new.id;
END;
CREATE TRIGGER assignment_version AFTER UPDATE ON assignment WHEN new.version = old.version BEGIN
  UPDATE assignment SET version = old.version + 1 WHERE id = new.id;
END;
CREATE TRIGGER forum_event_version AFTER UPDATE ON forum_event WHEN new.version = old.version BEGIN
  UPDATE forum_event SET version = old.version + 1 WHERE id = new.id;
END;
CREATE TRIGGER event_attendance_version AFTER UPDATE ON event_attendance WHEN new.version = old.version BEGIN
  UPDATE event_attendance SET version = old.version + 1 WHERE id = new.id;
END;
CREATE TRIGGER report_version AFTER UPDATE ON report WHEN new.version = old.version BEGIN
  UPDATE report SET version = old.version + 1 WHERE id = new.id;
END;
CREATE TRIGGER document_version AFTER UPDATE ON document WHEN new.version = old.version BEGIN
  UPDATE document SET version = old.version + 1 WHERE id = new.id;
END;
CREATE TRIGGER influence_question_version AFTER UPDATE ON influence_question WHEN new.version = old.version BEGIN
  UPDATE influence_question SET version = old.version + 1 WHERE id = new.id;
END;
CREATE TRIGGER statement_version AFTER UPDATE ON statement WHEN new.version = old.version BEGIN
  UPDATE statement SET version = old.version + 1 WHERE id = new.id;
END;

ALTER TABLE history ADD COLUMN version INTEGER;
