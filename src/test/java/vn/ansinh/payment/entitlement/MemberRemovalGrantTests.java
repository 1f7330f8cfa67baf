package vn.ansinh.payment.entitlement;

import vn.ansinh.common.Formats;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ansinh.casework.CaseApproved;
import vn.ansinh.casework.Program;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.TestHouseholds;

/** A one-off grant not yet paid to a member removed from the household is withdrawn; the head's own grant stays. */
class MemberRemovalGrantTests extends IntegrationTest {

    static final String COMMUNE_OFFICER = "canbo.vuphuc";

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired Entitlements entitlements;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anUnpaidGrantOfTheRemovedMemberIsWithdrawnOnceAndTheHeadsStays() throws Exception {
        String household = mvc.perform(post("/api/households").with(httpBasic(COMMUNE_OFFICER, COMMUNE_OFFICER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TestHouseholds.json("Hà Văn Nhà", "12466", "Hà Văn Nhà", "Hà Thị Rời")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long householdId = ((Number) JsonPath.read(household, "$.id")).longValue();
        long head = ((Number) JsonPath.read(household, "$.members[0].id")).longValue();
        long leaving = ((Number) JsonPath.read(household, "$.members[1].id")).longValue();
        long leavingCase = 710_000_000L + householdId;
        long headCase = 720_000_000L + householdId;
        tx.executeWithoutResult(s -> {
            events.publishEvent(grant(leavingCase, householdId, leaving));
            events.publishEvent(grant(headCase, householdId, head));
        });
        long grant = entitlements.findBySourceCaseId(leavingCase).orElseThrow().getId();
        long headGrant = entitlements.findBySourceCaseId(headCase).orElseThrow().getId();

        mvc.perform(post("/api/households/" + householdId + "/members/" + leaving + "/removal")
                        .with(httpBasic(COMMUNE_OFFICER, COMMUNE_OFFICER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Đã chuyển khẩu\"}"))
                .andExpect(status().isOk());
        assertThat(entitlements.findById(grant).orElseThrow().getStatus()).isEqualTo(EntitlementStatus.REJECTED);
        assertThat(entitlements.findById(headGrant).orElseThrow().getStatus()).isEqualTo(EntitlementStatus.ACTIVE);
        assertThat(withdrawals(grant)).isEqualTo(1);

        // delivered again: nothing more to withdraw
        tx.executeWithoutResult(s -> events.publishEvent(new vn.ansinh.household.MemberRemoved(householdId, leaving,
                "Hà Thị Rời", "12466", "336", "Đã chuyển khẩu", LocalDate.now(Formats.PROVINCE))));
        assertThat(withdrawals(grant)).isEqualTo(1);
        assertThat(entitlements.findById(headGrant).orElseThrow().getStatus()).isEqualTo(EntitlementStatus.ACTIVE);
    }

    private static CaseApproved grant(long caseId, long householdId, long memberId) {
        return new CaseApproved(caseId, householdId, memberId, Program.POOR_HOUSING, null, null, 0, 40_000_000,
                LocalDate.of(2024, 5, 10), YearMonth.of(2024, 5), "12466", "duyet.tpthaibinh");
    }

    private long withdrawals(long entitlementId) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'ENTITLEMENT_WITHDRAWN' and subject_id = ?",
                Long.class, String.valueOf(entitlementId));
    }
}
