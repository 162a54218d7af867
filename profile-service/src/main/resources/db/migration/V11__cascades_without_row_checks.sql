-- The foreign keys that every applied poll checks thousands of times (each sentence, tie
-- statement, mention and tie end) are replaced by what they were there for besides the check:
-- their cascades, now one set-wise delete per statement instead of one per row.
--
-- Why the checks can go: each was a SELECT ... FOR KEY SHARE per inserted row (2,600 sentences,
-- 2,600 statements, 2,800 mentions and 1,400 ties per 100-document poll), about two thirds of the
-- tie upsert and half of the entity write (auto_explain, README "Benchmarks"). The rows they
-- checked are written by exactly two kinds of transaction, applying (DocumentApplier) and
-- corrections (Corrections, TieCorrections), and both hold the apply lock (pg_advisory_xact_lock,
-- DocumentRows.APPLY_LOCK) before they read or write anything, so nothing can delete an entity or
-- tie between the moment a writer reads it and its commit. Within the writers, every id these
-- columns receive comes from the same statement or transaction: a tie's sentences and statements
-- are joined to the ties the upsert itself just inserted or found (TieRows.UPSERT), a mention's
-- entity is one the candidates query read under the lock or one created in the same statement
-- (EntityRows.WRITE), a tie's ends are resolved entities of the same kind. Deletes still take
-- everything that hangs off a row with them, through the triggers below, so no orphan is left.
alter table relationship drop constraint relationship_source_id_fkey;
alter table relationship drop constraint relationship_target_id_fkey;
alter table evidence drop constraint evidence_relationship_id_fkey;
alter table tie_statement drop constraint tie_statement_relationship_id_fkey;
alter table entity_document drop constraint entity_document_entity_id_fkey;

-- An entity deleted takes its ties (both ends) and its mentions, as "on delete cascade" did.
create function powermap_entity_deleted() returns trigger language plpgsql as $$
begin
    delete from relationship r using gone g where r.source_id = g.id;
    delete from relationship r using gone g where r.target_id = g.id;
    delete from entity_document d using gone g where d.entity_id = g.id;
    return null;
end
$$;
create trigger entity_deleted after delete on entity referencing old table as gone
    for each statement execute function powermap_entity_deleted();

-- A tie deleted (directly or by the entity trigger) takes its sentences and statements.
create function powermap_relationship_deleted() returns trigger language plpgsql as $$
begin
    delete from evidence e using gone g where e.relationship_id = g.id;
    delete from tie_statement s using gone g where s.relationship_id = g.id;
    return null;
end
$$;
create trigger relationship_deleted after delete on relationship referencing old table as gone
    for each statement execute function powermap_relationship_deleted();
