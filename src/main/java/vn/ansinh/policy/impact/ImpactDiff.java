package vn.ansinh.policy.impact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import vn.ansinh.eligibility.EvaluationResult;
import vn.ansinh.eligibility.facts.Reason;
import vn.ansinh.policy.ImpactChange.Flip;
import vn.ansinh.policy.ImpactChange.Side;

/**
 * The differences between two evaluations of one household (the version in force, then the draft), program by
 * program, in the evaluation contract's names. A member program (social allowance, care support, social pension,
 * health insurance, funeral support) is compared member by member; a household program (poverty, merit housing,
 * poor-household housing) for the household. Every compared decision is returned — the tally needs the unchanged
 * ones for the monthly cost — with {@link Compared#changed()} and, when it changed, the criteria that flipped.
 */
public final class ImpactDiff {

    public static final List<String> PROGRAMS = List.of("POVERTY", "SOCIAL_ALLOWANCE", "CARE_SUPPORT", "SOCIAL_PENSION",
            "HEALTH_INSURANCE", "MERIT_HOUSING", "POOR_HOUSING", "FUNERAL_SUPPORT");
    /** The programs paid every month: their amounts add up to the monthly cost. */
    public static final List<String> MONTHLY = List.of("SOCIAL_ALLOWANCE", "CARE_SUPPORT", "SOCIAL_PENSION");
    static final String NONE = "NONE";

    private ImpactDiff() {
    }

    /** One program's decision for one subject (the household or a member) under both versions. */
    public record Compared(String program, Long memberId, Side before, Side after, List<Flip> flipped) {

        public boolean changed() {
            return !before.equals(after);
        }
    }

    /** Every program's decisions of a household, before and after. */
    public static List<Compared> compare(EvaluationResult before, EvaluationResult after) {
        List<Compared> out = new ArrayList<>(8);
        household(out, "POVERTY", poverty(before), poverty(after));
        members(out, "SOCIAL_ALLOWANCE", allowance(before), allowance(after));
        members(out, "CARE_SUPPORT", care(before), care(after));
        members(out, "SOCIAL_PENSION", pension(before), pension(after));
        members(out, "HEALTH_INSURANCE", health(before), health(after));
        household(out, "MERIT_HOUSING", merit(before), merit(after));
        household(out, "POOR_HOUSING", poorHousing(before), poorHousing(after));
        members(out, "FUNERAL_SUPPORT", funeral(before), funeral(after));
        return out;
    }

    /** A side with the reasons that decided it. */
    record Decided(Side side, List<Reason> reasons) {
    }

    private static final Decided NOTHING = new Decided(new Side(NONE, 0, 0), List.of());

    private static void household(List<Compared> out, String program, Decided before, Decided after) {
        out.add(compared(program, null, before, after));
    }

    private static void members(List<Compared> out, String program, Map<String, Decided> before,
                                Map<String, Decided> after) {
        TreeSet<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        for (String id : ids) {
            out.add(compared(program, memberId(id), before.getOrDefault(id, NOTHING), after.getOrDefault(id, NOTHING)));
        }
    }

    private static Compared compared(String program, Long memberId, Decided before, Decided after) {
        boolean changed = !before.side().equals(after.side());
        return new Compared(program, memberId, before.side(), after.side(),
                changed ? flipped(before.reasons(), after.reasons()) : List.of());
    }

    /**
     * The criteria whose result differs (met before and not after, or the reverse, or checked on one side only);
     * when none did (an amount changed with a parameter), those whose compared values differ.
     */
    static List<Flip> flipped(List<Reason> before, List<Reason> after) {
        Map<String, Reason> was = byCode(before);
        Map<String, Reason> is = byCode(after);
        List<Flip> flips = new ArrayList<>();
        List<Flip> valueChanges = new ArrayList<>();
        for (Map.Entry<String, Reason> e : is.entrySet()) {
            Reason old = was.get(e.getKey());
            Reason now = e.getValue();
            if (old == null) {
                flips.add(new Flip(e.getKey(), null, now.isPassed(), now.getValues(), Map.of()));
            } else if (old.isPassed() != now.isPassed()) {
                flips.add(new Flip(e.getKey(), old.isPassed(), now.isPassed(), now.getValues(), old.getValues()));
            } else if (!Objects.equals(old.getValues(), now.getValues())) {
                valueChanges.add(new Flip(e.getKey(), old.isPassed(), now.isPassed(), now.getValues(), old.getValues()));
            }
        }
        for (Map.Entry<String, Reason> e : was.entrySet()) {
            if (!is.containsKey(e.getKey())) {
                flips.add(new Flip(e.getKey(), e.getValue().isPassed(), null, Map.of(), e.getValue().getValues()));
            }
        }
        return flips.isEmpty() ? valueChanges : flips;
    }

    private static Map<String, Reason> byCode(List<Reason> reasons) {
        Map<String, Reason> out = new LinkedHashMap<>();
        for (Reason r : reasons) {
            out.putIfAbsent(r.getCode(), r);
        }
        return out;
    }

    private static Long memberId(String id) {
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Decided poverty(EvaluationResult r) {
        EvaluationResult.Poverty p = r.poverty();
        if (p == null || p.status() == null) {
            return NOTHING;
        }
        String outcome = p.status().name() + (p.poorSubtype() == null ? "" : "_" + p.poorSubtype().name());
        return new Decided(new Side(outcome, 0, 0), p.reasons());
    }

    private static Map<String, Decided> allowance(EvaluationResult r) {
        Map<String, List<EvaluationResult.SocialAllowance>> byMember = new LinkedHashMap<>();
        for (EvaluationResult.SocialAllowance a : r.socialAllowance()) {
            byMember.computeIfAbsent(a.memberId(), k -> new ArrayList<>(1)).add(a);
        }
        Map<String, Decided> out = new LinkedHashMap<>();
        byMember.forEach((id, entries) -> {
            long amount = 0;
            List<String> categories = new ArrayList<>(entries.size());
            List<Reason> reasons = new ArrayList<>();
            for (EvaluationResult.SocialAllowance a : entries) {
                amount += a.monthlyAmount();
                categories.add(a.category());
                reasons.addAll(a.reasons());
            }
            out.put(id, new Decided(new Side(String.join("+", categories), amount, 0), reasons));
        });
        return out;
    }

    private static Map<String, Decided> care(EvaluationResult r) {
        Map<String, Decided> out = new LinkedHashMap<>();
        for (EvaluationResult.Care c : r.careSupport()) {
            out.putIfAbsent(c.memberId(), new Decided(new Side(c.eligible() ? "CARE" : "NOT_ELIGIBLE",
                    c.eligible() ? c.monthlyAmount() : 0, 0), c.reasons()));
        }
        return out;
    }

    private static Map<String, Decided> pension(EvaluationResult r) {
        Map<String, Decided> out = new LinkedHashMap<>();
        for (EvaluationResult.SocialPensionEntry p : r.socialPension()) {
            String outcome = p.eligible() ? (p.paid() ? "PAID" : "ELIGIBLE_NOT_PAID") : "NOT_ELIGIBLE";
            out.putIfAbsent(p.memberId(), new Decided(new Side(outcome, p.paid() ? p.monthlyAmount() : 0, 0), p.reasons()));
        }
        return out;
    }

    private static Map<String, Decided> health(EvaluationResult r) {
        Map<String, Decided> out = new LinkedHashMap<>();
        for (EvaluationResult.HealthInsurance h : r.healthInsurance()) {
            out.putIfAbsent(h.memberId(), new Decided(new Side(h.support() == null ? NONE : h.support().name(), 0, 0),
                    h.reasons()));
        }
        return out;
    }

    private static Decided merit(EvaluationResult r) {
        EvaluationResult.MeritHousing m = r.meritHousing();
        if (m == null || m.outcome() == null) {
            return NOTHING;
        }
        String outcome = m.outcome().name() + (m.supportType() == null || m.supportType().isBlank() ? "" : "_" + m.supportType());
        return new Decided(new Side(outcome, 0, m.grantAmount()), m.reasons());
    }

    private static Decided poorHousing(EvaluationResult r) {
        EvaluationResult.PoorHousing h = r.poorHousing();
        if (h == null || h.outcome() == null) {
            return NOTHING;
        }
        return new Decided(new Side(h.outcome().name(), 0, h.grantAmount()), h.reasons());
    }

    private static Map<String, Decided> funeral(EvaluationResult r) {
        Map<String, Decided> out = new LinkedHashMap<>();
        for (EvaluationResult.Funeral f : r.funeralSupport()) {
            out.putIfAbsent(f.memberId(), new Decided(new Side(f.eligible() ? "ELIGIBLE" : "NOT_ELIGIBLE", 0,
                    f.eligible() ? f.grantAmount() : 0), f.reasons()));
        }
        return out;
    }
}
