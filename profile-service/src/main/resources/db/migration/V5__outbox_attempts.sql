-- A change the broker keeps refusing is set aside after a few tries instead of stalling the outbox.
alter table outbox add column attempts integer not null default 0;
