package vn.ansinh.household.imports;

/**
 * ALL_OR_NOTHING: the whole file in one transaction, written only if no row is rejected. VALID_ROWS: the valid
 * households are written (a chunk of households per transaction), the rejected ones reported.
 */
public enum ImportMode { ALL_OR_NOTHING, VALID_ROWS }
