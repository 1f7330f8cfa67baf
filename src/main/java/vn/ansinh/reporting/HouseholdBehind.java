package vn.ansinh.reporting;

/** A household counted in a figure: who, where, its official status that year, and how many it adds. */
public record HouseholdBehind(long id, String code, String headName, String communeName, String status, long counts) {
}
