package vn.ansinh.common.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.StreamUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.common.BundleTexts;
import vn.ansinh.common.FieldErrorsResponse;

/**
 * {@code Idempotency-Key} on the JSON API's POST requests (household create, case open, evaluation store, death
 * record …): the first request with a key runs and its successful answer is kept; a repeat with the same key and
 * the same request (path, query and body) gets that answer again without running twice ({@code Idempotent-Replayed:
 * true}); the same key with a different request is 422; a repeat while the first still runs is 409. A request that
 * failed frees its key. Keys are per user.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final int MAX_KEY = 200;

    private static final BundleTexts TEXTS = new BundleTexts("i18n/messages");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final IdempotentRequests requests;
    private final LocaleResolver locales;

    IdempotencyFilter(IdempotentRequests requests, LocaleResolver locales) {
        this.requests = requests;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).strip();
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        if (key.isEmpty() || key.length() > MAX_KEY) {
            error(response, HttpServletResponse.SC_BAD_REQUEST, FieldErrorsResponse.of(HEADER,
                    TEXTS.textIn(locales.resolveLocale(request), "api.idempotency.keyLength", MAX_KEY)));
            return;
        }
        byte[] body = StreamUtils.copyToByteArray(request.getInputStream());
        String hash = hash(request, body);
        String user = auth.getName();
        if (!requests.claim(user, key, hash)) {
            replayOrRefuse(requests.find(user, key), hash, locales.resolveLocale(request), response);
            return;
        }
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean done = false;
        try {
            chain.doFilter(new CachedBodyRequest(request, body), captured);
            int status = captured.getStatus();
            if (status >= 200 && status < 300) {
                requests.complete(user, key, status, captured.getContentType(), captured.getContentAsByteArray());
                done = true;
            }
        } finally {
            if (!done) {
                requests.release(user, key);
            }
            captured.copyBodyToResponse();
        }
    }

    private static void replayOrRefuse(Optional<IdempotentRequests.Stored> stored, String hash, Locale locale,
                                       HttpServletResponse response) throws IOException {
        if (stored.isEmpty() || stored.get().status() == null) {
            error(response, HttpServletResponse.SC_CONFLICT, Map.of("error", "idempotency.inProgress",
                    "message", TEXTS.textIn(locale, "api.idempotency.inProgress")));
        } else if (!stored.get().requestHash().equals(hash)) {
            error(response, 422, Map.of("error", "idempotency.mismatch",
                    "message", TEXTS.textIn(locale, "api.idempotency.mismatch", HEADER)));
        } else {
            response.setStatus(stored.get().status());
            if (stored.get().contentType() != null) {
                response.setContentType(stored.get().contentType());
            }
            response.setHeader("Idempotent-Replayed", "true");
            byte[] body = stored.get().body();
            if (body != null) {
                response.getOutputStream().write(body);
            }
        }
    }

    private static void error(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((request.getMethod() + " " + request.getRequestURI() + "?"
                    + (request.getQueryString() == null ? "" : request.getQueryString()) + "\n").getBytes(StandardCharsets.UTF_8));
            md.update(body);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
