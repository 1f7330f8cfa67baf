package vn.ansinh.reporting;

import java.util.function.ToLongFunction;

/**
 * What the register counts for each household in a year: a numerator over a denominator. Rates, counts and the
 * summary form are sums of these over communes; the households behind a figure are those whose numerator (or,
 * where it is a count of people, denominator) is not zero.
 */
enum Measure {
    POOR(f -> one(f.poor()), f -> 1),
    NEAR_POOR(f -> one(f.household().nearPoor()), f -> 1),
    POOR_START(f -> one(f.startedPoor()), f -> 1),
    POOR_LEAVING(f -> one(f.startedPoor() && !f.poor()), f -> 1),
    POOR_RETURNING(f -> one(f.poor() && !f.startedPoor() && f.household().poorBefore()), f -> 1),
    POOR_NEW(f -> one(f.poor() && !f.startedPoor() && !f.household().poorBefore()), f -> 1),
    NEAR_POOR_START(f -> one(f.startedNearPoor()), f -> 1),
    NEAR_POOR_LEAVING(f -> one(f.startedNearPoor() && !f.household().nearPoor()), f -> 1),
    NEAR_POOR_RETURNING(f -> one(f.household().nearPoor() && !f.startedNearPoor() && f.household().nearPoorBefore()), f -> 1),
    NEAR_POOR_NEW(f -> one(f.household().nearPoor() && !f.startedNearPoor() && !f.household().nearPoorBefore()), f -> 1),
    /** Merit households not poor nor near-poor: at or above the local average living standard. */
    MERIT_ABOVE_AVERAGE(f -> one(f.merit() && !f.poor() && !f.household().nearPoor()), f -> one(f.merit())),
    MERIT_SOLID_HOUSE(f -> one(f.merit() && f.housingKnown() && f.housing().solid()), f -> one(f.merit() && f.housingKnown())),
    /** A merit household whose house is not sound, or which is on the province's merit housing-support list. */
    MERIT_HOUSING_DIFFICULTY(f -> one(f.merit() && f.housingKnown() && (!f.housing().solid() || f.housing().onMeritHousingList())),
            f -> one(f.merit() && f.housingKnown())),
    MERIT_POOR(f -> one(f.merit() && f.poor()), f -> one(f.merit())),
    MAKESHIFT_POLICY_POOR(f -> one((f.merit() || f.poor()) && f.housingKnown() && f.housing().makeshift()),
            f -> one((f.merit() || f.poor()) && f.housingKnown())),
    SOCIAL_ASSISTANCE(f -> f.household().allowanceRecipients(), f -> f.household().members()),
    SOCIAL_ASSISTANCE_ELDERLY(f -> f.household().elderlyAllowanceRecipients(), f -> f.household().allowanceRecipients()),
    /** Everyone in a poor or near-poor household, and members of the other state- or fund-paid groups. */
    HEALTH_INSURANCE_KNOWN(f -> f.poor() || f.household().nearPoor() ? f.household().members() : f.household().insuredByGroup(),
            f -> f.household().members());

    private final ToLongFunction<PlanFact> numerator;
    private final ToLongFunction<PlanFact> denominator;

    Measure(ToLongFunction<PlanFact> numerator, ToLongFunction<PlanFact> denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    long numerator(PlanFact f) {
        return numerator.applyAsLong(f);
    }

    long denominator(PlanFact f) {
        return denominator.applyAsLong(f);
    }

    private static long one(boolean b) {
        return b ? 1 : 0;
    }
}
