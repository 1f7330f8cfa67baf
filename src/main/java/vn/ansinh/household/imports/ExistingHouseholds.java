package vn.ansinh.household.imports;

/** What an import does with a household of the file whose members' CCCDs are those of one household of the register. */
public enum ExistingHouseholds { SKIP, UPDATE }
