package vn.ansinh.payment.entitlement;

/** A one-off grant is paid once; a monthly allowance every month from its start month until it ends. */
public enum EntitlementKind { MONTHLY, ONE_OFF }
