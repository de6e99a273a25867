-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 3: search as you type without reading every row. Each list that is
-- searched by its own columns gets a full-text index of those columns with
-- the trigram tokenizer, which finds any run of three or more characters,
-- case-insensitively: the same matches as a substring search, from an
-- index. The indexes hold no copy of the text (content=…): they read it from
-- their table, and the triggers keep them in step with every write, by this
-- program or any other SQLite tool.

CREATE VIRTUAL TABLE item_search USING fts5 (
  title, diary_number, description,
  content = 'item', content_rowid = 'id', tokenize = 'trigram'
);
CREATE TRIGGER item_search_insert AFTER INSERT ON item BEGIN
  INSERT INTO item_search (rowid, title, diary_number, description)
  VALUES (new.id, new.title, new.diary_number, new.description);
END;
CREATE TRIGGER item_search_delete AFTER DELETE ON item BEGIN
  INSERT INTO item_search (item_search, rowid, title, diary_number, description)
  VALUES ('delete', old.id, old.title, old.diary_number, old.description);
END;
CREATE TRIGGER item_search_update AFTER UPDATE OF title, diary_number, description ON item BEGIN
  INSERT INTO item_search (item_search, rowid, title, diary_number, description)
  VALUES ('delete', old.id, old.title, old.diary_number, old.description);
  INSERT INTO item_search (rowid, title, diary_number, description)
  VALUES (new.id, new.title, new.diary_number, new.description);
END;
INSERT INTO item_search (item_search) VALUES ('rebuild');

CREATE VIRTUAL TABLE network_search USING fts5 (
  name, acronym, description, scope,
  content = 'network', content_rowid = 'id', tokenize = 'trigram'
);
CREATE TRIGGER network_search_insert AFTER INSERT ON network BEGIN
  INSERT INTO network_search (rowid, name, acronym, description, scope)
  VALUES (new.id, new.name, new.acronym, new.description, new.scope);
END;
CREATE TRIGGER network_search_delete AFTER DELETE ON network BEGIN
  INSERT INTO network_search (network_search, rowid, name, acronym, description, scope)
  VALUES ('delete', old.id, old.name, old.acronym, old.description, old.scope);
END;
CREATE TRIGGER network_search_update AFTER UPDATE OF name, acronym, description, scope ON network
BEGIN
  INSERT INTO network_search (network_search, rowid, name, acronym, description, scope)
  VALUES ('delete', old.id, old.name, old.acronym, old.description, old.scope);
  INSERT INTO network_search (rowid, name, acronym, description, scope)
  VALUES (new.id, new.name, new.acronym, new.description, new.scope);
END;
INSERT INTO network_search (network_search) VALUES ('rebuild');

CREATE VIRTUAL TABLE person_search USING fts5 (
  name, party, department, email,
  content = 'person', content_rowid = 'id', tokenize = 'trigram'
);
CREATE TRIGGER person_search_insert AFTER INSERT ON person BEGIN
  INSERT INTO person_search (rowid, name, party, department, email)
  VALUES (new.id, new.name, new.party, new.department, new.email);
END;
CREATE TRIGGER person_search_delete AFTER DELETE ON person BEGIN
  INSERT INTO person_search (person_search, rowid, name, party, department, email)
  VALUES ('delete', old.id, old.name, old.party, old.department, old.email);
END;
CREATE TRIGGER person_search_update AFTER UPDATE OF name, party, department, email ON person BEGIN
  INSERT INTO person_search (person_search, rowid, name, party, department, email)
  VALUES ('delete', old.id, old.name, old.party, old.department, old.email);
  INSERT INTO person_search (rowid, name, party, department, email)
  VALUES (new.id, new.name, new.party, new.department, new.email);
END;
INSERT INTO person_search (person_search) VALUES ('rebuild');
