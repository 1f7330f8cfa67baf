package vn.ansinh.payment;

public enum EntitlementStatus { PENDING_APPROVAL, ACTIVE, ENDED, REJECTED }
