package vn.ansinh.casework;

import java.time.LocalDate;
import vn.ansinh.eligibility.HouseholdFacts;
import vn.ansinh.eligibility.HouseholdFactsMapper;

/** A case's snapshot (household as registered, survey as assessed) as the eligibility engine's facts on the case date. */
final class CaseFacts {

    private CaseFacts() {
    }

    static HouseholdFacts of(CaseSnapshot snapshot, LocalDate asOf) {
        return HouseholdFactsMapper.toFacts(snapshot.household(), snapshot.assessment(), asOf);
    }
}
