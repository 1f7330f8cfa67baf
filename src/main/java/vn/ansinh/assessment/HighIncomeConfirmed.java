package vn.ansinh.assessment;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An income above {@link AssessmentForm#HIGH_INCOME} is possible but more often a slip (a zero too many typed over
 * a pre-filled field): it is accepted only when the officer confirms it. The error belongs to the income field.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = HighIncomeConfirmed.Validator.class)
@interface HighIncomeConfirmed {

    String message() default "{assessment.income.confirm}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<HighIncomeConfirmed, AssessmentForm> {

        @Override
        public boolean isValid(AssessmentForm form, ConstraintValidatorContext context) {
            Long income = form.getMonthlyIncomePerCapita();
            if (income == null || income <= AssessmentForm.HIGH_INCOME || income > AssessmentForm.MAX_INCOME
                    || form.isHighIncomeConfirmed()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("monthlyIncomePerCapita").addConstraintViolation();
            return false;
        }
    }
}
