package vn.ansinh.household.imports;

/** A rejected row of an import: its line in the file, the column at fault (its Vietnamese header, or null) and why. */
public record Rejection(int line, String column, String reason) {

    static Rejection of(int line, ImportColumn column, String reason) {
        return new Rejection(line, column == null ? null : column.header, reason);
    }
}
