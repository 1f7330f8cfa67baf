package vn.ansinh.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.ansinh.common.BundleTexts;
import vn.ansinh.common.FieldErrorsResponse.FieldError;
import vn.ansinh.common.InvalidInput;

/**
 * What the case list is asked for: status, step, program, village (within a commune, when one is given), overdue
 * only, the page after a cursor, the page size. Null means "any". Read from the request's text by {@link #of}, which
 * answers every bad field at once ({@link InvalidInput}: 400 with the field list).
 */
public record CaseListFilter(CaseStatus status, CaseStep step, Program program, String village, String commune,
                             boolean overdue, Cursor after, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    static final int MAX_VILLAGE = 100;

    private static final BundleTexts TEXTS = new BundleTexts("i18n/casework");

    /**
     * Where the next page starts: the last case shown, by the moment it was opened (in microseconds, as PostgreSQL
     * keeps it) and its number. Written as {@code <micros>_<id>}; nothing a person reads.
     */
    public record Cursor(long openedMicros, long id) {

        public static Cursor after(Instant openedAt, long id) {
            return new Cursor(Math.addExact(Math.multiplyExact(openedAt.getEpochSecond(), 1_000_000L),
                    openedAt.getNano() / 1_000), id);
        }

        public Instant openedAt() {
            return Instant.ofEpochSecond(Math.floorDiv(openedMicros, 1_000_000L),
                    Math.floorMod(openedMicros, 1_000_000L) * 1_000L);
        }

        public String text() {
            return openedMicros + "_" + id;
        }

        static Cursor parse(String text) {
            if (!text.matches("-?\\d{1,17}_\\d{1,18}")) {
                throw new IllegalArgumentException(text);
            }
            String[] parts = text.split("_");
            return new Cursor(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
        }
    }

    public CaseListFilter {
        village = village == null || village.isBlank() ? null : village.strip();
        commune = commune == null || commune.isBlank() ? null : commune.strip();
    }

    public static CaseListFilter none() {
        return new CaseListFilter(null, null, null, null, null, false, null, DEFAULT_SIZE);
    }

    /** The next page of the same question. */
    public CaseListFilter after(Cursor cursor) {
        return new CaseListFilter(status, step, program, village, commune, overdue, cursor, size);
    }

    /** Reads the request's values (any may be null or blank); every one that cannot be read is named. */
    public static CaseListFilter of(String status, String step, String program, String village, String commune,
                                    String overdue, String after, String size) {
        List<FieldError> errors = new ArrayList<>();
        CaseStatus s = null;
        if (present(status)) {
            s = Arrays.stream(CaseStatus.values()).filter(v -> v.name().equals(status.strip().toUpperCase(Locale.ROOT)))
                    .findFirst().orElse(null);
            if (s == null) {
                errors.add(error("status", "cases.filter.status.invalid"));
            }
        }
        CaseStep st = null;
        if (present(step)) {
            st = CaseStep.ofKey(step.strip()).orElse(null);
            if (st == null) {
                errors.add(error("step", "cases.filter.step.invalid"));
            }
        }
        Program p = null;
        if (present(program)) {
            p = Arrays.stream(Program.values()).filter(v -> v.name().equals(program.strip().toUpperCase(Locale.ROOT)))
                    .findFirst().orElse(null);
            if (p == null) {
                errors.add(error("program", "cases.filter.program.invalid"));
            }
        }
        if (present(village) && village.strip().length() > MAX_VILLAGE) {
            errors.add(error("village", "cases.filter.village.invalid", MAX_VILLAGE));
        }
        if (present(commune) && !commune.strip().matches("\\d{1,10}")) {
            errors.add(error("commune", "casework.inbox.commune.invalid"));
        }
        boolean o = false;
        if (present(overdue)) {
            String v = overdue.strip().toLowerCase(Locale.ROOT);
            if (v.equals("true") || v.equals("on") || v.equals("1")) {
                o = true;
            } else if (!v.equals("false") && !v.equals("0")) {
                errors.add(error("overdue", "cases.filter.overdue.invalid"));
            }
        }
        Cursor cursor = null;
        if (present(after)) {
            try {
                cursor = Cursor.parse(after.strip());
            } catch (IllegalArgumentException e) {
                errors.add(error("after", "cases.filter.after.invalid"));
            }
        }
        int n = DEFAULT_SIZE;
        if (present(size)) {
            try {
                n = Integer.parseInt(size.strip());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 1 || n > MAX_SIZE) {
                errors.add(error("size", "cases.filter.size.invalid", MAX_SIZE));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new CaseListFilter(s, st, p, village, commune, o, cursor, n);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static FieldError error(String field, String key, Object... args) {
        return new FieldError(field, TEXTS.text(key, args));
    }
}
