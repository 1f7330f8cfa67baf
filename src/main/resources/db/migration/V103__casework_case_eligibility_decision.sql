-- One decision record (issue 9): a case keeps the id of the eligibility decision it was decided on (inputs, result,
-- rule-set version in eligibility_decision) and its program's part (the decision_* columns), no copy of the household.
-- Cases decided before this keep their assessment_snapshot, read-only: their page still shows what they were decided on.
alter table casework_case add column eligibility_decision_id bigint references eligibility_decision(id);
create index casework_case_eligibility_decision on casework_case(eligibility_decision_id);
comment on column casework_case.assessment_snapshot is 'legacy (before V103): no longer written; new cases keep eligibility_decision_id';
