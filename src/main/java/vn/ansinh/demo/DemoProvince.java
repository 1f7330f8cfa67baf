package vn.ansinh.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.flowable.job.service.impl.asyncexecutor.AsyncExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ansinh.assessment.AssessmentForm;
import vn.ansinh.assessment.AssessmentManagement;
import vn.ansinh.assessment.AssessmentView;
import vn.ansinh.assessment.HousingCondition;
import vn.ansinh.casework.AppealOutcome;
import vn.ansinh.casework.AppealWorkflow;
import vn.ansinh.casework.ApprovalLevel;
import vn.ansinh.casework.CaseActor;
import vn.ansinh.casework.CaseAssessment;
import vn.ansinh.casework.CaseClock;
import vn.ansinh.casework.CaseKind;
import vn.ansinh.casework.CaseWorkflow;
import vn.ansinh.casework.ComplaintType;
import vn.ansinh.casework.OpenCase;
import vn.ansinh.casework.Program;
import vn.ansinh.casework.VillageMeeting;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Role;
import vn.ansinh.eligibility.EligibilityManagement;
import vn.ansinh.eligibility.EvaluationResult;
import vn.ansinh.eligibility.HouseholdFactsMapper;
import vn.ansinh.eligibility.facts.Outcome;
import vn.ansinh.household.HouseholdManagement;
import vn.ansinh.household.HouseholdView;
import vn.ansinh.household.MemberView;
import vn.ansinh.household.PovertyStatus;
import vn.ansinh.household.PovertyYears;
import vn.ansinh.payment.PaymentManagement;

/**
 * The demo province's years of use (switch {@code ansinh.demo-history}): annual poverty lists for every year since
 * 2012, allowances and merit housing grants decided over the years, deaths and funeral support, monthly payment cycles
 * since {@link #FIRST_CYCLE} with a few failed payments and their arrears, and today's cases in every step. Everything
 * goes through the modules' doors as the demo user whose work it is; Flowable's clock is set back to the day of each
 * act and restored afterwards. Fixed seed; runs once (not when a case exists in the demo communes).
 */
@Component
class DemoProvince {

    /** A commune the demo works in, with the users who act there. */
    record Area(String commune, String district, String officer, String approver, String payer) {
    }

    static final List<Area> AREAS = List.of(
            new Area("12433", "336", "canbo.lehongphong", "duyet.tpthaibinh", "chitra.tpthaibinh"),
            new Area("12466", "336", "canbo.vuphuc", "duyet.tpthaibinh", "chitra.tpthaibinh"),
            new Area("13255", "344", "canbo.vuhoi", "duyet.vuthu", "chitra.vuthu"));
    static final long SEED = 20_120_815L;
    /** Payments moved onto An Sinh with the cycle of January 2025; earlier months were paid outside it. */
    static final YearMonth FIRST_CYCLE = YearMonth.of(2025, 1);
    static final int FIRST_YEAR = 2012;
    /** Allowances decided in the years before, per commune; the day the rules are asked who was entitled then. */
    static final int HISTORY_ALLOWANCES = 4;
    static final LocalDate HISTORY_DAY = LocalDate.of(2019, 6, 1);

    /** Where each seeded case stands today; the test checks every one is there. */
    enum Step { ASSESSMENT, NOT_ELIGIBLE, VILLAGE_MEETING, POSTING, POSTING_ENDS_THIS_WEEK, RE_VERIFICATION, APPROVAL,
        APPROVAL_OVERDUE, APPROVED_THIS_MONTH, APPROVED_EARLIER, CLOSED,
        /** Appeals against decided cases (not case steps: the case keeps its status): one upheld, one under review. */
        APPEAL_UPHELD, APPEAL_UNDER_REVIEW;

        boolean isCase() {
            return this != APPEAL_UPHELD && this != APPEAL_UNDER_REVIEW;
        }
    }

    /** What was seeded: cases per step, entitlements, deaths, cycles, lines failed, seconds. */
    record Summary(Map<Step, Integer> steps, int deaths, int cycles, int failedLines, int povertyYears, double seconds) {
        int cases() {
            return steps.entrySet().stream().filter(e -> e.getKey().isCase())
                    .mapToInt(Map.Entry::getValue).sum();
        }
    }

    private static final Logger log = LoggerFactory.getLogger(DemoProvince.class);

    private final HouseholdManagement households;
    private final AssessmentManagement assessments;
    private final EligibilityManagement eligibility;
    private final CaseWorkflow workflow;
    private final CaseAssessment caseAssessment;
    private final CaseClock caseClock;
    private final PaymentManagement payments;
    private final PovertyYears years;
    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final DemoReviewYear reviewYear;
    private final AppealWorkflow appeals;
    private final boolean enabled;

    DemoProvince(HouseholdManagement households, AssessmentManagement assessments, EligibilityManagement eligibility,
                 CaseWorkflow workflow, CaseAssessment caseAssessment, CaseClock caseClock, PaymentManagement payments,
                 PovertyYears years, ProcessEngine engine, JdbcTemplate jdbc, TransactionTemplate tx,
                 DemoReviewYear reviewYear, AppealWorkflow appeals, @Value("${ansinh.demo-data}") boolean demo,
                 @Value("${ansinh.demo-history:false}") boolean history) {
        this.households = households;
        this.assessments = assessments;
        this.eligibility = eligibility;
        this.workflow = workflow;
        this.caseAssessment = caseAssessment;
        this.caseClock = caseClock;
        this.payments = payments;
        this.years = years;
        this.engine = engine;
        this.jdbc = jdbc;
        this.tx = tx;
        this.reviewYear = reviewYear;
        this.appeals = appeals;
        this.enabled = demo && history;
    }

    /** Before the plan tracker's first count (order 40), so it counts the lists of every year. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(35)
    void seed() {
        if (enabled) {
            seedOnce(AREAS, DemoHouseholds.COMMUNES, SEED).ifPresent(s -> {
                report(s);
                reviewYear(AREAS);
            });
        }
    }

    /**
     * This year's review ({@link DemoReviewYear}): the current year's campaign and the demo communes' re-evaluation
     * flags, seeded after the years of use, the engine's executor paused meanwhile as for the cases.
     */
    DemoReviewYear.Seeded reviewYear(List<Area> areas) {
        long t0 = System.nanoTime();
        AsyncExecutor executor = engine.getProcessEngineConfiguration().getAsyncExecutor();
        boolean running = executor != null && executor.isActive();
        if (running) {
            executor.shutdown();
        }
        try {
            engine.getProcessEngineConfiguration().getClock().reset();
            DemoReviewYear.Seeded seeded = reviewYear.seed(areas, caseClock.today());
            log.info("Demo province: this year's review campaign {} and {} re-evaluations seeded in {} s", seeded.campaignId(),
                    seeded.reevaluations().size(), String.format("%.1f", (System.nanoTime() - t0) / 1e9));
            return seeded;
        } finally {
            if (running) {
                executor.start();
            }
        }
    }

    /** Seeds the areas unless a case exists there already (a restart seeds nothing). */
    java.util.Optional<Summary> seedOnce(List<Area> areas, List<String> historyCommunes, long seed) {
        return alreadySeeded(areas) ? java.util.Optional.empty() : java.util.Optional.of(seed(areas, historyCommunes, seed));
    }

    private static void report(Summary s) {
        log.info("Demo province seeded in {} s: {} cases ({}), {} deaths, {} payment cycles ({} failed lines), "
                        + "{} yearly poverty statuses", String.format("%.1f", s.seconds()), s.cases(), s.steps(),
                s.deaths(), s.cycles(), s.failedLines(), s.povertyYears());
    }

    boolean alreadySeeded(List<Area> areas) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists(select 1 from casework_case where commune_code in ("
                + String.join(",", areas.stream().map(a -> "'" + a.commune() + "'").toList()) + "))", Boolean.class));
    }

    /** Seeds the areas' history and today's work; {@code historyCommunes} get the annual lists of every year. */
    Summary seed(List<Area> areas, List<String> historyCommunes, long seed) {
        long t0 = System.nanoTime();
        register(areas);
        int statuses = povertyYears(historyCommunes, seed);
        Map<Step, Integer> steps = new EnumMap<>(Step.class);
        for (Step s : Step.values()) {
            steps.put(s, 0);
        }
        int deaths = 0;
        LocalDate today = caseClock.today();
        long t1 = System.nanoTime();
        // the engine's job executor pauses meanwhile: the seeding fires its timers itself, on the clock it sets
        AsyncExecutor executor = engine.getProcessEngineConfiguration().getAsyncExecutor();
        boolean running = executor != null && executor.isActive();
        if (running) {
            executor.shutdown();
        }
        try {
            for (int i = 0; i < areas.size(); i++) {
                deaths += new AreaSeeding(areas.get(i), new Random(seed * 31 + i), today).run(steps);
            }
        } finally {
            engine.getProcessEngineConfiguration().getClock().reset();
            if (running) {
                executor.start();
            }
        }
        long t2 = System.nanoTime();
        int[] cycles = cycles(areas, today, new Random(seed));
        log.info("Demo province: annual lists {} s, cases {} s, payment cycles {} s ({})", String.format("%.1f", (t1 - t0) / 1e9),
                String.format("%.1f", (t2 - t1) / 1e9), String.format("%.1f", (System.nanoTime() - t2) / 1e9), timings());
        timings.clear();
        return new Summary(steps, deaths, cycles[0], cycles[1], statuses, (System.nanoTime() - t0) / 1e9);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // annual poverty lists: every year since 2012 (DemoPovertyHistory seeds 2012, 2015, 2016, 2019, 2022)

    private int povertyYears(List<String> communes, long seed) {
        Random random = new Random(seed);
        int thisYear = caseClock.today().getYear();
        Integer written = tx.execute(txStatus -> {
            int n = 0;
            for (String commune : communes) {
                List<Long> ids = jdbc.queryForList("select id from household where commune_code = ? order by id",
                        Long.class, commune);
                for (long id : ids) {
                    Map<Integer, String> known = new LinkedHashMap<>();
                    jdbc.query("select year, poverty_status from household_year_status where household_id = ?",
                            rs -> {
                                known.put(rs.getInt(1), rs.getString(2));
                            }, id);
                    PovertyStatus last = known.containsKey(FIRST_YEAR)
                            ? PovertyStatus.valueOf(known.get(FIRST_YEAR)) : PovertyStatus.NONE;
                    for (int year = FIRST_YEAR; year < thisYear; year++) {
                        if (known.containsKey(year)) {
                            last = PovertyStatus.valueOf(known.get(year));
                            continue;
                        }
                        // a year between two reviews keeps the last list, and a few households move by one step
                        double r = random.nextDouble();
                        PovertyStatus status = r < 0.08 ? better(last) : r < 0.11 ? worse(last) : last;
                        years.record(id, year, status, null, LocalDate.of(year, 12, 15), PovertyYears.ANNUAL_REVIEW);
                        last = status;
                        n++;
                    }
                }
            }
            return n;
        });
        return written == null ? 0 : written;
    }

    private static PovertyStatus better(PovertyStatus s) {
        return s == PovertyStatus.POOR ? PovertyStatus.NEAR_POOR : PovertyStatus.NONE;
    }

    private static PovertyStatus worse(PovertyStatus s) {
        return s == PovertyStatus.NONE ? PovertyStatus.NEAR_POOR : PovertyStatus.POOR;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // one commune: candidates from the register (screened by the rules), its history, then today's cases

    private final class AreaSeeding {

        private final Area area;
        private final Random random;
        private final LocalDate today;
        private final CaseActor officer;
        private final CaseActor approver;
        private final List<long[]> allowanceMembers = new ArrayList<>();
        private final List<Long> poor = new ArrayList<>();
        private final List<Long> notPoor = new ArrayList<>();
        private final List<Long> meritHousing = new ArrayList<>();
        private final Set<Long> householdsInCase = new LinkedHashSet<>();
        private final Set<String> longStanding = new LinkedHashSet<>();

        AreaSeeding(Area area, Random random, LocalDate today) {
            this.area = area;
            this.random = random;
            this.today = today;
            this.officer = new CaseActor(area.officer(), Role.COMMUNE_OFFICER, ApprovalLevel.COMMUNE, area.commune());
            this.approver = new CaseActor(area.approver(), Role.DISTRICT_APPROVER, ApprovalLevel.DISTRICT, area.district());
        }

        int run(Map<Step, Integer> steps) {
            as(area.officer(), Role.COMMUNE_OFFICER, this::screen);
            int deaths = 0;
            // history: monthly allowances decided over the years, merit housing grants, deaths and funeral support
            List<long[]> recipients = new ArrayList<>();
            List<long[]> earlier = allowanceMembers.stream().filter(m -> longStanding.contains(m[0] + ":" + m[1])).toList();
            int history = Math.min(HISTORY_ALLOWANCES, Math.max(0, Math.min(earlier.size(), allowanceMembers.size() - 2)));
            for (int i = 0; i < history; i++) {
                long[] m = earlier.get(i);
                allowanceMembers.remove(m);
                LocalDate day = workingDay(LocalDate.of(2019 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28)));
                Step s = fullCase(m[0], m[1], Program.SOCIAL_ALLOWANCE, CaseKind.AD_HOC, day, null, 2 + random.nextInt(5));
                count(steps, s);
                if (s == Step.APPROVED_EARLIER) {
                    recipients.add(m);
                }
            }
            for (int i = 0; i < Math.min(2, meritHousing.size()); i++) {
                long h = meritHousing.get(i);
                LocalDate day = workingDay(LocalDate.of(2025, 3 + random.nextInt(8), 1 + random.nextInt(28)));
                Step s = fullCase(h, null, Program.MERIT_HOUSING, CaseKind.AD_HOC, day, meritForm(h, day), 3);
                count(steps, s);
                if (i == 0 && s == Step.APPROVED_EARLIER) {
                    // the household contested the amount; the district reviewed and upheld the decision
                    count(steps, appeal(lastCase, "Hộ đề nghị xem lại mức hỗ trợ vì nhà hư hỏng nặng hơn biên bản ghi nhận",
                            "Đã kiểm tra lại hiện trạng nhà: mức hỗ trợ đúng quy định"));
                }
            }
            if (!recipients.isEmpty()) {
                // a recipient died this summer: the allowance stops and the funeral grant is decided and paid
                long[] died = recipients.get(0);
                LocalDate diedOn = workingDay(LocalDate.of(today.getYear(), 7, 5 + random.nextInt(20)));
                long funeral = recordDeath(died, diedOn);
                if (funeral > 0) {
                    deaths++;
                    count(steps, carry(funeral, diedOn.plusDays(2), null, 2, true));
                }
            }
            if (recipients.size() > 1 && random.nextBoolean()) {
                // and one died last week: the funeral support waits for the district
                long[] died = recipients.get(1);
                LocalDate diedOn = workingDay(today.minusDays(9));
                long funeral = recordDeath(died, diedOn);
                if (funeral > 0) {
                    deaths++;
                    count(steps, carry(funeral, diedOn.plusDays(1), null, 0, false));
                }
            }
            // today: this year's annual review of the poor list and new requests, in every step
            todayCases(steps);
            return deaths;
        }

        private void todayCases(Map<Step, Integer> steps) {
            LocalDate monday = today.with(DayOfWeek.MONDAY);
            // approved this month, awaiting this month's cycle: a new monthly allowance
            for (int i = 0; i < 1 && !allowanceMembers.isEmpty(); i++) {
                long[] m = allowanceMembers.remove(0);
                LocalDate decided = today.getDayOfMonth() > 1 ? today.withDayOfMonth(1) : today;
                LocalDate start = workingDayBack(decided.minusDays(8));
                Step s = openAndAssess(m[0], m[1], Program.SOCIAL_ALLOWANCE, CaseKind.AD_HOC, start, null);
                if (s == Step.VILLAGE_MEETING) {
                    long id = lastCase;
                    s = meetingAndPosting(id, start, true);
                    s = s == Step.APPROVAL ? approveOn(id, decided) : s;
                    s = s == Step.APPROVED_EARLIER ? Step.APPROVED_THIS_MONTH : s;
                }
                count(steps, s);
                if (s == Step.APPROVED_THIS_MONTH) {
                    // contested today: the district's appeal list has one to review
                    count(steps, appeal(lastCase, "Gia đình đề nghị xem xét lại mức trợ cấp hằng tháng: hoàn cảnh"
                            + " đã khó khăn hơn lúc thẩm tra", null));
                }
            }
            // waiting for the district: two overdue, one within its time
            for (int i = 0; i < 3; i++) {
                Long h = nextPoor();
                if (h == null) {
                    break;
                }
                LocalDate start = workingDayBack(today.minusDays(i < 2 ? 24 + 3 * i : 7));
                Step s = openAndAssess(h, null, Program.POVERTY_RECOGNITION, CaseKind.ANNUAL_REVIEW, start, null);
                if (s == Step.VILLAGE_MEETING) {
                    s = meetingAndPosting(lastCase, start, true);
                    if (s == Step.APPROVAL && i < 2) {
                        fireOverdue(lastCase);
                        s = Step.APPROVAL_OVERDUE;
                    }
                }
                count(steps, s);
            }
            // a complaint during the posting: under re-verification
            Long complained = nextPoor();
            if (complained != null) {
                LocalDate start = workingDayBack(today.minusDays(6));
                Step s = openAndAssess(complained, null, Program.POVERTY_RECOGNITION, CaseKind.ANNUAL_REVIEW, start, null);
                if (s == Step.VILLAGE_MEETING) {
                    s = meetingAndPosting(lastCase, start, false);
                    if (s == Step.POSTING) {
                        long id = lastCase;
                        at(workingDayBack(today.minusDays(1)), () -> as(area.officer(), Role.COMMUNE_OFFICER,
                                () -> workflow.recordComplaint(id, null, officer, ComplaintType.WRONGLY_INCLUDED,
                                        "Hàng xóm phản ánh hộ có thu nhập từ con đi làm xa")));
                        s = Step.RE_VERIFICATION;
                    }
                }
                count(steps, s);
            }
            // posted: one list whose posting ends this week (posted three working days ago; on a Monday, posted today:
            // its three working days end this week too), one posted today
            for (int i = 0; i < 2; i++) {
                Long h = nextPoor();
                if (h == null) {
                    break;
                }
                LocalDate meeting = i == 0 && monday.isBefore(today) ? workingDaysBack(today, 3) : today;
                Step s = openAndAssess(h, null, Program.POVERTY_RECOGNITION, CaseKind.ANNUAL_REVIEW,
                        workingDayBack(meeting.minusDays(3)), null);
                if (s == Step.VILLAGE_MEETING) {
                    s = meetingAndPosting(lastCase, meeting, false);
                    if (s == Step.POSTING && i == 0 && postingEndsThisWeek(lastCase)) {
                        s = Step.POSTING_ENDS_THIS_WEEK;
                    }
                }
                count(steps, s);
            }
            // assessed, the village meeting is next
            for (int i = 0; i < 1; i++) {
                Long h = nextPoor();
                if (h != null) {
                    count(steps, openAndAssess(h, null, Program.POVERTY_RECOGNITION, CaseKind.ANNUAL_REVIEW,
                            workingDayBack(today.minusDays(2 + i)), null));
                }
            }
            // the rules found one not eligible: the officer reads the reasons
            if (!notPoor.isEmpty()) {
                long h = notPoor.remove(0);
                householdsInCase.add(h);
                count(steps, openAndAssess(h, null, Program.POVERTY_RECOGNITION, CaseKind.AD_HOC,
                        workingDayBack(today.minusDays(1)), null));
            }
            // opened, waiting for the assessment
            for (int i = 0; i < 2; i++) {
                Long h = nextPoor();
                if (h != null) {
                    LocalDate day = i == 0 ? today : workingDayBack(today.minusDays(1));
                    at(day, () -> as(area.officer(), Role.COMMUNE_OFFICER, () -> workflow.open(
                            new OpenCase(h, null, Program.POVERTY_RECOGNITION, CaseKind.ANNUAL_REVIEW, area.commune(),
                                    area.district()), officer)));
                    count(steps, Step.ASSESSMENT);
                }
            }
        }

        private Long nextPoor() {
            while (!poor.isEmpty()) {
                long h = poor.remove(0);
                if (householdsInCase.add(h)) {
                    return h;
                }
            }
            return null;
        }

        // --- screening ---------------------------------------------------------------------------------------------

        private void screen() {
            timed("screening", () -> {
                screenNow();
                return null;
            });
        }

        private void screenNow() {
            List<Long> ids = jdbc.queryForList("select id from household where commune_code = ? order by id",
                    Long.class, area.commune());
            List<HouseholdView> views = new ArrayList<>();
            List<AssessmentView> surveys = new ArrayList<>();
            for (long id : ids) {
                AssessmentView a = assessments.latest(id).orElse(null);
                if (a != null) {
                    views.add(households.get(id));
                    surveys.add(a);
                }
            }
            List<EvaluationResult> results = eligibility.evaluateAll(views.stream()
                    .map(h -> HouseholdFactsMapper.toFacts(h, surveys.get(views.indexOf(h)), today)).toList(), today);
            // who was already entitled in mid-2019: their allowances were decided between then and last year
            List<EvaluationResult> then = eligibility.evaluateAll(views.stream()
                    .map(h -> HouseholdFactsMapper.toFacts(h, pre2022(surveys.get(views.indexOf(h))), HISTORY_DAY)).toList(),
                    HISTORY_DAY);
            for (int i = 0; i < views.size(); i++) {
                for (EvaluationResult.SocialAllowance a : then.get(i).socialAllowance()) {
                    longStanding.add(views.get(i).id() + ":" + a.memberId());
                }
            }
            List<Integer> meritCandidates = new ArrayList<>();
            for (int i = 0; i < views.size(); i++) {
                HouseholdView h = views.get(i);
                EvaluationResult r = results.get(i);
                for (EvaluationResult.SocialAllowance a : r.socialAllowance()) {
                    allowanceMembers.add(new long[] {h.id(), Long.parseLong(a.memberId())});
                }
                String status = r.poverty().status().name();
                if (status.equals("POOR") || status.equals("NEAR_POOR")) {
                    poor.add(h.id());
                } else {
                    notPoor.add(h.id());
                }
                if (h.members().stream().anyMatch(m -> !m.merit().meritCategories().isEmpty())) {
                    meritCandidates.add(i);
                }
            }
            if (!meritCandidates.isEmpty()) {
                LocalDate day = LocalDate.of(2025, 6, 1);
                List<EvaluationResult> merit = eligibility.evaluateAll(meritCandidates.stream()
                        .map(i -> HouseholdFactsMapper.toFacts(views.get(i), meritSurvey(surveys.get(i)), day)).toList(), day);
                for (int k = 0; k < merit.size(); k++) {
                    if (merit.get(k).meritHousing().outcome() == Outcome.ELIGIBLE) {
                        meritHousing.add(views.get(meritCandidates.get(k)).id());
                    }
                }
            }
            shuffle(allowanceMembers);
            shuffle(poor);
            shuffle(notPoor);
            // one allowance per member, and a household in at most one of the seeded cases of today
            Set<Long> seen = new LinkedHashSet<>();
            allowanceMembers.removeIf(m -> !seen.add(m[0]));
            householdsInCase.addAll(seen);
            householdsInCase.addAll(meritHousing.subList(0, Math.min(2, meritHousing.size())));
        }

        private AssessmentView pre2022(AssessmentView a) {
            return new AssessmentView(a.id(), a.householdId(), HISTORY_DAY, a.monthlyIncomePerCapita(), List.of(),
                    a.housingCondition(), a.onProvincialMeritHousingList(), a.residenceRegisteredOn(), a.separatedSince(),
                    a.onPoorList2015(), a.priorHousingSupportOn(), a.disasterDamaged(), a.recordedBy(), a.recordedAt());
        }

        private AssessmentView meritSurvey(AssessmentView a) {
            return new AssessmentView(a.id(), a.householdId(), a.assessedOn(), a.monthlyIncomePerCapita(), a.deprivations(),
                    HousingCondition.DAMAGED_NEEDS_REPAIR, true, a.residenceRegisteredOn(), a.separatedSince(),
                    a.onPoorList2015(), null, false, a.recordedBy(), a.recordedAt());
        }

        private AssessmentForm meritForm(long householdId, LocalDate day) {
            AssessmentForm form = survey(householdId, day);
            form.setHousingCondition(HousingCondition.DAMAGED_NEEDS_REPAIR);
            form.setOnProvincialMeritHousingList(true);
            form.setPriorHousingSupportOn(null);
            form.setDisasterDamaged(false);
            return form;
        }

        private <T> void shuffle(List<T> list) {
            java.util.Collections.shuffle(list, random);
        }

        // --- one case through the doors ----------------------------------------------------------------------------

        private long lastCase;

        /** Opened on {@code day}, assessed the same day; VILLAGE_MEETING when eligible, else NOT_ELIGIBLE. */
        private Step openAndAssess(long householdId, Long memberId, Program program, CaseKind kind, LocalDate day,
                                   AssessmentForm form) {
            long id = timed("open", () -> at(day, () -> as(area.officer(), Role.COMMUNE_OFFICER, () -> workflow.open(
                    new OpenCase(householdId, memberId, program, kind, area.commune(), area.district()), officer))));
            lastCase = id;
            return assess(id, householdId, day, form);
        }

        private Step assess(long id, long householdId, LocalDate day, AssessmentForm form) {
            AssessmentForm survey = form != null ? form : survey(householdId, day);
            boolean eligible = timed("assess", () -> at(day, () -> as(area.officer(), Role.COMMUNE_OFFICER,
                    () -> caseAssessment.assess(id, null, officer, survey, null))));
            return eligible ? Step.VILLAGE_MEETING : Step.NOT_ELIGIBLE;
        }

        /** Whether the case's posting is still open today and closes by Sunday (a holiday may push it past). */
        private boolean postingEndsThisWeek(long id) {
            LocalDate ends = jdbc.queryForObject("select posting_ends_on from casework_case where id = ?", LocalDate.class, id);
            return ends != null && !ends.isBefore(today) && !ends.isAfter(today.with(DayOfWeek.SUNDAY));
        }

        /** The meeting on {@code day} agrees; the posting starts. With {@code ended}, its window runs out too. */
        private Step meetingAndPosting(long id, LocalDate day, boolean ended) {
            long householdId = jdbc.queryForObject("select household_id from casework_case where id = ?", Long.class, id);
            long village = households.householdsInVillageOf(householdId);
            int present = (int) Math.max(1, village - random.nextInt((int) Math.max(1, village / 3)));
            int agreeing = present - random.nextInt(Math.max(1, present / 3));
            timed("meeting", () -> at(day, () -> as(area.officer(), Role.COMMUNE_OFFICER, () -> workflow.recordMeeting(id,
                    null, officer, new VillageMeeting(day, present, agreeing), null))));
            if (!ended) {
                return Step.POSTING;
            }
            timed("posting timer", () -> {
                fire(id, "postingEnded");
                return null;
            });
            return Step.APPROVAL;
        }

        /**
         * The household appeals against the decided case {@code id}: lodged by the commune officer twelve days after the
         * decision (today for a decision of the last twelve days), decided upheld by the district two weeks later when
         * {@code upheldNote} is given — if that day has come.
         */
        private Step appeal(long id, String grounds, String upheldNote) {
            LocalDate decided = jdbc.queryForObject("select decided_on from casework_case where id = ?", LocalDate.class, id);
            LocalDate lodged = upheldNote == null ? today : min(workingDay(decided.plusDays(12)), today);
            long appeal = at(lodged, () -> as(area.officer(), Role.COMMUNE_OFFICER,
                    () -> appeals.lodge(id, lodged, grounds, officer)));
            LocalDate reviewed = workingDay(lodged.plusDays(14));
            if (upheldNote == null || reviewed.isAfter(today)) {
                return Step.APPEAL_UNDER_REVIEW;
            }
            at(reviewed, () -> as(area.approver(), Role.DISTRICT_APPROVER,
                    () -> appeals.decide(appeal, null, AppealOutcome.UPHELD, upheldNote, approver)));
            return Step.APPEAL_UPHELD;
        }

        private static LocalDate min(LocalDate a, LocalDate b) {
            return a.isBefore(b) ? a : b;
        }

        private Step approveOn(long id, LocalDate day) {
            LocalDate when = day.isAfter(today) ? today : day;
            timed("approve", () -> {
                at(when, () -> as(area.approver(), Role.DISTRICT_APPROVER, () -> workflow.approve(id, null, approver, null)));
                return null;
            });
            return Step.APPROVED_EARLIER;
        }

        /** A whole case: opened and assessed on {@code day}, meeting, posting, approval {@code approveAfter} days later. */
        private Step fullCase(long householdId, Long memberId, Program program, CaseKind kind, LocalDate day,
                              AssessmentForm form, int approveAfter) {
            Step s = openAndAssess(householdId, memberId, program, kind, day, form);
            if (s != Step.VILLAGE_MEETING) {
                long id = lastCase;
                at(day, () -> as(area.officer(), Role.COMMUNE_OFFICER,
                        () -> workflow.closeNotEligible(id, null, officer, "Không đủ điều kiện theo kết quả xét")));
                return Step.CLOSED;
            }
            return carryFromMeeting(lastCase, day, approveAfter, true);
        }

        /** A case already opened (funeral support): assessed on {@code day}, then on to approval (and decided). */
        private Step carry(long id, LocalDate day, AssessmentForm form, int approveAfter, boolean decide) {
            long householdId = jdbc.queryForObject("select household_id from casework_case where id = ?", Long.class, id);
            Step s = assess(id, householdId, day, form);
            if (s != Step.VILLAGE_MEETING) {
                return s;
            }
            return carryFromMeeting(id, day, approveAfter, decide);
        }

        private Step carryFromMeeting(long id, LocalDate day, int approveAfter, boolean decide) {
            Step s = meetingAndPosting(id, day, true);
            if (s != Step.APPROVAL || !decide) {
                return s;
            }
            LocalDate decided = workingDay(postingEnd(id).plusDays(approveAfter));
            return approveOn(id, decided);
        }

        private long recordDeath(long[] member, LocalDate day) {
            at(day, () -> as(area.officer(), Role.COMMUNE_OFFICER, () -> households.recordDeath(member[0], member[1], day)));
            return workflow.openCase(member[0], Program.FUNERAL_SUPPORT, member[1]).orElse(0L);
        }

        private AssessmentForm survey(long householdId, LocalDate day) {
            AssessmentForm form = AssessmentForm.from(assessments.latest(householdId).orElseThrow());
            form.setAssessedOn(day);
            if (day.getYear() < 2022) {
                form.setDeprivations(new ArrayList<>());
            }
            return form;
        }

        private void count(Map<Step, Integer> steps, Step s) {
            steps.merge(s, 1, Integer::sum);
        }

        // --- time ----------------------------------------------------------------------------------------------

        /** The last day of the posting window the last fired timer closed. */
        private LocalDate postingEnd(long id) {
            return lastFired;
        }

        private LocalDate lastFired;

        /** Fires the case's timer: the clock is moved past its due time and the job runs here and now. */
        private void fire(long caseId, String boundaryEvent) {
            ManagementService management = engine.getManagementService();
            ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceBusinessKey(String.valueOf(caseId)).singleResult();
            Job timer = management.createTimerJobQuery().processInstanceId(pi.getId()).elementId(boundaryEvent).singleResult();
            if (timer == null) {
                return;
            }
            lastFired = LocalDate.ofInstant(timer.getDuedate().toInstant(), CaseClock.ZONE).minusDays(1);
            Date after = new Date(timer.getDuedate().getTime() + 3_600_000L);
            var clock = engine.getProcessEngineConfiguration().getClock();
            if (clock.getCurrentTime().before(after)) {
                clock.setCurrentTime(after);
            }
            try {
                Job job = management.moveTimerToExecutableJob(timer.getId());
                management.executeJob(job.getId());
            } catch (RuntimeException raceWithTheJobExecutor) {
                // the engine's executor took the job first: wait for it below
            }
            long deadline = System.currentTimeMillis() + 20_000;
            long waited = System.currentTimeMillis();
            while ((management.createJobQuery().processInstanceId(pi.getId()).count() > 0
                    || management.createTimerJobQuery().processInstanceId(pi.getId()).elementId(boundaryEvent).count() > 0)
                    && System.currentTimeMillis() < deadline) {
                pause();
            }
            if (System.currentTimeMillis() - waited > 500) {
                log.warn("Demo province: timer {} of case {} took {} ms", boundaryEvent, caseId,
                        System.currentTimeMillis() - waited);
            }
        }

        private void fireOverdue(long caseId) {
            fire(caseId, "approvalOverdue");
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // payment cycles: every month since FIRST_CYCLE paid and closed (a few lines failed, paid as arrears next month);
    // this month's generated for the officer to check and approve

    private int[] cycles(List<Area> areas, LocalDate today, Random random) {
        Map<String, String> payers = new LinkedHashMap<>();
        areas.forEach(a -> payers.putIfAbsent(a.district(), a.payer()));
        YearMonth thisMonth = YearMonth.from(today);
        int cycles = 0;
        int failed = 0;
        for (Map.Entry<String, String> d : payers.entrySet()) {
            for (YearMonth m = FIRST_CYCLE; !m.isAfter(thisMonth); m = m.plusMonths(1)) {
                YearMonth month = m;
                long id = as(d.getValue(), Role.PAYMENT_OFFICER, Jurisdiction.district(d.getKey()),
                        () -> payments.generateCycle(d.getKey(), month));
                cycles++;
                if (month.equals(thisMonth)) {
                    continue;
                }
                boolean failOne = month.equals(thisMonth.minusMonths(1)) || random.nextInt(5) == 0;
                failed += as(d.getValue(), Role.PAYMENT_OFFICER, Jurisdiction.district(d.getKey()), () -> {
                    List<String> keys = payments.lineKeys(id);
                    if (keys.isEmpty()) {
                        return 0;
                    }
                    payments.approveCycle(id);
                    payments.cycleExported(id, "payer.csv");
                    int fail = failOne ? random.nextInt(keys.size()) : -1;
                    StringBuilder file = new StringBuilder("idempotency_key,result,note\n");
                    for (int i = 0; i < keys.size(); i++) {
                        file.append(keys.get(i)).append(i == fail ? ",FAILED,Người hưởng vắng nhà - chưa nhận" : ",PAID")
                                .append('\n');
                    }
                    payments.applyConfirmation(id, new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)));
                    payments.closeCycle(id);
                    return fail >= 0 ? 1 : 0;
                });
            }
        }
        return new int[] {cycles, failed};
    }

    // ---------------------------------------------------------------------------------------------------------------

    private final Map<String, long[]> timings = new java.util.TreeMap<>();

    private <T> T timed(String what, Supplier<T> work) {
        long t = System.nanoTime();
        try {
            return work.get();
        } finally {
            long[] n = timings.computeIfAbsent(what, k -> new long[2]);
            n[0]++;
            n[1] += System.nanoTime() - t;
        }
    }

    private String timings() {
        StringBuilder out = new StringBuilder();
        timings.forEach((k, v) -> out.append(k).append(' ').append(v[0]).append("× ")
                .append(v[1] / 1_000_000 / Math.max(1, v[0])).append(" ms; "));
        return out.toString();
    }

    /** Runs {@code work} on {@code day} of Flowable's clock (09:00 in the province). */
    private <T> T at(LocalDate day, Supplier<T> work) {
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(
                Date.from(day.atTime(LocalTime.of(9, 0)).atZone(CaseClock.ZONE).toInstant()));
        return work.get();
    }

    private void at(LocalDate day, Runnable work) {
        at(day, () -> {
            work.run();
            return null;
        });
    }

    private <T> T as(String username, Role role, Supplier<T> work) {
        return as(username, role, null, work);
    }

    private void as(String username, Role role, Runnable work) {
        as(username, role, null, () -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code work} as the demo user (their role over their area), as a request of theirs would. */
    private <T> T as(String username, Role role, Jurisdiction where, Supplier<T> work) {
        Jurisdiction area = where != null ? where : jurisdictions.get(username);
        return DemoSignIn.as(username, role, area, work);
    }

    private final Map<String, Jurisdiction> jurisdictions = new LinkedHashMap<>();

    /** The areas' users: commune officers over their commune, approvers and payment officers over their district. */
    private void register(List<Area> areas) {
        for (Area a : areas) {
            jurisdictions.put(a.officer(), Jurisdiction.commune(a.commune()));
            jurisdictions.put(a.approver(), Jurisdiction.district(a.district()));
            jurisdictions.put(a.payer(), Jurisdiction.district(a.district()));
        }
    }

    private static LocalDate workingDay(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static LocalDate workingDaysBack(LocalDate day, int n) {
        LocalDate d = day;
        for (int i = 0; i < n; i++) {
            d = workingDayBack(d.minusDays(1));
        }
        return d;
    }

    private static LocalDate workingDayBack(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
