package io.griddle.launcher;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The {@code Main-Class} of a runnable Griddle jar. Compiled for Java 8 so that any {@code java} can load it: on
 * Java 21 or newer it calls the application's main class (the manifest's {@code Griddle-Main}); on an older Java it
 * looks for an installed JDK 21+ and runs the jar again with it, or says in one line what to install.
 *
 * <pre>
 * Main-Class: io.griddle.launcher.Launcher
 * Griddle-Main: io.griddle.examples.burgershop.BurgerShop
 * </pre>
 */
public final class Launcher {

    private static final int REQUIRED = 21;

    private Launcher() {}

    public static void main(String[] args) throws Throwable {
        File jar = new File(Launcher.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        String mainClass = mainClass(jar);
        int running = feature(System.getProperty("java.specification.version"));
        if (running >= REQUIRED) {
            chooseJvmSettings(jar, running, args);
            Method main = Class.forName(mainClass).getMethod("main", String[].class);
            main.invoke(null, (Object) args);
            return;
        }
        String java = findJava();
        if (java == null) {
            System.err.println(
                    "Error: this Griddle app needs Java " + REQUIRED + " or newer, and this is Java " + running
                            + " (" + System.getProperty("java.home") + "); install a JDK " + REQUIRED
                            + "+ (e.g. apt-get install openjdk-21-jre-headless) or set JAVA_HOME to one.");
            System.exit(1);
        }
        System.err.println("Griddle: Java " + running + " is too old, running with " + java);
        List<String> command = new ArrayList<String>();
        command.add(java);
        command.add("--enable-native-access=ALL-UNNAMED");
        command.addAll(childMemorySettings(
                args, releaseFeature(new File(java).getParentFile().getParentFile())));
        command.add("-cp");
        command.add(jar.getPath());
        command.add(mainClass);
        command.addAll(Arrays.asList(args));
        final Process child = new ProcessBuilder(command).inheritIO().start();
        // A SIGTERM to this process reaches the application as its own SIGTERM, for a graceful stop.
        Runtime.getRuntime().addShutdownHook(new Thread(new Runnable() {
            @Override
            public void run() {
                child.destroy();
                try {
                    child.waitFor();
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            }
        }));
        System.exit(child.waitFor());
    }

    /**
     * On a JVM the user gave no memory settings, starts this jar again in this same process with Griddle's
     * ({@link JvmDefaults}); returns when the JVM is kept as it is, having said why in a property the server logs.
     */
    private static void chooseJvmSettings(File jar, int running, String[] args) {
        if (System.getProperty(JvmDefaults.CHOSEN_PROPERTY) != null
                || System.getProperty(JvmDefaults.KEPT_PROPERTY) != null) {
            return; // started with them already
        }
        List<String> jvmArguments = jvmArguments();
        JvmDefaults.Choice choice = JvmDefaults.choose(
                jvmArguments, System.getenv(), args, Runtime.getRuntime().availableProcessors(), running);
        if (!choice.restarts()) {
            System.setProperty(JvmDefaults.KEPT_PROPERTY, choice.kept);
            return;
        }
        if (!Exec.available(running) || !jar.isFile()) {
            System.setProperty(
                    JvmDefaults.KEPT_PROPERTY,
                    "the JVM's defaults: Java " + running + " on " + System.getProperty("os.name")
                            + " cannot start again with " + join(choice.options) + " (Java 22+ on Linux can)");
            return;
        }
        List<String> command = new ArrayList<String>();
        command.add(new File(new File(System.getProperty("java.home"), "bin"), "java").getPath());
        command.addAll(jvmArguments);
        command.addAll(choice.options);
        command.add("-D" + JvmDefaults.CHOSEN_PROPERTY + "=" + join(choice.options));
        command.add("-jar");
        command.add(jar.getPath());
        command.addAll(Arrays.asList(args));
        String failure = Exec.replaceProcess(command); // returns only if the process could not be replaced
        System.setProperty(
                JvmDefaults.KEPT_PROPERTY,
                "the JVM's defaults: starting again with " + join(choice.options) + " failed (" + failure + ")");
    }

    /** For a child JVM of a newer Java: the user's own memory settings, or Griddle's. */
    private static List<String> childMemorySettings(String[] args, int childFeature) {
        List<String> jvmArguments = jvmArguments();
        JvmDefaults.Choice choice = JvmDefaults.choose(
                jvmArguments, System.getenv(), args, Runtime.getRuntime().availableProcessors(), childFeature);
        List<String> settings = new ArrayList<String>();
        if (choice.restarts()) {
            settings.addAll(choice.options);
            settings.add("-D" + JvmDefaults.CHOSEN_PROPERTY + "=" + join(choice.options));
        } else {
            for (String argument : jvmArguments) {
                if (JvmDefaults.isMemoryOrCollector(argument)) {
                    settings.add(argument); // the user's, given to this older Java: the child gets them
                }
            }
            settings.add("-D" + JvmDefaults.KEPT_PROPERTY + "=" + choice.kept);
        }
        return settings;
    }

    private static List<String> jvmArguments() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments();
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

    private static String mainClass(File jar) throws IOException {
        JarFile file = new JarFile(jar);
        try {
            Manifest manifest = file.getManifest();
            String main = manifest == null ? null : manifest.getMainAttributes().getValue("Griddle-Main");
            if (main == null) {
                throw new IllegalStateException(jar + " has no Griddle-Main entry in its manifest");
            }
            return main;
        } finally {
            file.close();
        }
    }

    static int feature(String specification) {
        String version = specification.startsWith("1.") ? specification.substring(2) : specification;
        int end = 0;
        while (end < version.length() && Character.isDigit(version.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(version.substring(0, end));
    }

    /** A {@code java} of a JDK or JRE 21+: JAVA_HOME first, then the usual install folders, newest first. */
    private static String findJava() {
        List<File> homes = new ArrayList<File>();
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null) {
            homes.add(new File(javaHome));
        }
        for (String folder :
                new String[] {"/usr/lib/jvm", "/usr/java", "/opt/java", "/Library/Java/JavaVirtualMachines"}) {
            File[] children = new File(folder).listFiles();
            if (children != null) {
                Arrays.sort(children);
                for (int i = children.length - 1; i >= 0; i--) {
                    homes.add(children[i]);
                    homes.add(new File(children[i], "Contents/Home"));
                }
            }
        }
        for (File home : homes) {
            File java = new File(home, "bin/java");
            if (java.canExecute() && releaseFeature(home) >= REQUIRED) {
                return java.getPath();
            }
        }
        return null;
    }

    private static int releaseFeature(File home) {
        File release = new File(home, "release");
        if (!release.isFile()) {
            return 0;
        }
        try {
            for (String line : new String(Files.readAllBytes(release.toPath()), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("JAVA_VERSION=")) {
                    return feature(line.substring("JAVA_VERSION=".length())
                            .replace("\"", "")
                            .trim());
                }
            }
        } catch (IOException unreadable) {
            return 0;
        }
        return 0;
    }
}
