package io.griddle.binding.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.async.ByteArrayFeeder;

/**
 * Reads whole JSON bodies with one non-blocking Jackson parser that each platform thread keeps (the event loops, the
 * bounded blocking pool), fed body after body as successive root values, instead of building a parser, its context
 * and its name table for every request.
 *
 * <p>The parser is kept only after a body was read whole and well: anything else (malformed JSON, a value cut
 * short, trailing content, a value the binder refused) leaves it in an unknown state, and it is dropped. It is also
 * renewed every {@link #BODIES_PER_PARSER} bodies, which bounds the field names its table collects.
 */
final class KeptParser {

    static final int BODIES_PER_PARSER = 1000;

    // Ends a value the parser cannot know has ended (a number at the root) without changing what the body says.
    private static final byte[] SPACE = {' '};
    private static final byte[] NOTHING = {};

    private final TokenStreamFactory factory;
    private final long renewAfterTokens;
    private JsonParser parser;
    private int bodies;
    private boolean reading;

    private KeptParser(TokenStreamFactory factory, long renewAfterTokens) {
        this.factory = factory;
        this.renewAfterTokens = renewAfterTokens;
    }

    /**
     * The kept parser of this thread, or {@code null} on a virtual thread (one per call: nothing to keep) and while the
     * thread's parser is already reading (a read inside a read).
     */
    static KeptParser ofThisThread() {
        return JsonReading.defaults().keptOfThisThread();
    }

    /** As {@link #ofThisThread()}, among the parsers of one {@link JsonReading}, made by its factory and renewed
     * after a body once they have read {@code renewAfterTokens} tokens. */
    static KeptParser ofThisThread(ThreadLocal<KeptParser> parsers, TokenStreamFactory factory, long renewAfterTokens) {
        if (Thread.currentThread().isVirtual()) {
            return null;
        }
        KeptParser kept = parsers.get();
        if (kept == null) {
            kept = new KeptParser(factory, renewAfterTokens);
            parsers.set(kept);
        }
        return kept.reading ? null : kept;
    }

    /** As {@link StreamBinders#readWhole}: the value, or {@link StreamBinder#NO}. */
    Object readWhole(StreamBinder binder, byte[] json) {
        reading = true;
        boolean keep = false;
        try {
            if (parser == null) {
                parser = factory.createNonBlockingByteArrayParser(ObjectReadContext.empty());
                bodies = 0;
            }
            ByteArrayFeeder feeder = (ByteArrayFeeder) parser.nonBlockingInputFeeder();
            feeder.feedInput(json, 0, json.length);
            if (parser.nextToken() == JsonToken.NOT_AVAILABLE) {
                feeder.feedInput(SPACE, 0, 1);
                if (parser.nextToken() == JsonToken.NOT_AVAILABLE) {
                    return StreamBinder.NO; // no value at all, or one cut short
                }
            }
            Object value = binder.read(parser);
            // Whole and alone: back at the root, with nothing but whitespace after the value.
            if (value == StreamBinder.NO
                    || parser.nextToken() != JsonToken.NOT_AVAILABLE
                    || !parser.streamReadContext().inRoot()) {
                return StreamBinder.NO;
            }
            feeder.feedInput(NOTHING, 0, 0); // keeps no reference to the body between requests
            // Jackson counts the tokens of the whole stream against the body's limit: a new parser well before it.
            keep = ++bodies < BODIES_PER_PARSER && parser.currentTokenCount() < renewAfterTokens;
            return value;
        } catch (RuntimeException e) {
            // Malformed JSON (Jackson's exceptions are unchecked) or anything unforeseen: the tree path reports it.
            return StreamBinder.NO;
        } finally {
            reading = false;
            if (!keep) {
                drop();
            }
        }
    }

    /** How many bodies the current parser has read (0 when there is none): for tests. */
    int bodiesOfThisParser() {
        return parser == null ? 0 : bodies;
    }

    private void drop() {
        JsonParser dropped = parser;
        parser = null;
        if (dropped != null) {
            try {
                dropped.close();
            } catch (RuntimeException ignored) {
                // a parser in a failed state may refuse to close: it is dropped either way
            }
        }
    }
}
