package vn.ansinh.eligibility.facts;

import java.util.ArrayList;
import java.util.List;

/** Something a rule decides, carrying the reasons (criteria checked) that led to it. */
public abstract class Explained {

    private final Params params;
    private final List<Reason> reasons = new ArrayList<>(4);

    protected Explained(Params params) {
        this.params = params;
    }

    /** Records criterion {@code code} with its outcome and the compared values as key, value pairs. */
    public boolean check(String code, boolean passed, Object... keyValues) {
        reasons.add(new Reason(code, params, passed, keyValues));
        return passed;
    }

    public void pass(String code, Object... keyValues) {
        check(code, true, keyValues);
    }

    public void fail(String code, Object... keyValues) {
        check(code, false, keyValues);
    }

    public List<Reason> getReasons() {
        return reasons;
    }

    public boolean allPassed() {
        for (Reason r : reasons) {
            if (!r.isPassed()) {
                return false;
            }
        }
        return true;
    }
}
