package io.griddle.server.logging;

import java.util.List;

/** Where the access log's writer thread puts a batch of lines, in order. Called by that one thread only. */
@FunctionalInterface
public interface AccessLineSink {

    /** Writes the lines, in their order, and makes them visible (flushed) before returning. */
    void write(List<AccessLine> lines);
}
