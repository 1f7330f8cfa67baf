package vn.ansinh.reporting;

import vn.ansinh.assessment.HousingRecords.Housing;
import vn.ansinh.household.HouseholdYearFact;
import vn.ansinh.household.PovertyStatus;

/** One household at the end of a year with the housing of its latest survey (null: never surveyed by then). */
record PlanFact(HouseholdYearFact household, Housing housing) {

    boolean merit() {
        return household.merit();
    }

    boolean poor() {
        return household.poor();
    }

    boolean housingKnown() {
        return housing != null;
    }

    boolean startedPoor() {
        return household.statusAtStart() == PovertyStatus.POOR;
    }

    boolean startedNearPoor() {
        return household.statusAtStart() == PovertyStatus.NEAR_POOR;
    }
}
