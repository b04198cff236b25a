package io.griddle.server.logging;

import java.util.List;

/**
 * The process's access lines: straight to Griddle's console while the log is as {@link LogSetup} made it, else
 * through the {@code griddle.access} logger. Decided per batch, so a log reconfigured while serving is followed.
 */
final class DefaultSink implements AccessLineSink {

    private boolean noLogback;

    @Override
    public void write(List<AccessLine> lines) {
        ConsoleLines console = null;
        if (!noLogback) {
            try {
                console = ConsoleLines.current();
            } catch (LinkageError another) { // logback is not there: another SLF4J backend
                noLogback = true;
            }
        }
        if (console != null && console.inForce()) {
            console.write(lines);
        } else {
            Slf4jLines.INSTANCE.write(lines);
        }
    }
}
