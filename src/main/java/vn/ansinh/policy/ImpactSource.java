package vn.ansinh.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.eligibility.EligibilityManagement;
import vn.ansinh.eligibility.FactsChunk;
import vn.ansinh.eligibility.HouseholdFacts;
import vn.ansinh.household.HouseholdManagement;
import vn.ansinh.household.HouseholdPlace;

/**
 * The households of the register in chunks (keyset by id) as evaluation facts as of a date, for the impact run: the
 * eligibility door's chunked facts reader (households with their members, the assessment of each as of the date, in a
 * few queries for the whole chunk) and the households' communes and districts in one range read.
 */
@Component
class ImpactSource {

    /** A household read: its register data and its facts. */
    record Household(long id, String code, String communeCode, String districtCode, HouseholdFacts facts) {
    }

    /** A chunk: the households with an assessment, how many had none, the last id read, how many were read. */
    record Chunk(List<Household> households, int skipped, long lastId, int read) {
    }

    private final EligibilityManagement eligibility;
    private final HouseholdManagement register;

    ImpactSource(EligibilityManagement eligibility, HouseholdManagement register) {
        this.eligibility = eligibility;
        this.register = register;
    }

    Chunk read(long afterId, int size, LocalDate asOf) {
        FactsChunk chunk = eligibility.factsChunk(Jurisdiction.province(), afterId, size, asOf);
        Map<Long, HouseholdPlace> places = chunk.households() == 0 ? Map.of() : register.placesBetween(afterId, chunk.lastId());
        List<Household> out = new ArrayList<>(chunk.entries().size());
        int skipped = chunk.unassessed().size();
        for (FactsChunk.Entry e : chunk.entries()) {
            HouseholdPlace p = places.get(e.householdId());
            if (p == null) {
                skipped++;
                continue;
            }
            out.add(new Household(e.householdId(), p.code(), p.communeCode(), p.districtCode(), e.facts()));
        }
        return new Chunk(out, skipped, chunk.lastId(), chunk.households());
    }
}
