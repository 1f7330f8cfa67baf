package vn.ansinh.payment.export;

import vn.ansinh.payment.Money;

import com.lowagie.text.*;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import vn.ansinh.common.PdfFonts;

/** The commune payment list as PDF, with an embedded font that has the Vietnamese letters. */
final class PdfPaymentList {

    private static final BaseFont REGULAR = PdfFonts.REGULAR;
    private static final BaseFont BOLD = PdfFonts.BOLD;

    private PdfPaymentList() {
    }

    static byte[] write(PaymentList list) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
        PdfWriter.getInstance(doc, out);
        doc.open();
        Font body = new Font(REGULAR, 10);
        Font strong = new Font(BOLD, 10);
        PdfFonts.heading(doc, list.title(), 14, list.subtitle(), 10, 12);
        PdfPTable table = new PdfPTable(new float[]{5, 28, 15, 12, 15, 20});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        list.columns().forEach(c -> table.addCell(new PdfPCell(new Phrase(c, strong))));
        for (PaymentList.Row row : list.rows()) {
            table.addCell(new Phrase(String.valueOf(row.no()), body));
            table.addCell(new Phrase(row.name(), body));
            table.addCell(new Phrase(row.cccd() == null ? "" : row.cccd(), body));
            table.addCell(new Phrase(row.category(), body));
            table.addCell(right(Money.vnd(row.amount()), body));
            PdfPCell sign = new PdfPCell(new Phrase(" ", body));
            sign.setMinimumHeight(24);
            table.addCell(sign);
        }
        table.addCell(new Phrase("", body));
        PdfPCell totalLabel = new PdfPCell(new Phrase(list.totalLabel(), strong));
        totalLabel.setColspan(3);
        table.addCell(totalLabel);
        table.addCell(right(Money.vnd(list.total()), strong));
        table.addCell(new Phrase("", body));
        doc.add(table);
        doc.close();
        return out.toByteArray();
    }

    private static PdfPCell right(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }
}
