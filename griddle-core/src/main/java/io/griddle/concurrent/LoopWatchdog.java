package io.griddle.concurrent;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches loops for a task that holds one past the limit. A daemon thread looks at each loop a few times per limit
 * period; when a task has been running too long it takes the loop thread's stack at that moment, logs one warning
 * naming the task, and in strict mode fails the task. The loops pay two volatile writes per task for this.
 */
final class LoopWatchdog {

    private static final Logger LOG = LoggerFactory.getLogger("griddle.watchdog");

    private final Supplier<List<Loop>> loops;
    private final Duration limit;
    private final boolean strict;
    private final List<Consumer<LoopBlockedException>> listeners;
    private Thread thread;
    private volatile boolean stopped;

    LoopWatchdog(
            Supplier<List<Loop>> loops,
            Duration limit,
            boolean strict,
            List<Consumer<LoopBlockedException>> listeners) {
        this.loops = loops;
        this.limit = limit;
        this.strict = strict;
        this.listeners = List.copyOf(listeners);
    }

    Duration limit() {
        return limit;
    }

    boolean strict() {
        return strict;
    }

    synchronized void startIfNeeded() {
        if (thread == null && !stopped) {
            thread = Thread.ofPlatform().daemon().name("griddle-watchdog").start(this::watch);
        }
    }

    synchronized void stop() {
        stopped = true;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void watch() {
        long limitNanos = limit.toNanos();
        // Look four times per limit period, so a block is reported between 1x and 1.25x the limit.
        long periodNanos =
                Math.max(TimeUnit.MILLISECONDS.toNanos(2), Math.min(limitNanos / 4, TimeUnit.SECONDS.toNanos(1)));
        while (!stopped) {
            try {
                TimeUnit.NANOSECONDS.sleep(periodNanos);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (Loop loop : loops.get()) {
                check(loop, now, limitNanos);
            }
        }
    }

    private void check(Loop loop, long now, long limitNanos) {
        long since = loop.busySince();
        if (since == 0L || since == loop.reportedSince || now - since < limitNanos) {
            return;
        }
        LoopTask task = loop.currentTask();
        StackTraceElement[] stack = loop.thread().getStackTrace();
        if (loop.busySince() != since || task == null) {
            return; // the task finished while we looked
        }
        loop.reportedSince = since;
        LoopBlockedException blocked = new LoopBlockedException(
                loop.thread().getName(),
                task.describe(),
                TimeUnit.NANOSECONDS.toMillis(now - since),
                limit.toMillis(),
                stack);
        LOG.warn(blocked.getMessage(), blocked);
        for (Consumer<LoopBlockedException> listener : listeners) {
            listener.accept(blocked);
        }
        if (strict) {
            task.blocked(blocked);
        }
    }
}
