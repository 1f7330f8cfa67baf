package vn.ansinh.common;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * A value of a dated table (the rule set's YAML parameters, casework's CSV tables): it holds from {@link #from()}
 * until a later value starts, or until its own {@link #to()} when it has one.
 */
public interface Dated {

    LocalDate from();

    /** The last day it holds, or null: until a later value starts. */
    default LocalDate to() {
        return null;
    }

    /**
     * The value in force on {@code day}: the latest {@code from} on or before it ({@code sameDay} breaks a tie, the
     * greater wins), unless that value has ended by its own {@code to}.
     */
    static <T extends Dated> Optional<T> inForce(Collection<T> values, LocalDate day, Comparator<? super T> sameDay) {
        Comparator<T> byFrom = Comparator.comparing(Dated::from);
        return values.stream()
                .filter(v -> !v.from().isAfter(day))
                .max(byFrom.thenComparing(sameDay))
                .filter(v -> v.to() == null || !day.isAfter(v.to()));
    }

    /** {@link #inForce(Collection, LocalDate, Comparator)} where no two values start on the same day. */
    static <T extends Dated> Optional<T> inForce(Collection<T> values, LocalDate day) {
        return inForce(values, day, (a, b) -> 0);
    }
}
