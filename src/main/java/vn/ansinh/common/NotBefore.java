package vn.ansinh.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/** A date not before {@link #value()} (ISO); null passes (pair with {@code @NotNull} where required). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotBefore.Validator.class)
public @interface NotBefore {

    /** The earliest date a register holds: no one alive or recorded was born before 1900. */
    String EARLIEST_BIRTH = "1900-01-01";

    String value();

    String message() default "{date.tooEarly}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<NotBefore, LocalDate> {

        private LocalDate earliest;

        @Override
        public void initialize(NotBefore annotation) {
            earliest = LocalDate.parse(annotation.value());
        }

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || !value.isBefore(earliest);
        }
    }
}
