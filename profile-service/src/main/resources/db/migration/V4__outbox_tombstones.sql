-- A deleted entity or tie is followed on the compacted topic by a tombstone: a record with no value.
alter table outbox alter column payload drop not null;
