package vn.ansinh.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.common.audit.AuditEvent;
import vn.ansinh.common.ConflictException;
import vn.ansinh.common.FieldErrorsResponse.FieldError;
import vn.ansinh.common.InvalidInput;
import vn.ansinh.common.NotFoundException;
import vn.ansinh.common.access.AppUserPrincipal;

/** Departments' yearly figures: checked, kept as append-only versions, confirmed by a second province officer, audited. */
@Component
class ReportedFigures {

    private final ReportedValues reported;
    private final PlanTargets targets;
    private final AreaAccess access;
    private final ApplicationEventPublisher events;

    ReportedFigures(ReportedValues reported, PlanTargets targets, AreaAccess access, ApplicationEventPublisher events) {
        this.reported = reported;
        this.targets = targets;
        this.access = access;
        this.events = events;
    }

    @Transactional
    ReportedValue submit(AppUserPrincipal user, String targetId, String year, BigDecimal value, String source, String note) {
        List<FieldError> errors = new ArrayList<>();
        Target t = targetId == null ? null : targets.target(targetId);
        if (t == null || t.measured()) {
            errors.add(access.error("targetId", "plan.invalid.reportedTarget"));
        }
        Integer y = access.year(year);
        if (y == null) {
            errors.add(access.yearError());
        }
        if (value == null || value.signum() < 0) {
            errors.add(access.error("value", "plan.invalid.value"));
        }
        if (source == null || source.isBlank() || source.length() > 300) {
            errors.add(access.error("source", "plan.invalid.source"));
        }
        if (note != null && note.length() > 1000) {
            errors.add(access.error("note", "plan.invalid.note"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        long id = reported.add(t.id(), y, value, source.trim(), note == null || note.isBlank() ? null : note.trim(),
                user.username());
        events.publishEvent(new ReportedValueEntered(id, t.id(), y, value));
        return reported.find(id).orElseThrow();
    }

    @Transactional
    ReportedValue confirm(AppUserPrincipal user, long valueId) {
        ReportedValue v = reported.find(valueId).orElseThrow(() -> new NotFoundException("reported value"));
        if (v.confirmed()) {
            throw new ConflictException("already confirmed");
        }
        if (v.submittedBy().equals(user.username())) {
            events.publishEvent(AuditEvent.refusal("PLAN_CONFIRM_REFUSED", "plan_reported_value", valueId, "own entry"));
            throw new AccessDeniedException("the person who entered a figure cannot confirm it");
        }
        reported.confirm(valueId, user.username());
        events.publishEvent(new ReportedValueConfirmed(valueId, v.targetId(), v.year()));
        return reported.find(valueId).orElseThrow();
    }
}
