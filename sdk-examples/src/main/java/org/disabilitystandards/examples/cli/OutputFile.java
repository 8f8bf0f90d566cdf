package org.disabilitystandards.examples.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * One output file of a command, written so that it is never half there: the bytes go to a temporary file in
 * the target's directory (created owner-only, 0600, where the file system has POSIX permissions), which
 * {@link #commit} forces to disk and renames over the target in one atomic step. A run that fails or is
 * interrupted before the commit leaves the target as it was and removes the temporary file (a killed process
 * may leave a {@code .dsds-*.tmp} file, never a partial target). A target that is a device or a FIFO
 * ({@code /dev/stdout}, a named pipe) is written in place instead. Outputs that carry personal data stay 0600;
 * others get {@code rw-r--r--}. Every failure is a one-line {@link UserInputException}
 * {@code cannot write FILE: reason} (exit code 2). Not thread-safe.
 */
final class OutputFile implements AutoCloseable {

    /** Who may read the finished file. */
    enum Access {
        /** Personal data (ID numbers, names): the owner only (0600). */
        OWNER_ONLY(PosixFilePermissions.fromString("rw-------")),
        /** No personal data (aggregates, reports): readable by all (0644). */
        SHARED(PosixFilePermissions.fromString("rw-r--r--"));

        final Set<PosixFilePermission> permissions;

        Access(Set<PosixFilePermission> permissions) {
            this.permissions = permissions;
        }
    }

    private final Path target;
    private final Path temporary;
    private final Access access;
    private final FileChannel channel;
    private final OutputStream stream;
    private boolean committed;

    private OutputFile(Path target, Path temporary, Access access, FileChannel channel) {
        this.target = target;
        this.temporary = temporary;
        this.access = access;
        this.channel = channel;
        this.stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    }

    /**
     * Creates the temporary file next to the target.
     *
     * @param target the file to write in the end
     * @param access who may read it
     * @return the open output
     * @throws UserInputException if the temporary file cannot be created
     */
    static OutputFile create(Path target, Access access) {
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            // a device or FIFO (/dev/stdout, a named pipe): written in place, never replaced by a rename
            try {
                return new OutputFile(target, null, access, FileChannel.open(target, StandardOpenOption.WRITE));
            } catch (IOException e) {
                throw failure(target, e);
            }
        }
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(directory, ".dsds-", ".tmp");
            return new OutputFile(target, temporary, access,
                    FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING));
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw failure(target, e);
        }
    }

    /**
     * Returns the stream to write to; closing it is left to {@link #commit} and {@link #close}.
     *
     * @return the stream
     */
    OutputStream stream() {
        return stream;
    }

    /**
     * Flushes, forces the data to disk, sets the permissions and renames the temporary file over the target.
     *
     * @throws UserInputException if any step fails (the target is then left as it was)
     */
    void commit() {
        try {
            stream.flush();
            if (temporary == null) {
                channel.close();
                committed = true;
                return;
            }
            channel.force(true);
            channel.close();
            setPermissions(temporary, access);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    /** Removes the temporary file unless the output was committed. */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // the run already failed; the file goes anyway
        }
        deleteQuietly(temporary);
    }

    private static void setPermissions(Path file, Access access) throws IOException {
        try {
            Files.setPosixFilePermissions(file, access.permissions);
        } catch (UnsupportedOperationException e) {
            // no POSIX permissions on this file system: the operating system's default applies
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing more can be done; the name says what it is
        }
    }

    /**
     * Describes a failure to write a target as the one-line usage error of every command.
     *
     * @param target the file
     * @param e      the failure
     * @return the exception to throw
     */
    static UserInputException failure(Path target, IOException e) {
        Object reason = e instanceof FileSystemException && ((FileSystemException) e).getReason() != null
                ? ConsoleText.safe(((FileSystemException) e).getReason()) : e.getClass().getSimpleName();
        if (e instanceof java.nio.file.NoSuchFileException) {
            reason = new UserInputException.Reason("reason.noSuchDirectory");
        } else if (e instanceof java.nio.file.AccessDeniedException) {
            reason = new UserInputException.Reason("reason.permission");
        } else if (e.getMessage() != null && e.getMessage().contains("No space left")) {
            reason = new UserInputException.Reason("reason.noSpace");
        }
        return UserInputException.of("error.cannotWrite", ConsoleText.safe(target.toString()), reason);
    }

    @Override
    public String toString() {
        return "OutputFile{target=" + target.getFileName() + ", committed=" + committed + "}";
    }
}
