package vn.ansinh.eligibility;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.assessment.AssessmentManagement;
import vn.ansinh.assessment.AssessmentView;
import vn.ansinh.common.audit.AuditEvent;
import vn.ansinh.common.BundleTexts;
import vn.ansinh.common.FieldErrorsResponse.FieldError;
import vn.ansinh.common.InvalidInput;
import vn.ansinh.common.NotFoundException;
import vn.ansinh.eligibility.engine.EvaluationLimits;
import vn.ansinh.eligibility.engine.Finding;
import vn.ansinh.eligibility.engine.ParameterTable;
import vn.ansinh.eligibility.engine.RuleBase;
import vn.ansinh.eligibility.engine.RuleEngine;
import vn.ansinh.eligibility.engine.RuleSetValidation;
import vn.ansinh.eligibility.engine.RuleWorkers;
import vn.ansinh.eligibility.engine.ScenarioRunner;
import vn.ansinh.eligibility.engine.ScenarioWriter;
import vn.ansinh.assessment.AssessmentChunks;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.household.HouseholdChunks;
import vn.ansinh.household.HouseholdManagement;
import vn.ansinh.household.HouseholdView;
import vn.ansinh.common.access.Act;
import vn.ansinh.common.access.CurrentUser;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Permissions;
import vn.ansinh.common.access.Role;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The door to eligibility: evaluates households with the rule base built from {@code rules/} (validated at
 * start; a rule that does not compile or leaves the fact model stops start-up), serves dated parameters to
 * other modules, and stores decisions of registered households so they can be re-run side by side.
 */
@Service
public class EligibilityManagement implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(EligibilityManagement.class);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private volatile Path rulesDir;
    private static final BundleTexts TEXTS = new BundleTexts("i18n/eligibility");

    private final EvaluationLimits limits;
    private final RuleWorkers workers;
    private final AtomicReference<RuleEngine> engine = new AtomicReference<>();
    private final RuleBaseHeadStart.InitialRuleBase initial;
    private final Decisions decisions;
    private final HouseholdManagement households;
    private final AssessmentManagement assessments;
    private final CurrentUser currentUser;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Permissions permissions;
    private final HouseholdChunks householdChunks;
    private final AssessmentChunks assessmentChunks;

    EligibilityManagement(@Value("${ansinh.rules.dir:rules}") String rulesDir,
                          @Value("${ansinh.rules.evaluation-timeout:5s}") Duration evaluationTimeout,
                          @Value("${ansinh.rules.max-firings-per-household:1000}") int maxFiringsPerHousehold,
                          @Value("${ansinh.rules.workers:0}") int workers, Decisions decisions,
                          HouseholdManagement households, AssessmentManagement assessments, CurrentUser currentUser,
                          JsonMapper json, ApplicationEventPublisher events, Permissions permissions,
                          HouseholdChunks householdChunks, AssessmentChunks assessmentChunks,
                          RuleBaseHeadStart.InitialRuleBase initial) {
        this.permissions = permissions;
        this.householdChunks = householdChunks;
        this.assessmentChunks = assessmentChunks;
        this.rulesDir = Path.of(rulesDir);
        this.limits = new EvaluationLimits(evaluationTimeout, maxFiringsPerHousehold);
        this.workers = new RuleWorkers(workers > 0 ? workers : Math.max(2, Runtime.getRuntime().availableProcessors() * 2));
        this.decisions = decisions;
        this.households = households;
        this.assessments = assessments;
        this.currentUser = currentUser;
        this.json = json;
        this.events = events;
        this.initial = initial.builds(this.rulesDir, limits) ? initial
                : RuleBaseHeadStart.InitialRuleBase.start(this.rulesDir, limits);
    }

    /** The rule base is built by {@link RuleBaseHeadStart} meanwhile; a refused rule set stops the start-up here. */
    @Override
    public void afterSingletonsInstantiated() {
        engine();
    }

    /** The engine in use; the first call waits for the start-up build. */
    private RuleEngine engine() {
        RuleEngine current = engine.get();
        return current != null ? current : startupEngine();
    }

    private synchronized RuleEngine startupEngine() {
        if (engine.get() == null) {
            long waitStart = System.nanoTime();
            RuleBase base = initial.await();
            engine.set(new RuleEngine(base, limits, this.workers));
            log.info("Rule set {} ({}) loaded from {}: {} rules in {} ms (built in the background, waited {} ms), "
                            + "evaluations limited to {} ms and {} firings per household", base.label(), base.version(),
                    base.dir(), base.ruleCount(), base.buildMillis(), (System.nanoTime() - waitStart) / 1_000_000,
                    limits.timeout().toMillis(), limits.maxFiringsPerHousehold());
        }
        return engine.get();
    }

    /** Evaluates a household for every program as of {@code asOf}, without storing anything. */
    public EvaluationResult evaluate(HouseholdFacts facts, LocalDate asOf) {
        return engine().evaluate(facts, asOf);
    }

    /** Evaluates many households as of one date (bulk re-evaluation). */
    public List<EvaluationResult> evaluateAll(List<HouseholdFacts> facts, LocalDate asOf) {
        return engine().evaluateAll(facts, asOf);
    }

    /**
     * <b>The chunked facts reader</b> of bulk work (re-evaluation, the policy impact run): the facts of the households
     * of {@code scope} after {@code afterId} (keyset, by id, at most {@code size}), as of {@code asOf}, each built by
     * {@link HouseholdFactsMapper#toFacts} from the same household view and the same assessment the single-household
     * path ({@link #evaluateHousehold}) uses — in three queries for the whole chunk (households, their members, their
     * assessments), never one per household. Households without any assessment cannot be evaluated and are listed
     * apart. Continue with {@link FactsChunk#lastId()} as the next {@code afterId}; evaluate with {@link #evaluateAll}.
     *
     * <p>No caller check: a bulk job's door checks the act and area when the job starts (the chunks run later on the
     * job executor, without a signed-in user).
     */
    @Transactional(readOnly = true)
    public FactsChunk factsChunk(Jurisdiction scope, long afterId, int size, LocalDate asOf) {
        return factsChunk(scope, afterId, Long.MAX_VALUE, size, asOf);
    }

    /** The same, bounded above by {@code upToId} (inclusive): a chunk planned in advance. */
    @Transactional(readOnly = true)
    public FactsChunk factsChunk(Jurisdiction scope, long afterId, long upToId, int size, LocalDate asOf) {
        List<HouseholdView> chunk = householdChunks.chunk(scope, afterId, upToId, size);
        Map<Long, AssessmentView> surveys = assessmentChunks.forEvaluation(chunk.stream().map(HouseholdView::id).toList(), asOf);
        List<FactsChunk.Entry> entries = new java.util.ArrayList<>(chunk.size());
        List<Long> unassessed = new java.util.ArrayList<>();
        for (HouseholdView h : chunk) {
            AssessmentView a = surveys.get(h.id());
            if (a == null) {
                unassessed.add(h.id());
            } else {
                entries.add(new FactsChunk.Entry(h.id(), h.code(), h.communeCode(), h.districtCode(), h.officialPovertyStatus() == null ? null : h.officialPovertyStatus().name(),
                        HouseholdFactsMapper.toFacts(h, a, asOf)));
            }
        }
        return new FactsChunk(entries, unassessed, chunk.isEmpty() ? afterId : chunk.get(chunk.size() - 1).id(), chunk.size());
    }

    /**
     * Evaluates many households as of one date with the rule base built from {@code dir} (the policy workbench's
     * impact run: the version in force and a draft side by side). {@code treeHash} names the folder's content: the
     * rule base is built once per tree hash and kept in a small cache ({@value #FOLDER_CACHE} rule bases, the least
     * recently used forgotten), so the chunks of one run share it. A folder that does not compile throws
     * {@link vn.ansinh.eligibility.engine.RuleSetException} with the findings. Nothing is stored; the caller checks
     * its own act (the background job runs without a signed-in user).
     */
    public List<EvaluationResult> evaluateAll(Path dir, String treeHash, List<HouseholdFacts> facts, LocalDate asOf) {
        return engineOf(dir, treeHash).evaluateAll(facts, asOf);
    }

    /** The label and content hash of the rule base of {@code dir} (built or taken from the cache as above). */
    public EvaluationResult.RuleSetRef ruleSetOf(Path dir, String treeHash) {
        RuleBase base = engineOf(dir, treeHash).ruleBase();
        return new EvaluationResult.RuleSetRef(base.version(), base.label());
    }

    /**
     * The first day the rule base of {@code dir} decides (its {@code ruleset.yaml}'s coveredFrom): from the cached rule
     * base when it is built, otherwise read from the file without building anything (a request need not wait for a
     * compilation; a folder that does not build is refused when it is evaluated).
     */
    public LocalDate coveredFrom(Path dir, String treeHash) {
        java.util.Objects.requireNonNull(treeHash, "treeHash");
        synchronized (folderEngines) {
            RuleEngine cached = folderEngines.get(treeHash);
            if (cached != null) {
                return cached.ruleBase().coveredFrom();
            }
        }
        return RuleBase.coveredFrom(dir);
    }

    /**
     * The findings that refuse {@code dir}, empty when it builds (then it is kept in the cache for
     * {@link #evaluateAll(Path, String, List, LocalDate)}).
     */
    public List<String> prepare(Path dir, String treeHash) {
        try {
            engineOf(dir, treeHash);
            return List.of();
        } catch (vn.ansinh.eligibility.engine.RuleSetException e) {
            return e.problems();
        }
    }

    /**
     * Whether an evaluation that threw {@code e} may succeed when tried again: the rule workers were busy, the wait was
     * interrupted, or it ran out of time with no rule firing (a slow machine) — not the rules refusing the facts.
     */
    public static boolean worthRetrying(RuntimeException e) {
        return e instanceof vn.ansinh.eligibility.engine.EvaluationLimitException limit && limit.rule() == null;
    }

    static final int FOLDER_CACHE = 4;
    private final Map<String, RuleEngine> folderEngines = new java.util.LinkedHashMap<>(8, 0.75f, true);

    private RuleEngine engineOf(Path dir, String treeHash) {
        java.util.Objects.requireNonNull(treeHash, "treeHash");
        synchronized (folderEngines) {
            RuleEngine cached = folderEngines.get(treeHash);
            if (cached != null) {
                return cached;
            }
            RuleEngine built = new RuleEngine(RuleSetValidation.validate(dir, limits).orThrow(), limits, workers);
            folderEngines.put(treeHash, built);
            if (folderEngines.size() > FOLDER_CACHE) {
                var eldest = folderEngines.entrySet().iterator().next();
                folderEngines.remove(eldest.getKey());
                eldest.getValue().ruleBase().dispose();
            }
            log.info("Rule set {} built from {} for batch evaluation in {} ms", built.ruleBase().label(), dir,
                    built.ruleBase().buildMillis());
            return built;
        }
    }

    /** A numeric parameter of {@code rules/parameters/} in force on {@code asOf}, or null when none is. */
    public BigDecimal parameter(String name, LocalDate asOf) {
        return engine().ruleBase().parameters().number(name, asOf);
    }

    /** A parameter's value in force on {@code asOf} (number, text, date or list) with its legal reference. */
    public Optional<ParameterTable.Value> parameterValue(String name, LocalDate asOf) {
        return Optional.ofNullable(engine().ruleBase().parameters().value(name, asOf));
    }

    /** The same value as text (e.g. the name of the poverty standard in force), for modules that only show it. */
    public Optional<String> parameterText(String name, LocalDate asOf) {
        return parameterValue(name, asOf).map(v -> String.valueOf(v.value()));
    }

    /** The social-assistance base level (mức chuẩn) in force on a day, e.g. the first day of a payment month. */
    public long socialAllowanceBaseLevel(LocalDate day) {
        BigDecimal level = parameter("sa.base_level", day);
        if (level == null) {
            throw new IllegalArgumentException("No social-assistance base level in force on " + day);
        }
        return level.longValueExact();
    }

    /** Version (content hash) and label of the rule set in use. */
    public EvaluationResult.RuleSetRef ruleSet() {
        RuleBase base = engine().ruleBase();
        return new EvaluationResult.RuleSetRef(base.version(), base.label());
    }

    /** The rule base in use (policy workbench: rule count, build time, parameters). */
    public RuleBase ruleBase() {
        return engine().ruleBase();
    }

    /** The folder the rule base in force was built from. */
    public Path ruleSetFolder() {
        return engine().ruleBase().dir();
    }

    /**
     * Rebuilds the rule base from disk and swaps it in; when the new rules are invalid the old ones stay and
     * {@link vn.ansinh.eligibility.engine.RuleSetException} lists every problem with file and line.
     */
    public synchronized EvaluationResult.RuleSetRef reload() {
        permissions.require(Act.RELOAD_RULES, "ruleset", null);
        RuleEngine fresh = new RuleEngine(RuleSetValidation.validate(rulesDir, limits).orThrow(), limits, workers);
        engine();
        RuleEngine old = engine.getAndSet(fresh);
        old.ruleBase().dispose();
        events.publishEvent(AuditEvent.of("RULES_RELOADED", "ruleset", fresh.ruleBase().label(), fresh.ruleBase().version()));
        return ruleSet();
    }

    /**
     * The check every rule set passes before use (start-up, reload, the policy workbench's draft folder): findings
     * with file, line and message, empty when {@code dir} would be accepted. Nothing of it is used or kept.
     */
    public List<Finding> validateRules(Path dir) {
        RuleSetValidation.Result result = RuleSetValidation.validate(dir, limits);
        if (result.accepted()) {
            result.ruleBase().dispose();
        }
        return result.findings();
    }

    /**
     * Builds the rule base of {@code dir} off to the side and swaps it in at once (policy workbench publishing):
     * an evaluation takes the rule base once at its start, so requests in flight finish on the old one and none
     * fails. Decisions record {@code versionLabel}. When {@code dir} is refused the rules in force stay and
     * {@link vn.ansinh.eligibility.engine.RuleSetException} lists the findings. Called by the system (a scheduled
     * publication fires without a user), so the caller checks the permission.
     */
    public synchronized EvaluationResult.RuleSetRef activate(Path dir, String versionLabel) {
        RuleBase base = RuleSetValidation.validate(dir, limits).orThrow().labelled(versionLabel);
        engine();
        RuleEngine old = engine.getAndSet(new RuleEngine(base, limits, workers));
        if (old != null && old.ruleBase() != base) {
            old.ruleBase().dispose();
        }
        log.info("Rule set {} ({}) activated from {}", base.label(), base.version(), dir);
        events.publishEvent(AuditEvent.of("RULES_ACTIVATED", "ruleset", versionLabel, base.version()));
        return ruleSet();
    }

    /** Gives the rule base in force another label without rebuilding it (its folder is the version's content). */
    public synchronized EvaluationResult.RuleSetRef relabel(String versionLabel) {
        RuleEngine current = engine();
        engine.set(new RuleEngine(current.ruleBase().labelled(versionLabel), limits, workers));
        return ruleSet();
    }

    /** The findings of {@code dir} and, when it compiles, the outcome of each of its scenarios — from one build. */
    public RuleSetCheck check(Path dir) {
        RuleSetValidation.Result result = RuleSetValidation.validate(dir, limits);
        if (!result.accepted()) {
            return new RuleSetCheck(result.findings().stream()
                    .map(f -> new RuleSetCheck.Problem(f.file(), f.line(), f.message())).toList(), List.of());
        }
        try {
            Path tests = dir.resolve("tests");
            List<ScenarioRunner.Scenario> scenarios = java.nio.file.Files.isDirectory(tests) ? ScenarioRunner.load(tests) : List.of();
            List<RuleSetCheck.Scenario> outcomes = new ScenarioRunner()
                    .run(new RuleEngine(result.ruleBase(), limits, workers), scenarios).stream()
                    .map(r -> new RuleSetCheck.Scenario("tests/" + r.scenario().file(), r.scenario().name(),
                            r.passed(), r.mismatches()))
                    .toList();
            return new RuleSetCheck(List.of(), outcomes);
        } finally {
            result.ruleBase().dispose();
        }
    }

    /** Points reloads at another folder (tests reload a copy); the rules in force change only on {@link #reload()}. */
    void useRulesDir(Path dir) {
        this.rulesDir = dir;
    }

    /** Runs every scenario of {@code rules/tests/} against the rule set in use. */
    public List<ScenarioRunner.Result> runScenarios() {
        return new ScenarioRunner().run(engine(), ScenarioRunner.load(rulesDir.resolve("tests")));
    }

    /** Evaluates a registered household's current data as of {@code asOf} and stores the decision. */
    @Transactional
    public StoredDecision evaluateHousehold(long householdId, LocalDate asOf) {
        HouseholdView household = households.get(householdId);
        permissions.require(Act.STORE_EVALUATION, "household", householdId);
        HouseholdFacts facts = HouseholdFactsMapper.toFacts(household, assessmentFor(householdId, asOf), asOf);
        EvaluationResult result = evaluate(facts, asOf);
        String by = currentUser.find().map(u -> u.username()).orElse("system");
        Decision saved = decisions.save(new Decision(householdId, asOf, by, result,
                json.writeValueAsString(facts), json.writeValueAsString(result)));
        events.publishEvent(AuditEvent.of("ELIGIBILITY_DECIDED", "household", householdId,
                "decision " + saved.id() + " as of " + asOf + ", rules " + result.ruleSet().label()));
        return view(saved);
    }

    /** The single-household path's facts (the caller's area applies): what {@link #evaluateHousehold} evaluates. */
    @Transactional(readOnly = true)
    HouseholdFacts factsOf(long householdId, LocalDate asOf) {
        return HouseholdFactsMapper.toFacts(households.get(householdId), assessmentFor(householdId, asOf), asOf);
    }

    /**
     * A case's assessment decided: the household and survey exactly as the officer confirmed them, evaluated as of
     * {@code asOf} and stored as the one decision record (inputs, result, rule-set version) the case then keeps by id.
     * Called by casework's door for the actor it acts for: their role must store evaluations and the registered
     * household must lie within their area (404 otherwise, audited).
     */
    @Transactional
    public StoredEvaluation evaluateHousehold(HouseholdView asAssessed, AssessmentView assessment, LocalDate asOf,
                                              Role role, Jurisdiction within, String by) {
        long householdId = asAssessed.id();
        if (households.findWithin(householdId, within).isEmpty()) {
            throw refused("household", householdId);
        }
        permissions.require(Act.STORE_EVALUATION, role, "household", householdId);
        HouseholdFacts facts = HouseholdFactsMapper.toFacts(asAssessed, assessment, asOf);
        EvaluationResult result = evaluate(facts, asOf);
        Decision saved = decisions.save(new Decision(householdId, asOf, by, result,
                json.writeValueAsString(facts), json.writeValueAsString(result)));
        events.publishEvent(AuditEvent.of("ELIGIBILITY_DECIDED", "household", householdId,
                "decision " + saved.id() + " as of " + asOf + ", rules " + result.ruleSet().label()));
        return new StoredEvaluation(saved.id(), result);
    }

    /**
     * A scenario for {@code tests/} made of a registered household the caller may see: its facts as of {@code asOf}
     * without names or register ids, and the outputs of the rule set in force as the expected values to adjust.
     */
    @Transactional(readOnly = true)
    public String scenarioOf(long householdId, LocalDate asOf, String name) {
        HouseholdView household = households.get(householdId);
        HouseholdFacts facts = HouseholdFactsMapper.toFacts(household, assessmentFor(householdId, asOf), asOf);
        return ScenarioWriter.entry(name, asOf, facts, evaluate(facts, asOf));
    }

    /** The newest stored decision of a household the caller may see (404 outside the caller's jurisdiction). */
    @Transactional(readOnly = true)
    public Optional<StoredDecision> latestDecision(long householdId) {
        visible(householdId);
        return decisions.findFirstByHouseholdIdOrderByEvaluatedAtDescIdDesc(householdId).map(this::view);
    }

    /** The last stored decisions of a household the caller may see, newest first. */
    @Transactional(readOnly = true)
    public List<StoredDecision> decisions(long householdId) {
        visible(householdId);
        return decisions.findTop20ByHouseholdIdOrderByEvaluatedAtDescIdDesc(householdId).stream().map(this::view).toList();
    }

    /** A stored decision; 404 when it does not exist or its household is outside the caller's jurisdiction. */
    @Transactional(readOnly = true)
    public StoredDecision decision(long decisionId) {
        return decision(decisionId, currentUser.jurisdiction());
    }

    /** The same for a door acting for an actor of its own (casework): 404 outside {@code within}. */
    @Transactional(readOnly = true)
    public StoredDecision decision(long decisionId, Jurisdiction within) {
        Decision d = decisions.findById(decisionId).orElseThrow(() -> refused("decision", decisionId));
        if (households.findWithin(d.householdId(), within).isEmpty()) {
            throw refused("decision", decisionId);
        }
        return view(d);
    }

    /** The stored decision "as decided" next to the same inputs evaluated under today's rule set. */
    @Transactional(readOnly = true)
    public DecisionComparison rerun(long decisionId) {
        return rerun(decisionId, currentUser.jurisdiction());
    }

    /** The same for a door acting for an actor of its own (casework's appeal review): 404 outside {@code within}. */
    @Transactional(readOnly = true)
    public DecisionComparison rerun(long decisionId, Jurisdiction within) {
        StoredDecision decided = decision(decisionId, within);
        EvaluationResult today = evaluate(decided.input(), decided.asOf());
        Map<String, Object> todayMap = json.convertValue(today, MAP);
        List<String> before = DecisionSummary.of(decided.result());
        List<String> after = DecisionSummary.of(todayMap);
        return new DecisionComparison(decided, todayMap, today.ruleSet().version().equals(decided.ruleSetVersion()),
                before, after, DecisionSummary.differences(before, after),
                DecisionSummary.changes(decided.result(), todayMap));
    }

    /**
     * The stored decision's inputs evaluated again under today's rule set as of the same date, as the engine's result
     * (for a door that takes one program's part of it); 404 outside {@code within}.
     */
    @Transactional(readOnly = true)
    public EvaluationResult underTodaysRules(long decisionId, Jurisdiction within) {
        StoredDecision decided = decision(decisionId, within);
        return evaluate(decided.input(), decided.asOf());
    }

    private void visible(long householdId) {
        if (households.findWithin(householdId, currentUser.jurisdiction()).isEmpty()) {
            throw refused("household_evaluations", householdId);
        }
    }

    private NotFoundException refused(String subjectType, long id) {
        events.publishEvent(AuditEvent.refusal("DECISION_ACCESS_REFUSED", subjectType, id, "not found in jurisdiction"));
        return new NotFoundException(subjectType + " " + id);
    }

    private AssessmentView assessmentFor(long householdId, LocalDate asOf) {
        List<AssessmentView> history = assessments.history(householdId);
        return history.stream().filter(a -> !a.assessedOn().isAfter(asOf))
                .max(Comparator.comparing(AssessmentView::assessedOn).thenComparing(AssessmentView::id))
                .or(() -> history.stream().findFirst())
                .orElseThrow(() -> new InvalidInput(List.of(new FieldError("assessment", TEXTS.text("eligibility.assessment.missing")))));
    }

    private StoredDecision view(Decision d) {
        return new StoredDecision(d.id(), d.householdId(), d.asOf(), d.evaluatedAt(), d.evaluatedBy(),
                d.ruleSetVersion(), d.ruleSetLabel(), json.readValue(d.inputSnapshot(), HouseholdFacts.class),
                json.readValue(d.result(), MAP));
    }
}
