package io.griddle.files;

import java.time.Instant;

/**
 * What identifies one version of a file: its strong ETag (modification time and size, in hex) and its
 * Last-Modified date. Any change of either makes a new ETag, which is what caches and If-Range need.
 *
 * @param etag         {@code "18c3f1a2b40-400"}, quotes included
 * @param lastModified an HTTP date, to the second
 */
record Validators(String etag, String lastModified) {

    static Validators of(long size, Instant modified) {
        long millis = modified.toEpochMilli();
        return new Validators(
                '"' + Long.toHexString(millis) + '-' + Long.toHexString(size) + '"',
                HttpDates.format(Instant.ofEpochSecond(modified.getEpochSecond())));
    }
}
