package vn.ansinh.eligibility;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ansinh.support.IntegrationTest;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The door other modules use: dated parameters, the base level for payments, the rule set and its reload. */
class EligibilityManagementTests extends IntegrationTest {

    @Autowired
    EligibilityManagement eligibility;

    @Test
    void servesTheBaseLevelInForceOnADay() {
        assertThat(eligibility.socialAllowanceBaseLevel(LocalDate.of(2021, 6, 30))).isEqualTo(270_000);
        assertThat(eligibility.socialAllowanceBaseLevel(LocalDate.of(2021, 7, 1))).isEqualTo(360_000);
        assertThat(eligibility.socialAllowanceBaseLevel(LocalDate.of(2024, 7, 1))).isEqualTo(500_000);
        assertThatThrownBy(() -> eligibility.socialAllowanceBaseLevel(LocalDate.of(2013, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void servesAnyParameterWithItsReference() {
        assertThat(eligibility.parameter("poverty.income_line.rural", LocalDate.of(2023, 3, 1))).isEqualByComparingTo(new BigDecimal("1500000"));
        assertThat(eligibility.parameter("sp.amount", LocalDate.of(2025, 6, 30))).isNull();
        assertThat(eligibility.parameterValue("merit_housing.grant.new_build", LocalDate.of(2014, 1, 1)))
                .hasValueSatisfying(v -> assertThat(v.reference()).contains("Quyết định 22/2013/QĐ-TTg"));
    }

    @Test
    void policyStaffReloadTheRulesAndOthersMayNot() throws Exception {
        String version = eligibility.ruleSet().version();
        mvc.perform(post("/api/eligibility/ruleset/reload").with(httpBasic("policy", "policy")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(version));
        mvc.perform(post("/api/eligibility/ruleset/reload").with(httpBasic("canbo.vuphuc", "canbo.vuphuc")))
                .andExpect(status().isForbidden());
        assertThat(eligibility.ruleSet().version()).isEqualTo(version);
    }
}
