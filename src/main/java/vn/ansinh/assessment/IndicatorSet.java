package vn.ansinh.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The deprivation indicators of the poverty standard in force on a date: none under Decision 09/2011
 * (income only), D1–D10 under Decision 59/2015 (2016–2021, Decree 07/2021 Art. 2 keeps it for 2021),
 * E1–E12 under Decree 07/2021 (from 2022). Labels are message keys {@code indicator.D1} … {@code indicator.E12}.
 */
public enum IndicatorSet {
    QD09_2011(List.of()),
    QD59_2015(codes("D", 10)),
    ND07_2021(codes("E", 12));

    private static final LocalDate QD59_FROM = LocalDate.of(2016, 1, 1);
    private static final LocalDate ND07_FROM = LocalDate.of(2022, 1, 1);

    private final List<String> codes;

    IndicatorSet(List<String> codes) {
        this.codes = codes;
    }

    public static IndicatorSet inForceOn(LocalDate day) {
        if (day.isBefore(QD59_FROM)) {
            return QD09_2011;
        }
        return day.isBefore(ND07_FROM) ? QD59_2015 : ND07_2021;
    }

    public List<String> codes() {
        return codes;
    }

    public boolean contains(String code) {
        return codes.contains(code);
    }

    private static List<String> codes(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + i).toList();
    }
}
