package vn.ansinh.reporting;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ansinh.support.IntegrationTest;

class PlanPageTests extends IntegrationTest {

    @Autowired org.springframework.context.ApplicationContext context;

    @Autowired UserDetailsService users;

    @BeforeEach
    void register() {
        PlanFixture.ensureLoaded(context);
    }

    @Test
    void listsTheHouseholdsBehindAFigureOnlyWithinTheOfficersCommune() throws Exception {
        String makeshift = PlanFixture.HOUSEHOLDS.indexOf(PlanFixture.in(PlanFixture.COMMUNE).stream()
                .filter(h -> h.housing() == vn.ansinh.assessment.HousingCondition.MAKESHIFT_DILAPIDATED).findFirst()
                .orElseThrow()) + 1 + "";
        mvc.perform(get("/plan/households").param("target", "MAKESHIFT_HOUSES").param("year", "2020")
                        .param("area", PlanFixture.COMMUNE).with(user(users.loadUserByUsername(PlanFixture.OFFICER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phạm Văn Kế " + makeshift + " (")))
                .andExpect(content().string(not(containsString("Phạm Văn Kế 1 ("))));
        mvc.perform(get("/plan/households").param("target", "MAKESHIFT_HOUSES").param("year", "2020")
                        .param("area", PlanFixture.OTHER_COMMUNE).with(user(users.loadUserByUsername(PlanFixture.OFFICER))))
                .andExpect(status().isForbidden());
    }

    @Test
    void badFiltersOnTheDashboardAnswer400InVietnamese() throws Exception {
        mvc.perform(get("/plan").param("year", "1999").param("area", "999").with(user(users.loadUserByUsername("policy"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Năm phải từ 2012")))
                .andExpect(content().string(containsString("Không có đơn vị hành chính với mã này.")));
        mvc.perform(get("/plan").param("year", "2016").param("area", "342").with(user(users.loadUserByUsername("policy"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Đông Trà")))
                .andExpect(content().string(containsString("Chưa có số liệu")))
                .andExpect(content().string(not(containsString("<script>"))));
    }

    @Test
    void theReportedFormIsProvinceWorkAndNamesTheFieldsInError() throws Exception {
        mvc.perform(get("/plan/reported").with(user(users.loadUserByUsername(PlanFixture.OFFICER))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/plan/reported").with(user(users.loadUserByUsername("policy"))).with(csrf())
                        .param("targetId", "LITERACY_2020").param("year", "2019").param("value", "abc").param("source", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Giá trị phải là số không âm.")))
                .andExpect(content().string(containsString("Cần ghi nguồn số liệu")));
        mvc.perform(post("/plan/reported").with(user(users.loadUserByUsername("policy"))).with(csrf())
                        .param("targetId", "LITERACY_2020").param("year", "2019").param("value", "99,5")
                        .param("source", "Báo cáo 7/BC-SGDĐT"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/plan/reported").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("99,5")))
                .andExpect(content().string(containsString("Báo cáo 7/BC-SGDĐT")))
                .andExpect(content().string(containsString("<td>1.2.2 — Tỷ lệ người từ 15 tuổi trở lên biết chữ</td>")))
                .andExpect(content().string(not(containsString(">LITERACY_2020<"))));
    }

    @Test
    void confirmingAFigureTwiceOnThePageAnswers409NotAServerError() throws Exception {
        String entered = mvc.perform(post("/api/plan/reported").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic("policy", "policy"))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"targetId\":\"FIXED_PHONES_2020\",\"year\":\"2018\",\"value\":31,\"source\":\"Báo cáo Sở TT&TT\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Number id = com.jayway.jsonpath.JsonPath.read(entered, "$.id");
        mvc.perform(post("/plan/reported/" + id + "/confirm").with(user(users.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/plan/reported/" + id + "/confirm").with(user(users.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Việc này đã được làm trước đó")));
    }
}
