package vn.ansinh.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.springframework.context.MessageSource;
import vn.ansinh.common.access.Jurisdiction;

/**
 * A REGISTER target's value for one year and area from the pre-aggregated counts, and its status against the target
 * and the straight path from the baseline year to the due year.
 */
final class IndicatorCalculator {

    /** A value with what it was counted from, before a status is given. */
    record Value(BigDecimal value, BigDecimal target, Target.Comparison comparison, Long numerator, Long denominator,
                 String explanation) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final CountCube cube;
    private final Jurisdiction area;
    private final Set<String> newCountryside;
    private final IntFunction<String> standardOfYear;
    private final MessageSource messages;
    private final Locale locale;

    IndicatorCalculator(CountCube cube, Jurisdiction area, Set<String> newCountryside, IntFunction<String> standardOfYear,
                        MessageSource messages, Locale locale) {
        this.cube = cube;
        this.area = area;
        this.newCountryside = newCountryside;
        this.standardOfYear = standardOfYear;
        this.messages = messages;
        this.locale = locale;
    }

    CountCube cube() {
        return cube;
    }

    /** The year a target is judged in when {@code year} is asked for: a target is final at its due year. */
    static int judgedYear(Target t, int year) {
        return Math.min(year, t.dueYear());
    }

    Indicator indicator(Target t, int year) {
        int judged = judgedYear(t, year);
        Value v = value(t, judged);
        IndicatorStatus status = status(t, v, judged);
        return new Indicator(t.id(), round(v.value()), v.target(), status, v.numerator(), v.denominator(),
                v.explanation(), judged, v.comparison().name());
    }

    IndicatorStatus status(Target t, Value v, int judged) {
        if (v.value() == null) {
            return IndicatorStatus.NO_DATA;
        }
        if (v.comparison().meets(v.value(), v.target())) {
            return IndicatorStatus.MET;
        }
        if (judged >= t.dueYear()) {
            return IndicatorStatus.MISSED;
        }
        BigDecimal expected = expected(t, v, judged);
        if (expected == null) {
            return IndicatorStatus.AT_RISK;
        }
        return v.comparison().shortfall(v.value(), expected).signum() <= 0 ? IndicatorStatus.ON_TRACK : IndicatorStatus.AT_RISK;
    }

    /** The value the straight path from the baseline year's value to the target asks for in {@code year}. */
    BigDecimal expected(Target t, Value v, int year) {
        if (t.baselineYear() == null || "DECLINE".equals(t.kind())) {
            return null;
        }
        Value base = value(t, t.baselineYear());
        if (base.value() == null || year <= t.baselineYear()) {
            return base.value();
        }
        BigDecimal share = BigDecimal.valueOf(year - t.baselineYear())
                .divide(BigDecimal.valueOf(t.dueYear() - t.baselineYear()), 6, RoundingMode.HALF_UP);
        return base.value().add(v.target().subtract(base.value()).multiply(share));
    }

    Value value(Target t, int year) {
        Measure m = Measure.valueOf(t.measure());
        String standard = standardOfYear.apply(year);
        return switch (t.kind()) {
            case "RATE" -> rate(t, m, year, standard);
            case "COUNT" -> count(t, m, year, standard);
            case "DECLINE" -> decline(t, m, year);
            case "COMMUNES_AT_MOST" -> communes(t, m, year, standard);
            default -> throw new IllegalStateException("unknown kind " + t.kind() + " of target " + t.id());
        };
    }

    private Value rate(Target t, Measure m, int year, String standard) {
        CountCube.Sum s = cube.sum(year, m);
        BigDecimal value = percent(s);
        String text = text("plan.explain.rate", noun(m, "num"), number(s.numerator()), noun(m, "den"),
                number(s.denominator()), year, standard, percentText(value));
        if (t.lowerBound()) {
            text += " " + text("plan.explain.lowerBound." + m.name());
        }
        return new Value(value, t.value(), t.comparison(), s.numerator(), s.denominator(), text);
    }

    private Value count(Target t, Measure m, int year, String standard) {
        CountCube.Sum s = cube.sum(year, m);
        BigDecimal value = s.denominator() == 0 ? null : BigDecimal.valueOf(s.numerator());
        String text = text("plan.explain.count", noun(m, "num"), number(s.numerator()), noun(m, "den"),
                number(s.denominator()), year, standard);
        if (m == Measure.MERIT_SOLID_HOUSE || m == Measure.MERIT_HOUSING_DIFFICULTY || m == Measure.MAKESHIFT_POLICY_POOR) {
            text += " " + text("plan.explain.housingKnown");
        }
        return new Value(value, t.value(), t.comparison(), s.numerator(), s.denominator(), text);
    }

    private Value decline(Target t, Measure m, int year) {
        int base = t.baselineYear();
        CountCube.Sum start = cube.sum(base, m);
        CountCube.Sum now = cube.sum(year, m);
        BigDecimal from = percent(start);
        BigDecimal to = percent(now);
        String baseStandard = standardOfYear.apply(base);
        String standard = standardOfYear.apply(year);
        BigDecimal value = year <= base || from == null || to == null ? null
                : from.subtract(to).divide(BigDecimal.valueOf(year - base), 6, RoundingMode.HALF_UP);
        String text = text("plan.explain.decline", base, percentText(from), number(start.numerator()),
                number(start.denominator()), year, percentText(to), number(now.numerator()), number(now.denominator()),
                standard);
        if (!baseStandard.equals(standard)) {
            text += " " + text("plan.explain.standardChanged", baseStandard, standard);
        }
        return new Value(value, t.value(), t.comparison(), now.numerator(), now.denominator(), text);
    }

    private Value communes(Target t, Measure m, int year, String standard) {
        boolean listed = "ALL".equals(t.communes());
        if (!listed && newCountryside.isEmpty()) {
            return new Value(null, t.value(), t.comparison(), null, null, text("plan.explain.noCommuneList"));
        }
        if (area.level() == Jurisdiction.Level.COMMUNE) {
            if (!listed && !newCountryside.contains(area.code())) {
                return new Value(null, t.threshold(), Target.Comparison.AT_MOST, null, null, text("plan.explain.notListed"));
            }
            CountCube.Sum s = cube.sum(year, m);
            return new Value(percent(s), t.threshold(), Target.Comparison.AT_MOST, s.numerator(), s.denominator(),
                    text("plan.explain.rate", noun(m, "num"), number(s.numerator()), noun(m, "den"),
                            number(s.denominator()), year, standard, percentText(percent(s))));
        }
        long counted = 0;
        long atOrBelow = 0;
        for (Map.Entry<String, CountCube.Sum> e : cube.byCommune(year, m).entrySet()) {
            if ((listed || newCountryside.contains(e.getKey())) && e.getValue().denominator() > 0) {
                counted++;
                if (percent(e.getValue()).compareTo(t.threshold()) <= 0) {
                    atOrBelow++;
                }
            }
        }
        BigDecimal value = counted == 0 ? null : BigDecimal.valueOf(atOrBelow).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(counted), 6, RoundingMode.HALF_UP);
        return new Value(value, t.value(), t.comparison(), atOrBelow, counted,
                text("plan.explain.communes", number(atOrBelow), number(counted), percentText(t.threshold()), year, standard));
    }

    static BigDecimal percent(CountCube.Sum s) {
        return s.denominator() == 0 ? null : BigDecimal.valueOf(s.numerator()).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(s.denominator()), 6, RoundingMode.HALF_UP);
    }

    static BigDecimal round(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private String noun(Measure m, String part) {
        return text("plan.measure." + m.name() + "." + part);
    }

    private String number(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    private String percentText(BigDecimal v) {
        if (v == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(2);
        return f.format(v) + " %";
    }

    private String text(String key, Object... args) {
        Object[] plain = java.util.Arrays.stream(args).map(a -> a instanceof Integer i ? i.toString() : a).toArray();
        return messages.getMessage(key, plain, locale);
    }
}
