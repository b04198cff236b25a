package io.griddle.web;

import io.griddle.http.Json;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.LoggerFactory;

/**
 * A web application's warm-up ({@link WebApp#warmUp()}): the core's own part first (Jackson, {@link Json#warmUp()}),
 * then the parts the layers above contributed, in the order they were added. It runs once: a second call does
 * nothing. A part that fails is logged at debug and the next one runs (a failed warm-up only means a slower first
 * request).
 */
final class WarmUp {

    private final List<Runnable> parts = new CopyOnWriteArrayList<>();
    private final AtomicBoolean ran = new AtomicBoolean();

    void add(Runnable part) {
        parts.add(part);
    }

    void run() {
        if (!ran.compareAndSet(false, true)) {
            return;
        }
        attempt(Json::warmUp);
        for (Runnable part : parts) {
            attempt(part);
        }
    }

    private static void attempt(Runnable part) {
        try {
            part.run();
        } catch (RuntimeException | LinkageError failed) {
            LoggerFactory.getLogger("griddle.warmup").debug("a warm-up part failed", failed);
        }
    }
}
