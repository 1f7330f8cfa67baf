package vn.ansinh.casework;

import vn.ansinh.common.Formats;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ansinh.household.HouseholdManagement;
import vn.ansinh.household.HouseholdView;
import vn.ansinh.household.PovertyStatus;
import vn.ansinh.common.access.Jurisdiction;

class CaseReviewProcessTests extends CaseProcessTest {

    @Autowired HouseholdManagement households;

    @Test
    void aVillageMeetingGathersNoMorePeopleThanTheVillageHasHouseholds() {
        clockAt(LocalDateTime.of(2024, 3, 6, 9, 0));
        long id = open(Program.POVERTY_RECOGNITION);
        assertThat(assess(id, 1_000_000, List.of("E1", "E4", "E8"))).isTrue();
        int village = jdbc.queryForObject("select count(*) from household o join household h on o.commune_code ="
                + " h.commune_code and o.village = h.village join casework_case c on c.household_id = h.id where c.id = ?",
                Integer.class, id);

        assertThatThrownBy(() -> workflow.recordMeeting(id, null, OFFICER,
                new VillageMeeting(LocalDate.of(2024, 3, 6), village + 1, village), null))
                .isInstanceOfSatisfying(CaseTransitionRefused.class,
                        e -> assertThat(e.code()).isEqualTo("case.meeting.attendance.village"));
        assertThat(openSteps(id)).containsExactly("villageMeeting");
        assertThat(workflow.recordMeeting(id, null, OFFICER, new VillageMeeting(LocalDate.of(2024, 3, 6), village, village),
                null)).isTrue();
    }

    @Test
    void walksAPoorHouseholdFromOpeningToEntitlement() {
        clockAt(LocalDateTime.of(2024, 3, 6, 9, 0)); // Wednesday
        long id = open(Program.POVERTY_RECOGNITION);
        assertThat(openSteps(id)).containsExactly("assessment");
        assertThat(assess(id, 1_000_000, List.of("E1", "E4", "E8"))).isTrue();
        assertThat(reload(id).decision().outcome()).isEqualTo("POOR");
        assertThat(openSteps(id)).containsExactly("villageMeeting");

        workflow.recordMeeting(id, null, OFFICER, new VillageMeeting(LocalDate.of(2024, 3, 6), 3, 2), "họp thôn Đông");
        // Decision 24/2021: 3 working days counted from the next day: Thu 7, Fri 8, Mon 11 March.
        assertThat(reload(id).postingEndsOn()).isEqualTo(LocalDate.of(2024, 3, 11));
        assertThat(openSteps(id)).containsExactly("publicPosting");

        fireTimer(id, "postingEnded");
        Case atApproval = reload(id);
        assertThat(atApproval.status()).isEqualTo(CaseStatus.APPROVAL);
        assertThat(atApproval.approverGroup()).isEqualTo("approver:district:" + DISTRICT);
        // posting closed at the start of Tue 12 March; 5 working days: 13, 14, 15, 18, 19 March.
        assertThat(atApproval.approvalDueOn()).isEqualTo(LocalDate.of(2024, 3, 19));

        workflow.approve(id, atApproval.version(), APPROVER, "đồng ý");
        Case approved = reload(id);
        assertThat(approved.status()).isEqualTo(CaseStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo(APPROVER.username());
        assertThat(approved.decidedOn()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(openSteps(id)).isEmpty();
        assertThat(approvals.countFor(id)).isEqualTo(1);
        assertThat(approvals.lastFor(id).startMonth()).hasToString("2024-03");
        HouseholdView household = households.findWithin(approved.householdId(), Jurisdiction.province()).orElseThrow();
        assertThat(household.officialPovertyStatus()).isEqualTo(PovertyStatus.POOR);
        assertThat(household.officialStatusSince()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(queries.find(id, OFFICER).orElseThrow().timeline()).extracting(CaseView.Step::action)
                .containsSubsequence("OPENED", "ASSESSED", "ELIGIBLE", "MEETING_AGREED", "POSTING_STARTED",
                        "POSTING_ENDED", "AWAITING_DISTRICT", "APPROVE", "APPROVED");
    }

    @Test
    void anIneligibleHouseholdCanBeCorrectedOrClosed() {
        long id = open(Program.POVERTY_RECOGNITION);
        assertThat(assess(id, 5_000_000, List.of())).isFalse();
        assertThat(reload(id).status()).isEqualTo(CaseStatus.NOT_ELIGIBLE);
        assertThat(queries.find(id, OFFICER).orElseThrow().decision().reasons())
                .extracting(CaseDecision.Reason::code).contains("POV-ND07-INCOME-LINE");
        assertThat(openSteps(id)).containsExactly("notEligibleReview");

        workflow.correctData(id, null, OFFICER, "thu nhập nhập sai");
        assertThat(openSteps(id)).containsExactly("assessment");
        assertThat(assess(id, 6_000_000, List.of())).isFalse();

        workflow.closeNotEligible(id, null, OFFICER, "thu nhập trên chuẩn cận nghèo");
        Case closed = reload(id);
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(openSteps(id)).isEmpty();
        assertThat(approvals.countFor(id)).isZero();
    }

    @Test
    void aMeetingUnderHalfSendsTheCaseBackToAssessment() {
        long id = open(Program.POVERTY_RECOGNITION);
        assess(id, 1_000_000, List.of("E1", "E4", "E8"));
        assertThat(workflow.recordMeeting(id, null, OFFICER, new VillageMeeting(LocalDate.now(Formats.PROVINCE), 3, 1), null)).isFalse();
        assertThat(reload(id).status()).isEqualTo(CaseStatus.ASSESSMENT);
        assertThat(openSteps(id)).containsExactly("assessment");
    }

    @Test
    void aComplaintDuringPostingStopsTheClockUntilReVerifiedAndReposted() {
        clockAt(LocalDateTime.of(2024, 3, 6, 9, 0));
        long id = postedCase();
        String pi = reload(id).processInstanceId();
        clockAt(LocalDateTime.of(2024, 3, 8, 9, 0));
        workflow.recordComplaint(id, null, OFFICER, ComplaintType.WRONGLY_INCLUDED, "hàng xóm phản ánh có xe máy mới");
        assertThat(reload(id).status()).isEqualTo(CaseStatus.RE_VERIFICATION);
        assertThat(management.createTimerJobQuery().processInstanceId(pi).elementId("postingEnded").count()).isZero();
        assertThat(openSteps(id)).containsExactly("reVerification");

        clockAt(LocalDateTime.of(2024, 3, 11, 9, 0)); // Monday: a full new window from here
        workflow.reVerified(id, null, OFFICER, "đã phúc tra, giữ nguyên");
        assertThat(reload(id).postingEndsOn()).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(openSteps(id)).containsExactly("publicPosting");
        fireTimer(id, "postingEnded");
        assertThat(reload(id).status()).isEqualTo(CaseStatus.APPROVAL);
    }

    @Test
    void theDistrictCanReturnACaseToTheCommuneWithAReason() {
        long id = caseAtApproval();
        assertThatThrownBy(() -> workflow.returnToCommune(id, null, APPROVER, " "))
                .isInstanceOf(CaseTransitionRefused.class).hasMessageContaining("case.reason.required");
        workflow.returnToCommune(id, null, APPROVER, "thiếu biên bản họp dân");
        assertThat(reload(id).status()).isEqualTo(CaseStatus.ASSESSMENT);
        assertThat(openSteps(id)).containsExactly("assessment");

        assess(id, 1_000_000, List.of("E1", "E4", "E8"));
        workflow.recordMeeting(id, null, OFFICER, new VillageMeeting(LocalDate.now(Formats.PROVINCE), 3, 3), null);
        fireTimer(id, "postingEnded");
        workflow.approve(id, null, APPROVER, null);
        assertThat(reload(id).status()).isEqualTo(CaseStatus.APPROVED);
        assertThat(approvals.countFor(id)).isEqualTo(1);
    }

    @Test
    void theDistrictCanRejectWithAReason() {
        long id = caseAtApproval();
        assertThatThrownBy(() -> workflow.reject(id, null, APPROVER, null)).isInstanceOf(CaseTransitionRefused.class);
        workflow.reject(id, null, APPROVER, "thu nhập thực tế cao hơn kê khai");
        Case rejected = reload(id);
        assertThat(rejected.status()).isEqualTo(CaseStatus.REJECTED);
        assertThat(rejected.decisionNote()).isEqualTo("thu nhập thực tế cao hơn kê khai");
        assertThat(openSteps(id)).isEmpty();
        assertThat(approvals.countFor(id)).isZero();
    }

    @Test
    void theOfficerWhoAssessedCannotApproveEvenFromADistrictSeat() {
        long id = caseAtApproval();
        CaseActor sameOfficerNowAtDistrict = new CaseActor(OFFICER.username(), ApprovalLevel.DISTRICT, DISTRICT);
        assertThatThrownBy(() -> workflow.approve(id, null, sameOfficerNowAtDistrict, null))
                .isInstanceOf(CaseTransitionRefused.class).hasMessageContaining("case.approve.ownAssessment");
        assertThat(reload(id).status()).isEqualTo(CaseStatus.APPROVAL);
        assertThat(openSteps(id)).containsExactly("approval");
    }

    @Test
    void aStaleFormIsRefused() {
        long id = open(Program.POVERTY_RECOGNITION);
        int loaded = reload(id).version();
        assess(id, 1_000_000, List.of("E1", "E4", "E8"));
        assertThatThrownBy(() -> workflow.recordMeeting(id, loaded, OFFICER, new VillageMeeting(LocalDate.now(Formats.PROVINCE), 3, 2), null))
                .isInstanceOf(CaseAlreadyHandled.class);
    }
}
