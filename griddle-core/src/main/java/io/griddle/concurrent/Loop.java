package io.griddle.concurrent;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * An event-loop thread as Griddle sees it: an executor with timers, bound to one thread, watched by the
 * {@link Concurrency}'s watchdog.
 *
 * <p>A server attaches each of its loop threads once, on that thread ({@link Concurrency#attach}); from then on
 * {@link #current()} on that thread answers the loop. Code that runs on a loop on behalf of someone brackets the work
 * with {@link #enter(LoopTask)} and {@link #exit()}, so that the watchdog can name who held the loop.
 */
public final class Loop implements Executor {

    private static final ThreadLocal<Loop> CURRENT = new ThreadLocal<>();

    private final ScheduledExecutorService executor;
    private final Thread thread;
    private final Concurrency concurrency;

    // Written by the loop thread, read by the watchdog thread.
    private volatile long busySince;
    private volatile LoopTask task;
    // Loop thread only.
    private int depth;
    // Watchdog thread only: the busySince it already reported, so that one episode gives one warning.
    long reportedSince;

    Loop(ScheduledExecutorService executor, Thread thread, Concurrency concurrency) {
        this.executor = executor;
        this.thread = thread;
        this.concurrency = concurrency;
    }

    /** The loop of the calling thread, or {@code null} when the caller is not on a loop. */
    public static Loop current() {
        return CURRENT.get();
    }

    static void bind(Loop loop) {
        CURRENT.set(loop);
    }

    /** The settings and executors this loop belongs to. */
    public Concurrency concurrency() {
        return concurrency;
    }

    /** The loop's thread. */
    public Thread thread() {
        return thread;
    }

    /** Whether the caller runs on this loop's thread. */
    public boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    @Override
    public void execute(Runnable command) {
        executor.execute(command);
    }

    /** Runs the command on the loop, now if the caller is on it, else as soon as the loop gets to it. */
    public void executeNowOrLater(Runnable command) {
        if (inLoop()) {
            command.run();
        } else {
            executor.execute(command);
        }
    }

    /**
     * Runs the command on the loop after the delay, on behalf of the task that is current now, so that the watchdog
     * names it if the command blocks.
     */
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        LoopTask owner = task;
        return executor.schedule(owner == null ? command : () -> runAs(owner, command), delay, unit);
    }

    /**
     * Runs the command on the loop, later, on behalf of the task (or of nobody when it is {@code null}): how work
     * that finished on another thread resumes on the loop, still named by the watchdog.
     */
    public void executeAs(LoopTask owner, Runnable command) {
        executor.execute(owner == null ? command : () -> runAs(owner, command));
    }

    /** Runs the command on behalf of the task: {@link #enter}, run, {@link #exit}. Loop thread only. */
    public void runAs(LoopTask owner, Runnable command) {
        enter(owner);
        try {
            command.run();
        } finally {
            exit();
        }
    }

    /**
     * Marks the start of work on behalf of the task. Nested calls keep the outermost task. Loop thread only.
     */
    public void enter(LoopTask owner) {
        if (depth++ == 0) {
            task = Objects.requireNonNull(owner);
            busySince = System.nanoTime() | 1L; // never 0, which means idle
        }
    }

    /** Marks the end of the work begun by the matching {@link #enter}. Loop thread only. */
    public void exit() {
        if (--depth == 0) {
            busySince = 0L;
            task = null;
        }
    }

    /** The task the loop works for right now, or {@code null} between tasks. */
    public LoopTask currentTask() {
        return task;
    }

    long busySince() {
        return busySince;
    }

    @Override
    public String toString() {
        return "Loop[" + thread.getName() + "]";
    }
}
