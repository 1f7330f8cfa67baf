package vn.ansinh.payment;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.ansinh.common.FieldErrorsResponse.FieldError;
import vn.ansinh.common.InvalidInput;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Parses request values and refuses bad ones with a field error in the user's language (never a 500). */
@Component
class PaymentRequests {

    private final MessageSource messages;

    PaymentRequests(MessageSource messages) {
        this.messages = messages;
    }

    YearMonth month(String field, String value) {
        try {
            if (value == null || value.isBlank()) {
                throw invalid(field, "payment.error.required");
            }
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw invalid(field, "payment.error.month");
        }
    }

    LocalDate date(String field, String value) {
        try {
            if (value == null || value.isBlank()) {
                throw invalid(field, "payment.error.required");
            }
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw invalid(field, "payment.error.date");
        }
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

    InvalidInput invalid(String field, String key) {
        return new InvalidInput(List.of(new FieldError(field, messages.getMessage(key, null, key, LocaleContextHolder.getLocale()))));
    }
}
