package vn.ansinh.casework;

import vn.ansinh.casework.inbox.InboxFilter;
import vn.ansinh.casework.inbox.InboxItem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.ansinh.common.access.Role;

class ApprovalProcessTests extends CaseProcessTest {

    @Autowired TaskService tasks;
    @Autowired CaseRules rules;

    @Test
    void anApprovalPastItsSlaIsFlaggedAndShownFirstToTheDistrict() {
        long onTime = caseAtApproval();
        long late = caseAtApproval();

        fireTimer(late, "approvalOverdue");

        Case flagged = reload(late);
        assertThat(flagged.overdue()).isTrue();
        assertThat(flagged.status()).isEqualTo(CaseStatus.APPROVAL);
        assertThat(openSteps(late)).containsExactly("approval");
        assertThat(reload(onTime).overdue()).isFalse();
        List<Long> inboxOrder = inbox.of(APPROVER, InboxFilter.none()).stream().map(InboxItem::caseId)
                .filter(id -> id == onTime || id == late).toList();
        assertThat(inboxOrder).containsExactly(late, onTime);
        assertThat(inbox.of(APPROVER, new InboxFilter(null, null, true))).extracting(InboxItem::caseId)
                .contains(late).doesNotContain(onTime);

        workflow.approve(late, null, APPROVER, "duyệt muộn");
        assertThat(reload(late).status()).isEqualTo(CaseStatus.APPROVED);
        assertThat(reload(late).overdue()).isFalse();
    }

    @Test
    void theInboxFiltersTheTasksOfferedToTheDistrictByCommuneAndProgramAndLeavesOtherDistrictsOut() {
        long waiting = caseAtApproval();
        Program program = reload(waiting).program();
        Program other = program == Program.POVERTY_RECOGNITION ? Program.SOCIAL_ALLOWANCE : Program.POVERTY_RECOGNITION;

        assertThat(ids(APPROVER, InboxFilter.none())).contains(waiting);
        assertThat(ids(APPROVER, new InboxFilter(COMMUNE, null, false))).contains(waiting);
        assertThat(ids(APPROVER, new InboxFilter("12433", null, false))).doesNotContain(waiting);
        assertThat(ids(APPROVER, new InboxFilter(null, program, false))).contains(waiting);
        assertThat(ids(APPROVER, new InboxFilter(null, other, false))).doesNotContain(waiting);
        assertThat(ids(APPROVER, new InboxFilter(COMMUNE, program, false))).contains(waiting);
        assertThat(ids(OTHER_DISTRICT, InboxFilter.none())).doesNotContain(waiting);
        // once the approver claims it, it is theirs (assigned), no longer offered to the group's other members
        String task = tasks.createTaskQuery().processInstanceId(reload(waiting).processInstanceId()).singleResult().getId();
        tasks.claim(task, APPROVER.username());
        assertThat(inbox.of(APPROVER, InboxFilter.none()).stream().filter(i -> i.caseId() == waiting).toList())
                .hasSize(1).allSatisfy(i -> assertThat(i.assignee()).isEqualTo(APPROVER.username()));
        CaseActor colleague = new CaseActor("duyet.khac", ApprovalLevel.DISTRICT, DISTRICT);
        assertThat(ids(colleague, InboxFilter.none())).doesNotContain(waiting);
    }

    private List<Long> ids(CaseActor actor, InboxFilter filter) {
        return inbox.of(actor, filter).stream().map(InboxItem::caseId).toList();
    }

    @Test
    void theDistrictStillApprovesAfterTheFirstOfJuly2025ByDefault() {
        clockAt(LocalDateTime.of(2025, 6, 27, 9, 0)); // Friday; 30 June, 1 and 2 July: ends in the new period
        long after = postedCase();
        fireTimer(after, "postingEnded");
        assertThat(reload(after).approvalLevel()).isEqualTo(ApprovalLevel.DISTRICT);
        assertThat(reload(after).approverGroup()).isEqualTo("approver:district:" + DISTRICT);
        assertThatThrownBy(() -> workflow.approve(after, null, PROVINCE, null)).isInstanceOf(AccessDeniedException.class);
        workflow.approve(after, null, APPROVER, null);
        assertThat(reload(after).status()).isEqualTo(CaseStatus.APPROVED);
    }

    @Test
    void aProvinceThatSwitchesTheTwoTierChainOnIsApprovedByTheProvinceFromTheFirstOfJuly2025() {
        DatedTable before = rules.replaceChains(twoTierSwitchedOn());
        try {
            clockAt(LocalDateTime.of(2025, 6, 20, 9, 0)); // Friday; 3 working days: 23, 24, 25 June
            long june = postedCase();
            fireTimer(june, "postingEnded");
            assertThat(reload(june).approverGroup()).isEqualTo("approver:district:" + DISTRICT);

            clockAt(LocalDateTime.of(2025, 6, 27, 9, 0));
            long july = postedCase();
            fireTimer(july, "postingEnded");
            assertThat(reload(july).approverGroup()).isEqualTo("approver:province:34");
            assertThat(reload(july).approvalLevel()).isEqualTo(ApprovalLevel.PROVINCE);

            assertThat(inbox.of(APPROVER, InboxFilter.none())).extracting(InboxItem::caseId).doesNotContain(july);
            assertThat(inbox.of(PROVINCE, InboxFilter.none())).extracting(InboxItem::caseId).contains(july);
            assertThatThrownBy(() -> workflow.approve(july, null, APPROVER, null)).isInstanceOf(AccessDeniedException.class);
            workflow.approve(july, null, PROVINCE, null);
            assertThat(reload(july).status()).isEqualTo(CaseStatus.APPROVED);
            assertThat(approvals.countFor(july)).isEqualTo(1);
        } finally {
            rules.replaceChains(before);
        }
    }

    @Test
    void aTaskWaitingWhenTheChainChangesKeepsItsLevelAndTheNextLevelFollowsTheNewChain() {
        clockAt(LocalDateTime.of(2025, 6, 27, 9, 0));
        long id = postedCase();
        fireTimer(id, "postingEnded");
        assertThat(reload(id).approvalLevel()).isEqualTo(ApprovalLevel.DISTRICT);

        DatedTable before = rules.replaceChains(twoTierSwitchedOn());
        try {
            assertThat(reload(id).approverGroup()).isEqualTo("approver:district:" + DISTRICT);
            workflow.approve(id, null, APPROVER, "cấp huyện đã duyệt");
            Case atProvince = reload(id);
            assertThat(atProvince.status()).isEqualTo(CaseStatus.APPROVAL);
            assertThat(atProvince.approvalLevel()).isEqualTo(ApprovalLevel.PROVINCE);
            assertThat(atProvince.approverGroup()).isEqualTo("approver:province:34");
            assertThat(approvals.countFor(id)).isZero();
        } finally {
            rules.replaceChains(before);
        }
        // back to the default chain: no level above the province is left, so its approval decides the case
        workflow.approve(id, null, PROVINCE, null);
        assertThat(reload(id).status()).isEqualTo(CaseStatus.APPROVED);
        assertThat(approvals.countFor(id)).isEqualTo(1);
    }

    @Test
    void policyStaffAndPaymentOfficersAreNeverOfferedAnApproval() {
        long id = caseAtApproval();
        CaseActor policy = new CaseActor("policy", Role.POLICY_STAFF, ApprovalLevel.PROVINCE, "34");
        CaseActor payer = new CaseActor("chitra.tpthaibinh", Role.PAYMENT_OFFICER, ApprovalLevel.DISTRICT, DISTRICT);
        for (CaseActor actor : List.of(policy, payer)) {
            assertThat(inbox.of(actor, InboxFilter.none())).extracting(InboxItem::caseId).doesNotContain(id);
            assertThatThrownBy(() -> workflow.approve(id, null, actor, null)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'ACT_REFUSED' and subject_type = 'case'"
                + " and subject_id = ? and detail like 'DECIDE_CASE%'", Integer.class, String.valueOf(id))).isEqualTo(2);
        assertThat(reload(id).status()).isEqualTo(CaseStatus.APPROVAL);
    }

    /** The CSV as shipped, with the province's two-tier row switched on. */
    private static DatedTable twoTierSwitchedOn() {
        try {
            List<String> lines = Files.readAllLines(Path.of("rules/casework/approval-chains.csv")).stream()
                    .map(line -> line.startsWith("*,2025-07-01,COMMUNE>PROVINCE,no,")
                            ? line.replace(",no,", ",yes,") : line).toList();
            assertThat(lines).anyMatch(line -> line.startsWith("*,2025-07-01,COMMUNE>PROVINCE,yes,"));
            return DatedTable.parse("approval-chains.csv", lines);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void approvesOnlyOnceWhenTwoApproversRace() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 40; round++) {
                long id = caseAtApproval();
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<String>> results = new ArrayList<>();
                for (CaseActor approver : List.of(APPROVER, APPROVER_2)) {
                    Callable<String> approve = () -> {
                        start.await();
                        try {
                            workflow.approve(id, null, approver, null);
                            return "won";
                        } catch (CaseAlreadyHandled lost) {
                            return "already handled";
                        }
                    };
                    results.add(pool.submit(approve));
                }
                List<String> outcomes = new ArrayList<>();
                for (Future<String> result : results) {
                    outcomes.add(result.get());
                }
                assertThat(outcomes).as("round " + round).containsExactlyInAnyOrder("won", "already handled");
                assertThat(reload(id).status()).isEqualTo(CaseStatus.APPROVED);
                assertThat(approvals.countFor(id)).as("entitlements for case " + id).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void nobodySeesOrCompletesTasksOutsideTheirArea() {
        long id = open(Program.POVERTY_RECOGNITION);
        assertThat(queries.find(id, OTHER_OFFICER)).isEmpty();
        assertThat(inbox.of(OTHER_OFFICER, InboxFilter.none())).extracting(InboxItem::caseId).doesNotContain(id);
        assertThat(inbox.of(OFFICER, InboxFilter.none())).extracting(InboxItem::caseId).contains(id);
        assertThatThrownBy(() -> assess(id, OTHER_OFFICER, 1_000_000, List.of("E1", "E2", "E3")))
                .isInstanceOf(CaseNotFound.class);
        assertThatThrownBy(() -> workflow.open(
                new OpenCase(household(), null, Program.POVERTY_RECOGNITION, CaseKind.AD_HOC, COMMUNE, DISTRICT),
                OTHER_OFFICER)).isInstanceOf(CaseNotFound.class);

        long atApproval = caseAtApproval();
        assertThat(inbox.of(OTHER_DISTRICT, InboxFilter.none())).extracting(InboxItem::caseId).doesNotContain(atApproval);
        assertThatThrownBy(() -> workflow.approve(atApproval, null, OTHER_DISTRICT, null)).isInstanceOf(CaseNotFound.class);
        // the commune officer sees the case but approving is not their role's act
        assertThatThrownBy(() -> workflow.approve(atApproval, null, OFFICER, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(inbox.of(OFFICER, InboxFilter.none())).extracting(InboxItem::caseId).doesNotContain(atApproval);
        assertThat(reload(atApproval).status()).isEqualTo(CaseStatus.APPROVAL);
    }

    @Test
    void aClaimedTaskIsAlreadyHandledForAColleague() {
        long id = caseAtApproval();
        workflow.claim(id, "approval", APPROVER);
        assertThatThrownBy(() -> workflow.approve(id, null, APPROVER_2, null)).isInstanceOf(CaseAlreadyHandled.class);
        assertThatThrownBy(() -> workflow.claim(id, "approval", APPROVER_2)).isInstanceOf(CaseAlreadyHandled.class);
        workflow.approve(id, null, APPROVER, null);
        assertThat(reload(id).status()).isEqualTo(CaseStatus.APPROVED);
    }
}
