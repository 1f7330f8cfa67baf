package vn.ansinh.casework.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.casework.ApprovalLevel;
import vn.ansinh.casework.CaseActor;
import vn.ansinh.casework.CaseClock;
import vn.ansinh.casework.Cases;
import vn.ansinh.casework.inbox.CaseDashboard;
import vn.ansinh.casework.inbox.CaseInbox;
import vn.ansinh.casework.inbox.InboxFilter;
import vn.ansinh.casework.inbox.InboxItem;
import vn.ansinh.common.Formats;
import vn.ansinh.common.HomeSection;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.geography.Geography;
import vn.ansinh.household.HouseholdManagement;

/**
 * The home page's casework: for a commune officer the steps waiting for them today, the postings ending this week and
 * the households not yet reviewed this year; for an approver their inbox, overdue first.
 */
@Component
class CaseworkHome implements HomeSection {

    static final int ROWS = 8;

    /** One task as the home page lists it: the household's head, the program and step (message keys), the due day. */
    public record Row(long caseId, String household, String commune, String program, String step, String due,
                      boolean overdue) {
    }

    private final CaseInbox inbox;
    private final CaseDashboard dashboard;
    private final Cases cases;
    private final HouseholdManagement households;
    private final Geography geography;
    private final CaseClock clock;

    CaseworkHome(CaseInbox inbox, CaseDashboard dashboard, Cases cases, HouseholdManagement households,
                 Geography geography, CaseClock clock) {
        this.inbox = inbox;
        this.dashboard = dashboard;
        this.cases = cases;
        this.households = households;
        this.geography = geography;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Card> cardFor(AppUserPrincipal user) {
        return switch (user.role()) {
            case COMMUNE_OFFICER -> user.jurisdiction().level() == Jurisdiction.Level.COMMUNE
                    ? Optional.of(officer(user)) : Optional.empty();
            case DISTRICT_APPROVER, PROVINCE_APPROVER -> Optional.of(approver(user));
            default -> Optional.empty();
        };
    }

    private Card officer(AppUserPrincipal user) {
        CaseActor actor = actor(user);
        List<InboxItem> tasks = inbox.of(actor, InboxFilter.none());
        Map<String, Long> steps = new LinkedHashMap<>();
        for (String step : List.of("assessment", "notEligibleReview", "villageMeeting", "publicPosting", "reVerification")) {
            long n = tasks.stream().filter(t -> t.step().equals(step)).count();
            if (n > 0) {
                steps.put(step, n);
            }
        }
        CaseDashboard.Summary summary = dashboard.of(actor);
        List<Row> postings = summary.postingEndsThisWeek().stream()
                .map(r -> new Row(r.id(), headOf(r.householdId()), null, r.program().name(), "publicPosting",
                        Formats.date(r.due()), false)).toList();
        LocalDate today = clock.today();
        String commune = user.jurisdiction().code();
        long registered = households.countInCommune(commune);
        long reviewed = cases.countReviewedSince(commune, today.withDayOfYear(1).atStartOfDay(CaseClock.ZONE).toInstant());
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("steps", steps);
        v.put("tasks", rows(tasks.stream().filter(t -> !t.step().equals("approval")).toList()));
        v.put("taskCount", tasks.size());
        v.put("postings", postings);
        v.put("year", today.getYear());
        v.put("registered", registered);
        v.put("notReviewed", Math.max(0, registered - reviewed));
        return new Card("casework/home-officer", v);
    }

    private Card approver(AppUserPrincipal user) {
        CaseActor actor = actor(user);
        List<InboxItem> tasks = inbox.of(actor, InboxFilter.none()).stream().filter(t -> t.step().equals("approval")).toList();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("waiting", tasks.size());
        v.put("overdue", tasks.stream().filter(InboxItem::overdue).count());
        v.put("tasks", rows(tasks));
        return new Card("casework/home-approver", v);
    }

    private List<Row> rows(List<InboxItem> tasks) {
        return tasks.stream().limit(ROWS).map(t -> new Row(t.caseId(), headOf(t.householdId()),
                geography.nameOf(t.communeCode()), t.program().name(), t.step(), Formats.date(t.dueOn()), t.overdue()))
                .toList();
    }

    private String headOf(long householdId) {
        return households.findWithin(householdId, Jurisdiction.province()).map(h -> h.headName()).orElse("");
    }

    private static CaseActor actor(AppUserPrincipal user) {
        return new CaseActor(user.username(), user.role(), ApprovalLevel.valueOf(user.jurisdiction().level().name()),
                user.jurisdiction().code());
    }
}
