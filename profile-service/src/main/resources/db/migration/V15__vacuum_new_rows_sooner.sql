-- Autovacuum visits the tables that gain rows with every applied poll after 1,000 new rows plus
-- 1 % of the table, not the default 20 %. Resolution reads them with index-only scans (the ties
-- between the entities a poll finds, through the indexes of V14; the documents naming each entity,
-- entity_document_pkey; a restated tie's first sentences, evidence_relationship_id), and such a scan
-- reads the heap for every row on a page the visibility map does not yet call all-visible. With
-- 20 % these tables went unvacuumed through a whole benchmark run (README "Benchmarks"): about
-- 45,000 heap reads a 100-document poll. The vacuum itself runs in an autovacuum worker, beside
-- the applying transaction rather than in it, and on tables that only gain rows it skips the
-- pages already all-visible and the indexes.
alter table relationship set (autovacuum_vacuum_insert_scale_factor = 0.01);
alter table entity_document set (autovacuum_vacuum_insert_scale_factor = 0.01);
alter table evidence set (autovacuum_vacuum_insert_scale_factor = 0.01);
