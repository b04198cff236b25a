package io.griddle.examples.tutorial.stream_data;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Streamed;
import io.griddle.streaming.Publishers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.stream.Stream;

/**
 * Streaming data as it is: {@code @Streamed} without a media type sends each {@code String} (UTF-8) or
 * {@code byte[]} as a chunk, as FastAPI's {@code response_class=StreamingResponse} on a generator.
 */
public final class Tutorial001 {

    static final String MESSAGE = """

            Rick: (stumbles in drunkenly, and turns on the lights) Morty! You gotta come on. You got--... you gotta \
            come with me.
            Morty: (rubs his eyes) What, Rick? What's going on?
            Rick: I got a surprise for you, Morty.
            Morty: It's the middle of the night. What are you talking about?
            Rick: (spills alcohol on Morty's bed) Come on, I got a surprise for you. (drags Morty by the ankle) Come \
            on, hurry up. (pulls Morty out of his bed and into the hall)
            Morty: Ow! Ow! You're tugging me too hard!
            Rick: We gotta go, gotta get outta here, come on. Got a surprise for you Morty.
            """;

    static List<String> lines() {
        return MESSAGE.lines().toList();
    }

    @Streamed
    @Get("/story/stream")
    public Flow.Publisher<String> streamStory() {
        return Publishers.of(lines());
    }

    @Streamed
    @Get("/story/stream-no-async")
    public Stream<String> streamStoryNoAsync() {
        return lines().stream();
    }

    @Streamed
    @Get("/story/stream-no-annotation")
    public Flow.Publisher<?> streamStoryNoAnnotation() {
        return Publishers.of(lines());
    }

    @Streamed
    @Get("/story/stream-no-async-no-annotation")
    public Stream<?> streamStoryNoAsyncNoAnnotation() {
        return lines().stream();
    }

    @Streamed
    @Get("/story/stream-bytes")
    public Flow.Publisher<byte[]> streamStoryBytes() {
        return Publishers.of(lines().stream().map(Tutorial001::utf8).toList());
    }

    @Streamed
    @Get("/story/stream-no-async-bytes")
    public Stream<byte[]> streamStoryNoAsyncBytes() {
        return lines().stream().map(Tutorial001::utf8);
    }

    @Streamed
    @Get("/story/stream-no-annotation-bytes")
    public Flow.Publisher<?> streamStoryNoAnnotationBytes() {
        return Publishers.of(lines().stream().map(Tutorial001::utf8).toList());
    }

    @Streamed
    @Get("/story/stream-no-async-no-annotation-bytes")
    public Stream<?> streamStoryNoAsyncNoAnnotationBytes() {
        return lines().stream().map(Tutorial001::utf8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
