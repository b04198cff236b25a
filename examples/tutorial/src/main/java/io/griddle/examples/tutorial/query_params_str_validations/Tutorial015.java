package io.griddle.examples.tutorial.query_params_str_validations;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Query;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A custom validator: {@code @ValidId} is an application's own Jakarta constraint, whose validator runs on the
 * query value after it is read; a value it refuses answers 422 {@code value_error} with the constraint's message.
 */
public final class Tutorial015 {

    private static final Map<String, String> DATA = data();
    private static final SecureRandom RANDOM = new SecureRandom();

    private static Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("isbn-9781529046137", "The Hitchhiker's Guide to the Galaxy");
        data.put("imdb-tt0371724", "The Hitchhiker's Guide to the Galaxy");
        data.put("isbn-9781439512982", "Isaac Asimov: The Complete Stories, Vol. 2");
        return data;
    }

    /** An ID starts with "isbn-" or "imdb-". */
    @Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = ValidId.Check.class)
    public @interface ValidId {
        String message() default "Invalid ID format, it must start with \"isbn-\" or \"imdb-\"";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        /** The check itself. */
        final class Check implements ConstraintValidator<ValidId, String> {
            @Override
            public boolean isValid(String id, ConstraintValidatorContext context) {
                return id == null || id.startsWith("isbn-") || id.startsWith("imdb-");
            }
        }
    }

    @Get("/items/")
    public Map<String, Object> readItems(@Query @ValidId Optional<String> id) {
        Map<String, Object> result = new LinkedHashMap<>();
        if (id.isPresent() && !id.get().isEmpty()) {
            result.put("id", id.get());
            result.put("name", DATA.get(id.get()));
        } else {
            List<Map.Entry<String, String>> entries = List.copyOf(DATA.entrySet());
            Map.Entry<String, String> chosen = entries.get(RANDOM.nextInt(entries.size()));
            result.put("id", chosen.getKey());
            result.put("name", chosen.getValue());
        }
        return result;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial015());
    }
}
