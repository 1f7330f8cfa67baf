-- The case list at 1.000.000 cases (issue 12): V20's table with V118's indexes, a million cases spread over 260
-- communes of 8 districts, then EXPLAIN ANALYZE of the queries CaseList sends (first page, a deep page by cursor,
-- each filter). Run on an empty scratch database:  psql -f src/main/resources/db/migration/V20__casework_cases.sql
--   -f src/main/resources/db/migration/V118__casework_case_list.sql -f src/test/resources/bench/case-list-1m.sql
\timing on
insert into casework_case(household_id, member_id, program, kind, commune_code, district_code, status, opened_by,
                          opened_at, approval_due_on, overdue)
select 1 + g % 400000, g,
       (array['POVERTY_RECOGNITION','SOCIAL_ALLOWANCE','CARE_SUPPORT','SOCIAL_PENSION','MERIT_HOUSING','POOR_HOUSING',
              'FUNERAL_SUPPORT'])[1 + g % 7],
       'AD_HOC', (10000 + g % 260)::text, (300 + (g % 260) / 33)::text,
       case when g % 100 < 70 then 'APPROVED' when g % 100 < 80 then 'REJECTED' when g % 100 < 84 then 'CLOSED'
            when g % 100 < 88 then 'ASSESSMENT' when g % 100 < 91 then 'VILLAGE_MEETING' when g % 100 < 94 then 'POSTING'
            when g % 100 < 95 then 'RE_VERIFICATION' when g % 100 < 99 then 'APPROVAL' else 'NOT_ELIGIBLE' end,
       'bench', timestamp with time zone '2026-12-01 08:00+07' - g * interval '37 seconds',
       case when g % 100 between 95 and 98 then date '2026-12-15' end, g % 100 = 97 and g % 3 = 0
from generate_series(1, 1000000) g;
analyze casework_case;
select count(*) as cases, count(*) filter (where overdue) as overdue from casework_case;

\echo '--- province, first page'
explain (analyze, buffers, costs off) select id, household_id, program, status, opened_at, approval_due_on, posting_ends_on, overdue, decided_on
  from casework_case where true order by opened_at desc, id desc limit 51;
\echo '--- province, a page after 900.000 cases (cursor)'
select opened_at, id from casework_case order by opened_at desc, id desc offset 900000 limit 1 \gset
explain (analyze, buffers, costs off) select id, household_id, program, status, opened_at, approval_due_on, posting_ends_on, overdue, decided_on
  from casework_case where true and (opened_at, id) < (:'opened_at', :id) order by opened_at desc, id desc limit 51;
\echo '--- district, status APPROVAL'
explain (analyze, buffers, costs off) select id, household_id, program, status, opened_at, approval_due_on, posting_ends_on, overdue, decided_on
  from casework_case where district_code = '303' and status = 'APPROVAL' order by opened_at desc, id desc limit 51;
\echo '--- district, step reVerification (a rare status), deep cursor'
explain (analyze, buffers, costs off) select id, household_id, program, status, opened_at, approval_due_on, posting_ends_on, overdue, decided_on
  from casework_case where district_code = '303' and status = 'RE_VERIFICATION' and (opened_at, id) < (:'opened_at', :id) order by opened_at desc, id desc limit 51;
\echo '--- commune, program'
explain (analyze, buffers, costs off) select id, household_id, program, status, opened_at, approval_due_on, posting_ends_on, overdue, decided_on
  from casework_case where commune_code = '10042' and program = 'SOCIAL_PENSION' order by opened_at desc, id desc limit 51;
\echo '--- province, overdue'
explain (analyze, buffers, costs off) select id, household_id, program, status, opened_at, approval_due_on, posting_ends_on, overdue, decided_on
  from casework_case where true and overdue order by opened_at desc, id desc limit 51;
\echo '--- province, status VILLAGE_MEETING and program FUNERAL_SUPPORT'
explain (analyze, buffers, costs off) select id, household_id, program, status, opened_at, approval_due_on, posting_ends_on, overdue, decided_on
  from casework_case where true and status = 'VILLAGE_MEETING' and program = 'FUNERAL_SUPPORT' order by opened_at desc, id desc limit 51;
select array_agg(household_id)::text as village_households from (select distinct household_id from casework_case
  where commune_code = '10042' limit 300) v \gset
\echo '--- commune, village (300 households)'
explain (analyze, buffers, costs off) select id, household_id, program, status, opened_at, approval_due_on, posting_ends_on, overdue, decided_on
  from casework_case where commune_code = '10042' and household_id = any(:'village_households'::bigint[])
  order by opened_at desc, id desc limit 51;
