package vn.ansinh.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ansinh.assessment.AssessmentForm;
import vn.ansinh.assessment.AssessmentManagement;
import vn.ansinh.common.Formats;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Role;
import vn.ansinh.geography.Geography;
import vn.ansinh.household.HouseholdForm;
import vn.ansinh.household.HouseholdManagement;
import vn.ansinh.household.HouseholdView;
import vn.ansinh.support.IntegrationTest;

/**
 * The demo province's years of use, seeded through the doors into two districts no other test uses (338 and 340), each
 * a copy of Nguyên Xá's demo households: every step of today is there, the same seed over the same register gives the
 * same province, a second start seeds nothing, and each role's home page shows its work.
 */
class DemoProvinceTests extends IntegrationTest {

    private static DemoProvince.Summary first;
    private static DemoProvince.Summary second;
    private static DemoProvince.Area a;
    private static DemoProvince.Area b;

    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    DemoProvince province;
    @Autowired
    HouseholdManagement households;
    @Autowired
    AssessmentManagement assessments;
    @Autowired
    Geography geography;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void seedTwoCopiesOnce() {
        DemoProvinceFixture.seed(context);
        first = DemoProvinceFixture.first;
        second = DemoProvinceFixture.second;
        a = DemoProvinceFixture.a;
        b = DemoProvinceFixture.b;
    }

    @Test
    void todayHasCasesInEveryStepAndTheDatabaseAgrees() {
        Map<DemoProvince.Step, Integer> s = first.steps();
        for (DemoProvince.Step step : List.of(DemoProvince.Step.ASSESSMENT, DemoProvince.Step.NOT_ELIGIBLE,
                DemoProvince.Step.VILLAGE_MEETING, DemoProvince.Step.POSTING, DemoProvince.Step.RE_VERIFICATION,
                DemoProvince.Step.APPROVAL_OVERDUE, DemoProvince.Step.APPROVED_THIS_MONTH,
                DemoProvince.Step.APPROVED_EARLIER)) {
            assertThat(s.get(step)).as(step.name()).isPositive();
        }
        LocalDate today = LocalDate.now(Formats.PROVINCE);
        if (today.getDayOfWeek().getValue() < 6) {
            assertThat(s.get(DemoProvince.Step.POSTING_ENDS_THIS_WEEK)).isPositive();
        }
        Map<String, Integer> byStatus = statuses(a.commune());
        assertThat(byStatus.getOrDefault("ASSESSMENT", 0)).isEqualTo(s.get(DemoProvince.Step.ASSESSMENT));
        assertThat(byStatus.getOrDefault("NOT_ELIGIBLE", 0)).isEqualTo(s.get(DemoProvince.Step.NOT_ELIGIBLE));
        assertThat(byStatus.getOrDefault("VILLAGE_MEETING", 0)).isEqualTo(s.get(DemoProvince.Step.VILLAGE_MEETING));
        assertThat(byStatus.getOrDefault("POSTING", 0))
                .isEqualTo(s.get(DemoProvince.Step.POSTING) + s.get(DemoProvince.Step.POSTING_ENDS_THIS_WEEK));
        assertThat(byStatus.getOrDefault("RE_VERIFICATION", 0)).isEqualTo(s.get(DemoProvince.Step.RE_VERIFICATION));
        assertThat(byStatus.getOrDefault("APPROVAL", 0))
                .isEqualTo(s.get(DemoProvince.Step.APPROVAL) + s.get(DemoProvince.Step.APPROVAL_OVERDUE));
        assertThat(byStatus.getOrDefault("APPROVED", 0))
                .isEqualTo(s.get(DemoProvince.Step.APPROVED_THIS_MONTH) + s.get(DemoProvince.Step.APPROVED_EARLIER));
        assertThat(jdbc.queryForObject("select count(*) from casework_case where commune_code = ? and status = 'APPROVAL'"
                + " and overdue", Integer.class, a.commune())).isEqualTo(s.get(DemoProvince.Step.APPROVAL_OVERDUE));
        // postings ending this week really end this week
        assertThat(jdbc.queryForObject("select count(*) from casework_case where commune_code = ? and status = 'POSTING'"
                        + " and posting_ends_on between ? and ?", Integer.class, a.commune(), today,
                today.with(DayOfWeek.SUNDAY))).isGreaterThanOrEqualTo(s.get(DemoProvince.Step.POSTING_ENDS_THIS_WEEK));
        // decided over the years, with deaths and funeral support
        assertThat(jdbc.queryForObject("select count(distinct extract(year from decided_on)) from casework_case"
                + " where commune_code = ? and status = 'APPROVED'", Integer.class, a.commune())).isGreaterThan(1);
        assertThat(first.deaths()).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from casework_case where commune_code = ?"
                + " and program = 'FUNERAL_SUPPORT'", Integer.class, a.commune())).isEqualTo(first.deaths());
        // a list for every year since 2012
        assertThat(jdbc.queryForObject("select count(distinct year) from household_year_status where commune_code = ?",
                Integer.class, a.commune())).isEqualTo(today.getYear() - DemoProvince.FIRST_YEAR);
    }

    /** Households contest decisions: one appeal upheld by the district in the past, one lodged today and under review. */
    @Test
    void oneAppealWasUpheldAndOneWaitsForTheDistrictsReview() {
        Map<DemoProvince.Step, Integer> s = first.steps();
        assertThat(s.get(DemoProvince.Step.APPEAL_UNDER_REVIEW)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from casework_appeal where commune_code = ? and status = 'REVIEW'",
                Integer.class, a.commune())).isEqualTo(s.get(DemoProvince.Step.APPEAL_UNDER_REVIEW));
        assertThat(jdbc.queryForObject("select count(*) from casework_appeal where commune_code = ? and status = 'UPHELD'",
                Integer.class, a.commune())).isEqualTo(s.getOrDefault(DemoProvince.Step.APPEAL_UPHELD, 0));
        assertThat(jdbc.queryForObject("select count(*) from casework_appeal where commune_code = ? and status = 'REVIEW'"
                + " and reviewer_group like 'approver:district:%'", Integer.class, a.commune())).isEqualTo(1);
    }

    @Test
    void paymentCyclesArePaidAndClosedWithFailuresPaidAsArrearsAndThisMonthsAwaitsApproval() {
        YearMonth month = YearMonth.now(Formats.PROVINCE);
        int months = (int) DemoProvince.FIRST_CYCLE.until(month, java.time.temporal.ChronoUnit.MONTHS) + 1;
        assertThat(jdbc.queryForObject("select count(*) from payment_cycle where district_code = '338'", Integer.class))
                .isEqualTo(months);
        assertThat(jdbc.queryForObject("select count(*) from payment_cycle where district_code = '338' and status = 'CLOSED'",
                Integer.class)).isEqualTo(months - 1);
        assertThat(jdbc.queryForObject("select status from payment_cycle where district_code = '338' and month = ?",
                String.class, month.atDay(1))).isEqualTo("GENERATED");
        assertThat(first.failedLines()).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from payment_line l join payment_cycle c on c.id = l.cycle_id"
                + " where c.district_code = '338' and l.status = 'FAILED'", Integer.class)).isEqualTo(first.failedLines());
        // every failed line comes back once, as arrears in the next cycle
        assertThat(jdbc.queryForObject("select count(*) from payment_line l join payment_cycle c on c.id = l.cycle_id"
                + " where c.district_code = '338' and l.kind = 'ARREARS'", Integer.class)).isEqualTo(first.failedLines());
        // the allowances approved this month are in this month's cycle
        assertThat(jdbc.queryForObject("select count(*) from payment_line l join payment_cycle c on c.id = l.cycle_id"
                + " join entitlement e on e.id = l.entitlement_id where c.district_code = '338' and c.month = ?"
                + " and e.start_month = ?", Integer.class, month.atDay(1), month.atDay(1)))
                .isGreaterThanOrEqualTo(first.steps().get(DemoProvince.Step.APPROVED_THIS_MONTH));
    }

    @Test
    void theSameSeedOverTheSameRegisterSeedsTheSameProvince() {
        assertThat(second.steps()).isEqualTo(first.steps());
        assertThat(second.deaths()).isEqualTo(first.deaths());
        assertThat(second.failedLines()).isEqualTo(first.failedLines());
        assertThat(fingerprint(b.commune(), b.district())).isEqualTo(fingerprint(a.commune(), a.district()));
    }

    @Test
    void aSecondStartSeedsNothing() {
        int cases = jdbc.queryForObject("select count(*) from casework_case where commune_code = ?", Integer.class, a.commune());
        int lines = jdbc.queryForObject("select count(*) from payment_line where commune_code = ?", Integer.class, a.commune());
        assertThat(province.seedOnce(List.of(a), List.of(a.commune()), DemoProvince.SEED)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from casework_case where commune_code = ?", Integer.class, a.commune()))
                .isEqualTo(cases);
        assertThat(jdbc.queryForObject("select count(*) from payment_line where commune_code = ?", Integer.class, a.commune()))
                .isEqualTo(lines);
    }

    @Test
    void theCommuneOfficersHomeShowsTheirStepsThePostingsEndingAndTheHouseholdsNotReviewed() throws Exception {
        String page = home(principal(a.officer(), Role.COMMUNE_OFFICER, Jurisdiction.commune(a.commune())));
        assertThat(page).contains("id=\"home-officer\"", "Việc của tôi hôm nay", "data-step=\"assessment\"",
                "data-step=\"villageMeeting\"", "data-step=\"reVerification\"", "chưa được rà soát năm nay");
        int reviewed = jdbc.queryForObject("select count(distinct household_id) from casework_case where commune_code = ?"
                + " and program = 'POVERTY_RECOGNITION'", Integer.class, a.commune());
        assertThat(page).contains((50 - reviewed) + " trong 50 hộ của xã chưa được rà soát năm nay");
        String head = jdbc.queryForObject("select h.head_name from casework_case c join household h on h.id = c.household_id"
                + " where c.commune_code = ? and c.status = 'VILLAGE_MEETING' order by c.id limit 1", String.class, a.commune());
        assertThat(page).contains(head);
    }

    @Test
    void theApproversHomeShowsTheInboxCountsWithTheOverdueFirst() throws Exception {
        String page = home(principal(a.approver(), Role.DISTRICT_APPROVER, Jurisdiction.district(a.district())));
        int waiting = first.steps().get(DemoProvince.Step.APPROVAL) + first.steps().get(DemoProvince.Step.APPROVAL_OVERDUE);
        assertThat(page).contains("id=\"home-approver\"",
                waiting + " hồ sơ chờ phê duyệt, " + first.steps().get(DemoProvince.Step.APPROVAL_OVERDUE) + " quá hạn");
        String rows = page.substring(page.indexOf("id=\"home-approval-rows\""), page.indexOf("</tbody>",
                page.indexOf("id=\"home-approval-rows\"")));
        List<Boolean> overdue = java.util.Arrays.stream(rows.split("<tr")).skip(1).map(r -> r.contains("table-warning")).toList();
        assertThat(overdue).isNotEmpty().first().isEqualTo(true);
        // the overdue rows come before the others
        assertThat(overdue).isSortedAccordingTo((x, y) -> Boolean.compare(y, x));
    }

    @Test
    void thePaymentOfficersHomeShowsTheCycleOfTheMonth() throws Exception {
        String page = home(principal(a.payer(), Role.PAYMENT_OFFICER, Jurisdiction.district(a.district())));
        YearMonth month = YearMonth.now(Formats.PROVINCE);
        long total = jdbc.queryForObject("select coalesce(sum(amount), 0) from payment_line l join payment_cycle c"
                + " on c.id = l.cycle_id where c.district_code = '338' and c.month = ?", Long.class, month.atDay(1));
        assertThat(total).isPositive();
        assertThat(page).contains("id=\"home-payment\"", "Kỳ chi trả tháng " + Formats.month(month),
                "tổng " + Formats.vnd(total), "Chờ duyệt", "dòng truy lĩnh");
        assertThat(Formats.vnd(total)).endsWith(" đ");
    }

    @Test
    void policyStaffSeeTheRuleSetInForceAndThePlanAndTheAdminTheUsersAndTheAudit() throws Exception {
        String policy = home(principal("policy", Role.POLICY_STAFF, Jurisdiction.province()));
        assertThat(policy).contains("id=\"home-policy\"", "Đang áp dụng:", "id=\"home-plan\"", "chỉ tiêu của kế hoạch");
        assertThat(policy).doesNotContain("id=\"home-payment\"", "id=\"home-approver\"");
        String admin = home(principal("admin", Role.ADMIN, Jurisdiction.province()));
        assertThat(admin).contains("id=\"home-users\"", "data-role=\"COMMUNE_OFFICER\"", "id=\"home-audit\"");
        assertThat(admin).doesNotContain("id=\"home-policy\"");
    }

    @Test
    void bulkApprovalIsOfferedToTheApproverAndNotToTheCommuneOfficer() throws Exception {
        String officer = page("/inbox", principal(a.officer(), Role.COMMUNE_OFFICER, Jurisdiction.commune(a.commune())));
        assertThat(officer).contains("id=\"inbox-table\"").doesNotContain("id=\"bulk-approve\"", "id=\"select-");
        String approver = page("/inbox", principal(a.approver(), Role.DISTRICT_APPROVER, Jurisdiction.district(a.district())));
        assertThat(approver).contains("id=\"bulk-approve\"", "id=\"select-");
    }

    @Test
    void theCaseDashboardIsHeadedByTheCallersLevelAndArea() throws Exception {
        String officer = page("/inbox", principal(a.officer(), Role.COMMUNE_OFFICER, Jurisdiction.commune(a.commune())));
        assertThat(officer).contains("Hồ sơ của " + inText(geography.nameOf(a.commune())));
        String approver = page("/cases/dashboard", principal(a.approver(), Role.DISTRICT_APPROVER, Jurisdiction.district(a.district())));
        assertThat(approver).contains("Hồ sơ của " + inText(geography.nameOf(a.district())))
                .doesNotContain(">Hồ sơ của xã<");
        assertThat(inText(geography.nameOf(a.district()))).doesNotStartWith("xã");
    }

    @Test
    void aCasesReasonsReadInThePagesLanguage() throws Exception {
        long id = jdbc.queryForObject("select min(id) from casework_case where commune_code = ? and status = 'NOT_ELIGIBLE'",
                Long.class, a.commune());
        AppUserPrincipal officer = principal(a.officer(), Role.COMMUNE_OFFICER, Jurisdiction.commune(a.commune()));
        String vi = reasons(page("/cases/" + id, officer));
        String en = reasons(mvc.perform(get("/cases/" + id).param("lang", "en").with(user(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(vi).contains("không đạt").doesNotContain("not met");
        assertThat(en).contains("not met").doesNotContain("không đạt", "Không đạt");
    }

    private static String reasons(String page) {
        int from = page.indexOf("id=\"reasons\"");
        assertThat(from).as("the reasons table").isPositive();
        return page.substring(from, page.indexOf("</table>", from));
    }

    private static String inText(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private String page(String path, AppUserPrincipal who) throws Exception {
        return mvc.perform(get(path).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private String home(AppUserPrincipal who) throws Exception {
        return mvc.perform(get("/").with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static AppUserPrincipal principal(String username, Role role, Jurisdiction where) {
        return new AppUserPrincipal(username, "", username, role, where, true);
    }

    private Map<String, Integer> statuses(String commune) {
        Map<String, Integer> out = new HashMap<>();
        jdbc.query("select status, count(*) from casework_case where commune_code = ? group by status",
                rs -> {
                    out.put(rs.getString(1), rs.getInt(2));
                }, commune);
        return out;
    }

    /** The seeded data with households named by their place in the commune's register, not by their ids. */
    private List<String> fingerprint(String commune, String district) {
        List<Long> ids = jdbc.queryForList("select id from household where commune_code = ? order by id", Long.class, commune);
        List<String> out = new ArrayList<>();
        jdbc.query("""
                select household_id, program, kind, status, opened_at::date, decided_on, decision_outcome,
                       decision_monthly, decision_grant, meeting_attendance, meeting_agreeing, posting_ends_on, overdue
                  from casework_case where commune_code = ? order by id""", rs -> {
            out.add(ids.indexOf(rs.getLong(1)) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4)
                    + " " + rs.getString(5) + " " + rs.getString(6) + " " + rs.getString(7) + " " + rs.getLong(8) + " "
                    + rs.getLong(9) + " " + rs.getInt(10) + "/" + rs.getInt(11) + " " + rs.getString(12) + " " + rs.getBoolean(13));
        }, commune);
        jdbc.query("""
                select c.month, l.kind, l.status, count(*), sum(l.amount) from payment_line l
                  join payment_cycle c on c.id = l.cycle_id where c.district_code = ?
                 group by 1, 2, 3 order by 1, 2, 3""", rs -> {
            out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getInt(4) + " " + rs.getLong(5));
        }, district);
        jdbc.query("select household_id, year, poverty_status from household_year_status where commune_code = ?"
                + " order by household_id, year", rs -> {
            out.add(ids.indexOf(rs.getLong(1)) + " " + rs.getInt(2) + " " + rs.getString(3));
        }, commune);
        return out;
    }
}
