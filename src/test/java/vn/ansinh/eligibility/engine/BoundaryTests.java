package vn.ansinh.eligibility.engine;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.ansinh.eligibility.EvaluationResult;
import vn.ansinh.eligibility.HouseholdFacts;
import vn.ansinh.eligibility.HousingFacts;
import vn.ansinh.eligibility.MemberFacts;
import vn.ansinh.eligibility.facts.Area;
import vn.ansinh.eligibility.facts.Disability;
import vn.ansinh.eligibility.facts.HousingCondition;
import vn.ansinh.eligibility.facts.OrphanCase;
import vn.ansinh.eligibility.facts.Params;
import vn.ansinh.eligibility.facts.PoorSubtype;
import vn.ansinh.eligibility.facts.PovertyStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static vn.ansinh.eligibility.engine.Households.adult;
import static vn.ansinh.eligibility.engine.Households.bornAged;
import static vn.ansinh.eligibility.engine.Households.household;
import static vn.ansinh.eligibility.engine.Households.person;

/**
 * Every income threshold at, one below and one above, and every age band with the birthday on asOf.
 * Thresholds and ages are read from the parameter files, so a changed number keeps the test meaningful.
 */
class BoundaryTests {

    private static final LocalDate QD09 = LocalDate.of(2013, 6, 1);
    private static final LocalDate QD59 = LocalDate.of(2018, 6, 15);
    private static final LocalDate ND07 = LocalDate.of(2023, 3, 1);

    private final RuleEngine engine = Rules.engine();

    @TestFactory
    Stream<DynamicTest> decision09IncomeThresholds() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Area area : Area.values()) {
            Params p = engine.paramsFor(QD09);
            long line = p.byArea("poverty.income_line", area);
            long ceiling = p.byArea("poverty.near_poor_ceiling", area);
            tests.add(status(QD09, area, line - 1, 0, PovertyStatus.POOR, null));
            tests.add(status(QD09, area, line, 0, PovertyStatus.POOR, null));
            tests.add(status(QD09, area, line + 1, 0, PovertyStatus.NEAR_POOR, null));
            tests.add(status(QD09, area, ceiling - 1, 0, PovertyStatus.NEAR_POOR, null));
            tests.add(status(QD09, area, ceiling, 0, PovertyStatus.NEAR_POOR, null));
            tests.add(status(QD09, area, ceiling + 1, 0, PovertyStatus.NONE, null));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> decision59IncomeAndDeprivationThresholds() {
        List<DynamicTest> tests = new ArrayList<>();
        Params p = engine.paramsFor(QD59);
        int d = (int) p.num("poverty.min_deprivations");
        for (Area area : Area.values()) {
            long line = p.byArea("poverty.income_line", area);
            long ceiling = p.byArea("poverty.near_poor_ceiling", area);
            long average = p.byArea("poverty.average_ceiling", area);
            tests.add(status(QD59, area, line - 1, d, PovertyStatus.POOR, PoorSubtype.INCOME));
            tests.add(status(QD59, area, line, 0, PovertyStatus.POOR, PoorSubtype.INCOME));
            tests.add(status(QD59, area, line + 1, d - 1, PovertyStatus.NEAR_POOR, null));
            tests.add(status(QD59, area, line + 1, d, PovertyStatus.POOR, PoorSubtype.MULTIDIMENSIONAL));
            tests.add(status(QD59, area, ceiling - 1, d - 1, PovertyStatus.NEAR_POOR, null));
            tests.add(status(QD59, area, ceiling, d, PovertyStatus.POOR, PoorSubtype.MULTIDIMENSIONAL));
            tests.add(status(QD59, area, ceiling, d - 1, PovertyStatus.NEAR_POOR, null));
            tests.add(status(QD59, area, ceiling + 1, d + 2, PovertyStatus.AVERAGE_LIVING_STANDARD, null));
            tests.add(status(QD59, area, average - 1, 0, PovertyStatus.AVERAGE_LIVING_STANDARD, null));
            tests.add(status(QD59, area, average, 0, PovertyStatus.AVERAGE_LIVING_STANDARD, null));
            tests.add(status(QD59, area, average + 1, d, PovertyStatus.NONE, null));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> decree07IncomeAndDeprivationThresholds() {
        List<DynamicTest> tests = new ArrayList<>();
        Params p = engine.paramsFor(ND07);
        int d = (int) p.num("poverty.min_deprivations");
        for (Area area : Area.values()) {
            long line = p.byArea("poverty.income_line", area);
            long average = p.byArea("poverty.average_ceiling", area);
            tests.add(status(ND07, area, line - 1, d, PovertyStatus.POOR, null));
            tests.add(status(ND07, area, line, d, PovertyStatus.POOR, null));
            tests.add(status(ND07, area, line, d - 1, PovertyStatus.NEAR_POOR, null));
            tests.add(status(ND07, area, 0, d - 1, PovertyStatus.NEAR_POOR, null));
            tests.add(status(ND07, area, line + 1, d + 3, PovertyStatus.AVERAGE_LIVING_STANDARD, null));
            tests.add(status(ND07, area, average - 1, 0, PovertyStatus.AVERAGE_LIVING_STANDARD, null));
            tests.add(status(ND07, area, average, 0, PovertyStatus.AVERAGE_LIVING_STANDARD, null));
            tests.add(status(ND07, area, average + 1, d, PovertyStatus.NONE, null));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> standardChangesOnItsFirstDay() {
        return Stream.of(
                standard(LocalDate.of(2015, 12, 31), "QD09_2011"), standard(LocalDate.of(2016, 1, 1), "QD59_2015"),
                standard(LocalDate.of(2021, 12, 31), "QD59_2015"), standard(LocalDate.of(2022, 1, 1), "ND07_2021"));
    }

    @TestFactory
    Stream<DynamicTest> socialAllowanceAgeBandsWithTheBirthdayOnAsOf() {
        LocalDate asOf = LocalDate.of(2024, 9, 1);
        Params p = engine.paramsFor(asOf);
        int young = (int) p.num("sa.age.young_child");
        int child = (int) p.num("sa.age.child");
        int student = (int) p.num("sa.age.student_max");
        int elderly = (int) p.num("sa.age.elderly");
        int veryOld = (int) p.num("sa.age.very_old");
        return Stream.of(
                orphan(asOf, bornAged(young, asOf, 1), "SA1a"), orphan(asOf, bornAged(young, asOf, 0), "SA1b"),
                orphan(asOf, bornAged(child, asOf, 1), "SA1b"), orphan(asOf, bornAged(child, asOf, 0), null),
                student(asOf, bornAged(child, asOf, 1), "SA1b"), student(asOf, bornAged(child, asOf, 0), "SA2"),
                student(asOf, bornAged(student, asOf, 0), "SA2"), student(asOf, bornAged(student + 1, asOf, 0), null),
                student(asOf, bornAged(student + 1, asOf, 1), "SA2"),
                disabled(asOf, bornAged(child, asOf, 1), "SA6-S-CE"), disabled(asOf, bornAged(child, asOf, 0), "SA6-S"),
                disabled(asOf, bornAged(elderly, asOf, 1), "SA6-S"), disabled(asOf, bornAged(elderly, asOf, 0), "SA6-S-CE"),
                elderly(asOf, PovertyStatus.POOR, bornAged(elderly, asOf, 1), null),
                elderly(asOf, PovertyStatus.POOR, bornAged(elderly, asOf, 0), "SA5a"),
                elderly(asOf, PovertyStatus.POOR, bornAged(veryOld, asOf, 1), "SA5a"),
                elderly(asOf, PovertyStatus.POOR, bornAged(veryOld, asOf, 0), "SA5a+"),
                elderly(asOf, PovertyStatus.NONE, bornAged(veryOld, asOf, 1), null),
                elderly(asOf, PovertyStatus.NONE, bornAged(veryOld, asOf, 0), "SA5c"));
    }

    @TestFactory
    Stream<DynamicTest> healthInsuranceChildAgeAndSocialPensionAges() {
        LocalDate asOf = LocalDate.of(2025, 9, 1);
        Params p = engine.paramsFor(asOf);
        int child = (int) p.num("hi.age.child");
        int sp = (int) p.num("sp.age");
        int spPoor = (int) p.num("sp.age.poor_household");
        return Stream.of(
                health(asOf, bornAged(child, asOf, 1), "STATE_100"), health(asOf, bornAged(child, asOf, 0), "NONE"),
                pension(asOf, PovertyStatus.NONE, bornAged(sp, asOf, 1), false),
                pension(asOf, PovertyStatus.NONE, bornAged(sp, asOf, 0), true),
                pension(asOf, PovertyStatus.NEAR_POOR, bornAged(spPoor, asOf, 1), false),
                pension(asOf, PovertyStatus.NEAR_POOR, bornAged(spPoor, asOf, 0), true),
                pension(LocalDate.of(2025, 6, 30), PovertyStatus.NONE, bornAged(sp + 1, asOf, 0), false),
                pension(LocalDate.of(2025, 7, 1), PovertyStatus.NONE, bornAged(sp + 1, asOf, 0), true));
    }

    @TestFactory
    Stream<DynamicTest> baseLevelChangesOnItsFirstDay() {
        return Stream.of(base("2021-06-30", 270_000), base("2021-07-01", 360_000), base("2024-06-30", 360_000),
                base("2024-07-01", 500_000));
    }

    @TestFactory
    Stream<DynamicTest> housingDateThresholds() {
        LocalDate asOf = LocalDate.of(2015, 11, 15);
        Params p = engine.paramsFor(asOf);
        LocalDate snapshot = p.date("poor_housing.qd33.snapshot_date");
        int separated = (int) p.num("poor_housing.qd33.min_separated_years");
        int prior = (int) p.num("poor_housing.qd33.prior_support_min_years");
        LocalDate residence = engine.paramsFor(asOf).date("merit_housing.residence_registered_before");
        return Stream.of(
                poorHousing(asOf, snapshot.minusYears(separated), null, "ELIGIBLE"),
                poorHousing(asOf, snapshot.minusYears(separated).plusDays(1), null, "NOT_ELIGIBLE"),
                poorHousing(asOf, snapshot.minusYears(separated).minusDays(1), null, "ELIGIBLE"),
                poorHousing(asOf, snapshot.minusYears(separated), snapshot.minusYears(prior), "ELIGIBLE"),
                poorHousing(asOf, snapshot.minusYears(separated), snapshot.minusYears(prior).plusDays(1), "NOT_ELIGIBLE"),
                meritHousing(asOf, residence.minusDays(1), "ELIGIBLE"),
                meritHousing(asOf, residence, "NOT_ELIGIBLE"),
                meritHousing(LocalDate.of(2013, 6, 14), residence.minusDays(1), "NOT_APPLICABLE"),
                meritHousing(LocalDate.of(2013, 6, 15), residence.minusDays(1), "ELIGIBLE"),
                poorHousing(LocalDate.of(2015, 9, 30), snapshot.minusYears(separated), null, "NOT_APPLICABLE"),
                poorHousing(LocalDate.of(2015, 10, 1), snapshot.minusYears(separated), null, "ELIGIBLE"));
    }

    @Test
    void everyMonthFrom2011To2030EvaluatesWithoutError() {
        List<HouseholdFacts> data = vn.ansinh.bench.EligibilityBenchmark.generateFor(40, LocalDate.of(2030, 12, 1)).stream()
                .map(h -> new HouseholdFacts(h.id(), h.area(), h.monthlyIncomePerCapita(), List.of(), h.officialPovertyStatus(),
                        h.agricultural(), h.housing(), h.members().stream().filter(m -> m.birthDate().getYear() < 2011).toList()))
                .filter(h -> !h.members().isEmpty()).toList();
        for (LocalDate day = LocalDate.of(2011, 1, 1); day.getYear() <= 2030; day = day.plusMonths(1)) {
            assertThat(engine.evaluateAll(data, day)).hasSameSizeAs(data);
        }
    }

    private DynamicTest poorHousing(LocalDate asOf, LocalDate separatedSince, LocalDate priorSupport, String outcome) {
        return dynamicTest("poor housing on " + asOf + ", separated " + separatedSince + ", prior " + priorSupport + " → " + outcome, () -> {
            HouseholdFacts h = Households.withHousing(household(Area.RURAL, 300_000, List.of(), PovertyStatus.POOR, adult("m1")),
                    new HousingFacts(HousingCondition.MAKESHIFT_DILAPIDATED, false, null, separatedSince, true, priorSupport, false));
            assertThat(engine.evaluate(h, asOf).poorHousing().outcome().name()).isEqualTo(outcome);
        });
    }

    private DynamicTest meritHousing(LocalDate asOf, LocalDate registeredOn, String outcome) {
        return dynamicTest("merit housing on " + asOf + ", residence registered " + registeredOn + " → " + outcome, () -> {
            MemberFacts veteran = MemberFacts.builder("w", LocalDate.of(1950, 1, 1))
                    .meritCategories(List.of("MC07")).injuryRate(41).build();
            HouseholdFacts h = Households.withHousing(household(Area.RURAL, 300_000, List.of(), PovertyStatus.NONE, veteran),
                    new HousingFacts(HousingCondition.COLLAPSED_OR_HEAVILY_DAMAGED, true, registeredOn, null, false, null, false));
            assertThat(engine.evaluate(h, asOf).meritHousing().outcome().name()).isEqualTo(outcome);
        });
    }

    private DynamicTest status(LocalDate asOf, Area area, long income, int deprivations, PovertyStatus status,
                               PoorSubtype subtype) {
        List<String> codes = engine.paramsFor(asOf).list("poverty.indicators").stream()
                .limit(deprivations).map(String::valueOf).toList();
        return dynamicTest(asOf + " " + area + " income " + income + " d=" + deprivations + " → " + status, () -> {
            EvaluationResult r = engine.evaluate(household(area, income, codes, null, adult("m1")), asOf);
            assertThat(r.poverty().status()).isEqualTo(status);
            assertThat(r.poverty().poorSubtype()).isEqualTo(subtype);
            assertThat(r.poverty().reasons()).isNotEmpty()
                    .allSatisfy(reason -> assertThat(reason.getCitation()).isNotBlank());
        });
    }

    private DynamicTest standard(LocalDate asOf, String standard) {
        return dynamicTest(asOf + " → " + standard, () -> assertThat(engine.evaluate(
                household(Area.RURAL, 100_000, List.of(), null, adult("m1")), asOf).poverty().standard()).isEqualTo(standard));
    }

    private DynamicTest orphan(LocalDate asOf, LocalDate birth, String category) {
        return allowance("orphan born " + birth, asOf, PovertyStatus.NONE,
                person("c", birth, Disability.NONE, OrphanCase.BOTH_PARENTS_DEAD, false, false, false, false), category);
    }

    private DynamicTest student(LocalDate asOf, LocalDate birth, String category) {
        return allowance("studying former beneficiary born " + birth, asOf, PovertyStatus.NONE,
                person("c", birth, Disability.NONE, OrphanCase.BOTH_PARENTS_DEAD, true, true, false, false), category);
    }

    private DynamicTest disabled(LocalDate asOf, LocalDate birth, String category) {
        return allowance("severely disabled born " + birth, asOf, PovertyStatus.NONE,
                person("d", birth, Disability.SEVERE, null, false, false, false, false), category);
    }

    private DynamicTest elderly(LocalDate asOf, PovertyStatus status, LocalDate birth, String category) {
        return allowance(status + " elderly born " + birth, asOf, status,
                person("e", birth, Disability.NONE, null, false, false, false, false), category);
    }

    private DynamicTest allowance(String name, LocalDate asOf, PovertyStatus status, MemberFacts member, String category) {
        return dynamicTest(name + " on " + asOf + " → " + category, () -> {
            EvaluationResult r = engine.evaluate(household(Area.RURAL, 5_000_000, List.of(), status, member), asOf);
            if (category == null) {
                assertThat(r.socialAllowance()).isEmpty();
            } else {
                assertThat(r.socialAllowance()).singleElement()
                        .satisfies(a -> assertThat(a.category()).isEqualTo(category));
            }
        });
    }

    private DynamicTest health(LocalDate asOf, LocalDate birth, String support) {
        return dynamicTest("child born " + birth + " on " + asOf + " → " + support, () -> assertThat(engine.evaluate(
                household(Area.URBAN, 5_000_000, List.of(), PovertyStatus.NONE, MemberFacts.of("c", birth)), asOf)
                .healthInsurance().get(0).support().name()).isEqualTo(support));
    }

    private DynamicTest pension(LocalDate asOf, PovertyStatus status, LocalDate birth, boolean eligible) {
        return dynamicTest(status + " born " + birth + " on " + asOf + " → social pension " + eligible, () -> {
            EvaluationResult r = engine.evaluate(household(Area.RURAL, 5_000_000, List.of(), status,
                    person("e", birth, Disability.NONE, null, false, false, false, true)), asOf);
            assertThat(r.socialPension().stream().anyMatch(EvaluationResult.SocialPensionEntry::eligible)).isEqualTo(eligible);
        });
    }

    private DynamicTest base(String day, long level) {
        return dynamicTest("base level on " + day + " = " + level, () -> assertThat(
                engine.ruleBase().parameters().number("sa.base_level", LocalDate.parse(day)).longValue()).isEqualTo(level));
    }
}
