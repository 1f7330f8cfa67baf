package vn.ansinh.common;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import vn.ansinh.common.FieldErrorsResponse.FieldError;

/**
 * Page and size parameters of every list, page or API: out of range is the caller's error (400 with the limit),
 * never a silent clamp nor an offset that overflows the database driver's int.
 */
@Component
public class PageRequests {

    /** Far beyond what anyone pages through (lists stop counting at 1.000), far below an int offset. */
    public static final int MAX_PAGE = 10_000;

    private final MessageSource messages;

    PageRequests(MessageSource messages) {
        this.messages = messages;
    }

    public PageRequest of(long page, long size, int maxSize, Sort sort) {
        List<FieldError> errors = new ArrayList<>();
        if (page < 0 || page > MAX_PAGE) {
            errors.add(error("page", "paging.page.range", MAX_PAGE));
        }
        if (size < 1 || size > maxSize) {
            errors.add(error("size", "paging.size.range", maxSize));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return PageRequest.of((int) page, (int) size, sort);
    }

    private FieldError error(String field, String key, int limit) {
        return new FieldError(field, messages.getMessage(key, new Object[] {Formats.number(limit)}, key,
                LocaleContextHolder.getLocale()));
    }
}
