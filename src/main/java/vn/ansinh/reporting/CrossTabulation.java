package vn.ansinh.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.household.MemberYearFact;
import vn.ansinh.household.PovertyYears;
import vn.ansinh.identity.Jurisdiction;
import vn.ansinh.payment.AllowanceRecipients;

/** Counts the living members of a year and area by two variables, with an optional filter on a third value. */
@Component
class CrossTabulation {

    private final PovertyYears povertyYears;
    private final AllowanceRecipients allowances;

    CrossTabulation(PovertyYears povertyYears, AllowanceRecipients allowances) {
        this.povertyYears = povertyYears;
        this.allowances = allowances;
    }

    @Transactional(readOnly = true)
    CrossTable count(int year, Jurisdiction area, String areaName, CrossVariable rowVar, CrossVariable colVar,
                     CrossVariable filterVar, String filterValue) {
        LocalDate end = LocalDate.of(year, 12, 31);
        CrossVariable.Context context = new CrossVariable.Context(end, allowances.monthlySocialAllowanceCategories(end));
        Map<String, Map<String, Long>> cells = new HashMap<>();
        TreeSet<String> rows = new TreeSet<>();
        TreeSet<String> cols = new TreeSet<>();
        for (MemberYearFact m : povertyYears.members(year, area)) {
            if (filterVar != null && !filterVar.valueOf(m, context).equals(filterValue)) {
                continue;
            }
            String r = rowVar.valueOf(m, context);
            String c = colVar.valueOf(m, context);
            rows.add(r);
            cols.add(c);
            cells.computeIfAbsent(r, k -> new HashMap<>()).merge(c, 1L, Long::sum);
        }
        List<String> rowList = new ArrayList<>(rows);
        List<String> colList = new ArrayList<>(cols);
        long[][] counts = new long[rowList.size()][colList.size()];
        for (int i = 0; i < rowList.size(); i++) {
            Map<String, Long> row = cells.get(rowList.get(i));
            for (int j = 0; j < colList.size(); j++) {
                counts[i][j] = row.getOrDefault(colList.get(j), 0L);
            }
        }
        return new CrossTable(year, areaName, rowVar.name(), colVar.name(), rowList, colList, counts, false);
    }
}
