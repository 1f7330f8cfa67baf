package vn.ansinh.casework;

/**
 * What a changed decision does to the entitlement: one starts (the case was refused, today's rules grant it, from the
 * month of the original decision), the entitlement stops (granted, today's rules refuse it), or the monthly amount
 * changes from its start and the difference for the months already paid is owed (arrears).
 */
public enum AppealEffect {
    START, STOP, ARREARS
}
