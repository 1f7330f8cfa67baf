package vn.ansinh.reporting;

import vn.ansinh.common.Formats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.common.audit.AuditEvent;
import vn.ansinh.common.InvalidInput;
import vn.ansinh.eligibility.EligibilityManagement;
import vn.ansinh.geography.AdminUnit;
import vn.ansinh.geography.Geography;
import vn.ansinh.common.access.Jurisdiction;

/**
 * The door to the plan tracker: the plan's targets, their measured or reported values for a year and area, the
 * dashboard, the households behind a figure, the poverty review summary, reported figures and recomputation.
 * Every read checks the viewer's role and jurisdiction ({@link AreaAccess}).
 */
@Service
public class PlanTracking {

    private final PlanTargets targets;
    private final MeasureCounts counts;
    private final PlanRecompute recompute;
    private final ReportedValues reported;
    private final AreaAccess access;
    private final Geography geography;
    private final EligibilityManagement eligibility;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final CrossTabulation crossTabulation;
    private final ReportedFigures reportedFigures;

    PlanTracking(PlanTargets targets, MeasureCounts counts, PlanRecompute recompute, ReportedValues reported,
                 AreaAccess access, Geography geography, EligibilityManagement eligibility, MessageSource messages,
                 ApplicationEventPublisher events, CrossTabulation crossTabulation,
                 ReportedFigures reportedFigures) {
        this.targets = targets;
        this.counts = counts;
        this.recompute = recompute;
        this.reported = reported;
        this.access = access;
        this.geography = geography;
        this.eligibility = eligibility;
        this.messages = messages;
        this.events = events;
        this.crossTabulation = crossTabulation;
        this.reportedFigures = reportedFigures;
    }

    public List<Target> targets() {
        access.mayView();
        return targets.targets();
    }

    /** Every target's value and status for {@code year} in {@code area} (34, a district or a commune code). */
    @Transactional(readOnly = true)
    public List<Indicator> indicators(String year, String area) {
        AreaAccess.Query q = access.check(year, area);
        return indicators(q, calculator(q.area(), yearsFor(q.year())));
    }

    @Transactional(readOnly = true)
    public Dashboard dashboard(String year, String area, String targetId) {
        AreaAccess.Query q = access.check(year, area);
        IndicatorCalculator calc = calculator(q.area(), yearsFor(q.year()));
        List<Indicator> indicators = indicators(q, calc);
        List<Dashboard.Row> rows = IntStream.range(0, indicators.size())
                .mapToObj(i -> new Dashboard.Row(targets.targets().get(i), indicators.get(i))).toList();
        Target selected = Optional.ofNullable(targetId).map(targets::target).filter(Target::measured)
                .orElse(targets.targets().get(0));
        int judged = IndicatorCalculator.judgedYear(selected, q.year());
        int first = Math.min(firstYear(selected), q.year());
        IndicatorCalculator trendCalc = calculator(q.area(), IntStream.rangeClosed(first, q.year()).boxed().toList());
        List<Dashboard.TrendPoint> trend = IntStream.rangeClosed(first, q.year()).mapToObj(y -> {
            IndicatorCalculator.Value v = trendCalc.value(selected, y);
            return new Dashboard.TrendPoint(y, IndicatorCalculator.round(v.value()), path(trendCalc, selected, v, y));
        }).toList();
        List<Dashboard.UnitValue> districts = q.area().level() == Jurisdiction.Level.PROVINCE
                ? units(geography.districts(), calc, selected, judged, Jurisdiction::district) : List.of();
        List<AdminUnit> communeUnits = switch (q.area().level()) {
            case PROVINCE -> geography.allCommunes();
            case DISTRICT -> geography.communesOf(q.area().code());
            case COMMUNE -> geography.commune(q.area().code()).stream().toList();
        };
        List<Dashboard.UnitValue> communes = new ArrayList<>(units(communeUnits, calc, selected, judged, Jurisdiction::commune));
        communes.sort(Comparator.comparing(Dashboard.UnitValue::gap, Comparator.nullsLast(Comparator.reverseOrder())));
        return new Dashboard(q.year(), q.area().code(), geography.nameOf(q.area().code()), q.area().level().name(), rows,
                selected, trend, districts, communes, counts.computedAt(q.year()).orElse(null));
    }

    /** The households counted in a REGISTER target's figure (its numerator) for a year and area, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<HouseholdBehind> householdsBehind(String targetId, String year, String area, int limit) {
        AreaAccess.Query q = access.check(year, area);
        Target t = Optional.ofNullable(targetId).map(targets::target).filter(Target::measured)
                .orElseThrow(() -> new InvalidInput(List.of(access.error("target", "plan.invalid.target"))));
        Measure m = Measure.valueOf(t.measure());
        int judged = IndicatorCalculator.judgedYear(t, q.year());
        events.publishEvent(AuditEvent.of("PLAN_HOUSEHOLDS_READ", "plan_target", t.id(), judged + " " + q.area()));
        return recompute.facts(judged, q.area()).stream()
                .filter(f -> m.numerator(f) > 0)
                .limit(limit)
                .map(f -> new HouseholdBehind(f.household().householdId(), f.household().code(), f.household().headName(),
                        geography.nameOf(f.household().communeCode()),
                        text("plan.status.household." + f.household().status().name()), m.numerator(f)))
                .toList();
    }

    @Transactional(readOnly = true)
    public PovertySummary povertySummary(String year, String area) {
        AreaAccess.Query q = access.check(year, area);
        CountCube cube = counts.load(q.area(), List.of(q.year()));
        List<AdminUnit> units = switch (q.area().level()) {
            case PROVINCE -> geography.districts();
            case DISTRICT -> geography.communesOf(q.area().code());
            case COMMUNE -> geography.commune(q.area().code()).stream().toList();
        };
        boolean byDistrict = q.area().level() == Jurisdiction.Level.PROVINCE;
        List<PovertySummary.Line> lines = units.stream().map(u -> line(u.displayName(), cube.within(r ->
                u.code().equals(byDistrict ? r.districtCode() : r.communeCode())), q.year())).toList();
        return new PovertySummary(q.year(), geography.nameOf(q.area().code()), standardName(q.year()), lines,
                line(text("plan.summary.urban"), cube.within(r -> "URBAN".equals(r.areaType())), q.year()),
                line(text("plan.summary.rural"), cube.within(r -> "RURAL".equals(r.areaType())), q.year()),
                line(text("plan.summary.total"), cube, q.year()));
    }

    public byte[] povertySummaryXlsx(String year, String area) {
        PovertySummary s = povertySummary(year, area);
        return SummaryXlsx.write(s, labels(s));
    }

    public byte[] povertySummaryPdf(String year, String area) {
        PovertySummary s = povertySummary(year, area);
        return SummaryPdf.write(s, labels(s), LocaleContextHolder.getLocale());
    }

    private SummaryLabels labels(PovertySummary s) {
        return new SummaryLabels(text("plan.summary.title", String.valueOf(s.year())),
                text("plan.summary.subtitle", s.areaName(), s.standard()), text("plan.summary.unit"),
                text("plan.summary.households"), text("plan.summary.poor"), text("plan.summary.nearPoor"),
                List.of(text("plan.summary.start"), text("plan.summary.leaving"), text("plan.summary.returning"),
                        text("plan.summary.new"), text("plan.summary.end"), text("plan.summary.rate")),
                text("plan.summary.note"));
    }

    /**
     * People in the register at the end of {@code year} in {@code area} counted by two variables (names of
     * {@code CrossVariable}), optionally only those with one value of a third ({@code filter} = {@code VARIABLE:VALUE}).
     */
    public CrossTable crossTab(String year, String area, String rows, String columns, String filter) {
        return crossTabulation.table(access.check(year, area), rows, columns, filter);
    }

    /** The cross-table as XLSX; {@code publication} hides counts below 5 (and their percentages). */
    public byte[] crossTabXlsx(String year, String area, String rows, String columns, String filter, boolean publication) {
        return crossTabulation.xlsx(crossTab(year, area, rows, columns, filter), publication);
    }

    public List<String> crossVariables() {
        return java.util.Arrays.stream(CrossVariable.values()).map(Enum::name).toList();
    }

    /** Rebuilds the counts of the years {@code from}–{@code to} from the register (after bulk work or a review). */
    public void recompute(int from, int to) {
        access.provinceStaff();
        recomputeUnchecked(from, to);
        events.publishEvent(new PlanRecomputed(from, to));
    }

    /** Start-up and bench: the same recomputation without a signed-in user. */
    public void recomputeUnchecked(int from, int to) {
        for (int y = Math.max(from, AreaAccess.FIRST_YEAR); y <= Math.min(to, Year.now(Formats.PROVINCE).getValue()); y++) {
            recompute.recompute(y);
        }
    }

    public boolean computed() {
        return !counts.empty();
    }

    /** A department's figure for a REPORTED target and year, entered by province staff: a new version each time. */
    public ReportedValue submitReported(String targetId, String year, BigDecimal value, String source, String note) {
        return reportedFigures.submit(access.provinceStaff(), targetId, year, value, source, note);
    }

    /** Province staff confirm a reported version; the one who entered it cannot confirm it. */
    public ReportedValue confirmReported(long valueId) {
        return reportedFigures.confirm(access.provinceStaff(), valueId);
    }

    @Transactional(readOnly = true)
    public List<ReportedValue> reportedHistory() {
        access.provinceStaff();
        return reported.recent(200);
    }

    // --- computing -------------------------------------------------------------------------------------------

    private List<Indicator> indicators(AreaAccess.Query q, IndicatorCalculator calc) {
        List<Integer> years = yearsFor(q.year());
        Map<String, ReportedValue> confirmed = new java.util.HashMap<>();
        reported.latestConfirmed(years).forEach(v -> confirmed.put(v.targetId() + "/" + v.year(), v));
        return targets.targets().stream().map(t -> t.measured() ? calc.indicator(t, q.year())
                : reportedIndicator(t, q, calc, confirmed)).toList();
    }

    private Indicator reportedIndicator(Target t, AreaAccess.Query q, IndicatorCalculator calc, Map<String, ReportedValue> confirmed) {
        int judged = IndicatorCalculator.judgedYear(t, q.year());
        if (q.area().level() != Jurisdiction.Level.PROVINCE) {
            return new Indicator(t.id(), null, t.value(), IndicatorStatus.NO_DATA, null, null,
                    text("plan.explain.reportedProvinceOnly"), judged, t.comparison().name());
        }
        ReportedValue v = confirmed.get(t.id() + "/" + judged);
        if (v == null) {
            return new Indicator(t.id(), null, t.value(), IndicatorStatus.NO_DATA, null, null,
                    text("plan.explain.notReported", String.valueOf(judged)), judged, t.comparison().name());
        }
        IndicatorCalculator.Value value = new IndicatorCalculator.Value(v.value(), t.value(), t.comparison(), null, null,
                text("plan.explain.reported", v.source(), v.confirmedBy(), String.valueOf(judged)));
        return new Indicator(t.id(), v.value(), t.value(), calc.status(t, value, judged), null, null,
                value.explanation(), judged, t.comparison().name());
    }

    private List<Dashboard.UnitValue> units(List<AdminUnit> units, IndicatorCalculator calc, Target t, int judged,
                                            Function<String, Jurisdiction> scope) {
        if (!t.measured()) {
            return List.of();
        }
        return units.stream().map(u -> {
            Jurisdiction j = scope.apply(u.code());
            IndicatorCalculator one = calculator(j, calc.cube().within(r -> u.code().equals(
                    j.level() == Jurisdiction.Level.DISTRICT ? r.districtCode() : r.communeCode())));
            Indicator i = one.indicator(t, judged);
            BigDecimal gap = i.value() == null ? null : IndicatorCalculator.round(
                    Target.Comparison.valueOf(i.comparison()).shortfall(i.value(), i.target()));
            return new Dashboard.UnitValue(u.code(), u.displayName(), geography.nameOf(u.parentCode()), i.value(),
                    i.target(), gap, i.status(), i.numerator(), i.denominator());
        }).toList();
    }

    private BigDecimal path(IndicatorCalculator calc, Target t, IndicatorCalculator.Value v, int year) {
        if (year >= t.dueYear()) {
            return v.target();
        }
        BigDecimal expected = calc.expected(t, v, year);
        return IndicatorCalculator.round(expected);
    }

    private static int firstYear(Target t) {
        return t.baselineYear() != null ? t.baselineYear() : t.from().getYear();
    }

    private List<Integer> yearsFor(int year) {
        TreeSet<Integer> years = new TreeSet<>();
        years.add(year);
        for (Target t : targets.targets()) {
            years.add(IndicatorCalculator.judgedYear(t, year));
            if (t.baselineYear() != null) {
                years.add(t.baselineYear());
            }
        }
        return List.copyOf(years);
    }

    private IndicatorCalculator calculator(Jurisdiction area, List<Integer> years) {
        return calculator(area, counts.load(area, years));
    }

    private IndicatorCalculator calculator(Jurisdiction area, CountCube cube) {
        return new IndicatorCalculator(cube, area, targets.plan().newCountrysideCommunes(), this::standardName,
                messages, LocaleContextHolder.getLocale());
    }

    private PovertySummary.Line line(String name, CountCube cube, int year) {
        CountCube.Sum households = cube.sum(year, Measure.POOR);
        return new PovertySummary.Line(name, households.denominator(),
                flow(cube, year, Measure.POOR_START, Measure.POOR_LEAVING, Measure.POOR_RETURNING, Measure.POOR_NEW, Measure.POOR),
                flow(cube, year, Measure.NEAR_POOR_START, Measure.NEAR_POOR_LEAVING, Measure.NEAR_POOR_RETURNING,
                        Measure.NEAR_POOR_NEW, Measure.NEAR_POOR));
    }

    private static PovertySummary.Flow flow(CountCube cube, int year, Measure start, Measure leaving, Measure returning,
                                            Measure fresh, Measure end) {
        CountCube.Sum e = cube.sum(year, end);
        return new PovertySummary.Flow(cube.sum(year, start).numerator(), cube.sum(year, leaving).numerator(),
                cube.sum(year, returning).numerator(), cube.sum(year, fresh).numerator(), e.numerator(),
                IndicatorCalculator.round(IndicatorCalculator.percent(e)));
    }

    String standardName(int year) {
        return eligibility.parameterText("poverty.standard", LocalDate.of(year, 12, 31))
                .map(v -> text("plan.standard." + v)).orElse(text("plan.standard.none"));
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, locale);
    }
}
