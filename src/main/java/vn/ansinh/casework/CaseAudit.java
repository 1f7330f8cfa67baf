package vn.ansinh.casework;

/** Builds the audit module's event for a case transition. */
final class CaseAudit {

    private CaseAudit() {
    }

    static Object of(Case c, String step, String action, String comment) {
        String detail = "step=" + step + " status=" + c.status() + (comment == null ? "" : " " + comment);
        return new vn.ansinh.audit.AuditEvent("case." + action.toLowerCase(), "Case", String.valueOf(c.id()), detail);
    }
}
