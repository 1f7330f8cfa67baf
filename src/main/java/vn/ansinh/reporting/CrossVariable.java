package vn.ansinh.reporting;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.function.BiFunction;
import vn.ansinh.household.MemberYearFact;

/**
 * The register's variables a cross-table may put on its rows or columns, each giving a person's value code at the
 * end of the year (the allowance category comes from the payment module's monthly allowances).
 */
enum CrossVariable {
    POVERTY_STATUS((m, c) -> m.householdStatus().name()),
    AGE_GROUP((m, c) -> ageGroup(Period.between(m.birthDate(), c.end()).getYears())),
    SEX((m, c) -> m.sex().name()),
    DISTRICT((m, c) -> m.districtCode()),
    COMMUNE((m, c) -> m.communeCode()),
    AREA_TYPE((m, c) -> m.areaType()),
    ALLOWANCE_CATEGORY((m, c) -> c.categories().getOrDefault(m.memberId(), "NONE")),
    MERIT((m, c) -> m.merit() ? "YES" : "NO"),
    DISABILITY((m, c) -> m.disability().name());

    /** What a value needs besides the person: the year's end and the allowance categories in force then. */
    record Context(LocalDate end, Map<Long, String> categories) {
    }

    private final BiFunction<MemberYearFact, Context, String> value;

    CrossVariable(BiFunction<MemberYearFact, Context, String> value) {
        this.value = value;
    }

    String valueOf(MemberYearFact member, Context context) {
        return value.apply(member, context);
    }

    static String ageGroup(int age) {
        return age < 6 ? "0-5" : age < 16 ? "6-15" : age < 60 ? "16-59" : age < 80 ? "60-79" : "80+";
    }
}
