package vn.ansinh.casework;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.ansinh.common.Dated;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A policy-staff CSV (read with Commons CSV) whose rows apply to a program ({@code *} = every program) from a date on:
 * the row in force is the latest {@code valid_from} on or before the day; a program's own row beats
 * {@code *} from the same day. A row whose optional {@code in_force} column says {@code no} is kept as an
 * alternative and never in force.
 */
final class DatedTable {

    /** The header names the columns; blank lines are skipped; a quoted cell may hold commas. */
    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).setTrim(true).setAllowMissingColumnNames(true)
            .get();

    record Row(String program, LocalDate validFrom, Map<String, String> cells, int line) implements Dated {
        @Override
        public LocalDate from() {
            return validFrom;
        }

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
        List<Row> rows = new ArrayList<>();
        try (CSVParser csv = FORMAT.parse(new StringReader(String.join("\n", lines)))) {
            for (CSVRecord record : csv) {
                int line = (int) record.getRecordNumber() + 1;
                Map<String, String> byColumn = new HashMap<>();
                record.toMap().forEach((column, cell) -> {
                    if (cell != null) {
                        byColumn.put(column, cell);
                    }
                });
                try {
                    Row row = new Row(byColumn.get("program"), LocalDate.parse(byColumn.get("valid_from")), byColumn, line);
                    row.switchedOn();
                    rows.add(row);
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(name + " line " + line + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
        return new DatedTable(name, rows);
    }

    Row inForce(Program program, LocalDate day) {
        List<Row> candidates = rows.stream().filter(Row::switchedOn)
                .filter(r -> r.program().equals("*") || r.program().equals(program.name())).toList();
        Comparator<Row> ownBeforeEvery = Comparator.comparing(r -> r.program().equals("*") ? 0 : 1);
        return Dated.inForce(candidates, day, ownBeforeEvery)
                .orElseThrow(() -> new IllegalStateException(name + ": no row for " + program + " on " + day));
    }

    List<Row> rows() {
        return rows;
    }
}
