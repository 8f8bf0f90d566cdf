package org.disabilitystandards.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses, before anything is opened, a command line where an output is the same file as an input or as
 * another output (through any spelling, symbolic link or hard link): {@code dsds validate X --issues X} would
 * otherwise truncate the data before reading it. Each command names its files with the option that gave them;
 * any future output option is added the same way. Standard input and output ({@code -}) are never files here.
 */
final class DistinctFiles {

    /** A file and the option (or argument) that named it. */
    private record Named(String option, Path path) {
    }

    private final List<Named> inputs = new ArrayList<>();
    private final List<Named> outputs = new ArrayList<>();

    /**
     * Adds an input.
     *
     * @param option how the user named it (for the message), such as {@code FILE}
     * @param name   the path as given, or {@code -} for standard input
     * @return this
     */
    DistinctFiles input(String option, String name) {
        if (name != null && !"-".equals(name)) {
            inputs.add(new Named(option, Path.of(name)));
        }
        return this;
    }

    /**
     * Adds an output.
     *
     * @param option the option, such as {@code --issues}
     * @param path   the path, or null when the option was not given
     * @return this
     */
    DistinctFiles output(String option, Path path) {
        if (path != null && !"-".equals(path.toString())) {
            outputs.add(new Named(option, path));
        }
        return this;
    }

    /**
     * Checks that every output differs from every input and from every other output, and is not a directory.
     *
     * @throws UserInputException if two of them are the same file (exit code 2)
     */
    void check() {
        for (int i = 0; i < outputs.size(); i++) {
            Named output = outputs.get(i);
            if (Files.isDirectory(output.path())) {
                throw UserInputException.of("error.outputDirectory", output.option(),
                        ConsoleText.safe(output.path().toString()));
            }
            for (Named input : inputs) {
                if (same(output.path(), input.path())) {
                    throw UserInputException.of("error.sameAsInput", output.option(),
                            ConsoleText.safe(input.path().toString()));
                }
            }
            for (int j = 0; j < i; j++) {
                if (same(output.path(), outputs.get(j).path())) {
                    throw UserInputException.of("error.sameOutputs", output.option(), outputs.get(j).option(),
                            ConsoleText.safe(output.path().toString()));
                }
            }
        }
    }

    private static boolean same(Path a, Path b) {
        if (Files.exists(a) && Files.exists(b)) {
            try {
                return Files.isSameFile(a, b);
            } catch (IOException e) {
                return identity(a).equals(identity(b));
            }
        }
        return identity(a).equals(identity(b));
    }

    /** The real path of an existing file, or of its existing parent directory plus its name. */
    private static Path identity(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
                return absolute.toRealPath();
            }
            Path parent = absolute.getParent();
            if (parent != null && Files.isDirectory(parent)) {
                return parent.toRealPath().resolve(absolute.getFileName());
            }
        } catch (IOException e) {
            return absolute;
        }
        return absolute;
    }
}
