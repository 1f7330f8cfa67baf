package vn.ansinh.eligibility.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import vn.ansinh.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The optional {@code deceasedOn} input and {@code funeralSupport} block of the evaluation API (CONTRACT.md additions). */
class FuneralSupportApiTests extends IntegrationTest {

    private ResultActions evaluate(String member) throws Exception {
        return mvc.perform(post("/api/eligibility/evaluate").with(httpBasic("policy", "policy"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"asOf\":\"2024-09-01\",\"household\":{\"area\":\"RURAL\",\"monthlyIncomePerCapita\":4000000,"
                        + "\"officialPovertyStatus\":\"NONE\",\"members\":[" + member + "]}}"));
    }

    @Test
    void aBeneficiaryWhoDiedGetsFuneralSupportWithItsCitationAndNoMonthlyAllowance() throws Exception {
        evaluate("{\"id\":\"E1\",\"birthDate\":\"1940-03-10\",\"deceasedOn\":\"2024-08-15\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.socialAllowance").isEmpty())
                .andExpect(jsonPath("$.healthInsurance").isEmpty())
                .andExpect(jsonPath("$.funeralSupport[0].memberId").value("E1"))
                .andExpect(jsonPath("$.funeralSupport[0].eligible").value(true))
                .andExpect(jsonPath("$.funeralSupport[0].grantAmount").value(10_000_000))
                .andExpect(jsonPath("$.funeralSupport[0].reasons[*].code", hasItem("FS-MONTHLY-ALLOWANCE")))
                .andExpect(jsonPath("$.funeralSupport[0].reasons[0].citation", containsString("20/2021")));
    }

    @Test
    void noFuneralBlockWhenNobodyDiedAndADeathBeforeBirthIsRefused() throws Exception {
        evaluate("{\"id\":\"E1\",\"birthDate\":\"1940-03-10\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.funeralSupport").doesNotExist());
        evaluate("{\"id\":\"E1\",\"birthDate\":\"1940-03-10\",\"deceasedOn\":\"1939-01-01\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("household.members[0].deceasedOn")));
        evaluate("{\"id\":\"E1\",\"birthDate\":\"1940-03-10\",\"deceasedOn\":\"15/08/2024\"}")
                .andExpect(status().isBadRequest());
    }
}
