package vn.ansinh.identity;

import jakarta.servlet.http.HttpServletRequest;
import vn.ansinh.common.access.Role;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Pages use form login with CSRF tokens; {@code /api/**} accepts HTTP Basic or the browser session (then CSRF
 * applies, as for forms). Only a request that brings well-formed Basic credentials skips CSRF, and such a request
 * never borrows the session: it signs in with its own credentials or gets 401. Both ways of signing in go through
 * {@link ThrottledAuthentication}. Every answer carries a Content-Security-Policy without 'unsafe-inline'.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(LoginPolicy.class)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";
    /** Swagger UI (demo only) styles its page inline; it gets no inline script either. */
    static final String API_DOCS_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * Spring Boot Actuator: {@code /actuator/health} answers everyone (UP/DOWN only — load balancers and
     * docker-compose poll it); its details, {@code info} and {@code metrics} are for ADMIN, by HTTP Basic or the
     * session. Any other actuator path is refused even if someone exposes it by configuration.
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuatorSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness").permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/metrics", "/actuator/metrics/**")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest().denyAll());
        basicOrSession(http);
        headers(http, CONTENT_SECURITY_POLICY);
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**", "/v3/api-docs/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated());
        basicOrSession(http);
        headers(http, CONTENT_SECURITY_POLICY);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiDocsPageSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login"));
        headers(http, API_DOCS_POLICY);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true)
                        .failureHandler(failure()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll());
        headers(http, CONTENT_SECURITY_POLICY);
        return http.build();
    }

    /**
     * HTTP Basic or the browser session, for the API and the actuator alike: well-formed Basic credentials decide
     * alone who the request is ({@link OwnCredentialsFirst}); CSRF applies only to a request that rides on a session
     * (no CSRF risk without one: such a request must get 401, not a CSRF 403).
     */
    private static void basicOrSession(HttpSecurity http) throws Exception {
        http.httpBasic(basic -> basic.authenticationEntryPoint(basicEntryPoint()))
                .securityContext(context -> context.securityContextRepository(new OwnCredentialsFirst()))
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> BasicCredentials.present(request)
                        || request.getSession(false) == null));
    }

    private static void headers(HttpSecurity http, String policy) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter((request, response) -> response.setHeader("Permissions-Policy",
                        "camera=(), microphone=(), geolocation=(), payment=()")));
    }

    /** A wrong password, a few seconds' slow-down and a lock say different things on the login page. */
    private static AuthenticationFailureHandler failure() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
            String outcome = !(e instanceof ThrottledAuthentication.SignInPaused paused) ? "error"
                    : paused.secondsLeft() < 60 ? "wait" : "locked";
            response.sendRedirect(request.getContextPath() + "/login?" + outcome);
        };
    }

    /** 401 as usual; a paused sign-in also says when to try again ({@code Retry-After}, seconds). */
    private static AuthenticationEntryPoint basicEntryPoint() {
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName("An Sinh");
        return (request, response, e) -> {
            if (e instanceof ThrottledAuthentication.SignInPaused paused) {
                response.setHeader("Retry-After", String.valueOf(Math.max(1, paused.secondsLeft())));
            }
            basic.commence(request, response, e);
        };
    }

    /** With Basic credentials the session is not read: the credentials alone decide who the request is. */
    static final class OwnCredentialsFirst implements SecurityContextRepository {

        private final SecurityContextRepository requestOnly = new RequestAttributeSecurityContextRepository();
        private final SecurityContextRepository standard = new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

        private SecurityContextRepository forRequest(HttpServletRequest request) {
            return BasicCredentials.present(request) ? requestOnly : standard;
        }

        @Override
        @SuppressWarnings("deprecation")
        public SecurityContext loadContext(HttpRequestResponseHolder holder) {
            return forRequest(holder.getRequest()).loadContext(holder);
        }

        @Override
        public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
            return forRequest(request).loadDeferredContext(request);
        }

        @Override
        public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
            forRequest(request).saveContext(context, request, response);
        }

        @Override
        public boolean containsContext(HttpServletRequest request) {
            return forRequest(request).containsContext(request);
        }
    }
}
