package vn.ansinh.eligibility.facts;

/** Vietnamese money display: {@code 1.500.000 đ}. */
public final class Money {

    private Money() {
    }

    public static String format(long amount) {
        String digits = Long.toString(Math.abs(amount));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                sb.append('.');
            }
            sb.append(digits.charAt(i));
        }
        return (amount < 0 ? "-" : "") + sb + " đ";
    }
}
