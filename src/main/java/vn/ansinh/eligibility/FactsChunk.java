package vn.ansinh.eligibility;

import java.util.List;

/**
 * One chunk of households as evaluation facts ({@link EligibilityManagement#factsChunk}): the facts in household id
 * order, the households that have no assessment (not evaluable), the last household id read (the next chunk's
 * {@code afterId}) and how many households were read.
 */
public record FactsChunk(List<Entry> entries, List<Long> unassessed, long lastId, int households) {

    /**
     * A household's facts as of the chunk's date, with its official status as the register holds it today and where
     * it is (its code, commune and district), read with it.
     */
    public record Entry(long householdId, String code, String communeCode, String districtCode, String officialStatus,
                        HouseholdFacts facts) {
    }

    public List<HouseholdFacts> facts() {
        return entries.stream().map(Entry::facts).toList();
    }
}
