package org.disabilitystandards.examples.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up archive of the launcher script {@code src/main/dist/dsds} (docs/performance.md, round 5): run
 * with a stand-in JDK (a directory with a {@code release} file and a {@code bin/java} script that logs its
 * arguments and, when asked to write an archive, writes one), so that the tests see which archive option
 * each run gets: created once by a training run on the bundled sample, then used; per JDK feature release
 * (CDS before 25, the AOT cache from 25); never when switched off, when the cache cannot be written, when the
 * training run fails (and then not retried), or when the JDK has no release file.
 */
class LauncherArchiveTest {

    private static final Path LAUNCHER = Path.of("src/main/dist/dsds").toAbsolutePath();

    @TempDir
    Path directory;

    private Path launcher() throws IOException {
        Path bin = Files.createDirectories(directory.resolve("install"));
        Path launcher = bin.resolve("dsds");
        Files.copy(LAUNCHER, launcher);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.write(bin.resolve("dsds.jar"), new byte[] {'P', 'K'});
        return launcher;
    }

    /**
     * A stand-in JDK of the given version: its java appends one line per call (the arguments) to calls.log,
     * creates the file named by an archive-writing option unless {@code trainingFails}, and fails a
     * training run (one with --sample) when {@code trainingFails}.
     */
    private Path jdk(String version, boolean withRelease, boolean trainingFails) throws IOException {
        Path home = Files.createDirectories(directory.resolve("jdk-" + version + (withRelease ? "" : "-bare")));
        Path bin = Files.createDirectories(home.resolve("bin"));
        if (withRelease) {
            Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        }
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\n"
                + "printf '%s ' \"$@\" >> '" + directory.resolve("calls.log") + "'\n"
                + "echo >> '" + directory.resolve("calls.log") + "'\n"
                + "for a in \"$@\"; do\n"
                + "  case $a in\n"
                + "    --sample) " + (trainingFails ? "exit 3" : ":") + " ;;\n"
                + "  esac\n"
                + "done\n"
                + "dump=\n"
                + "for a in \"$@\"; do\n"
                + "  case $a in\n"
                + "    -Xshare:dump) dump=1 ;;\n"
                + "  esac\n"
                + "done\n"
                + "for a in \"$@\"; do\n"
                + "  case $a in\n"
                + "    -XX:AOTCacheOutput=*|-XX:DumpLoadedClassList=*) printf 'archive' > \"${a#*=}\" ;;\n"
                + "    -XX:SharedArchiveFile=*) [ -n \"$dump\" ] && printf 'archive' > \"${a#*=}\" ;;\n"
                + "  esac\n"
                + "done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return java;
    }

    private List<String> calls() throws IOException {
        Path log = directory.resolve("calls.log");
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    }

    private int run(Path launcher, Path java, Map<String, String> extra, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        Map<String, String> env = new HashMap<>(Map.of("JAVA", java.toString(),
                "DSDS_CACHE_DIR", directory.resolve("cache").toString()));
        env.putAll(extra);
        builder.environment().putAll(env);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        process.getOutputStream().close();
        process.getInputStream().readAllBytes();
        return process.waitFor();
    }

    private long archives(String suffix) throws IOException {
        Path cache = directory.resolve("cache");
        if (!Files.isDirectory(cache)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).count();
        }
    }

    @Test
    void onJdk17TheFirstRunTrainsOnTheSampleAndLaterRunsUseTheCdsArchive() throws Exception {
        Path launcher = launcher();
        Path java = jdk("17.0.15", true, false);
        assertThat(run(launcher, java, Map.of(), "id", "-")).isZero();
        assertThat(run(launcher, java, Map.of(), "id", "-")).isZero();
        List<String> calls = calls();
        assertThat(calls).hasSize(4);
        assertThat(calls.get(0)).contains("-XX:DumpLoadedClassList=").contains("validate --sample")
                .doesNotContain(" id - ");
        assertThat(calls.get(1)).startsWith("-Xshare:dump -XX:SharedClassListFile=").contains("-XX:SharedArchiveFile=")
                .contains(" -cp ").doesNotContain(" id - ");
        assertThat(calls.get(2)).contains("-XX:SharedArchiveFile=").contains("-Xlog:cds*=off").endsWith("id - ");
        assertThat(calls.get(3)).isEqualTo(calls.get(2));
        assertThat(archives(".jsa")).isEqualTo(1);
        assertThat(archives(".tmp")).isZero();
    }

    @Test
    void onJdk25TheArchiveIsAnAotCacheOfItsOwn() throws Exception {
        Path launcher = launcher();
        assertThat(run(launcher, jdk("17.0.15", true, false), Map.of(), "id", "-")).isZero();
        assertThat(run(launcher, jdk("25.0.3", true, false), Map.of(), "id", "-")).isZero();
        List<String> calls = calls();
        assertThat(calls).hasSize(5);
        assertThat(calls.get(3)).contains("-XX:AOTCacheOutput=").contains("validate --sample");
        assertThat(calls.get(4)).contains("-XX:AOTCache=").contains("-Xlog:aot*=off").endsWith("id - ");
        assertThat(archives(".jsa")).isEqualTo(1);
        assertThat(archives(".aot")).isEqualTo(1);
    }

    @Test
    void otherJavaOptionsGetAnArchiveOfTheirOwn() throws Exception {
        Path launcher = launcher();
        Path java = jdk("17.0.15", true, false);
        assertThat(run(launcher, java, Map.of(), "id", "-")).isZero();
        assertThat(run(launcher, java, Map.of("DSDS_JAVA_OPTS", "-Xmx256m"), "id", "-")).isZero();
        assertThat(archives(".jsa")).isEqualTo(2);
        assertThat(calls().get(5)).startsWith("-XX:SharedArchiveFile=").contains("-Xmx256m");
    }

    @Test
    void switchedOffThereIsNoTrainingAndNoArchiveOption() throws Exception {
        Path launcher = launcher();
        assertThat(run(launcher, jdk("17.0.15", true, false), Map.of("DSDS_STARTUP_ARCHIVE", "off"), "id", "-"))
                .isZero();
        assertThat(calls()).hasSize(1);
        assertThat(calls().get(0)).doesNotContain("-XX:SharedArchiveFile").doesNotContain("DumpLoadedClassList");
    }

    @Test
    void aFailedTrainingRunIsNotRetriedAndTheCommandStillRuns() throws Exception {
        Path launcher = launcher();
        Path java = jdk("17.0.15", true, true);
        assertThat(run(launcher, java, Map.of(), "id", "-")).isZero();
        assertThat(run(launcher, java, Map.of(), "id", "-")).isZero();
        List<String> calls = calls();
        assertThat(calls).hasSize(3);
        assertThat(calls.get(0)).contains("--sample");
        assertThat(calls.get(1)).doesNotContain("-XX:SharedArchiveFile").endsWith("id - ");
        assertThat(calls.get(2)).isEqualTo(calls.get(1));
        assertThat(archives(".failed")).isEqualTo(1);
    }

    @Test
    void aCacheThatCannotBeCreatedMeansNoArchive() throws Exception {
        Path launcher = launcher();
        Path blocker = Files.writeString(directory.resolve("not-a-directory"), "x");
        assertThat(run(launcher, jdk("17.0.15", true, false),
                Map.of("DSDS_CACHE_DIR", blocker.resolve("dsds").toString()), "id", "-")).isZero();
        assertThat(calls()).hasSize(1);
        assertThat(calls().get(0)).doesNotContain("Archive").endsWith("id - ");
    }

    @Test
    void aJavaWithoutReleaseFileRunsWithoutArchive() throws Exception {
        Path launcher = launcher();
        assertThat(run(launcher, jdk("17.0.15", false, false), Map.of(), "id", "-")).isZero();
        assertThat(calls()).hasSize(1);
        assertThat(calls().get(0)).doesNotContain("Archive").endsWith("id - ");
    }
}
