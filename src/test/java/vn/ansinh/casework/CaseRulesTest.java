package vn.ansinh.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseRulesTest {

    private final CaseRules rules = CaseRules.load(Path.of("rules"));

    @Test
    void districtApprovesUntilTheEndOfJune2025() {
        ApprovalChain chain = rules.chain(Program.POVERTY_RECOGNITION, LocalDate.of(2025, 6, 30));
        assertThat(chain.levels()).containsExactly(ApprovalLevel.COMMUNE, ApprovalLevel.DISTRICT);
        assertThat(chain.approvers()).containsExactly(ApprovalLevel.DISTRICT);
    }

    @Test
    void theDistrictApprovesOnEveryDateByDefault() {
        for (LocalDate day : List.of(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 12, 2), LocalDate.of(2030, 1, 1))) {
            assertThat(rules.chain(Program.SOCIAL_ALLOWANCE, day).approvers()).as(day.toString())
                    .containsExactly(ApprovalLevel.DISTRICT);
        }
    }

    @Test
    void theTwoTierRowIsAnAlternativeUntilTheProvinceSwitchesItOn() {
        DatedTable switchedOn = DatedTable.parse("c.csv", List.of("program,valid_from,levels,in_force",
                "*,2000-01-01,COMMUNE>DISTRICT,yes", "*,2025-07-01,COMMUNE>PROVINCE,yes"));
        DatedTable off = DatedTable.parse("c.csv", List.of("program,valid_from,levels,in_force",
                "*,2000-01-01,COMMUNE>DISTRICT,yes", "*,2025-07-01,COMMUNE>PROVINCE,no"));
        assertThat(off.inForce(Program.SOCIAL_ALLOWANCE, LocalDate.of(2025, 7, 1)).get("levels")).isEqualTo("COMMUNE>DISTRICT");
        assertThat(switchedOn.inForce(Program.SOCIAL_ALLOWANCE, LocalDate.of(2025, 6, 30)).get("levels")).isEqualTo("COMMUNE>DISTRICT");
        assertThat(switchedOn.inForce(Program.SOCIAL_ALLOWANCE, LocalDate.of(2025, 7, 1)).get("levels")).isEqualTo("COMMUNE>PROVINCE");
    }

    @Test
    void theNextLevelIsTheFirstAboveTheOneThatApprovedInTheChainInForce() {
        assertThat(rules.levelAfter(Program.SOCIAL_ALLOWANCE, LocalDate.of(2026, 1, 5), null)).contains(ApprovalLevel.DISTRICT);
        assertThat(rules.levelAfter(Program.SOCIAL_ALLOWANCE, LocalDate.of(2026, 1, 5), ApprovalLevel.DISTRICT)).isEmpty();
        assertThat(rules.levelAfter(Program.SOCIAL_ALLOWANCE, LocalDate.of(2026, 1, 5), ApprovalLevel.PROVINCE)).isEmpty();
    }

    @Test
    void refusesAChainWhoseApprovingLevelHasNoApproverRoleOrThatGoesDown() {
        for (String levels : List.of("COMMUNE", "COMMUNE>PROVINCE>DISTRICT", "COMMUNE>COMMUNE")) {
            assertThatThrownBy(() -> new CaseRules(
                    DatedTable.parse("c.csv", List.of("program,valid_from,levels,in_force", "*,2020-01-01," + levels + ",no")),
                    DatedTable.parse("p.csv", List.of("program,valid_from,posting_working_days,approval_sla_working_days")),
                    new WorkingCalendar(java.util.Set.of(), java.util.Set.of())))
                    .as(levels).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
        }
        assertThatThrownBy(() -> DatedTable.parse("c.csv", List.of("program,valid_from,levels,in_force",
                "*,2020-01-01,COMMUNE>DISTRICT,maybe"))).hasMessageContaining("in_force");
    }

    @Test
    void postingDaysFollowTheInstrumentInForce() {
        assertThat(rules.postingDays(Program.POVERTY_RECOGNITION, LocalDate.of(2019, 10, 1))).isEqualTo(7);
        assertThat(rules.postingDays(Program.POVERTY_RECOGNITION, LocalDate.of(2021, 9, 1))).isEqualTo(3);
        assertThat(rules.postingDays(Program.SOCIAL_ALLOWANCE, LocalDate.of(2024, 1, 1))).isEqualTo(2);
        assertThat(rules.postingDays(Program.MERIT_HOUSING, LocalDate.of(2024, 1, 1))).isEqualTo(3);
        assertThat(rules.approvalSlaDays(Program.MERIT_HOUSING, LocalDate.of(2024, 1, 1))).isEqualTo(5);
    }

    @Test
    void aProgramRowBeatsTheDefaultFromTheSameDay() {
        DatedTable table = DatedTable.parse("t.csv", List.of("program,valid_from,levels",
                "*,2020-01-01,COMMUNE>DISTRICT", "SOCIAL_ALLOWANCE,2020-01-01,COMMUNE"));
        assertThat(table.inForce(Program.SOCIAL_ALLOWANCE, LocalDate.of(2021, 1, 1)).get("levels")).isEqualTo("COMMUNE");
        assertThat(table.inForce(Program.MERIT_HOUSING, LocalDate.of(2021, 1, 1)).get("levels")).isEqualTo("COMMUNE>DISTRICT");
    }

    @Test
    void aSingleLevelChainApprovesItself() {
        assertThat(ApprovalChain.parse("COMMUNE").approvers()).containsExactly(ApprovalLevel.COMMUNE);
    }

    @Test
    void refusesAnUnknownLevel() {
        assertThatThrownBy(() -> new CaseRules(
                DatedTable.parse("c.csv", List.of("program,valid_from,levels", "*,2020-01-01,COMMUNE>HAMLET")),
                DatedTable.parse("p.csv", List.of("program,valid_from,posting_working_days,approval_sla_working_days")),
                new WorkingCalendar(java.util.Set.of(), java.util.Set.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quotedCellsMayHoldCommas() {
        DatedTable table = DatedTable.parse("q.csv", List.of("program,valid_from,a,b,c",
                "*,2020-01-01,a,\"b, c\",\"say \"\"hi\"\"\""));
        DatedTable.Row row = table.rows().get(0);
        assertThat(List.of(row.get("a"), row.get("b"), row.get("c"))).containsExactly("a", "b, c", "say \"hi\"");
    }
}
