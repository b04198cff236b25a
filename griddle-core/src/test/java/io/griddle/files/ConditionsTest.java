package io.griddle.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.gateway.Headers;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConditionsTest {

    private static final Instant MODIFIED = Instant.parse("2026-12-07T21:06:23.456Z");
    private static final Validators FILE = Validators.of(1024, MODIFIED);

    @Test
    void validatorsChangeWithTimeAndSize() {
        assertThat(FILE.lastModified()).isEqualTo("Mon, 07 Dec 2026 21:06:23 GMT");
        assertThat(FILE.etag()).startsWith("\"").endsWith("-400\"");
        assertThat(Validators.of(1025, MODIFIED).etag()).isNotEqualTo(FILE.etag());
        assertThat(Validators.of(1024, MODIFIED.plusMillis(1)).etag()).isNotEqualTo(FILE.etag());
    }

    @Test
    void ifNoneMatch() {
        assertThat(Conditions.notModified(Headers.of("if-none-match", FILE.etag()), FILE))
                .isTrue();
        assertThat(Conditions.notModified(Headers.of("if-none-match", "\"x\", W/" + FILE.etag()), FILE))
                .isTrue();
        assertThat(Conditions.notModified(Headers.of("if-none-match", "*"), FILE))
                .isTrue();
        assertThat(Conditions.notModified(Headers.of("if-none-match", "\"other\""), FILE))
                .isFalse();
        // If-None-Match decides alone when sent, even with a matching date
        assertThat(Conditions.notModified(
                        Headers.of("if-none-match", "\"other\"", "if-modified-since", FILE.lastModified()), FILE))
                .isFalse();
    }

    @Test
    void ifModifiedSince() {
        assertThat(Conditions.notModified(Headers.of("if-modified-since", FILE.lastModified()), FILE))
                .isTrue();
        assertThat(Conditions.notModified(Headers.of("if-modified-since", "Tue, 08 Dec 2026 00:00:00 GMT"), FILE))
                .isTrue();
        assertThat(Conditions.notModified(Headers.of("if-modified-since", "Mon, 07 Dec 2026 21:06:22 GMT"), FILE))
                .isFalse();
        assertThat(Conditions.notModified(Headers.of("if-modified-since", "yesterday"), FILE))
                .isFalse();
        assertThat(Conditions.notModified(Headers.of(), FILE)).isFalse();
    }
}
