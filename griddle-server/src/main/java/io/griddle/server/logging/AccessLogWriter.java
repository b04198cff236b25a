package io.griddle.server.logging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access log off the loops: a loop hands each line over as an {@link AccessLine} (a small record, no text made)
 * to a bounded queue and goes on; one writer thread makes the text and writes the lines in batches, one write per
 * batch. A full queue never blocks a loop: the line is dropped and counted, and the writer reports the count as a
 * warning (at most once a second, and once more when it stops). {@link #close()} writes every line handed over
 * before it returns, so a graceful stop loses none.
 *
 * <pre>{@code
 * AccessLogWriter log = AccessLogWriter.start();          // one per server
 * log.add(AccessLine.request(client, "GET", "/quick", "HTTP/1.1", 200, nanos));   // on a loop
 * log.close();                                             // on stop: everything added is written
 * }</pre>
 *
 * <p>The writer sleeps {@value #BATCH_MILLIS} ms between batches while lines come, so a line shows at most that
 * late; after a second without lines it sleeps until the next one wakes it (the only time a loop wakes it).
 */
public final class AccessLogWriter implements AutoCloseable {

    /** How many lines the queue holds by default: 10 ms of 1.6 million requests a second. */
    public static final int DEFAULT_CAPACITY = 16_384;

    static final long BATCH_MILLIS = 10;
    private static final int MOST_PER_BATCH = 1024;
    private static final long IDLE_BEFORE_SLEEP_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final long REPORT_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final Logger LOG = LoggerFactory.getLogger(AccessLogWriter.class);

    private final ArrayBlockingQueue<AccessLine> queue;
    private final AccessLineSink sink;
    private final LongAdder dropped = new LongAdder();
    private final AtomicBoolean sleeping = new AtomicBoolean();
    private final List<AccessLine> batch = new ArrayList<>(MOST_PER_BATCH);
    private volatile boolean closed;
    private volatile Thread thread;
    private long reported;
    private long lastReport;

    /** A writer over {@code sink} with a queue of {@code capacity} lines, not started (tests start it later). */
    AccessLogWriter(int capacity, AccessLineSink sink) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.sink = sink;
    }

    /**
     * Starts a writer for the process's log: Griddle's own console lines when the log is set up by Griddle
     * ({@link LogSetup}), else each line to the {@code griddle.access} logger, on the writer thread.
     */
    public static AccessLogWriter start() {
        return new AccessLogWriter(DEFAULT_CAPACITY, new DefaultSink()).startThread();
    }

    /** Starts a writer whose lines go to {@code sink} (a benchmark's or a test's), with the default queue. */
    public static AccessLogWriter start(AccessLineSink sink) {
        return new AccessLogWriter(DEFAULT_CAPACITY, sink).startThread();
    }

    /** Starts the writer thread (a daemon: it never keeps the process alive). */
    AccessLogWriter startThread() {
        Thread writer = Thread.ofPlatform().name("griddle-access-log").daemon().unstarted(this::run);
        thread = writer;
        writer.start();
        return this;
    }

    /**
     * Hands a line over; never blocks. When the queue is full the line is dropped and counted. After
     * {@link #close()}, the line is written at once by the caller (a straggler of a stop that timed out).
     */
    public void add(AccessLine line) {
        if (closed) {
            Slf4jLines.INSTANCE.write(List.of(line));
            return;
        }
        if (!queue.offer(line)) {
            dropped.increment();
            return;
        }
        if (sleeping.get() && sleeping.compareAndSet(true, false)) {
            LockSupport.unpark(thread);
        }
    }

    /** Lines dropped so far because the queue was full. */
    public long dropped() {
        return dropped.sum();
    }

    /** Writes every line handed over so far, reports what was dropped, and stops the writer thread. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        Thread writer = thread;
        if (writer != null) {
            LockSupport.unpark(writer);
            try {
                writer.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (writer == null || !writer.isAlive()) {
            drainAll(); // never started (tests), or lines that slipped in as the writer ended
            report(true);
        }
    }

    private void run() {
        long lastLine = System.nanoTime();
        while (true) {
            boolean stopping = closed; // read before draining: everything added before close() is drained
            if (drainAll()) {
                lastLine = System.nanoTime();
            }
            if (stopping) {
                break;
            }
            report(false);
            if (System.nanoTime() - lastLine < IDLE_BEFORE_SLEEP_NANOS) {
                LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(BATCH_MILLIS));
            } else {
                sleeping.set(true);
                if (queue.isEmpty() && !closed) {
                    LockSupport.park(this); // until a line comes (add), or close()
                }
                sleeping.set(false);
                lastLine = System.nanoTime();
            }
        }
        report(true);
    }

    /** Writes what is queued, batch by batch; true when there was any. */
    private boolean drainAll() {
        boolean any = false;
        while (queue.drainTo(batch, MOST_PER_BATCH) > 0) {
            any = true;
            try {
                sink.write(batch);
            } catch (RuntimeException e) {
                LOG.warn("The access log could not write {} line(s): {}", batch.size(), e.toString());
            } finally {
                batch.clear();
            }
        }
        return any;
    }

    private void report(boolean last) {
        long now = System.nanoTime();
        if (!last && now - lastReport < REPORT_EVERY_NANOS) {
            return;
        }
        long total = dropped.sum();
        if (total > reported) {
            LOG.warn(
                    "The access log fell behind: {} line(s) dropped (its queue holds {}; {} dropped in all)",
                    total - reported,
                    queue.remainingCapacity() + queue.size(),
                    total);
            reported = total;
            lastReport = now;
        }
    }
}
