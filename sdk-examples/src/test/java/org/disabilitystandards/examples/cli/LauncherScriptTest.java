package org.disabilitystandards.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the launcher script {@code src/main/dist/dsds} with a stand-in for java (a script that prints the
 * arguments it was given), so that the tests see exactly what the launcher would run: through a symbolic
 * link, with a missing jar, with DSDS_JAVA_OPTS that look like file name patterns.
 */
class LauncherScriptTest {

    private static final Path LAUNCHER = Path.of("src/main/dist/dsds").toAbsolutePath();

    @TempDir
    Path directory;

    private record Result(int exitCode, String out, String err) {
    }

    private Path install(boolean withJar) throws IOException {
        Path bin = Files.createDirectories(directory.resolve("install"));
        Path launcher = bin.resolve("dsds");
        Files.copy(LAUNCHER, launcher);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (withJar) {
            Files.write(bin.resolve("dsds.jar"), new byte[] {'P', 'K'});
        }
        return launcher;
    }

    private Path fakeJava() throws IOException {
        Path java = directory.resolve("fake-java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return java;
    }

    private Result run(Path launcher, Map<String, String> env, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("sh", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), out, err);
    }

    @Test
    void throughASymbolicLinkItFindsTheJarNextToItsRealLocation() throws Exception {
        Path launcher = install(true);
        Path link = Files.createSymbolicLink(Files.createDirectories(directory.resolve("links")).resolve("dsds"),
                launcher);
        Result result = run(link, Map.of("JAVA", fakeJava().toString()), "validate", "--sample");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).containsSubsequence("-jar",
                launcher.getParent().toRealPath().resolve("dsds.jar").toString(), "validate", "--sample");
    }

    @Test
    void aMissingJarIsAUsageErrorNotTheFindingsCode() throws Exception {
        Result result = run(install(false), Map.of("JAVA", fakeJava().toString()), "validate", "--sample");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("dsds: cannot find dsds.jar");
    }

    @Test
    void aMissingJavaIsAUsageError() throws Exception {
        Result result = run(install(true), Map.of("JAVA", directory.resolve("no-java").toString()), "--version");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("dsds: cannot find java");
    }

    @Test
    void javaOptionsAreSplitAtBlanksButNeverGlobExpanded() throws Exception {
        Path launcher = install(true);
        Files.writeString(directory.resolve("a-file-the-pattern-would-match"), "x");
        Result result = run(launcher, Map.of("JAVA", fakeJava().toString(), "DSDS_JAVA_OPTS", "-Xmx64m *"), "id", "*");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).containsExactly("-Xmx64m", "*", "-jar",
                launcher.getParent().toRealPath().resolve("dsds.jar").toString(), "id", "*");
    }

    @Test
    void withoutJavaOptionsTheBoundedDefaultsApply() throws Exception {
        Result result = run(install(true), Map.of("JAVA", fakeJava().toString()), "id", "-");
        assertThat(result.out().lines()).contains("-Xmx512m", "-XX:+UseSerialGC").endsWith("id", "-");
    }
}
