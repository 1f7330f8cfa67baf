package vn.ansinh.common;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a request body larger than {@code ansinh.max-request-body} (2 MB: a household of 30 members is ≈ 20 kB, a
 * district's payer confirmation file ≈ 1 MB) with 400 and the limit, before anything reads it (the API in its JSON
 * field list, a page with the 400 page). A body without a declared length is counted as it is read.
 */
@Component
class RequestBodyLimit extends OncePerRequestFilter {

    private static final BundleTexts TEXTS = new BundleTexts("i18n/messages");

    /** Thrown while reading a body that turns out larger than declared; the API answers it as a 400. */
    static final class BodyTooLarge extends IOException {
        private final long limit;

        BodyTooLarge(long limit) {
            super("request body larger than " + limit + " bytes");
            this.limit = limit;
        }

        long limit() {
            return limit;
        }
    }

    private final long defaultLimit;
    private final long uploadLimit;
    private final java.util.List<String> uploadPaths;
    private final JsonMapper json = JsonMapper.builder().build();

    /**
     * {@code uploadPaths}: the exact paths that take survey files ({@code ansinh.imports.paths}, the household
     * import's), which may be as large as {@code ansinh.imports.max-upload} (50 MB: a 50.000-row XLSX is ≈ 3 MB,
     * its CSV ≈ 8 MB).
     */
    RequestBodyLimit(@Value("${ansinh.max-request-body:2MB}") DataSize limit,
                     @Value("${ansinh.imports.max-upload:50MB}") DataSize uploadLimit,
                     @Value("${ansinh.imports.paths:}") java.util.List<String> uploadPaths) {
        this.defaultLimit = limit.toBytes();
        this.uploadLimit = Math.max(uploadLimit.toBytes(), defaultLimit);
        this.uploadPaths = java.util.List.copyOf(uploadPaths);
    }

    static String message(long limit) {
        String size = Formats.number(limit / (1024 * 1024)) + " MB";
        return TEXTS.text("api.bodyTooLarge", size);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = "POST".equals(request.getMethod()) && uploadPaths.contains(path) ? uploadLimit : defaultLimit;
        if (request.getContentLengthLong() > limit && !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, message(limit));
            return;
        }
        if (request.getContentLengthLong() > limit) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(json.writeValueAsString(FieldErrorsResponse.of("body", message(limit))));
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Counted(request, limit) : request, response);
    }

    private static final class Counted extends HttpServletRequestWrapper {

        private final long limit;

        Counted(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    count(b < 0 ? 0 : 1);
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    count(Math.max(n, 0));
                    return n;
                }

                private void count(int n) throws BodyTooLarge {
                    read += n;
                    if (read > limit) {
                        throw new BodyTooLarge(limit);
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
