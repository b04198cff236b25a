package io.griddle.examples.tutorial.dependencies;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** A stand-in database session for tutorials 007 and 010: it only knows whether it was closed. */
public final class DBSession implements AutoCloseable {

    private static final AtomicInteger OPENED = new AtomicInteger();

    private final int number = OPENED.incrementAndGet();
    private final AtomicBoolean closed = new AtomicBoolean();

    @Override
    public void close() {
        closed.set(true);
    }

    public boolean isClosed() {
        return closed.get();
    }

    @Override
    public String toString() {
        return "DBSession#" + number;
    }
}
