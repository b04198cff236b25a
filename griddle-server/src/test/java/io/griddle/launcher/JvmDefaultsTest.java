package io.griddle.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JvmDefaultsTest {

    private static final Map<String, String> NO_ENV = Collections.emptyMap();
    private static final String[] NO_ARGS = {};

    private static Map<String, String> env(String name, String value) {
        Map<String, String> environment = new HashMap<>();
        environment.put(name, value);
        return environment;
    }

    @Test
    void aServerOfOneOrTwoLoopsGetsASmallHeapAndTheSerialCollector() {
        assertThat(JvmDefaults.forLoops(1, 25))
                .containsExactly(
                        "-XX:+UseSerialGC",
                        "-Xms32m",
                        "-Xmx64m",
                        "-XX:MaxDirectMemorySize=128m",
                        "-XX:TrimNativeHeapInterval=5000");
        assertThat(JvmDefaults.forLoops(2, 25))
                .containsExactly(
                        "-XX:+UseSerialGC",
                        "-Xms32m",
                        "-Xmx80m",
                        "-XX:MaxDirectMemorySize=192m",
                        "-XX:TrimNativeHeapInterval=5000");
    }

    @Test
    void moreLoopsGetMoreHeapAndTheJvmsOwnCollector() {
        assertThat(JvmDefaults.forLoops(8, 25))
                .containsExactly(
                        "-Xms32m", "-Xmx176m", "-XX:MaxDirectMemorySize=576m", "-XX:TrimNativeHeapInterval=5000");
        assertThat(JvmDefaults.forLoops(0, 25)).as("no loops is read as one").isEqualTo(JvmDefaults.forLoops(1, 25));
    }

    @Test
    void beforeJava22TheNativeHeapIsNotTrimmedSinceTheOptionIsNotAProductOne() {
        assertThat(JvmDefaults.forLoops(1, 21))
                .containsExactly("-XX:+UseSerialGC", "-Xms32m", "-Xmx64m", "-XX:MaxDirectMemorySize=128m");
    }

    @Test
    void theLoopsComeFromTheFlagTheEnvironmentOrTheProcessors() {
        assertThat(JvmDefaults.loops(new String[] {"--port", "9000", "--loops", "2"}, NO_ENV, 8))
                .isEqualTo(2);
        assertThat(JvmDefaults.loops(new String[] {"--loops=3"}, NO_ENV, 8)).isEqualTo(3);
        assertThat(JvmDefaults.loops(NO_ARGS, env("GRIDDLE_LOOPS", "4"), 8)).isEqualTo(4);
        assertThat(JvmDefaults.loops(new String[] {"--loops", "1"}, env("GRIDDLE_LOOPS", "4"), 8))
                .as("the flag wins over the environment, as for every flag")
                .isEqualTo(1);
        assertThat(JvmDefaults.loops(NO_ARGS, NO_ENV, 8)).isEqualTo(8);
        assertThat(JvmDefaults.loops(new String[] {"--loops", "many"}, NO_ENV, 2))
                .as("not a number: the server reports it; the settings take the processors")
                .isEqualTo(2);
    }

    @Test
    void withNoSettingOfTheUsersTheJvmStartsAgainWithGriddles() {
        JvmDefaults.Choice choice = JvmDefaults.choose(
                Arrays.asList("-Dapp.mode=prod", "--enable-native-access=ALL-UNNAMED"),
                NO_ENV,
                new String[] {"--loops", "1"},
                2,
                25);
        assertThat(choice.restarts()).isTrue();
        assertThat(choice.options).isEqualTo(JvmDefaults.forLoops(1, 25));
    }

    @Test
    void theUsersOwnHeapCollectorOrMemoryOptionWins() {
        for (String own : List.of(
                "-Xmx200m",
                "-Xms1g",
                "-XX:MaxRAMPercentage=50",
                "-XX:+UseZGC",
                "-XX:+UseG1GC",
                "-XX:MaxDirectMemorySize=1g",
                "-XX:MaxHeapSize=300m")) {
            JvmDefaults.Choice choice = JvmDefaults.choose(List.of("-Dx=y", own), NO_ENV, NO_ARGS, 2, 25);
            assertThat(choice.restarts()).as(own).isFalse();
            assertThat(choice.kept).isEqualTo("the command line's own " + own);
            assertThat(choice.options).isEmpty();
        }
    }

    @Test
    void javaToolOptionsAndJdkJavaOptionsWin() {
        JvmDefaults.Choice tool = JvmDefaults.choose(List.of(), env("JAVA_TOOL_OPTIONS", "-Xmx300m"), NO_ARGS, 2, 25);
        assertThat(tool.restarts()).isFalse();
        assertThat(tool.kept).contains("JAVA_TOOL_OPTIONS").contains("-Xmx300m");
        JvmDefaults.Choice jdk = JvmDefaults.choose(List.of(), env("JDK_JAVA_OPTIONS", "-Dx=1"), NO_ARGS, 2, 25);
        assertThat(jdk.restarts()).isFalse();
        assertThat(jdk.kept).contains("JDK_JAVA_OPTIONS");
        assertThat(JvmDefaults.choose(List.of(), env("JAVA_TOOL_OPTIONS", "  "), NO_ARGS, 2, 25)
                        .restarts())
                .as("set but empty")
                .isTrue();
    }

    @Test
    void aDebuggerOrAgentIsNeverLostAndTheSwitchTurnsItAllOff() {
        assertThat(JvmDefaults.choose(
                                List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005"),
                                NO_ENV,
                                NO_ARGS,
                                2,
                                25)
                        .restarts())
                .isFalse();
        assertThat(JvmDefaults.choose(List.of("-javaagent:/x.jar"), NO_ENV, NO_ARGS, 2, 25)
                        .restarts())
                .isFalse();
        JvmDefaults.Choice off = JvmDefaults.choose(List.of(), env("GRIDDLE_JVM_DEFAULTS", "off"), NO_ARGS, 2, 25);
        assertThat(off.restarts()).isFalse();
        assertThat(off.kept).contains("GRIDDLE_JVM_DEFAULTS=off");
    }

    @Test
    void optionsThatAreNotMemoryOrCollectorSettingsAreNotTheUsersChoice() {
        assertThat(JvmDefaults.isMemoryOrCollector("-XX:+UseSerialGC")).isTrue();
        assertThat(JvmDefaults.isMemoryOrCollector("-XX:-UseAdaptiveSizePolicy"))
                .isFalse();
        assertThat(JvmDefaults.isMemoryOrCollector("-XX:+UseCompressedOops")).isFalse();
        assertThat(JvmDefaults.isMemoryOrCollector("-Dgriddle.x=-Xmx1g")).isFalse();
        assertThat(JvmDefaults.isMemoryOrCollector("-Xss512k")).isTrue();
    }
}
