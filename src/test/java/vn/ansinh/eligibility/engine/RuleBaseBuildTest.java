package vn.ansinh.eligibility.engine;

import org.junit.jupiter.api.Test;
import vn.ansinh.eligibility.EvaluationResult;
import vn.ansinh.eligibility.HouseholdFacts;
import vn.ansinh.eligibility.MemberFacts;
import vn.ansinh.eligibility.facts.Area;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RuleBaseBuildTest {

    @Test
    void buildsTheRuleBaseFromTheRulesFolder() {
        RuleBase rb = RuleBase.load(Path.of("rules"));
        assertThat(rb.ruleCount()).isGreaterThan(30);
        assertThat(rb.version()).startsWith("sha256:");
        RuleEngine engine = new RuleEngine(rb);
        EvaluationResult r = engine.evaluate(new HouseholdFacts("h", Area.RURAL, 700_000L, List.of(), null, true, null,
                List.of(MemberFacts.of("m1", LocalDate.of(1975, 2, 1)))), LocalDate.of(2018, 6, 15));
        System.out.println(r);
        assertThat(r.poverty().status().name()).isEqualTo("POOR");
    }
}
