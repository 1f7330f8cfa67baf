package vn.ansinh.casework.inbox;

import vn.ansinh.casework.Case;
import vn.ansinh.casework.CaseActor;
import vn.ansinh.casework.CaseClock;
import vn.ansinh.casework.CaseStatus;
import vn.ansinh.casework.Cases;
import vn.ansinh.casework.Program;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The commune officer's overview: open cases by step, overdue approvals, postings ending this week. */
@Component
public class CaseDashboard {

    public record Summary(Map<CaseStatus, Long> openByStatus, List<Row> overdue, List<Row> postingEndsThisWeek) {
    }

    public record Row(long id, long householdId, Program program, CaseStatus status, LocalDate due, String reference) {
    }

    private final Cases cases;
    private final CaseClock clock;

    CaseDashboard(Cases cases, CaseClock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Summary of(CaseActor actor) {
        List<Case> open = cases.findOpenWithin(actor);
        Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
        open.forEach(c -> byStatus.merge(c.status(), 1L, Long::sum));
        LocalDate today = clock.today();
        LocalDate sunday = today.with(DayOfWeek.SUNDAY);
        List<Case> posting = open.stream().filter(c -> c.status() == CaseStatus.POSTING && c.postingEndsOn() != null)
                .filter(c -> !c.postingEndsOn().isBefore(today) && !c.postingEndsOn().isAfter(sunday)).toList();
        return new Summary(byStatus,
                open.stream().filter(Case::overdue).map(c -> row(c, c.approvalDueOn())).toList(),
                posting.stream().map(c -> row(c, c.postingEndsOn())).toList());
    }

    private static Row row(Case c, LocalDate due) {
        return new Row(c.id(), c.householdId(), c.program(), c.status(), due, c.reference());
    }
}
