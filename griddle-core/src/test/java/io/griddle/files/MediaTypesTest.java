package io.griddle.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaTypesTest {

    @Test
    void webTypesTheJdkTableLacks() {
        assertThat(MediaTypes.guess("app.js")).isEqualTo("text/javascript; charset=utf-8");
        assertThat(MediaTypes.guess("app.mjs")).isEqualTo("text/javascript; charset=utf-8");
        assertThat(MediaTypes.guess("site.CSS")).isEqualTo("text/css; charset=utf-8");
        assertThat(MediaTypes.guess("data.json")).isEqualTo("application/json");
        assertThat(MediaTypes.guess("logo.svg")).isEqualTo("image/svg+xml");
        assertThat(MediaTypes.guess("module.wasm")).isEqualTo("application/wasm");
        assertThat(MediaTypes.guess("photo.webp")).isEqualTo("image/webp");
        assertThat(MediaTypes.guess("font.woff2")).isEqualTo("font/woff2");
        assertThat(MediaTypes.guess("large-video-file.mp4")).isEqualTo("video/mp4");
        assertThat(MediaTypes.guess("/static/index.html")).isEqualTo("text/html; charset=utf-8");
    }

    @Test
    void unknownAndExtensionlessNamesFallBackToText() {
        assertThat(MediaTypes.guess("README")).isEqualTo(MediaTypes.FALLBACK);
        assertThat(MediaTypes.guess(".env")).isEqualTo(MediaTypes.FALLBACK);
        assertThat(MediaTypes.guess("dir.d/file")).isEqualTo(MediaTypes.FALLBACK);
        assertThat(MediaTypes.guess("x.unknownext")).isEqualTo(MediaTypes.FALLBACK);
        assertThat(MediaTypes.guess("trailing.")).isEqualTo(MediaTypes.FALLBACK);
    }
}
