package vn.ansinh.geography;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Locale;
import vn.ansinh.common.BundleTexts;

/** An administrative unit with its official code, valid between two dates. */
@Entity
@Table(name = "admin_unit")
public class AdminUnit {

    private static final BundleTexts TEXTS = new BundleTexts("i18n/messages");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    public enum Level { PROVINCE, DISTRICT, COMMUNE }

    @Id
    private String code;
    private String name;
    @Column(name = "level")
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Level level;
    private String unitType;
    private String parentCode;
    private LocalDate validFrom;
    private LocalDate validTo;

    protected AdminUnit() {
    }

    /** A unit of a later layout (not a managed entity: those rows live in reformed_admin_unit). */
    AdminUnit(String code, String name, Level level, String unitType, String parentCode,
              LocalDate validFrom, LocalDate validTo) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.unitType = unitType;
        this.parentCode = parentCode;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Level level() {
        return level;
    }

    public String unitType() {
        return unitType;
    }

    public String parentCode() {
        return parentCode;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public AreaType area() {
        return "xa".equals(unitType) ? AreaType.RURAL : AreaType.URBAN;
    }

    /**
     * "Phường Lê Hồng Phong", "Xã Vũ Hội", "Huyện Vũ Thư" … (in English "Vũ Hội Commune", "Vũ Thư District" …). A
     * district's official name carries its kind ("Huyện Vũ Thư"), a commune's does not ("Vũ Hội").
     */
    public String displayName() {
        return switch (unitType) {
            case "phuong", "thi_tran", "xa", "tinh", "dac_khu" -> TEXTS.text("geography.unit." + unitType, name);
            case "huyen", "thanh_pho", "thi_xa", "quan" -> {
                // the official name starts as the Vietnamese words do ("Huyện {0}" gives "Huyện "): written once
                String kind = TEXTS.textIn(VIETNAMESE, "geography.unit." + unitType, "");
                String bare = name.regionMatches(true, 0, kind, 0, kind.length()) ? name.substring(kind.length()) : name;
                yield TEXTS.text("geography.unit." + unitType, bare);
            }
            default -> name;
        };
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
