package vn.ansinh.eligibility.engine;

import vn.ansinh.eligibility.HouseholdFacts;
import vn.ansinh.eligibility.MemberFacts;
import vn.ansinh.eligibility.facts.Params;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** Rejects malformed or impossible input before it reaches the rules; messages Vietnamese first. */
final class FactsValidator {

    /** As many members as a registered household may have (HouseholdForm); a larger request is refused whole. */
    static final int MAX_MEMBERS = 30;
    /** A billion đồng per person per month: beyond any real household, far below where amounts overflow. */
    static final long MAX_INCOME = 1_000_000_000L;
    static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    /** How far ahead asOf may look (planning a budget); further out no parameter is known to hold. */
    static final int MAX_YEARS_AHEAD = 5;
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private FactsValidator() {
    }

    /**
     * The one check of an evaluation's input, in the order a caller meets its problems: asOf and the household
     * present, asOf not too far ahead, asOf covered by the rules (else {@link NotCoveredException}), then each
     * household against the parameters in force. Returns those parameters; throws {@link InvalidFactsException}.
     */
    static Params check(List<HouseholdFacts> households, LocalDate asOf, Function<LocalDate, Params> paramsAt) {
        List<FieldError> missing = new ArrayList<>();
        if (asOf == null) {
            missing.add(new FieldError("asOf", "Bắt buộc, dạng YYYY-MM-DD / required, ISO date"));
        }
        if (households.stream().anyMatch(Objects::isNull)) {
            missing.add(new FieldError("household", "Bắt buộc / required"));
        }
        throwIfAny(missing);
        throwIfAny(validateAsOf(asOf));
        Params params = paramsAt.apply(asOf);
        for (HouseholdFacts h : households) {
            throwIfAny(validate(h, asOf, params));
        }
        return params;
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidFactsException(errors);
        }
    }

    private static List<FieldError> validate(HouseholdFacts h, LocalDate asOf, Params params) {
        List<FieldError> errors = new ArrayList<>();
        if (h.area() == null) {
            errors.add(new FieldError("household.area", "Bắt buộc: RURAL hoặc URBAN / required: RURAL or URBAN"));
        }
        if (h.monthlyIncomePerCapita() == null) {
            errors.add(new FieldError("household.monthlyIncomePerCapita", "Bắt buộc / required"));
        } else if (h.monthlyIncomePerCapita() < 0) {
            errors.add(new FieldError("household.monthlyIncomePerCapita", "Thu nhập không được âm / income cannot be negative"));
        } else if (h.monthlyIncomePerCapita() > MAX_INCOME) {
            errors.add(new FieldError("household.monthlyIncomePerCapita", "Thu nhập bình quân tối đa 1.000.000.000 đ/người/tháng"
                    + " / at most 1,000,000,000 VND per person per month"));
        }
        String standard = params.has("poverty.standard") ? params.text("poverty.standard") : "";
        Set<String> seenDeprivations = new HashSet<>();
        for (int i = 0; i < h.deprivations().size(); i++) {
            String code = h.deprivations().get(i);
            String field = "household.deprivations[" + i + "]";
            if (code == null || !params.has("poverty.indicators") || !params.listHas("poverty.indicators", code)) {
                errors.add(new FieldError(field, "Mã thiếu hụt '" + code + "' không thuộc chuẩn " + standard
                        + " áp dụng ngày " + asOf + " / deprivation code not in the standard in force"));
            } else if (!seenDeprivations.add(code)) {
                errors.add(new FieldError(field, "Mã thiếu hụt trùng lặp / duplicate deprivation code"));
            }
        }
        if (h.members().isEmpty()) {
            errors.add(new FieldError("household.members", "Hộ phải có ít nhất một thành viên / at least one member is required"));
        }
        if (h.members().size() > MAX_MEMBERS) {
            errors.add(new FieldError("household.members", "Một hộ có tối đa " + MAX_MEMBERS + " thành viên / at most "
                    + MAX_MEMBERS + " members"));
            return errors;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < h.members().size(); i++) {
            validateMember(h.members().get(i), "household.members[" + i + "]", asOf, params, ids, errors);
        }
        for (int i = 0; i < h.members().size(); i++) {
            validateParents(h.members().get(i), "household.members[" + i + "].parentIds", ids, errors);
        }
        return errors;
    }

    /** A parent link names another member of the same request, once. */
    private static void validateParents(MemberFacts m, String path, Set<String> ids, List<FieldError> errors) {
        if (m == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < m.parentIds().size(); j++) {
            String parent = m.parentIds().get(j);
            if (parent == null || !ids.contains(parent) || parent.equals(m.id())) {
                errors.add(new FieldError(path + "[" + j + "]", "Phải là mã của một thành viên khác trong hộ"
                        + " / must be the id of another member of the household"));
            } else if (!seen.add(parent)) {
                errors.add(new FieldError(path + "[" + j + "]", "Mã cha/mẹ trùng lặp / duplicate parent id"));
            }
        }
    }

    /** Today, or asOf when it looks ahead. */
    private static LocalDate latest(LocalDate asOf) {
        LocalDate today = LocalDate.now();
        return asOf.isAfter(today) ? asOf : today;
    }

    /** asOf: any day the rules cover (before them is a 422), up to {@link #MAX_YEARS_AHEAD} years ahead. */
    private static List<FieldError> validateAsOf(LocalDate asOf) {
        LocalDate last = LocalDate.now().plusYears(MAX_YEARS_AHEAD);
        return asOf.isAfter(last) ? List.of(new FieldError("asOf", "Ngày xét có thể ở tương lai (để dự tính) nhưng không quá "
                + MAX_YEARS_AHEAD + " năm, tối đa " + last.format(DAY) + " / asOf may look ahead at most " + MAX_YEARS_AHEAD
                + " years, until " + last.format(DAY))) : List.of();
    }

    private static void validateMember(MemberFacts m, String path, LocalDate asOf, Params params, Set<String> ids,
                                       List<FieldError> errors) {
        if (m == null) {
            errors.add(new FieldError(path, "Thành viên trống / empty member"));
            return;
        }
        if (m.id() == null || m.id().isBlank()) {
            errors.add(new FieldError(path + ".id", "Bắt buộc / required"));
        } else if (!ids.add(m.id())) {
            errors.add(new FieldError(path + ".id", "Mã thành viên trùng lặp '" + m.id() + "' / duplicate member id"));
        }
        if (m.birthDate() == null) {
            errors.add(new FieldError(path + ".birthDate", "Bắt buộc / required"));
        } else if (m.birthDate().isAfter(asOf)) {
            errors.add(new FieldError(path + ".birthDate", "Ngày sinh sau ngày xét " + asOf + " / birth date after asOf"));
        } else if (m.birthDate().isBefore(EARLIEST_DATE)) {
            errors.add(new FieldError(path + ".birthDate", "Ngày sinh phải từ 1900-01-01 / birth date before 1900"));
        }
        if (m.deceasedOn() != null && m.birthDate() != null && m.deceasedOn().isBefore(m.birthDate())) {
            errors.add(new FieldError(path + ".deceasedOn", "Ngày mất trước ngày sinh / death before birth"));
        } else if (m.deceasedOn() != null && m.deceasedOn().isAfter(latest(asOf))) {
            errors.add(new FieldError(path + ".deceasedOn", "Ngày mất không được ở tương lai / death in the future"));
        }
        for (int j = 0; j < m.meritCategories().size(); j++) {
            String code = m.meritCategories().get(j);
            if (code == null || !params.has("merit.categories") || !params.listHas("merit.categories", code)) {
                errors.add(new FieldError(path + ".meritCategories[" + j + "]",
                        "Mã người có công không hợp lệ '" + code + "' / unknown merit category"));
            }
        }
        if (m.injuryRate() != null && (m.injuryRate() < 0 || m.injuryRate() > 100)) {
            errors.add(new FieldError(path + ".injuryRate", "Tỷ lệ tổn thương phải từ 0 đến 100 / must be 0–100"));
        }
    }
}
