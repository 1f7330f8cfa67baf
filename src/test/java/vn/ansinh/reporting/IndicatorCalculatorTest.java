package vn.ansinh.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.ansinh.common.access.Jurisdiction;

/** Status and the communes-at-most-3 % rule on hand-made counts, without Spring. */
class IndicatorCalculatorTest {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasenames("i18n/reporting");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private static Target target(String kind, String measure, Target.Comparison comparison, String value, Integer baseline,
                                 int due, String communes) {
        return new Target("T", "1.2.1", "t", "t", comparison, new BigDecimal(value), "PERCENT", baseline, due, "SO_LDTBXH",
                Target.Source.REGISTER, kind, measure, BigDecimal.valueOf(3), communes, false, LocalDate.of(2013, 1, 1), "ref");
    }

    private static CountCube.Row row(int year, String commune, Measure m, long num, long den) {
        return new CountCube.Row(year, "342", commune, "RURAL", m, num, den);
    }

    private static IndicatorCalculator calculator(List<CountCube.Row> rows, Jurisdiction area, Set<String> listed) {
        return new IndicatorCalculator(new CountCube(rows), area, listed, y -> "S" + y, MESSAGES, Locale.forLanguageTag("vi"));
    }

    @Test
    void aRateOnTheStraightPathIsOnTrackAndBehindItAtRisk() {
        Target t = target("RATE", "MERIT_SOLID_HOUSE", Target.Comparison.AT_LEAST, "100", 2012, 2015, null);
        List<CountCube.Row> rows = new ArrayList<>(List.of(row(2012, "a", Measure.MERIT_SOLID_HOUSE, 40, 100),
                row(2013, "a", Measure.MERIT_SOLID_HOUSE, 60, 100), row(2014, "a", Measure.MERIT_SOLID_HOUSE, 70, 100),
                row(2015, "a", Measure.MERIT_SOLID_HOUSE, 99, 100)));
        IndicatorCalculator calc = calculator(rows, Jurisdiction.province(), Set.of());
        // path 40 → 100 over three years: 60 in 2013, 80 in 2014
        assertThat(calc.indicator(t, 2013).status()).isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(calc.indicator(t, 2014).status()).isEqualTo(IndicatorStatus.AT_RISK);
        assertThat(calc.indicator(t, 2015).status()).isEqualTo(IndicatorStatus.MISSED);
        assertThat(calc.indicator(t, 2020).year()).isEqualTo(2015);
        assertThat(calc.indicator(t, 2019).status()).isEqualTo(IndicatorStatus.MISSED);
    }

    @Test
    void countsOnlyTheListedCommunesAtOrBelowTheThreshold() {
        Target t = target("COMMUNES_AT_MOST", "POOR", Target.Comparison.AT_LEAST, "100", 2012, 2015, "NEW_COUNTRYSIDE");
        List<CountCube.Row> rows = List.of(row(2015, "a", Measure.POOR, 3, 100), row(2015, "b", Measure.POOR, 4, 100),
                row(2015, "c", Measure.POOR, 50, 100));
        Indicator i = calculator(rows, Jurisdiction.district("342"), Set.of("a", "b")).indicator(t, 2015);
        assertThat(i.numerator()).isEqualTo(1);
        assertThat(i.denominator()).isEqualTo(2);
        assertThat(i.value()).isEqualByComparingTo("50");
        assertThat(i.status()).isEqualTo(IndicatorStatus.MISSED);
        Indicator none = calculator(rows, Jurisdiction.district("342"), Set.of()).indicator(t, 2015);
        assertThat(none.status()).isEqualTo(IndicatorStatus.NO_DATA);
        assertThat(none.explanation()).contains("70 xã");
        Indicator commune = calculator(rows.subList(0, 1), Jurisdiction.commune("a"), Set.of("a", "b")).indicator(t, 2015);
        assertThat(commune.value()).isEqualByComparingTo("3");
        assertThat(commune.comparison()).isEqualTo("AT_MOST");
        assertThat(commune.status()).isEqualTo(IndicatorStatus.MET);
    }

    @Test
    void aDeclineAcrossAStandardChangeSaysTheRatesDoNotCompare() {
        Target t = target("DECLINE", "POOR", Target.Comparison.AT_LEAST, "1", 2014, 2017, null);
        List<CountCube.Row> rows = List.of(row(2014, "a", Measure.POOR, 10, 100), row(2016, "a", Measure.POOR, 7, 100));
        Indicator i = calculator(rows, Jurisdiction.province(), Set.of()).indicator(t, 2016);
        assertThat(i.value()).isEqualByComparingTo("1.5");
        assertThat(i.status()).isEqualTo(IndicatorStatus.MET);
        assertThat(i.explanation()).contains("S2014 → S2016");
    }
}
