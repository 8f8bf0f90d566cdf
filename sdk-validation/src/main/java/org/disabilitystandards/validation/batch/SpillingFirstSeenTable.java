package org.disabilitystandards.validation.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Remembers, for each non-negative {@code long} key, the line where it was first seen, in bounded memory:
 * at most a fixed number of keys in a {@link FirstSeenTable}; when it is full, its pairs are sorted by key
 * and written as a {@link SpilledRun} to a temporary file, of which only about 1.3 bytes per key stay in
 * memory. A lookup asks the runs (one filter probe each, one block read where the filter says "maybe"),
 * then the in-memory table.
 *
 * <p>Personal data: keys are written under a {@link KeyPermutation} whose secret lives only in this object's
 * memory, so the file cannot be turned back into ID numbers. The temporary file (owner-only where the file
 * system supports it) is created at the first spill and unlinked as soon as it is open, so that no way the
 * process ends (killed included) leaves it behind; where the file system cannot unlink an open file, it is
 * deleted when {@link #close} closes it. Not thread-safe; used by the single emitting thread of a batch
 * run.
 */
final class SpillingFirstSeenTable implements AutoCloseable {

    /** Default number of keys held in memory before a spill: about 32 MB of table. */
    static final int DEFAULT_KEYS_IN_MEMORY = 1 << 20;

    private static final int WRITE_BUFFER_BYTES = 1 << 16;

    private final int keysInMemory;
    private final Path directory;
    private final FirstSeenTable memory = new FirstSeenTable();
    private final List<SpilledRun> runs = new ArrayList<>();
    private final ByteBuffer block = ByteBuffer.allocateDirect(SpilledRun.BLOCK_BYTES);
    private FileChannel channel;
    private long fileLength;
    private long[] sortedKeys;
    private long[] sortedLines;
    private KeyPermutation permutation;

    /**
     * Creates an empty table.
     *
     * @param keysInMemory the most keys held in memory, at least 1
     * @param directory    where the temporary file goes if the table spills
     */
    SpillingFirstSeenTable(int keysInMemory, Path directory) {
        if (keysInMemory < 1) {
            throw new IllegalArgumentException("keysInMemory must be at least 1");
        }
        this.keysInMemory = keysInMemory;
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    /**
     * Records a key's first line, unless the key was seen before.
     *
     * @param key  a non-negative key
     * @param line the current line
     * @return the line where the key was first seen, or {@link FirstSeenTable#ABSENT} if it is new
     * @throws IOException if a spilled run cannot be read or the table cannot spill
     */
    long putIfAbsent(long key, long line) throws IOException {
        long secret = runs.isEmpty() ? 0 : permutation.apply(key);
        for (int i = 0; i < runs.size(); i++) {
            long first = runs.get(i).lineOf(secret, block);
            if (first != FirstSeenTable.ABSENT) {
                return first;
            }
        }
        long first = memory.putIfAbsent(key, line);
        if (first == FirstSeenTable.ABSENT && memory.size() >= keysInMemory) {
            spill();
        }
        return first;
    }

    /**
     * Returns the number of runs written so far.
     *
     * @return the runs
     */
    int runs() {
        return runs.size();
    }

    private void spill() throws IOException {
        if (channel == null) {
            permutation = new KeyPermutation(new SecureRandom());
            Path file = Files.createTempFile(directory, "dsds-duplicates-", ".run");
            try {
                channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                        StandardOpenOption.DELETE_ON_CLOSE);
            } finally {
                unlink(file);
            }
            sortedKeys = new long[keysInMemory];
            sortedLines = new long[keysInMemory];
        }
        int count = memory.copyKeys(sortedKeys);
        for (int i = 0; i < count; i++) {
            sortedKeys[i] = permutation.apply(sortedKeys[i]);
        }
        Arrays.sort(sortedKeys, 0, count);
        for (int i = 0; i < count; i++) {
            sortedLines[i] = memory.lineOf(permutation.invert(sortedKeys[i]));
        }
        ByteBuffer buffer = ByteBuffer.allocate(WRITE_BUFFER_BYTES);
        SpilledRun run = SpilledRun.write(channel, fileLength, sortedKeys, sortedLines, count, buffer);
        runs.add(run);
        fileLength += run.length();
        memory.clear();
    }

    /**
     * Reads the whole temporary file through the open channel, for tests that check what a spill writes.
     *
     * @return the file's bytes, or an empty buffer before the first spill
     * @throws IOException if the file cannot be read
     */
    ByteBuffer readSpilledBytesForTest() throws IOException {
        ByteBuffer contents = ByteBuffer.allocate((int) fileLength);
        while (channel != null && contents.hasRemaining()) {
            if (channel.read(contents, contents.position()) < 0) {
                break;
            }
        }
        return contents.flip();
    }

    /** Unlinks the open file; where the file system refuses (Windows), DELETE_ON_CLOSE removes it at close. */
    private static void unlink(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the file is deleted when its channel closes
        }
    }

    /**
     * Deletes the temporary file, if the table spilled.
     *
     * @throws IOException if the file cannot be closed or deleted
     */
    @Override
    public void close() throws IOException {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } finally {
            channel = null;
        }
    }

    @Override
    public String toString() {
        return "SpillingFirstSeenTable{inMemory=" + memory.size() + ", runs=" + runs.size() + ", spilledBytes="
                + fileLength + "}";
    }
}
