-- A re-evaluation started because a rule-set version came into force names that version: its chunks run only on a
-- node that already runs it (a node still building it waits), so no household is re-evaluated under the old rules.
alter table reevaluation_job add column rules_label varchar(200);
