package io.griddle.examples.burgershop;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * One order and the statuses it went through so far ({@code received}, {@code cooking}, {@code ready}). A reader
 * gets the whole history first and then waits for what comes next, so one that arrives late misses nothing.
 */
final class Order {

    static final String RECEIVED = "received";
    static final String COOKING = "cooking";
    static final String READY = "ready";

    final int id;
    final String burger;
    private final List<String> statuses = new ArrayList<>();

    Order(int id, String burger) {
        this.id = id;
        this.burger = burger;
        statuses.add(RECEIVED);
    }

    /** Records the next status and wakes the readers. */
    synchronized void advance(String status) {
        statuses.add(status);
        notifyAll();
    }

    /** The latest status. */
    synchronized String status() {
        return statuses.getLast();
    }

    /**
     * The statuses from the first to {@code ready}; {@code next()} blocks (a virtual thread waits cheaply) until the
     * kitchen gets there, and the iteration ends early when nothing happens within {@code patience}.
     */
    Iterator<String> updates(Duration patience) {
        return new Iterator<>() {
            private int index;
            private String last;

            @Override
            public boolean hasNext() {
                if (READY.equals(last)) {
                    return false;
                }
                try {
                    return awaitStatus(index, patience) != null;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // the client left: stop
                    return false;
                }
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                synchronized (Order.this) {
                    last = statuses.get(index++);
                }
                return last;
            }
        };
    }

    private synchronized String awaitStatus(int index, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (statuses.size() <= index) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return statuses.get(index);
    }
}
