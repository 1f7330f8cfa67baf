package vn.ansinh.eligibility.facts;

/** Citation and bilingual wording of one reason code, read from {@code rules/reasons/*.yaml}. */
public record ReasonTemplate(String code, String citation, String vi, String en) {

    public static ReasonTemplate unknown(String code) {
        return new ReasonTemplate(code, "", code, code);
    }
}
