package vn.ansinh.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TextSearchTest {

    @Test
    void foldsVietnameseDiacriticsAndCase() {
        assertThat(TextSearch.key("Nguyễn Văn A")).isEqualTo("nguyen van a");
        assertThat(TextSearch.key("ĐẶNG Thị  Hường")).isEqualTo("dang thi huong");
        assertThat(TextSearch.key("Phường Lê Hồng Phong")).contains("le hong phong");
    }

    @Test
    void formatsMoneyAndDatesTheVietnameseWay() {
        assertThat(Formats.vnd(1_500_000)).isEqualTo("1.500.000 đ");
        assertThat(Formats.vnd(0)).isEqualTo("0 đ");
        assertThat(Formats.date(LocalDate.of(2024, 7, 1))).isEqualTo("01/07/2024");
    }
}
