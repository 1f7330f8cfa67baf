package vn.ansinh.payment.web;

import vn.ansinh.payment.cycle.CycleService;
import vn.ansinh.payment.cycle.PaymentTestData;
import vn.ansinh.payment.entitlement.Entitlement;
import vn.ansinh.payment.entitlement.EntitlementService;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import vn.ansinh.support.SessionCookie;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SignedIn;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The screens under /payments, signed in through the real user store (form-login users). */
class PaymentPageTests extends IntegrationTest {

    @Autowired
    EntitlementService entitlementService;
    @Autowired
    CycleService cycles;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    PaymentTestData data;

    @BeforeEach
    void setUp() {
        data = new PaymentTestData(entitlementService);
    }

    org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @Test
    void importFormShowsEveryUnmatchedLineByNumber() throws Exception {
        Entitlement e = data.monthly("13255", "344", "Cao Văn Sơn", "1.0", YearMonth.of(2020, 1));
        long id = SignedIn.as(users, "chitra.vuthu", () -> {
            long generated = cycles.generate("344", YearMonth.of(2020, 5), "chitra.vuthu").cycleId();
            cycles.approve(generated, "chitra.vuthu");
            cycles.exported(generated, "test");
            return generated;
        });
        String file = "E" + e.getId() + "-2020-05,PAID\nE1-1999-01,PAID\nsai dòng\n";

        SessionCookie session = new SessionCookie();
        session.keep(mvc.perform(multipart("/payments/cycles/" + id + "/confirmation")
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8)))
                        .with(as("chitra.vuthu")).with(csrf()).with(session))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("report")));
        mvc.perform(get("/payments/cycles/" + id).with(as("chitra.vuthu")).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Đã ghi nhận 1 dòng"), containsString("import-problems"),
                        containsString("Không tìm thấy dòng chi trả có mã này"), containsString("Dòng sai định dạng"))));
    }

    @Test
    void theEntitlementsPageListsTheAreasAllowancesInForceByNameAndMonth() throws Exception {
        String name = "Trịnh Văn Hưởng " + System.nanoTime() % 100_000;
        data.monthly("13255", "344", name, "1.0", YearMonth.of(2023, 3));
        mvc.perform(get("/payments/entitlements").with(as("chitra.vuthu"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(name), containsString("03/2023"),
                        containsString("Trợ cấp xã hội hằng tháng"))));
        mvc.perform(get("/payments/entitlements").with(as("chitra.tpthaibinh"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(name))));
    }

    @Test
    void refusesAnotherDistrictWith404AndACommuneOfficerActionWith403() throws Exception {
        data.monthly("12433", "336", "Lý Thị Bích", "1.0", YearMonth.of(2020, 1));
        long id = SignedIn.as(users, "chitra.tpthaibinh", () -> cycles.generate("336", YearMonth.of(2020, 6), "chitra.tpthaibinh")).cycleId();

        mvc.perform(get("/payments/cycles/" + id).with(as("chitra.vuthu"))).andExpect(status().isNotFound());
        mvc.perform(post("/payments/cycles/" + id + "/approve").with(as("canbo.lehongphong")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/payments/cycles/" + id + "/approve").with(as("chitra.tpthaibinh")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/payments/cycles/" + id).with(as("canbo.lehongphong")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Lý Thị Bích")));
        mvc.perform(get("/payments/cycles/" + id + "/communes/12433.pdf").with(as("canbo.lehongphong")))
                .andExpect(status().isForbidden());
    }

    @Test
    void generateFormRefusesABadMonthInVietnameseAndPagesRenderInEnglish() throws Exception {
        mvc.perform(post("/payments/cycles").param("month", "tháng bảy").with(as("chitra.tpthaibinh")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Tháng không hợp lệ (ghi theo dạng MM/yyyy, ví dụ 07/2024).")));
        mvc.perform(get("/payments/reconciliation").param("lang", "en").with(as("chitra.tpthaibinh")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Reconciliation"), containsString("Total"))));
        mvc.perform(get("/payments").with(as("policy"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kỳ chi trả")));
        mvc.perform(get("/payments/entitlements").with(as("duyet.tpthaibinh"))).andExpect(status().isOk());
    }

    @Test
    void everyDateAndMonthFieldIsTypedAsDayMonthYearAndABadOneIsAFieldErrorInVietnamese() throws Exception {
        // no browser picker (it showed mm/dd/yyyy): every date and month field is a text field written dd/MM/yyyy or MM/yyyy
        try (var templates = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/resources/templates"))) {
            for (var t : templates.filter(f -> f.toString().endsWith(".html")).toList()) {
                org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readString(t))
                        .as(t.toString()).doesNotContain("type=\"date\"", "type=\"month\"", "type=\"datetime-local\"");
            }
        }
        // a death is recorded on the beneficiary's row: the person by name, never a household or member number to type
        data.monthly("12466", "336", "Đinh Thị Thoa", "1.0", YearMonth.of(2024, 1));
        mvc.perform(get("/payments/entitlements").with(as("canbo.vuphuc"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("class=\"death-form"),
                        containsString("name=\"diedOn\" placeholder=\"dd/MM/yyyy\""),
                        org.hamcrest.Matchers.not(containsString("Mã hộ (ID)")),
                        org.hamcrest.Matchers.not(containsString("id=\"householdId\"")))));
        long member = jdbc.queryForObject("select min(m.id) from household_member m join household h on h.id = m.household_id"
                + " where h.commune_code = '12466' and m.deceased_on is null", Long.class);
        long household = jdbc.queryForObject("select household_id from household_member where id = ?", Long.class, member);
        // 31/12/2099 is read as a day, month and year (then refused as in the future), not as month 31
        mvc.perform(post("/payments/deaths").param("householdId", "" + household).param("memberId", "" + member)
                        .param("diedOn", "31/12/2099").with(as("canbo.vuphuc")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", "Ngày mất không được sau ngày hôm nay."))
                .andExpect(flash().attribute("diedOn", "31/12/2099"));
        // the picker's 12/31/2025 is no day: a field error in Vietnamese, never a 500
        mvc.perform(post("/payments/deaths").param("householdId", "" + household).param("memberId", "" + member)
                        .param("diedOn", "12/31/2025").with(as("canbo.vuphuc")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", "Ngày không hợp lệ (ghi theo dạng dd/MM/yyyy, ví dụ 05/03/2025)."));
        assertThat(jdbc.queryForObject("select deceased_on from household_member where id = ?", java.time.LocalDate.class, member))
                .isNull();
        // months: 13/2024 is refused in words, MM/yyyy is read
        mvc.perform(post("/payments/cycles").param("month", "13/2024").with(as("chitra.tpthaibinh")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tháng không hợp lệ (ghi theo dạng MM/yyyy, ví dụ 07/2024).")));
        mvc.perform(get("/payments/reconciliation").param("month", "07/2024").with(as("chitra.tpthaibinh")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.not(containsString("is-invalid"))));
        mvc.perform(get("/payments").with(as("chitra.tpthaibinh"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("placeholder=\"MM/yyyy\""),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.matchesRegex("(?s).*<td>\\d{4}-\\d{2}</td>.*")))));
    }
}
