package vn.ansinh.household.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Reads a survey file row by row, the header first, without holding the file in memory. */
interface SheetRows {

    /** One row: its line number in the file (the header is line 1) and its cells, trimmed, empty when blank. */
    interface Handler {
        /** @return false to stop reading (the header was all that was wanted) */
        boolean row(int line, List<String> cells);
    }

    void read(InputStream in, Handler handler) throws IOException;

    /** The reader for an upload: by its name's ending, else by its first bytes (an XLSX file is a ZIP). */
    static SheetRows of(String fileName, byte[] firstBytes) {
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        boolean zip = firstBytes.length >= 2 && firstBytes[0] == 'P' && firstBytes[1] == 'K';
        if (name.endsWith(".xlsx") || (!name.endsWith(".csv") && zip)) {
            return zip ? new XlsxRows() : null;
        }
        if (name.endsWith(".csv") || name.endsWith(".txt") || name.isEmpty()) {
            return zip ? null : new CsvRows();
        }
        return null;
    }
}
