package io.griddle.concurrent;

/** Watchdog verdicts for tests outside this package, which cannot make one (the constructor is the watchdog's). */
public final class LoopBlockedExceptions {

    private LoopBlockedExceptions() {}

    /** A verdict as the watchdog would give it for {@code task}. */
    public static LoopBlockedException of(String task) {
        return new LoopBlockedException("test-loop", task, 300, 100, new StackTraceElement[0]);
    }
}
