package io.griddle.http;

import com.fasterxml.jackson.annotation.JsonFormat;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a value declared as a sealed interface whose permitted subclasses are all records (a union of models,
 * {@code sealed interface Shape permits Circle, Square}) as the record it is, wherever it is declared so: the root,
 * a list's elements, a record's component. Jackson alone would write such a value through the interface, whose
 * accessors are not bean getters, as {@code {}}.
 *
 * <pre>{@code
 * Json.write(List.<Shape>of(new Circle("c", 1)));   // [{"name":"c","radius":1.0}], also through writerFor(List<Shape>)
 * }</pre>
 */
final class SealedRecordUnions extends SimpleSerializers {

    private static final long serialVersionUID = 1L;

    /** The module, added to the mapper once. */
    static SimpleModule module() {
        return new SimpleModule("griddle-sealed-record-unions").setSerializers(new SealedRecordUnions());
    }

    private static final ValueSerializer<Object> AS_RUNTIME_RECORD = new StdSerializer<>(Object.class) {
        @Override
        public void serialize(Object value, JsonGenerator out, SerializationContext context) {
            context.findValueSerializer(value.getClass()).serialize(value, out, context);
        }
    };

    @Override
    public ValueSerializer<?> findSerializer(
            SerializationConfig config, JavaType type, BeanDescription.Supplier description, JsonFormat.Value format) {
        return isUnion(type.getRawClass())
                ? AS_RUNTIME_RECORD
                : super.findSerializer(config, type, description, format);
    }

    /** Whether the type is a sealed interface whose permitted subclasses are all records. */
    static boolean isUnion(Class<?> type) {
        if (!type.isInterface() || !type.isSealed() || type.getPermittedSubclasses().length == 0) {
            return false;
        }
        for (Class<?> permitted : type.getPermittedSubclasses()) {
            if (!permitted.isRecord()) {
                return false;
            }
        }
        return true;
    }
}
