package io.griddle.binding.params;

import io.griddle.RequestValidationError;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Converts request text to a parameter's type, failing with Pydantic's error type and message, so that a 422 reads
 * the same as FastAPI's.
 */
public record ValueParser(
        Function<String, Object> parse, String errorType, String errorMessage, Map<String, Object> ctx) {

    ValueParser(Function<String, Object> parse, String errorType, String errorMessage) {
        this(parse, errorType, errorMessage, null);
    }

    private static final Set<String> TRUE = Set.of("1", "on", "t", "true", "y", "yes");
    private static final Set<String> FALSE = Set.of("0", "off", "f", "false", "n", "no");

    /** The parser for a type, or {@code null} when the type is not supported as a request value. */
    public static ValueParser forType(Class<?> type) {
        if (type == String.class) {
            return new ValueParser(text -> text, "string_type", "Input should be a valid string");
        }
        if (type == int.class || type == Integer.class) {
            return new ValueParser(
                    text -> Math.toIntExact(integer(text)),
                    "int_parsing",
                    "Input should be a valid integer, unable to parse string as an integer");
        }
        if (type == long.class || type == Long.class) {
            return new ValueParser(
                    ValueParser::integer,
                    "int_parsing",
                    "Input should be a valid integer, unable to parse string as an integer");
        }
        if (type == double.class || type == Double.class) {
            return new ValueParser(
                    ValueParser::decimal,
                    "float_parsing",
                    "Input should be a valid number, unable to parse string as a number");
        }
        if (type == float.class || type == Float.class) {
            return new ValueParser(
                    text -> (float) decimal(text),
                    "float_parsing",
                    "Input should be a valid number, unable to parse string as a number");
        }
        if (type == boolean.class || type == Boolean.class) {
            return new ValueParser(
                    ValueParser::bool, "bool_parsing", "Input should be a valid boolean, unable to interpret input");
        }
        if (type == UUID.class) {
            return new ValueParser(
                    UUID::fromString,
                    "uuid_parsing",
                    "Input should be a valid UUID, invalid character: expected an optional prefix of `urn:uuid:`"
                            + " followed by [0-9a-fA-F-]");
        }
        if (type.isEnum()) {
            return forEnum(type);
        }
        if (type == URI.class) {
            return Urls.PARSER;
        }
        if (type == LocalDate.class) {
            return new ValueParser(
                    LocalDate::parse,
                    "date_from_datetime_parsing",
                    "Input should be a valid date or datetime, invalid date format");
        }
        if (type == LocalDateTime.class) {
            return new ValueParser(
                    LocalDateTime::parse,
                    "datetime_from_date_parsing",
                    "Input should be a valid datetime or date, invalid datetime format");
        }
        ValueParser time = TimeParsers.forType(type);
        if (time != null) {
            return time;
        }
        if (type == Instant.class) {
            return new ValueParser(
                    Instant::parse,
                    "datetime_from_date_parsing",
                    "Input should be a valid datetime or date, invalid datetime format");
        }
        return null;
    }

    // Pydantic's enum error lists the values: "Input should be 'a', 'b' or 'c'", the list again in ctx.expected.
    private static ValueParser forEnum(Class<?> type) {
        Map<String, Object> byName = new HashMap<>();
        List<String> quoted = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            byName.put(name, constant);
            quoted.add("'" + name + "'");
        }
        String expected = quoted.size() == 1
                ? quoted.get(0)
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
        return new ValueParser(
                text -> {
                    Object constant = byName.get(text);
                    if (constant == null) {
                        throw new IllegalArgumentException(text);
                    }
                    return constant;
                },
                "enum",
                "Input should be " + expected,
                Map.of("expected", expected));
    }

    // Pydantic takes "10", " 10 " and also "10.0" or "10." (a fraction of zeros only) as the integer 10.
    private static long integer(String text) {
        String stripped = text.strip();
        int dot = stripped.indexOf('.');
        if (dot >= 0 && stripped.chars().skip(dot + 1).allMatch(c -> c == '0')) {
            stripped = stripped.substring(0, dot);
        }
        return Long.parseLong(stripped);
    }

    // Plain decimal notation only: Java's own parser would also take "1d", "0x1p3" or "Infinity".
    private static final java.util.regex.Pattern DECIMAL =
            java.util.regex.Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private static double decimal(String text) {
        String stripped = text.strip();
        if (!DECIMAL.matcher(stripped).matches()) {
            throw new NumberFormatException(text);
        }
        return finite(Double.parseDouble(stripped));
    }

    private static double finite(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new NumberFormatException("not finite");
        }
        return value;
    }

    private static Boolean bool(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        if (TRUE.contains(lower)) {
            return Boolean.TRUE;
        }
        if (FALSE.contains(lower)) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException(text);
    }

    /**
     * Whether a JSON number is read as its text by this type's parser: a {@code Duration}, as seconds. (Other
     * parsed types take JSON strings only.)
     */
    public static boolean readsNumbers(Class<?> type) {
        return type == java.time.Duration.class;
    }

    /** Converts, or throws a validation error located at {@code loc}. */
    public Object convert(String text, List<Object> loc) {
        try {
            return parse.apply(text);
        } catch (RuntimeException invalid) {
            throw new RequestValidationError(List.of(failure(invalid, loc, text)));
        }
    }

    /**
     * The issue for a failed {@link #parse}: this parser's own, unless the parser threw a validation error that says
     * more (a URL's reason), which is then placed at {@code loc} with {@code input}.
     */
    public RequestValidationError.Issue failure(RuntimeException failed, List<Object> loc, Object input) {
        if (failed instanceof RequestValidationError specific
                && specific.errors().size() == 1) {
            RequestValidationError.Issue said = specific.errors().get(0);
            return new RequestValidationError.Issue(said.type(), loc, said.msg(), input, said.ctx());
        }
        return issue(loc, input);
    }

    /** The issue this parser reports for input it cannot convert. */
    public RequestValidationError.Issue issue(List<Object> loc, Object input) {
        return new RequestValidationError.Issue(errorType, loc, errorMessage, input, ctx);
    }
}
