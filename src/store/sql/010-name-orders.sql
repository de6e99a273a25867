-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 10: the item list ordered by its subject area, the body it is
-- routed to or its case officer is ordered by the Swedish sort key of that
-- name, kept on the item itself, so that each of those orders has an index
-- that holds it, as the item's own columns have (schema 7), and a page of a
-- million items is found by walking the index instead of sorting them all.
-- Triggers keep the keys in the same transaction as the change: an item's
-- reference set or changed, a name renamed (the store writes its sort key
-- with the name), a referenced row removed (its reference is set to NULL).
-- The keys are not the item's content: writing them does not count as a
-- change of the item (its version stays).
ALTER TABLE item ADD COLUMN subject_area_key TEXT;
ALTER TABLE item ADD COLUMN routed_body_key TEXT;
ALTER TABLE item ADD COLUMN case_officer_key TEXT;

DROP TRIGGER item_version;
CREATE TRIGGER item_version AFTER UPDATE ON item
WHEN new.version = old.version
  AND new.subject_area_key IS old.subject_area_key
  AND new.routed_body_key IS old.routed_body_key
  AND new.case_officer_key IS old.case_officer_key BEGIN
  UPDATE item SET version = old.version + 1 WHERE id = new.id;
END;

UPDATE item SET
  subject_area_key = (SELECT sort_key FROM subject_area WHERE id = item.subject_area_id),
  routed_body_key = (SELECT sort_key FROM body WHERE id = item.routed_body_id),
  case_officer_key = (SELECT sort_key FROM person WHERE id = item.case_officer_id)
WHERE subject_area_id IS NOT NULL OR routed_body_id IS NOT NULL OR case_officer_id IS NOT NULL;

CREATE INDEX item_subject_area_order_idx ON item (subject_area_key, received_on DESC, id DESC);
CREATE INDEX item_routed_body_order_idx ON item (routed_body_key, received_on DESC, id DESC);
CREATE INDEX item_case_officer_order_idx ON item (case_officer_key, received_on DESC, id DESC);
-- A renamed case officer finds their items by this.
CREATE INDEX item_case_officer_idx ON item (case_officer_id) WHERE case_officer_id IS NOT NULL;

CREATE TRIGGER item_name_keys_insert AFTER INSERT ON item
WHEN new.subject_area_id IS NOT NULL OR new.routed_body_id IS NOT NULL
  OR new.case_officer_id IS NOT NULL BEGIN
  UPDATE item SET
    subject_area_key = (SELECT sort_key FROM subject_area WHERE id = new.subject_area_id),
    routed_body_key = (SELECT sort_key FROM body WHERE id = new.routed_body_id),
    case_officer_key = (SELECT sort_key FROM person WHERE id = new.case_officer_id)
  WHERE id = new.id;
END;
CREATE TRIGGER item_subject_area_key AFTER UPDATE OF subject_area_id ON item
WHEN new.subject_area_id IS NOT old.subject_area_id BEGIN
  UPDATE item SET subject_area_key = (SELECT sort_key FROM subject_area WHERE id = new.subject_area_id)
  WHERE id = new.id
    AND subject_area_key IS NOT (SELECT sort_key FROM subject_area WHERE id = new.subject_area_id);
END;
CREATE TRIGGER item_routed_body_key AFTER UPDATE OF routed_body_id ON item
WHEN new.routed_body_id IS NOT old.routed_body_id BEGIN
  UPDATE item SET routed_body_key = (SELECT sort_key FROM body WHERE id = new.routed_body_id)
  WHERE id = new.id
    AND routed_body_key IS NOT (SELECT sort_key FROM body WHERE id = new.routed_body_id);
END;
CREATE TRIGGER item_case_officer_key AFTER UPDATE OF case_officer_id ON item
WHEN new.case_officer_id IS NOT old.case_officer_id BEGIN
  UPDATE item SET case_officer_key = (SELECT sort_key FROM person WHERE id = new.case_officer_id)
  WHERE id = new.id
    AND case_officer_key IS NOT (SELECT sort_key FROM person WHERE id = new.case_officer_id);
END;

CREATE TRIGGER subject_area_item_keys AFTER UPDATE OF sort_key ON subject_area
WHEN new.sort_key IS NOT old.sort_key BEGIN
  UPDATE item SET subject_area_key = new.sort_key WHERE subject_area_id = new.id;
END;
CREATE TRIGGER body_item_keys AFTER UPDATE OF sort_key ON body
WHEN new.sort_key IS NOT old.sort_key BEGIN
  UPDATE item SET routed_body_key = new.sort_key WHERE routed_body_id = new.id;
END;
CREATE TRIGGER person_item_keys AFTER UPDATE OF sort_key ON person
WHEN new.sort_key IS NOT old.sort_key BEGIN
  UPDATE item SET case_officer_key = new.sort_key WHERE case_officer_id = new.id;
END;
