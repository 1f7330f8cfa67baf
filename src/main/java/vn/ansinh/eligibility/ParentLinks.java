package vn.ansinh.eligibility;

import java.util.List;
import vn.ansinh.household.MemberView;
import vn.ansinh.household.Relation;

/**
 * The parent links a register states through each member's relation to the head: the head's child is the child
 * of the head and the head's spouse; a grandchild is the child of the head's child only when one child of the
 * head can be the parent (exactly one at least {@value #PARENT_GAP_YEARS} years older). Nothing else is presumed —
 * a grandchild whose parent is the head's child-in-law, or one of several children, gets no link.
 */
final class ParentLinks {

    /** Plausibility of a register entry, not a legal threshold: who could be a grandchild's parent. */
    static final int PARENT_GAP_YEARS = 15;

    private ParentLinks() {
    }

    static List<String> of(MemberView member, List<MemberView> household) {
        if (member.relation() == Relation.CHILD) {
            return ids(household.stream().filter(m -> m.relation() == Relation.HEAD || m.relation() == Relation.SPOUSE));
        }
        if (member.relation() == Relation.GRANDCHILD && member.birthDate() != null) {
            List<String> candidates = ids(household.stream().filter(m -> m.relation() == Relation.CHILD
                    && m.birthDate() != null && !m.birthDate().plusYears(PARENT_GAP_YEARS).isAfter(member.birthDate())));
            return candidates.size() == 1 ? candidates : List.of();
        }
        return List.of();
    }

    private static List<String> ids(java.util.stream.Stream<MemberView> members) {
        return members.map(m -> String.valueOf(m.id())).toList();
    }
}
