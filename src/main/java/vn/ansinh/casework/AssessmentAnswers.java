package vn.ansinh.casework;

import java.util.List;

/**
 * The survey answers a commune officer confirms at the assessment step, kept on the case as the
 * snapshot the decision was made from.
 */
public record AssessmentAnswers(String area, long monthlyIncomePerCapita, List<String> deprivations,
                                String housingCondition, boolean agricultural) {

    public AssessmentAnswers {
        deprivations = deprivations == null ? List.of() : List.copyOf(deprivations);
    }
}
