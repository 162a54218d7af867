-- Resolution was the bulk of the apply time (ApplyBenchmark, JFR: 53 to 70% of the time waiting
-- on the candidates query). Two causes in the trigram search of V6:
--
-- 1. The GIN indexes used GIN's default fastupdate, which parks new entries in a pending list until
--    the next vacuum; every search reads that whole list. Applying documents inserts names and
--    searches them in the same breath, so the list grew between autovacuums. Entries now go
--    straight into the index (the name search's LIKE keeps using these indexes).
alter index entity_match_key_trgm set (fastupdate = off);
alter index entity_alias_match_key_trgm set (fastupdate = off);
select gin_clean_pending_list('entity_match_key_trgm'::regclass);
select gin_clean_pending_list('entity_alias_match_key_trgm'::regclass);

-- 2. "The five most similar names" through GIN means fetching every row that passes the similarity
--    threshold (hundreds for a name with common words, "... of Texas") and sorting them. A GiST
--    index answers "order by match_key <-> key limit 5" by walking the nearest first: 3 ms instead
--    of 7 to 48 ms per name on the 2,000-document benchmark graph.
create index entity_match_key_trgm_near on entity using gist (match_key gist_trgm_ops);
create index entity_alias_match_key_trgm_near on entity_alias using gist (match_key gist_trgm_ops);
