-- A sentence is written with three index entries: its id (the primary key), its tie and id
-- (evidence_relationship_id: a tie's first sentences in order, the cascade of a deleted tie, a
-- merge moving a tie's sentences) and its document. No query looks a sentence up by its id alone,
-- so the key becomes (relationship_id, id), which is as unique (the ids come from one sequence),
-- and the tie's index it replaces goes: per sentence one index entry fewer, about 29 a document on
-- the benchmark corpus (README, "Benchmarks").
create unique index evidence_tie_key on evidence (relationship_id, id);
alter table evidence drop constraint evidence_pkey,
    add constraint evidence_pkey primary key using index evidence_tie_key;
drop index evidence_relationship_id;
