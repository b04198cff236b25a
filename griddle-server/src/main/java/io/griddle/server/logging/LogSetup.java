package io.griddle.server.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import java.io.Console;
import java.io.OutputStream;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * Configures logback for a Griddle process from its flags: level ({@code critical error warning info debug trace},
 * Uvicorn's names), format ({@code text} or {@code json}) and colours (on a terminal, unless {@code NO_COLOR}).
 *
 * <pre>{@code
 * LogSetup.apply("info", "json", null);   // null colours: decide by whether stdout is a terminal
 * }</pre>
 */
public final class LogSetup {

    private LogSetup() {}

    /**
     * Applies the settings to the process's logback, unless the application configured logback itself
     * ({@code logback.xml}, {@code logback-test.xml} or {@code -Dlogback.configurationFile}) or uses another backend.
     */
    public static void apply(String level, String format, Boolean colors) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return; // another SLF4J backend: it is configured its own way
        }
        ClassLoader loader = LogSetup.class.getClassLoader();
        if (System.getProperty("logback.configurationFile") != null
                || loader.getResource("logback.xml") != null
                || loader.getResource("logback-test.xml") != null) {
            return;
        }
        ConsoleLines.use(configure(context, level, format, colors == null ? onTerminal() : colors, System.out));
    }

    /**
     * Configures the given context to write to the stream (for tests: a context and stream of their own).
     *
     * @return the access log's way straight to that stream, in the same format ({@link ConsoleLines})
     */
    public static ConsoleLines configure(
            LoggerContext context, String level, String format, boolean colors, OutputStream out) {
        context.reset();
        if (context.getMDCAdapter() == null) { // a context built by hand has none, and appending needs one
            context.setMDCAdapter(new LogbackMDCAdapter());
        }
        Encoder<ILoggingEvent> encoder;
        if (format.equals("json")) {
            JsonLineEncoder json = new JsonLineEncoder();
            json.setContext(context);
            json.start();
            encoder = json;
        } else {
            PatternLayoutEncoder text = new PatternLayoutEncoder();
            text.setContext(context);
            // "INFO:     message", as Uvicorn prints; the level in colour on a terminal.
            text.setPattern(colors ? "%highlight(%-9(%level:)) %msg%n" : "%-9(%level:) %msg%n");
            text.start();
            encoder = text;
        }
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setName("griddle-console");
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(level(level));
        root.addAppender(appender);
        context.getLogger("io.netty").setLevel(Level.WARN);
        if (!context.isStarted()) {
            context.start();
        }
        return ConsoleLines.of(context, appender, encoder, out);
    }

    /** Uvicorn's level names to logback's; {@code critical} is logback's ERROR. */
    public static Level level(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "critical", "error" -> Level.ERROR;
            case "warning", "warn" -> Level.WARN;
            case "info" -> Level.INFO;
            case "debug" -> Level.DEBUG;
            case "trace" -> Level.TRACE;
            default ->
                throw new IllegalArgumentException(
                        "unknown log level '" + name + "'; use critical, error, warning, info, debug or trace");
        };
    }

    // A terminal, and nobody asked for no colour. Console.isTerminal() exists from Java 22; before, a console
    // is only given to an interactive process anyway.
    private static boolean onTerminal() {
        if (System.getenv("NO_COLOR") != null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException olderJava) {
            return true;
        }
    }
}
