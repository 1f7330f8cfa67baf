package vn.ansinh.eligibility.facts;

/** The household's computed poverty classification under the standard in force. */
public final class PovertyOutcome extends Explained {

    private PovertyStatus status;
    private PoorSubtype subtype;

    PovertyOutcome(Params params) {
        super(params);
    }

    public void classify(PovertyStatus status, PoorSubtype subtype) {
        this.status = status;
        this.subtype = subtype;
    }

    public PovertyStatus status() { return status; }
    public PoorSubtype subtype() { return subtype; }
}
