package io.griddle.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The project {@code griddle new NAME} writes: a Maven project with the app, a TestClient test, the runnable jar,
 * the JDK 21+ toolchain, {@code -parameters}, quiet test logging, a {@code .gitignore} and the Maven wrapper. The
 * files are templates in this jar ({@code io/griddle/cli/starter/}); {@code {{name}}} placeholders are filled in.
 *
 * <pre>{@code
 * Starter.write(Path.of("shop"), "shop", "com.example.shop");
 * }</pre>
 */
final class Starter {

    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern PACKAGE = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*");

    private Starter() {}

    /** The package a project name gets by default: {@code com.example.} and the name without hyphens. */
    static String defaultPackage(String name) {
        return "com.example." + name.replace("-", "");
    }

    /** Writes the project into {@code directory}, which must not exist yet. */
    static void write(Path directory, String name, String javaPackage) {
        if (!NAME.matcher(name).matches()) {
            throw new CliError(
                    "\"" + name + "\" cannot name a project: use lower-case letters, digits and hyphens,"
                            + " starting with a letter (it becomes the artifactId and the folder)",
                    2);
        }
        if (!PACKAGE.matcher(javaPackage).matches()) {
            throw new CliError("\"" + javaPackage + "\" is not a package name (lower case, e.g. com.example.shop)", 2);
        }
        if (Files.exists(directory)) {
            throw new CliError(directory + " already exists: choose another name or remove it", 2);
        }
        Properties versions = versions();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("artifactId", name);
        values.put("package", javaPackage);
        values.put("packagePath", javaPackage.replace('.', '/'));
        values.put(
                "groupId",
                javaPackage.substring(
                        0, javaPackage.lastIndexOf('.') > 0 ? javaPackage.lastIndexOf('.') : javaPackage.length()));
        values.put("griddleVersion", versions.getProperty("version"));
        values.put("junitVersion", versions.getProperty("junit"));
        String code = "src/main/java/" + values.get("packagePath");
        String tests = "src/test/java/" + values.get("packagePath");
        copy("pom.xml.template", directory.resolve("pom.xml"), values);
        copy("Main.java.template", directory.resolve(code + "/Main.java"), values);
        copy("MainTest.java.template", directory.resolve(tests + "/MainTest.java"), values);
        copy("logback-test.xml", directory.resolve("src/test/resources/logback-test.xml"), values);
        copy("gitignore", directory.resolve(".gitignore"), values);
        copy("README.md.template", directory.resolve("README.md"), values);
        copy("maven-wrapper.properties", directory.resolve(".mvn/wrapper/maven-wrapper.properties"), values);
        copy("mvnw", directory.resolve("mvnw"), values);
        try {
            Files.setPosixFilePermissions(directory.resolve("mvnw"), PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: `sh mvnw` still works
        }
    }

    static Properties versions() {
        Properties properties = new Properties();
        try (InputStream in = Starter.class.getResourceAsStream("version.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static void copy(String template, Path target, Map<String, String> values) {
        try (InputStream in = Starter.class.getResourceAsStream("starter/" + template)) {
            if (in == null) {
                throw new IllegalStateException("the starter template " + template + " is missing from the jar");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> value : values.entrySet()) {
                text = text.replace("{{" + value.getKey() + "}}", value.getValue());
            }
            Files.createDirectories(target.getParent());
            Files.writeString(target, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliError("cannot write " + target + ": " + e.getMessage());
        }
    }
}
