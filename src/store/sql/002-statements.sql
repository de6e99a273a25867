-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 2: reservations and statements in the minutes. Under the decision of
-- a paragraph, members record a reservation against it (reservation), a
-- statement for the minutes (protokollsanteckning) or a special opinion
-- (särskilt yttrande). The author is free text, "Anna Berg (M)", because a
-- party group reserves as often as a person does; the text may be empty for
-- a plain "reserverar sig mot beslutet".

CREATE TABLE statement (
  id INTEGER PRIMARY KEY,
  agenda_entry_id INTEGER NOT NULL REFERENCES agenda_entry (id) ON DELETE CASCADE,
  position INTEGER NOT NULL DEFAULT 0,
  kind TEXT NOT NULL DEFAULT 'reservation'
    CHECK (kind IN ('reservation', 'note', 'special-opinion')),
  author TEXT NOT NULL CHECK (length(trim(author)) > 0),
  text TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX statement_entry_idx ON statement (agenda_entry_id, position);

-- The statements of a meeting in one query, in agenda order.
CREATE VIEW statement_list AS
SELECT statement.*,
  agenda_entry.meeting_id AS meeting_id,
  agenda_entry.position AS entry_position
FROM statement
JOIN agenda_entry ON agenda_entry.id = statement.agenda_entry_id;
