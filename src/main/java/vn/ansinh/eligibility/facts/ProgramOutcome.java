package vn.ansinh.eligibility.facts;

/**
 * A household-level program (housing): rules mark it applicable and record each condition; the outcome is
 * ELIGIBLE when applicable and every condition passed, NOT_ELIGIBLE when one failed, NOT_APPLICABLE otherwise.
 */
public final class ProgramOutcome extends Explained {

    private boolean applicable;
    private String programme;
    private String supportType;

    ProgramOutcome(Params params) {
        super(params);
    }

    public void applicable(String programme) {
        this.applicable = true;
        this.programme = programme;
    }

    public void setSupportType(String supportType) {
        this.supportType = supportType;
    }

    public Outcome outcome() {
        if (!applicable) {
            return Outcome.NOT_APPLICABLE;
        }
        return allPassed() ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE;
    }

    public boolean isApplicable() { return applicable; }
    public String programme() { return programme; }
    public String supportType() { return supportType; }
}
