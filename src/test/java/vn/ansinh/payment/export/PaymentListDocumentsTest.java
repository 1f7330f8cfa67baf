package vn.ansinh.payment.export;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentListDocumentsTest {

    static final PaymentList LIST = new PaymentList("DANH SÁCH CHI TRẢ TRỢ CẤP XÃ HỘI", "Xã Quỳnh Hải — tháng 07/2024",
            List.of("STT", "Họ và tên", "Số CCCD", "Chế độ", "Số tiền", "Ký nhận"),
            List.of(new PaymentList.Row(1, "Nguyễn Thị Hoa", "034190000001", "SA5a+", 1_000_000),
                    new PaymentList.Row(2, "Trần Văn Đức", "034190000002", "SA6-ES-CE", 1_250_000)),
            "Tổng cộng");

    @Test
    void xlsxOpensAndHasOneRowPerLineWithTheAmountInOfficialForm() throws Exception {
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(XlsxPaymentList.write(LIST)))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("DANH SÁCH CHI TRẢ TRỢ CẤP XÃ HỘI");
            assertThat(sheet.getRow(3).getCell(5).getStringCellValue()).isEqualTo("Ký nhận");
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Nguyễn Thị Hoa");
            assertThat(sheet.getRow(4).getCell(2).getStringCellValue()).isEqualTo("034190000001");
            assertThat(sheet.getRow(5).getCell(4).getStringCellValue()).isEqualTo("1.250.000 đ");
            assertThat(sheet.getRow(6).getCell(4).getStringCellValue()).isEqualTo("2.250.000 đ");
        }
    }

    @Test
    void pdfOpensAndItsTextHasTheRowsInVietnamese() throws Exception {
        PdfReader reader = new PdfReader(PdfPaymentList.write(LIST));
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertThat(text).contains("Nguyễn Thị Hoa", "034190000001", "1.000.000 đ", "Trần Văn Đức", "1.250.000 đ",
                "2.250.000 đ", "Ký nhận");
    }
}
