package vn.ansinh.identity;

public enum Role {
    COMMUNE_OFFICER,
    DISTRICT_APPROVER,
    PAYMENT_OFFICER,
    POLICY_STAFF,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
