package vn.ansinh.reporting;

import vn.ansinh.common.Formats;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.ansinh.common.audit.AuditEvent;
import vn.ansinh.common.FieldErrorsResponse.FieldError;
import vn.ansinh.common.InvalidInput;
import vn.ansinh.geography.AdminUnit;
import vn.ansinh.geography.Geography;
import vn.ansinh.common.access.Act;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.CurrentUser;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Permissions;

/**
 * Who may see the plan's figures for which area: policy staff and administrators the whole province; commune
 * officers and district approvers their own commune or district (and its communes). Asking for an area outside
 * one's jurisdiction is refused (403) and audited; a year or area that does not exist is a 400 naming the field.
 */
@Component
class AreaAccess {

    static final int FIRST_YEAR = 2012;

    private final CurrentUser currentUser;
    private final Geography geography;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Permissions permissions;

    AreaAccess(CurrentUser currentUser, Geography geography, MessageSource messages, ApplicationEventPublisher events,
               Permissions permissions) {
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.geography = geography;
        this.messages = messages;
        this.events = events;
    }

    /** A checked year and area; absent values default to this year and the viewer's own jurisdiction. */
    record Query(int year, Jurisdiction area) {
    }

    Query check(String year, String area) {
        AppUserPrincipal user = mayView();
        List<FieldError> errors = new ArrayList<>();
        int y = Year.now(Formats.PROVINCE).getValue();
        if (year != null && !year.isBlank()) {
            Integer parsed = year(year);
            if (parsed == null) {
                errors.add(yearError());
            } else {
                y = parsed;
            }
        }
        Jurisdiction where = user.jurisdiction();
        if (area != null && !area.isBlank()) {
            AdminUnit unit = geography.unit(area.trim()).orElse(null);
            if (unit == null) {
                errors.add(error("area", "plan.invalid.area"));
            } else {
                where = new Jurisdiction(Jurisdiction.Level.valueOf(unit.level().name()), unit.code());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        requireWithin(user, where);
        return new Query(y, where);
    }

    /** The year if it is a whole number from {@link #FIRST_YEAR} to this year, else null. */
    Integer year(String year) {
        try {
            int y = Integer.parseInt(year == null ? "" : year.trim());
            return y < FIRST_YEAR || y > Year.now(Formats.PROVINCE).getValue() ? null : y;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    FieldError yearError() {
        return error("year", "plan.invalid.year", String.valueOf(FIRST_YEAR), String.valueOf(Year.now(Formats.PROVINCE).getValue()));
    }

    void requireWithin(AppUserPrincipal user, Jurisdiction where) {
        if (!covers(user.jurisdiction(), where)) {
            events.publishEvent(AuditEvent.refusal("PLAN_ACCESS_REFUSED", "area", where.code(),
                    "outside " + user.jurisdiction()));
            throw new AccessDeniedException("area " + where.code() + " is outside " + user.jurisdiction());
        }
    }

    private boolean covers(Jurisdiction mine, Jurisdiction asked) {
        return mine.covers(asked, asked.level() == Jurisdiction.Level.COMMUNE ? geography.districtOf(asked.code()) : null);
    }

    AppUserPrincipal mayView() {
        return permissions.require(Act.VIEW_PLAN, "plan", null);
    }

    /** Reported figures and recomputation are province work. */
    AppUserPrincipal provinceStaff() {
        return permissions.require(Act.MANAGE_PLAN, "plan", null);
    }

    FieldError error(String field, String key, Object... args) {
        return new FieldError(field, messages.getMessage(key, args, LocaleContextHolder.getLocale()));
    }
}
