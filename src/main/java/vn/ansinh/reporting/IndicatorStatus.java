package vn.ansinh.reporting;

/** Where a target stands in a year: met, on its way, behind its way, missed at its due year, or not measured. */
public enum IndicatorStatus { MET, ON_TRACK, AT_RISK, MISSED, NO_DATA }
