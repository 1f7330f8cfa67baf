package vn.ansinh.household.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** CSV in UTF-8 (a byte-order mark is skipped), separated by commas or — as Excel writes it in Vietnam — semicolons. */
final class CsvRows implements SheetRows {

    @Override
    public void read(InputStream in, Handler handler) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        reader.mark(64 * 1024);
        String first = reader.readLine();
        reader.reset();
        char delimiter = first != null && count(first, ';') > count(first, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cell -> cells.add(cell == null ? "" : cell.strip()));
                if (!handler.row((int) record.getRecordNumber(), cells)) {
                    return;
                }
            }
        }
    }

    private static long count(String line, char c) {
        return line.chars().filter(ch -> ch == c).count();
    }
}
