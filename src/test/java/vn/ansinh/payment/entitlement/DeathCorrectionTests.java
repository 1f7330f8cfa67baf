package vn.ansinh.payment.entitlement;

import vn.ansinh.payment.cycle.CycleService;
import vn.ansinh.payment.cycle.LineStatus;
import vn.ansinh.payment.cycle.Lines;
import vn.ansinh.payment.cycle.PaymentLine;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ansinh.support.SignedIn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ansinh.casework.CaseApproved;
import vn.ansinh.casework.Program;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Role;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.TestHouseholds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A recorded death stays until it is corrected on its own, with a reason, and the correction undoes what the death did. */
class DeathCorrectionTests extends IntegrationTest {

    static final String OFFICER = "canbo.vuhoi";
    static final String PAYER = "chitra.vuthu";
    static final String DISTRICT = "344";

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired Entitlements entitlements;
    @Autowired Lines lines;
    @Autowired CycleService cycles;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;
    @Autowired tools.jackson.databind.json.JsonMapper json;

    record Registered(long householdId, long memberId, String json, Entitlement allowance) {
    }

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, user)).contentType(MediaType.APPLICATION_JSON);
    }

    /** A household in Vũ Hội whose head receives a social allowance from {@code from}, and dies on {@code diedOn}. */
    private Registered deceasedBeneficiary(String name, YearMonth from, LocalDate diedOn) throws Exception {
        String household = mvc.perform(as(OFFICER, post("/api/households")).content(TestHouseholds.json(name, "13255", name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long householdId = ((Number) JsonPath.read(household, "$.id")).longValue();
        long memberId = ((Number) JsonPath.read(household, "$.members[0].id")).longValue();
        long caseId = 720_000_000L + householdId;
        tx.executeWithoutResult(s -> events.publishEvent(new CaseApproved(caseId, householdId, memberId,
                Program.SOCIAL_ALLOWANCE, "SA5c", new BigDecimal("1.0"), 500_000, 0, from.atDay(1), from, "13255", "duyet.vuthu")));
        mvc.perform(as(OFFICER, post("/api/payments/deaths")).content(
                        "{\"householdId\":" + householdId + ",\"memberId\":" + memberId + ",\"diedOn\":\"" + diedOn + "\"}"))
                .andExpect(status().isOk());
        String after = mvc.perform(as(OFFICER, get("/api/households/" + householdId))).andReturn().getResponse().getContentAsString();
        return new Registered(householdId, memberId, after, entitlements.findBySourceCaseId(caseId).orElseThrow());
    }

    /** The funeral case the death opened, approved: the one way to a funeral grant. */
    private Entitlement approvedFuneralGrant(Registered r) {
        long funeralCase = jdbc.queryForObject("select id from casework_case where member_id = ? and program = 'FUNERAL_SUPPORT'",
                Long.class, r.memberId());
        tx.executeWithoutResult(s -> events.publishEvent(new CaseApproved(funeralCase, r.householdId(), r.memberId(),
                Program.FUNERAL_SUPPORT, null, null, 0, 10_000_000, LocalDate.of(2023, 4, 1), YearMonth.of(2023, 3),
                "13255", "duyet.vuthu")));
        return entitlements.findBySourceCaseId(funeralCase).orElseThrow();
    }

    private String funeralCaseStatus(long memberId) {
        return jdbc.queryForObject("select status from casework_case where member_id = ? and program = 'FUNERAL_SUPPORT'"
                + " order by id desc limit 1", String.class, memberId);
    }

    private long audited(String action, long memberId) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and subject_id = ?", Long.class,
                action, String.valueOf(memberId));
    }

    @Test
    void anOrdinaryHouseholdEditKeepsTheRecordedDeath() throws Exception {
        Registered r = deceasedBeneficiary("Đặng Văn Lộc", YearMonth.of(2023, 1), LocalDate.of(2023, 5, 3));
        String revived = r.json().replaceAll("\"version\":\\d+,", "").replace("\"deceasedOn\":\"2023-05-03\"", "\"deceasedOn\":null");
        assertThat(revived).contains("\"deceasedOn\":null");

        mvc.perform(as(OFFICER, put("/api/households/" + r.householdId())).content(revived))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members[0].deceasedOn").value("2023-05-03"));
        assertThat(entitlements.findById(r.allowance().getId()).orElseThrow().getStatus()).isEqualTo(EntitlementStatus.ENDED);
        assertThat(audited("MEMBER_DEATH_CORRECTED", r.memberId())).isZero();
    }

    @Test
    void anEditLeavingOutADeceasedMemberKeepsThemAndTheirDeath() throws Exception {
        String household = mvc.perform(as(OFFICER, post("/api/households"))
                        .content(TestHouseholds.json("Đặng Văn Còn", "13255", "Đặng Văn Còn", "Đặng Thị Mất")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long householdId = ((Number) JsonPath.read(household, "$.id")).longValue();
        long deceased = ((Number) JsonPath.read(household, "$.members[1].id")).longValue();
        mvc.perform(as(OFFICER, post("/api/payments/deaths")).content(
                        "{\"householdId\":" + householdId + ",\"memberId\":" + deceased + ",\"diedOn\":\"2023-04-04\"}"))
                .andExpect(status().isOk());
        String head = json.readTree(household).get("members").get(0).toString();
        String edit = "{\"headName\":\"Đặng Văn Còn\",\"address\":\"Số 1\",\"village\":\"Thôn Đông\",\"members\":[" + head + "]}";

        mvc.perform(as(OFFICER, put("/api/households/" + householdId)).content(edit))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members.length()").value(2))
                .andExpect(jsonPath("$.members[?(@.id == " + deceased + ")].deceasedOn").value(org.hamcrest.Matchers.hasItem("2023-04-04")));
    }

    @Test
    void aDeathOfAMemberWhoseFuneralCaseIsAlreadyOpenKeepsThatOneCase() throws Exception {
        String household = mvc.perform(as(OFFICER, post("/api/households")).content(TestHouseholds.json("Đặng Văn Sớm", "13255", "Đặng Văn Sớm")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long householdId = ((Number) JsonPath.read(household, "$.id")).longValue();
        long memberId = ((Number) JsonPath.read(household, "$.members[0].id")).longValue();
        tx.executeWithoutResult(s -> events.publishEvent(new CaseApproved(730_000_000L + householdId, householdId, memberId,
                Program.SOCIAL_ALLOWANCE, "SA5c", new BigDecimal("1.0"), 500_000, 0, LocalDate.of(2023, 1, 1),
                YearMonth.of(2023, 1), "13255", "duyet.vuthu")));
        mvc.perform(as(OFFICER, post("/api/cases")).content("{\"householdId\":" + householdId + ",\"memberId\":" + memberId
                        + ",\"program\":\"FUNERAL_SUPPORT\",\"kind\":\"AD_HOC\"}"))
                .andExpect(status().isCreated());

        mvc.perform(as(OFFICER, post("/api/payments/deaths")).content(
                        "{\"householdId\":" + householdId + ",\"memberId\":" + memberId + ",\"diedOn\":\"2023-02-02\"}"))
                .andExpect(status().isOk());

        assertThat(jdbc.queryForObject("select count(*) from casework_case where member_id = ? and program = 'FUNERAL_SUPPORT'",
                Long.class, memberId)).isOne();
        mvc.perform(as(OFFICER, get("/api/households/" + householdId)))
                .andExpect(jsonPath("$.members[0].deceasedOn").value("2023-02-02"));
    }

    @Test
    void correctingADeathNeedsAReasonAndRestoresTheAllowanceAndWithdrawsTheUnpaidFuneralSupportAndItsCase() throws Exception {
        Registered r = deceasedBeneficiary("Đặng Thị Hoa", YearMonth.of(2023, 1), LocalDate.of(2023, 6, 20));
        YearMonth august = YearMonth.of(2023, 8);
        SignedIn.run(users, PAYER, () -> cycles.generate(DISTRICT, august, PAYER));
        assertThat(lines.findByEntitlementIdOrderByMonthAscIdAsc(r.allowance().getId()))
                .noneMatch(l -> l.getMonth().equals(august));
        assertThat(funeralCaseStatus(r.memberId())).isEqualTo("ASSESSMENT");
        Entitlement funeral = approvedFuneralGrant(r);
        String correction = "/api/households/" + r.householdId() + "/members/" + r.memberId() + "/death-correction";

        mvc.perform(as(OFFICER, post(correction)).content("{\"reason\":\"  \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(as("canbo.vuphuc", post(correction)).content("{\"reason\":\"nhầm người\"}"))
                .andExpect(status().isNotFound());

        mvc.perform(as(OFFICER, post(correction)).content("{\"reason\":\"Ghi nhầm người cùng tên\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members[0].deceasedOn").doesNotExist());

        Entitlement allowance = entitlements.findById(r.allowance().getId()).orElseThrow();
        assertThat(allowance.getStatus()).isEqualTo(EntitlementStatus.ACTIVE);
        assertThat(allowance.getEndMonth()).isNull();
        SignedIn.run(users, PAYER, () -> cycles.generate(DISTRICT, august, PAYER));
        assertThat(lines.findByEntitlementIdOrderByMonthAscIdAsc(allowance.getId()))
                .anySatisfy(l -> {
                    assertThat(l.getMonth()).isEqualTo(august);
                    assertThat(l.getAmount()).isPositive();
                });
        assertThat(entitlements.findById(funeral.getId()).orElseThrow().getStatus()).isEqualTo(EntitlementStatus.REJECTED);
        assertThat(funeralCaseStatus(r.memberId())).isEqualTo("CLOSED");
        assertThat(audited("MEMBER_DEATH_CORRECTED", r.memberId())).isOne();

        mvc.perform(as(OFFICER, post(correction)).content("{\"reason\":\"lần nữa\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("memberId"));
    }

    @Test
    void aFuneralGrantAlreadyPaidRefusesTheCorrectionAndNothingChanges() throws Exception {
        Registered r = deceasedBeneficiary("Đặng Văn Phú", YearMonth.of(2023, 1), LocalDate.of(2023, 3, 10));
        Entitlement funeral = approvedFuneralGrant(r);
        SignedIn.run(users, PAYER, () -> {
            long april = cycles.generate(DISTRICT, YearMonth.of(2023, 4), PAYER).cycleId();
            cycles.approve(april, PAYER);
            cycles.exported(april, "payer.csv");
            PaymentLine grant = lines.findByEntitlementIdOrderByMonthAscIdAsc(funeral.getId()).get(0);
            cycles.recordResult(april, grant.getId(), LineStatus.PAID, null);
        });

        mvc.perform(as(OFFICER, post("/api/households/" + r.householdId() + "/members/" + r.memberId() + "/death-correction"))
                        .content("{\"reason\":\"Ghi nhầm\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message", containsString("đã được chi trả")));

        mvc.perform(as(OFFICER, get("/api/households/" + r.householdId())))
                .andExpect(jsonPath("$.members[0].deceasedOn").value("2023-03-10"));
        assertThat(entitlements.findById(funeral.getId()).orElseThrow().getStatus()).isEqualTo(EntitlementStatus.ACTIVE);
        assertThat(entitlements.findById(r.allowance().getId()).orElseThrow().getStatus()).isEqualTo(EntitlementStatus.ENDED);
        assertThat(audited("MEMBER_DEATH_CORRECTED", r.memberId())).isZero();
    }

    @Test
    void theHouseholdPageOffersTheCorrectionAndReportsIt() throws Exception {
        Registered r = deceasedBeneficiary("Đặng Văn Quý", YearMonth.of(2023, 1), LocalDate.of(2023, 9, 1));
        String action = "/households/" + r.householdId() + "/members/" + r.memberId() + "/death-correction";
        var officer = user(new AppUserPrincipal(OFFICER, "", OFFICER, Role.COMMUNE_OFFICER, Jurisdiction.commune("13255"), true));
        mvc.perform(get("/households/" + r.householdId()).with(officer))
                .andExpect(content().string(containsString("action=\"" + action + "\"")))
                .andExpect(content().string(containsString("01/09/2023")));

        mvc.perform(post(action).with(csrf()).with(officer).param("reason", ""))
                .andExpect(flash().attributeExists("errorText"));
        mvc.perform(post(action).with(csrf()).with(officer).param("reason", "Người nhà báo nhầm"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "member.deathCorrection.done"));
        mvc.perform(as(OFFICER, get("/api/households/" + r.householdId())))
                .andExpect(jsonPath("$.members[0].deceasedOn").doesNotExist());
    }
}
