package vn.ansinh.payment.web;

import vn.ansinh.payment.cycle.LineStatus;
import vn.ansinh.payment.entitlement.BaseLevels;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.ansinh.common.FieldErrorsResponse.FieldError;
import vn.ansinh.common.Formats;
import vn.ansinh.common.InvalidInput;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/** Parses request values and refuses bad ones with a field error in the user's language (never a 500). */
@Component
class PaymentRequests {

    private static final DateTimeFormatter TYPED_MONTH = DateTimeFormatter.ofPattern("MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_MONTH = DateTimeFormatter.ofPattern("uuuu-MM").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT);

    private final MessageSource messages;
    private final BaseLevels baseLevels;

    PaymentRequests(MessageSource messages, BaseLevels baseLevels) {
        this.messages = messages;
        this.baseLevels = baseLevels;
    }

    /** A month some base level covers (nothing can be paid, stopped or re-rated in another). */
    YearMonth month(String field, String value) {
        YearMonth month;
        try {
            if (value == null || value.isBlank()) {
                throw invalid(field, "payment.error.required");
            }
            month = parseMonth(value.trim());
        } catch (DateTimeParseException e) {
            throw invalid(field, "payment.error.month");
        }
        if (month.getYear() < 1900 || month.getYear() > 9000 || !baseLevels.covers(month)) {
            throw invalid(field, "payment.error.monthNotCovered");
        }
        return month;
    }

    /** The month of a payment cycle: covered, and not after next month (a cycle may be prepared a month ahead). */
    YearMonth cycleMonth(String field, String value) {
        YearMonth month = month(field, value);
        if (month.isAfter(YearMonth.now(Formats.PROVINCE).plusMonths(1))) {
            throw invalid(field, "payment.error.monthAhead", Formats.month(YearMonth.now(Formats.PROVINCE).plusMonths(1)));
        }
        return month;
    }

    LocalDate date(String field, String value) {
        try {
            if (value == null || value.isBlank()) {
                throw invalid(field, "payment.error.required");
            }
            String v = value.trim();
            return v.contains("/") ? LocalDate.parse(v, Formats.DATE) : LocalDate.parse(v, ISO_DATE);
        } catch (DateTimeParseException e) {
            throw invalid(field, "payment.error.date");
        }
    }

    /** {@code 07/2024} as the pages write it, or {@code 2024-07} as the API does. */
    private static YearMonth parseMonth(String value) {
        return value.contains("/") ? YearMonth.parse(value, TYPED_MONTH) : YearMonth.parse(value, ISO_MONTH);
    }

    LineStatus result(String field, String value) {
        try {
            LineStatus s = LineStatus.valueOf(value == null ? "" : value.trim().toUpperCase(Locale.ROOT));
            if (s == LineStatus.PLANNED || s == LineStatus.CANCELLED) {
                throw invalid(field, "payment.error.result");
            }
            return s;
        } catch (IllegalArgumentException e) {
            throw invalid(field, "payment.error.result");
        }
    }

    InvalidInput invalid(String field, String key, Object... args) {
        return new InvalidInput(List.of(new FieldError(field, messages.getMessage(key, args, key, LocaleContextHolder.getLocale()))));
    }
}
