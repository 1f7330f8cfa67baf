package vn.ansinh.household.imports;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.ansinh.common.TextSearch;

/**
 * The columns of the survey sheet: one row per member, the household columns repeated on each row (or left empty
 * after its first row) and grouped by the household key. The header is the Vietnamese title; the diacritic-free
 * title, the ASCII short name and the English name are accepted too, in any order and any case.
 */
enum ImportColumn {
    HOUSEHOLD_KEY(true, "Mã hộ trong phiếu", "ma ho", "household key", "household"),
    COMMUNE_CODE(false, "Mã xã/phường", "ma xa", "commune code", "commune"),
    VILLAGE(false, "Thôn/tổ dân phố", "thon", "village"),
    ADDRESS(false, "Địa chỉ", "dia chi", "address"),
    AGRICULTURAL(false, "Hộ làm nông, lâm, ngư, diêm nghiệp", "ho nong nghiep", "agricultural"),
    DIFFICULT_AREA(false, "Vùng đặc biệt khó khăn", "dac biet kho khan", "especially difficult area"),
    FULL_NAME(true, "Họ và tên", "ho ten", "full name", "name"),
    SEX(true, "Giới tính", "gioi tinh", "sex"),
    BIRTH_DATE(true, "Ngày sinh", "ngay sinh", "birth date", "date of birth"),
    RELATION(true, "Quan hệ với chủ hộ", "quan he", "relation", "relation to head"),
    CCCD(false, "Số CCCD", "cccd", "citizen id", "id number"),
    DISABILITY(false, "Mức độ khuyết tật", "khuyet tat", "disability"),
    MERIT_CATEGORIES(false, "Diện người có công", "nguoi co cong", "merit categories", "merit"),
    INJURY_RATE(false, "Tỷ lệ tổn thương (%)", "ty le ton thuong", "injury rate"),
    ORPHAN_CASE(false, "Trẻ không có nguồn nuôi dưỡng", "tre khong nguon nuoi duong", "orphan case"),
    DECEASED_ON(false, "Ngày mất", "ngay mat", "deceased on", "date of death"),
    STUDYING(false, "Đang đi học", "di hoc", "studying"),
    PENSION(false, "Có lương hưu", "luong huu", "pension"),
    MONTHLY_SOCIAL_INSURANCE(false, "Hưởng BHXH hằng tháng", "bhxh hang thang", "monthly social insurance"),
    OBLIGED_SUPPORTER(false, "Có người có nghĩa vụ nuôi dưỡng", "nguoi nuoi duong", "obliged supporter"),
    SINGLE_PARENT(false, "Đơn thân nuôi con", "don than", "single parent"),
    HIV_POSITIVE(false, "Nhiễm HIV", "hiv", "hiv positive"),
    CARED_FOR_BY_HOUSEHOLD(false, "Được hộ chăm sóc", "ho cham soc", "cared for by household"),
    SOCIAL_PENSION_REQUESTED(false, "Đề nghị trợ cấp hưu trí xã hội", "huu tri xa hoi", "social pension requested"),
    PREGNANT(false, "Đang mang thai", "mang thai", "pregnant"),
    COMMUNITY_CARE_TAKEN_IN(false, "Được nhận chăm sóc tại cộng đồng", "cham soc cong dong", "community care taken in"),
    RECEIVED_CHILD_ALLOWANCE(false, "Đã hưởng trợ cấp trẻ em", "tro cap tre em", "received child allowance");

    private static final Map<String, ImportColumn> BY_NAME = Stream.of(values())
            .flatMap(c -> c.names().stream().map(n -> Map.entry(n, c)))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));

    final boolean required;
    final String header;
    private final List<String> aliases;

    ImportColumn(boolean required, String header, String... aliases) {
        this.required = required;
        this.header = header;
        this.aliases = List.of(aliases);
    }

    private List<String> names() {
        return Stream.concat(Stream.of(header, name()), aliases.stream()).map(ImportColumn::normalise).toList();
    }

    /** The column a header cell names, or null: diacritics, case, spaces, punctuation and a "(…)" note do not count. */
    static ImportColumn named(String headerCell) {
        return BY_NAME.get(normalise(headerCell));
    }

    static String normalise(String text) {
        String plain = TextSearch.key(text == null ? "" : text.replace('\uFEFF', ' '));
        String withoutNote = plain.replaceAll("\\(.*?\\)", "");
        String bare = withoutNote.replaceAll("[^a-z0-9]", "");
        return bare.isEmpty() ? plain.replaceAll("[^a-z0-9]", "") : bare;
    }

    static <T> Map<ImportColumn, T> map(Function<ImportColumn, T> value) {
        return Stream.of(values()).collect(Collectors.toMap(c -> c, value));
    }
}
