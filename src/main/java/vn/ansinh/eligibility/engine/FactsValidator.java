package vn.ansinh.eligibility.engine;

import vn.ansinh.eligibility.HouseholdFacts;
import vn.ansinh.eligibility.MemberFacts;
import vn.ansinh.eligibility.facts.Params;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Rejects malformed or impossible input before it reaches the rules; messages Vietnamese first. */
final class FactsValidator {

    private FactsValidator() {
    }

    static List<FieldError> validate(HouseholdFacts h, LocalDate asOf, Params params) {
        List<FieldError> errors = new ArrayList<>();
        if (h == null) {
            errors.add(new FieldError("household", "Thiếu thông tin hộ gia đình / household is required"));
            return errors;
        }
        if (h.area() == null) {
            errors.add(new FieldError("household.area", "Bắt buộc: RURAL hoặc URBAN / required: RURAL or URBAN"));
        }
        if (h.monthlyIncomePerCapita() == null) {
            errors.add(new FieldError("household.monthlyIncomePerCapita", "Bắt buộc / required"));
        } else if (h.monthlyIncomePerCapita() < 0) {
            errors.add(new FieldError("household.monthlyIncomePerCapita", "Thu nhập không được âm / income cannot be negative"));
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
        }
        if (m.deceasedOn() != null && m.birthDate() != null && m.deceasedOn().isBefore(m.birthDate())) {
            errors.add(new FieldError(path + ".deceasedOn", "Ngày mất trước ngày sinh / death before birth"));
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
