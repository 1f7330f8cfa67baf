package vn.ansinh.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.flowable.engine.ProcessEngine;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ansinh.casework.CaseApproved;
import vn.ansinh.casework.FlowableTimers;
import vn.ansinh.casework.Program;
import vn.ansinh.support.TestHouseholds;

/**
 * Records in a known state for one cell of the role matrix, all in Xã Vũ Phúc (12466, TP Thái Bình 336), made
 * through the real API by the users whose act it is. Payment months 2015–2016 belong to this test alone.
 */
final class MatrixFixtures {

    static final String COMMUNE = "12466";
    static final String DISTRICT = "336";
    static final String OFFICER = "canbo.vuphuc";
    static final String PAYER = "chitra.tpthaibinh";

    /** The records one request acts on; only the fields its fixture sets are meaningful. */
    static final class Subject {
        long household;
        long member;
        String householdJson;
        String headName;
        String cccd;
        long householdVersion;
        long caseId;
        int caseVersion;
        long cycle;
        long line;
        String lineKey;
        long entitlement;
        String month;
        long reportedFigure;
        long draft;
        String householdCode;
        long appeal;
        int campaignYear;
        long campaign;
        long flag;
    }

    private static final AtomicInteger MONTHS = new AtomicInteger();
    private static final AtomicLong CASE_IDS = new AtomicLong(930_000_000L);

    private final MockMvc mvc;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final ProcessEngine engine;

    MatrixFixtures(MockMvc mvc, UserDetailsService users, JdbcTemplate jdbc, TransactionTemplate tx,
                   ApplicationEventPublisher events, ProcessEngine engine) {
        this.mvc = mvc;
        this.users = users;
        this.jdbc = jdbc;
        this.tx = tx;
        this.events = events;
        this.engine = engine;
    }

    String as(String username, MockHttpServletRequestBuilder request) {
        try {
            var response = mvc.perform(request.with(user(users.loadUserByUsername(username))).with(csrf())).andReturn().getResponse();
            assertThat(response.getStatus()).as("fixture " + request.buildRequest(new org.springframework.mock.web.MockServletContext())
                    .getRequestURI() + ": " + response.getContentAsString()).isLessThan(300);
            return response.getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** A new household of two members registered by the commune officer. */
    Subject household() {
        Subject s = new Subject();
        String body = as(OFFICER, json(post("/api/households"), TestHouseholds.json("Ma Trận Vai Trò", COMMUNE,
                "Ma Trận Vai Trò", "Ma Trận Con")));
        s.household = id(body, "$.id");
        s.member = id(body, "$.members[0].id");
        s.headName = JsonPath.read(body, "$.members[0].fullName");
        s.cccd = JsonPath.read(body, "$.members[0].cccd");
        s.householdVersion = id(body, "$.version");
        s.householdJson = body.replaceAll("\"version\":\\d+,", "");
        return s;
    }

    /** A new household of two members, {@code member} its second (not the head): one a member removal may take away. */
    Subject householdChild() {
        Subject s = household();
        s.member = id(s.householdJson, "$.members[1].id");
        return s;
    }

    /** No campaign open (see {@link #settleCampaigns}) and a year free for one: the matrix's from 2041 up. */
    Subject campaignYear() {
        settleCampaigns();
        Subject s = new Subject();
        s.campaignYear = jdbc.queryForObject("select coalesce(max(year), 2040) + 1 from review_campaign where year between 2041 and 2089",
                Integer.class);
        return s;
    }

    /** An open campaign whose opening is done, with an empty list (nothing to leave open at its close). */
    Subject openCampaign() {
        Subject s = campaignYear();
        int y = s.campaignYear;
        s.campaign = jdbc.queryForObject("insert into review_campaign (year, starts_on, ends_on, status, opened_by, chunk_size,"
                + " households, chunks, planned_at) values (?, make_date(?, 9, 1), make_date(?, 12, 14), 'OPEN', 'policy', 500, 0, 0, now())"
                + " returning id", Long.class, y, y, y);
        return s;
    }

    /**
     * Every open campaign closed once its opening is done, and the cases its opening opened withdrawn (their
     * processes ended), so that other rows' households may open their poverty cases again.
     */
    void settleCampaigns() {
        for (long id : jdbc.queryForList("select id from review_campaign where status = 'OPEN'", Long.class)) {
            long until = System.nanoTime() + 120_000_000_000L;
            while (!Boolean.TRUE.equals(jdbc.queryForObject("select planned_at is not null and (select count(done_at) from"
                    + " review_campaign_chunk k where k.campaign_id = c.id) >= chunks from review_campaign c where id = ?",
                    Boolean.class, id))) {
                assertThat(System.nanoTime()).as("campaign " + id + " still opening").isLessThan(until);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            for (java.util.Map<String, Object> c : jdbc.queryForList("select c.id, c.process_instance_id from review_campaign_household h"
                    + " join casework_case c on c.id = h.case_id where h.campaign_id = ? and not h.taken_up"
                    + " and c.status not in ('APPROVED', 'REJECTED', 'CLOSED')", id)) {
                String instance = (String) c.get("process_instance_id");
                if (instance != null && engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
                    engine.getRuntimeService().deleteProcessInstance(instance, "role matrix clean-up");
                }
                jdbc.update("update casework_case set status = 'CLOSED' where id = ?", c.get("id"));
            }
            jdbc.update("update review_campaign set status = 'CLOSED', closed_at = now() where id = ?", id);
        }
    }

    /** A new household of the commune with a pending flag of its poverty status from a bulk re-evaluation. */
    Subject flagged() {
        Subject s = household();
        java.util.UUID job = java.util.UUID.randomUUID();
        jdbc.update("insert into reevaluation_job (id, scope, as_of, started_by, jurisdiction, chunk_size)"
                + " values (?, ?, date '2024-07-01', 'policy', 'province:34', 100)", job, "COMMUNE:" + COMMUNE);
        s.flag = jdbc.queryForObject("insert into reevaluation_flag (job_id, household_id, program, member_id, before_value,"
                + " after_value) values (?, ?, 'poverty', '', 'NONE', 'POOR') returning id", Long.class, job, s.household);
        return s;
    }

    /**
     * The commune's first demo household with survey answers (for stored evaluations and cases) and no open case, as
     * a household may have only one open case per program.
     */
    Subject demoHousehold() {
        Subject s = new Subject();
        s.household = jdbc.queryForObject("select min(h.id) from household h where h.commune_code = ?"
                + " and exists (select 1 from assessment a where a.household_id = h.id)"
                + " and not exists (select 1 from casework_case c where c.household_id = h.id"
                + " and c.status not in ('APPROVED', 'REJECTED', 'CLOSED'))", Long.class, COMMUNE);
        return s;
    }

    /** A poverty-recognition case waiting at {@code step} (a case found not eligible for notEligibleReview). */
    Subject caseAt(String step) {
        clockAt(LocalDateTime.of(2024, 3, 6, 9, 0));
        Subject s = demoHousehold();
        String opened = as(OFFICER, json(post("/api/cases"),
                "{\"householdId\":" + s.household + ",\"program\":\"POVERTY_RECOGNITION\",\"kind\":\"AD_HOC\"}"));
        s.caseId = id(opened, "$.id");
        if (!step.equals("assessment")) {
            boolean eligible = !step.equals("notEligibleReview");
            as(OFFICER, json(post("/api/cases/" + s.caseId + "/assessment"), "{\"assessedOn\":\"2024-03-06\","
                    + "\"monthlyIncomePerCapita\":" + (eligible ? 1_000_000 : 9_000_000)
                    + ",\"deprivations\":" + (eligible ? "[\"E1\",\"E4\",\"E8\"]" : "[]") + "}"));
        }
        if (List.of("publicPosting", "reVerification", "approval").contains(step)) {
            as(OFFICER, json(post("/api/cases/" + s.caseId + "/meeting"), "{\"heldOn\":\"2024-03-06\",\"attendance\":3,\"agreeing\":2}"));
        }
        if (step.equals("reVerification")) {
            as(OFFICER, json(post("/api/cases/" + s.caseId + "/complaint"), "{\"type\":\"WRONG_DATA\"}"));
        }
        String view = as(OFFICER, get("/api/cases/" + s.caseId));
        if (step.equals("approval")) {
            new FlowableTimers(engine).fire(JsonPath.read(view, "$.processInstanceId"), "postingEnded");
            view = as(OFFICER, get("/api/cases/" + s.caseId));
        }
        assertThat((List<String>) JsonPath.read(view, "$.openSteps")).as("case " + s.caseId).contains(step);
        s.caseVersion = (int) id(view, "$.version");
        return s;
    }

    /** A poverty-recognition case the district approved (what an appeal contests). */
    Subject approvedCase() {
        Subject s = caseAt("approval");
        as("duyet.tpthaibinh", json(post("/api/cases/" + s.caseId + "/approval"), "{\"action\":\"APPROVE\"}"));
        return s;
    }

    /** The household's appeal against an approved case, lodged by the commune officer, waiting for the district. */
    Subject appealUnderReview() {
        Subject s = approvedCase();
        s.appeal = id(as(OFFICER, json(post("/api/cases/" + s.caseId + "/appeals"), "{\"grounds\":\"Hộ khiếu nại\"}")), "$.id");
        return s;
    }

    void resetClock() {
        engine.getProcessEngineConfiguration().getClock().reset();
    }

    private void clockAt(LocalDateTime local) {
        engine.getProcessEngineConfiguration().getClock()
                .setCurrentTime(Date.from(local.atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
    }

    /** A month of 2015–2016 no cycle of district 336 has yet. */
    Subject freshMonth() {
        Subject s = new Subject();
        s.month = YearMonth.of(2015, 2).plusMonths(MONTHS.getAndIncrement()).toString();
        return s;
    }

    /** A generated cycle with at least one line (the monthly allowance every matrix cycle pays). */
    Subject generatedCycle() {
        Subject s = freshMonth();
        String body = as(PAYER, json(post("/api/payments/cycles"), "{\"districtCode\":\"" + DISTRICT + "\",\"month\":\"" + s.month + "\"}"));
        s.cycle = id(body, "$.cycle.id");
        return s;
    }

    /** An approved and exported cycle, results open; {@code line} is one of its planned lines. */
    Subject exportedCycle() {
        Subject s = generatedCycle();
        as(PAYER, post("/api/payments/cycles/" + s.cycle + "/approve"));
        as(PAYER, get("/api/payments/cycles/" + s.cycle + "/payer.csv"));
        String lines = as(PAYER, get("/api/payments/cycles/" + s.cycle + "/lines"));
        s.line = id(lines, "$[0].id");
        s.lineKey = JsonPath.read(lines, "$[0].idempotencyKey");
        return s;
    }

    /** An exported cycle whose every line has its result: it may be closed. */
    Subject closableCycle() {
        Subject s = exportedCycle();
        List<String> keys = JsonPath.read(as(PAYER, get("/api/payments/cycles/" + s.cycle + "/lines")), "$[*].idempotencyKey");
        as(PAYER, post("/api/payments/cycles/" + s.cycle + "/confirmation").contentType("text/csv")
                .content(confirmation(keys)));
        return s;
    }

    static String confirmation(List<String> keys) {
        StringBuilder csv = new StringBuilder("idempotency_key,result,note\n");
        keys.forEach(key -> csv.append(key).append(",PAID,\n"));
        return csv.toString();
    }

    /** The allowance every matrix cycle pays, opened once. */
    void monthlyAllowanceForEveryCycle() {
        long household = demoHousehold().household;
        approvedCase(household, null, YearMonth.of(2015, 1));
    }

    /** An active monthly social allowance of a new household's head. */
    Subject entitlement() {
        Subject s = household();
        s.entitlement = approvedCase(s.household, s.member, YearMonth.of(2015, 1));
        return s;
    }

    /** A department's figure entered by the administrator, waiting for another province user to confirm it. */
    Subject reportedFigure() {
        Subject s = new Subject();
        String body = as("admin", json(post("/api/plan/reported"), REPORTED_FIGURE));
        s.reportedFigure = id(body, "$.id");
        return s;
    }

    /** The version in force (a draft starts from it). */
    Subject inForceVersion() {
        Subject s = new Subject();
        s.draft = id(as("policy", get("/api/policy/versions")), "$[0].id");
        return s;
    }

    /** A draft of {@code author} from the version in force, as it was. */
    Subject policyDraft(String author) {
        Subject s = new Subject();
        long base = inForceVersion().draft;
        s.draft = id(as(author, json(post("/api/policy/drafts"),
                "{\"basedOn\":" + base + ",\"label\":\"M-" + Long.toString(System.nanoTime(), 36) + "\"}")), "$.id");
        return s;
    }

    /** A draft of {@code policy} and the register code of a household with survey answers, to make a scenario of. */
    Subject policyDraftAndHousehold() {
        Subject s = policyDraft("policy");
        s.householdCode = jdbc.queryForObject("select min(h.code) from household h"
                + " where exists (select 1 from assessment a where a.household_id = h.id)", String.class);
        return s;
    }

    /** A draft that {@code policy2} wrote and submitted: {@code policy} may approve or send it back. */
    Subject submittedDraft() {
        Subject s = policyDraft("policy2");
        as("policy2", post("/api/policy/drafts/" + s.draft + "/submit"));
        return s;
    }

    /** A draft of {@code policy2} approved by {@code policy}, ready to publish. */
    Subject approvedDraft() {
        Subject s = submittedDraft();
        as("policy", post("/api/policy/drafts/" + s.draft + "/approve"));
        return s;
    }

    static final String REPORTED_FIGURE =
            "{\"targetId\":\"NEW_JOBS_2015\",\"year\":\"2015\",\"value\":32500,\"source\":\"Báo cáo Sở LĐTBXH\"}";

    /** A new household whose head's death the commune officer has recorded. */
    Subject deceased() {
        Subject s = household();
        as(OFFICER, json(post("/api/payments/deaths"),
                "{\"householdId\":" + s.household + ",\"memberId\":" + s.member + ",\"diedOn\":\"2016-10-05\"}"));
        return s;
    }

    private long approvedCase(long household, Long member, YearMonth start) {
        long caseId = CASE_IDS.incrementAndGet();
        tx.executeWithoutResult(status -> events.publishEvent(new CaseApproved(caseId, household, member,
                Program.SOCIAL_ALLOWANCE, "SA5a", new BigDecimal("1.0"), 270_000, 0, start.atDay(1), start, COMMUNE,
                "duyet.tpthaibinh")));
        return jdbc.queryForObject("select id from entitlement where source_case_id = ?", Long.class, caseId);
    }

    private static long id(String json, String path) {
        return ((Number) JsonPath.read(json, path)).longValue();
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
