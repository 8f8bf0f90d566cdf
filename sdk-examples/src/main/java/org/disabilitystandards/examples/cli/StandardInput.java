package org.disabilitystandards.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks that standard input is really open before a command reads it. When a process starts with file
 * descriptor 0 closed, the JVM's first opened file takes that descriptor (the JDK's own {@code lib/modules}),
 * and reading "standard input" would read that file. Where {@code /proc/self/fd/0} shows where descriptor 0
 * leads (Linux), a descriptor that leads into the Java installation, or nowhere, is refused.
 */
final class StandardInput {

    private StandardInput() {
    }

    /**
     * Refuses to go on when standard input is closed.
     *
     * @throws UserInputException if descriptor 0 was closed when the process started (exit code 2)
     */
    static void requireOpen() {
        Path descriptor = Path.of("/proc/self/fd/0");
        if (!Files.isDirectory(Path.of("/proc/self/fd"))) {
            return;
        }
        Path target;
        try {
            target = Files.readSymbolicLink(descriptor);
        } catch (IOException | UnsupportedOperationException e) {
            throw UserInputException.of("error.stdinClosed");
        }
        Path javaHome = Path.of(System.getProperty("java.home")).toAbsolutePath().normalize();
        Path realHome = javaHome;
        try {
            realHome = javaHome.toRealPath();
        } catch (IOException e) {
            // keep the path as given
        }
        if (target.isAbsolute() && (target.normalize().startsWith(javaHome) || target.normalize().startsWith(realHome))) {
            throw UserInputException.of("error.stdinClosed");
        }
    }
}
