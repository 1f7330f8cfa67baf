package vn.ansinh.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import vn.ansinh.support.SessionCookie;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Role;

/** A case names a member of its own household, and one case per household, program and member is open at a time. */
class CaseOpeningTests extends CaseProcessTest {

    private static MockHttpServletRequestBuilder asOfficer(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic("canbo.vuphuc", "canbo.vuphuc")).contentType(MediaType.APPLICATION_JSON);
    }

    private static String body(long householdId, Long memberId, Program program) {
        return "{\"householdId\":" + householdId + (memberId == null ? "" : ",\"memberId\":" + memberId)
                + ",\"program\":\"" + program + "\",\"kind\":\"AD_HOC\"}";
    }

    private long memberOf(long householdId) {
        return jdbc.queryForObject("select min(id) from household_member where household_id = ?", Long.class, householdId);
    }

    @Test
    void refusesAMemberOfAnotherHousehold() throws Exception {
        long household = household();
        long stranger = jdbc.queryForObject("select min(id) from household_member where household_id <> ?", Long.class, household);
        mvc.perform(asOfficer(post("/api/cases")).content(body(household, stranger, Program.SOCIAL_ALLOWANCE)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("memberId"));
        assertThat(cases.findOpen(household, Program.SOCIAL_ALLOWANCE, stranger)).isEmpty();
    }

    @Test
    void refusesAWholeHouseholdCaseForAPerMemberProgramAndAMemberForAHouseholdProgram() throws Exception {
        long household = household();
        // the household may have closed cases of its own (an annual review campaign, another test): none is added
        long before = jdbc.queryForObject("select count(*) from casework_case where household_id = ?", Long.class, household);
        for (Program program : Program.values()) {
            Long wrongMember = program.perMember() ? null : memberOf(household);
            mvc.perform(asOfficer(post("/api/cases")).content(body(household, wrongMember, program)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("memberId"));
        }
        assertThat(jdbc.queryForObject("select count(*) from casework_case where household_id = ?", Long.class, household))
                .isEqualTo(before);
    }

    @Test
    void aSecondOpenCaseForTheSameHouseholdProgramAndMemberIsAConflictNamingTheFirst() throws Exception {
        long household = household();
        long member = memberOf(household);
        String request = body(household, member, Program.SOCIAL_ALLOWANCE);
        String first = mvc.perform(asOfficer(post("/api/cases")).content(request))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long firstId = json.readTree(first).get("id").asLong();

        mvc.perform(asOfficer(post("/api/cases")).content(request))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.caseId").value(firstId))
                .andExpect(jsonPath("$.link").value("/cases/" + firstId));

        // another program, or the same program for the whole household, is a different case
        mvc.perform(asOfficer(post("/api/cases")).content(body(household, null, Program.POVERTY_RECOGNITION)))
                .andExpect(status().isCreated());
        mvc.perform(asOfficer(post("/api/cases")).content(body(household, null, Program.POVERTY_RECOGNITION)))
                .andExpect(status().isConflict());
    }

    @Test
    void theDatabaseRefusesASecondOpenCaseEvenPastTheDoor() {
        long household = household();
        workflow.open(new OpenCase(household, null, Program.POOR_HOUSING, CaseKind.AD_HOC, COMMUNE, DISTRICT), OFFICER);
        assertThatThrownBy(() -> cases.saveAndFlush(new Case(household, null, Program.POOR_HOUSING, CaseKind.AD_HOC,
                COMMUNE, DISTRICT, "race", java.time.Instant.now())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void thePageSaysACaseIsAlreadyOpenAndLinksToIt() throws Exception {
        long household = household();
        long first = workflow.open(new OpenCase(household, null, Program.MERIT_HOUSING, CaseKind.AD_HOC, COMMUNE, DISTRICT),
                OFFICER);
        var officer = user(new AppUserPrincipal("canbo.vuphuc", "", "canbo.vuphuc", Role.COMMUNE_OFFICER,
                Jurisdiction.commune(COMMUNE), true));
        SessionCookie session = new SessionCookie();
        session.keep(mvc.perform(post("/cases/new").with(csrf()).with(officer).with(session)
                        .param("householdId", String.valueOf(household)).param("program", "MERIT_HOUSING")
                        .param("kind", "AD_HOC"))
                .andExpect(redirectedUrl("/cases/new?householdId=" + household))
                .andExpect(flash().attribute("openCaseId", first)));
        // follow the redirect as a browser does: the flash map matches the query string of the address
        mvc.perform(get("/cases/new?householdId=" + household).with(officer).with(session))
                .andExpect(content().string(containsString("href=\"/cases/" + first + "\"")))
                .andExpect(content().string(containsString("Hộ đã có hồ sơ đang mở")));
    }
}
