package io.griddle.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * A {@code set-cookie} header value, built as Starlette's {@code response.set_cookie} builds it: path {@code /} and
 * {@code SameSite=lax} unless changed, attributes in the same order, a value quoted as Python's cookies quote it
 * when it has characters a cookie value cannot carry bare.
 *
 * <pre>{@code
 * response.setCookie(SetCookie.of("session", token).maxAge(Duration.ofHours(1)).httpOnly(true).secure(true));
 * response.setCookie(SetCookie.deletion("session"));        // what response.deleteCookie("session") sends
 * // session=abc; HttpOnly; Max-Age=3600; Path=/; SameSite=lax; Secure
 * }</pre>
 */
public final class SetCookie {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
            .withZone(ZoneOffset.UTC);
    private static final String LEGAL = "!#$%&'*+-.^_`|~:";

    private final String name;
    private final String value;
    private Long maxAge;
    private Instant expires;
    private String path = "/";
    private String domain;
    private boolean secure;
    private boolean httpOnly;
    private String sameSite = "lax";
    private boolean partitioned;

    private SetCookie(String name, String value) {
        this.name = checkName(name);
        this.value = Objects.requireNonNull(value, "value");
    }

    /** A cookie with the name and value, path {@code /} and {@code SameSite=lax}. */
    public static SetCookie of(String name, String value) {
        return new SetCookie(name, value);
    }

    /**
     * What Starlette's {@code delete_cookie} sends: an empty value that expired now ({@code Max-Age=0}). Path,
     * domain, secure, httpOnly and sameSite must match the cookie's for a browser to drop it.
     */
    public static SetCookie deletion(String name) {
        return new SetCookie(name, "").maxAge(0).expires(Instant.now());
    }

    /** {@code Max-Age} in seconds; 0 or less expires it at once. */
    public SetCookie maxAge(long seconds) {
        this.maxAge = seconds;
        return this;
    }

    /** {@code Max-Age}. */
    public SetCookie maxAge(Duration age) {
        return maxAge(age.toSeconds());
    }

    /** {@code expires}, written as an HTTP date in GMT. */
    public SetCookie expires(Instant when) {
        this.expires = Objects.requireNonNull(when, "when");
        return this;
    }

    /** {@code expires} this long from now, as Starlette's {@code expires=<int seconds>}. */
    public SetCookie expiresIn(Duration fromNow) {
        return expires(Instant.now().plus(fromNow));
    }

    /** {@code Path}; {@code null} for none. Default {@code /}. */
    public SetCookie path(String path) {
        this.path = path == null ? null : checkText(path, "path");
        return this;
    }

    /** {@code Domain}; {@code null} (the default) for none. */
    public SetCookie domain(String domain) {
        this.domain = domain == null ? null : checkText(domain, "domain");
        return this;
    }

    public SetCookie secure(boolean secure) {
        this.secure = secure;
        return this;
    }

    public SetCookie httpOnly(boolean httpOnly) {
        this.httpOnly = httpOnly;
        return this;
    }

    /** {@code SameSite}: {@code lax} (the default), {@code strict} or {@code none}, any case; {@code null} for none. */
    public SetCookie sameSite(String sameSite) {
        if (sameSite != null
                && !java.util.Set.of("strict", "lax", "none").contains(sameSite.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("sameSite must be 'strict', 'lax' or 'none': " + sameSite);
        }
        this.sameSite = sameSite;
        return this;
    }

    /** {@code Partitioned} (CHIPS). */
    public SetCookie partitioned(boolean partitioned) {
        this.partitioned = partitioned;
        return this;
    }

    public String name() {
        return name;
    }

    public String value() {
        return value;
    }

    /** The header value: {@code name=value} then the attributes in Python's order (sorted by attribute name). */
    public String headerValue() {
        StringBuilder out = new StringBuilder(64).append(name).append('=').append(quote(value));
        if (domain != null) {
            out.append("; Domain=").append(domain);
        }
        if (expires != null) {
            out.append("; expires=").append(HTTP_DATE.format(expires));
        }
        if (httpOnly) {
            out.append("; HttpOnly");
        }
        if (maxAge != null) {
            out.append("; Max-Age=").append(maxAge.longValue());
        }
        if (partitioned) {
            out.append("; Partitioned");
        }
        if (path != null) {
            out.append("; Path=").append(path);
        }
        if (sameSite != null) {
            out.append("; SameSite=").append(sameSite);
        }
        if (secure) {
            out.append("; Secure");
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return headerValue();
    }

    // A value of letters, digits and LEGAL goes bare; any other is quoted, with \" \\ and octal escapes.
    static String quote(String value) {
        if (!value.isEmpty() && value.chars().allMatch(SetCookie::legal)) {
            return value;
        }
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > 255) {
                throw new IllegalArgumentException("a cookie value holds Latin-1 text only: " + value);
            }
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 32 || c >= 127) {
                quoted.append('\\').append(String.format("%03o", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    private static boolean legal(int c) {
        return c < 128 && (Character.isLetterOrDigit(c) || LEGAL.indexOf(c) >= 0);
    }

    private static String checkName(String name) {
        if (name == null || name.isEmpty() || !name.chars().allMatch(SetCookie::legal)) {
            throw new IllegalArgumentException("not a legal cookie name: " + name);
        }
        return name;
    }

    private static String checkText(String text, String what) {
        if (text.indexOf(';') >= 0 || text.chars().anyMatch(c -> c < 32 || c == 127)) {
            throw new IllegalArgumentException("a cookie's " + what + " cannot hold ';' or control characters");
        }
        return text;
    }
}
