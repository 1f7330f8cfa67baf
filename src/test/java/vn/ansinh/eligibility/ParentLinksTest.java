package vn.ansinh.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ansinh.household.Disability;
import vn.ansinh.household.MemberView;
import vn.ansinh.household.Relation;

/** Parent links a registered household states through the relation to the head, and nothing presumed beyond them. */
class ParentLinksTest {

    private static MemberView member(long id, Relation relation, String born) {
        return new MemberView(id, "M" + id, null, LocalDate.parse(born), relation, null, null,
                new MemberView.Health(Disability.NONE, false, false), new MemberView.Merit(List.of(), null),
                new MemberView.Childhood(null, false, false),
                new MemberView.Livelihood(false, false, false, false, false, false, false));
    }

    @Test
    void theHeadsChildIsTheChildOfTheHeadAndTheSpouse() {
        MemberView head = member(1, Relation.HEAD, "1990-01-01");
        MemberView spouse = member(2, Relation.SPOUSE, "1991-01-01");
        MemberView child = member(3, Relation.CHILD, "2023-06-15");
        MemberView grandmother = member(4, Relation.PARENT, "1960-01-01");
        List<MemberView> household = List.of(head, spouse, child, grandmother);

        assertThat(ParentLinks.of(child, household)).containsExactly("1", "2");
        assertThat(ParentLinks.of(head, household)).isEmpty();
        assertThat(ParentLinks.of(grandmother, household)).isEmpty();
    }

    @Test
    void aGrandchildIsLinkedOnlyToTheOneChildOfTheHeadWhoCanBeTheParent() {
        MemberView head = member(1, Relation.HEAD, "1957-03-01");
        MemberView daughter = member(2, Relation.CHILD, "1996-05-01");
        MemberView youngSon = member(3, Relation.CHILD, "2015-01-01");
        MemberView grandchild = member(4, Relation.GRANDCHILD, "2023-06-15");
        assertThat(ParentLinks.of(grandchild, List.of(head, daughter, youngSon, grandchild))).containsExactly("2");

        MemberView son = member(5, Relation.CHILD, "1994-02-01");
        assertThat(ParentLinks.of(grandchild, List.of(head, daughter, son, grandchild)))
                .as("two children of the head could be the parent: not determinable").isEmpty();
        assertThat(ParentLinks.of(grandchild, List.of(head, grandchild))).isEmpty();
    }
}
