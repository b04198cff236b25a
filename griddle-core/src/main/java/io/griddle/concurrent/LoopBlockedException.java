package io.griddle.concurrent;

/**
 * A task held an event loop longer than the slow-callback limit. Its stack trace is the loop thread's stack at the
 * moment the watchdog saw it, so the top frames show the blocking call.
 */
public final class LoopBlockedException extends RuntimeException {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    private final String task;
    private final long heldMillis;

    LoopBlockedException(String loopName, String task, long heldMillis, long limitMillis, StackTraceElement[] stack) {
        super("event loop " + loopName + " blocked for " + heldMillis + " ms (limit " + limitMillis + " ms) by "
                + task + ": a blocking call in an async handler stalls every connection on this loop;"
                + " return a plain value to make the handler blocking, or wrap the call in Async.toThread(...)");
        this.task = task;
        this.heldMillis = heldMillis;
        setStackTrace(stack);
    }

    /** The task that held the loop, e.g. {@code GET /task-blocking-in-async}. */
    public String task() {
        return task;
    }

    /** How long the loop had been held when the watchdog noticed. */
    public long heldMillis() {
        return heldMillis;
    }
}
