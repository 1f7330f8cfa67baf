package vn.ansinh.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.beans.PropertyDescriptor;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;
import vn.ansinh.support.IntegrationTest;

/**
 * Every page of the page controllers (listed from the handler mappings, not by hand) with generated bad path and query
 * parameters and bad form fields — numbers past the int range, {@code abc}, negative numbers, odd dates, huge texts,
 * list indexes far out — signed in as the page's user: none may answer 5xx or show a stack trace.
 */
class GeneratedPageInputTests extends IntegrationTest {


    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Random random = new Random(13);

    @Test
    void noPageAnswersAServerErrorToGeneratedBadInput() throws Exception {
        long started = System.nanoTime();
        Map<String, Long> fixtures = new InputFixtures(mvc).create();
        Tally tally = new Tally(mvc);
        int pages = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = mapping.getValue();
            Class<?> type = handler.getBeanType();
            if (!type.getPackageName().startsWith("vn.ansinh") || !AnnotatedElementUtils.hasAnnotation(type, Controller.class)
                    || AnnotatedElementUtils.hasAnnotation(type, RestController.class)) {
                continue;
            }
            for (String pattern : mapping.getKey().getPatternValues()) {
                for (RequestMethod method : methods(mapping.getKey())) {
                    pages++;
                    Map<String, String> plausible = plausible(handler, pattern, fixtures);
                    RequestPostProcessor who = userFor(pattern);
                    send(method, pattern, plausible, who, "plausible", tally);
                    for (String name : plausible.keySet()) {
                        List<String> bads = badValues(name, plausible.get(name));
                        if (name.contains(".") || name.contains("[") || !pattern.contains("{") && method == RequestMethod.POST
                                && plausible.size() > 6) {
                            // a long form: a seeded sample of the bad values per field keeps the run short
                            java.util.Collections.shuffle(bads, random);
                            bads = bads.subList(0, 5);
                        }
                        for (String bad : bads) {
                            if (bad.isEmpty() && pattern.contains("{" + name)) {
                                continue;
                            }
                            Map<String, String> params = new LinkedHashMap<>(plausible);
                            params.put(name, bad);
                            send(method, pattern, params, who, name + " = " + BadInput.abbreviate(bad), tally);
                        }
                    }
                    if (method == RequestMethod.POST && plausible.keySet().stream().anyMatch(k -> k.startsWith("members["))) {
                        Map<String, String> params = new LinkedHashMap<>(plausible);
                        params.put("members[100000].fullName", "Xa");
                        send(method, pattern, params, who, "member index far out", tally);
                    }
                }
            }
        }
        System.out.printf("Generated page input: %d pages, %d requests in %.1f s, status codes %s%n",
                pages, tally.requests(), (System.nanoTime() - started) / 1e9, tally.statuses);
        assertThat(pages).isGreaterThan(20);
        assertThat(tally.failures).as("pages answered 5xx or with a stack trace").isEmpty();
    }

    private void send(RequestMethod method, String pattern, Map<String, String> params, RequestPostProcessor who, String what, Tally tally) {
        String path = pattern.replaceAll("\\{(\\w+):[^}]*}", "{$1}");
        Map<String, String> rest = new LinkedHashMap<>(params);
        for (String name : params.keySet()) {
            if (path.contains("{" + name + "}")) {
                path = path.replace("{" + name + "}", UriUtils.encodePathSegment(params.get(name), StandardCharsets.UTF_8));
                rest.remove(name);
            }
        }
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method.name()), path).with(who);
        rest.forEach(request::param);
        tally.send(request, method + " " + pattern + " [" + what + "]");
    }

    private static List<RequestMethod> methods(RequestMappingInfo info) {
        return info.getMethodsCondition().getMethods().isEmpty() ? List.of(RequestMethod.GET)
                : List.copyOf(info.getMethodsCondition().getMethods());
    }

    private static RequestPostProcessor userFor(String pattern) {
        if (pattern.startsWith("/inbox") || pattern.contains("/approval") || pattern.contains("{decision")) {
            return GeneratedApiInputTests.APPROVER;
        }
        if (pattern.startsWith("/payments") && !pattern.startsWith("/payments/deaths")) {
            return GeneratedApiInputTests.PAYER;
        }
        if (pattern.startsWith("/plan") || pattern.startsWith("/audit") || pattern.startsWith("/admin")) {
            // province work: signed in as a commune officer these pages only answer 403 and their code is never reached
            return GeneratedApiInputTests.ADMIN;
        }
        return GeneratedApiInputTests.OFFICER;
    }

    /** The request's parameters with plausible values: the test's own records, valid codes, today's date. */
    private static Map<String, String> plausible(HandlerMethod handler, String pattern, Map<String, Long> fixtures) {
        Map<String, String> values = new LinkedHashMap<>();
        for (MethodParameter p : handler.getMethodParameters()) {
            PathVariable path = p.getParameterAnnotation(PathVariable.class);
            RequestParam param = p.getParameterAnnotation(RequestParam.class);
            if (path != null) {
                String name = path.value().isEmpty() ? path.name().isEmpty() ? p.getParameterName() : path.name() : path.value();
                values.put(name, pathValue(name, pattern, fixtures));
            } else if (param != null) {
                String name = param.value().isEmpty() ? param.name().isEmpty() ? p.getParameterName() : param.name() : param.value();
                values.put(name, value(name, p.getParameterType(), fixtures));
            } else if (p.hasParameterAnnotation(ModelAttribute.class)) {
                formFields(p.getParameterType(), "", values, fixtures, 0);
            }
        }
        return values;
    }

    private static void formFields(Class<?> form, String prefix, Map<String, String> values, Map<String, Long> fixtures, int depth) {
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(form)) {
            if (property.getWriteMethod() == null || property.getName().equals("id")) {
                continue;
            }
            Class<?> type = property.getPropertyType();
            String name = prefix + property.getName();
            if (List.class.isAssignableFrom(type)) {
                if (property.getName().equals("members") && depth == 0) {
                    formFields(vn.ansinh.household.MemberForm.class, name + "[0].", values, fixtures, depth + 1);
                }
                continue;
            }
            values.put(name, value(property.getName(), type, fixtures));
        }
    }

    private static String pathValue(String name, String pattern, Map<String, Long> fixtures) {
        return switch (name) {
            case "id" -> String.valueOf(pattern.startsWith("/cases") ? fixtures.get("case")
                    : pattern.startsWith("/payments/cycles") ? fixtures.get("cycle")
                    : pattern.startsWith("/households") ? fixtures.get("household") : 1L);
            case "commune" -> GeneratedApiInputTests.COMMUNE;
            case "format" -> "xlsx";
            case "action" -> "approve";
            case "decision" -> "approve";
            default -> "1";
        };
    }

    private static String value(String name, Class<?> type, Map<String, Long> fixtures) {
        if (name.equals("householdId")) {
            return String.valueOf(fixtures.get("household"));
        }
        if (name.equals("memberId")) {
            return String.valueOf(fixtures.get("member"));
        }
        if (name.equals("month")) {
            return "2024-07";
        }
        if (name.equals("districtCode") || name.equals("district")) {
            return GeneratedApiInputTests.DISTRICT;
        }
        if (name.equals("communeCode") || name.equals("commune")) {
            return GeneratedApiInputTests.COMMUNE;
        }
        if (type.isEnum()) {
            return ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        if (type == LocalDate.class || name.endsWith("On") || name.equals("birthDate")) {
            return name.equals("birthDate") ? "01/03/1950" : Formats.date(LocalDate.now(Formats.PROVINCE));
        }
        if (type == boolean.class || type == Boolean.class) {
            return "false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return name.equals("version") ? "0" : name.equals("page") ? "0" : "1";
        }
        return "Giá trị thử";
    }

    private List<String> badValues(String name, String plausible) {
        List<String> values = new ArrayList<>(List.of("abc", "-1", "99999999999999999999", "2147483648", "1.5", "",
                "x".repeat(10_000), "31/02/2024", "01/01/0000", "1/1/10000", "2024-07-01", "0000-01", "%_", junk()));
        if (plausible.matches("[A-Z_]+")) {
            values.add("NOPE");
        }
        return values;
    }

    private String junk() {
        String alphabet = "aẠđ%_'\"\\<>&;\u0000\u200b\uD83D\uDE00{}[]";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
