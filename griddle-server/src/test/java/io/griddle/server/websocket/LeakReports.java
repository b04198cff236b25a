package io.griddle.server.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Fails a test after which Netty's leak detector (PARANOID in tests) reports a lost buffer: it reports one when the
 * buffer is collected and the next buffer is tracked, so this collects, allocates, and looks at what it said.
 */
public final class LeakReports implements BeforeEachCallback, AfterEachCallback {

    private final int rounds;
    private final long pauseMillis;
    private final ListAppender<ILoggingEvent> reports = new ListAppender<>();
    private final Logger detector = (Logger) LoggerFactory.getLogger(io.netty.util.ResourceLeakDetector.class);

    /** Three rounds of collecting, 50 ms apart: for tests that each stand alone. */
    public LeakReports() {
        this(3, 50);
    }

    /**
     * Fewer or shorter rounds, for a long parameterized run (the hostile-HTTP corpus) that checks after each of its
     * many cases: a report that comes late still fails a later case.
     */
    public LeakReports(int rounds, long pauseMillis) {
        this.rounds = rounds;
        this.pauseMillis = pauseMillis;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        reports.start();
        detector.addAppender(reports);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            for (int i = 0; i < rounds; i++) {
                System.gc();
                Thread.sleep(pauseMillis);
                io.netty.buffer.PooledByteBufAllocator.DEFAULT.directBuffer(16).release();
                io.netty.buffer.PooledByteBufAllocator.DEFAULT.heapBuffer(16).release();
            }
        } finally {
            detector.detachAppender(reports);
        }
        assertThat(reports.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(line -> line.contains("LEAK"));
    }
}
