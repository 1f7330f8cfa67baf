package vn.ansinh.casework;

import java.time.LocalDate;

/**
 * The code a household quotes about its case — on the decision, the notice, an appeal: {@code AS-2024-000123-7}
 * (year decided or opened, case number, a check digit so a mistyped code is caught). Never a hash or a database id.
 */
public final class CaseReference {

    private CaseReference() {
    }

    public static String of(long caseId, LocalDate day) {
        String number = String.format("%06d", caseId);
        String body = day.getYear() + number;
        return "AS-" + day.getYear() + "-" + number + "-" + check(body);
    }

    /** Luhn check digit of the digits. */
    static int check(String digits) {
        int sum = 0;
        boolean twice = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }
}
