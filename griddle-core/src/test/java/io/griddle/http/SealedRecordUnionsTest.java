package io.griddle.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

/** A value declared as a sealed interface of records is written as its record, at the root and inside. */
class SealedRecordUnionsTest {

    sealed interface Shape permits Circle, Square {}

    record Circle(double radius) implements Shape {}

    record Square(int side) implements Shape {}

    record Drawing(String title, List<Shape> shapes, Shape main) {}

    sealed interface Mixed permits Tagged, Plain {}

    record Tagged(String tag) implements Mixed {}

    static final class Plain implements Mixed {}

    @Test
    void throughTheDeclaredTypeEachValueIsItsRecord() {
        var writer = Json.mapper().writerFor(new TypeReference<List<Shape>>() {});
        assertThat(new String(Json.write(writer, List.of(new Circle(1), new Square(2))), StandardCharsets.UTF_8))
                .isEqualTo("[{\"radius\":1.0},{\"side\":2}]");
        assertThat(new String(
                        Json.write(new Drawing("d", List.of(new Square(3)), new Circle(2))), StandardCharsets.UTF_8))
                .isEqualTo("{\"title\":\"d\",\"shapes\":[{\"side\":3}],\"main\":{\"radius\":2.0}}");
    }

    @Test
    void onlyInterfacesWhoseSubclassesAreAllRecordsAreUnions() {
        assertThat(SealedRecordUnions.isUnion(Shape.class)).isTrue();
        assertThat(SealedRecordUnions.isUnion(Mixed.class)).isFalse();
        assertThat(SealedRecordUnions.isUnion(Circle.class)).isFalse();
        assertThat(SealedRecordUnions.isUnion(Runnable.class)).isFalse();
    }
}
