package io.griddle.server;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;

/**
 * The memory settings a server process runs with (decision 051): Netty's buffer allocator sized to the event loops
 * unless the user set its properties, and one log line saying whose JVM settings are in force, Griddle's (chosen by
 * the jar's launcher for {@code --loops N}) or the user's.
 *
 * <pre>
 * INFO:     JVM memory: -XX:+UseSerialGC -Xms32m -Xmx64m -XX:MaxDirectMemorySize=128m -XX:TrimNativeHeapInterval=5000
 *           (Griddle's for this server; your own -Xmx, JAVA_TOOL_OPTIONS or JDK_JAVA_OPTIONS win)
 * INFO:     JVM memory: the command line's own -Xmx200m (heap at most 200 MiB)
 * </pre>
 */
final class MemorySettings {

    static final String CHOSEN_PROPERTY = "griddle.jvm.chosen";
    static final String KEPT_PROPERTY = "griddle.jvm.kept";

    private MemorySettings() {}

    /**
     * Netty's allocator settings for a server of {@code loops} loops; each one the user set (a {@code -D} or a
     * property set before) is kept. Must run before Netty's allocator classes load.
     */
    static Map<String, String> allocatorDefaults(int loops) {
        Map<String, String> settings = new LinkedHashMap<>();
        String arenas = Integer.toString(Math.max(1, loops));
        // The pooled allocator (io.netty.allocator.type=pooled): an arena per loop, and no cache per thread for
        // other threads (each virtual thread would get its own).
        settings.put("io.netty.allocator.numDirectArenas", arenas);
        settings.put("io.netty.allocator.numHeapArenas", arenas);
        settings.put("io.netty.allocator.useCacheForAllThreads", "false");
        // The adaptive allocator (Netty 4.2's default): no cached magazine for a thread that is not a loop, and the
        // loops keep their own magazines under a small heap too (below 512 MiB Netty would share them).
        settings.put("io.netty.allocator.useCachedMagazinesForNonEventLoopThreads", "false");
        settings.put("io.netty.allocator.disableThreadLocalMagazinesOnLowMemory", "false");
        return settings;
    }

    /** Sets {@link #allocatorDefaults(int)} as system properties, leaving every one already set alone. */
    static void applyAllocatorDefaults(int loops) {
        allocatorDefaults(loops).forEach((name, value) -> {
            if (System.getProperty(name) == null) {
                System.setProperty(name, value);
            }
        });
    }

    /** The line that says whose JVM settings are in force. */
    static String describe() {
        long maxHeapMiB = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        String chosen = System.getProperty(CHOSEN_PROPERTY);
        if (chosen != null) {
            return "JVM memory: " + chosen
                    + " (Griddle's for this server; your own -Xmx, JAVA_TOOL_OPTIONS or JDK_JAVA_OPTIONS win)";
        }
        String kept = System.getProperty(KEPT_PROPERTY);
        if (kept != null) {
            return "JVM memory: " + kept + " (heap at most " + maxHeapMiB + " MiB)";
        }
        return "JVM memory: as the JVM was started (heap at most " + maxHeapMiB + " MiB)";
    }

    static void log(Logger log) {
        log.info("{}", describe());
    }
}
