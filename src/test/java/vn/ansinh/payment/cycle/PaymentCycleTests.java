package vn.ansinh.payment.cycle;

import vn.ansinh.payment.PaymentStateException;
import vn.ansinh.payment.entitlement.Entitlement;
import vn.ansinh.payment.entitlement.EntitlementService;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SignedIn;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Cycle generation, regeneration and approval on PostgreSQL; each test owns its months of district 336. */
class PaymentCycleTests extends IntegrationTest {

    @Autowired
    UserDetailsService users;

    static final String OFFICER = "chitra.tpthaibinh";

    @Autowired
    EntitlementService entitlementService;
    @Autowired
    CycleService cycles;
    @Autowired
    Lines lines;
    @Autowired
    JdbcTemplate jdbc;

    PaymentTestData data;

    @BeforeEach
    void setUp() {
        data = new PaymentTestData(entitlementService);
    }

    long generate(String month) throws Exception {
        String body = mvc.perform(post("/api/payments/cycles").with(httpBasic(OFFICER, OFFICER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"districtCode\":\"336\",\"month\":\"" + month + "\"}"))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.cycle.id")).longValue();
    }

    PaymentLine lineOf(long cycleId, Entitlement e) {
        return lines.findByCycleIdOrderByCommuneCodeAscBeneficiaryNameAscIdAsc(cycleId).stream()
                .filter(l -> l.getEntitlementId() == e.getId() && l.getKind() == LineKind.MONTHLY).findFirst().orElseThrow();
    }

    @Test
    void monthlyAmountsFollowTheBaseLevelChangeOfJuly2021WithoutAnEdit() throws Exception {
        Entitlement elderly = data.monthly("12433", "336", "Phạm Văn Cường", "1.5", YearMonth.of(2021, 5));
        Entitlement orphan = data.monthly("12466", "336", "Lê Thị Mai", "2.5", YearMonth.of(2021, 5));

        long june = generate("2021-06");
        long july = generate("2021-07");

        assertThat(lineOf(june, elderly).getAmount()).isEqualTo(405_000);
        assertThat(lineOf(june, orphan).getAmount()).isEqualTo(675_000);
        assertThat(lineOf(july, elderly).getAmount()).isEqualTo(540_000);
        assertThat(lineOf(july, orphan).getAmount()).isEqualTo(900_000);
        mvc.perform(get("/api/payments/cycles/" + july).with(httpBasic(OFFICER, OFFICER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.baseLevel").value(360_000))
                .andExpect(jsonPath("$.status").value("GENERATED"));
    }

    @Test
    void generatingTheSameMonthAgainAddsNoDuplicateLine() throws Exception {
        Entitlement e = data.monthly("12433", "336", "Vũ Văn Bình", "2.0", YearMonth.of(2019, 1));
        long first = generate("2019-03");
        var again = SignedIn.as(users, OFFICER, () -> cycles.generate("336", YearMonth.of(2019, 3), OFFICER));

        assertThat(again.cycleId()).isEqualTo(first);
        assertThat(again.created()).isFalse();
        assertThat(again.result().added()).isZero();
        assertThat(lines.findByEntitlementIdOrderByMonthAscIdAsc(e.getId())).hasSize(1)
                .allSatisfy(l -> assertThat(l.getIdempotencyKey()).isEqualTo("E" + e.getId() + "-2019-03"));
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM (SELECT entitlement_id, month FROM payment_line WHERE kind <> 'ARREARS'
                 GROUP BY entitlement_id, month HAVING count(*) > 1) d""", Long.class)).isZero();
    }

    @Test
    void anApprovedCycleCannotBeRegenerated() throws Exception {
        data.monthly("12433", "336", "Đỗ Thị Thanh", "1.0", YearMonth.of(2019, 1));
        long id = generate("2019-02");
        mvc.perform(post("/api/payments/cycles/" + id + "/approve").with(httpBasic(OFFICER, OFFICER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));

        mvc.perform(post("/api/payments/cycles").with(httpBasic(OFFICER, OFFICER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"districtCode\":\"336\",\"month\":\"2019-02\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors", hasSize(1)));
        mvc.perform(post("/api/payments/cycles/" + id + "/approve").with(httpBasic(OFFICER, OFFICER)))
                .andExpect(status().isConflict());
    }

    @Test
    void approvesOnlyOnceWhenTwoOfficersApproveTogether() throws Exception {
        data.monthly("12466", "336", "Ngô Thị Hằng", "1.5", YearMonth.of(2019, 1));
        long id = generate("2019-04");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        for (String who : List.of("officer-a", "officer-b")) {
            Callable<String> approve = () -> {
                start.await();
                try {
                    SignedIn.run(users, OFFICER, () -> cycles.approve(id, who));
                    return "approved";
                } catch (PaymentStateException | org.springframework.dao.OptimisticLockingFailureException e) {
                    return "refused";
                }
            };
            outcomes.add(pool.submit(approve));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> f : outcomes) {
            results.add(f.get());
        }
        pool.shutdown();

        assertThat(results).containsExactlyInAnyOrder("approved", "refused");
        assertThat(jdbc.queryForObject("SELECT status FROM payment_cycle WHERE id = ?", String.class, id)).isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE action = 'PAYMENT_CYCLE_APPROVED' AND subject_id = ?",
                Long.class, String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void refusesOtherDistrictsOfficerWith404AndCommuneOfficerApprovalWith403() throws Exception {
        data.monthly("12433", "336", "Trịnh Văn Lực", "1.0", YearMonth.of(2019, 1));
        long id = generate("2019-08");

        mvc.perform(get("/api/payments/cycles/" + id).with(httpBasic("chitra.vuthu", "chitra.vuthu")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/payments/cycles/" + id + "/approve").with(httpBasic("chitra.vuthu", "chitra.vuthu")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/payments/cycles/" + id).with(httpBasic("canbo.lehongphong", "canbo.lehongphong")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/payments/cycles/" + id + "/lines").with(httpBasic("canbo.lehongphong", "canbo.lehongphong")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.communeCode != '12433')]", hasSize(0)));
        mvc.perform(post("/api/payments/cycles/" + id + "/approve").with(httpBasic("canbo.lehongphong", "canbo.lehongphong")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/payments/cycles/" + id + "/approve").with(httpBasic("duyet.tpthaibinh", "duyet.tpthaibinh")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/payments/cycles").with(httpBasic("chitra.vuthu", "chitra.vuthu"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"districtCode\":\"336\",\"month\":\"2019-09\"}"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("SELECT status FROM payment_cycle WHERE id = ?", String.class, id)).isEqualTo("GENERATED");
    }

    @Test
    void refusesAMalformedMonthWithAFieldError() throws Exception {
        mvc.perform(post("/api/payments/cycles").with(httpBasic(OFFICER, OFFICER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"districtCode\":\"336\",\"month\":\"2019-13\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("month"))
                .andExpect(jsonPath("$.errors[0].message").value("Tháng không hợp lệ (ghi theo dạng MM/yyyy, ví dụ 07/2024)."));
    }

    @Test
    void twoGenerationsOfTheSameMonthAtOnceMakeOneCycleAndOneLinePerEntitlement() throws Exception {
        Entitlement e = data.monthly("12466", "336", "Kiều Văn An", "1.0", YearMonth.of(2022, 1));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Long>> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ids.add(pool.submit(() -> {
                start.await();
                return SignedIn.as(users, OFFICER, () -> cycles.generate("336", YearMonth.of(2022, 8), OFFICER)).cycleId();
            }));
        }
        start.countDown();
        long first = ids.get(0).get();
        long second = ids.get(1).get();
        pool.shutdown();

        assertThat(first).isEqualTo(second);
        assertThat(lines.findByEntitlementIdOrderByMonthAscIdAsc(e.getId())).hasSize(1);
    }

    @Test
    void coefficientChangeAndStopShapeTheGeneratedMonths() throws Exception {
        Entitlement e = data.monthly("12433", "336", "Quách Thị Yến", "1.5", YearMonth.of(2022, 1));
        mvc.perform(post("/api/payments/entitlements/" + e.getId() + "/coefficient").with(httpBasic(OFFICER, OFFICER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"fromMonth\":\"2022-03\",\"coefficient\":2.0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.amounts", hasSize(2)));
        mvc.perform(post("/api/payments/entitlements/" + e.getId() + "/stop").with(httpBasic("canbo.lehongphong", "canbo.lehongphong"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"lastPaidMonth\":\"2022-04\",\"reason\":\"MOVED_AWAY\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/payments/entitlements/" + e.getId() + "/stop").with(httpBasic(OFFICER, OFFICER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"lastPaidMonth\":\"2022-04\",\"reason\":\"MOVED_AWAY\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ENDED"))
                .andExpect(jsonPath("$.endMonth").value("2022-04"));

        long feb = generate("2022-02");
        long mar = generate("2022-03");
        generate("2022-05");
        assertThat(lineOf(feb, e).getAmount()).isEqualTo(540_000);
        assertThat(lineOf(mar, e).getAmount()).isEqualTo(720_000);
        assertThat(lines.findByEntitlementIdOrderByMonthAscIdAsc(e.getId())).extracting(l -> l.getMonth().toString())
                .containsExactly("2022-02", "2022-03");
    }
}
