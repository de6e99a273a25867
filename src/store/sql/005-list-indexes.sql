-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 5: every order of the item and report lists, and the counts the
-- interface keeps (the items due soon, the items of a subject area), read an
-- index instead of every row: with a million items, a page or a count costs
-- milliseconds. tests/test-plans.c checks the plans.

-- The list by diary number and by reply date, each way (by title it reads
-- item_sort_idx, the title's Swedish sort key).
CREATE INDEX item_diary_number_idx ON item (diary_number, id);
-- All items by reply date, those without one first (the partial index it
-- replaces served the overdue filter only).
DROP INDEX item_reply_idx;
CREATE INDEX item_reply_idx ON item (reply_by, id);
-- Open items due by a day: a range of reply dates within each open status.
CREATE INDEX item_status_reply_idx ON item (status, reply_by);
-- How many items a subject area has, asked before it is removed.
CREATE INDEX item_subject_area_idx ON item (subject_area_id);

-- The returned reports by the day each came in.
CREATE INDEX report_received_idx ON report (received_on, id);
