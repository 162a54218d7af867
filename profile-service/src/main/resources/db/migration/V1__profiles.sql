-- Organizations, people, legislation and campaigns, resolved across documents.
create table entity (
    id          uuid primary key,
    type        varchar(20)  not null,
    name        varchar(500) not null,
    match_key   varchar(500) not null,
    attributes  jsonb        not null default '{}'::jsonb,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null
);
create index entity_match_key on entity (type, match_key);

create table entity_alias (
    entity_id   uuid         not null references entity (id) on delete cascade,
    alias       varchar(500) not null,
    match_key   varchar(500) not null,
    primary key (entity_id, match_key)
);
create index entity_alias_match_key on entity_alias (match_key);

-- Which documents name an entity: a document re-sent replaces its own contribution only.
create table entity_document (
    entity_id   uuid          not null references entity (id) on delete cascade,
    document_id varchar(2048) not null,
    primary key (entity_id, document_id)
);
create index entity_document_document on entity_document (document_id);

create table relationship (
    id          uuid primary key,
    type        varchar(20)   not null,
    source_id   uuid          not null references entity (id) on delete cascade,
    target_id   uuid          not null references entity (id) on delete cascade,
    role        varchar(300),
    role_key    varchar(300)  not null default '',
    start_year  varchar(20),
    end_year    varchar(20),
    current     boolean,
    amount      numeric(20, 2),
    currency    varchar(3),
    confidence  double precision not null,
    updated_at  timestamptz   not null,
    unique (type, source_id, target_id, role_key)
);
create index relationship_target on relationship (target_id);

-- The sentence each fact came from.
create table evidence (
    id              bigserial primary key,
    relationship_id uuid          not null references relationship (id) on delete cascade,
    document_id     varchar(2048) not null,
    sentence        text          not null,
    start_offset    integer       not null,
    end_offset      integer       not null,
    footnotes       jsonb         not null default '[]'::jsonb
);
create index evidence_relationship on evidence (relationship_id);
create index evidence_document on evidence (document_id);

create table source_document (
    id          varchar(2048) primary key,
    title       varchar(1000),
    uri         varchar(2048),
    media_type  varchar(200),
    copyright   varchar(1000),
    parsed_at   timestamptz   not null
);

-- Consumed event ids: a redelivered DocumentParsed is recognised and skipped.
create table processed_event (
    event_id     varchar(100) primary key,
    processed_at timestamptz  not null
);

-- Changes waiting for Kafka; written in the same transaction as the change itself.
create table outbox (
    id          bigserial primary key,
    record_key  varchar(100) not null,
    payload     text         not null,
    created_at  timestamptz  not null
);
