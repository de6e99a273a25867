-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 11: the network and person lists get what the item list has
-- (schemas 7 and 10): each of their orders by a column of their own, then
-- by name and id, all one way or all the other, has an index that holds
-- it, and so has each criterion they are counted by. The network list
-- ordered by its responsible body reads that body's Swedish sort key, kept
-- on the network by triggers in the same transaction as a rename, without
-- counting as a change of the network. The orders by a figure worked out
-- per row (membership status, activity, representatives, fee) sort the
-- networks found, a register of some thousands at most.
CREATE INDEX network_acronym_order_idx ON network (acronym, sort_key, id);
CREATE INDEX network_kind_idx ON network (kind, sort_key, id);
CREATE INDEX network_review_order_idx ON network (next_review_on, sort_key, id);
CREATE INDEX network_body_idx ON network (responsible_body_id) WHERE responsible_body_id IS NOT NULL;

CREATE INDEX person_kind_idx ON person (kind, sort_key, id);
CREATE INDEX person_party_idx ON person (party, sort_key, id);
CREATE INDEX person_department_idx ON person (department, sort_key, id);
CREATE INDEX person_email_order_idx ON person (email, sort_key, id);
CREATE INDEX person_phone_idx ON person (phone, sort_key, id);

ALTER TABLE network ADD COLUMN responsible_body_key TEXT;

DROP TRIGGER network_version;
CREATE TRIGGER network_version AFTER UPDATE ON network
WHEN new.version = old.version AND new.responsible_body_key IS old.responsible_body_key BEGIN
  UPDATE network SET version = old.version + 1 WHERE id = new.id;
END;

UPDATE network SET responsible_body_key = (SELECT sort_key FROM body
                                           WHERE id = network.responsible_body_id)
WHERE responsible_body_id IS NOT NULL;
CREATE INDEX network_body_order_idx ON network (responsible_body_key, sort_key, id);

CREATE TRIGGER network_body_key_insert AFTER INSERT ON network
WHEN new.responsible_body_id IS NOT NULL BEGIN
  UPDATE network SET responsible_body_key = (SELECT sort_key FROM body
                                             WHERE id = new.responsible_body_id)
  WHERE id = new.id;
END;
CREATE TRIGGER network_body_key AFTER UPDATE OF responsible_body_id ON network
WHEN new.responsible_body_id IS NOT old.responsible_body_id BEGIN
  UPDATE network SET responsible_body_key = (SELECT sort_key FROM body
                                             WHERE id = new.responsible_body_id)
  WHERE id = new.id
    AND responsible_body_key IS NOT (SELECT sort_key FROM body WHERE id = new.responsible_body_id);
END;
CREATE TRIGGER body_network_keys AFTER UPDATE OF sort_key ON body
WHEN new.sort_key IS NOT old.sort_key BEGIN
  UPDATE network SET responsible_body_key = new.sort_key WHERE responsible_body_id = new.id;
END;
