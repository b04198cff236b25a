package io.griddle.binding.json;

import io.griddle.http.Json;
import io.griddle.http.JsonLimits;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * How an application reads JSON bodies under its {@link JsonLimits}: the tree reader, the stream parsers' factory and
 * the parsers each platform thread keeps, all made once per set of limits. The default limits share one instance.
 */
public final class JsonReading {

    private static final JsonReading DEFAULTS = new JsonReading(JsonLimits.defaults());

    private final JsonLimits limits;
    private final JsonMapper mapper;
    private final ObjectReader tree;
    private final TokenStreamFactory factory;
    private final ThreadLocal<KeptParser> kept = new ThreadLocal<>();

    private JsonReading(JsonLimits limits) {
        this.limits = limits;
        this.mapper = Json.mapper(limits);
        this.tree = mapper.reader();
        // The kept parsers read body after body as one stream, and Jackson counts the length of a stream, not of a
        // value: the body's size is checked before parsing instead (BodyReader), and tokens are counted per stream
        // but the parser is renewed before a count could reach the limit (KeptParser).
        this.factory = mapper.tokenStreamFactory()
                .rebuild()
                .streamReadConstraints(
                        limits.constraints().rebuild().maxDocumentLength(-1).build())
                .build();
    }

    /** The reading of the default limits. */
    public static JsonReading defaults() {
        return DEFAULTS;
    }

    /** The reading of these limits: the shared one for the defaults, else a new one (make it once, at startup). */
    public static JsonReading of(JsonLimits limits) {
        return limits.equals(JsonLimits.defaults()) ? DEFAULTS : new JsonReading(limits);
    }

    /** The limits bodies are read under. */
    public JsonLimits limits() {
        return limits;
    }

    /** The body as a JSON tree; Jackson's exceptions (malformed, past a limit) go to the caller. */
    public JsonNode readTree(byte[] json) {
        return tree.readTree(json);
    }

    /** The tree of a body already read once under these limits. */
    public JsonNode reread(byte[] json) {
        return mapper.readTree(json);
    }

    /**
     * Binds a whole body with the kept parser of this thread (or a fresh one): the value, or {@link StreamBinder#NO}
     * when the bytes are not plainly a valid value of the type, or break a limit, for the tree path to report.
     */
    public Object readWhole(StreamBinder binder, byte[] json) {
        KeptParser parser = KeptParser.ofThisThread(kept, factory, limits.maxTokens() / 2);
        return parser != null ? parser.readWhole(binder, json) : StreamBinders.readFresh(factory, binder, json);
    }

    /** The kept parser of this thread, for tests. */
    KeptParser keptOfThisThread() {
        return KeptParser.ofThisThread(kept, factory, limits.maxTokens() / 2);
    }
}
