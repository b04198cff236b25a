package io.griddle.concurrent;

/**
 * What a loop is busy with, as the watchdog reports it: usually one request to one route.
 */
public interface LoopTask {

    /** A short name for logs, e.g. {@code GET /task-blocking-in-async}. */
    String describe();

    /** Called once, from the watchdog thread, when this task held its loop past the limit and strict mode is on. */
    default void blocked(LoopBlockedException failure) {}

    /** Builds a task that only has a name. */
    static LoopTask named(String description) {
        return () -> description;
    }
}
