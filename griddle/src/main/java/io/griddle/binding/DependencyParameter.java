package io.griddle.binding;

import io.griddle.Depends;
import io.griddle.security.Security;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * What a {@code @Depends} or {@code @Security} parameter asks for, read once at startup: the provider class, the
 * scopes it adds ({@code @Security} only) and whether it shares the request's value.
 *
 * @param provider the provider class (the parameter's type when the annotation names none)
 * @param scopes   the OAuth2 scopes this dependency requires, as declared, each once
 * @param useCache whether the value made once for the request is reused
 */
record DependencyParameter(Class<?> provider, List<String> scopes, boolean useCache) {

    /** The parameter's dependency, or {@code null} when it has neither annotation. */
    static DependencyParameter of(Executable method, Parameter parameter) {
        Depends depends = parameter.getAnnotation(Depends.class);
        Security security = parameter.getAnnotation(Security.class);
        if (depends != null && security != null) {
            throw new IllegalArgumentException(
                    ParameterBinders.where(method, parameter) + " has both @Depends and @Security: keep one");
        }
        if (depends != null) {
            return new DependencyParameter(type(parameter, depends.value()), List.of(), depends.useCache());
        }
        if (security != null) {
            List<String> scopes = new ArrayList<>();
            for (String scope : security.scopes()) {
                if (!isScopeToken(scope)) {
                    throw new IllegalArgumentException(ParameterBinders.where(method, parameter) + ": scope \"" + scope
                            + "\" is not an OAuth2 scope (printable ASCII without space, \" or \\)");
                }
                if (!scopes.contains(scope)) {
                    scopes.add(scope);
                }
            }
            return new DependencyParameter(type(parameter, security.value()), List.copyOf(scopes), security.useCache());
        }
        return null;
    }

    /** The provider class a parameter names, without building anything; {@code null} for other parameters. */
    static Class<?> providerOf(Parameter parameter) {
        if (parameter.getAnnotation(Depends.class) instanceof Depends depends) {
            return type(parameter, depends.value());
        }
        if (parameter.getAnnotation(Security.class) instanceof Security security) {
            return type(parameter, security.value());
        }
        return null;
    }

    private static Class<?> type(Parameter parameter, Class<?> named) {
        return named == void.class ? parameter.getType() : named;
    }

    // RFC 6749 section 3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E ), so it may be quoted in a challenge as is.
    static boolean isScopeToken(String scope) {
        if (scope.isEmpty()) {
            return false;
        }
        for (int i = 0; i < scope.length(); i++) {
            char c = scope.charAt(i);
            if (c < 0x21 || c > 0x7E || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }
}
