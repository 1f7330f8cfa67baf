package vn.ansinh.household.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Which column of the file holds which field, read from its header row. */
record SurveyLayout(Map<ImportColumn, Integer> positions, List<ImportColumn> missing) {

    static SurveyLayout of(List<String> header) {
        Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i < header.size(); i++) {
            ImportColumn column = ImportColumn.named(header.get(i));
            if (column != null) {
                positions.putIfAbsent(column, i);
            }
        }
        List<ImportColumn> missing = new ArrayList<>(Stream.of(ImportColumn.values())
                .filter(c -> c.required && !positions.containsKey(c)).toList());
        return new SurveyLayout(positions, missing);
    }
}
