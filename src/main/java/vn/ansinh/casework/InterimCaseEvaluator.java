package vn.ansinh.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ansinh.geography.AreaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stand-in until the eligibility engine ({@code EligibilityManagement}) is on main: classifies
 * poverty from the assessed income and deprivations under Decree 07/2021 Art. 3 only, and says so in
 * its rule-set version. It exists so the workflow runs end to end; it is replaced, not extended.
 */
@Component
class InterimCaseEvaluator implements CaseEvaluator {

    static final String VERSION = "interim:nd07-income-only";

    private final JsonMapper json;

    InterimCaseEvaluator(JsonMapper json) {
        this.json = json;
    }

    @Override
    public CaseDecision evaluate(Case c, LocalDate asOf) {
        CaseSnapshot snapshot = json.readValue(c.assessmentSnapshot(), CaseSnapshot.class);
        long income = snapshot.assessment().monthlyIncomePerCapita();
        long line = snapshot.household().area() == AreaType.URBAN ? 2_000_000 : 1_500_000;
        boolean underLine = income <= line;
        String status = !underLine ? "NONE" : snapshot.assessment().deprivations().size() >= 3 ? "POOR" : "NEAR_POOR";
        CaseDecision.Reason reason = new CaseDecision.Reason("POV-ND07-INCOME", underLine,
                Map.of("income", income, "threshold", line),
                "Nghị định 07/2021/NĐ-CP, Điều 3",
                "Thu nhập bình quân đầu người so với chuẩn nghèo", "Income per capita against the poverty line");
        return new CaseDecision(underLine, status, VERSION, asOf, List.of(reason), null, null, 0, 0, status);
    }
}
