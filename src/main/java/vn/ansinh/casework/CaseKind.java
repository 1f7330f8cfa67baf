package vn.ansinh.casework;

/** Why the case was opened (Decision 24/2021 Art. 4 annual review, Art. 5 ad-hoc request). */
public enum CaseKind {
    ANNUAL_REVIEW, AD_HOC
}
