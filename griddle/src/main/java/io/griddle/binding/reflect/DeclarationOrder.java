package io.griddle.binding.reflect;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * A class's methods in the order its source declares them. Reflection returns them in no specified order, but a
 * FastAPI user expects the document (and {@code /docs}) to list operations as written; javac writes methods to
 * the class file in source order, so the order is read from there, once, at startup. When the class file cannot
 * be read (a generated class, say), methods keep a stable order by name.
 */
public final class DeclarationOrder {

    private DeclarationOrder() {}

    /** The declared methods of the type, in source order. */
    public static Method[] methods(Class<?> type) {
        Method[] methods = type.getDeclaredMethods();
        Map<String, Integer> positions = positions(type);
        Comparator<Method> byName = Comparator.comparing(Method::getName).thenComparing(DeclarationOrder::descriptor);
        Arrays.sort(
                methods,
                Comparator.<Method>comparingInt(
                                m -> positions.getOrDefault(m.getName() + descriptor(m), Integer.MAX_VALUE))
                        .thenComparing(byName));
        return methods;
    }

    // name + JVM descriptor of each method, by its index in the class file; empty if the file is not readable.
    private static Map<String, Integer> positions(Class<?> type) {
        String resource = type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            return in == null ? Map.of() : read(new DataInputStream(in));
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    private static Map<String, Integer> read(DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            return Map.of();
        }
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++; // long and double take two slots
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        in.skipNBytes(6); // access flags, this class, super class
        in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
        int fields = in.readUnsignedShort();
        for (int i = 0; i < fields; i++) {
            in.skipNBytes(6);
            skipAttributes(in);
        }
        int methods = in.readUnsignedShort();
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < methods; i++) {
            in.skipNBytes(2); // access flags
            String name = utf8[in.readUnsignedShort()];
            String descriptor = utf8[in.readUnsignedShort()];
            positions.putIfAbsent(name + descriptor, i);
            skipAttributes(in);
        }
        return positions;
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int i = 0; i < attributes; i++) {
            in.skipNBytes(2);
            in.skipNBytes(in.readInt() & 0xFFFFFFFFL);
        }
    }

    // The JVM descriptor, as the class file writes it: (I[Ljava/lang/String;)V
    private static String descriptor(Method method) {
        StringBuilder descriptor = new StringBuilder("(");
        for (Class<?> parameter : method.getParameterTypes()) {
            descriptor.append(parameter.descriptorString());
        }
        return descriptor
                .append(')')
                .append(method.getReturnType().descriptorString())
                .toString();
    }
}
