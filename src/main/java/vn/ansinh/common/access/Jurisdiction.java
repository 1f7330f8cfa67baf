package vn.ansinh.common.access;

/** The part of the map a user acts in: one commune, one district, or the whole province. */
public record Jurisdiction(Level level, String code) implements java.io.Serializable {

    /** The province's GSO code; geography's {@code Geography.PROVINCE_CODE} is this one. */
    public static final String PROVINCE_CODE = "34";

    public enum Level { PROVINCE, DISTRICT, COMMUNE }

    public static Jurisdiction province() {
        return new Jurisdiction(Level.PROVINCE, PROVINCE_CODE);
    }

    public static Jurisdiction district(String code) {
        return new Jurisdiction(Level.DISTRICT, code);
    }

    public static Jurisdiction commune(String code) {
        return new Jurisdiction(Level.COMMUNE, code);
    }

    public boolean coversCommune(String communeCode, String districtCode) {
        return switch (level) {
            case PROVINCE -> true;
            case DISTRICT -> code.equals(districtCode);
            case COMMUNE -> code.equals(communeCode);
        };
    }

    public boolean coversDistrict(String districtCode) {
        return level == Level.PROVINCE || (level == Level.DISTRICT && code.equals(districtCode));
    }

    /**
     * Whether this jurisdiction covers the whole of {@code other}: the province covers everything, a district itself
     * and its communes, a commune only itself. {@code districtOfCommune} is the other's district when it is a commune.
     */
    public boolean covers(Jurisdiction other, String districtOfCommune) {
        return switch (other.level()) {
            case PROVINCE -> level == Level.PROVINCE;
            case DISTRICT -> coversDistrict(other.code());
            case COMMUNE -> coversCommune(other.code(), districtOfCommune);
        };
    }

    /** The Flowable candidate group of this jurisdiction: {@code commune:12433}, {@code district:336}, {@code province:34}. */
    public String candidateGroup() {
        return level.name().toLowerCase() + ":" + code;
    }

    @Override
    public String toString() {
        return candidateGroup();
    }
}
