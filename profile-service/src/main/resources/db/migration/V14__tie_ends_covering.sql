-- The ties' two lookup indexes also carry the other end, so that reading which entities an entity
-- is tied to (the candidates query's "tied": every tie of the ~1,400 entities a poll names, about
-- 29,000 rows) is an index-only scan instead of a heap read per tie: 35,000 buffers a poll on the
-- benchmark graph, 5,500 with the other end in the index (README "Benchmarks"). Same keys as
-- before, so graph walks and keyset pages read them as they did; replaced, not added, so applying
-- maintains no more indexes than before.
create index relationship_source_with_target on relationship (source_id, type, id) include (target_id);
drop index relationship_source;
alter index relationship_source_with_target rename to relationship_source;
create index relationship_target_with_source on relationship (target_id, type, id) include (source_id);
drop index relationship_target_type;
alter index relationship_target_with_source rename to relationship_target_type;
