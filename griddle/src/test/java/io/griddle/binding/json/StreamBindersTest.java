package io.griddle.binding.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.Default;
import io.griddle.RequestValidationError.Issue;
import io.griddle.http.Json;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/**
 * The stream binders against the tree binders: on every body the stream binds, it gives exactly the value the tree
 * path gives, and the tree path finds nothing wrong; every body with a problem, or needing a lax conversion, is
 * left to the tree path.
 */
class StreamBindersTest {

    enum Size3 {
        SMALL,
        LARGE
    }

    record Image(String url, Optional<String> name) {}

    record Node(String label, List<Node> children) {}

    record Everything(
            @Size(min = 1, max = 10) String name,
            int count,
            long big,
            double price,
            float ratio,
            boolean active,
            Optional<String> note,
            List<Integer> numbers,
            Set<String> tags,
            Map<String, Double> prices,
            Map<Integer, String> byId,
            Size3 size,
            UUID id,
            LocalDate day,
            Optional<Image> image,
            List<@Size(max = 3) String> codes,
            @Default("7") int lucky,
            @Positive double weight,
            @Pattern(regexp = "[A-Z]{2}") String country) {}

    private static final String VALID = """
            {"name":"burger","count":3,"big":12345678901,"price":9.5,"ratio":0.25,"active":true,"note":"hot",
             "numbers":[1,2,3],"tags":["a","b","a"],"prices":{"x":1.5,"y":2},"byId":{"1":"one","2":"two"},
             "size":"LARGE","id":"1b4e28ba-2fa1-11d2-883f-0016d3cca427","day":"2026-11-23",
             "image":{"url":"http://x/y.png"},"codes":["ab","abc"],"weight":0.5,"country":"NL"}""";

    // Valid bodies in their plain form: the stream binds each of them.
    private static final List<String> PLAIN = List.of(
            VALID,
            VALID.replace("\"note\":\"hot\",", "").replace("\"image\":{\"url\":\"http://x/y.png\"},", ""),
            VALID.replace("\"note\":\"hot\"", "\"note\":null").replace("\"lucky\"", "\"x\""),
            VALID.replace("{\"name\"", "{\"extra\":{\"deep\":[1,{\"a\":2}]},\"name\""), // unknown fields are skipped
            VALID.replace("\"weight\":0.5", "\"weight\":2,\"lucky\":8"),
            VALID.replace("\"codes\":[\"ab\",\"abc\"]", "\"codes\":[]"),
            VALID.replace("\"count\":3", "\"count\":3,\"count\":4"), // a repeated field: the last one counts
            "  " + VALID + "\n");

    // Bodies with a problem, or in a form only the tree path converts: the stream leaves each of them.
    private static final List<String> LEFT_TO_TREE = List.of(
            VALID.replace("\"count\":3", "\"count\":\"3\""), // numeric string: valid, lax
            VALID.replace("\"count\":3", "\"count\":3.0"), // whole float: valid, lax
            VALID.replace("\"active\":true", "\"active\":1"), // 1 for true: valid, lax
            VALID.replace("\"count\":3", "\"count\":3.5"),
            VALID.replace("\"count\":3", "\"count\":12345678901"), // beyond int
            VALID.replace("\"name\":\"burger\"", "\"name\":\"\""), // @Size(min = 1)
            VALID.replace("\"name\":\"burger\"", "\"name\":7"),
            VALID.replace("\"name\":\"burger\",", ""), // missing
            VALID.replace("\"codes\":[\"ab\",\"abc\"]", "\"codes\":[\"abcd\"]"),
            VALID.replace("\"weight\":0.5", "\"weight\":0"),
            VALID.replace("\"country\":\"NL\"", "\"country\":\"nl\""),
            VALID.replace("\"size\":\"LARGE\"", "\"size\":\"HUGE\""),
            VALID.replace("\"byId\":{\"1\"", "\"byId\":{\"one\""),
            VALID.replace("\"numbers\":[1,2,3]", "\"numbers\":[1,null]"),
            VALID.replace("\"image\":{\"url\":\"http://x/y.png\"}", "\"image\":{}"),
            VALID + " {}", // trailing content
            VALID.substring(0, VALID.length() - 1), // malformed
            "[]",
            "null",
            "\"text\"");

    @Test
    void everyStreamedBodyIsWhatTheTreeMakes() {
        StreamBinder stream = StreamBinders.forType(Everything.class);
        JsonBinder tree = JsonBinders.forType(Everything.class, "test");
        assertThat(stream).isNotNull();
        for (String body : PLAIN) {
            Object streamed = StreamBinders.readWhole(stream, bytes(body));
            assertThat(streamed).as(body).isNotSameAs(StreamBinder.NO);
            List<Issue> issues = new ArrayList<>();
            Object bound = tree.bind(Json.mapper().readTree(body), List.of("body"), issues);
            assertThat(issues).as(body).isEmpty();
            assertThat(streamed).as(body).isEqualTo(bound);
        }
    }

    @Test
    void bodiesWithProblemsOrLaxFormsAreLeftToTheTree() {
        StreamBinder stream = StreamBinders.forType(Everything.class);
        for (String body : LEFT_TO_TREE) {
            assertThat(StreamBinders.readWhole(stream, bytes(body))).as(body).isSameAs(StreamBinder.NO);
        }
    }

    @Test
    void defaultsAndRepeatsFollowTheTree() {
        Everything streamed =
                (Everything) StreamBinders.readWhole(StreamBinders.forType(Everything.class), bytes(PLAIN.get(6)));
        assertThat(streamed.lucky()).isEqualTo(7);
        assertThat(streamed.count()).isEqualTo(4);
        assertThat(streamed.tags()).containsExactlyInAnyOrder("a", "b");
        assertThat(streamed.byId()).containsEntry(1, "one");
    }

    @Test
    void recursiveRecordsStream() {
        String body = "{\"label\":\"a\",\"children\":[{\"label\":\"b\",\"children\":[]}]}";
        Object streamed = StreamBinders.readWhole(StreamBinders.forType(Node.class), bytes(body));
        assertThat(streamed).isEqualTo(new Node("a", List.of(new Node("b", List.of()))));
    }

    @Test
    void typesJacksonReadsForItselfHaveNoStreamForm() {
        record Loose(JsonNode anything) {}
        assertThat(StreamBinders.forType(Loose.class)).isNull();
        assertThat(StreamBinders.forType(Object.class)).isNull();
    }

    // The kept parser of the test's thread reads body after body; each answer must be what a parser of its own gives.
    @Test
    void theKeptParserAnswersAsAFreshOneBodyAfterBody() {
        StreamBinder stream = StreamBinders.forType(Everything.class);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < LEFT_TO_TREE.size(); i++) {
            bodies.add(PLAIN.get(i % PLAIN.size())); // each problem body comes after a good one, and before one
            bodies.add(LEFT_TO_TREE.get(i));
        }
        bodies.add(VALID);
        for (String body : bodies) {
            Object kept = StreamBinders.readWhole(stream, bytes(body));
            Object fresh = StreamBinders.readFresh(stream, bytes(body));
            assertThat(kept).as(body).isEqualTo(fresh);
        }
    }

    @Test
    @Timeout(60) // a binder that took a stale token for the next one would loop here, not fail
    void everyBodyCutShortIsLeftToTheTreeAndTheNextWholeOneStillBinds() {
        StreamBinder stream = StreamBinders.forType(Everything.class);
        Object whole = StreamBinders.readFresh(stream, bytes(PLAIN.get(3))); // with an unknown nested field
        String body = PLAIN.get(3).strip();
        for (int end = 0; end < body.length(); end++) {
            String cut = body.substring(0, end);
            assertThat(StreamBinders.readWhole(stream, bytes(cut))).as(cut).isSameAs(StreamBinder.NO);
            assertThat(StreamBinders.readWhole(stream, bytes(body)))
                    .as("after " + cut)
                    .isEqualTo(whole);
        }
    }

    @Test
    void valuesAtTheRootBindAsAFreshParserBindsThem() {
        record Case(java.lang.reflect.Type type, String body) {}
        List<Case> cases = List.of(
                new Case(int.class, "42"),
                new Case(int.class, " 7 "),
                new Case(double.class, "1.5"),
                new Case(int.class, "4"),
                new Case(boolean.class, "true"),
                new Case(String.class, "\"burger\""),
                new Case(int.class, "4x"),
                new Case(int.class, ""),
                new Case(String.class, "\"open"),
                new Case(Optional.class, "null"),
                new Case(Size3.class, "\"SMALL\""));
        for (int round = 0; round < 2; round++) {
            for (Case c : cases) {
                StreamBinder binder = StreamBinders.forType(c.type());
                Object fresh = StreamBinders.readFresh(binder, bytes(c.body()));
                assertThat(StreamBinders.readWhole(binder, bytes(c.body())))
                        .as(c.body())
                        .isEqualTo(fresh);
            }
        }
        assertThat(StreamBinders.readWhole(StreamBinders.forType(int.class), bytes("42")))
                .isEqualTo(42);
    }

    @Test
    void theKeptParserIsKeptAfterAWholeBodyAndDroppedAfterAProblem() {
        StreamBinder stream = StreamBinders.forType(Image.class);
        StreamBinders.readWhole(stream, bytes("{")); // whatever earlier tests left: a new parser from here
        StreamBinders.readWhole(stream, bytes("{\"url\":\"a\"}"));
        KeptParser kept = KeptParser.ofThisThread();
        int before = kept.bodiesOfThisParser();
        assertThat(before).isEqualTo(1);

        assertThat(StreamBinders.readWhole(stream, bytes("{\"url\":\"b\"}")))
                .isEqualTo(new Image("b", Optional.empty()));
        assertThat(kept.bodiesOfThisParser()).isEqualTo(before + 1);

        assertThat(StreamBinders.readWhole(stream, bytes("{\"url\":"))).isSameAs(StreamBinder.NO);
        assertThat(kept.bodiesOfThisParser()).isZero();
    }

    @Test
    void theKeptParserIsRenewedAndKeepsBinding() {
        StreamBinder stream = StreamBinders.forType(Image.class);
        for (int i = 0; i < KeptParser.BODIES_PER_PARSER * 2 + 3; i++) {
            String body = "{\"url\":\"u" + i + "\",\"field" + i + "\":" + i + "}"; // a new field name each time
            assertThat(StreamBinders.readWhole(stream, bytes(body))).isEqualTo(new Image("u" + i, Optional.empty()));
        }
    }

    @Test
    void aVirtualThreadReadsWithAParserOfItsOwn() throws InterruptedException {
        StreamBinder stream = StreamBinders.forType(Everything.class);
        Object expected = StreamBinders.readFresh(stream, bytes(VALID));
        List<Object> read = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread thread = Thread.ofVirtual().start(() -> {
            read.add(StreamBinders.readWhole(stream, bytes(VALID)));
            read.add(StreamBinders.readWhole(stream, bytes(VALID + " {}")));
        });
        thread.join(10_000);
        assertThat(read).containsExactly(expected, StreamBinder.NO);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
