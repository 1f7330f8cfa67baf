package vn.ansinh.payment.export;

import java.util.List;

/**
 * A commune payment list ready to print: headings already translated, rows in print order.
 * The signature column stays empty for the beneficiary to sign on receipt.
 */
public record PaymentList(String title, String subtitle, List<String> columns, List<Row> rows, String totalLabel) {

    public record Row(int no, String name, String cccd, String category, long amount) {
    }

    public long total() {
        return rows.stream().mapToLong(Row::amount).sum();
    }
}
