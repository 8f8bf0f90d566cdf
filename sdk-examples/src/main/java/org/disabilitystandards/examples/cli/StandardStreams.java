package org.disabilitystandards.examples.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The process's standard output and error as UTF-8 print writers directly on the file descriptors, not on
 * {@link System#out}: a {@link java.io.PrintStream} swallows write failures where nothing can see them,
 * while a print writer on the descriptor records them for {@link PrintWriter#checkError()}, which every
 * command's run checks (a full disk or a closed pipe ends with exit code 2, not 0).
 */
final class StandardStreams {

    private StandardStreams() {
    }

    /** Standard output, flushed at each line. */
    static PrintWriter out() {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), 1 << 16), true);
    }

    /** Standard error, flushed at each line. */
    static PrintWriter err() {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8)), true);
    }
}
