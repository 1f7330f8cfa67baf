package vn.ansinh.casework;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.casework.paper.DecisionDocument;
import vn.ansinh.casework.paper.DecisionPdf;
import vn.ansinh.common.Formats;
import vn.ansinh.eligibility.EligibilityManagement;
import vn.ansinh.eligibility.StoredDecision;
import vn.ansinh.geography.AdminUnit;
import vn.ansinh.geography.Geography;
import vn.ansinh.household.HouseholdManagement;
import vn.ansinh.household.HouseholdView;
import vn.ansinh.household.MemberView;
import vn.ansinh.identity.UserAccounts;

/**
 * The decision on paper: from the case's stored decision (eligibility's record of inputs, result and rule set, and
 * the case's program part of it), the printable Quyết định in the official layout with the notice to the household.
 * Only for an approved case within the actor's area (another area's case is not found, audited).
 */
@Service
public class DecisionPaper {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final TypeReference<List<CaseDecision.Reason>> REASONS = new TypeReference<>() { };

    private final CaseScope scope;
    private final EligibilityManagement eligibility;
    private final HouseholdManagement households;
    private final Geography geography;
    private final UserAccounts users;
    private final MessageSource messages;
    private final JsonMapper json;

    DecisionPaper(CaseScope scope, EligibilityManagement eligibility, HouseholdManagement households,
                  Geography geography, UserAccounts users, MessageSource messages, JsonMapper json) {
        this.scope = scope;
        this.eligibility = eligibility;
        this.households = households;
        this.geography = geography;
        this.users = users;
        this.messages = messages;
        this.json = json;
    }

    /** The PDF of an approved case's decision. */
    @Transactional(readOnly = true)
    public byte[] pdf(long caseId, CaseActor actor) {
        return DecisionPdf.write(document(caseId, actor));
    }

    /** The decision of an approved case as the paper prints it. */
    @Transactional(readOnly = true)
    public DecisionDocument document(long caseId, CaseActor actor) {
        Case c = scope.within(caseId, actor);
        if (c.status() != CaseStatus.APPROVED) {
            throw new CaseTransitionRefused("case.paper.notApproved", "case " + caseId + " is " + c.status());
        }
        if (c.eligibilityDecisionId() == null) {
            throw new CaseTransitionRefused("case.decision.noRecord", "case " + caseId + " has no stored decision");
        }
        StoredDecision stored = eligibility.decision(c.eligibilityDecisionId(), actor.jurisdiction());
        HouseholdView household = households.findWithin(c.householdId(), actor.jurisdiction())
                .orElseThrow(() -> new CaseNotFound(caseId));
        Decided d = new Decided(c.decision(), stored);
        return build(c, household, d);
    }

    /** The case's program part and eligibility's record it was taken from. */
    private record Decided(vn.ansinh.casework.StoredDecision part, StoredDecision record) {
    }

    private DecisionDocument build(Case c, HouseholdView h, Decided d) {
        LocalDate on = c.decidedOn();
        String reference = c.reference();
        boolean province = c.approvalLevel() == ApprovalLevel.PROVINCE;
        String issuerCode = province ? Geography.PROVINCE_CODE : c.districtCode();
        AdminUnit issuer = geography.unit(issuerCode).orElse(null);
        String issuerName = issuer == null ? issuerCode : issuer.displayName();
        String commune = geography.nameOf(c.communeCode());
        String program = t("paper.program." + c.program());
        String who = who(c, h);
        vn.ansinh.casework.StoredDecision part = d.part();
        long monthly = part.monthlyAmount() == null ? 0 : part.monthlyAmount();
        long grant = part.grantAmount() == null ? 0 : part.grantAmount();
        YearMonth from = YearMonth.from(on);

        List<String> bases = new ArrayList<>();
        bases.add(t("paper.basis.localGovernment"));
        for (String citation : citations(part)) {
            bases.add(t("paper.basis.citation", citation));
        }
        List<String> articles = new ArrayList<>();
        String what = switch (c.program()) {
            case POVERTY_RECOGNITION -> t("paper.article1.poverty", who,
                    t("paper.poverty." + (part.povertyStatus() == null ? "POOR" : part.povertyStatus())),
                    Formats.date(on));
            case SOCIAL_ALLOWANCE, CARE_SUPPORT, SOCIAL_PENSION -> t("paper.article1.monthly", program, who,
                    Formats.vnd(monthly), Formats.month(from));
            case MERIT_HOUSING, POOR_HOUSING, FUNERAL_SUPPORT -> t("paper.article1.grant", program, who,
                    Formats.vnd(grant));
        };
        articles.add(what);
        articles.add(t("paper.article2", Formats.date(on), d.record().ruleSetLabel(), Formats.date(d.record().asOf())));
        articles.add(t("paper.article3", issuerName, commune));

        List<String> signature = List.of(t("paper.signature.behalf"), t("paper.signature.chair"));
        String signer = users.fullName(c.decidedBy()).orElse(t("paper.signature.unnamed"));

        String outcome = switch (c.program()) {
            case POVERTY_RECOGNITION -> t("paper.notice.poverty",
                    t("paper.poverty." + (part.povertyStatus() == null ? "POOR" : part.povertyStatus())), Formats.date(on));
            case SOCIAL_ALLOWANCE, CARE_SUPPORT, SOCIAL_PENSION -> t("paper.notice.monthly", program, Formats.vnd(monthly),
                    Formats.month(from));
            case MERIT_HOUSING, POOR_HOUSING, FUNERAL_SUPPORT -> t("paper.notice.grant", program, Formats.vnd(grant));
        };
        List<String> notice = List.of(
                t("paper.notice.to", h.headName(), h.address(), commune),
                t("paper.notice.decided", issuerName, Formats.date(on), outcome),
                t("paper.notice.appeal", commune, reference));
        return new DecisionDocument(
                new DecisionDocument.Labels(t("paper.nation"), t("paper.motto"), t("paper.decides"),
                        t("paper.recipients"), t("paper.signed")),
                t("paper.issuer", issuerName.toUpperCase(VI)),
                t("paper.number", String.valueOf(c.id())),
                t("paper.placeAndDate", place(issuer, issuerName), String.format("%02d", on.getDayOfMonth()),
                        String.format("%02d", on.getMonthValue()), String.valueOf(on.getYear())),
                t("paper.title"),
                t("paper.subject", program, h.headName()),
                t("paper.authority", issuerName.toUpperCase(VI)),
                bases,
                t("paper.proposal", commune),
                articles,
                List.of(t("paper.recipient.article3"), t("paper.recipient.household", h.headName()),
                        t("paper.recipient.archive")),
                signature, signer,
                t("paper.notice.title"), notice,
                t("paper.reference", reference));
    }

    /** Who the decision is for: the household (head, address) or the member of it the case names. */
    private String who(Case c, HouseholdView h) {
        String household = t("paper.who.household", h.headName(), h.address());
        if (c.memberId() == null) {
            return household;
        }
        return h.members().stream().filter(m -> c.memberId().equals(m.id())).findFirst()
                .map(m -> t("paper.who.member", m.fullName(), m.birthDate() == null ? "" : Formats.date(m.birthDate()),
                        household))
                .orElse(household);
    }

    /** The distinct legal citations of the reasons the program's part was decided on, in their order. */
    private Set<String> citations(vn.ansinh.casework.StoredDecision part) {
        Set<String> out = new LinkedHashSet<>();
        if (part.reasonsJson() != null) {
            for (CaseDecision.Reason r : json.readValue(part.reasonsJson(), REASONS)) {
                if (r.passed() && r.citation() != null && !r.citation().isBlank()) {
                    out.add(r.citation().strip());
                }
            }
        }
        return out;
    }

    private static String place(AdminUnit issuer, String fallback) {
        String name = issuer == null ? fallback : issuer.name();
        for (String prefix : List.of("Thành phố ", "Thị xã ", "Huyện ", "Tỉnh ")) {
            if (name.startsWith(prefix)) {
                return name.substring(prefix.length());
            }
        }
        return name;
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
