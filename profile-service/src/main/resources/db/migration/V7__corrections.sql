-- Hand corrections: versions for conflicting edits, fields set by hand that documents may not
-- overwrite, and what a user removed so that re-sent documents do not bring it back.
alter table entity add column version integer not null default 0;
alter table entity add column manual_attributes jsonb not null default '{}'::jsonb;
alter table relationship add column version integer not null default 0;
alter table relationship add column manual jsonb not null default '{}'::jsonb;

-- A tie marked wrong (or deleted by a user): documents stating it again do not restore it.
create table suppressed_tie (
    type        varchar(20)  not null,
    source_id   uuid         not null,
    target_id   uuid         not null,
    role_key    varchar(300) not null,
    primary key (source_id, target_id, type, role_key)
);

-- An entity deleted by a user: names of its type with these keys are left out of documents.
create table suppressed_name (
    type        varchar(20)  not null,
    match_key   varchar(500) not null,
    primary key (type, match_key)
);
