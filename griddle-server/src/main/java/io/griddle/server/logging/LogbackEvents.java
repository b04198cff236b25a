package io.griddle.server.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.LoggingEvent;

/** Logback events made by hand, so that a line written later keeps the time and thread it was logged with. */
final class LogbackEvents {

    private LogbackEvents() {}

    /** Whether the logger is logback's (false too when logback is not on the class path at all). */
    static boolean available(org.slf4j.Logger log) {
        try {
            return log instanceof ch.qos.logback.classic.Logger;
        } catch (LinkageError noLogback) {
            return false;
        }
    }

    static void info(org.slf4j.Logger log, String message, long time, Thread thread) {
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) log;
        LoggingEvent event = new LoggingEvent(LogbackEvents.class.getName(), logger, Level.INFO, message, null, null);
        event.setTimeStamp(time);
        event.setThreadName(thread.getName());
        logger.callAppenders(event);
    }
}
