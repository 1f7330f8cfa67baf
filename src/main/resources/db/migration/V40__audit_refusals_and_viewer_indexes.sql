-- Refusals are marked on the event (AuditEvent.refusal), not guessed from the action name; the viewer filters on it.
-- A constant default is metadata only in PostgreSQL 11+: no row is rewritten, so the append-only trigger is not hit.
alter table audit_entry add column refusal boolean not null default false;

-- The audit viewer pages newest first by id (keyset: "id < last seen"), filtered by user, action, record or refusals.
create index audit_entry_user_id on audit_entry(username, id);
create index audit_entry_action_id on audit_entry(action, id);
create index audit_entry_refusal_id on audit_entry(id) where refusal;
create index audit_entry_subject_id_id on audit_entry(subject_id, id);
