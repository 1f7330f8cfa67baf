package vn.ansinh.payment;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Interim source of the dated base level until the eligibility module's parameter table is on main:
 * {@code ansinh.payment.base-levels=2014-01-01=270000,...}. Replace with the rules-backed lookup.
 */
@Component
class ConfiguredBaseLevels implements BaseLevels {

    private final NavigableMap<LocalDate, Long> table = new TreeMap<>();
    private final long funeralMultiple;

    ConfiguredBaseLevels(Environment environment,
                         @Value("${ansinh.payment.funeral-support-multiple}") long funeralMultiple) {
        Map<String, Long> levels = Binder.get(environment)
                .bind("ansinh.payment.base-levels", Bindable.mapOf(String.class, Long.class)).orElse(Map.of());
        levels.forEach((from, amount) -> table.put(LocalDate.parse(from), amount));
        this.funeralMultiple = funeralMultiple;
    }

    @Override
    public long baseLevel(YearMonth month) {
        return at(month.atDay(1));
    }

    @Override
    public long funeralSupport(LocalDate diedOn) {
        return funeralMultiple * at(diedOn);
    }

    private long at(LocalDate day) {
        var entry = table.floorEntry(day);
        if (entry == null) {
            throw new IllegalArgumentException("no base level in force on " + day);
        }
        return entry.getValue();
    }
}
