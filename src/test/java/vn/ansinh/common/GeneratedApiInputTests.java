package vn.ansinh.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.common.ApiDescription.Operation;
import vn.ansinh.common.ApiDescription.Parameter;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Role;
import vn.ansinh.support.IntegrationTest;

/**
 * Walks every operation of {@code /v3/api-docs} with generated bad bodies and parameters, signed in as a user of
 * the role the operation is for, and fails on any 5xx or stack trace. The test's own records live in a district no
 * other test uses (Hưng Hà), so the users it signs in as cannot touch anyone else's data.
 */
class GeneratedApiInputTests extends IntegrationTest {

    static final String DISTRICT = "339";
    static final String COMMUNE = "12589";

    private final JsonMapper json = JsonMapper.builder().build();
    private Map<String, Long> fixtures = new HashMap<>();

    static RequestPostProcessor as(String name, Role role, Jurisdiction where) {
        RequestPostProcessor principal = user(new AppUserPrincipal(name, "", name, role, where, true));
        return request -> csrf().postProcessRequest(principal.postProcessRequest(request));
    }

    static final RequestPostProcessor OFFICER = as("fuzz.canbo", Role.COMMUNE_OFFICER, Jurisdiction.commune(COMMUNE));
    static final RequestPostProcessor APPROVER = as("fuzz.duyet", Role.DISTRICT_APPROVER, Jurisdiction.district(DISTRICT));
    static final RequestPostProcessor PAYER = as("fuzz.chitra", Role.PAYMENT_OFFICER, Jurisdiction.district(DISTRICT));
    static final RequestPostProcessor ADMIN = as("fuzz.admin", Role.ADMIN, Jurisdiction.province());
    static final RequestPostProcessor POLICY = as("fuzz.policy", Role.POLICY_STAFF, Jurisdiction.province());

    @Test
    void noOperationAnswersAServerErrorToGeneratedBadInput() throws Exception {
        long started = System.nanoTime();
        ApiDescription api = new ApiDescription(json.readTree(mvc.perform(get("/v3/api-docs").with(POLICY)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8)));
        assertThat(api.operations()).as("operations in /v3/api-docs").hasSizeGreaterThan(30);
        fixtures = new InputFixtures(mvc).create();
        BadInput input = new BadInput(api, this::known, 13);
        Tally tally = new Tally(mvc);
        int operations = 0;
        for (Operation op : api.operations()) {
            operations++;
            RequestPostProcessor who = userFor(op);
            Map<String, String> params = plausibleParameters(op, input);
            for (Map.Entry<String, JsonNode> body : op.bodies().entrySet()) {
                for (BadInput.Body b : input.bodies(body.getValue())) {
                    send(op, who, params, body.getKey(), b.value(), "body " + b.what(), tally);
                }
            }
            Object plausibleBody = op.bodies().isEmpty() ? null : input.sample(op.bodies().values().iterator().next(), null, 0);
            String contentType = op.bodies().isEmpty() ? null : op.bodies().keySet().iterator().next();
            for (Parameter p : op.parameters()) {
                for (String bad : input.badParameters(p.schema(), p.name())) {
                    if (bad.isEmpty() && "path".equals(p.in())) {
                        continue;
                    }
                    Map<String, String> withBad = new HashMap<>(params);
                    withBad.put(p.name(), bad);
                    send(op, who, withBad, contentType, plausibleBody, p.name() + " = " + BadInput.abbreviate(bad),
                            tally);
                }
            }
        }
        System.out.printf("Generated API input: %d operations, %d requests in %.1f s, status codes %s%n",
                operations, tally.requests(), (System.nanoTime() - started) / 1e9, tally.statuses);
        assertThat(operations).isGreaterThan(30);
        assertThat(tally.failures).as("requests answered 5xx or with a stack trace").isEmpty();
    }

    private void send(Operation op, RequestPostProcessor who, Map<String, String> params, String contentType, Object body,
                      String what, Tally tally) {
        String path = op.path();
        StringBuilder query = new StringBuilder();
        for (Parameter p : op.parameters()) {
            String value = params.get(p.name());
            if (value == null) {
                continue;
            }
            if ("path".equals(p.in())) {
                path = path.replace("{" + p.name() + "}", UriUtils.encodePathSegment(value, StandardCharsets.UTF_8));
            } else if ("query".equals(p.in())) {
                query.append(query.isEmpty() ? "?" : "&").append(p.name()).append('=')
                        .append(UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8));
            }
        }
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(op.method().toUpperCase()),
                URI.create(path + query)).with(who).accept(MediaType.APPLICATION_JSON, MediaType.ALL);
        if (contentType != null) {
            request.contentType(contentType.contains("multipart") ? MediaType.APPLICATION_JSON_VALUE : contentType);
            request.content(body instanceof BadInput.Raw raw ? raw.json().getBytes(StandardCharsets.UTF_8)
                    : contentType.contains("json") || contentType.contains("multipart") ? json.writeValueAsBytes(body)
                    : String.valueOf(body).getBytes(StandardCharsets.UTF_8));
        }
        tally.send(request, op.label() + " [" + what + "]");
    }

    private RequestPostProcessor userFor(Operation op) {
        String path = op.path();
        if (path.startsWith("/api/eligibility")) {
            return POLICY;
        }
        if (path.equals("/api/cases/approvals")) {
            return APPROVER;
        }
        if (path.startsWith("/api/payments") && !path.startsWith("/api/payments/deaths")) {
            return PAYER;
        }
        return OFFICER;
    }

    private Map<String, String> plausibleParameters(Operation op, BadInput input) {
        Map<String, String> values = new HashMap<>();
        for (Parameter p : op.parameters()) {
            Object known = switch (p.name()) {
                case "id" -> op.path().startsWith("/api/cases") ? fixtures.get("case")
                        : op.path().startsWith("/api/payments/cycles") ? fixtures.get("cycle")
                        : op.path().startsWith("/api/households") ? fixtures.get("household") : 1L;
                case "cycleId" -> fixtures.get("cycle");
                case "decisionId" -> fixtures.get("decision");
                case "step" -> "meeting";
                case "decision" -> "approve";
                case "format" -> "xlsx";
                default -> known(p.name());
            };
            if (known == null && !p.required()) {
                continue;
            }
            values.put(p.name(), String.valueOf(known != null ? known : input.sample(p.schema(), p.name(), 0)));
        }
        return values;
    }

    /** Plausible values by field name, so that each generated body is wrong in one field only. */
    Object known(String name) {
        return switch (name) {
            case "communeCode", "commune" -> COMMUNE;
            case "districtCode", "district" -> DISTRICT;
            case "householdId" -> fixtures.get("household");
            case "memberId" -> fixtures.get("member");
            case "caseIds" -> List.of(fixtures.get("case"));
            case "cccd" -> "";
            case "meritCategories", "deprivations" -> List.of();
            case "asOf", "assessedOn", "heldOn", "diedOn" -> "2024-07-01";
            case "birthDate" -> "1950-03-01";
            case "deceasedOn", "residenceRegisteredOn", "separatedSince", "priorHousingSupportOn" -> null;
            case "month", "fromMonth", "lastPaidMonth" -> "2024-07";
            case "version" -> null;
            case "q" -> "nguyen";
            case "page" -> "0";
            case "size" -> "20";
            default -> null;
        };
    }
}
