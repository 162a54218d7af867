-- Every lookup path has an index.
-- Ties of an entity in either direction, optionally of some types, in id order (graph walks,
-- keyset pages of relationships, "is this entity still tied to anything"). The unique key starts
-- with the type, so it cannot serve these.
create index relationship_source on relationship (source_id, type, id);
create index relationship_target_type on relationship (target_id, type, id);
drop index relationship_target;
-- Resolution looks names up by (type, key) and aliases by key: entity_match_key and
-- entity_alias_match_key (V1). A document's evidence and entities: evidence_document and
-- entity_document_document (V1).
-- Retention of processed event ids.
create index processed_event_processed_at on processed_event (processed_at);
-- A tie's first evidence sentences in order (change events, views): without it the planner walks
-- the primary key of every evidence row.
create index evidence_relationship_id on evidence (relationship_id, id);
drop index evidence_relationship;
