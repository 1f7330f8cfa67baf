package vn.ansinh.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One household's (or member's) decision for one program that differs between the version in force ({@code before})
 * and the draft ({@code after}) in an impact run, with the criteria that flipped and the values they compared.
 * {@code program} uses the evaluation contract's names ({@code POVERTY}, {@code SOCIAL_ALLOWANCE}, …); {@code memberId}
 * is empty for household programs (poverty, housing).
 */
public record ImpactChange(long householdId, String householdCode, String communeCode, String districtCode,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Long memberId, String program, Side before,
                           Side after, List<Flip> flipped) {

    /**
     * One side of the comparison: the outcome (a poverty status, an allowance category, {@code NONE} when the program
     * gives nothing), the monthly amount in VND (0 for one-off programs) and the one-off amount (housing, funeral).
     */
    public record Side(String outcome, long monthlyAmount, long oneOffAmount) {
    }

    /**
     * A criterion whose result differs: its reason code, whether it was met before and after (null when that side did
     * not check it), the values it compared under the draft ({@code values}) and under the version in force.
     */
    public record Flip(String code, Boolean passedBefore, Boolean passedAfter, Map<String, Object> values,
                       Map<String, Object> valuesBefore) {
    }
}
