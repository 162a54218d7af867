-- The GiST trigram indexes (V9) served the nearest-name searches that now run in the service
-- (NameIndex); only the rare fallback for a name the index wrongly takes for a stored one still
-- orders by <-> in the database, and the GIN indexes answer its % filter (a sort of the few rows
-- past the threshold after). A GiST trigram entry is costly to insert (signature and penalty over
-- the tree), and every applied poll inserts hundreds of names and aliases.
drop index entity_match_key_trgm_near;
drop index entity_alias_match_key_trgm_near;
