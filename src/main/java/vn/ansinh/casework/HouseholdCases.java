package vn.ansinh.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.common.Formats;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.household.HouseholdCaseHistory;
import vn.ansinh.household.HouseholdManagement;
import vn.ansinh.household.MemberView;

/** The household page's list of its cases and decisions, in words: casework's answer to {@link HouseholdCaseHistory}. */
@Component
class HouseholdCases implements HouseholdCaseHistory {

    private final Cases cases;
    private final CaseWords words;
    private final MessageSource messages;
    private final HouseholdManagement households;

    HouseholdCases(Cases cases, CaseWords words, MessageSource messages, HouseholdManagement households) {
        this.cases = cases;
        this.words = words;
        this.messages = messages;
        this.households = households;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Line> casesOf(long householdId, Jurisdiction scope) {
        List<Case> found = cases.findByHouseholdIdOrderByOpenedAtDescIdDesc(householdId).stream()
                .filter(c -> scope.coversCommune(c.communeCode(), c.districtCode())).toList();
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = households.findWithin(householdId, scope).stream()
                .flatMap(h -> h.members().stream())
                .collect(Collectors.toMap(MemberView::id, MemberView::fullName, (a, b) -> a));
        return found.stream().map(c -> line(c, names)).toList();
    }

    private Line line(Case c, Map<Long, String> names) {
        LocalDate opened = c.openedAt().atZone(Formats.PROVINCE).toLocalDate();
        StoredDecision d = c.decision();
        boolean decided = d != null && d.eligible() != null;
        return new Line(c.reference(),
                text("program." + c.program()), c.memberId() == null ? "" : names.getOrDefault(c.memberId(), ""),
                text("status." + c.status()), decided ? words.code(d.outcome()) : "", Formats.date(opened),
                c.decidedOn() == null ? "" : Formats.date(c.decidedOn()), statusSet(c, d), "/cases/" + c.id());
    }

    /** What an approved decision gave: the household's status, the monthly allowance or the grant. */
    private String statusSet(Case c, StoredDecision d) {
        if (c.status() != CaseStatus.APPROVED || d == null) {
            return "";
        }
        if (d.povertyStatus() != null && c.program() == Program.POVERTY_RECOGNITION) {
            return text("status." + d.povertyStatus());
        }
        if (d.monthlyAmount() != null && d.monthlyAmount() > 0) {
            return messages.getMessage("household.cases.monthly", new Object[]{Formats.vnd(d.monthlyAmount())}, locale());
        }
        if (d.grantAmount() != null && d.grantAmount() > 0) {
            return messages.getMessage("household.cases.grant", new Object[]{Formats.vnd(d.grantAmount())}, locale());
        }
        return "";
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
