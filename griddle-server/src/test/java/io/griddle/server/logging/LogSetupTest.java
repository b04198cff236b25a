package io.griddle.server.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import io.griddle.http.Json;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each case configures a logger context of its own, so the test JVM's logging is left alone. */
class LogSetupTest {

    private final LoggerContext context = new LoggerContext();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void textLooksLikeUvicorn() {
        LogSetup.configure(context, "info", "text", false, out);
        context.getLogger("griddle.server").info("Application startup complete.");
        context.getLogger("griddle.watchdog").warn("loop blocked");
        assertThat(output()).isEqualTo("INFO:     Application startup complete.\nWARN:     loop blocked\n");
    }

    @Test
    void colorsWrapTheLevelOnly() {
        LogSetup.configure(context, "info", "text", true, out);
        context.getLogger("griddle.server").info("hello");
        assertThat(output()).contains("\u001B[").contains("INFO:").endsWith(" hello\n");
    }

    @Test
    void jsonIsOneObjectPerLine() {
        LogSetup.configure(context, "info", "json", false, out);
        context.getLogger("griddle.access").info("127.0.0.1:5000 - \"GET / HTTP/1.1\" 200 0.10ms");
        context.getLogger("griddle.error").error("boom", new IllegalStateException("broken"));
        String[] lines = output().split("\n");
        assertThat(lines).hasSize(2);
        @SuppressWarnings("unchecked")
        Map<String, Object> first = Json.read(lines[0].getBytes(StandardCharsets.UTF_8), Map.class);
        assertThat(first)
                .containsEntry("level", "INFO")
                .containsEntry("logger", "griddle.access")
                .containsEntry("message", "127.0.0.1:5000 - \"GET / HTTP/1.1\" 200 0.10ms")
                .containsKey("time");
        @SuppressWarnings("unchecked")
        Map<String, Object> second = Json.read(lines[1].getBytes(StandardCharsets.UTF_8), Map.class);
        assertThat((String) second.get("error")).contains("IllegalStateException: broken");
    }

    @Test
    void theLevelFilters() {
        LogSetup.configure(context, "warning", "text", false, out);
        context.getLogger("griddle.access").info("not shown");
        context.getLogger("griddle.server").warn("shown");
        assertThat(output()).isEqualTo("WARN:     shown\n");
        assertThat(LogSetup.level("critical")).isEqualTo(Level.ERROR);
        assertThat(LogSetup.level("TRACE")).isEqualTo(Level.TRACE);
        assertThatThrownBy(() -> LogSetup.level("loud")).hasMessageContaining("loud");
    }
}
