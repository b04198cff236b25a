package io.griddle.server.http1;

/** What connections report to their server: requests starting and ending, and whether the server is stopping. */
public interface ConnectionTracker {

    /** A tracker that counts nothing, for connections no server stops (the warm-up's, tests'). */
    ConnectionTracker NONE = new ConnectionTracker() {
        @Override
        public void requestStarted() {}

        @Override
        public void requestEnded() {}

        @Override
        public boolean shuttingDown() {
            return false;
        }
    };

    void requestStarted();

    void requestEnded();

    /**
     * An application call did not end at once: it is counted until it ends, since it may go on after its response
     * was sent (tasks after the response, background tasks) and a graceful stop waits for it. Called at most once
     * per request, followed by {@link #callEnded()}.
     */
    default void callRunning() {}

    /** A call reported by {@link #callRunning()} has ended. */
    default void callEnded() {}

    /** While true, responses carry {@code connection: close} and connections end after their current request. */
    boolean shuttingDown();
}
