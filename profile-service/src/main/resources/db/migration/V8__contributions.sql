-- What each document contributed beyond its sentences and mentions, so that a revised document
-- replaces all of it: the aliases it gave, the attributes it stated, the fields it gave each tie.
-- Rows stored before this migration have no source and are kept as they are.
create table alias_source (
    entity_id   uuid          not null,
    match_key   varchar(500)  not null,
    document_id varchar(2048) not null,
    primary key (entity_id, match_key, document_id),
    foreign key (entity_id, match_key) references entity_alias (entity_id, match_key) on delete cascade
);
create index alias_source_document on alias_source (document_id);

create table attribute_source (
    entity_id   uuid          not null references entity (id) on delete cascade,
    document_id varchar(2048) not null,
    attributes  jsonb         not null,
    at          timestamptz   not null,
    primary key (entity_id, document_id)
);
create index attribute_source_document on attribute_source (document_id);

create table tie_statement (
    relationship_id uuid          not null references relationship (id) on delete cascade,
    document_id     varchar(2048) not null,
    role            varchar(300),
    start_year      varchar(20),
    end_year        varchar(20),
    current         boolean,
    amount          numeric(20, 2),
    currency        varchar(3),
    confidence      double precision not null,
    at              timestamptz   not null,
    primary key (relationship_id, document_id)
);
create index tie_statement_document on tie_statement (document_id);
