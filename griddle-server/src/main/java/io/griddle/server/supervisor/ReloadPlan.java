package io.griddle.server.supervisor;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code --reload} watches, and which changed files restart the app, with Uvicorn's rules:
 * <ul>
 *   <li>Directories: each {@code --reload-dir}, plus any {@code --reload-include} that names a directory (or a glob
 *       matching directories in the working directory); without any, the class path's directories (the class and
 *       resource output, e.g. {@code target/classes}); without those, the working directory. Directories inside
 *       another watched one, and those named by a {@code --reload-exclude}, are dropped.</li>
 *   <li>Files: a changed file counts when it matches an include pattern (default {@code *}, every file) and no
 *       exclude pattern (defaults {@code .*}, {@code .sw.*}, {@code ~*}: hidden files, editor swap and lock files)
 *       and lies in no excluded directory. A default pattern given on the other list is dropped from its own, and a
 *       pattern that spells out the file's path ends with it counts whatever the excludes.</li>
 * </ul>
 *
 * <pre>{@code
 * ReloadPlan plan = ReloadPlan.resolve(config, Path.of("").toAbsolutePath());
 * plan.accepts(Path.of("/app/target/classes/com/example/Shop.class"));   // true
 * }</pre>
 *
 * @param directories the directories watched, recursively
 * @param includes    patterns of files that count
 * @param excludes    patterns of files that do not
 * @param excludeDirs directories whose files do not count
 */
record ReloadPlan(List<Path> directories, List<PathGlob> includes, List<PathGlob> excludes, List<Path> excludeDirs) {

    static final List<String> DEFAULT_INCLUDES = List.of("*");
    static final List<String> DEFAULT_EXCLUDES = List.of(".*", ".sw.*", "~*");

    static ReloadPlan resolve(SupervisorConfig config, Path cwd) {
        return resolve(
                config.reloadDirs(),
                config.reloadIncludes(),
                config.reloadExcludes(),
                cwd,
                System.getProperty("java.class.path", ""));
    }

    static ReloadPlan resolve(
            List<Path> dirs, List<String> userIncludes, List<String> userExcludes, Path cwd, String classPath) {
        Set<Path> directories = new LinkedHashSet<>();
        for (Path dir : dirs) {
            Path absolute = cwd.resolve(dir).normalize();
            if (Files.isDirectory(absolute)) {
                directories.add(absolute);
            }
        }
        directories.addAll(directoriesNamed(userIncludes, cwd));
        List<Path> excludeDirs = directoriesNamed(userExcludes, cwd);
        directories.removeIf(dir -> excludeDirs.stream().anyMatch(dir::startsWith));
        if (directories.isEmpty()) {
            for (String entry : classPath.split(File.pathSeparator)) {
                Path path = entry.isEmpty() ? null : cwd.resolve(entry).normalize();
                if (path != null
                        && Files.isDirectory(path)
                        && excludeDirs.stream().noneMatch(path::startsWith)) {
                    directories.add(path);
                }
            }
        }
        if (directories.isEmpty()) {
            directories.add(cwd);
        }
        List<Path> outermost = new ArrayList<>();
        for (Path dir : directories) {
            if (directories.stream().noneMatch(other -> !other.equals(dir) && dir.startsWith(other))) {
                outermost.add(dir);
            }
        }
        outermost.sort(null);

        Set<String> includes = new LinkedHashSet<>();
        DEFAULT_INCLUDES.stream().filter(p -> !userExcludes.contains(p)).forEach(includes::add);
        userIncludes.stream().filter(p -> !userExcludes.contains(p)).forEach(includes::add);
        Set<String> excludes = new LinkedHashSet<>();
        DEFAULT_EXCLUDES.stream().filter(p -> !userIncludes.contains(p)).forEach(excludes::add);
        for (String pattern : userExcludes) {
            if (!Files.isDirectory(cwd.resolve(pattern))) {
                excludes.add(pattern);
            }
        }
        return new ReloadPlan(
                List.copyOf(outermost),
                includes.stream().map(PathGlob::of).toList(),
                excludes.stream().map(PathGlob::of).toList(),
                excludeDirs);
    }

    // The patterns that name directories: as a path from the working directory, or as a glob over its entries.
    private static List<Path> directoriesNamed(List<String> patterns, Path cwd) {
        List<Path> found = new ArrayList<>();
        for (String pattern : patterns) {
            if (pattern.equals(".*")) {
                continue; // would only match hidden directories, which is not what anyone means
            }
            Path direct = cwd.resolve(pattern).normalize();
            if (Files.isDirectory(direct)) {
                found.add(direct);
            } else if (!pattern.contains("/")) {
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(cwd, pattern)) {
                    for (Path entry : entries) {
                        if (Files.isDirectory(entry)) {
                            found.add(entry.normalize());
                        }
                    }
                } catch (IOException | RuntimeException unreadable) {
                    // not a usable glob here, or the directory cannot be listed: the pattern only filters files
                }
            }
        }
        return found;
    }

    /** Whether a change to this file restarts the app. */
    boolean accepts(Path file) {
        for (PathGlob include : includes) {
            if (include.matches(file)) {
                if (file.toString().endsWith(include.text())) {
                    return true; // the file itself was named
                }
                if (excludeDirs.stream().anyMatch(file::startsWith)) {
                    return false;
                }
                return excludes.stream().noneMatch(exclude -> exclude.matches(file));
            }
        }
        return false;
    }
}
