package vn.ansinh.eligibility.bulk;

import java.util.Locale;
import java.util.Optional;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.geography.AdminUnit;
import vn.ansinh.geography.Geography;

/** A bulk job's area as the API writes it: {@code PROVINCE}, {@code DISTRICT:<code>} or {@code COMMUNE:<code>}. */
public record Scope(Jurisdiction area, String districtOfCommune) {

    /** The scope of {@code text} when it names the province or a district or commune of the register's layout. */
    public static Optional<Scope> parse(String text, Geography geography) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.equals("PROVINCE")) {
            return Optional.of(new Scope(Jurisdiction.province(), null));
        }
        int colon = t.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String code = t.substring(colon + 1).strip();
        return switch (t.substring(0, colon).strip()) {
            case "DISTRICT" -> geography.unit(code).filter(u -> u.level() == AdminUnit.Level.DISTRICT)
                    .map(u -> new Scope(Jurisdiction.district(u.code()), null));
            case "COMMUNE" -> geography.commune(code).map(u -> new Scope(Jurisdiction.commune(u.code()), u.parentCode()));
            default -> Optional.empty();
        };
    }

    /** The scope as stored and answered: {@code PROVINCE}, {@code DISTRICT:336}, {@code COMMUNE:12433}. */
    public String text() {
        return area.level() == Jurisdiction.Level.PROVINCE ? "PROVINCE" : area.level().name() + ":" + area.code();
    }

    /** Back from the stored text (known to be valid). */
    public static Jurisdiction areaOf(String stored) {
        if (stored.equals("PROVINCE")) {
            return Jurisdiction.province();
        }
        String[] parts = stored.split(":", 2);
        return new Jurisdiction(Jurisdiction.Level.valueOf(parts[0]), parts[1]);
    }
}
