package io.griddle.server.logging;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Access lines to the {@code griddle.access} logger at INFO, for a log set up by the application (its own
 * {@code logback.xml}, another backend): its appenders, filters and patterns apply. With logback each event keeps
 * the time and thread of the loop that logged it.
 */
final class Slf4jLines implements AccessLineSink {

    static final Slf4jLines INSTANCE = new Slf4jLines();
    static final String LOGGER = "griddle.access";

    private final Logger log = LoggerFactory.getLogger(LOGGER);
    private final boolean logback = logback(log);

    private Slf4jLines() {}

    private static boolean logback(Logger log) {
        try {
            return LogbackEvents.available(log);
        } catch (LinkageError noLogback) {
            return false;
        }
    }

    @Override
    public void write(List<AccessLine> lines) {
        if (!log.isInfoEnabled()) {
            return;
        }
        for (AccessLine line : lines) {
            if (logback) {
                LogbackEvents.info(log, line.message(), line.time(), line.thread());
            } else {
                log.info(line.message());
            }
        }
    }
}
