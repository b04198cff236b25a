package io.griddle.http;

import tools.jackson.core.StreamReadConstraints;

/**
 * What a JSON request body may hold: its size, how deep it nests, how long a number, a string or a property name may
 * be, and how many tokens (values, property names, brackets) it may have. A body past {@code maxDocumentBytes} is
 * answered 413; one past any other limit 422 ({@code json_invalid}, as malformed JSON). Each is checked as the body
 * is parsed, so a 100,000-deep array or a megabyte-long number costs no more than the bytes read before the limit.
 *
 * <p>The defaults suit JSON APIs: 16 MiB (the server's {@code --max-body-size}), depth 500, numbers of 1,000
 * characters, strings of 4 MiB characters, names of 50,000 characters, 1,000,000 tokens. Raise one on purpose:
 *
 * <pre>{@code
 * App.create().jsonLimits(JsonLimits.defaults().withMaxStringLength(32 * 1024 * 1024)); // base64 images
 * }</pre>
 *
 * @param maxDocumentBytes the body's size in bytes (413 beyond it)
 * @param maxDepth how deep arrays and objects nest
 * @param maxNumberLength a number's characters, digits, sign, point and exponent
 * @param maxStringLength a string value's characters
 * @param maxNameLength a property name's characters
 * @param maxTokens the tokens of the whole document: values, property names, and each bracket
 */
public record JsonLimits(
        long maxDocumentBytes,
        int maxDepth,
        int maxNumberLength,
        int maxStringLength,
        int maxNameLength,
        long maxTokens) {

    private static final JsonLimits DEFAULTS = new JsonLimits(16L << 20, 500, 1000, 4 << 20, 50_000, 1_000_000);

    /** Checks that every limit is positive. */
    public JsonLimits {
        positive("maxDocumentBytes", maxDocumentBytes);
        positive("maxDepth", maxDepth);
        positive("maxNumberLength", maxNumberLength);
        positive("maxStringLength", maxStringLength);
        positive("maxNameLength", maxNameLength);
        positive("maxTokens", maxTokens);
    }

    /** The defaults listed above. */
    public static JsonLimits defaults() {
        return DEFAULTS;
    }

    /** These limits with another body size, in bytes. */
    public JsonLimits withMaxDocumentBytes(long bytes) {
        return new JsonLimits(bytes, maxDepth, maxNumberLength, maxStringLength, maxNameLength, maxTokens);
    }

    /** These limits with another nesting depth. */
    public JsonLimits withMaxDepth(int depth) {
        return new JsonLimits(maxDocumentBytes, depth, maxNumberLength, maxStringLength, maxNameLength, maxTokens);
    }

    /** These limits with another number length, in characters. */
    public JsonLimits withMaxNumberLength(int length) {
        return new JsonLimits(maxDocumentBytes, maxDepth, length, maxStringLength, maxNameLength, maxTokens);
    }

    /** These limits with another string length, in characters. */
    public JsonLimits withMaxStringLength(int length) {
        return new JsonLimits(maxDocumentBytes, maxDepth, maxNumberLength, length, maxNameLength, maxTokens);
    }

    /** These limits with another property-name length, in characters. */
    public JsonLimits withMaxNameLength(int length) {
        return new JsonLimits(maxDocumentBytes, maxDepth, maxNumberLength, maxStringLength, length, maxTokens);
    }

    /** These limits with another token count. */
    public JsonLimits withMaxTokens(long tokens) {
        return new JsonLimits(maxDocumentBytes, maxDepth, maxNumberLength, maxStringLength, maxNameLength, tokens);
    }

    /** Jackson's constraints that check these limits while parsing. */
    public StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxDocumentLength(maxDocumentBytes)
                .maxNestingDepth(maxDepth)
                .maxNumberLength(maxNumberLength)
                .maxStringLength(maxStringLength)
                .maxNameLength(maxNameLength)
                .maxTokenCount(maxTokens)
                .build();
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
