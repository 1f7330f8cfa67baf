package vn.ansinh.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.common.audit.AuditEvent;
import vn.ansinh.common.FieldErrorsResponse.FieldError;
import vn.ansinh.common.InvalidInput;
import vn.ansinh.geography.Geography;
import vn.ansinh.household.MemberYearFact;
import vn.ansinh.household.PovertyYears;
import vn.ansinh.payment.AllowanceRecipients;

/** Counts the living members of a year and area by two variables, with an optional filter on a third value. */
@Component
class CrossTabulation {

    private final PovertyYears povertyYears;
    private final AllowanceRecipients allowances;
    private final Geography geography;
    private final AreaAccess access;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    CrossTabulation(PovertyYears povertyYears, AllowanceRecipients allowances, Geography geography, AreaAccess access,
                    MessageSource messages, ApplicationEventPublisher events) {
        this.povertyYears = povertyYears;
        this.allowances = allowances;
        this.geography = geography;
        this.access = access;
        this.messages = messages;
        this.events = events;
    }

    /** The table with its variables and values in words; {@code filter} is {@code VARIABLE:VALUE} or blank. */
    @Transactional(readOnly = true)
    CrossTable table(AreaAccess.Query q, String rows, String columns, String filter) {
        List<FieldError> errors = new ArrayList<>();
        CrossVariable r = variable(rows, "rows", errors);
        CrossVariable c = variable(columns, "columns", errors);
        CrossVariable f = null;
        String value = null;
        if (filter != null && !filter.isBlank()) {
            String[] parts = filter.split(":", 2);
            f = variable(parts[0], "filter", errors);
            value = parts.length == 2 ? parts[1] : "";
        }
        if (r != null && r == c) {
            errors.add(access.error("columns", "plan.invalid.sameVariable"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        events.publishEvent(AuditEvent.of("PLAN_CROSSTAB_READ", "area", q.area().code(), q.year() + " " + r + " x " + c));
        CrossTable raw = count(q, r, c, f, value);
        return new CrossTable(raw.year(), raw.areaName(), text("plan.var." + r), text("plan.var." + c),
                raw.rows().stream().map(v -> label(r, v)).toList(), raw.columns().stream().map(v -> label(c, v)).toList(),
                raw.counts(), false);
    }

    byte[] xlsx(CrossTable t, boolean publication) {
        CrossTable out = publication ? t.forPublication() : t;
        return CrossTableXlsx.write(out, text("plan.cross.title", t.rowVariable(), t.columnVariable(), t.areaName(),
                        String.valueOf(t.year())), t.rowVariable() + " \\ " + t.columnVariable(), text("plan.summary.total"),
                text("plan.cross.rowPercent"), text("plan.cross.suppressedNote", String.valueOf(CrossTable.SUPPRESS_BELOW)));
    }

    private CrossTable count(AreaAccess.Query q, CrossVariable rowVar, CrossVariable colVar, CrossVariable filterVar,
                             String filterValue) {
        LocalDate end = LocalDate.of(q.year(), 12, 31);
        CrossVariable.Context context = new CrossVariable.Context(end, allowances.monthlySocialAllowanceCategories(end));
        Map<String, Map<String, Long>> cells = new HashMap<>();
        TreeSet<String> rows = new TreeSet<>();
        TreeSet<String> cols = new TreeSet<>();
        for (MemberYearFact m : povertyYears.members(q.year(), q.area())) {
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
        return new CrossTable(q.year(), geography.nameOf(q.area().code()), rowVar.name(), colVar.name(), rowList,
                colList, counts, false);
    }

    private CrossVariable variable(String name, String field, List<FieldError> errors) {
        try {
            return CrossVariable.valueOf(name == null ? "" : name.trim());
        } catch (IllegalArgumentException e) {
            errors.add(access.error(field, "plan.invalid.variable"));
            return null;
        }
    }

    private String label(CrossVariable v, String code) {
        return switch (v) {
            case POVERTY_STATUS -> text("plan.status.household." + code);
            case AGE_GROUP -> text("plan.cross.age", code);
            case SEX -> text("plan.cross.sex." + code);
            case DISTRICT, COMMUNE -> geography.nameOf(code);
            case AREA_TYPE -> text("URBAN".equals(code) ? "plan.summary.urban" : "plan.summary.rural");
            case ALLOWANCE_CATEGORY -> "NONE".equals(code) ? text("plan.cross.noAllowance") : code;
            case MERIT -> text("plan.cross." + code);
            case DISABILITY -> text("plan.cross.disability." + code);
        };
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
