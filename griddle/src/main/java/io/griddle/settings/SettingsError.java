package io.griddle.settings;

import io.griddle.RequestValidationError.Issue;
import java.io.Serial;
import java.util.List;

/**
 * Settings that did not load: each problem with the field it concerns, as Pydantic's {@code ValidationError} for a
 * {@code BaseSettings} class. Thrown at startup, so that a missing or malformed variable stops the application
 * before it serves.
 *
 * <pre>{@code
 * 1 validation error for Settings
 * admin_email
 *   Field required [type=missing]
 * }</pre>
 */
public final class SettingsError extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<Issue> errors;

    SettingsError(String type, List<Issue> errors) {
        super(describe(type, errors));
        this.errors = List.copyOf(errors);
    }

    /** The problems: {@code type}, {@code loc} (the field's name), {@code msg}, {@code input}, {@code ctx}. */
    public List<Issue> errors() {
        return errors;
    }

    private static String describe(String type, List<Issue> errors) {
        StringBuilder text = new StringBuilder()
                .append(errors.size())
                .append(errors.size() == 1 ? " validation error for " : " validation errors for ")
                .append(type);
        for (Issue issue : errors) {
            text.append('\n');
            for (int i = 0; i < issue.loc().size(); i++) {
                text.append(i == 0 ? "" : ".").append(issue.loc().get(i));
            }
            text.append("\n  ")
                    .append(issue.msg())
                    .append(" [type=")
                    .append(issue.type())
                    .append(']');
        }
        return text.toString();
    }
}
