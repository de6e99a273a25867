-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 7: the item list orders by a column, then by the day received and
-- the id, all one way or all the other (ber-items.c). Each order column's
-- index now holds the whole order, so a page deep in a list of a million
-- items is found by walking the index, either way, instead of by sorting
-- every item of the same title, status or type. tests/test-plans.c checks
-- that no list query sorts in a temporary tree.
DROP INDEX item_sort_idx;
CREATE INDEX item_sort_idx ON item (sort_key, received_on DESC, id DESC);
DROP INDEX item_status_idx;
CREATE INDEX item_status_idx ON item (status, received_on DESC, id DESC);
DROP INDEX item_type_idx;
CREATE INDEX item_type_idx ON item (type, received_on DESC, id DESC);
DROP INDEX item_diary_number_idx;
CREATE INDEX item_diary_number_idx ON item (diary_number, received_on DESC, id DESC);
DROP INDEX item_reply_idx;
CREATE INDEX item_reply_idx ON item (reply_by, received_on DESC, id DESC);
