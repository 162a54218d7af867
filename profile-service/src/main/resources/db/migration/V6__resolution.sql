-- Resolution finds candidates by trigram similarity of names and aliases, and by acronym.
create extension if not exists pg_trgm;
create index entity_match_key_trgm on entity using gin (match_key gin_trgm_ops);
create index entity_alias_match_key_trgm on entity_alias using gin (match_key gin_trgm_ops);

-- The initials of a match key's significant words ("southern poverty law center" -> "splc"), or
-- null for fewer than two of them. The resolver compares a name written in capitals with this.
create function powermap_acronym(match_key text) returns text
    language sql immutable strict parallel safe
    return (select case when count(*) >= 2 then string_agg(left(w, 1), '' order by n) end
              from unnest(string_to_array(match_key, ' ')) with ordinality as t(w, n)
             where w <> '' and w not in ('of', 'the', 'and', 'for', 'a', 'an', 'in', 'on', 'to', 'at', 'by', 'de'));
create index entity_acronym on entity (type, powermap_acronym(match_key));
create index entity_alias_acronym on entity_alias (powermap_acronym(match_key));

-- What happened to an entity: created, a name resolved to it (with reason and score), merged,
-- split, edited, deleted, a fact marked wrong; by which document or edit.
create table entity_history (
    id          bigserial primary key,
    entity_id   uuid          not null,
    kind        varchar(30)   not null,
    document_id varchar(2048),
    edit_id     uuid,
    detail      jsonb         not null default '{}'::jsonb,
    at          timestamptz   not null
);
create index entity_history_entity on entity_history (entity_id, id);

-- A name a user took away from an entity (split, "not the same"): resolution never gives it back.
create table resolution_block (
    entity_id   uuid          not null references entity (id) on delete cascade,
    match_key   varchar(500)  not null,
    primary key (match_key, entity_id)
);
