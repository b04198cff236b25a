package io.griddle.binding.json;

import io.griddle.binding.params.ValueParser;
import io.griddle.binding.reflect.Types;
import io.griddle.binding.validation.Constraints;
import io.griddle.http.Json;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;

/**
 * Builds the {@link StreamBinder} of a type, once, beside its {@link JsonBinder}: the same types (scalars, enums and
 * other text values, {@code Optional}, lists, sets, maps, records), the same defaults and constraints, but only
 * the plain form of each value. A type with no stream form (a {@code JsonNode}, a type Jackson reads for itself)
 * has none, and its bodies always take the tree path.
 */
public final class StreamBinders {

    private static final TokenStreamFactory FACTORY = Json.mapper().tokenStreamFactory();

    // Where a check's issue would be reported: never, as a failed check sends the body to the tree path.
    private static final List<Object> NOWHERE = List.of();

    // Types without a stream form are cached as empty; recursive records refer to their binder before it is done.
    private static final Map<Type, Optional<StreamBinder>> CACHE = new ConcurrentHashMap<>();

    private StreamBinders() {}

    /**
     * Binds a whole body: the value, or {@link StreamBinder#NO} when the bytes are not plainly a valid value of the
     * type (malformed JSON and trailing content included), for the tree path to report.
     */
    public static Object readWhole(StreamBinder binder, byte[] json) {
        return JsonReading.defaults().readWhole(binder, json);
    }

    // With a parser of its own, as a virtual thread reads.
    static Object readFresh(StreamBinder binder, byte[] json) {
        return readFresh(FACTORY, binder, json);
    }

    static Object readFresh(TokenStreamFactory factory, StreamBinder binder, byte[] json) {
        // From the factory, not the mapper: a parser of tokens needs no deserialization context.
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json)) {
            if (parser.nextToken() == null) {
                return StreamBinder.NO;
            }
            Object value = binder.read(parser);
            return value == StreamBinder.NO || parser.nextToken() != null ? StreamBinder.NO : value;
        } catch (RuntimeException e) {
            // Malformed JSON (Jackson's exceptions are unchecked) or anything unforeseen: the tree path reports it.
            return StreamBinder.NO;
        }
    }

    /** The stream binder of a declared type with its type-use constraints; {@code null} when it has none. */
    public static StreamBinder forAnnotated(AnnotatedType annotated) {
        if (!(annotated instanceof AnnotatedParameterizedType parameterized)
                || !JsonBinders.constrainedInside(parameterized)) {
            return forType(annotated.getType());
        }
        Class<?> raw = Types.raw(annotated.getType());
        AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
        if (raw == Optional.class) {
            return optional(checked(arguments[0]));
        }
        if (raw == List.class || raw == Collection.class || raw == Set.class) {
            return collection(checked(arguments[0]), raw == Set.class);
        }
        if (raw == Map.class) {
            return map(keys(arguments[0].getType()), checked(arguments[1]));
        }
        return null;
    }

    /** The stream binder of a type, built once and cached; {@code null} when the type has no stream form. */
    public static StreamBinder forType(Type type) {
        Optional<StreamBinder> cached = CACHE.get(type);
        if (cached != null) {
            return cached.orElse(null);
        }
        StreamBinder binder;
        if (type instanceof Class<?> record && record.isRecord()) {
            StreamBinder[] self = new StreamBinder[1];
            CACHE.put(type, Optional.of(parser -> self[0].read(parser)));
            binder = record(record);
            self[0] = binder != null ? binder : parser -> StreamBinder.NO;
        } else {
            binder = build(type);
        }
        CACHE.put(type, Optional.ofNullable(binder));
        return binder;
    }

    private static StreamBinder build(Type type) {
        Class<?> raw = Types.raw(type);
        if (raw == String.class) {
            return parser -> parser.currentToken() == JsonToken.VALUE_STRING ? parser.getString() : StreamBinder.NO;
        }
        if (raw == int.class || raw == Integer.class) {
            return parser -> parser.currentToken() == JsonToken.VALUE_NUMBER_INT
                            && parser.getNumberType() == JsonParser.NumberType.INT
                    ? parser.getIntValue()
                    : StreamBinder.NO;
        }
        if (raw == long.class || raw == Long.class) {
            return parser -> parser.currentToken() == JsonToken.VALUE_NUMBER_INT
                            && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER
                    ? parser.getLongValue()
                    : StreamBinder.NO;
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            boolean single = raw == float.class || raw == Float.class;
            return parser -> {
                JsonToken token = parser.currentToken();
                if (token == JsonToken.VALUE_NUMBER_FLOAT
                        || token == JsonToken.VALUE_NUMBER_INT
                                && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                    double value = parser.getDoubleValue();
                    return single ? (Object) (float) value : (Object) value;
                }
                return StreamBinder.NO;
            };
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return parser -> parser.currentToken() == JsonToken.VALUE_TRUE
                    ? Boolean.TRUE
                    : parser.currentToken() == JsonToken.VALUE_FALSE ? Boolean.FALSE : StreamBinder.NO;
        }
        if (raw == Optional.class) {
            return optional(forType(Types.argument(type, 0)));
        }
        if (raw == List.class || raw == Collection.class || raw == Set.class) {
            return collection(forType(Types.argument(type, 0)), raw == Set.class);
        }
        if (raw == Map.class) {
            return map(keys(Types.argument(type, 0)), forType(Types.argument(type, 1)));
        }
        if (raw == byte[].class) {
            // Base64 text; anything else is left to the tree path, which reports it.
            return parser -> {
                if (parser.currentToken() != JsonToken.VALUE_STRING) {
                    return StreamBinder.NO;
                }
                byte[] bytes = Base64Bytes.decode(parser.getString());
                return bytes == null ? StreamBinder.NO : bytes;
            };
        }
        ValueParser text = raw == Object.class ? null : ValueParser.forType(raw);
        if (text == null) {
            return null; // read by Jackson for itself (or a JsonNode): the tree path only
        }
        // Enums, UUIDs, dates: JSON strings converted as the same text in a query would be (a duration's number too).
        boolean numbers = ValueParser.readsNumbers(raw);
        return parser -> {
            JsonToken token = parser.currentToken();
            if (token != JsonToken.VALUE_STRING
                    && !(numbers && (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT))) {
                return StreamBinder.NO;
            }
            try {
                return text.parse().apply(parser.getString());
            } catch (RuntimeException e) {
                return StreamBinder.NO;
            }
        };
    }

    // An element's binder followed by the checks of the constraints written on its type.
    private static StreamBinder checked(AnnotatedType element) {
        StreamBinder binder = forAnnotated(element);
        Constraints.Check check =
                Constraints.forElement(element, element.getType().getTypeName());
        if (binder == null || check == null) {
            return binder;
        }
        return parser -> {
            Object value = binder.read(parser);
            return value == StreamBinder.NO || passes(check, value) ? value : StreamBinder.NO;
        };
    }

    /**
     * Whether the parser gave a token. Loops test what {@code nextToken()} returns: at the end of a body cut short, a
     * non-blocking parser answers {@code NOT_AVAILABLE} but may leave {@code currentToken()} at the token before.
     */
    static boolean isToken(JsonToken token) {
        return token != null && token != JsonToken.NOT_AVAILABLE;
    }

    // Whether a bound value meets its constraints; an Optional's content is checked, an empty one passes.
    public static boolean passes(Constraints.Check check, Object value) {
        Object checked = value instanceof Optional<?> present ? present.orElse(null) : value;
        return checked == null || check.check(checked, null, NOWHERE) == null;
    }

    private static StreamBinder optional(StreamBinder inner) {
        if (inner == null) {
            return null;
        }
        return parser -> {
            if (parser.currentToken() == JsonToken.VALUE_NULL) {
                return Optional.empty();
            }
            Object value = inner.read(parser);
            return value == StreamBinder.NO ? value : Optional.of(value);
        };
    }

    private static StreamBinder collection(StreamBinder element, boolean set) {
        if (element == null) {
            return null;
        }
        return parser -> {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                return StreamBinder.NO;
            }
            Collection<Object> values = set ? new LinkedHashSet<>() : new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (!isToken(token)) {
                    return StreamBinder.NO;
                }
                Object value = element.read(parser);
                if (value == StreamBinder.NO) {
                    return value;
                }
                values.add(value);
            }
            return set ? Set.copyOf(values) : List.copyOf(values);
        };
    }

    // As in JsonBinders: String keys as they are (null here), other keys converted as query text.
    private static ValueParser keys(Type keyType) {
        return keyType == String.class || !(keyType instanceof Class<?> keyClass)
                ? null
                : ValueParser.forType(keyClass);
    }

    private static StreamBinder map(ValueParser keys, StreamBinder value) {
        if (value == null) {
            return null;
        }
        return parser -> {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                return StreamBinder.NO;
            }
            Map<Object, Object> values = new LinkedHashMap<>();
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                Object key = name;
                if (keys != null) {
                    try {
                        key = keys.parse().apply(name);
                    } catch (RuntimeException e) {
                        return StreamBinder.NO;
                    }
                }
                if (!isToken(parser.nextToken())) {
                    return StreamBinder.NO;
                }
                Object bound = value.read(parser);
                if (bound == StreamBinder.NO) {
                    return bound;
                }
                values.put(key, bound);
            }
            return token == JsonToken.END_OBJECT ? values : StreamBinder.NO;
        };
    }

    private static StreamBinder record(Class<?> type) {
        if (!(JsonBinders.forType(type, type.getSimpleName()) instanceof JsonBinders.RecordBinder tree)) {
            return null;
        }
        RecordComponent[] parts = type.getRecordComponents();
        StreamBinder[] components = new StreamBinder[parts.length];
        for (int i = 0; i < parts.length; i++) {
            components[i] = forAnnotated(parts[i].getAnnotatedType());
            if (components[i] == null) {
                return null;
            }
        }
        return new RecordStream(tree, components);
    }

    /** A record from a JSON object, as {@link JsonBinders.RecordBinder} builds it when nothing is wrong. */
    private record RecordStream(JsonBinders.RecordBinder tree, StreamBinder[] components) implements StreamBinder {

        // A component not (yet) seen in the object.
        private static final Object UNSET = new Object();

        @Override
        public Object read(JsonParser parser) {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                return NO;
            }
            String[] names = tree.names();
            Object[] args = new Object[names.length];
            Arrays.fill(args, UNSET);
            int expected = 0;
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
                int i = index(names, parser.currentName(), expected);
                if (!isToken(parser.nextToken())) {
                    return NO;
                }
                if (i < 0) {
                    // An unknown field is ignored, as Pydantic ignores extra fields. Cut short, a non-blocking
                    // parser throws here: the body goes to the tree path.
                    parser.skipChildren();
                    continue;
                }
                Object value = components[i].read(parser);
                Constraints.Check check = tree.checks()[i];
                if (value == NO || check != null && !passes(check, value)) {
                    return NO;
                }
                args[i] = value;
                expected = i + 1;
            }
            if (token != JsonToken.END_OBJECT) {
                return NO;
            }
            for (int i = 0; i < args.length; i++) {
                if (args[i] != UNSET) {
                    continue;
                }
                if (tree.defaults()[i] != JsonBinders.RecordBinder.NO_DEFAULT) {
                    args[i] = tree.defaults()[i];
                } else if (tree.optional()[i]) {
                    args[i] = Optional.empty();
                } else {
                    return NO; // missing
                }
            }
            Object record;
            try {
                record = tree.constructor().invokeExact(args);
            } catch (RuntimeException e) {
                return NO; // a compact constructor that refuses the values: reported by the tree path
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
            if (tree.extra() != null && !tree.extra().validate(record, NOWHERE, new ArrayList<>(0))) {
                return NO;
            }
            return record;
        }

        // Fields usually come in declaration order: the expected one is tried first.
        private static int index(String[] names, String name, int expected) {
            if (expected < names.length && names[expected].equals(name)) {
                return expected;
            }
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
