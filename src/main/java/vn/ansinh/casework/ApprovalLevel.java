package vn.ansinh.casework;

/** Levels of government that may take part in an approval chain. */
public enum ApprovalLevel {
    COMMUNE, DISTRICT, PROVINCE
}
