package io.griddle.launcher;

import java.util.Arrays;

/** Run by {@link ExecTest} in a child JVM: says its process id, then replaces itself with a shell that says its own. */
public final class ExecProbe {

    private ExecProbe() {}

    public static void main(String[] args) {
        System.out.println("java " + ProcessHandle.current().pid());
        System.out.flush();
        String failure = Exec.replaceProcess(Arrays.asList("/bin/sh", "-c", "echo \"shell $$ $0\"", "with-args"));
        System.out.println("not replaced: " + failure);
    }
}
