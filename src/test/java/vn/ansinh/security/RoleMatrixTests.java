package vn.ansinh.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static vn.ansinh.common.access.Role.ADMIN;
import static vn.ansinh.common.access.Role.COMMUNE_OFFICER;
import static vn.ansinh.common.access.Role.DISTRICT_APPROVER;
import static vn.ansinh.common.access.Role.PAYMENT_OFFICER;
import static vn.ansinh.common.access.Role.POLICY_STAFF;
import static vn.ansinh.common.access.Role.PROVINCE_APPROVER;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.flowable.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Role;
import vn.ansinh.security.WriteEndpoints.Endpoint;
import vn.ansinh.security.WriteEndpoints.Expect;
import vn.ansinh.support.IntegrationTest;

/**
 * Every write of the API and the pages × every demo role, inside and outside the area of the record it acts on
 * (Xã Vũ Phúc 12466 in TP Thái Bình 336): outside the area 404, a role the act does not allow 403 — both audited
 * — and the allowed role succeeds. The endpoints are {@link WriteEndpoints}; a write mapping missing there fails
 * {@link #everyWriteEndpointIsInTheMatrix()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTests extends IntegrationTest {

    /** Users: officers of the record's commune, a neighbour commune and another district; approvers and payers in and out. */
    static final List<String> USERS = List.of("canbo.vuphuc", "canbo.lehongphong", "canbo.vuhoi", "duyet.tpthaibinh",
            "duyet.vuthu", "duyet.tinh", "chitra.tpthaibinh", "chitra.vuthu", "policy", "admin");
    private static final Map<String, String> DISTRICT_OF = Map.of("12466", "336", "12433", "336", "13255", "344");
    private static final Set<RequestMethod> WRITES = EnumSet.of(RequestMethod.POST, RequestMethod.PUT,
            RequestMethod.DELETE, RequestMethod.PATCH);

    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired ApplicationEventPublisher events;
    @Autowired ProcessEngine engine;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    private MatrixFixtures fixtures;
    private List<Endpoint> endpoints;

    @BeforeAll
    void buildTheTable() {
        fixtures = new MatrixFixtures(mvc, users, jdbc, tx, events, engine);
        fixtures.monthlyAllowanceForEveryCycle();
        endpoints = WriteEndpoints.all(fixtures);
    }

    @TestFactory
    Stream<DynamicTest> everyRoleInsideAndOutsideTheAreaOnEveryWrite() {
        List<DynamicTest> cells = new ArrayList<>();
        Map<String, MatrixFixtures.Subject> shared = new HashMap<>();
        for (Endpoint endpoint : endpoints) {
            for (String username : USERS) {
                AppUserPrincipal who = (AppUserPrincipal) users.loadUserByUsername(username);
                Expect expect = expected(endpoint, who);
                cells.add(DynamicTest.dynamicTest(endpoint.name() + " · " + username + " → " + expect, () -> {
                    try {
                        // a refused act changes nothing, so refused cells share their records
                        MatrixFixtures.Subject subject = expect.success() ? endpoint.fixture().make().get()
                                : shared.computeIfAbsent(endpoint.fixture().key(), key -> endpoint.fixture().make().get());
                        run(endpoint, who, subject, expect);
                    } finally {
                        fixtures.resetClock();
                    }
                }));
            }
        }
        System.out.println("Role matrix: " + cells.size() + " cells (" + endpoints.size() + " endpoint variants × "
                + USERS.size() + " users), " + cells.stream().filter(c -> c.getDisplayName().endsWith("success")).count()
                + " of them allowed");
        return cells.stream();
    }

    private void run(Endpoint endpoint, AppUserPrincipal who, MatrixFixtures.Subject subject, Expect expect) throws Exception {
        long lastAudit = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
        AbstractMockHttpServletRequestBuilder<?> request = endpoint.request().apply(subject);
        // signed in as a session would be: every form and API call carries its CSRF token
        request.with(user(who)).with(csrf());
        MvcResult result = mvc.perform(request).andReturn();
        String what = endpoint.name() + " by " + who.username() + ": " + result.getResponse().getContentAsString();
        List<String> refusals = jdbc.queryForList("select action from audit_entry where id > ? and username = ?"
                + " and action like '%REFUSED'", String.class, lastAudit, who.username());
        if (expect.success()) {
            assertThat(result.getResponse().getStatus()).as(what).isEqualTo(endpoint.successStatus());
            endpoint.succeeded().accept(result);
            assertThat(refusals).as("refusals audited for " + what).isEmpty();
        } else {
            assertThat(result.getResponse().getStatus()).as(what).isEqualTo(expect.status());
            if (expect.audit() == null) {
                assertThat(refusals).as("refusals audited for " + what).isEmpty();
            } else {
                assertThat(refusals).as("refusal audited for " + what).contains(expect.audit());
            }
        }
    }

    /** Outside the record's area 404 (audited as its kind's access refusal); a role not allowed 403 (ACT_REFUSED). */
    private static Expect expected(Endpoint endpoint, AppUserPrincipal who) {
        if (endpoint.overrides().containsKey(who.username())) {
            return endpoint.overrides().get(who.username());
        }
        if (!covers(who.jurisdiction(), endpoint.scope())) {
            return new Expect(404, endpoint.notFoundAudit());
        }
        if (!endpoint.allowed().contains(who.role())) {
            return new Expect(403, "ACT_REFUSED");
        }
        return Expect.SUCCESS;
    }

    private static boolean covers(Jurisdiction j, WriteEndpoints.Scope scope) {
        return switch (scope) {
            case NONE -> true;
            case COMMUNE -> j.coversCommune(MatrixFixtures.COMMUNE, MatrixFixtures.DISTRICT);
            case DISTRICT -> j.coversDistrict(MatrixFixtures.DISTRICT)
                    || (j.level() == Jurisdiction.Level.COMMUNE && MatrixFixtures.DISTRICT.equals(DISTRICT_OF.get(j.code())));
        };
    }

    @Test
    void everyWriteEndpointIsInTheMatrix() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().startsWith("vn.ansinh")) {
                return;
            }
            for (RequestMethod verb : info.getMethodsCondition().getMethods()) {
                if (WRITES.contains(verb)) {
                    info.getPatternValues().forEach(pattern -> mapped.add(verb + " " + pattern));
                }
            }
        });
        Set<String> inMatrix = new TreeSet<>(endpoints.stream().map(Endpoint::mapping).toList());
        assertThat(mapped).as("write endpoints missing from WriteEndpoints").isSubsetOf(inMatrix);
        assertThat(inMatrix).as("matrix rows for endpoints that no longer exist").isSubsetOf(mapped);
    }

    @Test
    void theMatrixCoversEveryRoleAndBothSidesOfTheArea() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        USERS.forEach(u -> roles.add(((AppUserPrincipal) users.loadUserByUsername(u)).role()));
        assertThat(roles).containsExactlyInAnyOrder(COMMUNE_OFFICER, DISTRICT_APPROVER, PROVINCE_APPROVER,
                PAYMENT_OFFICER, POLICY_STAFF, ADMIN);
        assertThat(endpoints).allSatisfy(e -> assertThat(USERS.stream()
                .map(u -> expected(e, (AppUserPrincipal) users.loadUserByUsername(u))).filter(Expect::success))
                .as(e.name() + " has an allowed cell").isNotEmpty());
    }
}
