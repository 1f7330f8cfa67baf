-- Pages at 1.000.000 cases (issue 12, README "Benchmarks on the full data").
-- The flags page walks the pending flags by household then flag, a page at a time after a cursor; the wider index
-- answers what reevaluation_flag_pending (household_id) did.
create index reevaluation_flag_pending_page on reevaluation_flag (household_id, id)
    where review_case_id is null and dismissed_at is null;
drop index reevaluation_flag_pending;
