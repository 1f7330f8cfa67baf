package vn.ansinh.household;

/** A household as another module's list names it: its register code, head and village — never its database id alone. */
public record HouseholdLabel(long id, String code, String headName, String village, String communeCode) {
}
