package vn.ansinh.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.job.api.Job;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ansinh.assessment.AssessmentView;
import vn.ansinh.assessment.HousingCondition;
import vn.ansinh.casework.ApprovalLevel;
import vn.ansinh.casework.CaseActor;
import vn.ansinh.casework.CaseKind;
import vn.ansinh.casework.CaseSnapshot;
import vn.ansinh.casework.CaseWorkflow;
import vn.ansinh.casework.OpenCase;
import vn.ansinh.casework.Program;
import vn.ansinh.casework.VillageMeeting;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.household.HouseholdManagement;
import vn.ansinh.household.HouseholdView;

/**
 * ≈ 1.000.000 cases with their Flowable rows, for {@link CaseInboxBenchmark}. A few dozen real cases per step are
 * driven through the real door {@link CaseWorkflow} in one commune (assessment; village meeting; public posting; the
 * posting timer fired → approval), then multiplied in SQL: 30 % of the cases open, spread over every household of
 * the register (so over the 260 communes) and over the four steps, each copy with fresh ids in every Flowable table
 * the runtime reads (ACT_RU_EXECUTION, ACT_RU_TASK, ACT_RU_IDENTITYLINK, ACT_RU_VARIABLE, ACT_RU_ACTINST) and the
 * history of its process and tasks (ACT_HI_PROCINST, ACT_HI_TASKINST); its variables and candidate groups name the
 * copy's case, commune, program and approver; 8 % of the approvals are overdue (priority 100), one in seven waits for
 * the province. The other 70 % are decided cases (approved, rejected, closed) over three years, without a process.
 * Timer jobs are not copied (the job executor would fire them).
 */
final class CaseRows {

    static final int PER_STEP = Integer.getInteger("templates", 25);
    static final double OPEN = 0.30;
    private static final String[] STEPS = {"ASSESSMENT", "VILLAGE_MEETING", "POSTING", "APPROVAL"};
    private static final String[] FLOWABLE = {"act_ru_execution", "act_ru_task", "act_ru_identitylink", "act_ru_variable",
            "act_ru_actinst", "act_hi_procinst", "act_hi_taskinst"};

    private final ConfigurableApplicationContext app;
    private final JdbcTemplate jdbc;

    CaseRows(ConfigurableApplicationContext app, JdbcTemplate jdbc) {
        this.app = app;
        this.jdbc = jdbc;
    }

    void build(int cases) throws Exception {
        // -Dwait=true: another run builds the data in this database (side by side with a baseline); wait for it
        while (Boolean.getBoolean("wait") && (jdbc.queryForObject("select count(*) from casework_case", Long.class) < cases * 0.9
                || jdbc.queryForObject("select to_regclass('bench_hh') is not null", Boolean.class))) {
            Thread.sleep(10_000);
        }
        long have = jdbc.queryForObject("select count(*) from casework_case", Long.class);
        if (have >= cases * 0.9) {
            System.out.printf("cases: %,d already there%n", have);
            return;
        }
        long t0 = System.nanoTime();
        if (!Boolean.TRUE.equals(jdbc.queryForObject("select to_regclass('bench_tpl') is not null", Boolean.class))
                || jdbc.queryForObject("select count(*) from bench_tpl", Long.class) == 0) {
            templates();
        }
        long t1 = System.nanoTime();
        System.out.printf("templates: %d cases through CaseWorkflow in %.1f s%n",
                jdbc.queryForObject("select count(*) from bench_tpl", Long.class), (t1 - t0) / 1e9);
        multiply(cases);
        System.out.printf("multiplied in %.1f s; load average %s%n", (System.nanoTime() - t1) / 1e9,
                CaseInboxBenchmark.loadAverage());
        long t2 = System.nanoTime();
        for (String table : List.of("casework_case", "act_ru_execution", "act_ru_task", "act_ru_identitylink",
                "act_ru_variable", "act_ru_actinst", "act_hi_procinst", "act_hi_taskinst", "household")) {
            jdbc.execute("vacuum analyze " + table);
        }
        System.out.printf("vacuum analyze in %.1f s%n", (System.nanoTime() - t2) / 1e9);
    }

    /** PER_STEP real cases at each of the four steps, in the commune with the most households. */
    private void templates() throws Exception {
        Map<String, Object> commune = jdbc.queryForMap("select commune_code, district_code from household"
                + " group by commune_code, district_code order by count(*) desc limit 1");
        String code = (String) commune.get("commune_code");
        String district = (String) commune.get("district_code");
        CaseActor officer = new CaseActor("bench.xa", ApprovalLevel.COMMUNE, code);
        CaseWorkflow workflow = app.getBean(CaseWorkflow.class);
        HouseholdManagement register = app.getBean(HouseholdManagement.class);
        List<Long> households = jdbc.queryForList("select id from household where commune_code = ? order by id limit ?",
                Long.class, code, 8 * PER_STEP);
        jdbc.execute("drop table if exists bench_tpl");
        jdbc.execute("create unlogged table bench_tpl (step_no int, k int, case_id bigint, pi varchar(64))");
        List<Long> opened = new ArrayList<>();
        for (long h : households) {
            opened.add(workflow.open(new OpenCase(h, null, Program.POVERTY_RECOGNITION, CaseKind.AD_HOC, code, district),
                    officer));
        }
        // step 0 keeps its first PER_STEP cases at the assessment; the rest move on
        List<Long> assessed = new ArrayList<>();
        for (int i = PER_STEP; i < opened.size(); i++) {
            HouseholdView view = register.findWithin(households.get(i), Jurisdiction.province()).orElseThrow();
            AssessmentView a = new AssessmentView(null, households.get(i), CaseInboxBenchmark.today(), 1_000_000,
                    List.of("E1", "E4", "E8"), HousingCondition.SOUND, false, null, null, false, null, false,
                    officer.username(), java.time.Instant.now());
            if (workflow.submitAssessment(opened.get(i), null, officer, new CaseSnapshot(view, a), null)) {
                assessed.add(opened.get(i));
            }
        }
        List<Long> met = new ArrayList<>();
        for (int i = PER_STEP; i < assessed.size(); i++) {
            if (workflow.recordMeeting(assessed.get(i), null, officer, new VillageMeeting(CaseInboxBenchmark.today(), 3, 2), null)) {
                met.add(assessed.get(i));
            }
        }
        List<Long> approval = met.subList(Math.min(PER_STEP, met.size()), met.size());
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        ManagementService management = engine.getManagementService();
        for (long id : approval) {
            String pi = jdbc.queryForObject("select process_instance_id from casework_case where id = ?", String.class, id);
            for (Job timer : management.createTimerJobQuery().processInstanceId(pi).elementId("postingEnded").list()) {
                management.moveTimerToExecutableJob(timer.getId());
            }
        }
        long deadline = System.currentTimeMillis() + 120_000;
        while (!approval.isEmpty() && System.currentTimeMillis() < deadline && jdbc.queryForObject(
                "select count(*) from casework_case where id = any(?) and status = 'APPROVAL'", Long.class,
                (Object) approval.toArray(Long[]::new)) < approval.size()) {
            Thread.sleep(100);
        }
        jdbc.update("""
                insert into bench_tpl (step_no, k, case_id, pi)
                select array_position(?::text[], status) - 1, row_number() over (partition by status order by id) - 1,
                       id, process_instance_id
                from casework_case where commune_code = ? and status = any(?::text[])""",
                (Object) STEPS, code, (Object) STEPS);
        jdbc.queryForList("select step_no, count(*) n from bench_tpl group by step_no order by 1")
                .forEach(r -> System.out.println("  template step " + STEPS[((Number) r.get("step_no")).intValue()] + ": " + r.get("n")));
        String pi = jdbc.queryForObject("select pi from bench_tpl where step_no = 3 limit 1", String.class);
        System.out.println("  variables of an approval template: " + jdbc.queryForList(
                "select name_ || '=' || coalesce(text_, long_::text, double_::text, '') || coalesce(' [bytes ' || bytearray_id_ || ']', '')"
                        + " from act_ru_variable where proc_inst_id_ = ? order by name_", String.class, pi));
    }

    private void multiply(int total) {
        int open = (int) Math.round(total * OPEN);
        int closed = total - open;
        long[] perStep = new long[STEPS.length];
        for (int s = 0; s < STEPS.length; s++) {
            perStep[s] = jdbc.queryForObject("select count(*) from bench_tpl where step_no = ?", Long.class, s);
        }
        long base = jdbc.queryForObject("select coalesce(max(id), 0) from casework_case", Long.class) + 1000;
        jdbc.execute("drop table if exists bench_hh");
        jdbc.execute("""
                create unlogged table bench_hh as
                select row_number() over (order by h.id) rn, h.id, h.commune_code, h.district_code,
                       (select min(m.id) from household_member m where m.household_id = h.id) member_id
                from household h where not exists (select 1 from casework_case c where c.household_id = h.id)""");
        long hh = jdbc.queryForObject("select count(*) from bench_hh", Long.class);
        jdbc.execute("create unique index on bench_hh (rn)");
        if (open > 3 * hh) {
            throw new IllegalStateException(open + " open cases need " + (open + 2) / 3 + " households, have " + hh);
        }
        // which step a copy is at: 30 % assessment, 20 % meeting, 20 % posting, 30 % approval
        String step = "(case when (n * 37) % 100 < 30 then 0 when (n * 37) % 100 < 50 then 1 when (n * 37) % 100 < 70 then 2 else 3 end)";
        jdbc.execute("drop table if exists bench_copy");
        jdbc.execute(("""
                create unlogged table bench_copy as
                select %d + n as case_id, h.id household_id, h.commune_code, h.district_code,
                       (array['POVERTY_RECOGNITION', 'POOR_HOUSING', 'MERIT_HOUSING'])[((n - 1) / %d) + 1] program,
                       s.step, t.case_id tpl_case, t.pi tpl_pi,
                       now() - ((n * 7919) %% (120 * 24 * 60)) * interval '1 minute' opened_at,
                       (s.step = 3 and n %% 100 < 8) overdue,
                       case when s.step <> 3 then null when n %% 7 = 0 then 'PROVINCE' else 'DISTRICT' end approval_level
                from generate_series(1::bigint, %d) n
                cross join lateral (select %s step) s
                join bench_hh h on h.rn = ((n - 1) %% %d) + 1
                join bench_tpl t on t.step_no = s.step and t.k = n %% (array[%d, %d, %d, %d])[s.step + 1]""")
                .formatted(base, hh, open, step, hh, perStep[0], perStep[1], perStep[2], perStep[3]));
        jdbc.execute("alter table bench_copy add column approver_group varchar(40)");
        jdbc.update("update bench_copy set approver_group = case approval_level when 'PROVINCE' then 'approver:province:34'"
                + " else 'approver:district:' || district_code end where approval_level is not null");
        jdbc.execute("create index on bench_copy (tpl_pi)");
        jdbc.execute("analyze bench_copy");
        long t0 = System.nanoTime();
        int n = jdbc.update("""
                insert into casework_case (id, version, household_id, member_id, program, kind, commune_code, district_code,
                    status, process_instance_id, opened_by, opened_at, assessed_by, assessed_at, decision_eligible,
                    decision_outcome, decision_rule_set, decision_reasons, decision_category, decision_coefficient,
                    decision_monthly, decision_grant, decision_poverty, decision_as_of, meeting_held_on, meeting_attendance,
                    meeting_agreeing, posting_ends_on, approval_level, approver_group, approval_due_on, overdue,
                    eligibility_decision_id)
                select m.case_id, t.version, m.household_id, null, m.program, 'AD_HOC', m.commune_code, m.district_code,
                    t.status, 'c' || m.case_id || '.' || t.process_instance_id, 'xa.' || m.commune_code, m.opened_at,
                    t.assessed_by, t.assessed_at, t.decision_eligible, t.decision_outcome, t.decision_rule_set,
                    t.decision_reasons, t.decision_category, t.decision_coefficient, t.decision_monthly, t.decision_grant,
                    t.decision_poverty, t.decision_as_of, t.meeting_held_on, t.meeting_attendance, t.meeting_agreeing,
                    t.posting_ends_on, m.approval_level, m.approver_group,
                    case when m.overdue then current_date - 3 else t.approval_due_on end, m.overdue, t.eligibility_decision_id
                from bench_copy m join casework_case t on t.id = m.tpl_case""");
        System.out.printf("  %,d open cases in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
        jdbc.execute("create unlogged table if not exists bench_ids (id varchar(64) primary key)");
        jdbc.execute("truncate bench_ids");
        for (String table : FLOWABLE) {
            jdbc.update("insert into bench_ids select distinct t.id_ from " + table + " t join bench_tpl b on b.pi = "
                    + piOf(table) + " on conflict do nothing");
        }
        for (String table : FLOWABLE) {
            long t1 = System.nanoTime();
            int rows = jdbc.update(copySql(table));
            System.out.printf("  %s: %,d rows in %.1f s%n", table, rows, (System.nanoTime() - t1) / 1e9);
        }
        t0 = System.nanoTime();
        long closedBase = base + open + 1000;
        n = jdbc.update(("""
                insert into casework_case (id, version, household_id, member_id, program, kind, commune_code, district_code,
                    status, opened_by, opened_at, assessed_by, assessed_at, decision_eligible, decided_on, decided_by, overdue)
                select %d + n, 5, h.id, case when p.per_member then h.member_id end, p.program,
                    case when n %% 5 = 0 then 'ANNUAL_REVIEW' else 'AD_HOC' end, h.commune_code, h.district_code,
                    st.status, 'xa.' || h.commune_code, o.ts, 'xa.' || h.commune_code, o.ts + interval '5 days',
                    st.status = 'APPROVED', (o.ts + interval '30 days')::date, 'huyen.' || h.district_code, false
                from generate_series(1::bigint, %d) n
                join bench_hh h on h.rn = ((n * 7) %% %d) + 1
                cross join lateral (select (array['POVERTY_RECOGNITION', 'SOCIAL_ALLOWANCE', 'CARE_SUPPORT', 'SOCIAL_PENSION',
                        'MERIT_HOUSING', 'POOR_HOUSING', 'FUNERAL_SUPPORT'])[n %% 7 + 1] program, n %% 7 in (1, 2, 3, 6) per_member) p
                cross join lateral (select case when n %% 10 < 7 then 'APPROVED' when n %% 10 < 9 then 'REJECTED'
                        else 'CLOSED' end status) st
                cross join lateral (select now() - interval '120 days' - ((n * 104729) %% (3 * 365 * 24 * 60)) * interval '1 minute' ts) o""")
                .formatted(closedBase, closed, hh));
        System.out.printf("  %,d decided cases in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
        jdbc.execute("select setval('casework_case_id_seq', (select max(id) from casework_case))");
        jdbc.execute("drop table bench_copy");
        jdbc.execute("drop table bench_ids");
        jdbc.execute("drop table bench_hh");
    }

    /** The process instance a row of the table belongs to (a task's candidate link names its task only). */
    private static String piOf(String table) {
        return table.equals("act_ru_identitylink")
                ? "coalesce(t.proc_inst_id_, (select k.proc_inst_id_ from act_ru_task k where k.id_ = t.task_id_))"
                : "t.proc_inst_id_";
    }

    /**
     * insert … select of one table's template rows for every copy: a column that holds ids of the templates' rows gets
     * the copy's prefix; the values that name the case, its area, program and approver are the copy's.
     */
    private String copySql(String table) {
        List<String> columns = jdbc.queryForList("select column_name from information_schema.columns where table_name = ?"
                + " and table_schema = current_schema() order by ordinal_position", String.class, table);
        List<String> exprs = new ArrayList<>();
        for (String c : columns) {
            String override = override(table, c);
            if (override != null) {
                exprs.add(override);
            } else if (holdsIds(table, c)) {
                exprs.add("case when t." + c + " is null then null else 'c' || m.case_id || '.' || t." + c + " end");
            } else {
                exprs.add("t." + c);
            }
        }
        return "insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", exprs)
                + " from " + table + " t join bench_copy m on m.tpl_pi = " + piOf(table);
    }

    private boolean holdsIds(String table, String column) {
        String type = jdbc.queryForObject("select data_type from information_schema.columns where table_name = ?"
                + " and column_name = ? and table_schema = current_schema()", String.class, table, column);
        if (!type.contains("char")) {
            return false;
        }
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from " + table + " t join bench_tpl b on b.pi = "
                + piOf(table) + " join bench_ids i on i.id = t." + column + ")", Boolean.class));
    }

    private static String override(String table, String column) {
        return switch (table + "." + column) {
            case "act_ru_execution.business_key_", "act_hi_procinst.business_key_" ->
                    "case when t." + column + " is null then null else m.case_id::text end";
            case "act_ru_execution.start_time_", "act_hi_procinst.start_time_" -> "m.opened_at";
            case "act_ru_task.create_time_", "act_hi_taskinst.start_time_", "act_hi_taskinst.create_time_" ->
                    "m.opened_at + m.step * interval '1 day'";
            case "act_ru_task.priority_", "act_hi_taskinst.priority_" ->
                    "case when m.overdue then 100 else t." + column + " end";
            case "act_ru_variable.text_" -> """
                    case t.name_ when 'program' then m.program when 'communeCode' then m.commune_code
                        when 'communeGroup' then 'officer:commune:' || m.commune_code
                        when 'approverGroup' then m.approver_group when 'caseId' then m.case_id::text
                        when 'approvalLevel' then coalesce(m.approval_level, t.text_) else t.text_ end""";
            case "act_ru_variable.long_" -> "case when t.name_ = 'caseId' then m.case_id else t.long_ end";
            case "act_ru_identitylink.group_id_" -> """
                    case when t.group_id_ like 'officer:commune:%' then 'officer:commune:' || m.commune_code
                        when t.group_id_ like 'approver:%' then m.approver_group else t.group_id_ end""";
            default -> null;
        };
    }
}
