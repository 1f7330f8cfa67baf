package vn.ansinh.reporting;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/** The pre-aggregated counts of an area for some years: sums by year, measure and any grouping of communes. */
record CountCube(List<Row> rows) {

    record Row(int year, String districtCode, String communeCode, String areaType, Measure measure, long numerator,
               long denominator) {
    }

    /** Numerator and denominator summed. */
    record Sum(long numerator, long denominator) {
        static final Sum ZERO = new Sum(0, 0);

        Sum plus(Row r) {
            return new Sum(numerator + r.numerator(), denominator + r.denominator());
        }
    }

    Sum sum(int year, Measure measure) {
        return sum(year, measure, r -> true);
    }

    Sum sum(int year, Measure measure, Predicate<Row> where) {
        Sum s = Sum.ZERO;
        for (Row r : rows) {
            if (r.year() == year && r.measure() == measure && where.test(r)) {
                s = s.plus(r);
            }
        }
        return s;
    }

    Map<String, Sum> byCommune(int year, Measure measure) {
        return by(year, measure, Row::communeCode);
    }

    Map<String, Sum> byDistrict(int year, Measure measure) {
        return by(year, measure, Row::districtCode);
    }

    Map<String, Sum> by(int year, Measure measure, Function<Row, String> key) {
        Map<String, Sum> out = new TreeMap<>();
        for (Row r : rows) {
            if (r.year() == year && r.measure() == measure) {
                out.merge(key.apply(r), Sum.ZERO.plus(r), (a, b) -> new Sum(a.numerator() + b.numerator(),
                        a.denominator() + b.denominator()));
            }
        }
        return out;
    }

    /** Only the rows of one commune or one district. */
    CountCube within(Predicate<Row> where) {
        return new CountCube(rows.stream().filter(where).toList());
    }
}
