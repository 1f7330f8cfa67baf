package vn.ansinh.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * People counted by two register variables for a year and area: counts per cell with row and column totals.
 * For publication, counts below {@link #SUPPRESS_BELOW} (other than zero) are hidden, and so are their percentages.
 */
public record CrossTable(int year, String areaName, String rowVariable, String columnVariable, List<String> rows,
                         List<String> columns, long[][] counts, boolean publication) {

    public static final int SUPPRESS_BELOW = 5;

    public long rowTotal(int r) {
        long s = 0;
        for (long c : counts[r]) {
            s += c;
        }
        return s;
    }

    public long columnTotal(int c) {
        long s = 0;
        for (long[] row : counts) {
            s += row[c];
        }
        return s;
    }

    public long total() {
        long s = 0;
        for (int r = 0; r < rows.size(); r++) {
            s += rowTotal(r);
        }
        return s;
    }

    public boolean suppressed(long count) {
        return publication && count > 0 && count < SUPPRESS_BELOW;
    }

    /** The cell as a share of its row, or null when the row is empty or the cell suppressed. */
    public BigDecimal rowPercent(int r, int c) {
        long total = rowTotal(r);
        if (total == 0 || suppressed(counts[r][c])) {
            return null;
        }
        return BigDecimal.valueOf(counts[r][c] * 100).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }

    /** A copy with small counts hidden, for exports meant for publication. */
    public CrossTable forPublication() {
        return new CrossTable(year, areaName, rowVariable, columnVariable, rows, columns, counts, true);
    }
}
