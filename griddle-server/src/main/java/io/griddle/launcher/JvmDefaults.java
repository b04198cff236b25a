package io.griddle.launcher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The JVM settings a Griddle server gets when its user chose none: a heap, a collector and a direct-memory limit
 * sized to the server's event loops ({@code --loops N}), instead of the JVM's defaults, which size the heap to the
 * machine (a quarter of its memory) and leave a small server at 200 MiB resident. Decision 051.
 *
 * <pre>
 * loops 1: -XX:+UseSerialGC -Xms32m -Xmx64m  -XX:MaxDirectMemorySize=128m -XX:TrimNativeHeapInterval=5000
 * loops 2: -XX:+UseSerialGC -Xms32m -Xmx80m  -XX:MaxDirectMemorySize=192m -XX:TrimNativeHeapInterval=5000
 * loops 8: -Xms32m -Xmx176m -XX:MaxDirectMemorySize=576m -XX:TrimNativeHeapInterval=5000   (the JVM's collector)
 * </pre>
 *
 * <p>({@code TrimNativeHeapInterval} only on Java 22+, where it is a product option.)
 *
 * <p>A user's own setting always wins: any heap, collector or memory option on the command line, or anything in
 * {@code JAVA_TOOL_OPTIONS} or {@code JDK_JAVA_OPTIONS}, and the JVM is left as the user started it (the server
 * logs whose settings it runs with). {@code GRIDDLE_JVM_DEFAULTS=off} keeps the JVM's own defaults.
 */
final class JvmDefaults {

    /** Set to {@code off} to keep the JVM's own defaults. */
    static final String SWITCH_ENV = "GRIDDLE_JVM_DEFAULTS";
    /** The settings chosen, on the command line of the JVM started with them (the server logs it). */
    static final String CHOSEN_PROPERTY = "griddle.jvm.chosen";
    /** Why no settings were chosen (the user's own, or how the JVM was started), for the server's log. */
    static final String KEPT_PROPERTY = "griddle.jvm.kept";

    private static final List<String> MEMORY_OPTIONS = Arrays.asList(
            "-Xmx",
            "-Xms",
            "-Xmn",
            "-Xss",
            "-XX:MaxHeapSize=",
            "-XX:InitialHeapSize=",
            "-XX:MinHeapSize=",
            "-XX:MaxRAM=",
            "-XX:MaxRAMPercentage=",
            "-XX:InitialRAMPercentage=",
            "-XX:MinRAMPercentage=",
            "-XX:MaxRAMFraction=",
            "-XX:NewSize=",
            "-XX:MaxNewSize=",
            "-XX:NewRatio=",
            "-XX:MaxDirectMemorySize=",
            "-XX:SoftMaxHeapSize=");

    private JvmDefaults() {}

    /** What to do for a start: the options to start the JVM again with, or why the JVM is kept as it is. */
    static final class Choice {
        final List<String> options;
        final String kept;

        private Choice(List<String> options, String kept) {
            this.options = options;
            this.kept = kept;
        }

        static Choice start(List<String> options) {
            return new Choice(options, null);
        }

        static Choice keep(String why) {
            return new Choice(new ArrayList<String>(), why);
        }

        boolean restarts() {
            return kept == null;
        }
    }

    /**
     * Chooses for one start.
     *
     * @param jvmArguments   the JVM's own arguments (the command line's options before {@code -jar})
     * @param environment    the process's environment
     * @param args           the application's arguments ({@code --loops N} is read from them)
     * @param processors     the processors the JVM may use (the default number of loops)
     * @param javaFeature    the feature version of the Java that will run with the settings
     */
    static Choice choose(
            List<String> jvmArguments,
            Map<String, String> environment,
            String[] args,
            int processors,
            int javaFeature) {
        if ("off".equalsIgnoreCase(trimmed(environment.get(SWITCH_ENV)))) {
            return Choice.keep(SWITCH_ENV + "=off: the JVM's own defaults");
        }
        String toolOptions = trimmed(environment.get("JAVA_TOOL_OPTIONS"));
        if (!toolOptions.isEmpty()) {
            return Choice.keep("JAVA_TOOL_OPTIONS is set (" + toolOptions + "): the JVM as it starts with it");
        }
        String jdkOptions = trimmed(environment.get("JDK_JAVA_OPTIONS"));
        if (!jdkOptions.isEmpty()) {
            return Choice.keep("JDK_JAVA_OPTIONS is set (" + jdkOptions + "): the JVM as it starts with it");
        }
        List<String> own = new ArrayList<String>();
        for (String argument : jvmArguments) {
            if (isMemoryOrCollector(argument) || isAgent(argument)) {
                own.add(argument);
            }
        }
        if (!own.isEmpty()) {
            return Choice.keep("the command line's own " + join(own));
        }
        return Choice.start(forLoops(loops(args, environment, processors), javaFeature));
    }

    /** The settings for a server of {@code loops} event loops, on a Java of feature version {@code javaFeature}. */
    static List<String> forLoops(int loops, int javaFeature) {
        int n = Math.max(1, loops);
        List<String> options = new ArrayList<String>();
        if (n <= 2) {
            // One or two loops: a single-threaded young collection of a small live set is the cheapest, and what
            // the JVM picks itself on one processor.
            options.add("-XX:+UseSerialGC");
        }
        options.add("-Xms32m");
        options.add("-Xmx" + (48 + 16 * n) + "m");
        options.add("-XX:MaxDirectMemorySize=" + (64 + 64 * n) + "m");
        if (javaFeature >= 22) {
            // Memory the JIT compilers used and freed goes back to the system every 5 s rather than staying with
            // the C library (about 20 MiB after a warm-up); a product option from Java 22.
            options.add("-XX:TrimNativeHeapInterval=5000");
        }
        return options;
    }

    /** {@code --loops N} or {@code --loops=N} of the arguments, else {@code GRIDDLE_LOOPS}, else the processors. */
    static int loops(String[] args, Map<String, String> environment, int processors) {
        String value = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--loops") && i + 1 < args.length) {
                value = args[i + 1];
            } else if (args[i].startsWith("--loops=")) {
                value = args[i].substring("--loops=".length());
            }
        }
        if (value == null) {
            value = environment.get("GRIDDLE_LOOPS");
        }
        try {
            return value == null ? processors : Math.max(1, Integer.parseInt(value.trim()));
        } catch (NumberFormatException notANumber) {
            return processors; // the server says what is wrong with it
        }
    }

    static boolean isMemoryOrCollector(String argument) {
        for (String option : MEMORY_OPTIONS) {
            if (argument.startsWith(option)) {
                return true;
            }
        }
        return argument.startsWith("-XX:+Use") && argument.endsWith("GC")
                || argument.startsWith("-XX:-Use") && argument.endsWith("GC");
    }

    // A debugger or agent listens or holds resources from the first JVM: starting again would lose it.
    private static boolean isAgent(String argument) {
        return argument.startsWith("-agentlib:")
                || argument.startsWith("-agentpath:")
                || argument.startsWith("-javaagent:")
                || argument.startsWith("-Xrun")
                || argument.startsWith("-Xdebug");
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }

    private static String join(List<String> parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(part);
        }
        return text.toString();
    }
}
