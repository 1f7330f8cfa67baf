package vn.ansinh.casework;

/** A case was asked to do something its current state does not allow; {@code code} is an i18n key. */
public class CaseTransitionRefused extends RuntimeException {

    private final String code;

    public CaseTransitionRefused(String code, String detail) {
        super(code + ": " + detail);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
