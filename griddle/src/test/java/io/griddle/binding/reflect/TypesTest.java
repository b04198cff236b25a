package io.griddle.binding.reflect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TypesTest {

    @SuppressWarnings("unused")
    private static final class Shapes<T, N extends Number, C extends Comparable<C>> {
        String text;
        int[] ints;
        List<String> list;
        Map<String, Long> map;
        Optional<List<Integer>> nested;
        List<? extends Number> upper;
        List<?> any;
        List<? super Integer> lower;
        T free;
        N number;
        C comparable;
        List<String>[] lists;
        N[] numbers;

        @SuppressWarnings("rawtypes")
        List written;

        List<@Size(max = 3) String> sized;
    }

    record Item(
            @JsonProperty("item-name") String name,
            @JsonProperty String plain,
            double price) {}

    interface Named {
        @JsonProperty("user-name")
        String username();

        String email();
    }

    private static Type type(String field) throws NoSuchFieldException {
        return Shapes.class.getDeclaredField(field).getGenericType();
    }

    private static AnnotatedType annotated(String field) throws NoSuchFieldException {
        return Shapes.class.getDeclaredField(field).getAnnotatedType();
    }

    private static Type argumentOf(String field) throws NoSuchFieldException {
        return Types.argument(type(field), 0);
    }

    @Test
    void rawOfClassesAndParameterizedTypes() throws Exception {
        assertThat(Types.raw(type("text"))).isEqualTo(String.class);
        assertThat(Types.raw(type("ints"))).isEqualTo(int[].class);
        assertThat(Types.raw(type("list"))).isEqualTo(List.class);
        assertThat(Types.raw(type("map"))).isEqualTo(Map.class);
        assertThat(Types.raw(type("written"))).isEqualTo(List.class);
        assertThat(Types.raw(null)).isEqualTo(Object.class);
    }

    @Test
    void rawOfAWildcardIsItsUpperBound() throws Exception {
        assertThat(argumentOf("upper")).isInstanceOf(WildcardType.class);
        assertThat(Types.raw(argumentOf("upper"))).isEqualTo(Number.class);
        assertThat(Types.raw(argumentOf("any"))).isEqualTo(Object.class);
        assertThat(Types.raw(argumentOf("lower"))).isEqualTo(Object.class);
    }

    @Test
    void rawOfATypeVariableIsItsFirstBound() throws Exception {
        assertThat(Types.raw(type("free"))).isEqualTo(Object.class);
        assertThat(Types.raw(type("number"))).isEqualTo(Number.class);
        assertThat(Types.raw(type("comparable"))).isEqualTo(Comparable.class);
    }

    @Test
    void rawOfAGenericArrayIsAnArrayClass() throws Exception {
        assertThat(Types.raw(type("lists"))).isEqualTo(List[].class);
        assertThat(Types.raw(type("numbers"))).isEqualTo(Number[].class);
    }

    @Test
    void argumentsAsWrittenAndObjectForARawType() throws Exception {
        assertThat(Types.argument(type("map"), 0)).isEqualTo(String.class);
        assertThat(Types.argument(type("map"), 1)).isEqualTo(Long.class);
        assertThat(Types.raw(argumentOf("nested"))).isEqualTo(List.class);
        assertThat(Types.argument(argumentOf("nested"), 0)).isEqualTo(Integer.class);
        assertThat(Types.argument(type("written"), 0)).isEqualTo(Object.class);
        assertThat(Types.argument(String.class, 0)).isEqualTo(Object.class);
    }

    @Test
    void annotatedArgumentsKeepTheirTypeUseAnnotations() throws Exception {
        AnnotatedType element = Types.argument(annotated("sized"), 0);
        assertThat(element.getType()).isEqualTo(String.class);
        assertThat(element.getAnnotation(Size.class).max()).isEqualTo(3);
        assertThat(Types.argument(annotated("sized"), 1)).isNull();
        assertThat(Types.argument(annotated("text"), 0)).isNull();
    }

    @Test
    void jsonNamesFollowJsonProperty() throws Exception {
        var components = Item.class.getRecordComponents();
        assertThat(Types.jsonName(components[0])).isEqualTo("item-name");
        assertThat(Types.jsonName(components[1])).isEqualTo("plain"); // @JsonProperty without a name
        assertThat(Types.jsonName(components[2])).isEqualTo("price");
        assertThat(Types.jsonName(Named.class.getMethod("username"))).isEqualTo("user-name");
        assertThat(Types.jsonName(Named.class.getMethod("email"))).isEqualTo("email");
    }
}
