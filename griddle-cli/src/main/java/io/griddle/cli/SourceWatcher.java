package io.griddle.cli;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches a Maven project's {@code src/main/java} and {@code src/main/resources} and compiles the project when a
 * file there changes: the classes it writes to {@code target/classes} are what the server's {@code --reload}
 * watches, so a saved source file restarts the app. Editor swap and hidden files are ignored; a burst of saves
 * (50 ms apart or less) is one compile.
 *
 * <pre>{@code
 * SourceWatcher watcher = SourceWatcher.start(project, dependencies);
 * ...
 * watcher.close();
 * }</pre>
 */
final class SourceWatcher implements AutoCloseable {

    private static final long QUIET_MILLIS = 50;

    private final MavenProject project;
    private final String dependencies;
    private final WatchService service;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final Thread thread;

    private SourceWatcher(MavenProject project, String dependencies) throws IOException {
        this.project = project;
        this.dependencies = dependencies;
        this.service = FileSystems.getDefault().newWatchService();
        for (Path root : List.of(project.sources(), project.resources())) {
            registerTree(root);
        }
        this.thread = Thread.ofPlatform().daemon().name("griddle-cli-sources").unstarted(this::watch);
    }

    /** Starts watching; {@code dependencies} is the class path the sources compile against. */
    static SourceWatcher start(MavenProject project, String dependencies) {
        try {
            SourceWatcher watcher = new SourceWatcher(project, dependencies);
            watcher.thread.start();
            return watcher;
        } catch (IOException e) {
            throw new CliError("cannot watch " + project.sources() + ": " + e.getMessage());
        }
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                keys.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
            }
        }
    }

    private void watch() {
        warmUp();
        try {
            while (true) {
                WatchKey key = service.take();
                boolean relevant = drain(key);
                // gather the rest of the burst
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(more);
                }
                if (relevant) {
                    long start = System.nanoTime();
                    boolean ok = ProjectCompiler.compileProject(project, dependencies);
                    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                    System.err.println(
                            ok
                                    ? "Griddle: compiled in " + millis + " ms"
                                    : "Griddle: the sources do not compile; still serving the last good build");
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // closed
        } catch (RuntimeException e) {
            System.err.println("Griddle: stopped watching the sources: " + e);
        }
    }

    // The first compile in a JVM loads and JIT-compiles javac itself (about a second more): done once here, into a
    // directory of its own that is then removed, so that the first saved change compiles as fast as the later ones.
    private void warmUp() {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("griddle-warm-up-");
            ProjectCompiler.compileQuietly(project, dependencies, scratch);
        } catch (IOException | RuntimeException ignored) {
            // only a warm-up: the real compiles report their own errors
        } finally {
            ProjectCompiler.delete(scratch);
        }
    }

    // Whether the key's events name a file that counts; new directories are watched too.
    private boolean drain(WatchKey key) {
        Path dir = keys.get(key);
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null || !(event.context() instanceof Path name)) {
                relevant = true; // overflow: compile to be safe
                continue;
            }
            Path changed = dir.resolve(name);
            String file = name.toString();
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    registerTree(changed);
                } catch (IOException ignored) {
                    // gone again, or unreadable: nothing to watch
                }
                relevant = true;
            } else if (!file.startsWith(".")
                    && !file.startsWith("~")
                    && !file.endsWith("~")
                    && !file.endsWith(".swp")) {
                relevant = true;
            }
        }
        if (!key.reset()) {
            keys.remove(key);
        }
        return relevant;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException ignored) {
            // closing
        }
        thread.interrupt();
    }
}
