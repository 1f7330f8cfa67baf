package vn.ansinh.common;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * PostgreSQL cannot store the NUL character: a query or form parameter holding one is refused with 400 here, before
 * it reaches a query or the audit trail (JSON strings are refused by {@link StrictRequestJson}).
 */
@Component
class NulCharacters extends OncePerRequestFilter {

    private static final BundleTexts TEXTS = new BundleTexts("i18n/messages");

    static String message() {
        return TEXTS.text("api.nulCharacter");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type == null || !type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                for (String value : parameter.getValue()) {
                    if (value.indexOf('\u0000') >= 0 || parameter.getKey().indexOf('\u0000') >= 0) {
                        response.sendError(HttpServletResponse.SC_BAD_REQUEST, message());
                        return;
                    }
                }
            }
        }
        chain.doFilter(request, response);
    }
}
