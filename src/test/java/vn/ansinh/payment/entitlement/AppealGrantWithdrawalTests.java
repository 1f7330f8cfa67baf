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
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SignedIn;
import vn.ansinh.support.TestHouseholds;

/**
 * An appeal that changes a housing grant to "not entitled" withdraws the unpaid grant as a member's removal does: its
 * line leaves a cycle still in review and is cancelled in an approved cycle, so the payer is never handed it; once.
 */
class AppealGrantWithdrawalTests extends IntegrationTest {

    static final String COMMUNE_OFFICER = "canbo.vuphuc";
    static final String PAYMENT_OFFICER = "chitra.tpthaibinh";
    static final String DISTRICT = "336";
    /** Months no other test pays, so the cycles are this test's own. */
    static final YearMonth APPROVED_MONTH = YearMonth.of(2033, 3);
    static final YearMonth REVIEW_MONTH = YearMonth.of(2033, 4);

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired Entitlements entitlements;
    @Autowired JdbcTemplate jdbc;
    @Autowired CycleService cycles;
    @Autowired UserDetailsService users;

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
