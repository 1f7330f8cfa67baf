package vn.ansinh.policy;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.http.MediaType;
import vn.ansinh.support.IntegrationTest;

/** The workbench's pages in both languages: the version in force as policy staff read it, a draft's editor and tests. */
class PolicyPageTests extends IntegrationTest {

    @Autowired UserDetailsService users;

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @Test
    void policyStaffBrowseTheVersionInForceAndEditADraftParameter() throws Exception {
        String versions = mvc.perform(get("/api/policy/versions").with(httpBasic("policy", "policy")))
                .andReturn().getResponse().getContentAsString();
        long inForce = ((Number) JsonPath.read(versions, "$[0].id")).longValue();
        mvc.perform(get("/policy").with(as("policy"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đang có hiệu lực")))
                .andExpect(content().string(not(containsString("IN_FORCE<"))));
        mvc.perform(get("/policy/versions/" + inForce).with(as("policy"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("sa.base_level")))
                .andExpect(content().string(containsString("Nghị định 76/2024/NĐ-CP")))
                .andExpect(content().string(containsString("01/07/2024")))
                .andExpect(content().string(containsString("500.000")))
                .andExpect(content().string(containsString("Chưa đối chiếu văn bản")))
                .andExpect(content().string(containsString("FS-01")))
                .andExpect(content().string(containsString("[Sập đổ hoặc hư hỏng nặng, Nhà tạm, dột nát]")))
                .andExpect(content().string(not(containsString("[COLLAPSED_OR_HEAVILY_DAMAGED"))));
        mvc.perform(get("/policy/versions/" + inForce).param("lang", "en").with(as("policy")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Parameters (dated)")))
                .andExpect(content().string(containsString("[Collapsed or heavily damaged, Makeshift, dilapidated]")));

        String created = mvc.perform(post("/api/policy/drafts").with(httpBasic("policy", "policy"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"basedOn\":" + inForce + ",\"label\":\"PG-" + Long.toString(System.nanoTime(), 36) + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long draft = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(post("/policy/drafts/" + draft + "/parameter").with(as("policy")).with(csrf())
                        .param("file", "parameters/social_allowance/base_level.yaml").param("name", "sa.base_level")
                        .param("from", "01/01/2028").param("value", "650000").param("reference", "Nghị định thử 2/2028/NĐ-CP"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", true));
        mvc.perform(get("/policy/versions/" + draft).with(as("policy"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("650.000")))
                .andExpect(content().string(containsString("01/01/2028")))
                .andExpect(content().string(containsString("Nghị định thử 2/2028/NĐ-CP")));
        mvc.perform(get("/policy/versions/" + draft + "/diff").param("with", String.valueOf(inForce))
                        .with(as("policy"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("parameters/social_allowance/base_level.yaml")))
                .andExpect(content().string(containsString("650.000")));
        mvc.perform(get("/policy/drafts/" + draft + "/edit").param("path", "programs/social_allowance/adults.drl")
                        .with(as("policy"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("codemirror")))
                .andExpect(content().string(containsString("data-mode=\"text/x-java\"")));
        mvc.perform(get("/policy/drafts/" + draft + "/tests").with(as("policy"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("chưa đạt")));
        mvc.perform(get("/policy").with(as("canbo.vuphuc"))).andExpect(status().isForbidden());
        // only the author edits a draft: another policy staff member sees no edit control (they would get 403)
        mvc.perform(get("/policy/versions/" + draft).with(as("policy"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"edit\"")))
                .andExpect(content().string(containsString("id=\"parameter-form\"")));
        mvc.perform(get("/policy/versions/" + draft).with(as("policy2"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"edit\""))))
                .andExpect(content().string(not(containsString("id=\"parameter-form\""))));
    }
}
