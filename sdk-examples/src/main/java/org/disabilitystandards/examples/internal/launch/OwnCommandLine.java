package org.disabilitystandards.examples.internal.launch;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * This JVM's executable and the arguments it was started with, for {@link RelaunchPlan}. On Linux they are
 * read from {@code /proc/self/exe} and {@code /proc/self/cmdline}, as {@link ProcessHandle.Info} reads them,
 * but without starting its machinery: in the short-lived parent JVM of a relaunch that saves about 20 ms
 * (docs/performance.md, round 7). Elsewhere, or if {@code /proc} cannot be read, {@link ProcessHandle.Info}.
 *
 * @param command   the executable's absolute path, if known
 * @param arguments the arguments after the executable, if known
 */
record OwnCommandLine(Optional<String> command, Optional<String[]> arguments) {

    private static final Path EXE = Path.of("/proc/self/exe");
    private static final Path CMDLINE = Path.of("/proc/self/cmdline");

    /** Reads this JVM's command line. */
    static OwnCommandLine current() {
        if ("Linux".equals(System.getProperty("os.name"))) {
            try {
                Charset charset = Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
                List<String> all = split(Files.readAllBytes(CMDLINE), charset);
                if (!all.isEmpty()) {
                    String executable = Files.readSymbolicLink(EXE).toString();
                    return new OwnCommandLine(Optional.of(executable),
                            Optional.of(all.subList(1, all.size()).toArray(new String[0])));
                }
            } catch (IOException | RuntimeException e) {
                // no readable /proc: ask the JDK
            }
        }
        ProcessHandle.Info self = ProcessHandle.current().info();
        return new OwnCommandLine(self.command(), self.arguments());
    }

    /**
     * Splits the contents of {@code /proc/PID/cmdline}: every argument ends with a NUL byte (an empty
     * argument is a NUL alone); bytes after the last NUL, if any, are one more argument.
     */
    static List<String> split(byte[] cmdline, Charset charset) {
        List<String> arguments = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                arguments.add(new String(cmdline, start, i - start, charset));
                start = i + 1;
            }
        }
        if (start < cmdline.length) {
            arguments.add(new String(cmdline, start, cmdline.length - start, charset));
        }
        return arguments;
    }
}
