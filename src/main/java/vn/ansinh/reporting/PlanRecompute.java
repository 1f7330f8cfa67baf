package vn.ansinh.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.assessment.HousingRecords;
import vn.ansinh.eligibility.EligibilityManagement;
import vn.ansinh.household.PovertyYears;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.payment.AllowanceRecipients;

/** Builds each household's facts for a year from the modules that own them, and the counts per commune from those. */
@Component
class PlanRecompute {

    private final PovertyYears povertyYears;
    private final HousingRecords housing;
    private final AllowanceRecipients allowances;
    private final EligibilityManagement eligibility;
    private final PlanTargets targets;
    private final MeasureCounts counts;

    PlanRecompute(PovertyYears povertyYears, HousingRecords housing, AllowanceRecipients allowances,
                  EligibilityManagement eligibility, PlanTargets targets, MeasureCounts counts) {
        this.povertyYears = povertyYears;
        this.housing = housing;
        this.allowances = allowances;
        this.eligibility = eligibility;
        this.targets = targets;
        this.counts = counts;
    }

    /** Every household known at the end of {@code year} within {@code scope}, with status, members and housing. */
    @Transactional(readOnly = true)
    List<PlanFact> facts(int year, Jurisdiction scope) {
        LocalDate end = LocalDate.of(year, 12, 31);
        List<Long> recipients = allowances.monthlySocialAllowanceMembers(end);
        int childAge = Optional.ofNullable(eligibility.parameter("hi.age.child", end)).map(BigDecimal::intValue).orElse(6);
        var households = povertyYears.facts(year, scope, recipients, targets.plan().elderlyAge(), childAge);
        Map<Long, HousingRecords.Housing> houses = housing.latestAsOf(end);
        return households.stream().map(h -> new PlanFact(h, houses.get(h.householdId()))).toList();
    }

    @Transactional
    void recompute(int year) {
        List<PlanFact> facts = facts(year, Jurisdiction.province());
        record Key(String district, String commune, String area, Measure measure) {
        }
        Map<Key, long[]> sums = new HashMap<>();
        for (PlanFact f : facts) {
            var h = f.household();
            for (Measure m : Measure.values()) {
                long num = m.numerator(f);
                long den = m.denominator(f);
                if (num != 0 || den != 0) {
                    long[] s = sums.computeIfAbsent(new Key(h.districtCode(), h.communeCode(), h.areaType(), m), k -> new long[2]);
                    s[0] += num;
                    s[1] += den;
                }
            }
        }
        List<CountCube.Row> rows = new ArrayList<>(sums.size());
        sums.forEach((k, s) -> rows.add(new CountCube.Row(year, k.district(), k.commune(), k.area(), k.measure(), s[0], s[1])));
        counts.replaceYear(year, rows, facts.size());
    }
}
