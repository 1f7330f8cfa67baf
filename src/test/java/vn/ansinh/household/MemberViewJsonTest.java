package vn.ansinh.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A member's groups are unwrapped: the household API and a case's stored snapshot keep one flat object, both ways. */
class MemberViewJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aMemberIsOneFlatObjectAndReadsBackTheSame() {
        MemberView member = new MemberView(7L, "Trần Thị Mẫu", Sex.FEMALE, LocalDate.of(1950, 3, 15), Relation.HEAD,
                "034150000001", null, new MemberView.Health(Disability.SEVERE, false, true),
                new MemberView.Merit(List.of("MC07"), 41), new MemberView.Childhood(null, false, true),
                new MemberView.Livelihood(true, false, true, false, true, false, true));
        String text = json.writeValueAsString(member);
        @SuppressWarnings("unchecked")
        Map<String, Object> flat = json.readValue(text, Map.class);
        assertThat(flat).containsOnlyKeys("id", "fullName", "sex", "birthDate", "relation", "cccd", "deceasedOn",
                "disability", "hivPositive", "pregnant", "meritCategories", "injuryRate", "orphanCase",
                "receivedChildAllowance", "studying", "hasPension", "hasMonthlySocialInsurance", "hasObligedSupporter",
                "singleParent", "caredForByHousehold", "socialPensionRequested", "communityCareTakenIn");
        assertThat(flat).containsEntry("disability", "SEVERE").containsEntry("injuryRate", 41)
                .containsEntry("communityCareTakenIn", true);
        assertThat(json.readValue(text, MemberView.class)).isEqualTo(member);
    }
}
