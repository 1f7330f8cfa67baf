package vn.ansinh.eligibility.engine;

import vn.ansinh.common.Formats;
import vn.ansinh.common.BundleTexts;
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

/** Rejects malformed or impossible input before it reaches the rules; its words are keys of {@code i18n/eligibility}. */
final class FactsValidator {

    /** As many members as a registered household may have (HouseholdForm); a larger request is refused whole. */
    static final int MAX_MEMBERS = 30;
    /** A billion đồng per person per month: beyond any real household, far below where amounts overflow. */
    static final long MAX_INCOME = 1_000_000_000L;
    static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    /** How far ahead asOf may look (planning a budget); further out no parameter is known to hold. */
    static final int MAX_YEARS_AHEAD = 5;
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final BundleTexts TEXTS = new BundleTexts("i18n/eligibility");

    private FactsValidator() {
    }

    private static FieldError error(String field, String key, Object... args) {
        return new FieldError(field, TEXTS.text(key, args));
    }

    /**
     * The one check of an evaluation's input, in the order a caller meets its problems: asOf and the household
     * present, asOf not too far ahead, asOf covered by the rules (else {@link NotCoveredException}), then each
     * household against the parameters in force. Returns those parameters; throws {@link InvalidFactsException}.
     */
    static Params check(List<HouseholdFacts> households, LocalDate asOf, Function<LocalDate, Params> paramsAt) {
        List<FieldError> missing = new ArrayList<>();
        if (asOf == null) {
            missing.add(error("asOf", "facts.asOf.required"));
        }
        if (households.stream().anyMatch(Objects::isNull)) {
            missing.add(error("household", "facts.required"));
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
            errors.add(error("household.area", "facts.area.required"));
        }
        if (h.monthlyIncomePerCapita() == null) {
            errors.add(error("household.monthlyIncomePerCapita", "facts.required"));
        } else if (h.monthlyIncomePerCapita() < 0) {
            errors.add(error("household.monthlyIncomePerCapita", "facts.income.negative"));
        } else if (h.monthlyIncomePerCapita() > MAX_INCOME) {
            errors.add(error("household.monthlyIncomePerCapita", "facts.income.max"));
        }
        // A valid household (nearly every one of a province's run) costs no text: field paths are written on an error only.
        List<String> deprivations = h.deprivations();
        Set<String> seenDeprivations = deprivations.size() < 2 ? null : new HashSet<>();
        for (int i = 0; i < deprivations.size(); i++) {
            String code = deprivations.get(i);
            if (code == null || !params.has("poverty.indicators") || !params.listHas("poverty.indicators", code)) {
                String standard = params.has("poverty.standard") ? params.text("poverty.standard") : "";
                errors.add(error("household.deprivations[" + i + "]", "facts.deprivation.unknown", code, standard, asOf.format(DAY)));
            } else if (seenDeprivations != null && !seenDeprivations.add(code)) {
                errors.add(error("household.deprivations[" + i + "]", "facts.deprivation.duplicate"));
            }
        }
        if (h.members().isEmpty()) {
            errors.add(error("household.members", "facts.members.required"));
        }
        if (h.members().size() > MAX_MEMBERS) {
            errors.add(error("household.members", "facts.members.tooMany", MAX_MEMBERS));
            return errors;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < h.members().size(); i++) {
            validateMember(h.members().get(i), i, asOf, params, ids, errors);
        }
        for (int i = 0; i < h.members().size(); i++) {
            validateParents(h.members().get(i), i, ids, errors);
        }
        return errors;
    }

    private static String memberPath(int i) {
        return "household.members[" + i + "]";
    }

    /** A parent link names another member of the same request, once. */
    private static void validateParents(MemberFacts m, int index, Set<String> ids, List<FieldError> errors) {
        if (m == null || m.parentIds().isEmpty()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < m.parentIds().size(); j++) {
            String parent = m.parentIds().get(j);
            if (parent == null || !ids.contains(parent) || parent.equals(m.id())) {
                errors.add(error(memberPath(index) + ".parentIds[" + j + "]", "facts.parent.unknown"));
            } else if (!seen.add(parent)) {
                errors.add(error(memberPath(index) + ".parentIds[" + j + "]", "facts.parent.duplicate"));
            }
        }
    }

    /** Today, or asOf when it looks ahead. */
    private static LocalDate latest(LocalDate asOf) {
        LocalDate today = LocalDate.now(Formats.PROVINCE);
        return asOf.isAfter(today) ? asOf : today;
    }

    /** asOf: any day the rules cover (before them is a 422), up to {@link #MAX_YEARS_AHEAD} years ahead. */
    private static List<FieldError> validateAsOf(LocalDate asOf) {
        LocalDate last = LocalDate.now(Formats.PROVINCE).plusYears(MAX_YEARS_AHEAD);
        return asOf.isAfter(last) ? List.of(error("asOf", "facts.asOf.tooFar", MAX_YEARS_AHEAD, last.format(DAY))) : List.of();
    }

    private static void validateMember(MemberFacts m, int index, LocalDate asOf, Params params, Set<String> ids,
                                       List<FieldError> errors) {
        if (m == null) {
            errors.add(error(memberPath(index), "facts.member.empty"));
            return;
        }
        if (m.id() == null || m.id().isBlank()) {
            errors.add(error(memberPath(index) + ".id", "facts.required"));
        } else if (!ids.add(m.id())) {
            errors.add(error(memberPath(index) + ".id", "facts.member.duplicate", m.id()));
        }
        if (m.birthDate() == null) {
            errors.add(error(memberPath(index) + ".birthDate", "facts.required"));
        } else if (m.birthDate().isAfter(asOf)) {
            errors.add(error(memberPath(index) + ".birthDate", "facts.birthDate.afterAsOf", asOf.format(DAY)));
        } else if (m.birthDate().isBefore(EARLIEST_DATE)) {
            errors.add(error(memberPath(index) + ".birthDate", "facts.birthDate.tooEarly", EARLIEST_DATE.format(DAY)));
        }
        if (m.deceasedOn() != null && m.birthDate() != null && m.deceasedOn().isBefore(m.birthDate())) {
            errors.add(error(memberPath(index) + ".deceasedOn", "facts.deceasedOn.beforeBirth"));
        } else if (m.deceasedOn() != null && m.deceasedOn().isAfter(latest(asOf))) {
            errors.add(error(memberPath(index) + ".deceasedOn", "facts.deceasedOn.future"));
        }
        for (int j = 0; j < m.meritCategories().size(); j++) {
            String code = m.meritCategories().get(j);
            if (code == null || !params.has("merit.categories") || !params.listHas("merit.categories", code)) {
                errors.add(error(memberPath(index) + ".meritCategories[" + j + "]", "facts.merit.unknown", code));
            }
        }
        if (m.injuryRate() != null && (m.injuryRate() < 0 || m.injuryRate() > 100)) {
            errors.add(error(memberPath(index) + ".injuryRate", "facts.injuryRate.range"));
        }
    }
}
