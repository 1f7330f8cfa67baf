package vn.ansinh.casework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A policy-staff CSV whose rows apply to a program ({@code *} = every program) from a date on:
 * the row in force is the latest {@code valid_from} on or before the day; a program's own row beats
 * {@code *} from the same day. A row whose optional {@code in_force} column says {@code no} is kept as an
 * alternative and never in force.
 */
final class DatedTable {

    record Row(String program, LocalDate validFrom, Map<String, String> cells, int line) {
        boolean switchedOn() {
            String inForce = cells.get("in_force");
            if (inForce == null || inForce.isBlank() || inForce.equalsIgnoreCase("yes")) {
                return true;
            }
            if (inForce.equalsIgnoreCase("no")) {
                return false;
            }
            throw new IllegalStateException("line " + line + ": in_force must be yes or no, not " + inForce);
        }

        String get(String column) {
            String value = cells.get(column);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("line " + line + ": column " + column + " is empty");
            }
            return value;
        }
    }

    private final String name;
    private final List<Row> rows;

    private DatedTable(String name, List<Row> rows) {
        this.name = name;
        this.rows = rows;
    }

    static DatedTable load(Path csv) {
        try {
            return parse(csv.getFileName().toString(), Files.readAllLines(csv, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + csv.toAbsolutePath(), e);
        }
    }

    static DatedTable parse(String name, List<String> lines) {
        List<String> header = Csv.split(lines.get(0));
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> cells = Csv.split(lines.get(i));
            Map<String, String> byColumn = new java.util.HashMap<>();
            for (int c = 0; c < header.size() && c < cells.size(); c++) {
                byColumn.put(header.get(c), cells.get(c));
            }
            try {
                Row row = new Row(byColumn.get("program"), LocalDate.parse(byColumn.get("valid_from")), byColumn, i + 1);
                row.switchedOn();
                rows.add(row);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(name + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new DatedTable(name, rows);
    }

    Row inForce(Program program, LocalDate day) {
        Optional<Row> row = rows.stream()
                .filter(Row::switchedOn)
                .filter(r -> r.program().equals("*") || r.program().equals(program.name()))
                .filter(r -> !r.validFrom().isAfter(day))
                .max(Comparator.comparing(Row::validFrom).thenComparing(r -> r.program().equals("*") ? 0 : 1));
        return row.orElseThrow(() -> new IllegalStateException(name + ": no row for " + program + " on " + day));
    }

    List<Row> rows() {
        return rows;
    }
}
