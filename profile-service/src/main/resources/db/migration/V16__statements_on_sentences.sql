-- A document's statement of a tie (the tie's fields as that document gives them, kept so that a
-- revision can withdraw them) is written on the first of the document's sentences for the tie
-- instead of as a row of its own: on every corpus measured so far each (tie, document) has one
-- sentence, so tie_statement repeated evidence row for row, a second COPY, heap row and two index
-- entries (its key and its document) for every sentence. tie_statement keeps only the statements
-- that come without a sentence, and the rows written before this migration.
-- Adding columns without defaults rewrites nothing.
alter table evidence
    add column role       varchar(300),
    add column start_year varchar(20),
    add column end_year   varchar(20),
    add column current    boolean,
    add column amount     numeric(20, 2),
    add column currency   varchar(3),
    add column confidence double precision,
    add column stated_at  timestamptz;

-- Every statement standing, wherever it is kept: one row per (tie, document), as tie_statement was.
create view tie_statement_standing as
    select relationship_id, document_id, role, start_year, end_year, current, amount, currency, confidence, at
      from tie_statement
    union all
    select relationship_id, document_id, role, start_year, end_year, current, amount, currency, confidence, stated_at
      from evidence
     where stated_at is not null;
