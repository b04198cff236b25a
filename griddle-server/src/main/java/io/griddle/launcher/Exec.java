package io.griddle.launcher;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.List;

/**
 * Replaces this process with another command ({@code execv}), keeping its id, its standard streams, its inherited
 * sockets and its place under whatever started it: how the launcher starts the JVM again with the settings it chose,
 * without a second JVM waiting beside the first. Reached through Java's foreign function API (Java 22+, enabled by
 * the jar's {@code Enable-Native-Access} entry) by reflection, since this package is compiled for Java 8. Linux
 * only; anywhere else it does nothing.
 */
final class Exec {

    private static final int SIG_SETMASK = 2; // Linux
    private static final int SIGSET_BYTES = 128; // glibc's sigset_t, on every Linux architecture

    private Exec() {}

    /** Whether this Java and system can replace the process. */
    static boolean available(int javaFeature) {
        return javaFeature >= 22
                && System.getProperty("os.name", "").toLowerCase().startsWith("linux");
    }

    /**
     * Replaces this process with {@code command} (its first element a path to the program). Returns only when it
     * could not, with the reason.
     */
    static String replaceProcess(List<String> command) {
        try {
            Class<?> linkerClass = Class.forName("java.lang.foreign.Linker");
            Class<?> lookupClass = Class.forName("java.lang.foreign.SymbolLookup");
            Class<?> segmentClass = Class.forName("java.lang.foreign.MemorySegment");
            Class<?> layoutClass = Class.forName("java.lang.foreign.MemoryLayout");
            Class<?> valueLayoutClass = Class.forName("java.lang.foreign.ValueLayout");
            Class<?> addressLayoutClass = Class.forName("java.lang.foreign.AddressLayout");
            Class<?> descriptorClass = Class.forName("java.lang.foreign.FunctionDescriptor");
            Class<?> allocatorClass = Class.forName("java.lang.foreign.SegmentAllocator");
            Class<?> arenaClass = Class.forName("java.lang.foreign.Arena");
            Class<?> optionClass = Class.forName("java.lang.foreign.Linker$Option");

            Object linker = linkerClass.getMethod("nativeLinker").invoke(null);
            Object lookup = linkerClass.getMethod("defaultLookup").invoke(linker);
            Object address = valueLayoutClass.getField("ADDRESS").get(null);
            Object javaInt = valueLayoutClass.getField("JAVA_INT").get(null);
            Object arena = arenaClass.getMethod("global").invoke(null);
            Method find = lookupClass.getMethod("find", String.class);
            Method of = descriptorClass.getMethod(
                    "of", layoutClass, Array.newInstance(layoutClass, 0).getClass());
            Method downcall = linkerClass.getMethod(
                    "downcallHandle",
                    segmentClass,
                    descriptorClass,
                    Array.newInstance(optionClass, 0).getClass());
            Method allocateFrom = allocatorClass.getMethod("allocateFrom", String.class);
            Method allocate = allocatorClass.getMethod("allocate", long.class, long.class);
            Method setAtIndex = segmentClass.getMethod("setAtIndex", addressLayoutClass, long.class, segmentClass);
            Object noOptions = Array.newInstance(optionClass, 0);

            // The new program starts with no signal blocked, whatever this JVM's thread had blocked.
            Object[] maskArgs = (Object[]) Array.newInstance(layoutClass, 3);
            maskArgs[0] = javaInt;
            maskArgs[1] = address;
            maskArgs[2] = address;
            MethodHandle sigprocmask = (MethodHandle) downcall.invoke(
                    linker, symbol(find, lookup, "sigprocmask"), of.invoke(null, javaInt, maskArgs), noOptions);
            Object empty = allocate.invoke(arena, (long) SIGSET_BYTES, 8L); // zeroed: no signal
            Object nothing = segmentClass.getField("NULL").get(null);
            sigprocmask.invokeWithArguments(SIG_SETMASK, empty, nothing);

            Object[] execArgs = (Object[]) Array.newInstance(layoutClass, 2);
            execArgs[0] = address;
            execArgs[1] = address;
            MethodHandle execv = (MethodHandle) downcall.invoke(
                    linker, symbol(find, lookup, "execv"), of.invoke(null, javaInt, execArgs), noOptions);
            long pointer = 8L;
            Object argv = allocate.invoke(arena, pointer * (command.size() + 1), pointer); // zeroed: NULL-ended
            for (int i = 0; i < command.size(); i++) {
                setAtIndex.invoke(argv, address, (long) i, allocateFrom.invoke(arena, command.get(i)));
            }
            Object path = allocateFrom.invoke(arena, command.get(0));
            Object result = execv.invokeWithArguments(path, argv);
            return "execv returned " + result;
        } catch (Throwable notPossible) {
            return notPossible.toString();
        }
    }

    private static Object symbol(Method find, Object lookup, String name) throws Exception {
        Object found = find.invoke(lookup, name); // an Optional<MemorySegment>
        return found.getClass().getMethod("get").invoke(found);
    }
}
