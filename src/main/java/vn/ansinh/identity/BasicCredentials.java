package vn.ansinh.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Whether a request brings well-formed HTTP Basic credentials ({@code Basic base64(user:password)}). Only such a
 * request authenticates itself: it skips CSRF and ignores any session, so it either signs in with those
 * credentials or gets 401. A bearer token, garbage after "Basic" or any other header changes nothing.
 */
final class BasicCredentials {

    private BasicCredentials() {
    }

    static boolean present(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            return decoded.indexOf(':') > 0;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
