package io.griddle.server.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.encoder.EncoderBase;
import io.griddle.http.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One compact JSON object per log line, for log shippers:
 * {@code {"time":"2026-11-23T02:51:00.123Z","level":"INFO","logger":"griddle.access","thread":"griddle-loop-1","message":"..."}}
 * with {@code "error"} holding the stack trace when there is one.
 */
public final class JsonLineEncoder extends EncoderBase<ILoggingEvent> {

    private static final byte[] NOTHING = new byte[0];
    private static final byte[] NEWLINE = "\n".getBytes(StandardCharsets.UTF_8);

    @Override
    public byte[] headerBytes() {
        return NOTHING;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        IThrowableProxy error = event.getThrowableProxy();
        return line(
                event.getTimeStamp(),
                event.getLevel().toString(),
                event.getLoggerName(),
                event.getThreadName(),
                event.getFormattedMessage(),
                error == null ? null : ThrowableProxyUtil.asString(error));
    }

    /** One line of the format, with its newline; {@code error} (a stack trace) may be {@code null}. */
    static byte[] line(long time, String level, String logger, String thread, String message, String error) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", Instant.ofEpochMilli(time).toString());
        line.put("level", level);
        line.put("logger", logger);
        line.put("thread", thread);
        line.put("message", message);
        if (error != null) {
            line.put("error", error);
        }
        byte[] json = Json.write(line);
        byte[] withNewline = new byte[json.length + NEWLINE.length];
        System.arraycopy(json, 0, withNewline, 0, json.length);
        System.arraycopy(NEWLINE, 0, withNewline, json.length, NEWLINE.length);
        return withNewline;
    }

    @Override
    public byte[] footerBytes() {
        return NOTHING;
    }
}
