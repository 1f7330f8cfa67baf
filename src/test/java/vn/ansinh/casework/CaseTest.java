package vn.ansinh.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    static Case openCase() {
        return new Case(7L, null, Program.POVERTY_RECOGNITION, CaseKind.AD_HOC, "12345", "336", "xa.officer", Instant.EPOCH);
    }

    static CaseDecision decision(boolean eligible) {
        return new CaseDecision(eligible, eligible ? "POOR" : "NONE", "sha256:abc", DAY, List.of(), null, null, 0, 0,
                eligible ? "POOR" : "NONE");
    }

    private static Case atApproval() {
        Case c = openCase();
        c.submitAssessment("xa.officer", Instant.EPOCH);
        c.recordDecision(decision(true), "[]", 1L);
        c.recordMeeting(new VillageMeeting(DAY, 40, 30));
        c.startPosting(DAY.plusDays(5));
        c.endPosting();
        c.awaitApproval(ApprovalLevel.DISTRICT, "district:336", DAY.plusDays(12));
        return c;
    }

    @Test
    void walksTheHappyPathToApproved() {
        Case c = atApproval();
        c.approve("huyen.approver", DAY.plusDays(10), true);
        assertThat(c.status()).isEqualTo(CaseStatus.APPROVED);
        assertThat(c.decidedOn()).isEqualTo(DAY.plusDays(10));
        assertThat(c.decidedBy()).isEqualTo("huyen.approver");
    }

    @Test
    void anIneligibleDecisionWaitsForTheOfficer() {
        Case c = openCase();
        c.submitAssessment("xa.officer", Instant.EPOCH);
        c.recordDecision(decision(false), "[]", 1L);
        assertThat(c.status()).isEqualTo(CaseStatus.NOT_ELIGIBLE);
        c.correctData();
        assertThat(c.status()).isEqualTo(CaseStatus.ASSESSMENT);
    }

    @Test
    void refusesEvaluationBeforeAssessment() {
        assertThatThrownBy(() -> openCase().recordDecision(decision(true), "[]", 1L))
                .isInstanceOf(CaseTransitionRefused.class);
    }

    @Test
    void exactlyHalfTheMeetingAgreeing() {
        Case c = openCase();
        c.submitAssessment("xa.officer", Instant.EPOCH);
        c.recordDecision(decision(true), "[]", 1L);
        assertThat(c.recordMeeting(new VillageMeeting(DAY, 40, 20))).isTrue();
        assertThat(c.status()).isEqualTo(CaseStatus.POSTING);
    }

    @Test
    void lessThanHalfSendsTheCaseBackToAssessment() {
        Case c = openCase();
        c.submitAssessment("xa.officer", Instant.EPOCH);
        c.recordDecision(decision(true), "[]", 1L);
        assertThat(c.recordMeeting(new VillageMeeting(DAY, 41, 20))).isFalse();
        assertThat(c.status()).isEqualTo(CaseStatus.ASSESSMENT);
    }

    @Test
    void refusesMoreAgreeingThanAttending() {
        assertThatThrownBy(() -> new VillageMeeting(DAY, 10, 11)).isInstanceOf(CaseTransitionRefused.class);
        assertThatThrownBy(() -> new VillageMeeting(DAY, 0, 0)).isInstanceOf(CaseTransitionRefused.class);
    }

    @Test
    void aComplaintStopsThePostingUntilReVerified() {
        Case c = openCase();
        c.submitAssessment("xa.officer", Instant.EPOCH);
        c.recordDecision(decision(true), "[]", 1L);
        c.recordMeeting(new VillageMeeting(DAY, 40, 30));
        c.startPosting(DAY.plusDays(5));
        c.recordComplaint(ComplaintType.WRONGLY_INCLUDED);
        assertThat(c.status()).isEqualTo(CaseStatus.RE_VERIFICATION);
        assertThat(c.postingEndsOn()).isNull();
        assertThatThrownBy(c::endPosting).isInstanceOf(CaseTransitionRefused.class);
        c.reVerified();
        c.startPosting(DAY.plusDays(9));
        assertThat(c.status()).isEqualTo(CaseStatus.POSTING);
    }

    @Test
    void theAssessorCannotApprove() {
        Case c = atApproval();
        assertThatThrownBy(() -> c.approve("xa.officer", DAY, true))
                .isInstanceOf(CaseTransitionRefused.class)
                .hasMessageContaining("case.approve.ownAssessment");
        assertThat(c.status()).isEqualTo(CaseStatus.APPROVAL);
    }

    @Test
    void rejectingAndReturningNeedAReason() {
        Case c = atApproval();
        assertThatThrownBy(() -> c.reject("huyen.approver", DAY, " ")).isInstanceOf(CaseTransitionRefused.class);
        assertThatThrownBy(() -> c.returnToCommune("huyen.approver", null)).isInstanceOf(CaseTransitionRefused.class);
        c.returnToCommune("huyen.approver", "thiếu giấy tờ");
        assertThat(c.status()).isEqualTo(CaseStatus.ASSESSMENT);
        assertThat(c.approverGroup()).isNull();
    }

    @Test
    void aRejectedCaseCannotBeApprovedLater() {
        Case c = atApproval();
        c.reject("huyen.approver", DAY, "thu nhập vượt chuẩn");
        assertThat(c.status()).isEqualTo(CaseStatus.REJECTED);
        assertThat(c.decisionNote()).isEqualTo("thu nhập vượt chuẩn");
        assertThatThrownBy(() -> c.approve("other", DAY, true)).isInstanceOf(CaseTransitionRefused.class);
    }

    @Test
    void anOverdueFlagOnlyAppliesWhileAwaitingApproval() {
        Case c = atApproval();
        c.markOverdue();
        assertThat(c.overdue()).isTrue();
        c.approve("huyen.approver", DAY, true);
        assertThat(c.overdue()).isFalse();
        assertThatThrownBy(c::markOverdue).isInstanceOf(CaseTransitionRefused.class);
    }

    @Test
    void anIntermediateLevelKeepsTheCaseInApproval() {
        Case c = atApproval();
        c.approve("huyen.approver", DAY, false);
        assertThat(c.status()).isEqualTo(CaseStatus.APPROVAL);
    }
}
