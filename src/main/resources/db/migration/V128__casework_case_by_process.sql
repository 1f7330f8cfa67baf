-- The inbox finds the cases of its page of tasks by their process instance (CaseInbox: Cases.findByProcessInstanceIdIn),
-- as do the workflow's steps for one case: without an index every inbox read the 1.000.000 cases (a parallel scan,
-- 123 ms of the province approver's inbox; issue 12, CaseInboxBenchmark).
create index if not exists casework_case_process_instance on casework_case (process_instance_id);
