package vn.ansinh.common;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One sheet of an export written as it streams (100 rows in memory, the rest flushed to a temporary file), so a list
 * of any length is exported in constant memory: a bold header row of words, then one row a record.
 */
public final class StreamingSheet implements AutoCloseable {

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    private final Sheet sheet;
    private int rows;

    public StreamingSheet(String name, List<String> headers) {
        sheet = workbook.createSheet(name);
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row header = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            header.createCell(c).setCellValue(headers.get(c));
            header.getCell(c).setCellStyle(bold);
        }
    }

    /** A cell style showing numbers in {@code format} (e.g. {@code #,##0}). */
    public CellStyle numberStyle(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    /** The next record's row. */
    public Row nextRow() {
        return sheet.createRow(++rows);
    }

    /** Records written, the header not counted. */
    public int rows() {
        return rows;
    }

    public void writeTo(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.dispose();
        workbook.close();
    }
}
