package vn.ansinh.geography;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** The door to the administrative map. The map is small (269 units) and read-mostly, so it is held in memory. */
@Service
public class Geography {

    public static final String PROVINCE_CODE = "34";

    private final Map<String, AdminUnit> units;

    Geography(AdminUnits repository) {
        this.units = repository.findAll().stream()
                .collect(Collectors.toUnmodifiableMap(AdminUnit::code, Function.identity()));
    }

    public Optional<AdminUnit> unit(String code) {
        return Optional.ofNullable(code).map(units::get);
    }

    public Optional<AdminUnit> commune(String code) {
        return unit(code).filter(u -> u.level() == AdminUnit.Level.COMMUNE);
    }

    /** The district code of a commune; throws for an unknown commune. */
    public String districtOf(String communeCode) {
        return commune(communeCode).map(AdminUnit::parentCode)
                .orElseThrow(() -> new IllegalArgumentException("unknown commune " + communeCode));
    }

    public AreaType areaOf(String communeCode) {
        return commune(communeCode).map(AdminUnit::area)
                .orElseThrow(() -> new IllegalArgumentException("unknown commune " + communeCode));
    }

    public List<AdminUnit> districts() {
        return sorted(units.values().stream().filter(u -> u.level() == AdminUnit.Level.DISTRICT).toList());
    }

    public List<AdminUnit> communesOf(String districtCode) {
        return sorted(units.values().stream()
                .filter(u -> u.level() == AdminUnit.Level.COMMUNE && u.parentCode().equals(districtCode))
                .toList());
    }

    public List<AdminUnit> allCommunes() {
        return sorted(units.values().stream().filter(u -> u.level() == AdminUnit.Level.COMMUNE).toList());
    }

    public String nameOf(String code) {
        return unit(code).map(AdminUnit::displayName).orElse(code);
    }

    private static List<AdminUnit> sorted(Collection<AdminUnit> list) {
        return list.stream().sorted(Comparator.comparing(AdminUnit::code)).toList();
    }
}
