package vn.ansinh.payment.entitlement;

import vn.ansinh.payment.cycle.CycleService;
import vn.ansinh.payment.cycle.LineKind;
import vn.ansinh.payment.cycle.Lines;
import vn.ansinh.payment.cycle.PaymentLine;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ansinh.casework.CaseApproved;
import vn.ansinh.casework.Program;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SignedIn;
import vn.ansinh.support.TestHouseholds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An approved case opens an entitlement; a death mid-month stops it from the next month and opens a funeral-support case. */
class DeathAndEntitlementTests extends IntegrationTest {

    @Autowired
    UserDetailsService users;

    static final String OFFICER = "chitra.tpthaibinh";
    static final String COMMUNE_OFFICER = "canbo.lehongphong";

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Entitlements entitlements;
    @Autowired
    Lines lines;
    @Autowired
    CycleService cycles;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private long funeralCases(long memberId) {
        return jdbc.queryForObject("select count(*) from casework_case where member_id = ? and program = 'FUNERAL_SUPPORT'",
                Long.class, memberId);
    }

    @Test
    void deathMidMonthStopsMonthlyLinesFromNextMonthAndItsApprovedFuneralCaseOpensTheOneGrant() throws Exception {
        String household = mvc.perform(post("/api/households").with(httpBasic(COMMUNE_OFFICER, COMMUNE_OFFICER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TestHouseholds.json("Phan Văn Thọ", "12433", "Phan Văn Thọ", "Phan Thị Lụa")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long householdId = ((Number) JsonPath.read(household, "$.id")).longValue();
        long memberId = ((Number) JsonPath.read(household, "$.members[0].id")).longValue();
        String cccd = JsonPath.read(household, "$.members[0].cccd");
        long caseId = 700_000_000L + householdId;
        CaseApproved approved = new CaseApproved(caseId, householdId, memberId, Program.SOCIAL_ALLOWANCE, "SA5a+",
                new BigDecimal("2.0"), 1_000_000, 0, LocalDate.of(2024, 5, 10), YearMonth.of(2024, 5), "12433", "duyet.tpthaibinh");
        tx.executeWithoutResult(s -> events.publishEvent(approved));
        tx.executeWithoutResult(s -> events.publishEvent(approved));

        Entitlement allowance = entitlements.findBySourceCaseId(caseId).orElseThrow();
        assertThat(allowance.getBeneficiaryName()).isEqualTo("Phan Văn Thọ");
        assertThat(allowance.getCccd()).isEqualTo(cccd);
        assertThat(allowance.getDistrictCode()).isEqualTo("336");
        assertThat(entitlements.findByHouseholdIdOrderByIdDesc(householdId)).hasSize(1);

        long august = SignedIn.as(users, OFFICER, () -> cycles.generate("336", YearMonth.of(2024, 8), OFFICER)).cycleId();
        assertThat(lines.findByEntitlementIdOrderByMonthAscIdAsc(allowance.getId())).extracting(PaymentLine::getCycleId).contains(august);

        String outcome = mvc.perform(post("/api/payments/deaths").with(httpBasic(COMMUNE_OFFICER, COMMUNE_OFFICER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"householdId\":" + householdId + ",\"memberId\":" + memberId + ",\"diedOn\":\"2024-07-15\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stopped[0]").value(allowance.getId()))
                .andReturn().getResponse().getContentAsString();
        long funeralCaseId = ((Number) JsonPath.read(outcome, "$.funeralCaseId")).longValue();

        mvc.perform(get("/api/households/" + householdId).with(httpBasic(COMMUNE_OFFICER, COMMUNE_OFFICER)))
                .andExpect(jsonPath("$.members[0].deceasedOn").value("2024-07-15"));
        assertThat(lines.findByEntitlementIdOrderByMonthAscIdAsc(allowance.getId())).isEmpty();
        long july = SignedIn.as(users, OFFICER, () -> cycles.generate("336", YearMonth.of(2024, 7), OFFICER)).cycleId();
        SignedIn.as(users, OFFICER, () -> cycles.generate("336", YearMonth.of(2024, 8), OFFICER));
        assertThat(lines.findByEntitlementIdOrderByMonthAscIdAsc(allowance.getId()))
                .singleElement().satisfies(l -> {
                    assertThat(l.getCycleId()).isEqualTo(july);
                    assertThat(l.getAmount()).isEqualTo(1_000_000);
                });

        assertThat(funeralCases(memberId)).isOne();
        assertThat(entitlements.findByHouseholdIdOrderByIdDesc(householdId)).noneMatch(e -> e.getProgram() == Program.FUNERAL_SUPPORT);
        long september = SignedIn.as(users, OFFICER, () -> cycles.generate("336", YearMonth.of(2024, 9), OFFICER)).cycleId();

        // the one way to the grant: its case approved (the approval's own checks are casework's, FuneralSupportCaseTests)
        CaseApproved funeralApproved = new CaseApproved(funeralCaseId, householdId, memberId, Program.FUNERAL_SUPPORT, null,
                null, 0, 10_000_000, LocalDate.of(2024, 9, 5), YearMonth.of(2024, 7), "12433", "duyet.tpthaibinh");
        tx.executeWithoutResult(s -> events.publishEvent(funeralApproved));
        tx.executeWithoutResult(s -> events.publishEvent(funeralApproved));
        Entitlement funeral = entitlements.findBySourceCaseId(funeralCaseId).orElseThrow();
        long funeralId = funeral.getId();
        assertThat(funeral.getStatus()).isEqualTo(EntitlementStatus.ACTIVE);
        assertThat(funeral.getGrantAmount()).isEqualTo(10_000_000);
        assertThat(entitlements.findByHouseholdIdOrderByIdDesc(householdId)).filteredOn(e -> e.getProgram() == Program.FUNERAL_SUPPORT)
                .hasSize(1);

        SignedIn.as(users, OFFICER, () -> cycles.generate("336", YearMonth.of(2024, 9), OFFICER));
        SignedIn.as(users, OFFICER, () -> cycles.generate("336", YearMonth.of(2024, 10), OFFICER));
        assertThat(lines.findByEntitlementIdOrderByMonthAscIdAsc(funeralId)).singleElement().satisfies(l -> {
            assertThat(l.getCycleId()).isEqualTo(september);
            assertThat(l.getKind()).isEqualTo(LineKind.ONE_OFF);
            assertThat(l.getAmount()).isEqualTo(10_000_000);
            assertThat(l.getIdempotencyKey()).isEqualTo("G" + funeralId);
        });

        mvc.perform(post("/api/payments/deaths").with(httpBasic(COMMUNE_OFFICER, COMMUNE_OFFICER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"householdId\":" + householdId + ",\"memberId\":" + memberId + ",\"diedOn\":\"2024-07-15\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stopped").isEmpty())
                .andExpect(jsonPath("$.funeralCaseId").doesNotExist());
        assertThat(funeralCases(memberId)).isOne();
    }

    @Test
    void aDeathEnteredOnTheHouseholdFormAlsoStopsPaymentsAndOpensTheFuneralCase() throws Exception {
        String officer = "canbo.vuhoi";
        String household = mvc.perform(post("/api/households").with(httpBasic(officer, officer))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TestHouseholds.json("Lã Văn Mệnh", "13255", "Lã Văn Mệnh")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long householdId = ((Number) JsonPath.read(household, "$.id")).longValue();
        long memberId = ((Number) JsonPath.read(household, "$.members[0].id")).longValue();
        long caseId = 710_000_000L + householdId;
        CaseApproved approved = new CaseApproved(caseId, householdId, memberId, Program.SOCIAL_ALLOWANCE, "SA5c",
                new BigDecimal("1.0"), 500_000, 0, LocalDate.of(2024, 8, 1), YearMonth.of(2024, 8), "13255", "duyet.vuthu");
        tx.executeWithoutResult(s -> events.publishEvent(approved));

        String edited = household.replaceAll("\"version\":\\d+,", "").replace("\"deceasedOn\":null", "\"deceasedOn\":\"2024-10-20\"");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/households/" + householdId)
                        .with(httpBasic(officer, officer)).contentType(MediaType.APPLICATION_JSON).content(edited))
                .andExpect(status().isOk());

        Entitlement allowance = entitlements.findBySourceCaseId(caseId).orElseThrow();
        assertThat(allowance.getStatus()).isEqualTo(EntitlementStatus.ENDED);
        assertThat(funeralCases(memberId)).isOne();

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/households/" + householdId)
                        .with(httpBasic(officer, officer)).contentType(MediaType.APPLICATION_JSON).content(edited))
                .andExpect(status().isOk());
        assertThat(entitlements.findByHouseholdIdOrderByIdDesc(householdId)).hasSize(1);
        assertThat(funeralCases(memberId)).isOne();
    }

    @Test
    void refusesADeathOutsideTheJurisdictionAndABadDate() throws Exception {
        String household = mvc.perform(post("/api/households").with(httpBasic(COMMUNE_OFFICER, COMMUNE_OFFICER))
                        .contentType(MediaType.APPLICATION_JSON).content(TestHouseholds.json("Tạ Văn Hùng", "12433", "Tạ Văn Hùng")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long householdId = ((Number) JsonPath.read(household, "$.id")).longValue();
        long memberId = ((Number) JsonPath.read(household, "$.members[0].id")).longValue();

        mvc.perform(post("/api/payments/deaths").with(httpBasic("chitra.vuthu", "chitra.vuthu")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"householdId\":" + householdId + ",\"memberId\":" + memberId + ",\"diedOn\":\"2024-07-15\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/payments/deaths").with(httpBasic(COMMUNE_OFFICER, COMMUNE_OFFICER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"householdId\":" + householdId + ",\"memberId\":" + memberId + ",\"diedOn\":\"31/02/2024\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("diedOn"));
        mvc.perform(post("/api/payments/deaths").with(httpBasic("duyet.tpthaibinh", "duyet.tpthaibinh")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"householdId\":" + householdId + ",\"memberId\":" + memberId + ",\"diedOn\":\"2024-07-15\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSecondApprovedFuneralCaseForTheSameDeathOpensNoSecondGrant() throws Exception {
        String household = mvc.perform(post("/api/households").with(httpBasic(COMMUNE_OFFICER, COMMUNE_OFFICER))
                        .contentType(MediaType.APPLICATION_JSON).content(TestHouseholds.json("Lò Văn Sáu", "12433", "Lò Văn Sáu")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long householdId = ((Number) JsonPath.read(household, "$.id")).longValue();
        long memberId = ((Number) JsonPath.read(household, "$.members[0].id")).longValue();
        tx.executeWithoutResult(s -> events.publishEvent(new CaseApproved(800_000_000L + householdId, householdId, memberId,
                Program.SOCIAL_ALLOWANCE, "SA6-S", new BigDecimal("1.5"), 540_000, 0, LocalDate.of(2022, 1, 5),
                YearMonth.of(2022, 1), "12433", "duyet.tpthaibinh")));
        String outcome = mvc.perform(post("/api/payments/deaths").with(httpBasic(COMMUNE_OFFICER, COMMUNE_OFFICER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"householdId\":" + householdId + ",\"memberId\":" + memberId + ",\"diedOn\":\"2022-03-02\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long funeralCaseId = ((Number) JsonPath.read(outcome, "$.funeralCaseId")).longValue();

        tx.executeWithoutResult(s -> events.publishEvent(new CaseApproved(funeralCaseId, householdId, memberId,
                Program.FUNERAL_SUPPORT, null, null, 0, 7_200_000, LocalDate.of(2022, 3, 10), YearMonth.of(2022, 3),
                "12433", "duyet.tpthaibinh")));
        tx.executeWithoutResult(s -> events.publishEvent(new CaseApproved(810_000_000L + householdId, householdId, memberId,
                Program.FUNERAL_SUPPORT, null, null, 0, 7_200_000, LocalDate.of(2022, 3, 20), YearMonth.of(2022, 3),
                "12433", "duyet.tpthaibinh")));

        assertThat(entitlements.findByHouseholdIdOrderByIdDesc(householdId))
                .filteredOn(e -> e.getProgram() == Program.FUNERAL_SUPPORT)
                .singleElement().satisfies(e -> {
                    assertThat(e.getStatus()).isEqualTo(EntitlementStatus.ACTIVE);
                    assertThat(e.getGrantAmount()).isEqualTo(7_200_000);
                });
    }
}
