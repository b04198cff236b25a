package io.griddle.files;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Parses a {@code Range} header against a file's size (RFC 9110 section 14.2): {@code bytes=0-99},
 * {@code bytes=500-}, {@code bytes=-200}, several separated by commas. Overlapping ranges are merged and sorted, so a
 * client cannot make one request send a file many times over.
 *
 * <pre>{@code
 * ByteRanges.parse("bytes=0-0,-1", 10);   // Ranges[[0, 1), [9, 10)]
 * ByteRanges.parse("bytes=20-", 10);      // Unsatisfiable
 * }</pre>
 */
final class ByteRanges {

    /** Beyond this many ranges in one header, it is ignored and the whole file sent. */
    static final int MAX_RANGES = 100;

    /** What a {@code Range} header asks for. */
    sealed interface Parsed {}

    /** The whole file: the header asks for nothing Griddle serves by range (too many ranges). */
    record Whole() implements Parsed {}

    /** The header is not a byte-range set: 400 with the message. */
    record Malformed(String message) implements Parsed {}

    /** No range starts within the file: 416 with {@code Content-Range: bytes * /size}. */
    record Unsatisfiable() implements Parsed {}

    /** The ranges to send, each {@code [start, end)}, sorted, not overlapping. */
    record Ranges(List<long[]> ranges) implements Parsed {}

    private ByteRanges() {}

    static Parsed parse(String header, long size) {
        int equals = header.indexOf('=');
        if (equals < 0) {
            return new Malformed("Malformed range header.");
        }
        if (!header.substring(0, equals).strip().toLowerCase(Locale.ROOT).equals("bytes")) {
            return new Malformed("Only support bytes range");
        }
        String[] specs = header.substring(equals + 1).split(",", -1);
        if (specs.length > MAX_RANGES) {
            return new Whole();
        }
        List<long[]> ranges = new ArrayList<>(specs.length);
        boolean satisfiable = false;
        int requested = 0;
        for (String spec : specs) {
            String range = spec.strip();
            if (range.isEmpty()) {
                continue; // "bytes=0-1, ,2-3" : empty elements are allowed by the list syntax
            }
            requested++;
            int dash = range.indexOf('-');
            if (dash < 0) {
                return new Malformed("Malformed range header.");
            }
            long first = number(range.substring(0, dash));
            long last = number(range.substring(dash + 1));
            if (first == BAD || last == BAD || first == NONE && last == NONE) {
                return new Malformed("Malformed range header.");
            }
            long start;
            long end;
            if (first == NONE) { // a suffix: the last N bytes (all of them when N exceeds the size)
                if (last == 0) {
                    continue;
                }
                start = Math.max(0, size - last);
                end = size;
            } else {
                if (last != NONE && last < first) {
                    return new Malformed("Range header: start must be less than end");
                }
                if (first >= size) {
                    continue; // unsatisfiable on its own; others may still be served
                }
                start = first;
                end = last == NONE || last >= size ? size : last + 1;
            }
            satisfiable = true;
            ranges.add(new long[] {start, end});
        }
        if (!satisfiable) {
            return requested == 0 ? new Malformed("Range header: range must be requested") : new Unsatisfiable();
        }
        return new Ranges(merged(ranges));
    }

    private static List<long[]> merged(List<long[]> ranges) {
        if (ranges.size() == 1) {
            return ranges;
        }
        ranges.sort(Comparator.comparingLong(r -> r[0]));
        List<long[]> merged = new ArrayList<>(ranges.size());
        long[] current = ranges.get(0);
        for (int i = 1; i < ranges.size(); i++) {
            long[] next = ranges.get(i);
            if (next[0] <= current[1]) {
                current = new long[] {current[0], Math.max(current[1], next[1])};
            } else {
                merged.add(current);
                current = next;
            }
        }
        merged.add(current);
        return merged;
    }

    private static final long NONE = -1;
    private static final long BAD = -2;

    // Digits only (no sign, no spaces inside), at most 18 of them so the value fits a long.
    private static long number(String text) {
        String digits = text.strip();
        if (digits.isEmpty()) {
            return NONE;
        }
        if (digits.length() > 18) {
            return BAD;
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return BAD;
            }
        }
        return Long.parseLong(digits);
    }
}
