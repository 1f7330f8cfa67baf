package vn.ansinh.payment.entitlement;

/**
 * Why a monthly allowance stops (POLICY.md §6.7 item 5): it stops from the month after the event. SUPERSEDED: a later
 * decision for the same person and program took its place. LEFT_HOUSEHOLD: the member was removed from the household
 * (register's member removal, with the officer's reason).
 */
public enum EndReason { DEATH, TURNED_16_NOT_STUDYING, LEFT_POOR_LIST, MOVED_AWAY, SUPERSEDED, LEFT_HOUSEHOLD, OTHER }
