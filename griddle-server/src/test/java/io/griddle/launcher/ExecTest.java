package io.griddle.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ExecTest {

    @Test
    void theProcessIsReplacedAndKeepsItsId() throws Exception {
        assumeTrue(Exec.available(Runtime.version().feature()), "Java 22+ on Linux");
        Process child = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElseThrow(),
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ExecProbe.class.getName())
                .redirectErrorStream(true)
                .start();
        List<String> lines;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            lines = out.lines().collect(Collectors.toList());
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isZero();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("java " + child.pid());
        assertThat(lines.get(1))
                .as("the shell, in the same process, with its arguments")
                .isEqualTo("shell " + child.pid() + " with-args");
    }
}
