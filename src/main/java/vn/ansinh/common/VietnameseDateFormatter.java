package vn.ansinh.common;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import org.springframework.format.Formatter;

/**
 * Dates in forms and request parameters: {@code dd/MM/yyyy} (shown and typed), ISO {@code yyyy-MM-dd} also read.
 * Strict, so 31/02 is an error rather than quietly becoming 28/02.
 */
class VietnameseDateFormatter implements Formatter<LocalDate> {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate parse(String text, Locale locale) throws ParseException {
        String value = text.trim();
        try {
            return LocalDate.parse(value, value.contains("/") ? TYPED : ISO);
        } catch (DateTimeParseException e) {
            throw new ParseException(value, e.getErrorIndex());
        }
    }

    @Override
    public String print(LocalDate date, Locale locale) {
        return Formats.date(date);
    }
}
