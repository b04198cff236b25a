package io.griddle.server.http1;

/** What connections report to their server: requests starting and ending, and whether the server is stopping. */
public interface ConnectionTracker {

    void requestStarted();

    void requestEnded();

    /** While true, responses carry {@code connection: close} and connections end after their current request. */
    boolean shuttingDown();
}
