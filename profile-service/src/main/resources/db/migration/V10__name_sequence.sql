-- Trigram search moved from the database into the service (NameIndex): on the benchmark graph a
-- pg_trgm search ("%", five nearest) cost 2 to 4 ms per name (GIN, GiST, any signature length),
-- and a poll has hundreds of new names, about 1 s a poll. The service keeps every name and alias
-- in memory by trigram and reads only what changed since it last looked: each name or alias
-- written (inserted, renamed, moved to another entity) takes the next number of name_seq. Every
-- writer of names runs under the apply lock, so the numbers are committed in order and "above the
-- last one read" misses nothing. Deleted names are not numbered: the candidates query checks each
-- name the index proposes against the tables, and the index forgets those that are gone.
create sequence name_seq;
alter table entity add column name_seq bigint;
alter table entity_alias add column name_seq bigint;
update entity set name_seq = nextval('name_seq');
update entity_alias set name_seq = nextval('name_seq');
alter table entity alter column name_seq set not null;
alter table entity_alias alter column name_seq set not null;

create function powermap_name_seq() returns trigger language plpgsql as $$
begin
    new.name_seq := nextval('name_seq');
    return new;
end
$$;
create trigger entity_name_seq before insert or update of type, match_key on entity
    for each row execute function powermap_name_seq();
create trigger entity_alias_name_seq before insert or update of entity_id, match_key on entity_alias
    for each row execute function powermap_name_seq();

create index entity_name_seq on entity (name_seq);
create index entity_alias_name_seq on entity_alias (name_seq);
