package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.RequestValidationError.Issue;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code ModelValidator}: data parsed by a handler validated as a JSON body of the type would be. */
class ModelValidatorTest {

    record Item(
            String name, List<String> tags, @Default("1") int count, Optional<@Size(max = 3) String> code) {}

    private static final ModelValidator<Item> ITEM = ModelValidator.of(Item.class);

    @Test
    void dataThatFitsBecomesTheRecordWithDefaults() {
        Item item = ITEM.validate(Map.of("name", "Deadpoolio", "tags", List.of("x-force", "x-men")));
        assertThat(item).isEqualTo(new Item("Deadpoolio", List.of("x-force", "x-men"), 1, Optional.empty()));
    }

    @Test
    void everyProblemIsReportedFromTheDataRoot() {
        Map<String, Object> data = Map.of("tags", List.of("a", Map.of("sneaky", "object")), "code", "toolong");
        assertThatThrownBy(() -> ITEM.validate(data))
                .isInstanceOfSatisfying(
                        ModelValidationError.class,
                        e -> assertThat(e.errors())
                                .containsExactlyInAnyOrder(
                                        new Issue("missing", List.of("name"), "Field required", data),
                                        new Issue(
                                                "string_type",
                                                List.of("tags", 1),
                                                "Input should be a valid string",
                                                Map.of("sneaky", "object")),
                                        new Issue(
                                                "string_too_long",
                                                List.of("code"),
                                                "String should have at most 3 characters",
                                                "toolong",
                                                Map.of("max_length", 3))));
    }

    @Test
    void notAnObjectAtAll() {
        assertThatThrownBy(() -> ITEM.validate("text"))
                .isInstanceOfSatisfying(
                        ModelValidationError.class,
                        e -> assertThat(e.errors()).extracting(Issue::type).containsExactly("model_attributes_type"));
    }
}
