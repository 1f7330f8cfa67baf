package vn.ansinh.common;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Sends generated requests and keeps the tally: the status codes seen, and every answer that broke (5xx, stack trace). */
final class Tally {

    private static final Pattern STACK_TRACE = Pattern.compile("Exception|\\.java:\\d+\\)|\\tat |\"trace\"");

    final Map<Integer, Integer> statuses = new TreeMap<>();
    final List<String> failures = new ArrayList<>();
    private final MockMvc mvc;

    Tally(MockMvc mvc) {
        this.mvc = mvc;
    }

    void send(MockHttpServletRequestBuilder request, String label) {
        int status;
        String body;
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            status = response.getStatus();
            String type = response.getContentType() == null ? "" : response.getContentType();
            body = type.startsWith("text") || type.contains("json") ? response.getContentAsString(StandardCharsets.UTF_8) : "";
        } catch (Exception e) {
            status = 599;
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            body = "unhandled " + root;
        }
        statuses.merge(status, 1, Integer::sum);
        if (status >= 500 || STACK_TRACE.matcher(body).find()) {
            failures.add(label.replaceAll("\\p{Cntrl}", "?") + " → " + status + " " + body.substring(0, Math.min(body.length(), 300)));
        }
    }

    int requests() {
        return statuses.values().stream().mapToInt(Integer::intValue).sum();
    }
}
