package io.griddle.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads an application by its reference in a class loader of its own class path (not the CLI's) and gives its
 * OpenAPI document as {@code /openapi.json} would serve it, without starting a server.
 *
 * <pre>{@code
 * byte[] json = AppDocument.openapi(new Target.AppReference("com.example.Main", "app"), "target/classes:...");
 * }</pre>
 *
 * While the application is loaded, what it prints (its log lines) goes to standard error, so that standard output
 * holds the document alone.
 */
final class AppDocument {

    private AppDocument() {}

    static byte[] openapi(Target.AppReference reference, String classPath) {
        PrintStream out = System.out;
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(urls(classPath), ClassLoader.getPlatformClassLoader())) {
            System.setOut(System.err);
            thread.setContextClassLoader(loader);
            Object app = load(reference, loader);
            Class<?> appClass;
            try {
                appClass = Class.forName("io.griddle.App", false, loader);
            } catch (ClassNotFoundException e) {
                throw new CliError("Griddle (io.griddle.App) is not on the class path of " + reference.text());
            }
            if (!appClass.isInstance(app)) {
                throw new CliError(reference.text() + " is "
                        + (app == null ? "null" : "a " + app.getClass().getName())
                        + ", not an io.griddle.App: only an App has an OpenAPI document");
            }
            Object document = invoke(appClass.getMethod("openapi"), app, reference);
            Method write = Class.forName("io.griddle.http.Json", true, loader).getMethod("write", Object.class);
            return (byte[]) write.invoke(null, document);
        } catch (IOException | ReflectiveOperationException e) {
            throw new CliError("cannot make the document of " + reference.text() + ": " + e);
        } finally {
            System.setOut(out);
            thread.setContextClassLoader(previous);
        }
    }

    /** The application a reference names: a static field, else a static no-argument method. */
    static Object load(Target.AppReference reference, ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(reference.className(), true, loader);
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new CliError("class " + reference.className() + " not found on the class path");
        } catch (ExceptionInInitializerError e) {
            throw new CliError("loading " + reference.className() + " failed: " + e.getCause());
        }
        try {
            Field field = type.getDeclaredField(reference.member());
            if (!Modifier.isStatic(field.getModifiers())) {
                throw new CliError("field " + reference.text() + " is not static");
            }
            field.setAccessible(true);
            return field.get(null);
        } catch (NoSuchFieldException noField) {
            Method method;
            try {
                method = type.getDeclaredMethod(reference.member());
            } catch (NoSuchMethodException e) {
                throw new CliError(reference.className() + " has no static field " + reference.member()
                        + " nor static method " + reference.member() + "()");
            }
            if (!Modifier.isStatic(method.getModifiers())) {
                throw new CliError("method " + reference.text() + "() is not static");
            }
            method.setAccessible(true);
            return invoke(method, null, reference);
        } catch (IllegalAccessException e) {
            throw new CliError("cannot read " + reference.text() + ": " + e.getMessage());
        }
    }

    private static Object invoke(Method method, Object target, Target.AppReference reference) {
        try {
            return method.invoke(target);
        } catch (InvocationTargetException e) {
            throw new CliError(reference.text() + ": " + method.getName() + "() failed: " + e.getCause());
        } catch (IllegalAccessException e) {
            throw new CliError("cannot call " + method + ": " + e.getMessage());
        }
    }

    private static URL[] urls(String classPath) {
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                try {
                    urls.add(new File(entry).toURI().toURL());
                } catch (MalformedURLException e) {
                    throw new CliError("bad class path entry: " + entry, 2);
                }
            }
        }
        return urls.toArray(URL[]::new);
    }
}
