package io.griddle.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

class ServerSentEventTest {

    private static String wire(ServerSentEvent event) {
        return new String(event.encode(), StandardCharsets.UTF_8);
    }

    @Test
    void dataIsJsonAndRawDataIsNot() {
        assertThat(wire(ServerSentEvent.of("hello"))).isEqualTo("data: \"hello\"\n\n");
        assertThat(wire(ServerSentEvent.of(Map.of("a", 1)))).isEqualTo("data: {\"a\":1}\n\n");
        assertThat(wire(ServerSentEvent.raw("[DONE]"))).isEqualTo("data: [DONE]\n\n");
    }

    @Test
    void fieldsComeInFastApisOrder() {
        ServerSentEvent event = ServerSentEvent.raw("x")
                .withEvent("update")
                .withId("7")
                .withRetry(5000)
                .withComment("note");
        assertThat(wire(event)).isEqualTo(": note\nevent: update\ndata: x\nid: 7\nretry: 5000\n\n");
    }

    @Test
    void multiLineDataAndCommentsGetAPrefixPerLine() {
        assertThat(wire(ServerSentEvent.raw("one\r\ntwo\rthree\nfour\n")))
                .isEqualTo("data: one\ndata: two\ndata: three\ndata: four\ndata: \n\n");
        assertThat(wire(ServerSentEvent.ofComment("a\nb"))).isEqualTo(": a\n: b\n\n");
    }

    @Test
    void lineEndsAreSplitAsTheSseFormatDefinesThem() {
        assertThat(wire(ServerSentEvent.raw("Hello\n\n"))).isEqualTo("data: Hello\ndata: \ndata: \n\n");
        assertThat(wire(ServerSentEvent.raw(""))).isEqualTo("data: \n\n");
        assertThat(wire(ServerSentEvent.raw("A\u2028B\u000bC"))).isEqualTo("data: A\u2028B\u000bC\n\n");
        assertThat(wire(ServerSentEvent.ofComment("hi\n"))).isEqualTo(": hi\n: \n\n");
    }

    @Test
    void badFieldsAreRefusedWhenTheEventIsMade() {
        assertThatThrownBy(() -> new ServerSentEvent("a", "b", null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> ServerSentEvent.of(1).withEvent("a\nb"))
                .hasMessageContaining("event must be a single line");
        assertThatThrownBy(() -> ServerSentEvent.of(1).withId("a\rb")).hasMessageContaining("id must be a single line");
        assertThatThrownBy(() -> ServerSentEvent.of(1).withId("a\0b")).hasMessageContaining("NUL");
        assertThatThrownBy(() -> ServerSentEvent.of(1).withRetry(-1)).hasMessageContaining("negative");
    }

    @Test
    void publishersEmitOnlyWhatIsRequestedAndStopWhenCancelled() {
        List<Object> seen = new ArrayList<>();
        Flow.Subscription[] subscription = new Flow.Subscription[1];
        Publishers.of(List.of(1, 2, 3)).subscribe(new Flow.Subscriber<Integer>() {
            @Override
            public void onSubscribe(Flow.Subscription given) {
                subscription[0] = given;
            }

            @Override
            public void onNext(Integer item) {
                seen.add(item);
            }

            @Override
            public void onError(Throwable error) {
                seen.add(error);
            }

            @Override
            public void onComplete() {
                seen.add("complete");
            }
        });
        assertThat(seen).isEmpty();
        subscription[0].request(1);
        assertThat(seen).containsExactly(1);
        subscription[0].request(5);
        assertThat(seen).containsExactly(1, 2, 3, "complete");
    }

    @Test
    void aCancelledPublisherSendsNothingMore() {
        List<Object> seen = new ArrayList<>();
        Publishers.of(List.of(1, 2, 3)).subscribe(new Flow.Subscriber<Integer>() {
            Flow.Subscription subscription;

            @Override
            public void onSubscribe(Flow.Subscription given) {
                subscription = given;
                given.request(10);
            }

            @Override
            public void onNext(Integer item) {
                seen.add(item);
                subscription.cancel();
            }

            @Override
            public void onError(Throwable error) {
                seen.add(error);
            }

            @Override
            public void onComplete() {
                seen.add("complete");
            }
        });
        assertThat(seen).containsExactly(1);
    }
}
