package io.griddle.server.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The access log's straight way to the console writes exactly what logback would, a batch at a time. */
class ConsoleLinesTest {

    private final LoggerContext context = new LoggerContext();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Thread loop = new Thread(() -> {}, "griddle-loop-1");

    private List<AccessLine> lines() {
        InetSocketAddress client = new InetSocketAddress("127.0.0.1", 53432);
        long time = 1_796_000_000_123L;
        return List.of(
                new AccessLine(client, "GET", "/quick", "HTTP/1.1", 200, 410_000, null, time, loop),
                new AccessLine(client, "POST", "/x\u001b[2J\"q\"", "HTTP/2", 422, 5_000_000, null, time + 1, loop),
                new AccessLine(null, null, null, null, 400, 0, null, time + 2, loop),
                new AccessLine(client, null, "/chat", null, 0, 0, "[accepted]", time + 3, loop));
    }

    @ParameterizedTest
    @CsvSource({"text,false", "text,true", "json,false"})
    void eachLineIsByteForByteWhatLogbackWrites(String format, boolean colors) {
        ConsoleLines console = LogSetup.configure(context, "info", format, colors, out);
        for (AccessLine line : lines()) {
            LogbackEvents.info(context.getLogger("griddle.access"), line.message(), line.time(), line.thread());
        }
        byte[] throughLogback = out.toByteArray();
        assertThat(throughLogback).isNotEmpty();
        out.reset();
        console.write(lines());
        assertThat(out.toString()).isEqualTo(new String(throughLogback));
        assertThat(out.toByteArray()).isEqualTo(throughLogback);
    }

    @Test
    void aBatchLargerThanTheBufferIsWrittenWhole() {
        ConsoleLines console = LogSetup.configure(context, "info", "text", false, out);
        List<AccessLine> many = new ArrayList<>();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            AccessLine line = new AccessLine(null, "GET", "/" + i, "HTTP/1.1", 200, 0, null, 0, loop);
            many.add(line);
            expected.append("INFO:     ").append(line.message()).append(System.lineSeparator());
        }
        console.write(many);
        assertThat(out.toString()).isEqualTo(expected.toString());
    }

    @Test
    void itIsInForceOnlyWhileTheLogIsAsGriddleMadeIt() {
        ConsoleLines console = LogSetup.configure(context, "info", "text", false, out);
        assertThat(console.inForce()).isTrue();
        ListAppender<ILoggingEvent> own = new ListAppender<>();
        own.setContext(context);
        own.start();
        context.getLogger("griddle.access").addAppender(own);
        assertThat(console.inForce())
                .as("an appender of the application's on griddle.access")
                .isFalse();
        context.getLogger("griddle.access").detachAppender(own);
        assertThat(console.inForce()).isTrue();
        context.reset();
        assertThat(console.inForce()).as("logback configured again").isFalse();
    }
}
