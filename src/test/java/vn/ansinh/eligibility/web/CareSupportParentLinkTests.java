package vn.ansinh.eligibility.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import vn.ansinh.assessment.AssessmentForm;
import vn.ansinh.assessment.AssessmentManagement;
import vn.ansinh.assessment.HousingCondition;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.TestHouseholds;

/** Care support for a disabled parent counts only that person's own young children: by parentIds, or the register's relations. */
class CareSupportParentLinkTests extends IntegrationTest {

    private static final String OFFICER = "canbo.vuphuc";

    @Autowired
    AssessmentManagement assessments;

    @Test
    void withoutAParentLinkNoChildIsPresumedAndTheReasonSaysWhatIsMissing() throws Exception {
        mvc.perform(post("/api/eligibility/evaluate").with(httpBasic(OFFICER, OFFICER)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"asOf":"2024-08-01","household":{"id":"H","area":"RURAL","monthlyIncomePerCapita":3000000,
                                 "members":[{"id":"G1","birthDate":"1957-03-01","disability":"SEVERE"},
                                            {"id":"C1","birthDate":"2023-06-15"}]}}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.careSupport[0].memberId").value("G1"))
                .andExpect(jsonPath("$.careSupport[0].eligible").value(false))
                .andExpect(jsonPath("$.careSupport[0].monthlyAmount").value(0))
                .andExpect(jsonPath("$.careSupport[0].reasons[?(@.code == 'CARE-PARENT-LINK-MISSING')].passed").value(false))
                .andExpect(jsonPath("$.careSupport[0].reasons[?(@.code == 'CARE-PARENT-LINK-MISSING')].message.vi",
                        org.hamcrest.Matchers.hasItem(containsString("chưa ghi cha/mẹ"))));

        mvc.perform(post("/api/eligibility/evaluate").with(httpBasic(OFFICER, OFFICER)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"asOf":"2024-08-01","household":{"id":"H","area":"RURAL","monthlyIncomePerCapita":3000000,
                                 "members":[{"id":"G1","birthDate":"1957-03-01","disability":"SEVERE"},
                                            {"id":"C1","birthDate":"2023-06-15","parentIds":["C1"]}]}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("household.members[1].parentIds[0]"));
    }

    @Test
    void aRegisteredGrandmotherLivingWithHerGrandchildIsNotPaidAsAParentButAMotherWithHerOwnInfantIs() throws Exception {
        long grandmother = registered("""
                {"fullName":"Vũ Thị Bà","sex":"FEMALE","birthDate":"1957-03-01","relation":"HEAD","disability":"SEVERE"},
                {"fullName":"Vũ Thị Mẹ","sex":"FEMALE","birthDate":"1996-05-01","relation":"CHILD"},
                {"fullName":"Vũ Văn Cháu","sex":"MALE","birthDate":"2023-06-15","relation":"GRANDCHILD"}""");
        String result = evaluate(grandmother);
        List<Object> care = JsonPath.read(result, "$.result.careSupport");
        org.assertj.core.api.Assertions.assertThat(care).isEmpty();
        List<Object> links = JsonPath.read(result, "$.input.members[2].parentIds");
        org.assertj.core.api.Assertions.assertThat(links).hasSize(1);

        long mother = registered("""
                {"fullName":"Vũ Thị Lan","sex":"FEMALE","birthDate":"1996-05-01","relation":"HEAD","disability":"SEVERE"},
                {"fullName":"Vũ Văn Bé","sex":"MALE","birthDate":"2023-06-15","relation":"CHILD"}""");
        String own = evaluate(mother);
        org.assertj.core.api.Assertions.assertThat((Object) JsonPath.read(own, "$.result.careSupport[0].coefficient"))
                .hasToString("1.5");
    }

    private long registered(String members) throws Exception {
        String body = """
                {"headName":"%s","address":"Số 2","communeCode":"12466","village":"Thôn %s","agricultural":true,"members":[%s]}"""
                .formatted(JsonPath.read("[" + members + "]", "$[0].fullName"), TestHouseholds.uniqueCccd(), members);
        String created = mvc.perform(post("/api/households").with(httpBasic(OFFICER, OFFICER))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        AssessmentForm form = new AssessmentForm();
        form.setAssessedOn(LocalDate.of(2024, 7, 10));
        form.setMonthlyIncomePerCapita(3_000_000L);
        form.setDeprivations(List.of());
        form.setHousingCondition(HousingCondition.SOUND);
        assessments.recordUnchecked(id, form, "test");
        return id;
    }

    private String evaluate(long household) throws Exception {
        return mvc.perform(post("/api/households/" + household + "/evaluations").with(httpBasic(OFFICER, OFFICER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"asOf\":\"2024-08-01\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }
}
