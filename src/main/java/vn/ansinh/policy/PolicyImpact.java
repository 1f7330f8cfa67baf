package vn.ansinh.policy;

import vn.ansinh.common.Formats;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.common.BundleTexts;
import vn.ansinh.common.FieldErrorsResponse.FieldError;
import vn.ansinh.common.InvalidInput;
import vn.ansinh.common.NotFoundException;
import vn.ansinh.common.access.Act;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Permissions;
import vn.ansinh.common.audit.AuditEvent;
import vn.ansinh.eligibility.EligibilityManagement;
import vn.ansinh.geography.Geography;
import vn.ansinh.household.HouseholdManagement;
import vn.ansinh.policy.impact.ImpactDiff;
import vn.ansinh.policy.impact.ImpactStore;
import vn.ansinh.policy.impact.ImpactTally;

/**
 * The door of the impact run: every registered household evaluated as of a chosen date under the version in force and
 * a draft, in the background (the {@code policyImpact} process, one async job per chunk of households), and what
 * changed — per program, by district and commune, the monthly cost before and after, gainers and losers in bands, and
 * each changed decision with the criteria that flipped. Policy staff start and read runs; a commune officer reads the
 * same run for their commune only; every other role is refused (403).
 */
@Service
public class PolicyImpact {

    private static final BundleTexts TEXTS = new BundleTexts("i18n/policy");
    public static final String PROCESS = "policyImpact";
    /** The programs of a run, in the evaluation contract's names and order. */
    public static final List<String> PROGRAMS = ImpactDiff.PROGRAMS;
    static final int MAX_PAGE_SIZE = 500;

    private final VersionStore versions;
    private final ImpactStore runs;
    private final Materializer materializer;
    private final EligibilityManagement eligibility;
    private final HouseholdManagement households;
    private final Geography geography;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final Permissions permissions;
    private final ApplicationEventPublisher events;
    private final ImpactChunkStep chunks;

    PolicyImpact(VersionStore versions, ImpactStore runs, Materializer materializer, EligibilityManagement eligibility,
                 HouseholdManagement households, Geography geography, RuntimeService runtime,
                 ManagementService management, Permissions permissions, ApplicationEventPublisher events,
                 ImpactChunkStep chunks) {
        this.versions = versions;
        this.runs = runs;
        this.materializer = materializer;
        this.eligibility = eligibility;
        this.households = households;
        this.geography = geography;
        this.runtime = runtime;
        this.management = management;
        this.permissions = permissions;
        this.events = events;
        this.chunks = chunks;
    }

    /** What the list of changes is filtered by; null or blank: any. */
    public record Filter(String communeCode, String districtCode, String program, String householdCode) {

        public static final Filter NONE = new Filter(null, null, null, null);
    }

    /**
     * Starts a run of draft {@code draftId} against the version in force as of {@code asOf}: both versions' files are
     * pinned as they are now; the run answers at once and goes on in the background, where its first job builds both
     * rule bases (kept per tree hash) — a draft that does not build ends the run FAILED with its findings. Audited.
     */
    @Transactional
    public UUID start(long draftId, LocalDate asOf) {
        AppUserPrincipal user = permissions.require(Act.RUN_IMPACT, "policy_version", draftId);
        List<FieldError> errors = new ArrayList<>();
        if (asOf == null) {
            errors.add(new FieldError("asOf", TEXTS.text("policy.impact.asOfRequired")));
        } else if (asOf.isAfter(LocalDate.now(Formats.PROVINCE).plusYears(5))) {
            errors.add(new FieldError("asOf", TEXTS.text("policy.impact.asOfTooFar")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        PolicyVersion draft = versions.find(draftId).orElseThrow(() -> new NotFoundException("policy_version " + draftId));
        PolicyVersion base = versions.inForce().orElseThrow(() -> new NotFoundException("version in force"));
        Path draftDir = materializer.folder(versions.contents(draft.id()));
        Path baseDir = materializer.folder(versions.contents(base.id()));
        // no rule base is built here: the run's first job builds both (once per tree hash), and a draft that does not
        // compile ends the run FAILED with its findings
        LocalDate from = max(eligibility.coveredFrom(draftDir, tree(draftDir)), eligibility.coveredFrom(baseDir, tree(baseDir)));
        if (asOf.isBefore(from)) {
            throw new InvalidInput(List.of(new FieldError("asOf", TEXTS.text("policy.impact.asOfNotCovered"))));
        }
        UUID id = UUID.randomUUID();
        runs.create(new ImpactStore.Run(id, draft.id(), base.id(), base.label(), draft.label(), asOf, "RUNNING",
                user.username(), null, null, null, chunks.chunkSize(), (int) households.count(), 0, 0, null));
        runs.pin(id, 'B', base.id());
        runs.pin(id, 'D', draft.id());
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("runId", id.toString());
        variables.put("chunk", 0);
        variables.put("afterId", 0L);
        variables.put("more", true);
        String instance = runtime.startProcessInstanceByKey(PROCESS, id.toString(), variables).getId();
        runs.processStarted(id, instance);
        events.publishEvent(AuditEvent.of("POLICY_IMPACT_STARTED", "policy_version", draft.id(),
                "run " + id + " of " + draft.label() + " against " + base.label() + " as of " + asOf));
        return id;
    }

    /** A run with its summary and one page of its changes, within the caller's view; 404 when there is no such run. */
    @Transactional
    public ImpactRun run(UUID jobId, Filter filter, int page, int size) {
        AppUserPrincipal user = permissions.require(Act.VIEW_IMPACT, "policy_impact", jobId);
        List<FieldError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(new FieldError("page", TEXTS.text("policy.impact.page")));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            errors.add(new FieldError("size", TEXTS.text("policy.impact.size")));
        }
        Filter f = checked(filter, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        ImpactStore.Run r = find(jobId);
        String commune = communeOf(user);
        ImpactStore.Filter where = where(f, commune);
        long total = runs.countChanges(jobId, where);
        List<ImpactChange> changes = runs.changes(jobId, where, (int) Math.min(Integer.MAX_VALUE, (long) page * size), size);
        return view(r, summary(jobId, r, commune), changes, page, size, total, commune);
    }

    /** A run in a list: what was compared, as of when, by whom, how far it is. */
    public record RunHead(UUID jobId, String draftLabel, String baseLabel, LocalDate asOf, String status,
                          String startedBy, java.time.OffsetDateTime startedAt) {
    }

    /** The 50 newest runs (policy staff and commune officers: a commune officer opens one to see their commune). */
    @Transactional(readOnly = true)
    public List<RunHead> recent() {
        permissions.require(Act.VIEW_IMPACT, "policy_impact", null);
        return runs.recent(50).stream().map(r -> new RunHead(r.id(), r.draftLabel(), r.baseLabel(), r.asOf(), r.status(),
                r.startedBy(), r.startedAt())).toList();
    }

    /** The newest run of a version, without its list (the draft's and the approver's page); empty when none was started. */
    @Transactional
    public Optional<ImpactRun> latest(long versionId) {
        permissions.require(Act.RUN_IMPACT, "policy_version", versionId);
        return runs.latestOf(versionId).map(r -> {
            ImpactStore.Run now = settle(r);
            return view(now, summary(now.id(), now, null), List.of(), 0, 0, runs.countChanges(now.id(),
                    ImpactStore.Filter.NONE), null);
        });
    }

    /** Every change of a run (filtered, within the caller's view) as an XLSX workbook. */
    @Transactional(readOnly = true)
    public void export(UUID jobId, Filter filter, java.util.Locale locale, OutputStream out) throws IOException {
        AppUserPrincipal user = permissions.require(Act.VIEW_IMPACT, "policy_impact", jobId);
        List<FieldError> errors = new ArrayList<>();
        Filter f = checked(filter, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        ImpactStore.Run r = runs.find(jobId).orElseThrow(() -> new NotFoundException("policy_impact " + jobId));
        String commune = communeOf(user);
        try (ImpactWorkbook book = new ImpactWorkbook(locale, geography)) {
            List<ImpactChange> batch = new ArrayList<>(EXPORT_BATCH);
            runs.eachChange(jobId, where(f, commune), c -> {
                batch.add(c);
                if (batch.size() == EXPORT_BATCH) {
                    addNamed(book, batch, user);
                }
            });
            addNamed(book, batch, user);
            book.writeTo(out);
        }
        events.publishEvent(AuditEvent.of("POLICY_IMPACT_EXPORTED", "policy_version", r.draftId(), "run " + jobId));
    }

    private static final int EXPORT_BATCH = 500;

    /** The batch's lines with their members' names (one query a batch), then the batch emptied. */
    private void addNamed(ImpactWorkbook book, List<ImpactChange> batch, AppUserPrincipal user) {
        java.util.Map<Long, String> names = memberNames(batch, user);
        batch.forEach(c -> book.add(c, c.memberId() == null ? "" : names.getOrDefault(c.memberId(), "")));
        batch.clear();
    }

    /**
     * The names of these changes' members, within the user's area (one query): the list and its export name people,
     * not ids. A member outside the area has no name here.
     */
    public java.util.Map<Long, String> memberNames(java.util.Collection<ImpactChange> changes, AppUserPrincipal user) {
        java.util.Set<Long> members = new java.util.HashSet<>();
        changes.forEach(c -> {
            if (c.memberId() != null) {
                members.add(c.memberId());
            }
        });
        return user == null ? java.util.Map.of() : households.memberNamesOf(members, user.jurisdiction());
    }

    private ImpactStore.Run find(UUID jobId) {
        return settle(runs.find(jobId).orElseThrow(() -> new NotFoundException("policy_impact " + jobId)));
    }

    /** A run whose job ran out of retries (its chunk failed every time) is FAILED with the job's message. */
    private ImpactStore.Run settle(ImpactStore.Run r) {
        if (!"RUNNING".equals(r.status()) || r.processInstanceId() == null) {
            return r;
        }
        Job dead = management.createDeadLetterJobQuery().processInstanceId(r.processInstanceId()).singleResult();
        if (dead == null) {
            return r;
        }
        runs.failed(r.id(), dead.getExceptionMessage());
        return runs.find(r.id()).orElse(r);
    }

    /** A commune officer sees their commune only; policy staff the whole province. */
    private static String communeOf(AppUserPrincipal user) {
        Jurisdiction j = user.jurisdiction();
        return user.role() == vn.ansinh.common.access.Role.POLICY_STAFF || j == null || j.level() != Jurisdiction.Level.COMMUNE
                ? null : j.code();
    }

    private static ImpactStore.Filter where(Filter f, String commune) {
        return new ImpactStore.Filter(commune != null ? commune : f.communeCode(), f.districtCode(), f.program(),
                f.householdCode());
    }

    private static Filter checked(Filter filter, List<FieldError> errors) {
        Filter f = filter == null ? Filter.NONE : filter;
        String program = blank(f.program());
        if (program != null && !ImpactDiff.PROGRAMS.contains(program)) {
            errors.add(new FieldError("program", TEXTS.text("policy.impact.program")));
        }
        String commune = blank(f.communeCode());
        if (commune != null && !commune.matches("[0-9]{1,10}")) {
            errors.add(new FieldError("commune", TEXTS.text("policy.impact.areaInvalid")));
        }
        String district = blank(f.districtCode());
        if (district != null && !district.matches("[0-9]{1,10}")) {
            errors.add(new FieldError("district", TEXTS.text("policy.impact.areaInvalid")));
        }
        String household = blank(f.householdCode());
        if (household != null && household.length() > 40) {
            errors.add(new FieldError("household", TEXTS.text("policy.impact.household")));
        }
        return new Filter(commune, district, program, household);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private ImpactRun view(ImpactStore.Run r, ImpactSummary summary, List<ImpactChange> changes, int page, int size,
                           long total, String commune) {
        double progress = "DONE".equals(r.status()) ? 1.0 : r.totalHouseholds() == 0 ? 0.0
                : Math.min(1.0, (r.processedHouseholds() + r.skippedHouseholds()) / (double) r.totalHouseholds());
        return new ImpactRun(r.id(), r.status(), progress, r.draftId(), r.draftLabel(), r.baseId(), r.baseLabel(),
                r.asOf(), r.startedBy(), r.startedAt(), r.finishedAt(), r.totalHouseholds(), r.failure(), summary,
                changes, page, size, total, commune);
    }

    private ImpactSummary summary(UUID run, ImpactStore.Run r, String commune) {
        List<ImpactStore.AreaRow> rows = runs.areas(run, commune, null);
        List<ImpactSummary.Program> programs = new ArrayList<>();
        Map<String, List<ImpactSummary.Transition>> moves = new TreeMap<>();
        for (Map<String, Object> t : runs.transitions(run, commune == null ? null : List.of(commune))) {
            moves.computeIfAbsent((String) t.get("program"), k -> new ArrayList<>()).add(new ImpactSummary.Transition(
                    (String) t.get("before_outcome"), (String) t.get("after_outcome"), ((Number) t.get("subjects")).longValue()));
        }
        Acc all = new Acc();
        Map<String, Acc> byProgram = new LinkedHashMap<>();
        SortedMap<String, Acc> byDistrict = new TreeMap<>();
        SortedMap<String, Acc> byCommune = new TreeMap<>();
        Map<String, String> districtOf = new java.util.HashMap<>();
        for (ImpactStore.AreaRow a : rows) {
            if (ImpactTally.ALL.equals(a.program())) {
                all.add(a);
                byDistrict.computeIfAbsent(a.districtCode(), k -> new Acc()).add(a);
                byCommune.computeIfAbsent(a.communeCode(), k -> new Acc()).add(a);
                districtOf.put(a.communeCode(), a.districtCode());
            } else {
                byProgram.computeIfAbsent(a.program(), k -> new Acc()).add(a);
                if (a.householdsChanged() > 0) {
                    byDistrict.computeIfAbsent(a.districtCode(), k -> new Acc()).programs.merge(a.program(), a.householdsChanged(), Integer::sum);
                    byCommune.computeIfAbsent(a.communeCode(), k -> new Acc()).programs.merge(a.program(), a.householdsChanged(), Integer::sum);
                }
            }
        }
        for (String p : ImpactDiff.PROGRAMS) {
            Acc a = byProgram.getOrDefault(p, new Acc());
            programs.add(new ImpactSummary.Program(p, a.changed, a.people, a.before, a.after, a.bands(),
                    moves.getOrDefault(p, List.of())));
        }
        List<ImpactSummary.Area> districts = new ArrayList<>();
        byDistrict.forEach((code, a) -> districts.add(a.area(code, geography.nameOf(code), null)));
        List<ImpactSummary.Area> communes = new ArrayList<>();
        byCommune.forEach((code, a) -> {
            if (a.changed > 0) {
                communes.add(a.area(code, geography.nameOf(code), districtOf.get(code)));
            }
        });
        return new ImpactSummary(all.households, commune == null ? r.skippedHouseholds() : 0, all.changed, all.people,
                all.before, all.after, all.bands(), programs, districts, communes);
    }

    /** Adds up area rows. */
    private static final class Acc {
        int households;
        int changed;
        int people;
        long before;
        long after;
        final int[] bands = new int[5];
        final Map<String, Integer> programs = new TreeMap<>();

        void add(ImpactStore.AreaRow a) {
            households += a.households();
            changed += a.householdsChanged();
            people += a.peopleChanged();
            before += a.monthlyBefore();
            after += a.monthlyAfter();
            for (int i = 0; i < 5; i++) {
                bands[i] += a.bands()[i];
            }
        }

        ImpactSummary.Bands bands() {
            return new ImpactSummary.Bands(bands[0], bands[1], bands[2], bands[3], bands[4]);
        }

        ImpactSummary.Area area(String code, String name, String district) {
            return new ImpactSummary.Area(code, name, district, households, changed, people, before, after, programs);
        }
    }

    private static String tree(Path dir) {
        return dir.getFileName().toString();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
