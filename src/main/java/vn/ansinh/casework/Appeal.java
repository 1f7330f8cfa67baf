package vn.ansinh.casework;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A household contesting a decided case (a complaint after the decision). Guards its own transitions: one review,
 * one outcome; a changed outcome keeps what it changes the decision to, for the entitlement.
 */
@Entity
@Table(name = "casework_appeal")
public class Appeal {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Version private int version;
    private long caseId;
    private long householdId;
    private Long memberId;
    @Enumerated(EnumType.STRING) private Program program;
    private String communeCode;
    private String districtCode;
    @Enumerated(EnumType.STRING) private AppealStatus status;
    private String grounds;
    private LocalDate receivedOn;
    private LocalDate dueOn;
    private boolean overdue;
    private String lodgedBy;
    private Instant lodgedAt;
    @Enumerated(EnumType.STRING) private ApprovalLevel reviewerLevel;
    private String reviewerGroup;
    private String processInstanceId;
    private long eligibilityDecisionId;
    private String decidedBy;
    private LocalDate decidedOn;
    private String decisionNote;
    @Enumerated(EnumType.STRING) private AppealEffect effect;
    private Boolean effectEligible;
    private String effectCategory;
    private BigDecimal effectCoefficient;
    private Long effectMonthly;
    private Long effectGrant;
    private LocalDate effectFromMonth;
    private Long reassessmentCaseId;

    protected Appeal() {
    }

    Appeal(Case decided, String grounds, LocalDate receivedOn, LocalDate dueOn, ApprovalLevel reviewerLevel,
           String reviewerGroup, String lodgedBy, Instant lodgedAt) {
        this.caseId = decided.id();
        this.householdId = decided.householdId();
        this.memberId = decided.memberId();
        this.program = decided.program();
        this.communeCode = decided.communeCode();
        this.districtCode = decided.districtCode();
        this.eligibilityDecisionId = Objects.requireNonNull(decided.eligibilityDecisionId());
        this.grounds = grounds;
        this.receivedOn = receivedOn;
        this.dueOn = dueOn;
        this.reviewerLevel = reviewerLevel;
        this.reviewerGroup = reviewerGroup;
        this.lodgedBy = lodgedBy;
        this.lodgedAt = lodgedAt;
        this.status = AppealStatus.REVIEW;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void markOverdue() {
        requireOpen();
        this.overdue = true;
    }

    void uphold(String by, LocalDate on, String note) {
        decide(AppealStatus.UPHELD, by, on, note);
    }

    void change(String by, LocalDate on, String note, AppealEffect effect, CaseDecision today, YearMonth from) {
        decide(AppealStatus.CHANGED, by, on, note);
        this.effect = Objects.requireNonNull(effect);
        this.effectEligible = today.eligible();
        this.effectCategory = today.category() != null ? today.category() : today.povertyStatus();
        this.effectCoefficient = today.coefficient();
        this.effectMonthly = today.monthlyAmount();
        this.effectGrant = today.grantAmount();
        this.effectFromMonth = from.atDay(1);
    }

    void sendBack(String by, LocalDate on, String note) {
        decide(AppealStatus.SENT_BACK, by, on, note);
    }

    public void reassessedIn(long caseId) {
        if (status != AppealStatus.SENT_BACK) {
            throw new CaseTransitionRefused("case.wrongState", "appeal " + id + " is " + status);
        }
        this.reassessmentCaseId = caseId;
    }

    private void decide(AppealStatus outcome, String by, LocalDate on, String note) {
        requireOpen();
        if (note == null || note.isBlank()) {
            throw new CaseTransitionRefused("case.reason.required", "an appeal's decision gives its reasons");
        }
        this.status = outcome;
        this.decidedBy = by;
        this.decidedOn = on;
        this.decisionNote = note.strip();
        this.overdue = false;
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new CaseTransitionRefused("appeal.decided", "appeal " + id + " is " + status);
        }
    }

    public Long id() { return id; }
    public int version() { return version; }
    public long caseId() { return caseId; }
    public long householdId() { return householdId; }
    public Long memberId() { return memberId; }
    public Program program() { return program; }
    public String communeCode() { return communeCode; }
    public String districtCode() { return districtCode; }
    public AppealStatus status() { return status; }
    public String grounds() { return grounds; }
    public LocalDate receivedOn() { return receivedOn; }
    public LocalDate dueOn() { return dueOn; }
    public boolean overdue() { return overdue; }
    public String lodgedBy() { return lodgedBy; }
    public ApprovalLevel reviewerLevel() { return reviewerLevel; }
    public String reviewerGroup() { return reviewerGroup; }
    public String processInstanceId() { return processInstanceId; }
    public long eligibilityDecisionId() { return eligibilityDecisionId; }
    public String decidedBy() { return decidedBy; }
    public LocalDate decidedOn() { return decidedOn; }
    public String decisionNote() { return decisionNote; }
    public AppealEffect effect() { return effect; }
    public Boolean effectEligible() { return effectEligible; }
    public String effectCategory() { return effectCategory; }
    public BigDecimal effectCoefficient() { return effectCoefficient; }
    public Long effectMonthly() { return effectMonthly; }
    public Long effectGrant() { return effectGrant; }
    public LocalDate effectFromMonth() { return effectFromMonth; }
    public Long reassessmentCaseId() { return reassessmentCaseId; }
}
