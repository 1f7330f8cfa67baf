package vn.ansinh.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.eligibility.EligibilityManagement;
import vn.ansinh.eligibility.FactsChunk;
import vn.ansinh.eligibility.HouseholdFacts;
import vn.ansinh.household.HouseholdChunks;

/**
 * The households of the register in chunks (keyset by id) as evaluation facts as of a date, for the impact run: the
 * eligibility door's chunked facts reader (households with their members, the assessment of each as of the date, in a
 * few queries for the whole chunk), each with its code, commune and district.
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
    private final HouseholdChunks households;

    ImpactSource(EligibilityManagement eligibility, HouseholdChunks households) {
        this.eligibility = eligibility;
        this.households = households;
    }

    /** The ids of the next {@code size} households after {@code afterId}, in order. */
    long[] ids(long afterId, int size) {
        return households.idsAfter(Jurisdiction.province(), afterId, size);
    }

    Chunk read(long afterId, int size, LocalDate asOf) {
        return read(afterId, Long.MAX_VALUE, size, asOf);
    }

    /** The households after {@code afterId} up to {@code upToId} (inclusive), at most {@code size}. */
    Chunk read(long afterId, long upToId, int size, LocalDate asOf) {
        FactsChunk chunk = eligibility.factsChunk(Jurisdiction.province(), afterId, upToId, size, asOf);
        List<Household> out = new ArrayList<>(chunk.entries().size());
        for (FactsChunk.Entry e : chunk.entries()) {
            out.add(new Household(e.householdId(), e.code(), e.communeCode(), e.districtCode(), e.facts()));
        }
        return new Chunk(out, chunk.unassessed().size(), chunk.lastId(), chunk.households());
    }
}
