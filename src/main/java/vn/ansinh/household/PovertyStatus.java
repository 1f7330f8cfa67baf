package vn.ansinh.household;

/** A household's status on the commune's approved list. */
public enum PovertyStatus { POOR, NEAR_POOR, AVERAGE_LIVING_STANDARD, NONE }
