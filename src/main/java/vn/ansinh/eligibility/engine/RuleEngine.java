package vn.ansinh.eligibility.engine;

import vn.ansinh.eligibility.EvaluationResult;
import vn.ansinh.eligibility.HouseholdFacts;
import vn.ansinh.eligibility.HousingFacts;
import vn.ansinh.eligibility.MemberFacts;
import vn.ansinh.eligibility.facts.HouseholdFact;
import vn.ansinh.eligibility.facts.MemberFact;
import vn.ansinh.eligibility.facts.Params;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Evaluates households against one {@link RuleBase} with a stateless session: each batch inserts one
 * household fact and its member facts per household, fires, and the final choices (highest coefficient,
 * highest health group, higher of pension and allowance) are made in Java by {@link ResultAssembler}.
 * Thread-safe; usable without Spring.
 */
public final class RuleEngine {

    private final RuleBase ruleBase;

    public RuleEngine(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    public RuleBase ruleBase() {
        return ruleBase;
    }

    /** Evaluates one household as of {@code asOf}. */
    public EvaluationResult evaluate(HouseholdFacts household, LocalDate asOf) {
        return evaluateAll(List.of(household), asOf).get(0);
    }

    /** Evaluates many households as of one date in a single stateless execution. */
    public List<EvaluationResult> evaluateAll(List<HouseholdFacts> households, LocalDate asOf) {
        List<FieldError> tooFar = FactsValidator.validateAsOf(asOf);
        if (!tooFar.isEmpty()) {
            throw new InvalidFactsException(tooFar);
        }
        Params params = paramsFor(asOf);
        List<Object> facts = new ArrayList<>(households.size() * 4);
        List<HouseholdFact> roots = new ArrayList<>(households.size());
        for (HouseholdFacts h : households) {
            List<FieldError> errors = FactsValidator.validate(h, asOf, params);
            if (!errors.isEmpty()) {
                throw new InvalidFactsException(errors);
            }
            HouseholdFact fact = toFact(living(h, asOf), asOf, params);
            roots.add(fact);
            facts.add(fact);
            facts.addAll(fact.getMembers());
        }
        ruleBase.session().execute(facts);
        ResultAssembler assembler = new ResultAssembler(ruleBase, params, asOf);
        List<EvaluationResult> results = new ArrayList<>(roots.size());
        for (int i = 0; i < roots.size(); i++) {
            results.add(assembler.assemble(roots.get(i), funerals(households.get(i), asOf)));
        }
        return results;
    }

    /** The household without the members who died on or before asOf: they count for no program. */
    private static HouseholdFacts living(HouseholdFacts h, LocalDate asOf) {
        if (h.members().stream().noneMatch(m -> m.deadOn(asOf))) {
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
        List<MemberFact> deceased = new ArrayList<>(0);
        for (MemberFacts d : h.members()) {
            if (!d.deadOn(asOf) || d.deceasedOn().isBefore(ruleBase.coveredFrom())) {
                continue;
            }
            LocalDate day = d.deceasedOn();
            List<MemberFacts> thatDay = h.members().stream()
                    .filter(m -> m == d || (!m.birthDate().isAfter(day) && !m.deadOn(day)))
                    .toList();
            HouseholdFact fact = toFact(withMembers(h, thatDay), day, ruleBase.parameters().at(day));
            MemberFact dead = fact.getMembers().get(thatDay.indexOf(d));
            dead.markDeceased();
            List<Object> facts = new ArrayList<>(fact.getMembers().size() + 1);
            facts.add(fact);
            facts.addAll(fact.getMembers());
            ruleBase.session().execute(facts);
            deceased.add(dead);
        }
        return deceased;
    }

    /** Parameters in force on {@code asOf}; 422-worthy {@link NotCoveredException} before the rule set starts. */
    public Params paramsFor(LocalDate asOf) {
        if (asOf == null) {
            throw new InvalidFactsException(List.of(new FieldError("asOf", "Bắt buộc / required")));
        }
        if (asOf.isBefore(ruleBase.coveredFrom())) {
            throw new NotCoveredException(asOf, ruleBase.coveredFrom());
        }
        return ruleBase.parameters().at(asOf);
    }

    static HouseholdFact toFact(HouseholdFacts h, LocalDate asOf, Params params) {
        HousingFacts housing = h.housing();
        HouseholdFact fact = new HouseholdFact(h.id(), asOf, params, h.area(), h.monthlyIncomePerCapita(),
                Set.copyOf(h.deprivations()), h.officialPovertyStatus(), h.agricultural(), housing.condition(),
                housing.onProvincialMeritHousingList(), housing.residenceRegisteredOn(), housing.separatedSince(),
                housing.onPoorList2015(), housing.priorHousingSupportOn(), housing.disasterDamaged(),
                h.especiallyDifficultArea());
        for (MemberFacts m : h.members()) {
            new MemberFact(fact, m.id(), m.birthDate(), m.disability(), m.orphanCase(), m.receivedChildAllowance(),
                    m.studying(), m.hasPension(), m.hasMonthlySocialInsurance(), m.hasObligedSupporter(),
                    m.singleParent(), m.hivPositive(), m.meritCategories(), m.injuryRate(), m.caredForByHousehold(),
                    m.socialPensionRequested(), m.communityCareTakenIn(), m.pregnant());
        }
        return fact;
    }
}
