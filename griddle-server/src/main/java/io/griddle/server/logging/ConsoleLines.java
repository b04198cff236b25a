package io.griddle.server.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.encoder.Encoder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Access lines written straight to the console stream of the log {@link LogSetup} made, byte for byte as its
 * logback appender would write them ({@code INFO:     127.0.0.1:53432 - "GET / HTTP/1.1" 200 0.41ms}, coloured or
 * not, or Griddle's JSON line), but a batch at a time: one write and one flush per batch instead of per line. Used
 * only while that setup is the one in force ({@link #inForce()}); otherwise the lines go through logback.
 */
public final class ConsoleLines implements AccessLineSink {

    private static final String PROBE = "\u0001griddle-access\u0001";
    private static volatile ConsoleLines current;

    private final LoggerContext context;
    private final Appender<ILoggingEvent> appender;
    private final OutputStream out;
    private final boolean json;
    private final byte[] prefix;
    private final byte[] suffix;
    private final Charset charset;
    private final StringBuilder text = new StringBuilder(256);
    private byte[] buffer = new byte[16 * 1024];
    private int length;

    private ConsoleLines(
            LoggerContext context,
            Appender<ILoggingEvent> appender,
            OutputStream out,
            boolean json,
            byte[] prefix,
            byte[] suffix,
            Charset charset) {
        this.context = context;
        this.appender = appender;
        this.out = out;
        this.json = json;
        this.prefix = prefix;
        this.suffix = suffix;
        this.charset = charset;
    }

    /**
     * The lines of a console set up with {@code encoder} (Griddle's text pattern, which has no time or thread in
     * it, or {@link JsonLineEncoder}) writing to {@code out} through {@code appender}.
     */
    static ConsoleLines of(
            LoggerContext context, Appender<ILoggingEvent> appender, Encoder<ILoggingEvent> encoder, OutputStream out) {
        Charset charset = Charset.defaultCharset();
        if (encoder instanceof JsonLineEncoder) {
            return new ConsoleLines(context, appender, out, true, new byte[0], new byte[0], charset);
        }
        // The text pattern's bytes around the message, found by encoding a probe line once.
        LoggingEvent probe = new LoggingEvent(
                ConsoleLines.class.getName(), context.getLogger(Slf4jLines.LOGGER), Level.INFO, PROBE, null, null);
        byte[] whole = encoder.encode(probe);
        byte[] marker = PROBE.getBytes(charset);
        int at = indexOf(whole, marker);
        if (at < 0) {
            return null;
        }
        return new ConsoleLines(
                context,
                appender,
                out,
                false,
                Arrays.copyOfRange(whole, 0, at),
                Arrays.copyOfRange(whole, at + marker.length, whole.length),
                charset);
    }

    /** The console lines of the process's log as {@link LogSetup} made it, or {@code null}. */
    static ConsoleLines current() {
        return current;
    }

    static void use(ConsoleLines lines) {
        current = lines;
    }

    /**
     * Whether the log is still as {@link LogSetup} made it: its console appender the root's only one, and nothing
     * of its own on {@code griddle.access} (an appender added there, or a level turned off, goes through logback).
     */
    boolean inForce() {
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        Logger access = context.getLogger(Slf4jLines.LOGGER);
        if (!appender.isStarted()
                || !access.isAdditive()
                || access.iteratorForAppenders().hasNext()) {
            return false;
        }
        Iterator<Appender<ILoggingEvent>> appenders = root.iteratorForAppenders();
        return appenders.hasNext() && appenders.next() == appender && !appenders.hasNext();
    }

    /** Writes the batch; synchronized, since the writers of several servers in one process share the console. */
    @Override
    public synchronized void write(List<AccessLine> lines) {
        for (AccessLine line : lines) {
            text.setLength(0);
            line.appendMessage(text);
            if (json) {
                byte[] whole = JsonLineEncoder.line(
                        line.time(), "INFO", Slf4jLines.LOGGER, line.thread().getName(), text.toString(), null);
                room(whole.length);
                put(whole);
            } else {
                room(prefix.length + 3 * text.length() + suffix.length); // UTF-8: at most 3 bytes a char
                put(prefix);
                putText();
                put(suffix);
            }
        }
        flush();
    }

    /** Makes room for a whole line, so that a write never ends inside one. */
    private void room(int most) {
        if (length + most > buffer.length) {
            flushBuffer();
            if (most > buffer.length) {
                buffer = new byte[most];
            }
        }
    }

    private void putText() {
        int size = text.length();
        for (int i = 0; i < size; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) { // not ASCII (a host name, say): the encoder's way
                put(text.substring(i).getBytes(charset));
                return;
            }
            buffer[length++] = (byte) c;
        }
    }

    private void put(byte[] bytes) {
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private void flush() {
        flushBuffer();
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void flushBuffer() {
        if (length == 0) {
            return;
        }
        try {
            out.write(buffer, 0, length); // whole lines in one write: never interleaved with another log line
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            length = 0;
        }
    }

    private static int indexOf(byte[] whole, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= whole.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (whole[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
