package vn.ansinh.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ansinh.assessment.AssessmentManagement;
import vn.ansinh.assessment.AssessmentView;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.eligibility.HouseholdFacts;
import vn.ansinh.eligibility.HouseholdFactsMapper;
import vn.ansinh.household.HouseholdManagement;
import vn.ansinh.household.HouseholdView;

/** The households of the register in chunks (keyset by id) as evaluation facts as of a date, for the impact run. */
@Component
class ImpactSource {

    /** A household read: its register data and its facts. */
    record Household(long id, String code, String communeCode, String districtCode, HouseholdFacts facts) {
    }

    /** A chunk: the households with an assessment, how many had none, the last id read, how many were read. */
    record Chunk(List<Household> households, int skipped, long lastId, int read) {
    }

    private final HouseholdManagement register;
    private final AssessmentManagement assessments;

    ImpactSource(HouseholdManagement register, AssessmentManagement assessments) {
        this.register = register;
        this.assessments = assessments;
    }

    Chunk read(long afterId, int size, LocalDate asOf) {
        List<Long> ids = register.idsAfter(afterId, size);
        List<Household> out = new ArrayList<>(ids.size());
        int skipped = 0;
        for (long id : ids) {
            Optional<HouseholdView> h = register.findWithin(id, Jurisdiction.province());
            List<AssessmentView> history = assessments.history(id);
            Optional<AssessmentView> a = history.stream().filter(s -> !s.assessedOn().isAfter(asOf))
                    .max(Comparator.comparing(AssessmentView::assessedOn).thenComparing(AssessmentView::id))
                    .or(() -> history.stream().findFirst());
            if (h.isEmpty() || a.isEmpty()) {
                skipped++;
                continue;
            }
            HouseholdView v = h.get();
            out.add(new Household(id, v.code(), v.communeCode(), v.districtCode(), HouseholdFactsMapper.toFacts(v, a.get(), asOf)));
        }
        return new Chunk(out, skipped, ids.isEmpty() ? afterId : ids.get(ids.size() - 1), ids.size());
    }
}
