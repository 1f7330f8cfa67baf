package vn.ansinh.eligibility.engine;

import vn.ansinh.eligibility.EvaluationResult;
import vn.ansinh.eligibility.facts.Allowance;
import vn.ansinh.eligibility.facts.CareSupport;
import vn.ansinh.eligibility.facts.FuneralSupport;
import vn.ansinh.eligibility.facts.HealthCover;
import vn.ansinh.eligibility.facts.HouseholdFact;
import vn.ansinh.eligibility.facts.MemberFact;
import vn.ansinh.eligibility.facts.Outcome;
import vn.ansinh.eligibility.facts.Params;
import vn.ansinh.eligibility.facts.PoorSubtype;
import vn.ansinh.eligibility.facts.Reason;
import vn.ansinh.eligibility.facts.PovertyStatus;
import vn.ansinh.eligibility.facts.ProgramOutcome;
import vn.ansinh.eligibility.facts.SocialPension;
import vn.ansinh.eligibility.facts.WordedValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the fired facts into the contract's response. The choices that depend on all candidates are made
 * here, after firing (STACK.md): the single highest allowance coefficient (Decree 20/2021 Art. 6(2)), the
 * highest health-insurance group (Decree 146/2018), and social pension only when higher (Law on SI 2024 Art. 21).
 */
final class ResultAssembler {

    private final EvaluationResult.RuleSetRef ruleSet;
    private final Params params;
    private final LocalDate asOf;
    private final long baseLevel;

    ResultAssembler(RuleBase ruleBase, Params params, LocalDate asOf) {
        this.ruleSet = new EvaluationResult.RuleSetRef(ruleBase.version(), ruleBase.label());
        this.params = params;
        this.asOf = asOf;
        this.baseLevel = params.has("sa.base_level") ? params.num("sa.base_level") : 0;
    }

    EvaluationResult assemble(HouseholdFact h, List<MemberFact> deceased) {
        List<EvaluationResult.SocialAllowance> allowances = new ArrayList<>(1);
        List<EvaluationResult.Care> care = new ArrayList<>(0);
        List<EvaluationResult.SocialPensionEntry> pensions = new ArrayList<>(0);
        List<EvaluationResult.HealthInsurance> health = new ArrayList<>(h.getMembers().size());
        for (MemberFact m : h.getMembers()) {
            long personal = allowances(m, allowances);
            careSupport(m, care);
            socialPension(m, personal, pensions);
            health.add(healthInsurance(m));
        }
        return new EvaluationResult(asOf, ruleSet, poverty(h), allowances, care, pensions, health,
                meritHousing(h.getMeritHousing()), poorHousing(h.getPoorHousing()), funerals(deceased));
    }

    /** The amount uses the base level and multiple in force on the day of death. */
    private List<EvaluationResult.Funeral> funerals(List<MemberFact> deceased) {
        List<EvaluationResult.Funeral> out = new ArrayList<>(deceased.size());
        for (MemberFact m : deceased) {
            FuneralSupport f = m.funeralSupport() == null ? new FuneralSupport(m) : m.funeralSupport();
            Params p = m.getParams();
            LocalDate died = m.getHousehold().getAsOf();
            long base = p.has("sa.base_level") ? p.num("sa.base_level") : 0;
            long grant = 0;
            if (f.isEligible() && p.has("funeral.base_multiple")) {
                long multiple = p.num("funeral.base_multiple");
                grant = base * multiple;
                f.pass("FS-AMOUNT", "multiple", multiple, "baseLevel", base, "amount", grant);
            } else if (!f.isEligible()) {
                f.fail("FS-NOT-BENEFICIARY", "deceasedOn", died, "age", m.getAge());
            }
            out.add(new EvaluationResult.Funeral(m.getId(), died, f.isEligible() && grant > 0, base, grant, f.getReasons()));
        }
        return out;
    }

    private EvaluationResult.Poverty poverty(HouseholdFact h) {
        PovertyStatus status = h.getPoverty().status();
        PoorSubtype subtype = status == PovertyStatus.POOR ? h.getPoverty().subtype() : null;
        return new EvaluationResult.Poverty(h.getStandard(), status, subtype, h.getDeprivationCount(), h.getPoverty().getReasons());
    }

    /** Adds the member's entries and returns the monthly amount of the personal (non per-child) allowance. */
    private long allowances(MemberFact m, List<EvaluationResult.SocialAllowance> out) {
        Allowance best = null;
        int personalCandidates = 0;
        for (Allowance a : m.allowances()) {
            if (a.isPerChild()) {
                out.add(entry(m, a, a.getChildren()));
            } else {
                personalCandidates++;
                if (best == null || a.getCoefficient() > best.getCoefficient()) {
                    best = a;
                }
            }
        }
        if (best == null) {
            return 0;
        }
        if (personalCandidates > 1) {
            StringBuilder others = new StringBuilder();
            StringBuilder othersVi = new StringBuilder();
            StringBuilder othersEn = new StringBuilder();
            for (Allowance a : m.allowances()) {
                if (!a.isPerChild() && a != best) {
                    String sep = others.isEmpty() ? "" : ", ";
                    others.append(sep).append(a.getCategory()).append(' ').append(a.getCoefficient());
                    othersVi.append(sep).append(Reason.categoryWords(a.getCategory(), true)).append(" (hệ số ")
                            .append(Reason.format(a.getCoefficient(), true)).append(')');
                    othersEn.append(sep).append(Reason.categoryWords(a.getCategory(), false)).append(" (coefficient ")
                            .append(Reason.format(a.getCoefficient(), false)).append(')');
                }
            }
            best.pass("SA-HIGHEST-ONLY", "category", best.getCategory(), "coefficient", best.getCoefficient(),
                    "others", new WordedValue(others.toString(), othersVi.toString(), othersEn.toString()));
        }
        EvaluationResult.SocialAllowance entry = entry(m, best, null);
        out.add(entry);
        return entry.monthlyAmount();
    }

    private EvaluationResult.SocialAllowance entry(MemberFact m, Allowance a, Integer children) {
        BigDecimal coefficient = BigDecimal.valueOf(a.getCoefficient());
        return new EvaluationResult.SocialAllowance(m.getId(), a.getCategory(), coefficient, baseLevel,
                amount(coefficient), children, a.getReasons());
    }

    private void careSupport(MemberFact m, List<EvaluationResult.Care> out) {
        CareSupport c = m.careSupport();
        if (c != null) {
            BigDecimal coefficient = BigDecimal.valueOf(c.getCoefficient());
            out.add(new EvaluationResult.Care(m.getId(), coefficient, amount(coefficient), c.getReasons(), c.isEligible()));
        }
    }

    private void socialPension(MemberFact m, long personalAllowance, List<EvaluationResult.SocialPensionEntry> out) {
        SocialPension sp = m.socialPension();
        if (sp == null) {
            return;
        }
        long amount = params.num("sp.amount");
        boolean paid = sp.isEligible()
                && sp.check("SP-HIGHER-BENEFIT", amount > personalAllowance, "socialPension", amount, "socialAllowance", personalAllowance);
        out.add(new EvaluationResult.SocialPensionEntry(m.getId(), sp.isEligible(), paid, amount, sp.getReasons()));
    }

    private EvaluationResult.HealthInsurance healthInsurance(MemberFact m) {
        HealthCover best = null;
        for (HealthCover c : m.healthCovers()) {
            if (best == null || c.getSupport().rank() > best.getSupport().rank()) {
                best = c;
            }
        }
        if (best == null) {
            best = new HealthCover(m, "NONE");
            best.fail("HI-NO-GROUP", "age", m.getAge());
        }
        return new EvaluationResult.HealthInsurance(m.getId(), best.getSupport(), best.getReasons());
    }

    private EvaluationResult.MeritHousing meritHousing(ProgramOutcome p) {
        Outcome outcome = p.outcome();
        String type = outcome == Outcome.NOT_APPLICABLE ? null : p.supportType();
        long grant = outcome == Outcome.ELIGIBLE && type != null ? params.num("merit_housing.grant." + type.toLowerCase()) : 0;
        return new EvaluationResult.MeritHousing(outcome, type, grant, p.getReasons());
    }

    private EvaluationResult.PoorHousing poorHousing(ProgramOutcome p) {
        Outcome outcome = p.outcome();
        if (outcome != Outcome.ELIGIBLE) {
            return new EvaluationResult.PoorHousing(outcome, 0, 0, p.programme(), null, null, null, p.getReasons());
        }
        String prefix = "poor_housing." + p.programme() + ".";
        return new EvaluationResult.PoorHousing(outcome, optional(prefix + "loan_max"), optional(prefix + "grant"),
                p.programme(), BigDecimal.valueOf(params.coef(prefix + "interest_rate")),
                (int) params.num(prefix + "term_years"), (int) params.num(prefix + "grace_years"), p.getReasons());
    }

    private long optional(String name) {
        return params.has(name) ? params.num(name) : 0;
    }

    private long amount(BigDecimal coefficient) {
        return BigDecimal.valueOf(baseLevel).multiply(coefficient).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
