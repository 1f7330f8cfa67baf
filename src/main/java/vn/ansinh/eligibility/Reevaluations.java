package vn.ansinh.eligibility;

import vn.ansinh.common.Formats;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.flowable.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.common.FieldErrorsResponse.FieldError;
import vn.ansinh.common.InvalidInput;
import vn.ansinh.common.NotFoundException;
import vn.ansinh.common.access.Act;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.CurrentUser;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Permissions;
import vn.ansinh.common.audit.AuditEvent;
import vn.ansinh.eligibility.bulk.BulkMetrics;
import vn.ansinh.eligibility.bulk.ReevaluationJobs;
import vn.ansinh.eligibility.bulk.ReevaluationSteps;
import vn.ansinh.eligibility.bulk.Scope;
import vn.ansinh.geography.Geography;

/**
 * The door to bulk re-evaluation: re-evaluates every household of a commune, a district or the province as of a
 * date and stores the decisions (rule-set version, reasons, input) like single ones, flagging status changes for
 * review cases ({@code reevaluation_flag}) without changing any household. The job runs on Flowable's job executor
 * ({@code processes/reevaluation.bpmn20.xml}): a planning job cuts the scope into chunks by keyset, each chunk is a
 * Flowable job of its own taken by whichever node acquires it, in one transaction. Checks the act
 * ({@link Act#REEVALUATE}) and that the scope lies within the caller's area (a commune officer: their commune).
 */
@Service
public class Reevaluations {

    static final int MIN_CHUNK = 5;
    static final int MAX_CHUNK = 10_000;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    /** Who started a job that no user started. */
    public static final String SYSTEM = "system";

    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final ReevaluationJobs jobs;
    private final RuntimeService runtime;
    private final Geography geography;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final BulkMetrics metrics;
    private final int chunkSize;

    Reevaluations(Permissions permissions, CurrentUser currentUser, ReevaluationJobs jobs, RuntimeService runtime,
                  Geography geography, ApplicationEventPublisher events, MessageSource messages, BulkMetrics metrics,
                  @Value("${ansinh.reevaluation.chunk-size:1000}") int chunkSize) {
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.jobs = jobs;
        this.runtime = runtime;
        this.geography = geography;
        this.events = events;
        this.messages = messages;
        this.metrics = metrics;
        this.chunkSize = chunkSize;
    }

    /** What {@code POST /api/reevaluations} answers (202). */
    public record Accepted(UUID jobId) {
    }

    /**
     * Starts a job: {@code scope} {@code PROVINCE}, {@code DISTRICT:<code>} or {@code COMMUNE:<code>}, {@code asOf} an
     * ISO date, {@code chunkSize} optional (households a chunk, {@value #MIN_CHUNK}–{@value #MAX_CHUNK}). Refused
     * (403, audited) without the act or for a scope outside the caller's area; bad input is 400 with the fields.
     */
    @Transactional
    public Accepted start(String scope, String asOf, Integer chunk) {
        AppUserPrincipal user = permissions.require(Act.REEVALUATE, "reevaluation", scope);
        List<FieldError> errors = new ArrayList<>();
        Optional<Scope> area = Scope.parse(scope, geography);
        if (area.isEmpty()) {
            errors.add(new FieldError("scope", message(scope == null || scope.isBlank()
                    ? "eligibility.reevaluation.scope.required" : "eligibility.reevaluation.scope.unknown")));
        }
        LocalDate day = null;
        if (asOf == null || asOf.isBlank()) {
            errors.add(new FieldError("asOf", message("eligibility.reevaluation.asOf.required")));
        } else {
            try {
                day = LocalDate.parse(asOf.strip());
                if (day.isBefore(EARLIEST) || day.isAfter(LocalDate.now(Formats.PROVINCE).plusYears(1))) {
                    errors.add(new FieldError("asOf", message("eligibility.reevaluation.asOf.range")));
                }
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("asOf", message("eligibility.reevaluation.asOf.invalid")));
            }
        }
        if (chunk != null && (chunk < MIN_CHUNK || chunk > MAX_CHUNK)) {
            errors.add(new FieldError("chunkSize", message("eligibility.reevaluation.chunkSize.range", MIN_CHUNK, MAX_CHUNK)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Scope target = area.get();
        if (!user.jurisdiction().covers(target.area(), target.districtOfCommune())) {
            throw permissions.refuse(Act.REEVALUATE, user.role(), "reevaluation_scope", target.text());
        }
        UUID id = UUID.randomUUID();
        jobs.insert(id, target.text(), day, user.username(), user.jurisdiction().candidateGroup(),
                chunk == null ? chunkSize : chunk);
        runtime.startProcessInstanceByKey(ReevaluationSteps.PLANNING_PROCESS, id.toString(), Map.of("jobId", id.toString()));
        metrics.jobStarted();
        events.publishEvent(AuditEvent.of("REEVALUATION_STARTED", "reevaluation", id,
                target.text() + " as of " + day + ", chunks of " + (chunk == null ? chunkSize : chunk)));
        return new Accepted(id);
    }

    /**
     * The province re-evaluated as of {@code asOf} under the rule-set version {@code rulesLabel} that has just come
     * into force (started by the system for the policy workbench's publication, not by a user): households whose
     * outcome the new rules move are flagged for review cases, and none is changed. Its chunks run only under that
     * version. Audited.
     */
    @Transactional
    public Accepted startAfterPublication(String rulesLabel, LocalDate asOf) {
        UUID id = UUID.randomUUID();
        String scope = "PROVINCE";
        jobs.insert(id, scope, asOf, SYSTEM, Jurisdiction.province().candidateGroup(), chunkSize);
        jobs.requireRules(id, rulesLabel);
        runtime.startProcessInstanceByKey(ReevaluationSteps.PLANNING_PROCESS, id.toString(), Map.of("jobId", id.toString()));
        metrics.jobStarted();
        events.publishEvent(AuditEvent.of("REEVALUATION_STARTED", "reevaluation", id,
                scope + " as of " + asOf + " after rule set " + rulesLabel + " came into force"));
        return new Accepted(id);
    }

    /** A job's state, to whoever started it and to staff whose area covers its scope; 404 (audited) otherwise. */
    @Transactional(readOnly = true)
    public ReevaluationStatus status(UUID id) {
        ReevaluationJobs.Job job = jobs.find(id).filter(this::visible).orElseThrow(() -> {
            events.publishEvent(AuditEvent.refusal("DECISION_ACCESS_REFUSED", "reevaluation", id, "not found in jurisdiction"));
            return new NotFoundException("reevaluation " + id);
        });
        return statusOf(job);
    }

    /** The latest jobs the caller may see, newest first. */
    @Transactional(readOnly = true)
    public List<ReevaluationStatus> recent() {
        return jobs.recent(50).stream().filter(this::visible).limit(20).map(this::statusOf).toList();
    }

    /** Whether the signed-in user may start a job at all (the page shows its form). */
    public boolean mayStart() {
        return permissions.allows(Act.REEVALUATE);
    }

    private boolean visible(ReevaluationJobs.Job job) {
        AppUserPrincipal user = currentUser.find().orElse(null);
        if (user == null) {
            return false;
        }
        if (user.username().equals(job.startedBy())) {
            return true;
        }
        Jurisdiction area = Scope.areaOf(job.scope());
        String district = area.level() == Jurisdiction.Level.COMMUNE
                ? geography.commune(area.code()).map(c -> c.parentCode()).orElse(null) : null;
        return user.jurisdiction().covers(area, district);
    }

    private ReevaluationStatus statusOf(ReevaluationJobs.Job job) {
        ReevaluationJobs.Totals totals = jobs.totals(job.id());
        boolean planned = job.plannedAt() != null;
        boolean done = planned && totals.chunksDone() == job.chunks();
        String status = done ? "DONE" : jobs.deadLettered(job.id()) ? "FAILED" : "RUNNING";
        int progress = done ? 100 : !planned || job.households() == 0 ? 0
                : (int) Math.min(99, totals.households() * 100 / job.households());
        List<ReevaluationStatus.NodeShare> nodes = jobs.chunksByNode(job.id()).stream()
                .map(r -> new ReevaluationStatus.NodeShare((String) r[0], (Integer) r[1], (Long) r[2])).toList();
        return new ReevaluationStatus(job.id(), status, progress, job.scope(), job.asOf(), totals.households(),
                totals.decisions(), totals.changed(), totals.unassessed(), totals.flags(), job.households(), job.chunks(),
                totals.chunksDone(), nodes, job.startedBy(), job.startedAt(),
                done ? (totals.lastDoneAt() == null ? job.plannedAt() : totals.lastDoneAt()) : null);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
