package vn.ansinh.geography;

import vn.ansinh.common.access.Jurisdiction;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * The door to the administrative map. The map is small (269 + 105 units) and read-mostly, so it is held in memory.
 *
 * <p>The methods without a date answer for the register's layout — Thái Bình with its districts, valid
 * 11/02/2020–30/06/2025 — whose codes households, users, cases and payments carry. The units of the
 * 1 July 2025 reform (the new Hưng Yên province, no district level) are reached only through the dated methods
 * and the succession, because GSO reused 65 old commune codes for different new units.
 */
@Service
public class Geography {

    public static final String PROVINCE_CODE = Jurisdiction.PROVINCE_CODE;
    /** The first day of the two-tier layout (new Hưng Yên = old Hưng Yên + old Thái Bình). */
    public static final LocalDate REFORM_2025 = LocalDate.of(2025, 7, 1);

    private static final Comparator<AdminUnit> BY_LEVEL_AND_CODE =
            Comparator.comparing(AdminUnit::level).thenComparing(AdminUnit::code);

    private final AdminUnits repository;
    private volatile Map<String, AdminUnit> units;
    private final Map<String, AdminUnit> reformed;
    private final Map<String, Succession> successions;

    /**
     * The register's units are read on first use, not here: reading them here made the start-up wait on the main
     * thread for Hibernate, which boots in the background (README, Start-up).
     */
    Geography(AdminUnits repository, ReformedUnits reformedUnits) {
        this.repository = repository;
        // toUnmodifiableMap throws on a duplicate code: within the later layout a code is a key again.
        this.reformed = reformedUnits.units().stream()
                .collect(Collectors.toUnmodifiableMap(AdminUnit::code, Function.identity()));
        this.successions = reformedUnits.successions().stream()
                .collect(Collectors.toUnmodifiableMap(Succession::oldCode, Function.identity()));
    }

    private Map<String, AdminUnit> units() {
        Map<String, AdminUnit> loaded = units;
        if (loaded == null) {
            synchronized (this) {
                loaded = units;
                if (loaded == null) {
                    loaded = repository.findAll().stream()
                            .collect(Collectors.toUnmodifiableMap(AdminUnit::code, Function.identity()));
                    units = loaded;
                }
            }
        }
        return loaded;
    }

    /** A unit of the register's layout (before 1 July 2025). */
    public Optional<AdminUnit> unit(String code) {
        return Optional.ofNullable(code).map(units()::get);
    }

    /** A commune-level unit of the register's layout (before 1 July 2025). */
    public Optional<AdminUnit> commune(String code) {
        return unit(code).filter(u -> u.level() == AdminUnit.Level.COMMUNE);
    }

    /** The district code of a commune of the register's layout; throws for an unknown commune. */
    public String districtOf(String communeCode) {
        return commune(communeCode).map(AdminUnit::parentCode)
                .orElseThrow(() -> new IllegalArgumentException("unknown commune " + communeCode));
    }

    public AreaType areaOf(String communeCode) {
        return commune(communeCode).map(AdminUnit::area)
                .orElseThrow(() -> new IllegalArgumentException("unknown commune " + communeCode));
    }

    /** The 8 districts of the register's layout (the new layout has no district level). */
    public List<AdminUnit> districts() {
        return sorted(units().values().stream().filter(u -> u.level() == AdminUnit.Level.DISTRICT).toList());
    }

    public List<AdminUnit> communesOf(String districtCode) {
        return sorted(units().values().stream()
                .filter(u -> u.level() == AdminUnit.Level.COMMUNE && u.parentCode().equals(districtCode))
                .toList());
    }

    /** The 260 communes of the register's layout; for another day ask {@link #communesValidOn(LocalDate)}. */
    public List<AdminUnit> allCommunes() {
        return sorted(units().values().stream().filter(u -> u.level() == AdminUnit.Level.COMMUNE).toList());
    }

    public String nameOf(String code) {
        return unit(code).map(AdminUnit::displayName).orElse(code);
    }

    /** Every unit, of any layout, valid on that day: province first, then districts, then communes. */
    public List<AdminUnit> unitsValidOn(LocalDate day) {
        return allLayouts().filter(u -> u.validOn(day)).sorted(BY_LEVEL_AND_CODE).toList();
    }

    public List<AdminUnit> communesValidOn(LocalDate day) {
        return unitsValidOn(day).stream().filter(u -> u.level() == AdminUnit.Level.COMMUNE).toList();
    }

    /** The unit bearing that code on that day (a reused code names different units before and after a reform). */
    public Optional<AdminUnit> unitOn(String code, LocalDate day) {
        return Stream.of(unit(code), Optional.ofNullable(code).map(reformed::get))
                .flatMap(Optional::stream).filter(u -> u.validOn(day)).findFirst();
    }

    /** What became of an old unit; empty for a unit with no recorded fate (the abolished districts). */
    public Optional<Succession> succession(String oldCode) {
        return Optional.ofNullable(oldCode).map(successions::get);
    }

    /** The unit an old unit became part of; empty when unconfirmed — then a person must choose, never the code. */
    public Optional<AdminUnit> successorOf(String oldCode) {
        return succession(oldCode).flatMap(Succession::successorCode).map(reformed::get);
    }

    /** The old units that became part of a new one. */
    public List<AdminUnit> predecessorsOf(String newCode) {
        return sorted(successions.values().stream()
                .filter(s -> s.newCode() != null && s.newCode().equals(newCode))
                .map(s -> units().get(s.oldCode()))
                .toList());
    }

    /** The old units whose successor no source confirms, for a person to decide. */
    public List<AdminUnit> unconfirmedSuccessions() {
        return sorted(successions.values().stream().filter(Succession::unconfirmed)
                .map(s -> units().get(s.oldCode())).toList());
    }

    private Stream<AdminUnit> allLayouts() {
        return Stream.concat(units().values().stream(), reformed.values().stream());
    }

    private static List<AdminUnit> sorted(Collection<AdminUnit> list) {
        return list.stream().sorted(Comparator.comparing(AdminUnit::code)).toList();
    }
}
