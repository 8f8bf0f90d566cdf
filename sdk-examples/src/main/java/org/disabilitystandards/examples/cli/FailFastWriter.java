package org.disabilitystandards.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * A writer onto a {@link PrintWriter} (the command line's standard output) that turns the print writer's
 * hidden failures into an {@link IOException}: every 64 Ki characters, and at {@link #flush}, it asks
 * {@link PrintWriter#checkError()}, so that a long output to a full disk or a closed pipe stops early with
 * {@code cannot write standard output} instead of running to the end and exiting 0.
 */
final class FailFastWriter extends Writer {

    private static final int CHECK_EVERY = 1 << 16;

    private final PrintWriter out;
    private int sinceCheck;

    FailFastWriter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        out.write(buffer, offset, length);
        sinceCheck += length;
        if (sinceCheck >= CHECK_EVERY) {
            flush();
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        out.write(text, offset, length);
        sinceCheck += length;
        if (sinceCheck >= CHECK_EVERY) {
            flush();
        }
    }

    @Override
    public void flush() throws IOException {
        sinceCheck = 0;
        if (out.checkError()) {
            throw new IOException("cannot write standard output");
        }
    }

    /** Flushes; standard output itself stays open. */
    @Override
    public void close() throws IOException {
        flush();
    }
}
