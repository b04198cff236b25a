package io.griddle.settings;

import io.griddle.RequestValidationError.Issue;
import io.griddle.binding.json.JsonBinder;
import io.griddle.binding.json.JsonBinders;
import io.griddle.binding.reflect.Types;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads a settings record from environment variables and, optionally, a {@code .env} file, as Pydantic Settings'
 * {@code BaseSettings}: each component is read from the variable of its name, upper or lower case
 * ({@code admin_email} or {@code adminEmail} from {@code ADMIN_EMAIL}), converted and validated as a JSON body's
 * field would be ({@code @Default} values, {@code Optional}, Jakarta constraints), and every problem is reported at
 * once in a {@link SettingsError}. Scalars are read as text; lists, sets, maps and records as JSON text.
 *
 * <pre>{@code
 * record Settings(@Default("Awesome API") String app_name, String admin_email, @Default("50") int items_per_user) {}
 *
 * Settings settings = SettingsLoader.load(Settings.class);                  // the process's environment
 * Settings settings = SettingsLoader.of(Settings.class).envFile(Path.of(".env")).load();
 * Settings forTests = SettingsLoader.of(Settings.class).set("admin_email", "test@example.com").load();
 * }</pre>
 *
 * <p>Priority, highest first, as Pydantic Settings: values {@link #set} in code, the environment, the
 * {@code .env} file, the component's {@code @Default}. Loading reads the environment each time; load once at
 * startup and share the record (a provider that caches it, as FastAPI's {@code @lru_cache def get_settings()}).
 *
 * @param <T> the settings record
 */
public final class SettingsLoader<T extends Record> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Class<T> type;
    private final JsonBinder binder;
    private Map<String, String> environment = System.getenv();
    private final List<Path> envFiles = new ArrayList<>();
    private final Map<String, String> explicit = new LinkedHashMap<>();

    private SettingsLoader(Class<T> type) {
        this.type = Objects.requireNonNull(type, "type");
        this.binder = JsonBinders.forType(type, type.getName());
    }

    /** A loader for the record type, reading the process's environment until told otherwise. */
    public static <T extends Record> SettingsLoader<T> of(Class<T> type) {
        return new SettingsLoader<>(type);
    }

    /** Loads the record from the process's environment; throws {@link SettingsError} when it does not validate. */
    public static <T extends Record> T load(Class<T> type) {
        return of(type).load();
    }

    /** Reads these variables instead of the process's environment (tests, or a configuration of your own). */
    public SettingsLoader<T> environment(Map<String, String> variables) {
        this.environment = Map.copyOf(variables);
        return this;
    }

    /**
     * Also reads a {@code .env} file, below the environment in priority; a missing file is skipped. Files added
     * later win over earlier ones, as Pydantic's {@code env_file=(".env", ".env.prod")}.
     */
    public SettingsLoader<T> envFile(Path file) {
        envFiles.add(Objects.requireNonNull(file, "file"));
        return this;
    }

    /** Sets a field in code, above every other source, as keyword arguments to a Pydantic settings class. */
    public SettingsLoader<T> set(String field, String value) {
        explicit.put(field.toLowerCase(Locale.ROOT), Objects.requireNonNull(value, "value"));
        return this;
    }

    /** Reads, converts and validates the settings; throws {@link SettingsError} listing every problem. */
    public T load() {
        Map<String, String> variables = new HashMap<>();
        for (Path file : envFiles) {
            lowerCased(EnvFile.read(file), variables);
        }
        lowerCased(environment, variables);
        variables.putAll(explicit);
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        List<Issue> issues = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = Types.jsonName(component);
            String value = variables.get(name.toLowerCase(Locale.ROOT));
            if (value == null) {
                value = variables.get(snakeCase(name));
            }
            if (value != null) {
                object.set(name, node(component, name, value, issues));
            }
        }
        if (issues.isEmpty()) {
            Object bound = binder.bind(object, List.of(), issues);
            if (issues.isEmpty() && bound != JsonBinder.INVALID) {
                return type.cast(bound);
            }
        }
        throw new SettingsError(type.getSimpleName(), plainInputs(issues));
    }

    // The binder keeps JSON nodes as inputs; a settings error shows plain values (text, maps) as Pydantic's does.
    private static List<Issue> plainInputs(List<Issue> issues) {
        List<Issue> plain = new ArrayList<>(issues.size());
        for (Issue issue : issues) {
            Object input =
                    issue.input() instanceof JsonNode node ? JSON.treeToValue(node, Object.class) : issue.input();
            plain.add(new Issue(issue.type(), issue.loc(), issue.msg(), input, issue.ctx()));
        }
        return plain;
    }

    private static void lowerCased(Map<String, String> from, Map<String, String> into) {
        from.forEach((name, value) -> into.put(name.toLowerCase(Locale.ROOT), value));
    }

    // Structured values come as JSON text, as in Pydantic Settings; everything else is the text itself.
    private static JsonNode node(RecordComponent component, String name, String value, List<Issue> issues) {
        Class<?> raw = component.getType();
        boolean structured =
                Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw) || raw.isRecord();
        if (!structured) {
            return JsonNodeFactory.instance.stringNode(value);
        }
        try {
            return JSON.readTree(value);
        } catch (JacksonException e) {
            issues.add(new Issue(
                    "json_invalid", List.<Object>of(name), "Invalid JSON: " + e.getOriginalMessage(), value, null));
            return JsonNodeFactory.instance.nullNode();
        }
    }

    static String snakeCase(String name) {
        StringBuilder snake = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                snake.append('_');
            }
            snake.append(Character.toLowerCase(c));
        }
        return snake.toString();
    }
}
