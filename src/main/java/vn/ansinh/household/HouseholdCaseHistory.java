package vn.ansinh.household;

import java.util.List;
import vn.ansinh.common.access.Jurisdiction;

/**
 * The cases and decisions of a household, as its page lists them. Casework keeps them and answers through this
 * (the register calls no module that depends on it, as the kernel's home page takes {@code common.HomeSection}s);
 * without casework the page simply lists none.
 */
public interface HouseholdCaseHistory {

    /** The household's cases within {@code scope}, newest first, ready to print: words and dd/MM/yyyy, no codes. */
    List<Line> casesOf(long householdId, Jurisdiction scope);

    /**
     * One case: its reference code, program, where it stands, the decision's outcome (empty before one), the dates
     * it was opened and decided, the status or support the decision set (e.g. "Hộ nghèo", "1.500.000 đ/tháng"),
     * and the link to the case's page.
     */
    record Line(String reference, String program, String member, String status, String outcome, String openedOn,
                String decidedOn, String statusSet, String link) {
    }
}
