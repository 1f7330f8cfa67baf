package vn.ansinh.payment.cycle;

/** MONTHLY and ONE_OFF lines pay an entitlement's month; ARREARS re-issues an earlier failed or returned line. */
public enum LineKind { MONTHLY, ONE_OFF, ARREARS }
