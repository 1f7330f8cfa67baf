package vn.ansinh.common;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * How HTTP request bodies are read: strictly, so that a wrong value is a 400 and never silently becomes another
 * one. Dates are ISO strings only (an integer {@code 20240101} is not a day count), numbers are numbers
 * ({@code "1"} and {@code 1.5} for an integer are refused), enums are names (no ordinals), booleans are
 * {@code true}/{@code false}, and a {@code null} inside a list or map is refused with its path. Unknown
 * properties stay tolerated on purpose: the contract grows by added fields, and a client may send back what it
 * read. Only the HTTP converter is strict; the application's own mapper (stored decisions, snapshots) keeps reading
 * what it wrote.
 */
@Configuration(proxyBeanMethods = false)
class StrictRequestJson implements WebMvcConfigurer {

    private static final List<Class<?>> DATE_TYPES = List.of(LocalDate.class, LocalDateTime.class, YearMonth.class,
            Instant.class, OffsetDateTime.class);

    private final JsonMapper applicationMapper;

    StrictRequestJson(JsonMapper applicationMapper) {
        this.applicationMapper = applicationMapper;
    }

    /** Replaces the JSON converter in its usual place (after the byte[] and String converters springdoc needs). */
    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.withJsonConverter(new JacksonJsonHttpMessageConverter(strict(applicationMapper)));
    }

    static JsonMapper strict(JsonMapper base) {
        JsonMapper.Builder builder = base.rebuild().addModule(new SimpleModule("no-nul-strings")
                .addDeserializer(String.class, new NoNulStrings()));
        builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .changeDefaultNullHandling(n -> n.withContentNulls(Nulls.FAIL));
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                LogicalType.Textual, LogicalType.Enum, LogicalType.DateTime)) {
            builder.withCoercionConfig(type, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
        }
        builder.withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert))
                .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail));
        for (Class<?> type : List.of(List.class, Set.class, Collection.class, Map.class)) {
            // "members": null is read as an empty list, which validation then names ("at least one member")
            builder.withConfigOverride(type, o -> o.setNullHandling(JsonSetter.Value.construct(Nulls.AS_EMPTY, Nulls.FAIL)));
        }
        for (Class<?> type : DATE_TYPES) {
            builder.withConfigOverride(type, o -> o.setFormat(JsonFormat.Value.forLeniency(false)));
        }
        return builder.build();
    }

    /** PostgreSQL cannot store NUL: a string holding one is refused with its path, not sent to the database. */
    private static final class NoNulStrings extends StdScalarDeserializer<String> {

        NoNulStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null && value.indexOf('\u0000') >= 0) {
                return (String) ctxt.handleWeirdStringValue(String.class, value, NulCharacters.message());
            }
            return value;
        }
    }
}
