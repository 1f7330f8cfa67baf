package vn.ansinh.eligibility.engine;

import vn.ansinh.eligibility.EvaluationResult;
import vn.ansinh.eligibility.HouseholdFacts;
import vn.ansinh.eligibility.MemberFacts;
import vn.ansinh.eligibility.facts.HouseholdFact;
import vn.ansinh.eligibility.facts.MemberFact;
import vn.ansinh.eligibility.facts.Params;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;
import org.kie.internal.event.rule.RuleEventListener;
import org.kie.internal.event.rule.RuleEventManager;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Evaluates households against one {@link RuleBase} with a stateless session: each batch inserts one
 * household fact and its member facts per household, fires, and the final choices (highest coefficient,
 * highest health group, higher of pension and allowance) are made in Java by {@link ResultAssembler}.
 * Thread-safe; usable without Spring.
 */
public final class RuleEngine {

    private final RuleBase ruleBase;
    private final EvaluationLimits limits;
    private final RuleWorkers workers;

    public RuleEngine(RuleBase ruleBase) {
        this(ruleBase, EvaluationLimits.DEFAULT, RuleWorkers.shared());
    }

    public RuleEngine(RuleBase ruleBase, EvaluationLimits limits, RuleWorkers workers) {
        this.ruleBase = ruleBase;
        this.limits = limits;
        this.workers = workers;
    }

    public RuleBase ruleBase() {
        return ruleBase;
    }

    public EvaluationLimits limits() {
        return limits;
    }

    /** Evaluates one household as of {@code asOf}. */
    public EvaluationResult evaluate(HouseholdFacts household, LocalDate asOf) {
        return evaluateAll(Collections.singletonList(household), asOf).get(0);
    }

    /** Evaluates many households as of one date in a single stateless execution; the input is checked here, once. */
    public List<EvaluationResult> evaluateAll(List<HouseholdFacts> households, LocalDate asOf) {
        Params params = FactsValidator.check(households, asOf, this::paramsFor);
        List<HouseholdFact> roots = new ArrayList<>(households.size());
        List<Object> facts = facts(households, asOf, params, roots);
        fire(facts, households.size(), () -> facts(households, asOf, params, new ArrayList<>()));
        ResultAssembler assembler = new ResultAssembler(ruleBase, params, asOf);
        List<EvaluationResult> results = new ArrayList<>(roots.size());
        for (int i = 0; i < roots.size(); i++) {
            results.add(assembler.assemble(roots.get(i), funerals(households.get(i), asOf)));
        }
        return results;
    }

    /** The facts to insert for {@code households}: each household fact then its members; the roots are added to {@code roots}. */
    private static List<Object> facts(List<HouseholdFacts> households, LocalDate asOf, Params params, List<HouseholdFact> roots) {
        List<Object> facts = new ArrayList<>(households.size() * 4);
        for (HouseholdFacts h : households) {
            HouseholdFact fact = HouseholdFact.of(living(h, asOf), asOf, params);
            roots.add(fact);
            facts.add(fact);
            facts.addAll(fact.getMembers());
        }
        return facts;
    }

    private static boolean anyDead(HouseholdFacts h, LocalDate asOf) {
        for (MemberFacts m : h.members()) {
            if (m.deadOn(asOf)) {
                return true;
            }
        }
        return false;
    }

    /** The household without the members who died on or before asOf: they count for no program. */
    private static HouseholdFacts living(HouseholdFacts h, LocalDate asOf) {
        if (!anyDead(h, asOf)) {
            return h;
        }
        return withMembers(h, h.members().stream().filter(m -> !m.deadOn(asOf)).toList());
    }

    private static HouseholdFacts withMembers(HouseholdFacts h, List<MemberFacts> members) {
        return new HouseholdFacts(h.id(), h.area(), h.monthlyIncomePerCapita(), h.deprivations(),
                h.officialPovertyStatus(), h.agricultural(), h.housing(), members, h.especiallyDifficultArea());
    }

    /**
     * Each member who died on or before asOf is judged as of the day of death, in the household as it was
     * that day (members born by then and not yet dead), so the allowance they were receiving then decides.
     */
    private List<MemberFact> funerals(HouseholdFacts h, LocalDate asOf) {
        if (!anyDead(h, asOf)) {
            return List.of();
        }
        List<MemberFact> deceased = new ArrayList<>(0);
        for (MemberFacts d : h.members()) {
            if (!d.deadOn(asOf) || d.deceasedOn().isBefore(ruleBase.coveredFrom())) {
                continue;
            }
            LocalDate day = d.deceasedOn();
            List<MemberFacts> thatDay = h.members().stream()
                    .filter(m -> m == d || (!m.birthDate().isAfter(day) && !m.deadOn(day)))
                    .toList();
            HouseholdFacts household = withMembers(h, thatDay);
            int index = thatDay.indexOf(d);
            MemberFact[] dead = new MemberFact[1]; // the member of the first firing, whose facts the result reads
            Supplier<List<Object>> facts = () -> {
                HouseholdFact fact = HouseholdFact.of(household, day, ruleBase.parameters().at(day));
                MemberFact member = fact.getMembers().get(index);
                member.markDeceased();
                if (dead[0] == null) {
                    dead[0] = member;
                }
                List<Object> out = new ArrayList<>(fact.getMembers().size() + 1);
                out.add(fact);
                out.addAll(fact.getMembers());
                return out;
            };
            fire(facts.get(), 1, facts);
            deceased.add(dead[0]);
        }
        return deceased;
    }

    /**
     * Inserts the facts into a pooled session and fires on a rule worker, at most {@code maxFiringsPerHousehold}
     * rules per household and for at most the time limit; either limit stops the evaluation with
     * {@link EvaluationLimitException} naming the rule that was firing (the time limit) or the rule that fired most
     * (the firing limit: found by firing fresh facts from {@code again} once more, counting, so that the usual
     * evaluation pays no count per firing).
     */
    private void fire(List<Object> facts, int households, Supplier<List<Object>> again) {
        long max = Math.min(Integer.MAX_VALUE - 1L, (long) limits.maxFiringsPerHousehold() * households);
        LastFired last = new LastFired();
        int fired = fire(facts, (int) max + 1, last);
        if (fired > max) {
            MostFired most = new MostFired();
            fire(again.get(), (int) max + 1, most);
            throw EvaluationLimitException.firedTooOften(max, most.name());
        }
    }

    private int fire(List<Object> facts, int maxFirings, NamingListener listener) {
        KieSession session = ruleBase.newSession();
        // The engine's own hook before each firing (no event object per match created or fired, as an agenda listener costs)
        RuleEventManager events = (RuleEventManager) session;
        events.addEventListener(listener);
        return workers.run(() -> {
            try {
                for (Object f : facts) {
                    session.insert(f);
                }
                return session.fireAllRules(maxFirings);
            } finally {
                events.removeEventListener(listener);
                session.dispose();
            }
        }, limits, session::halt, listener::name);
    }

    /** Names a rule once an evaluation is stopped. */
    private abstract static class NamingListener implements RuleEventListener {
        abstract String name();
    }

    /** The rule firing last: one field written per firing (read by the caller's thread only after a time-out). */
    private static final class LastFired extends NamingListener {

        private volatile Rule last;

        @Override
        public void onBeforeMatchFire(Match match) {
            last = match.getRule();
        }

        @Override
        String name() {
            Rule rule = last;
            return rule == null ? null : rule.getName();
        }
    }

    /** Counts firings per rule, to name the one that fired most. */
    private static final class MostFired extends NamingListener {

        private final Map<String, Integer> counts = new HashMap<>();

        @Override
        public synchronized void onBeforeMatchFire(Match match) {
            counts.merge(match.getRule().getName(), 1, Integer::sum);
        }

        @Override
        synchronized String name() {
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        }
    }

    /** Parameters in force on {@code asOf}; 422-worthy {@link NotCoveredException} before the rule set starts. */
    public Params paramsFor(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        if (asOf.isBefore(ruleBase.coveredFrom())) {
            throw new NotCoveredException(asOf, ruleBase.coveredFrom());
        }
        return ruleBase.parameters().at(asOf);
    }
}
