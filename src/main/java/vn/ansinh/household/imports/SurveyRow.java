package vn.ansinh.household.imports;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One data row of the survey file: its line and its cells by column (a column the file lacks reads as empty). */
record SurveyRow(int line, Map<ImportColumn, String> cells) {

    static SurveyRow of(int line, List<String> cells, Map<ImportColumn, Integer> layout) {
        Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
        layout.forEach((column, index) -> values.put(column, index < cells.size() ? cells.get(index) : ""));
        return new SurveyRow(line, values);
    }

    String get(ImportColumn column) {
        return cells.getOrDefault(column, "");
    }

    boolean blank() {
        return cells.values().stream().allMatch(String::isBlank);
    }
}
