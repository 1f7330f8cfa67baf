package vn.ansinh.payment.entitlement;

/**
 * Why a monthly allowance stops (POLICY.md §6.7 item 5): it stops from the month after the event. SUPERSEDED: a later
 * decision for the same person and program took its place.
 */
public enum EndReason { DEATH, TURNED_16_NOT_STUDYING, LEFT_POOR_LIST, MOVED_AWAY, SUPERSEDED, OTHER }
