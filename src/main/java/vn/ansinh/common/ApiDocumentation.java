package vn.ansinh.common;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI description at {@code /v3/api-docs}: named and versioned, HTTP Basic declared (so a generated client
 * sends credentials), one tag per module (taken from the controller's package, so a new module is tagged too), and the
 * error bodies every operation can answer. Operation ids and summaries are written on the controllers.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String SECURITY_SCHEME = "basicAuth";
    private static final String REF = "#/components/schemas/";

    /** Module package → tag (a module not listed is tagged with its package name). */
    private static final Map<String, String> MODULE_TAGS = Map.of(
            "household", "Households", "assessment", "Assessments", "eligibility", "Eligibility",
            "casework", "Cases", "payment", "Payments", "policy", "Policy", "reporting", "Reporting",
            "geography", "Geography", "identity", "Identity", "audit", "Audit");

    @Bean
    OpenAPI anSinhOpenApi(@Value("${spring.application.version:0.1.0}") String version) {
        return new OpenAPI()
                .info(new Info().title("An Sinh API").version(version)
                        .description("Eligibility, household register, case workflow and payments for social support "
                                + "in Thái Bình. Every operation needs HTTP Basic credentials; a record outside the "
                                + "caller's jurisdiction answers 404. Bad input answers 400 with the field list."))
                .components(new Components()
                        .addSecuritySchemes(SECURITY_SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description("User name and password of an An Sinh account"))
                        .addSchemas("FieldErrors", fieldErrors())
                        .addSchemas("Error", new ObjectSchema()
                                .addProperty("error", new StringSchema().description("what went wrong, in a word"))
                                .addProperty("message", new StringSchema().description("the reason, in the user's language"))))
                .addSecurityItem(new SecurityRequirement().addList(SECURITY_SCHEME))
                .tags(List.of(
                        new Tag().name("Households").description("The household register: households and members"),
                        new Tag().name("Eligibility").description("Evaluating households against the rules; stored decisions"),
                        new Tag().name("Cases").description("Case workflow: opening, assessment, meeting, posting, approval"),
                        new Tag().name("Payments").description("Entitlements, monthly payment cycles, exports, reconciliation"),
                        new Tag().name("Reporting").description("The plan tracker: targets, indicators, summary forms, cross-tables"),
                        new Tag().name("Audit").description("The audit trail: who did what, when, to which record"),
                        new Tag().name("Identity").description("Sign-in locks and their unlock")));
    }

    /** Tags each operation with its module and documents the error answers. */
    @Bean
    GlobalOperationCustomizer moduleTagsAndErrorBodies() {
        return (Operation operation, HandlerMethod handler) -> {
            String module = handler.getBeanType().getPackageName().replaceFirst("^vn\\.ansinh\\.", "").split("\\.")[0];
            operation.setTags(List.of(MODULE_TAGS.getOrDefault(module, module)));
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            responses.putIfAbsent("400", error("Bad input: the fields in error, each with its message", "FieldErrors"));
            responses.putIfAbsent("401", new ApiResponse().description("No or wrong credentials"));
            responses.putIfAbsent("403", error("The caller's role may not do this", "Error"));
            if (operation.getParameters() != null && operation.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()))) {
                responses.putIfAbsent("404", error("No such record, or outside the caller's jurisdiction", "Error"));
            }
            if (!handler.hasMethodAnnotation(GetMapping.class)) {
                responses.putIfAbsent("409", error("Already handled, a stale version, or not allowed in the record's "
                        + "current state", "Error"));
            }
            operation.setResponses(responses);
            return operation;
        };
    }

    private static ApiResponse error(String description, String schema) {
        return new ApiResponse().description(description).content(new Content().addMediaType("application/json",
                new MediaType().schema(new Schema<>().$ref(REF + schema))));
    }

    private static Schema<?> fieldErrors() {
        return new ObjectSchema().description("400: {\"errors\":[{\"field\":\"household.members[0].birthDate\",\"message\":\"…\"}]}")
                .addProperty("errors", new ArraySchema().items(new ObjectSchema()
                        .addProperty("field", new StringSchema().description("path of the field in error, or body"))
                        .addProperty("message", new StringSchema().description("what is wrong, in the user's language"))));
    }
}
