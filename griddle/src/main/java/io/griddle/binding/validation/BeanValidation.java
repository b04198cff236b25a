package io.griddle.binding.validation;

import io.griddle.RequestValidationError.Issue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The Jakarta validator, for the constraints {@link Constraints} does not check itself (custom constraints,
 * class-level ones). Built once, and used only for record types that carry such constraints; a violation becomes
 * Pydantic's {@code value_error} located at the violating property.
 */
public final class BeanValidation {

    /** Validates a built record. */
    @FunctionalInterface
    public interface Validate {
        /** Adds the violations to the issues; answers whether there were none. */
        boolean validate(Object record, List<Object> loc, List<Issue> issues);
    }

    // Built on first need: most applications use only the constraints Griddle checks itself.
    private static final class Holder {
        // ParameterMessageInterpolator: messages without an Expression Language implementation.
        static final ValidatorFactory FACTORY = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        static final Validator VALIDATOR = FACTORY.getValidator();
    }

    private BeanValidation() {}

    /** The validator factory (built on first use), for {@link CustomConstraint}s on parameters. */
    static ValidatorFactory factory() {
        return Holder.FACTORY;
    }

    /** The validation for the record type, or {@code null} when Griddle's own checks cover all its constraints. */
    public static Validate forType(Class<?> record) {
        if (!needsValidator(record)) {
            return null;
        }
        Validator validator = Holder.VALIDATOR;
        validator.getConstraintsForClass(record); // prepares its metadata now, not on the first request
        return (value, loc, issues) -> {
            Set<ConstraintViolation<Object>> violations = validator.validate(value);
            if (violations.isEmpty()) {
                return true;
            }
            for (ConstraintViolation<Object> violation : violations) {
                List<Object> at = new ArrayList<>(loc);
                for (Path.Node node : violation.getPropertyPath()) {
                    if (node.getName() != null) {
                        at.add(node.getName());
                    }
                    if (node.getIndex() != null) {
                        at.add(node.getIndex());
                    }
                }
                String message = violation.getMessage();
                // As FastAPI writes a validator's raised ValueError: an empty object.
                issues.add(new Issue(
                        "value_error",
                        at,
                        "Value error, " + message,
                        violation.getInvalidValue(),
                        Map.of("error", Map.of())));
            }
            return false;
        };
    }

    private static boolean needsValidator(Class<?> record) {
        if (hasConstraint(record.getAnnotations())) {
            return true;
        }
        for (RecordComponent component : record.getRecordComponents()) {
            if (Constraints.hasOtherConstraints(component.getAccessor())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasConstraint(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation.annotationType().isAnnotationPresent(jakarta.validation.Constraint.class)) {
                return true;
            }
        }
        return false;
    }
}
