package vn.ansinh.household;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Codes of people with meritorious service (MC01…MC12, MC07b) and their relatives (MR01…MR05), POLICY.md §7. */
public final class MeritCategories {

    private static final Pattern CODE = Pattern.compile("MC(0[1-9]|1[0-2])|MC07b|MR0[1-5]");
    private static final Pattern SEPARATOR = Pattern.compile("[,;\\s]+");

    private MeritCategories() {
    }

    public static boolean isValid(String code) {
        return CODE.matcher(code).matches();
    }

    /** Splits "MC07, MR02" into codes; unknown codes are kept so validation can name them. */
    public static List<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return normalise(Arrays.asList(SEPARATOR.split(text.trim())));
    }

    /** Trims, upper-cases (keeping {@code MC07b}) and de-duplicates codes; blanks are dropped. */
    public static List<String> normalise(List<String> codes) {
        return codes.stream().filter(s -> s != null && !s.isBlank()).map(String::trim)
                .map(s -> s.equalsIgnoreCase("MC07b") ? "MC07b" : s.toUpperCase()).distinct().toList();
    }

    public static String join(List<String> codes) {
        return String.join(",", codes);
    }

    public static Set<String> invalidIn(List<String> codes) {
        return Set.copyOf(codes.stream().filter(c -> !isValid(c)).toList());
    }
}
