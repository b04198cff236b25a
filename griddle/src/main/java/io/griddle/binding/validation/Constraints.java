package io.griddle.binding.validation;

import io.griddle.RequestValidationError.Issue;
import jakarta.validation.Constraint;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Jakarta constraints on a parameter or record component, turned at startup into plain checks that report Pydantic
 * v2's error types, messages and ctx ({@code @Size(min = 3)} on a string is {@code string_too_short}, "String should
 * have at least 3 characters", {@code {"min_length":3}}). No reflection and no validator run per request; other
 * constraints on a parameter run their own Jakarta validator ({@link CustomConstraint}).
 */
public final class Constraints {

    /** Checks one value; {@code input} is what the request carried (text, or a JSON node), reported as it is. */
    @FunctionalInterface
    public interface Check {
        /** The problem, or {@code null}. */
        Issue check(Object value, Object input, List<Object> loc);
    }

    /** The constraints checked here; any other constraint annotation goes to the Jakarta validator. */
    static final Set<Class<? extends Annotation>> HANDLED = Set.of(
            Size.class,
            Min.class,
            Max.class,
            Positive.class,
            PositiveOrZero.class,
            Negative.class,
            NegativeOrZero.class,
            DecimalMin.class,
            DecimalMax.class,
            Pattern.class,
            NotBlank.class,
            NotEmpty.class,
            Email.class);

    private Constraints() {}

    /** The checks of the element's constraint annotations, in declaration order; {@code null} when there are none. */
    public static Check forElement(AnnotatedElement element, String where) {
        return forElement(element, where, true);
    }

    /** As {@link #forElement(AnnotatedElement, String)}, leaving other constraints to {@link BeanValidation}. */
    public static Check forElementLenient(AnnotatedElement element) {
        return forElement(element, "", false);
    }

    private static Check forElement(AnnotatedElement element, String where, boolean strict) {
        List<Check> checks = new ArrayList<>();
        boolean floating = isFloating(element);
        for (Annotation annotation : element.getAnnotations()) {
            Check check = forAnnotation(annotation, floating);
            if (check != null) {
                checks.add(check);
            } else if (strict && annotation.annotationType().isAnnotationPresent(Constraint.class)) {
                if (!(element instanceof Parameter parameter)) {
                    throw new IllegalArgumentException(
                            where + ": @" + annotation.annotationType().getSimpleName()
                                    + " is not supported on type arguments (supported: Size, Min, Max, Positive,"
                                    + " PositiveOrZero, Negative, NegativeOrZero, DecimalMin, DecimalMax, Pattern, NotBlank,"
                                    + " NotEmpty, Email)");
                }
                checks.add(CustomConstraint.forParameter(parameter, annotation, where));
            }
        }
        if (checks.isEmpty()) {
            return null;
        }
        if (checks.size() == 1) {
            return checks.get(0); // no loop around a single check on every request
        }
        Check[] all = checks.toArray(Check[]::new);
        // Pydantic stops at a field's first failed constraint, reporting one issue per field.
        return (value, input, loc) -> {
            for (Check check : all) {
                Issue issue = check.check(value, input, loc);
                if (issue != null) {
                    return issue;
                }
            }
            return null;
        };
    }

    /** Whether the element carries a constraint annotation this class does not check. */
    public static boolean hasOtherConstraints(AnnotatedElement element) {
        for (Annotation annotation : element.getAnnotations()) {
            Class<? extends Annotation> type = annotation.annotationType();
            if (!HANDLED.contains(type) && type.isAnnotationPresent(Constraint.class)) {
                return true;
            }
        }
        return false;
    }

    // A float or double value: Pydantic's ctx then shows a float limit ({"gt": 0.0}), as its float validator has.
    private static boolean isFloating(AnnotatedElement element) {
        Type type = element instanceof Parameter parameter
                ? parameter.getParameterizedType()
                : element instanceof Method accessor
                        ? accessor.getGenericReturnType()
                        : element instanceof AnnotatedType elementType ? elementType.getType() : null;
        if (type instanceof ParameterizedType generic && generic.getRawType() == Optional.class) {
            type = generic.getActualTypeArguments()[0];
        }
        return type == double.class || type == Double.class || type == float.class || type == Float.class;
    }

    private static Check forAnnotation(Annotation annotation, boolean floating) {
        return switch (annotation) {
            case Size size -> size(size.min(), size.max());
            case NotEmpty ignored -> size(1, Integer.MAX_VALUE);
            case NotBlank ignored -> notBlank();
            case Min min -> bound(BigDecimal.valueOf(min.value()), true, true, floating);
            case Max max -> bound(BigDecimal.valueOf(max.value()), true, false, floating);
            case Positive ignored -> bound(BigDecimal.ZERO, false, true, floating);
            case PositiveOrZero ignored -> bound(BigDecimal.ZERO, true, true, floating);
            case Negative ignored -> bound(BigDecimal.ZERO, false, false, floating);
            case NegativeOrZero ignored -> bound(BigDecimal.ZERO, true, false, floating);
            case DecimalMin min -> bound(new BigDecimal(min.value()), min.inclusive(), true, floating);
            case DecimalMax max -> bound(new BigDecimal(max.value()), max.inclusive(), false, floating);
            case Pattern pattern -> pattern(pattern.regexp());
            case Email ignored -> email();
            default -> null;
        };
    }

    private static Map<String, Object> ctx(Object... pairs) {
        Map<String, Object> ctx = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            ctx.put((String) pairs[i], pairs[i + 1]);
        }
        return ctx;
    }

    private static String plural(long count, String word) {
        return count + " " + word + (count == 1 ? "" : "s");
    }

    private static Check size(int min, int max) {
        return (value, input, loc) -> {
            if (value instanceof CharSequence text) {
                int length = text.toString().codePointCount(0, text.length());
                if (length < min) {
                    return new Issue(
                            "string_too_short",
                            loc,
                            "String should have at least " + plural(min, "character"),
                            input,
                            ctx("min_length", min));
                }
                if (length > max) {
                    return new Issue(
                            "string_too_long",
                            loc,
                            "String should have at most " + plural(max, "character"),
                            input,
                            ctx("max_length", max));
                }
            } else if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
                int length = value instanceof Collection<?> c ? c.size() : ((Map<?, ?>) value).size();
                String fieldType = value instanceof Map<?, ?> ? "Dictionary" : value instanceof Set<?> ? "Set" : "List";
                if (length < min) {
                    return new Issue(
                            "too_short",
                            loc,
                            fieldType + " should have at least " + plural(min, "item") + " after validation, not "
                                    + length,
                            input,
                            ctx("field_type", fieldType, "min_length", min, "actual_length", length));
                }
                if (length > max) {
                    return new Issue(
                            "too_long",
                            loc,
                            fieldType + " should have at most " + plural(max, "item") + " after validation, not "
                                    + length,
                            input,
                            ctx("field_type", fieldType, "max_length", max, "actual_length", length));
                }
            }
            return null;
        };
    }

    // Pydantic's idiom for "not blank" is constr(strip_whitespace=True, min_length=1): a blank string is too short.
    private static Check notBlank() {
        return (value, input, loc) -> value instanceof CharSequence text
                        && text.toString().isBlank()
                ? new Issue(
                        "string_too_short", loc, "String should have at least 1 character", input, ctx("min_length", 1))
                : null;
    }

    private static Check bound(BigDecimal limit, boolean inclusive, boolean lower, boolean floating) {
        String type = (lower ? "greater_than" : "less_than") + (inclusive ? "_equal" : "");
        String key = (lower ? "g" : "l") + (inclusive ? "e" : "t");
        String msg = "Input should be " + (lower ? "greater" : "less") + " than " + (inclusive ? "or equal to " : "")
                + limit.toPlainString();
        // The ctx shows the limit in the value's kind: a float for a float, else as written (1 stays an integer).
        Object shown = floating || limit.scale() > 0 ? (Object) limit.doubleValue() : (Object) limit.longValueExact();
        Map<String, Object> ctx = ctx(key, shown);
        // Per request, plain numbers compare as primitives; BigDecimal only where a primitive could round.
        boolean integralLimit = limit.signum() == 0
                || limit.stripTrailingZeros().scale() <= 0
                        && limit.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0;
        long longLimit = integralLimit ? limit.longValue() : 0;
        double doubleLimit = limit.doubleValue();
        boolean exactDouble = Double.isFinite(doubleLimit) && new BigDecimal(doubleLimit).compareTo(limit) == 0;
        return (value, input, loc) -> {
            int order;
            if (integralLimit
                    && (value instanceof Integer
                            || value instanceof Long
                            || value instanceof Short
                            || value instanceof Byte)) {
                order = Long.compare(((Number) value).longValue(), longLimit);
            } else if (exactDouble
                    && (value instanceof Double || value instanceof Float)
                    && !Double.isNaN(((Number) value).doubleValue())) {
                double number = ((Number) value).doubleValue();
                order = number < doubleLimit ? -1 : number > doubleLimit ? 1 : 0;
            } else {
                BigDecimal number = decimal(value);
                if (number == null) {
                    return null;
                }
                order = number.compareTo(limit);
            }
            boolean ok = lower ? (inclusive ? order >= 0 : order > 0) : (inclusive ? order <= 0 : order < 0);
            return ok ? null : new Issue(type, loc, msg, input, ctx);
        };
    }

    private static BigDecimal decimal(Object value) {
        return switch (value) {
            case Integer i -> BigDecimal.valueOf(i);
            case Long l -> BigDecimal.valueOf(l);
            case Short s -> BigDecimal.valueOf(s);
            case Byte b -> BigDecimal.valueOf(b);
            case Double d -> BigDecimal.valueOf(d);
            case Float f -> BigDecimal.valueOf(f);
            case BigDecimal d -> d;
            case java.math.BigInteger i -> new BigDecimal(i);
            case null, default -> null;
        };
    }

    private static Check pattern(String regexp) {
        java.util.regex.Pattern compiled = java.util.regex.Pattern.compile(regexp);
        String msg = "String should match pattern '" + regexp + "'";
        Map<String, Object> ctx = ctx("pattern", regexp);
        // An event loop (a platform thread) keeps its matcher; a virtual thread lives for one call and makes one.
        ThreadLocal<java.util.regex.Matcher> matchers = ThreadLocal.withInitial(() -> compiled.matcher(""));
        // Jakarta's semantics: the whole string must match.
        return (value, input, loc) -> value instanceof CharSequence text && !matches(compiled, matchers, text)
                ? new Issue("string_pattern_mismatch", loc, msg, input, ctx)
                : null;
    }

    private static boolean matches(
            java.util.regex.Pattern pattern, ThreadLocal<java.util.regex.Matcher> matchers, CharSequence text) {
        if (Thread.currentThread().isVirtual()) {
            return pattern.matcher(text).matches();
        }
        java.util.regex.Matcher matcher = matchers.get();
        boolean matches = matcher.reset(text).matches();
        matcher.reset(""); // holds no request's text
        return matches;
    }

    // The checks and wording of Pydantic's EmailStr (email-validator) for the common mistakes.
    private static Check email() {
        return (value, input, loc) -> {
            if (!(value instanceof CharSequence text)) {
                return null;
            }
            String address = text.toString();
            int at = address.indexOf('@');
            String reason = at < 0 || address.indexOf('@', at + 1) >= 0
                    ? "An email address must have an @-sign."
                    : at == 0
                            ? "There must be something before the @-sign."
                            : at == address.length() - 1
                                    ? "There must be something after the @-sign."
                                    : address.substring(at + 1).indexOf('.') < 0
                                            ? "The part after the @-sign is not valid. It should have a period."
                                            : address.chars().anyMatch(Character::isWhitespace)
                                                    ? "The email address contains invalid characters."
                                                    : null;
            return reason == null
                    ? null
                    : new Issue(
                            "value_error",
                            loc,
                            "value is not a valid email address: " + reason,
                            input,
                            ctx("reason", reason));
        };
    }
}
