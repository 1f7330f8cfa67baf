package vn.ansinh.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.common.InvalidInput;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SignedIn;

/** The chunked facts reader of bulk work gives, household by household, what the single-household path evaluates. */
class FactsChunkTests extends IntegrationTest {

    @Autowired
    EligibilityManagement eligibility;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JsonMapper json;

    @Test
    void aCommuneReadInSmallChunksEqualsTheSingleHouseholdPathForEveryHousehold() {
        LocalDate asOf = LocalDate.of(2025, 1, 1);
        Jurisdiction commune = Jurisdiction.commune("12433");
        List<Long> seen = new ArrayList<>();
        List<FactsChunk.Entry> entries = new ArrayList<>();
        List<Long> unassessed = new ArrayList<>();
        long after = 0;
        for (FactsChunk chunk = eligibility.factsChunk(commune, after, 7, asOf); chunk.households() > 0;
             chunk = eligibility.factsChunk(commune, chunk.lastId(), 7, asOf)) {
            assertThat(chunk.households()).isLessThanOrEqualTo(7);
            chunk.entries().forEach(e -> seen.add(e.householdId()));
            seen.addAll(chunk.unassessed());
            entries.addAll(chunk.entries());
            unassessed.addAll(chunk.unassessed());
        }
        List<Long> all = jdbc.queryForList("select id from household where commune_code = '12433' order by id", Long.class);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(all);
        assertThat(entries).hasSizeGreaterThanOrEqualTo(50);

        List<EvaluationResult> bulk = eligibility.evaluateAll(entries.stream().map(FactsChunk.Entry::facts).toList(), asOf);
        SignedIn.run(users, "admin", () -> {
            for (int i = 0; i < entries.size(); i++) {
                FactsChunk.Entry e = entries.get(i);
                HouseholdFacts single = eligibility.factsOf(e.householdId(), asOf);
                assertThat(e.facts()).as("household " + e.householdId()).isEqualTo(single);
                assertThat(json.writeValueAsString(bulk.get(i))).as("household " + e.householdId())
                        .isEqualTo(json.writeValueAsString(eligibility.evaluate(single, asOf)));
            }
            for (long id : unassessed) {
                assertThatThrownBy(() -> eligibility.factsOf(id, asOf)).isInstanceOf(InvalidInput.class);
            }
        });
    }

    @Test
    void anEarlierDateTakesTheSurveyOfThatTimeAndADateBeforeEverySurveyTheNewest() {
        Jurisdiction district = Jurisdiction.district("336");
        for (LocalDate asOf : List.of(LocalDate.of(2016, 6, 1), LocalDate.of(2000, 1, 1))) {
            FactsChunk chunk = eligibility.factsChunk(district, 0, 40, asOf);
            assertThat(chunk.households()).isEqualTo(40);
            SignedIn.run(users, "admin", () -> chunk.entries().forEach(e ->
                    assertThat(e.facts()).isEqualTo(eligibility.factsOf(e.householdId(), asOf))));
        }
    }
}
