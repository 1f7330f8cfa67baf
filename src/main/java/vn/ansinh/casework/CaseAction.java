package vn.ansinh.casework;

import java.util.Arrays;

/** The approver's three answers on a case; anything else is refused, on the page and in the API alike. */
public enum CaseAction {
    APPROVE, REJECT, RETURN;

    public static CaseAction parse(String value) {
        return Arrays.stream(values()).filter(a -> a.name().equals(value)).findFirst()
                .orElseThrow(() -> new CaseTransitionRefused("case.field.invalid", "action"));
    }
}
