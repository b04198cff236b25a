package io.griddle.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PathPatternTest {

    @Test
    void staticTemplateMatchesOnlyItself() {
        PathPattern pattern = PathPattern.compile("/users/me");

        assertThat(pattern.isStatic()).isTrue();
        assertThat(pattern.parameterNames()).isEmpty();
        assertThat(pattern.match("/users/me")).isEmpty();
        assertThat(pattern.match("/users/me/")).isNull();
        assertThat(pattern.match("/users/you")).isNull();
    }

    @Test
    void strParameterMatchesOneSegment() {
        PathPattern pattern = PathPattern.compile("/users/{name}");

        assertThat(pattern.isStatic()).isFalse();
        assertThat(pattern.parameterNames()).containsExactly("name");
        assertThat(pattern.match("/users/alice")).isEqualTo(Map.of("name", "alice"));
        assertThat(pattern.match("/users/a b")).isEqualTo(Map.of("name", "a b"));
        assertThat(pattern.match("/users/a/b")).isNull();
        assertThat(pattern.match("/users/")).isNull();
    }

    @Test
    void explicitStrConverterIsTheDefault() {
        assertThat(PathPattern.compile("/users/{name:str}").match("/users/bob")).isEqualTo(Map.of("name", "bob"));
    }

    @Test
    void intParameterIsConverted() {
        PathPattern pattern = PathPattern.compile("/items/{id:int}");

        assertThat(pattern.match("/items/42")).containsExactly(Map.entry("id", 42));
        assertThat(pattern.match("/items/42").get("id")).isInstanceOf(Integer.class);
    }

    @Test
    void intParameterThatIsNotDigitsDoesNotMatch() {
        PathPattern pattern = PathPattern.compile("/items/{id:int}");

        assertThat(pattern.match("/items/abc")).isNull();
        assertThat(pattern.match("/items/-1")).isNull();
        assertThat(pattern.match("/items/1.5")).isNull();
        assertThat(pattern.match("/items/")).isNull();
    }

    @Test
    void intParameterTooLargeForIntDoesNotMatch() {
        assertThat(PathPattern.compile("/items/{id:int}").match("/items/99999999999"))
                .isNull();
        assertThat(PathPattern.compile("/items/{id:long}").match("/items/99999999999"))
                .isEqualTo(Map.of("id", 99999999999L));
    }

    @Test
    void floatParameterIsConvertedToDouble() {
        PathPattern pattern = PathPattern.compile("/scale/{x:float}");

        assertThat(pattern.match("/scale/1.5")).isEqualTo(Map.of("x", 1.5));
        assertThat(pattern.match("/scale/3")).isEqualTo(Map.of("x", 3.0));
        assertThat(pattern.match("/scale/1.")).isNull();
        assertThat(pattern.match("/scale/abc")).isNull();
    }

    @Test
    void uuidParameterIsConverted() {
        UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        PathPattern pattern = PathPattern.compile("/orders/{u:uuid}");

        assertThat(pattern.match("/orders/" + id)).isEqualTo(Map.of("u", id));
        assertThat(pattern.match("/orders/123e4567")).isNull();
        assertThat(pattern.match("/orders/123e4567-e89b-12d3-a456-42661417400z"))
                .isNull();
    }

    @Test
    void pathParameterTakesTheRestIncludingSlashes() {
        PathPattern pattern = PathPattern.compile("/files/{rest:path}");

        assertThat(pattern.match("/files/a/b/c.txt")).isEqualTo(Map.of("rest", "a/b/c.txt"));
        assertThat(pattern.match("/files/")).isEqualTo(Map.of("rest", ""));
        assertThat(pattern.match("/file")).isNull();
    }

    @Test
    void severalParametersKeepTheirOrder() {
        PathPattern pattern = PathPattern.compile("/burgers/{id:int}/toppings/{name}");

        assertThat(pattern.parameterNames()).containsExactly("id", "name");
        assertThat(pattern.match("/burgers/7/toppings/cheese"))
                .containsExactly(Map.entry("id", 7), Map.entry("name", "cheese"));
        assertThat(pattern.match("/burgers/7/toppings")).isNull();
    }

    @Test
    void literalPartsAreNotRegularExpressions() {
        PathPattern pattern = PathPattern.compile("/v1.0/{name}");

        assertThat(pattern.match("/v1.0/x")).isEqualTo(Map.of("name", "x"));
        assertThat(pattern.match("/v1x0/x")).isNull();
    }

    @Test
    void wholeSegmentParametersMatchSegmentBySegment() {
        PathPattern pattern = PathPattern.compile("/shops/{shop}/items/{id:int}/{code:uuid}");
        String uuid = "1b4e28ba-2fa1-11d2-883f-0016d3cca427";

        assertThat(pattern.match("/shops/north/items/42/" + uuid))
                .containsExactly(
                        Map.entry("shop", "north"),
                        Map.entry("id", 42),
                        Map.entry("code", java.util.UUID.fromString(uuid)));
        assertThat(pattern.match("/shops/north/items/42/" + uuid + "/")).isNull(); // a trailing slash is another path
        assertThat(pattern.match("/shops//items/42/" + uuid)).isNull(); // an empty segment is no value
        assertThat(pattern.match("/shops/north/items/4x/" + uuid)).isNull();
        assertThat(pattern.match("/shops/north/items/42/not-a-uuid")).isNull();
        assertThat(pattern.match("/shops/north/item/42/" + uuid)).isNull();
        assertThat(pattern.match("/shops/north/items/42")).isNull();
        assertThat(pattern.match("shops/north/items/42/" + uuid)).isNull();
    }

    @Test
    void aParameterInsideASegmentStillMatches() {
        PathPattern pattern = PathPattern.compile("/files/{name}.txt");

        assertThat(pattern.match("/files/notes.txt")).isEqualTo(Map.of("name", "notes"));
        assertThat(pattern.match("/files/notes.md")).isNull();
    }

    @Test
    void matchedParametersActAsAnOrdinaryMap() {
        Map<String, Object> params = PathPattern.compile("/a/{x}/b/{y:int}").match("/a/one/b/2");

        assertThat(params).isEqualTo(Map.of("x", "one", "y", 2)).hasSameHashCodeAs(Map.of("x", "one", "y", 2));
        assertThat(params.get("y")).isEqualTo(2);
        assertThat(params.get("z")).isNull();
        assertThat(params.containsKey("x")).isTrue();
        assertThat(params).hasToString("{x=one, y=2}");
        assertThatThrownBy(params::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void matchedParametersCannotBeModified() {
        Map<String, Object> params = PathPattern.compile("/items/{id:int}").match("/items/1");

        assertThatThrownBy(() -> params.put("id", 2)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void templateIsKeptAsWritten() {
        PathPattern pattern = PathPattern.compile("/items/{id:int}");

        assertThat(pattern.template()).isEqualTo("/items/{id:int}");
        assertThat(pattern).hasToString("/items/{id:int}");
    }

    @Test
    void templateMustStartWithSlash() {
        assertThatThrownBy(() -> PathPattern.compile("items"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must start with '/'");
    }

    @Test
    void duplicateParameterNameIsRefused() {
        assertThatThrownBy(() -> PathPattern.compile("/a/{x}/b/{x}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x' appears twice");
    }

    @Test
    void unknownConverterIsRefused() {
        assertThatThrownBy(() -> PathPattern.compile("/a/{x:decimal}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown path converter 'decimal'");
    }

    @Test
    void malformedParametersAreRefused() {
        for (String template : new String[] {"/a/{x", "/a/x}", "/a/{}", "/a/{1x}", "/a/{x}/{y", "/a/{x:}"}) {
            assertThatThrownBy(() -> PathPattern.compile(template))
                    .as(template)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("malformed path parameter");
        }
    }

    @Test
    void unknownConverterNameIsReported() {
        assertThatThrownBy(() -> Converter.named("nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("known:");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "/files/a.txt",
                "/files/",
                "/files",
                "/files/a/b/../c",
                "/files/a\nb",
                "/files/a\u2028b",
                "/files/caf\u00e9",
                "/filesx/a",
                "/other/files/a",
                "/files//a",
                "/files/a%2Fb"
            })
    void aTrailingPathParameterMatchesAsItsExpressionWould(String path) {
        java.util.regex.Matcher expression =
                java.util.regex.Pattern.compile("^/files/(.*)$").matcher(path);
        java.util.Map<String, Object> matched =
                PathPattern.compile("/files/{rest:path}").match(path);
        if (expression.matches()) {
            assertThat(matched).containsExactly(java.util.Map.entry("rest", expression.group(1)));
        } else {
            assertThat(matched).isNull();
        }
    }

    @org.junit.jupiter.api.Test
    void aMountsCatchAllTakesTheWholePath() {
        assertThat(PathPattern.compile("/{path:path}").match("/css/site.css"))
                .containsExactly(java.util.Map.entry("path", "css/site.css"));
        assertThat(PathPattern.compile("/{path:path}").match("")).isNull();
    }

    @Test
    void expandFillsTheParametersPercentEncoded() {
        assertThat(PathPattern.compile("/items/{id}").expand(Map.of("id", "foo")))
                .isEqualTo("/items/foo");
        assertThat(PathPattern.compile("/items/{id:int}/x").expand(Map.of("id", 7)))
                .isEqualTo("/items/7/x");
        assertThat(PathPattern.compile("/users/me").expand(Map.of())).isEqualTo("/users/me");
        // a str value is one segment: its slash, space, '?', '#', '%' and non-ASCII are encoded; pchar stay
        assertThat(PathPattern.compile("/u/{name}").expand(Map.of("name", "a b/c?d#e%f-é:@!")))
                .isEqualTo("/u/a%20b%2Fc%3Fd%23e%25f-%C3%A9:@!");
        // a path value keeps its slashes
        assertThat(PathPattern.compile("/files/{rest:path}").expand(Map.of("rest", "css/a b.css")))
                .isEqualTo("/files/css/a%20b.css");
        assertThat(PathPattern.compile("/f/{name}.txt").expand(Map.of("name", "<x>")))
                .isEqualTo("/f/%3Cx%3E.txt");
    }

    @Test
    void expandNeedsExactlyTheTemplatesParameters() {
        PathPattern pattern = PathPattern.compile("/items/{id}/{part}");
        assertThat(pattern.expand(Map.of("id", 1))).isNull();
        assertThat(pattern.expand(Map.of("id", 1, "part", "a", "extra", "b"))).isNull();
        assertThat(pattern.expand(Map.of("id", 1, "other", "a"))).isNull();
        assertThat(PathPattern.compile("/users/me").expand(Map.of("id", 1))).isNull();
        java.util.Map<String, Object> withNull = new java.util.HashMap<>();
        withNull.put("id", null);
        withNull.put("part", "a");
        assertThat(pattern.expand(withNull)).isNull();
        assertThat(pattern.expand(Map.of("id", 1, "part", "a"))).isEqualTo("/items/1/a");
    }
}
