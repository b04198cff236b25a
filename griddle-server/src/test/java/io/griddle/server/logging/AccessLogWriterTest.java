package io.griddle.server.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AccessLogWriterTest {

    private static final InetSocketAddress CLIENT = new InetSocketAddress("127.0.0.1", 5000);

    /** Collects what the writer thread writes, batch by batch. */
    private static final class Collected implements AccessLineSink {
        final List<String> lines = new CopyOnWriteArrayList<>();
        final List<Integer> batches = new CopyOnWriteArrayList<>();

        @Override
        public void write(List<AccessLine> batch) {
            batches.add(batch.size());
            for (AccessLine line : batch) {
                lines.add(line.message());
            }
        }
    }

    private static AccessLine line(String target) {
        return AccessLine.request(CLIENT, "GET", target, "HTTP/1.1", 200, 100_000);
    }

    @Test
    void linesAreWrittenInTheOrderEachThreadAddedThemAndCloseWritesThemAll() throws Exception {
        Collected sink = new Collected();
        AccessLogWriter writer = new AccessLogWriter(AccessLogWriter.DEFAULT_CAPACITY, sink).startThread();
        Thread[] loops = new Thread[2];
        for (int t = 0; t < loops.length; t++) {
            String loop = "/loop" + t + "/";
            loops[t] = Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 5_000; i++) {
                    writer.add(line(loop + i));
                }
            });
        }
        for (Thread loop : loops) {
            loop.join();
        }
        writer.close(); // at once: nothing added is lost
        assertThat(writer.dropped()).isZero();
        assertThat(sink.lines).hasSize(10_000);
        for (int t = 0; t < loops.length; t++) {
            String loop = "/loop" + t + "/";
            List<String> own = sink.lines.stream().filter(l -> l.contains(loop)).toList();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 5_000; i++) {
                expected.add("127.0.0.1:5000 - \"GET " + loop + i + " HTTP/1.1\" 200 0.10ms");
            }
            assertThat(own).isEqualTo(expected);
        }
        assertThat(sink.batches).as("written in batches, not line by line").hasSizeLessThan(10_000);
    }

    @Test
    void aLineIsWrittenSoonWithoutAStop() throws Exception {
        Collected sink = new Collected();
        try (AccessLogWriter writer = new AccessLogWriter(16, sink).startThread()) {
            writer.add(line("/first"));
            awaitSize(sink.lines, 1);
            Thread.sleep(1_500); // the writer has been idle long enough to sleep until woken
            writer.add(line("/after-a-pause"));
            awaitSize(sink.lines, 2);
        }
        assertThat(sink.lines)
                .containsExactly(
                        "127.0.0.1:5000 - \"GET /first HTTP/1.1\" 200 0.10ms",
                        "127.0.0.1:5000 - \"GET /after-a-pause HTTP/1.1\" 200 0.10ms");
    }

    @Test
    void aFullQueueDropsAndCountsLinesAndTheCountIsReported() {
        ListAppender<ILoggingEvent> warnings = new ListAppender<>();
        warnings.start();
        Logger log = (Logger) LoggerFactory.getLogger(AccessLogWriter.class);
        log.addAppender(warnings);
        Collected sink = new Collected();
        AccessLogWriter writer = new AccessLogWriter(2, sink); // a tiny queue, and no writer thread yet
        try {
            for (int i = 0; i < 5; i++) {
                writer.add(line("/" + i)); // never blocks: the queue is full from the third line on
            }
            assertThat(writer.dropped()).isEqualTo(3);
            writer.close();
        } finally {
            log.detachAppender(warnings);
        }
        assertThat(sink.lines)
                .containsExactly(
                        "127.0.0.1:5000 - \"GET /0 HTTP/1.1\" 200 0.10ms",
                        "127.0.0.1:5000 - \"GET /1 HTTP/1.1\" 200 0.10ms");
        assertThat(warnings.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("The access log fell behind: 3 line(s) dropped (its queue holds 2; 3 dropped in all)");
    }

    @Test
    void aStuckWriterNeverBlocksTheLoops() throws Exception {
        CountDownLatch stuck = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> written = new CopyOnWriteArrayList<>();
        AccessLogWriter writer = new AccessLogWriter(4, batch -> {
                    stuck.countDown();
                    try {
                        release.await(); // a console nobody reads
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    batch.forEach(l -> written.add(l.message()));
                })
                .startThread();
        writer.add(line("/held"));
        assertThat(stuck.await(10, TimeUnit.SECONDS)).isTrue();
        long started = System.nanoTime();
        for (int i = 0; i < 1_000; i++) {
            writer.add(line("/" + i));
        }
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertThat(tookMillis).as("1,000 lines into a full queue").isLessThan(5_000);
        assertThat(writer.dropped()).isEqualTo(1_000 - 4);
        release.countDown();
        writer.close();
        assertThat(written).hasSize(5).startsWith("127.0.0.1:5000 - \"GET /held HTTP/1.1\" 200 0.10ms");
    }

    private static void awaitSize(List<String> lines, int size) throws InterruptedException {
        for (int i = 0; i < 500 && lines.size() < size; i++) {
            Thread.sleep(10);
        }
        assertThat(lines).hasSize(size);
    }
}
