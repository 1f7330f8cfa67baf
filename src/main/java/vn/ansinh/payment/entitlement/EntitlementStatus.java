package vn.ansinh.payment.entitlement;

public enum EntitlementStatus { PENDING_APPROVAL, ACTIVE, ENDED, REJECTED }
