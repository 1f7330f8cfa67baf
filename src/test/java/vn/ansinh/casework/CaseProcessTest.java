package vn.ansinh.casework;

import vn.ansinh.casework.inbox.CaseInbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.assessment.AssessmentView;
import vn.ansinh.assessment.HousingCondition;
import vn.ansinh.geography.AreaType;
import vn.ansinh.household.HouseholdManagement;
import vn.ansinh.household.HouseholdView;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.household.PovertyStatus;
import vn.ansinh.support.IntegrationTest;

/** Drives the real case process on PostgreSQL, moving Flowable's clock instead of sleeping. */
abstract class CaseProcessTest extends IntegrationTest {

    static final String COMMUNE = "12466";
    static final String DISTRICT = "336";
    static final CaseActor OFFICER = new CaseActor("xa.test", ApprovalLevel.COMMUNE, COMMUNE);
    static final CaseActor OTHER_OFFICER = new CaseActor("xa.khac", ApprovalLevel.COMMUNE, "12999");
    static final CaseActor APPROVER = new CaseActor("huyen.test", ApprovalLevel.DISTRICT, DISTRICT);
    static final CaseActor APPROVER_2 = new CaseActor("huyen.test2", ApprovalLevel.DISTRICT, DISTRICT);
    static final CaseActor OTHER_DISTRICT = new CaseActor("huyen.khac", ApprovalLevel.DISTRICT, "337");
    static final CaseActor PROVINCE = new CaseActor("tinh.test", ApprovalLevel.PROVINCE, "34");

    @Autowired protected CaseWorkflow workflow;
    @Autowired protected CaseQueries queries;
    @Autowired protected CaseInbox inbox;
    @Autowired protected Cases cases;
    @Autowired protected ProcessEngine engine;
    @Autowired protected ManagementService management;
    @Autowired protected CaseApprovedRecorder approvals;

    /** Before the 2025 reform, so the district approves unless a test moves the clock. */
    @BeforeEach
    void clockBeforeTheReform() {
        clockAt(LocalDateTime.of(2024, 3, 6, 9, 0));
    }

    @AfterEach
    void resetClock() {
        engine.getProcessEngineConfiguration().getClock().reset();
    }

    void clockAt(LocalDateTime localTime) {
        engine.getProcessEngineConfiguration().getClock()
                .setCurrentTime(Date.from(localTime.atZone(CaseClock.ZONE).toInstant()));
    }

    @Autowired protected JdbcTemplate jdbc;
    @Autowired protected JsonMapper json;
    @Autowired protected HouseholdManagement register;

    /** A household of the demo register in the test commune with no open case (one open case per program and member). */
    long household() {
        return jdbc.queryForObject("""
                select min(h.id) from household h where h.commune_code = ? and not exists (select 1 from casework_case c
                 where c.household_id = h.id and c.status not in ('APPROVED', 'REJECTED', 'CLOSED'))""", Long.class, COMMUNE);
    }

    long open(Program program) {
        return workflow.open(new OpenCase(household(), null, program, CaseKind.AD_HOC, COMMUNE, DISTRICT), OFFICER);
    }

    boolean assess(long id, long income, List<String> deprivations) {
        return assess(id, OFFICER, income, deprivations);
    }

    boolean assess(long id, CaseActor officer, long income, List<String> deprivations) {
        long householdId = jdbc.queryForObject("select household_id from casework_case where id = ?", Long.class, id);
        HouseholdView registered = register.findWithin(householdId, Jurisdiction.province()).orElseThrow();
        HouseholdView household = new HouseholdView(registered.id(), registered.code(), registered.headName(),
                registered.address(), COMMUNE, DISTRICT, registered.village(), AreaType.RURAL, true,
                PovertyStatus.NONE, null, registered.version(), registered.members(), false);
        AssessmentView survey = new AssessmentView(null, householdId, LocalDate.of(2024, 3, 6), income, deprivations,
                HousingCondition.SOUND, false, null, null, false, null, false, officer.username(), Instant.EPOCH);
        return workflow.submitAssessment(id, null, officer, new CaseSnapshot(household, survey), null);
    }

    /** Opens a poverty case and walks it to the posting step. */
    long postedCase() {
        long id = open(Program.POVERTY_RECOGNITION);
        assertThat(assess(id, 1_000_000, List.of("E1", "E4", "E8"))).isTrue();
        assertThat(workflow.recordMeeting(id, null, OFFICER,
                new VillageMeeting(LocalDate.of(2024, 3, 6), 3, 2), null)).isTrue();
        return id;
    }

    /** A case waiting for the district's approval. */
    long caseAtApproval() {
        long id = postedCase();
        fireTimer(id, "postingEnded");
        return id;
    }

    Case reload(long id) {
        return cases.findById(id).orElseThrow();
    }

    List<String> openSteps(long id) {
        return queries.find(id, PROVINCE).orElseThrow().openSteps();
    }

    /** Moves the clock past the timer's due date and lets the engine fire it. */
    void fireTimer(long caseId, String boundaryEvent) {
        new FlowableTimers(engine).fire(reload(caseId).processInstanceId(), boundaryEvent);
    }

    private static final java.util.concurrent.atomic.AtomicInteger ELDERS = new java.util.concurrent.atomic.AtomicInteger();
    private static final ThreadLocal<String> ELDER = new ThreadLocal<>();

    /** "Trần Văn Cụ" and a given name of its own, so each household is new (the register refuses a second head of a village). */
    private static String elder() {
        return ELDER.get();
    }

    private static String nextElder() {
        String[] names = {"An", "Bình", "Cường", "Dũng", "Đạt", "Giang", "Hải", "Khánh", "Lâm", "Minh"};
        int n = ELDERS.getAndIncrement();
        String name = "Trần Văn Cụ " + names[n % 10] + (n >= 10 ? " " + names[(n / 10) % 10] : "")
                + (n >= 100 ? " " + names[(n / 100) % 10] : "") + " " + names[(int) ((System.nanoTime() / 1000) % 10)];
        ELDER.set(name);
        return name;
    }

    /** An elderly member's monthly allowance walked to the district's approval. */
    long approvedAllowanceCase() throws Exception {
        long id = allowanceCaseAtApproval();
        workflow.approve(id, null, APPROVER, null);
        assertThat(reload(id).status()).isEqualTo(CaseStatus.APPROVED);
        return id;
    }

    /** An elderly member's (born 1938) monthly allowance, the engine found eligible, waiting for the district. */
    long allowanceCaseAtApproval() throws Exception {
        nextElder();
        String body = """
                {"headName":"%s","address":"Số 9","communeCode":"%s","village":"Thôn Đông","agricultural":true,
                 "members":[{"fullName":"%s","sex":"MALE","birthDate":"1938-03-01","relation":"HEAD","cccd":"%s"}]}"""
                .formatted(elder(), COMMUNE, elder(), vn.ansinh.support.TestHouseholds.uniqueCccd());
        String created = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/households")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic("canbo.vuphuc", "canbo.vuphuc"))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(body))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated()).andReturn().getResponse().getContentAsString();
        tools.jackson.databind.JsonNode household = json.readTree(created);
        long householdId = household.get("id").asLong();
        long memberId = household.get("members").get(0).get("id").asLong();
        long id = workflow.open(new OpenCase(householdId, memberId, Program.SOCIAL_ALLOWANCE, CaseKind.AD_HOC,
                COMMUNE, DISTRICT), OFFICER);
        HouseholdView view = register.findWithin(householdId, Jurisdiction.province()).orElseThrow();
        AssessmentView survey = new AssessmentView(null, householdId, LocalDate.of(2024, 3, 6), 3_000_000, List.of(),
                HousingCondition.SOUND, false, null, null, false, null, false, OFFICER.username(), Instant.EPOCH);
        assertThat(workflow.submitAssessment(id, null, OFFICER, new CaseSnapshot(view, survey), null)).isTrue();
        workflow.recordMeeting(id, null, OFFICER, new VillageMeeting(LocalDate.of(2024, 3, 6), 3, 2), null);
        fireTimer(id, "postingEnded");
        return id;
    }
}
