-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 12: what the registrar and the archive ask of the papers.
--
-- The organisation that issues every paper: one row, kept in the register
-- because it belongs to the organisation and not to one user's settings.
-- Its name is the author of every PDF; the logo is PNG or SVG.
CREATE TABLE organisation (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL DEFAULT '',
  unit TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  logo BLOB CHECK (logo IS NULL OR length(logo) BETWEEN 1 AND 2097152),
  logo_type TEXT CHECK (logo_type IS NULL OR logo_type IN ('image/png', 'image/svg+xml')),
  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  version INTEGER NOT NULL DEFAULT 1,
  CHECK ((logo IS NULL) = (logo_type IS NULL))
);
INSERT INTO organisation (id) VALUES (1);
CREATE TRIGGER organisation_version AFTER UPDATE ON organisation WHEN new.version = old.version BEGIN
  UPDATE organisation SET version = old.version + 1 WHERE id = new.id;
END;

-- The board paper's own date (the date of the tjänsteskrivelse), and the
-- ground for secrecy of a confidential matter: the chapter and section of
-- offentlighets- och sekretesslagen (OSL), such as "OSL 18 kap. 8 §".
ALTER TABLE item ADD COLUMN paper_date TEXT
  CHECK (paper_date IS NULL OR date(paper_date, '+0 days') IS paper_date);
ALTER TABLE item ADD COLUMN secrecy_ground TEXT NOT NULL DEFAULT '';

-- The secretary who keeps the minutes and signs them.
ALTER TABLE meeting ADD COLUMN secretary_id INTEGER REFERENCES person (id) ON DELETE SET NULL;
