package io.griddle.modules;

import java.io.File;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The modules among the test's class-path entries (Griddle's own {@code target/classes} or jars, and the
 * dependencies' jars), by name. Entries that are not modules (test-classes, odd jars) are skipped.
 *
 * <pre>{@code
 * ClassPathModules modules = ClassPathModules.ofTestClassPath();
 * String modulePath = modules.modulePathFor(Set.of("io.griddle", "io.griddle.server"));
 * }</pre>
 */
final class ClassPathModules {

    private final Map<String, ModuleReference> byName;

    private ClassPathModules(Map<String, ModuleReference> byName) {
        this.byName = byName;
    }

    /** Surefire's test class path (it also sets {@code java.class.path} to it). */
    static ClassPathModules ofTestClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Map<String, ModuleReference> byName = new LinkedHashMap<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            Path path = Path.of(entry);
            boolean module = Files.isRegularFile(path)
                    ? entry.endsWith(".jar")
                    : Files.isRegularFile(path.resolve("module-info.class"));
            if (!module) {
                continue;
            }
            try {
                for (ModuleReference reference : ModuleFinder.of(path).findAll()) {
                    byName.putIfAbsent(reference.descriptor().name(), reference); // the class path's order wins
                }
            } catch (RuntimeException notAModule) {
                // e.g. a jar whose file name gives no valid automatic module name: not needed here
            }
        }
        return new ClassPathModules(byName);
    }

    /** Whether a module of that name is on the class path. */
    boolean contains(String name) {
        return byName.containsKey(name);
    }

    /** The named module's descriptor; fails when it is not on the class path. */
    ModuleDescriptor descriptor(String name) {
        ModuleReference reference = byName.get(name);
        if (reference == null) {
            throw new AssertionError(name + " is not on the test class path; found " + byName.keySet());
        }
        return reference.descriptor();
    }

    /**
     * The module path that holds the given modules and everything they require at run time, transitively (no
     * {@code requires static}; JDK modules come from the JDK). Only what is needed: the test class path also holds
     * automatic modules that would clash on a module path.
     */
    String modulePathFor(Set<String> roots) {
        Set<String> needed = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(roots);
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (!needed.add(name)) {
                continue;
            }
            ModuleReference reference = byName.get(name);
            if (reference == null) {
                if (ModuleFinder.ofSystem().find(name).isEmpty()) {
                    throw new AssertionError(name + " is required but neither on the class path nor in the JDK");
                }
                continue;
            }
            for (ModuleDescriptor.Requires requires : reference.descriptor().requires()) {
                if (!requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)) {
                    pending.add(requires.name());
                }
            }
        }
        List<String> locations = needed.stream()
                .filter(byName::containsKey)
                .map(name -> Path.of(byName.get(name).location().orElseThrow()).toString())
                .toList();
        return locations.stream().collect(Collectors.joining(File.pathSeparator));
    }
}
