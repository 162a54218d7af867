-- A document's APPLIED status (topic documents.status) leaves through the outbox too, after the
-- document's changes; null is profiles.changes. Its key is a document id: up to 2048 characters.
alter table outbox add column topic varchar(100);
alter table outbox alter column record_key type varchar(2048);
