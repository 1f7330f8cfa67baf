package vn.ansinh.casework.campaign;

import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.casework.CaseActor;
import vn.ansinh.casework.CaseActors;
import vn.ansinh.casework.CaseKind;
import vn.ansinh.casework.CaseWorkflow;
import vn.ansinh.casework.DuplicateCase;
import vn.ansinh.casework.OpenCase;
import vn.ansinh.casework.Program;
import vn.ansinh.common.FieldErrorsResponse.FieldError;
import vn.ansinh.common.InvalidInput;
import vn.ansinh.common.NotFoundException;
import vn.ansinh.common.access.Act;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.CurrentUser;
import vn.ansinh.common.access.Permissions;
import vn.ansinh.common.audit.AuditEvent;
import vn.ansinh.eligibility.ReevaluationFlags;
import vn.ansinh.eligibility.ReevaluationFlags.PendingFlag;

/**
 * Flags → review: the status changes a bulk re-evaluation flagged in a commune, for its officer to open a review case
 * on ({@link Act#REVIEW_FLAGS}, then the case's own {@link Act#OPEN_CASE} and area checks) or dismiss with a reason.
 * A flag stays until one of the two happens ("never silently"); both are audited. A poverty flag opened while the
 * year's campaign is open becomes an annual review case of that campaign.
 */
@Service
public class CampaignFlags {

    static final int MAX_REASON = 1_000;

    /** The program a flag's outcome name is decided by; health insurance support follows the status and has no case. */
    static final Map<String, Program> PROGRAMS = Map.of(ReevaluationFlags.POVERTY, Program.POVERTY_RECOGNITION,
            "socialAllowance", Program.SOCIAL_ALLOWANCE, "careSupport", Program.CARE_SUPPORT,
            "socialPension", Program.SOCIAL_PENSION, "meritHousing", Program.MERIT_HOUSING,
            "poorHousing", Program.POOR_HOUSING);

    private final ReevaluationFlags flags;
    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final CaseActors actors;
    private final CaseWorkflow workflow;
    private final CampaignRows rows;
    private final ApplicationEventPublisher events;

    CampaignFlags(ReevaluationFlags flags, Permissions permissions, CurrentUser currentUser, CaseActors actors,
                  CaseWorkflow workflow, CampaignRows rows, ApplicationEventPublisher events) {
        this.flags = flags;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.actors = actors;
        this.workflow = workflow;
        this.rows = rows;
        this.events = events;
    }

    /** Flags on one page of the list. */
    static final int PAGE = 100;

    /**
     * A page of the pending flags within the caller's area, by household, after the cursor of the page before
     * ({@code after}, blank for the first page; one that cannot be read is a field error).
     */
    @Transactional(readOnly = true)
    public ReevaluationFlags.PendingPage pending(String after) {
        ReevaluationFlags.Cursor cursor = null;
        if (after != null && !after.isBlank()) {
            cursor = ReevaluationFlags.Cursor.parse(after)
                    .orElseThrow(() -> new InvalidInput(List.of(new FieldError("after", "campaign.flags.after.invalid"))));
        }
        return flags.pendingWithin(currentUser.jurisdiction(), cursor, PAGE);
    }

    /** Whether the flag's outcome has a case program (health insurance support has none: dismiss it instead). */
    public static boolean hasCase(PendingFlag flag) {
        return PROGRAMS.containsKey(flag.program());
    }

    /**
     * The flag's area is checked first (outside it: 404, audited), then the act (403, audited).
     * Opens the flag's review case (or takes up the one already open for the household, program and member) and marks
     * the flag taken up. Returns the case.
     */
    @Transactional
    public long openCase(long flagId) {
        PendingFlag flag = within(flagId, currentUser.get());
        permissions.require(Act.REVIEW_FLAGS, "reevaluation_flag", flagId);
        Program program = PROGRAMS.get(flag.program());
        if (program == null) {
            throw new InvalidInput(List.of(new FieldError("flag", "campaign.flag.noCase")));
        }
        Long member = program.perMember() ? Long.valueOf(flag.memberId()) : null;
        Long campaign = program == Program.POVERTY_RECOGNITION ? rows.open().map(CampaignRows.Campaign::id).orElse(null) : null;
        CaseActor actor = actors.current();
        long caseId;
        try {
            caseId = workflow.open(new OpenCase(flag.householdId(), member, program,
                    campaign == null ? CaseKind.AD_HOC : CaseKind.ANNUAL_REVIEW, flag.communeCode(), flag.districtCode()), actor);
        } catch (DuplicateCase open) {
            caseId = open.existingId() != null ? open.existingId()
                    : workflow.openCase(flag.householdId(), program, member).orElseThrow(() -> open);
        }
        if (campaign != null) {
            rows.joinList(campaign, flag.householdId(), flag.communeCode(), flag.districtCode(), caseId);
        }
        flags.takeUp(flag, caseId);
        return caseId;
    }

    /** Dismisses the flag with a reason (required, at most 1.000 characters); audited. */
    @Transactional
    public void dismiss(long flagId, String reason) {
        AppUserPrincipal user = currentUser.get();
        PendingFlag flag = within(flagId, user);
        permissions.require(Act.REVIEW_FLAGS, "reevaluation_flag", flagId);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput(List.of(new FieldError("reason", "campaign.flag.reason.required")));
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidInput(List.of(new FieldError("reason", "campaign.flag.reason.tooLong")));
        }
        flags.dismiss(flag, reason.strip(), user.username());
    }

    private PendingFlag within(long flagId, AppUserPrincipal user) {
        PendingFlag flag = flags.pending(flagId).orElseThrow(() -> new NotFoundException("flag " + flagId));
        if (!user.jurisdiction().coversCommune(flag.communeCode(), flag.districtCode())) {
            events.publishEvent(AuditEvent.refusal("HOUSEHOLD_ACCESS_REFUSED", "household", flag.householdId(),
                    user.username() + ": flag " + flagId + " outside jurisdiction"));
            throw new NotFoundException("flag " + flagId);
        }
        return flag;
    }
}
