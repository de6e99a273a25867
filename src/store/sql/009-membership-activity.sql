-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 8: an activity level (very active, active, inactive) says how the
-- region takes part in a network, so only a member, direct or indirect, has
-- one. A network the region follows without being a member (interested),
-- stands as a candidate to or has left has none, whatever its membership
-- row holds: the lists and exports read the level through these views,
-- which leave it NULL for those statuses. membership_list names the
-- columns of membership one by one for that; a column added to the table
-- is added here too.
DROP VIEW network_list;
CREATE VIEW network_list AS
SELECT network.*,
  responsible.name AS responsible_body_name,
  current.status AS membership_status,
  CASE WHEN current.status IN ('member', 'indirect') THEN current.activity END AS activity,
  via.name AS via_network_name,
  (SELECT count(DISTINCT a.person_id) FROM assignment AS a
    WHERE a.network_id = network.id AND a.candidacy IS NULL
      AND (a.to_on IS NULL OR a.to_on >= date('now', 'localtime'))) AS representative_count,
  (SELECT f.amount FROM fee AS f WHERE f.network_id = network.id
    AND f.year = CAST(strftime('%Y', 'now', 'localtime') AS INTEGER)) AS fee_amount,
  (SELECT f.currency FROM fee AS f WHERE f.network_id = network.id
    AND f.year = CAST(strftime('%Y', 'now', 'localtime') AS INTEGER)) AS fee_currency
FROM network
LEFT JOIN body AS responsible ON responsible.id = network.responsible_body_id
LEFT JOIN membership AS current ON current.id = (
  SELECT m.id FROM membership AS m WHERE m.network_id = network.id
  ORDER BY m.from_on IS NULL, m.from_on DESC, m.id DESC LIMIT 1)
LEFT JOIN network AS via ON via.id = current.via_network_id;

DROP VIEW membership_list;
CREATE VIEW membership_list AS
SELECT membership.id,
  membership.network_id,
  membership.status,
  membership.via_network_id,
  membership.from_on,
  membership.to_on,
  membership.deciding_body_id,
  membership.decision_reference,
  CASE WHEN membership.status IN ('member', 'indirect') THEN membership.activity END AS activity,
  membership.notice_period,
  membership.notes,
  membership.created,
  membership.updated,
  membership.version,
  deciding.name AS deciding_body_name,
  via.name AS via_network_name
FROM membership
LEFT JOIN body AS deciding ON deciding.id = membership.deciding_body_id
LEFT JOIN network AS via ON via.id = membership.via_network_id;
