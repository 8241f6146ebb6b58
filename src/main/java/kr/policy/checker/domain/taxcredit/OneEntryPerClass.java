package kr.policy.checker.domain.taxcredit;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Each asset class appears at most once in a list of investments: two amounts for one class are ambiguous. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OneEntryPerClass.Check.class)
public @interface OneEntryPerClass {
    String message() default "field.assetClassTwice";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<OneEntryPerClass, List<Investment>> {
        @Override
        public boolean isValid(List<Investment> investments, ConstraintValidatorContext context) {
            if (investments == null) {
                return true;
            }
            Set<AssetClass> seen = EnumSet.noneOf(AssetClass.class);
            for (Investment i : investments) {
                if (i != null && i.assetClass() != null && !seen.add(i.assetClass())) {
                    return false;
                }
            }
            return true;
        }
    }
}
