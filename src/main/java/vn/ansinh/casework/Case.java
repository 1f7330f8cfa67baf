package vn.ansinh.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One household's request for one program. Guards its own transitions: Flowable decides who acts
 * next, the case decides whether the act is legal from where it stands.
 */
@Entity
@Table(name = "casework_case")
public class Case {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Version private int version;
    private long householdId;
    private Long memberId;
    @Enumerated(EnumType.STRING) private Program program;
    @Enumerated(EnumType.STRING) private CaseKind kind;
    private String communeCode;
    private String districtCode;
    @Enumerated(EnumType.STRING) private CaseStatus status;
    private String processInstanceId;
    private String openedBy;
    private Instant openedAt;
    private String assessedBy;
    private Instant assessedAt;
    /** The eligibility decision this case was decided on ({@code eligibility_decision.id}): inputs, result, rule set. */
    private Long eligibilityDecisionId;
    /** Cases decided before V103 kept their own copy of the household and survey; read-only, never written again. */
    @Column(name = "assessment_snapshot", columnDefinition = "text", insertable = false, updatable = false)
    private String legacySnapshot;
    @Embedded private StoredDecision decision;
    @Embedded private VillageMeeting meeting;
    private LocalDate postingEndsOn;
    @Enumerated(EnumType.STRING) private ApprovalLevel approvalLevel;
    private String approverGroup;
    private LocalDate approvalDueOn;
    private boolean overdue;
    private LocalDate decidedOn;
    private String decidedBy;
    private String decisionNote;
    /** The code people read and quote ({@link CaseReference}), given once the id is known. */
    private String reference;

    protected Case() {
    }

    Case(long householdId, Long memberId, Program program, CaseKind kind, String communeCode,
         String districtCode, String openedBy, Instant openedAt) {
        this.householdId = householdId;
        this.memberId = memberId;
        this.program = Objects.requireNonNull(program);
        this.kind = Objects.requireNonNull(kind);
        this.communeCode = Objects.requireNonNull(communeCode);
        this.districtCode = districtCode;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.status = CaseStatus.ASSESSMENT;
    }

    /** Gives the just-saved case its code, from its id and the day it was opened; never changed afterwards. */
    void assignReference() {
        if (reference == null) {
            this.reference = CaseReference.of(id, openedAt.atZone(CaseClock.ZONE).toLocalDate());
        }
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void submitAssessment(String by, Instant at) {
        require(CaseStatus.ASSESSMENT);
        this.assessedBy = by;
        this.assessedAt = at;
    }

    /**
     * The engine decided: the case keeps the id of the eligibility decision (the one record of inputs and result)
     * and its own program's part of it (outcome, amounts, reasons) that the entitlement is made from.
     */
    public void recordDecision(CaseDecision decided, String reasonsJson, Long eligibilityDecisionId) {
        require(CaseStatus.ASSESSMENT);
        if (assessedBy == null) {
            throw new CaseTransitionRefused("case.notAssessed", "evaluation before assessment");
        }
        this.decision = StoredDecision.of(decided, reasonsJson);
        this.eligibilityDecisionId = eligibilityDecisionId;
        this.status = decided.eligible() ? CaseStatus.VILLAGE_MEETING : CaseStatus.NOT_ELIGIBLE;
    }

    void correctData() {
        require(CaseStatus.NOT_ELIGIBLE);
        this.status = CaseStatus.ASSESSMENT;
    }

    void closeNotEligible(String by, LocalDate on, String note) {
        require(CaseStatus.NOT_ELIGIBLE);
        decide(CaseStatus.CLOSED, by, on, note);
    }

    /** The request no longer stands (e.g. the death that opened a funeral case was recorded by mistake). */
    void withdraw(String by, LocalDate on, String reason) {
        if (!status.isOpen()) {
            throw new CaseTransitionRefused("case.wrongState", "case " + id + " is " + status + ", not open");
        }
        decide(CaseStatus.CLOSED, by, on, requireReason(reason));
    }

    /** Returns whether the meeting agreed; under 50 % sends the case back to assessment. */
    boolean recordMeeting(VillageMeeting held) {
        require(CaseStatus.VILLAGE_MEETING);
        this.meeting = held;
        this.status = held.agreed() ? CaseStatus.POSTING : CaseStatus.ASSESSMENT;
        return held.agreed();
    }

    public void startPosting(LocalDate endsOn) {
        require(CaseStatus.POSTING);
        this.postingEndsOn = endsOn;
    }

    void recordComplaint(ComplaintType type) {
        require(CaseStatus.POSTING);
        Objects.requireNonNull(type, "complaint type");
        this.status = CaseStatus.RE_VERIFICATION;
        this.postingEndsOn = null;
    }

    void reVerified() {
        require(CaseStatus.RE_VERIFICATION);
        this.status = CaseStatus.POSTING;
    }

    public void endPosting() {
        require(CaseStatus.POSTING);
        this.status = CaseStatus.APPROVAL;
    }

    public void awaitApproval(ApprovalLevel level, String group, LocalDate dueOn) {
        require(CaseStatus.APPROVAL);
        this.approvalLevel = level;
        this.approverGroup = group;
        this.approvalDueOn = dueOn;
        this.overdue = false;
    }

    public void markOverdue() {
        require(CaseStatus.APPROVAL);
        this.overdue = true;
    }

    /** One level approves; the last level's approval decides the case. */
    void approve(String by, LocalDate on, boolean lastLevel) {
        require(CaseStatus.APPROVAL);
        if (by.equals(assessedBy)) {
            throw new CaseTransitionRefused("case.approve.ownAssessment", by + " assessed case " + id);
        }
        if (lastLevel) {
            decide(CaseStatus.APPROVED, by, on, null);
        }
    }

    void reject(String by, LocalDate on, String reason) {
        require(CaseStatus.APPROVAL);
        decide(CaseStatus.REJECTED, by, on, requireReason(reason));
    }

    void returnToCommune(String by, String reason) {
        require(CaseStatus.APPROVAL);
        requireReason(reason);
        this.status = CaseStatus.ASSESSMENT;
        this.overdue = false;
        this.approvalLevel = null;
        this.approverGroup = null;
        this.approvalDueOn = null;
    }

    private void decide(CaseStatus outcome, String by, LocalDate on, String note) {
        this.status = outcome;
        this.decidedBy = by;
        this.decidedOn = on;
        this.decisionNote = note;
        this.overdue = false;
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new CaseTransitionRefused("case.reason.required", "a reason is required");
        }
        return reason.strip();
    }

    private void require(CaseStatus expected) {
        if (status != expected) {
            throw new CaseTransitionRefused("case.wrongState", "case " + id + " is " + status + ", not " + expected);
        }
    }

    public Long id() { return id; }
    public int version() { return version; }
    public long householdId() { return householdId; }
    public Long memberId() { return memberId; }
    public Program program() { return program; }
    CaseKind kind() { return kind; }
    public String communeCode() { return communeCode; }
    public String districtCode() { return districtCode; }
    public CaseStatus status() { return status; }
    public String processInstanceId() { return processInstanceId; }
    String openedBy() { return openedBy; }
    public Instant openedAt() { return openedAt; }
    String assessedBy() { return assessedBy; }
    Instant assessedAt() { return assessedAt; }
    public Long eligibilityDecisionId() { return eligibilityDecisionId; }
    String legacySnapshot() { return legacySnapshot; }
    public StoredDecision decision() { return decision; }
    VillageMeeting meeting() { return meeting; }
    public LocalDate postingEndsOn() { return postingEndsOn; }
    ApprovalLevel approvalLevel() { return approvalLevel; }
    String approverGroup() { return approverGroup; }
    public LocalDate approvalDueOn() { return approvalDueOn; }
    public boolean overdue() { return overdue; }
    public LocalDate decidedOn() { return decidedOn; }
    public String decidedBy() { return decidedBy; }
    String decisionNote() { return decisionNote; }
    public String reference() { return reference; }
}
