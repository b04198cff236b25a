package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.http.Json;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An application's own Jakarta constraints on parameters: messages with attributes, messages a validator sets. */
class CustomConstraintTest {

    /** A multiple of {@code of}, with a message that names it. */
    @Target(ElementType.PARAMETER)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = MultipleOf.Check.class)
    @interface MultipleOf {
        int of();

        String message() default "must be a multiple of {of}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Check implements ConstraintValidator<MultipleOf, Integer> {
            private int of;

            @Override
            public void initialize(MultipleOf annotation) {
                of = annotation.of();
            }

            @Override
            public boolean isValid(Integer value, ConstraintValidatorContext context) {
                return value == null || value % of == 0;
            }
        }
    }

    /** Lower case; the validator says which character is not. */
    @Target(ElementType.PARAMETER)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = LowerCase.Check.class)
    @interface LowerCase {
        String message() default "must be lower case";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Check implements ConstraintValidator<LowerCase, String> {
            @Override
            public boolean isValid(String value, ConstraintValidatorContext context) {
                for (int i = 0; i < value.length(); i++) {
                    if (Character.isUpperCase(value.charAt(i))) {
                        context.disableDefaultConstraintViolation();
                        context.buildConstraintViolationWithTemplate("'" + value.charAt(i) + "' is upper case")
                                .addConstraintViolation();
                        return false;
                    }
                }
                return true;
            }
        }
    }

    static final class Boxes {
        @Get("/boxes/{size}")
        public String box(@Path @MultipleOf(of = 3) int size, @Header("x-label") @LowerCase String label) {
            return label + size;
        }
    }

    @Test
    void validValuesPass() {
        try (TestClient client = TestClient.of(App.create().include(new Boxes()))) {
            TestResponse response =
                    client.request("GET", "/boxes/6").header("x-label", "red").send();
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json()).isEqualTo("red6");
        }
    }

    @Test
    void refusedValuesAreValueErrorsWithTheirMessages() {
        try (TestClient client = TestClient.of(App.create().include(new Boxes()))) {
            TestResponse response =
                    client.request("GET", "/boxes/4").header("x-label", "rEd").send();
            assertThat(response.status()).isEqualTo(422);
            assertThat(response.json())
                    .isEqualTo(Json.read("""
                    {"detail": [
                      {"type": "value_error", "loc": ["path", "size"], "msg": "Value error, must be a multiple of 3",
                       "input": "4", "ctx": {"error": {}}},
                      {"type": "value_error", "loc": ["header", "x-label"], "msg": "Value error, 'E' is upper case",
                       "input": "rEd", "ctx": {"error": {}}}]}""".getBytes(java.nio.charset.StandardCharsets.UTF_8), Object.class));
            // The value is converted first: a size that is no integer never reaches the validator.
            TestResponse notANumber =
                    client.request("GET", "/boxes/x").header("x-label", "red").send();
            assertThat(notANumber.status()).isEqualTo(422);
            assertThat(((List<?>) ((java.util.Map<?, ?>) notANumber.json()).get("detail")))
                    .hasSize(1);
        }
    }
}
