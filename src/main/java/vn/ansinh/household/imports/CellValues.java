package vn.ansinh.household.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import vn.ansinh.household.Disability;
import vn.ansinh.household.OrphanCase;
import vn.ansinh.household.Relation;
import vn.ansinh.household.Sex;

/**
 * Reads a cell's text as the form's value: a code by its Vietnamese or English label (as the pages show it, with or
 * without diacritics) or its code name, dates as dd/MM/yyyy (d/M/yyyy and yyyy-MM-dd too), yes/no as
 * Có/Không, x, 1/0, yes/no, true/false. An unreadable cell is a {@link Bad} with its message key.
 */
final class CellValues {

    static final class Bad extends Exception {
        final String key;

        Bad(String key) {
            super(key, null, false, false);
            this.key = key;
        }
    }

    private static final DateTimeFormatter[] DAYS = {
            strict("d/M/uuuu"), strict("d-M-uuuu"), strict("d.M.uuuu"), strict("uuuu-M-d")};
    private static final Set<String> YES = Set.of("co", "x", "1", "yes", "y", "true", "dung", "c");
    private static final Set<String> NO = Set.of("", "khong", "0", "no", "n", "false", "sai", "k");

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    private final Map<String, Sex> sexes;
    private final Map<String, Relation> relations;
    private final Map<String, Disability> disabilities;
    private final Map<String, OrphanCase> orphanCases;

    CellValues(MessageSource messages) {
        sexes = labels(Sex.values(), "sex.", messages);
        sexes.put("m", Sex.MALE);
        sexes.put("f", Sex.FEMALE);
        sexes.put("nu", Sex.FEMALE);
        relations = labels(Relation.values(), "relation.", messages);
        relations.put("vo", Relation.SPOUSE);
        relations.put("chong", Relation.SPOUSE);
        relations.put("cha", Relation.PARENT);
        relations.put("me", Relation.PARENT);
        disabilities = labels(Disability.values(), "disability.", messages);
        orphanCases = labels(OrphanCase.values(), "orphan.", messages);
    }

    private static <E extends Enum<E>> Map<String, E> labels(E[] values, String prefix, MessageSource messages) {
        Map<String, E> byName = new HashMap<>();
        for (E value : values) {
            byName.put(ImportColumn.normalise(value.name()), value);
            for (Locale locale : new Locale[] {Locale.forLanguageTag("vi"), Locale.ENGLISH}) {
                String label = messages.getMessage(prefix + value.name(), null, null, locale);
                if (label != null) {
                    byName.putIfAbsent(ImportColumn.normalise(label), value);
                }
            }
        }
        return byName;
    }

    Sex sex(String cell) throws Bad {
        return code(sexes, cell, "household.import.sex");
    }

    Relation relation(String cell) throws Bad {
        return code(relations, cell, "household.import.relation");
    }

    Disability disability(String cell) throws Bad {
        return cell.isBlank() ? Disability.NONE : code(disabilities, cell, "household.import.disability");
    }

    OrphanCase orphanCase(String cell) throws Bad {
        return code(orphanCases, cell, "household.import.orphanCase");
    }

    private static <E> E code(Map<String, E> codes, String cell, String key) throws Bad {
        if (cell.isBlank()) {
            return null;
        }
        E value = codes.get(ImportColumn.normalise(cell));
        if (value == null) {
            throw new Bad(key);
        }
        return value;
    }

    static LocalDate day(String cell) throws Bad {
        if (cell.isBlank()) {
            return null;
        }
        for (DateTimeFormatter format : DAYS) {
            try {
                return LocalDate.parse(cell.strip(), format);
            } catch (DateTimeParseException e) {
                // the next layout
            }
        }
        throw new Bad("household.import.date");
    }

    static boolean yesNo(String cell) throws Bad {
        String key = ImportColumn.normalise(cell);
        if (YES.contains(key)) {
            return true;
        }
        if (NO.contains(key)) {
            return false;
        }
        throw new Bad("household.import.yesNo");
    }

    static Integer whole(String cell) throws Bad {
        if (cell.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(cell.strip().replaceAll("[.,]0+$", ""));
        } catch (NumberFormatException e) {
            throw new Bad("household.import.number");
        }
    }

    /** A CCCD keeps its leading zeros; a spreadsheet that stored it as a number may have dropped them. */
    static String cccd(String cell) {
        String digits = cell.strip().replace(" ", "");
        return digits.matches("\\d{10,11}") ? "0".repeat(12 - digits.length()) + digits : digits;
    }
}
