package vn.ansinh.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Search keys that ignore case and Vietnamese diacritics: {@code nguyen van a} finds {@code Nguyễn Văn A}. */
public final class TextSearch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextSearch() {
    }

    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
    }

    /**
     * A LIKE pattern that finds the query's key anywhere, with {@code %}, {@code _} and {@code \} taken literally
     * (PostgreSQL's default escape character is the backslash, so no ESCAPE clause is needed and the trigram index
     * still serves the pattern).
     */
    public static String containsPattern(String query) {
        return "%" + key(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
