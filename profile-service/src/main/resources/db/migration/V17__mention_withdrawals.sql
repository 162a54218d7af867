-- Resolution counts, for every entity a poll finds (about 1,500 a poll of 100), the documents
-- naming it up to 20: an entity's change event is published again while it has fewer. Most
-- entities found (1,110 of 1,484 on the benchmark graph) already have 20, and mentions are only
-- ever added by applying, so the service remembers which entities have reached 20
-- (MentionCounts) and counts only the others. What can lower a count is a mention deleted or moved
-- (a re-sent document's withdrawal, a merge or split, an entity deleted): each such statement takes
-- the next number of this sequence, and the service forgets what it remembers whenever the number
-- has moved since it last looked. Every writer of mentions holds the apply lock, so the number is
-- read under the same lock as the counts. A sequence is not transactional: a rolled-back
-- withdrawal still moves it, which only makes the service count again.
create sequence mention_withdrawal_seq;

create function powermap_mentions_withdrawn() returns trigger language plpgsql as $$
begin
    -- statement-level triggers fire for statements that touch no row too (a new document's
    -- withdrawal of nothing): only rows gone count
    if exists (select 1 from gone) then
        perform nextval('mention_withdrawal_seq');
    end if;
    return null;
end
$$;
create trigger entity_document_deleted after delete on entity_document referencing old table as gone
    for each statement execute function powermap_mentions_withdrawn();
create trigger entity_document_updated after update on entity_document referencing old table as gone
    for each statement execute function powermap_mentions_withdrawn();

create function powermap_mentions_truncated() returns trigger language plpgsql as $$
begin
    perform nextval('mention_withdrawal_seq');
    return null;
end
$$;
create trigger entity_document_truncated after truncate on entity_document
    for each statement execute function powermap_mentions_truncated();
