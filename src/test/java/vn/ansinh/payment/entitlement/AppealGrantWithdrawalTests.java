package vn.ansinh.payment.entitlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ansinh.casework.AppealDecided;
import vn.ansinh.casework.AppealEffect;
import vn.ansinh.casework.CaseApproved;
import vn.ansinh.casework.Program;
import vn.ansinh.payment.cycle.CycleService;
import vn.ansinh.payment.cycle.LineStatus;
import vn.ansinh.payment.cycle.Lines;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SignedIn;
import vn.ansinh.support.TestHouseholds;

/**
 * An appeal that changes a housing grant to "not entitled" withdraws the unpaid grant as a member's removal does: its
 * line leaves a cycle still in review and is cancelled in an approved cycle, so the payer is never handed it; once.
 * A grant already paid stays paid and its amount is recorded as owed back.
 */
class AppealGrantWithdrawalTests extends IntegrationTest {

    static final String COMMUNE_OFFICER = "canbo.vuphuc";
    static final String PAYMENT_OFFICER = "chitra.tpthaibinh";
    static final String DISTRICT = "336";
    /** Months no other test pays, so the cycles are this test's own. */
    static final YearMonth APPROVED_MONTH = YearMonth.of(2033, 3);
    static final YearMonth REVIEW_MONTH = YearMonth.of(2033, 4);
    static final YearMonth PAID_MONTH = YearMonth.of(2033, 6);

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired Entitlements entitlements;
    @Autowired JdbcTemplate jdbc;
    @Autowired CycleService cycles;
    @Autowired UserDetailsService users;
    @Autowired Lines lines;

    @Test
    void anAppealWithdrawsAnUnpaidGrantFromAnApprovedCycleAndFromOneInReviewOnce() throws Exception {
        String household = mvc.perform(post("/api/households").with(httpBasic(COMMUNE_OFFICER, COMMUNE_OFFICER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TestHouseholds.json("Lò Văn Kháng", "12466", "Lò Văn Kháng", "Lò Thị Nại")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long householdId = ((Number) JsonPath.read(household, "$.id")).longValue();
        long head = ((Number) JsonPath.read(household, "$.members[0].id")).longValue();
        long other = ((Number) JsonPath.read(household, "$.members[1].id")).longValue();
        long approvedCase = 730_000_000L + householdId;
        long reviewCase = 740_000_000L + householdId;

        tx.executeWithoutResult(s -> events.publishEvent(grant(approvedCase, householdId, head, APPROVED_MONTH)));
        long inApproved = SignedIn.as(users, PAYMENT_OFFICER,
                () -> cycles.generate(DISTRICT, APPROVED_MONTH, PAYMENT_OFFICER).cycleId());
        SignedIn.run(users, PAYMENT_OFFICER, () -> cycles.approve(inApproved, PAYMENT_OFFICER));
        tx.executeWithoutResult(s -> events.publishEvent(grant(reviewCase, householdId, other, REVIEW_MONTH)));
        long inReview = SignedIn.as(users, PAYMENT_OFFICER,
                () -> cycles.generate(DISTRICT, REVIEW_MONTH, PAYMENT_OFFICER).cycleId());
        long approvedGrant = entitlements.findBySourceCaseId(approvedCase).orElseThrow().getId();
        long reviewGrant = entitlements.findBySourceCaseId(reviewCase).orElseThrow().getId();
        assertThat(lines(inApproved, approvedGrant)).containsExactly("PLANNED");
        assertThat(lines(inReview, reviewGrant)).containsExactly("PLANNED");

        long appeal = 750_000_000L + householdId;
        tx.executeWithoutResult(s -> {
            events.publishEvent(stop(appeal, approvedCase, householdId, head, APPROVED_MONTH));
            events.publishEvent(stop(appeal + 1, reviewCase, householdId, other, REVIEW_MONTH));
        });
        assertThat(entitlements.findById(approvedGrant).orElseThrow().getStatus()).isEqualTo(EntitlementStatus.REJECTED);
        assertThat(entitlements.findById(reviewGrant).orElseThrow().getStatus()).isEqualTo(EntitlementStatus.REJECTED);
        // the approved cycle keeps the line, cancelled; the cycle in review no longer has it
        assertThat(lines(inApproved, approvedGrant)).containsExactly("CANCELLED");
        assertThat(lines(inReview, reviewGrant)).isEmpty();
        assertThat(withdrawals(approvedGrant)).isEqualTo(1);

        // the same appeal delivered again changes nothing more
        tx.executeWithoutResult(s -> events.publishEvent(stop(appeal, approvedCase, householdId, head, APPROVED_MONTH)));
        assertThat(withdrawals(approvedGrant)).isEqualTo(1);
        assertThat(lines(inApproved, approvedGrant)).containsExactly("CANCELLED");
    }

    @Test
    void anAppealAgainstAGrantAlreadyPaidKeepsThePaymentAndRecordsTheAmountOwedBackOnce() throws Exception {
        String household = mvc.perform(post("/api/households").with(httpBasic(COMMUNE_OFFICER, COMMUNE_OFFICER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TestHouseholds.json("Lò Văn Sính", "12466", "Lò Văn Sính")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long householdId = ((Number) JsonPath.read(household, "$.id")).longValue();
        long head = ((Number) JsonPath.read(household, "$.members[0].id")).longValue();
        long paidCase = 760_000_000L + householdId;
        tx.executeWithoutResult(s -> events.publishEvent(grant(paidCase, householdId, head, PAID_MONTH)));
        long grantId = entitlements.findBySourceCaseId(paidCase).orElseThrow().getId();
        SignedIn.run(users, PAYMENT_OFFICER, () -> {
            long cycle = cycles.generate(DISTRICT, PAID_MONTH, PAYMENT_OFFICER).cycleId();
            cycles.approve(cycle, PAYMENT_OFFICER);
            cycles.exported(cycle, "payer.csv");
            long line = lines.findByEntitlementIdOrderByMonthAscIdAsc(grantId).get(0).getId();
            cycles.recordResult(cycle, line, LineStatus.PAID, null);
        });

        long appeal = 770_000_000L + householdId;
        for (int delivery = 0; delivery < 2; delivery++) {
            tx.executeWithoutResult(s -> events.publishEvent(stop(appeal, paidCase, householdId, head, PAID_MONTH)));
        }

        assertThat(entitlements.findById(grantId).orElseThrow().getStatus()).isEqualTo(EntitlementStatus.ACTIVE);
        assertThat(jdbc.queryForList("select status from payment_line where entitlement_id = ?", String.class, grantId))
                .containsExactly("PAID");
        assertThat(withdrawals(grantId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'ENTITLEMENT_RECOVERY_OWED'"
                + " and subject_id = ?", Long.class, String.valueOf(grantId))).isOne();
        assertThat(jdbc.queryForObject("select arrears_amount from payment_appeal_effect where appeal_id = ?", Long.class,
                appeal)).isEqualTo(-40_000_000L);
        // what is owed back is never paid out as an arrears line by the next cycle
        SignedIn.run(users, PAYMENT_OFFICER, () -> cycles.generate(DISTRICT, PAID_MONTH.plusMonths(1), PAYMENT_OFFICER));
        assertThat(jdbc.queryForObject("select count(*) from payment_line where idempotency_key = ?", Long.class,
                "AP" + appeal)).isZero();
    }

    private static CaseApproved grant(long caseId, long householdId, long memberId, YearMonth month) {
        return new CaseApproved(caseId, householdId, memberId, Program.POOR_HOUSING, null, null, 0, 40_000_000,
                month.atDay(10), month, "12466", "duyet.tpthaibinh");
    }

    private static AppealDecided stop(long appealId, long caseId, long householdId, long memberId, YearMonth month) {
        return new AppealDecided(appealId, caseId, householdId, memberId, Program.POOR_HOUSING, AppealEffect.STOP,
                null, null, 0, 0, 0, 40_000_000, month, month.atDay(20), "12466", "duyet.tpthaibinh");
    }

    private List<String> lines(long cycleId, long entitlementId) {
        return jdbc.queryForList("select status from payment_line where cycle_id = ? and entitlement_id = ?", String.class,
                cycleId, entitlementId);
    }

    private long withdrawals(long entitlementId) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'ENTITLEMENT_WITHDRAWN' and subject_id = ?",
                Long.class, String.valueOf(entitlementId));
    }
}
