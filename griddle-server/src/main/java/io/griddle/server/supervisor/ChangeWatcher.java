package io.griddle.server.supervisor;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the reload directories, recursively, with the JDK's {@link WatchService} (inotify on Linux: no polling of
 * every file), and reports the changed files that the {@link ReloadPlan} accepts. A compile writes many files in a
 * burst, so changes are gathered until none has come for the reload delay (at most 2 s in all) and reported once.
 * A watched directory that disappears (a clean build) is watched again when it comes back, and counts as a change.
 */
final class ChangeWatcher implements AutoCloseable {

    /** The name logged with each reload. */
    static final String NAME = "WatchService";

    private static final Logger LOG = LoggerFactory.getLogger("griddle.supervisor");
    private static final long MAX_GATHER_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final ReloadPlan plan;
    private final long delayMillis;
    private final Consumer<List<Path>> listener;
    private final WatchService service;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final Set<Path> missingRoots = new LinkedHashSet<>();
    private final Thread thread;
    private volatile boolean closed;

    private ChangeWatcher(ReloadPlan plan, Duration delay, Consumer<List<Path>> listener) throws IOException {
        this.plan = plan;
        this.delayMillis = Math.max(1, delay.toMillis());
        this.listener = listener;
        this.service = FileSystems.getDefault().newWatchService();
        for (Path root : plan.directories()) {
            registerTree(root);
        }
        this.thread = Thread.ofPlatform().daemon().name("griddle-reload-watch").unstarted(this::watch);
    }

    /** Starts watching; the listener is called on the watcher's thread. */
    static ChangeWatcher start(ReloadPlan plan, Duration delay, Consumer<List<Path>> listener) throws IOException {
        ChangeWatcher watcher = new ChangeWatcher(plan, delay, listener);
        watcher.thread.start();
        return watcher;
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (!dir.equals(root) && plan.excludeDirs().stream().anyMatch(dir::startsWith)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                keys.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // vanished or unreadable: nothing to watch there
            }
        });
    }

    private void watch() {
        Set<Path> changed = new LinkedHashSet<>();
        long firstChange = 0;
        while (!closed) {
            WatchKey key;
            try {
                key = changed.isEmpty()
                        ? service.poll(500, TimeUnit.MILLISECONDS)
                        : service.poll(delayMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            if (key != null) {
                collect(key, changed);
                if (!changed.isEmpty() && firstChange == 0) {
                    firstChange = System.nanoTime();
                }
                if (changed.isEmpty() || System.nanoTime() - firstChange < MAX_GATHER_NANOS) {
                    continue; // quiet for the delay first, so that a whole compile lands in one reload
                }
            }
            checkMissingRoots(changed);
            if (!changed.isEmpty()) {
                listener.accept(List.copyOf(changed));
                changed.clear();
                firstChange = 0;
            }
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path dir = keys.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null) {
                continue;
            }
            if (event.kind() == OVERFLOW) {
                changed.add(dir); // too many to tell apart: the directory changed
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                    try (var files = Files.walk(path)) { // files written before the directory was watched
                        files.filter(Files::isRegularFile).filter(plan::accepts).forEach(changed::add);
                    }
                } catch (IOException | java.io.UncheckedIOException e) {
                    LOG.debug("cannot watch {}: {}", path, e.getMessage());
                }
            } else if (plan.accepts(path)) {
                changed.add(path);
            }
        }
        if (!key.reset()) {
            keys.remove(key);
            if (dir != null && plan.directories().contains(dir)) {
                missingRoots.add(dir);
            }
        }
    }

    private void checkMissingRoots(Set<Path> changed) {
        for (var it = missingRoots.iterator(); it.hasNext(); ) {
            Path root = it.next();
            if (Files.isDirectory(root)) {
                try {
                    registerTree(root);
                    it.remove();
                    changed.add(root);
                } catch (IOException e) {
                    LOG.debug("cannot watch {} again: {}", root, e.getMessage());
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            service.close();
        } catch (IOException e) {
            LOG.debug("closing the watch service: {}", e.getMessage());
        }
        thread.interrupt();
    }
}
