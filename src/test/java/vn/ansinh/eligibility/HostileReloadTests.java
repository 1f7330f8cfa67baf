package vn.ansinh.eligibility;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import vn.ansinh.support.IntegrationTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ansinh.support.Folders.copy;

/** A hostile rule file reaching the reload endpoint: refused with file and line, nothing runs, the rules in force serve. */
class HostileReloadTests extends IntegrationTest {

    private static final String HOSTILE = "programs/hostile/class-loader-in-consequence.drl";

    @Autowired
    EligibilityManagement eligibility;

    @Value("${ansinh.rules.dir:rules}")
    String rulesDir;

    @TempDir
    Path tmp;

    @Test
    void aHostileRuleSetIsRefusedOnReloadWithFileAndLineAndTheRulesInForceKeepServing() throws Exception {
        String version = eligibility.ruleSet().version();
        Path copy = tmp.resolve("rules");
        copy(Path.of(rulesDir), copy);
        Path marker = tmp.resolve("reload.marker");
        Path hostile = copy.resolve(HOSTILE);
        Files.createDirectories(hostile.getParent());
        Files.writeString(hostile, Files.readString(Path.of("src/test/resources/hostile-rules/class-loader-in-consequence.drl"))
                .replace("@MARKER@", marker.toString()));
        eligibility.useRulesDir(copy);
        try {
            mvc.perform(post("/api/eligibility/ruleset/reload").with(httpBasic("policy", "policy")))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.findings[*].file", hasItem(HOSTILE)))
                    .andExpect(jsonPath("$.findings[0].file").value(HOSTILE))
                    .andExpect(jsonPath("$.findings[0].line").value(9))
                    .andExpect(jsonPath("$.findings[0].message").isNotEmpty())
                    .andExpect(jsonPath("$.problems[0]").value(org.hamcrest.Matchers.startsWith(HOSTILE + ":9: ")));
        } finally {
            eligibility.useRulesDir(Path.of(rulesDir));
        }
        assertThat(marker).doesNotExist();
        assertThat(eligibility.ruleSet().version()).isEqualTo(version);
        mvc.perform(post("/api/eligibility/evaluate").with(httpBasic("policy", "policy"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"asOf":"2025-09-01","household":{"id":"H","area":"URBAN","monthlyIncomePerCapita":4000000,
                                 "members":[{"id":"E1","birthDate":"1940-01-01"}]}}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleSet.version").value(version))
                .andExpect(jsonPath("$.socialAllowance[0].category").value("SA5c"));
    }

    @Test
    void theWorkbenchEntryPointReturnsTheSameFindingsWithoutUsingTheRules() throws IOException {
        Path copy = tmp.resolve("draft");
        copy(Path.of(rulesDir), copy);
        Path hostile = copy.resolve(HOSTILE);
        Files.createDirectories(hostile.getParent());
        Files.writeString(hostile, Files.readString(Path.of("src/test/resources/hostile-rules/while-true.drl")));
        assertThat(eligibility.validateRules(copy))
                .anySatisfy(f -> assertThat(f.file() + ":" + f.line()).isEqualTo(HOSTILE + ":9"));
        assertThat(eligibility.validateRules(Path.of(rulesDir))).isEmpty();
    }
}
