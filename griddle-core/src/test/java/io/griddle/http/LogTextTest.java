package io.griddle.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void printableAsciiIsKeptAsItIs() {
        String plain = "GET /items/1?q=a%20b HTTP/1.1";
        assertThat(LogText.escape(plain)).isSameAs(plain);
    }

    @Test
    void controlsDelNonAsciiAndBackslashesAreEscaped() {
        assertThat(LogText.escape("/x\u001b[2J\u001b[31mFAKE")).isEqualTo("/x\\x1b[2J\\x1b[31mFAKE");
        assertThat(LogText.escape("a\r\nINFO forged")).isEqualTo("a\\x0d\\x0aINFO forged");
        assertThat(LogText.escape("\u0000\u007f\u00ff\u20ac")).isEqualTo("\\x00\\x7f\\xff\\u20ac");
        assertThat(LogText.escape("a\\x41")).isEqualTo("a\\\\x41"); // an escape cannot be faked
        assertThat(LogText.escape(null)).isEqualTo("null");
    }
}
