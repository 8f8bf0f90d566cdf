package org.disabilitystandards.examples.internal.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When a plain {@code java -jar dsds.jar} runs dsds in a child JVM, with which command, and how the start-up
 * archive is found and created ({@link RelaunchPlan}); the training run is done by a stand-in {@code java}
 * script.
 */
class RelaunchPlanTest {

    private static final RelaunchPlan.Jdk JDK17 = new RelaunchPlan.Jdk(17, "JAVA_VERSION=\"17.0.15\"\n", false);
    private static final RelaunchPlan.Jdk JDK25 = new RelaunchPlan.Jdk(25, "JAVA_VERSION=\"25.0.3\"\n", false);

    @TempDir
    Path directory;

    private Path jar() throws IOException {
        return Files.write(directory.resolve("dsds.jar"), new byte[] {'P', 'K'});
    }

    private Map<String, String> cache() {
        return Map.of("DSDS_CACHE_DIR", directory.resolve("cache").toString());
    }

    private Optional<RelaunchPlan> plan(String[] seen, List<String> args, Map<String, String> env,
            RelaunchPlan.Jdk jdk) {
        return RelaunchPlan.of(Optional.of("/jdk/bin/java"), Optional.of(seen), args, env, jdk);
    }

    @Test
    void exactlyJavaDashJarIsRunAgainWithTheLauncherOptionsAndTheSameArguments() throws IOException {
        Path jar = jar();
        RelaunchPlan plan = plan(new String[] {"-jar", jar.toString(), "validate", "x y.jsonl"},
                List.of("validate", "x y.jsonl"), cache(), JDK17).orElseThrow();
        assertThat(plan.command()).containsExactly("/jdk/bin/java", "-Xms128m", "-Xmx512m", "-Xmn48m", "-XX:+UseSerialGC",
                "-XX:PretenureSizeThreshold=1m", "-XX:TieredStopAtLevel=1", "-Xss512k", "-jar", jar.toString(), "validate", "x y.jsonl");
        assertThat(plan.archive()).get().asString().startsWith(directory.resolve("cache").toString())
                .endsWith(".jsa");
    }

    @Test
    void anyJvmOptionOfTheUserKeepsDsdsInThisJvm() throws IOException {
        Path jar = jar();
        assertThat(plan(new String[] {"-Xmx2g", "-jar", jar.toString(), "id", "-"}, List.of("id", "-"), cache(),
                JDK17)).isEmpty();
        assertThat(plan(new String[] {"-jar", jar.toString(), "id", "-"}, List.of("id", "-"),
                Map.of("JDK_JAVA_OPTIONS", "-Xmx2g"), JDK17)).isEmpty();
        assertThat(plan(new String[] {"-jar", jar.toString(), "id", "-"}, List.of("id", "-"),
                Map.of("JAVA_TOOL_OPTIONS", "-Xmx2g"), JDK17)).isEmpty();
    }

    @Test
    void aChildOrAnExplicitOffNeverRelaunches() throws IOException {
        String[] seen = {"-jar", jar().toString(), "id", "-"};
        assertThat(plan(seen, List.of("id", "-"), Map.of(RelaunchPlan.RELAUNCHED, "1"), JDK17)).isEmpty();
        assertThat(plan(seen, List.of("id", "-"), Map.of("DSDS_RELAUNCH", "off"), JDK17)).isEmpty();
        assertThat(plan(seen, List.of("id", "-"), Map.of("DSDS_RELAUNCH", "on"), JDK17)).isPresent();
    }

    @Test
    void unknownOrMismatchedCommandLinesKeepDsdsInThisJvm() throws IOException {
        Path jar = jar();
        assertThat(RelaunchPlan.of(Optional.empty(), Optional.of(new String[] {"-jar", jar.toString()}), List.of(),
                cache(), JDK17)).isEmpty();
        assertThat(RelaunchPlan.of(Optional.of("java"), Optional.empty(), List.of(), cache(), JDK17)).isEmpty();
        assertThat(plan(new String[] {"-jar", jar.toString(), "id"}, List.of("id", "-"), cache(), JDK17)).isEmpty();
        assertThat(plan(new String[] {"-cp", jar.toString(), "id"}, List.of("id"), cache(), JDK17)).isEmpty();
        assertThat(plan(new String[] {"-jar", directory.resolve("missing.jar").toString()}, List.of(), cache(),
                JDK17)).isEmpty();
    }

    @Test
    void noArchiveWithoutReleaseFileWhenSwitchedOffOrWithoutAbsoluteCache() throws IOException {
        String[] seen = {"-jar", jar().toString()};
        assertThat(plan(seen, List.of(), cache(), new RelaunchPlan.Jdk(17, "", false)).orElseThrow().archive()).isEmpty();
        assertThat(plan(seen, List.of(), Map.of("DSDS_CACHE_DIR", directory.toString(), "DSDS_STARTUP_ARCHIVE", "off"),
                JDK17).orElseThrow().archive()).isEmpty();
        assertThat(plan(seen, List.of(), Map.of("DSDS_CACHE_DIR", "relative/cache"), JDK17).orElseThrow().archive())
                .isEmpty();
    }

    @Test
    void eachJdkGetsItsOwnArchiveAndJdk25AnAotCache() throws IOException {
        String[] seen = {"-jar", jar().toString()};
        Path on17 = plan(seen, List.of(), cache(), JDK17).orElseThrow().archive().orElseThrow();
        Path on25 = plan(seen, List.of(), cache(), JDK25).orElseThrow().archive().orElseThrow();
        Path other17 = plan(seen, List.of(), cache(), new RelaunchPlan.Jdk(17, "JAVA_VERSION=\"17.0.16\"\n", false))
                .orElseThrow().archive().orElseThrow();
        assertThat(on25.toString()).endsWith(".aot");
        assertThat(List.of(on17, on25, other17)).doesNotHaveDuplicates();
    }

    @Test
    void whereTheKernelGivesHugePagesOnRequestTheHeapAsksForThemAndGetsAnArchiveOfItsOwn() throws IOException {
        Path jar = jar();
        String[] seen = {"-jar", jar.toString(), "--version"};
        RelaunchPlan.Jdk hugePages = new RelaunchPlan.Jdk(17, "JAVA_VERSION=\"17.0.15\"\n", true);
        RelaunchPlan with = plan(seen, List.of("--version"), cache(), hugePages).orElseThrow();
        RelaunchPlan without = plan(seen, List.of("--version"), cache(), JDK17).orElseThrow();
        assertThat(with.command()).containsSubsequence("-Xss512k", "-XX:+UseTransparentHugePages", "-jar");
        assertThat(without.command()).doesNotContain("-XX:+UseTransparentHugePages");
        assertThat(with.archive()).isNotEqualTo(without.archive());
    }

    @Test
    void anExistingArchiveIsUsedWithItsLogSwitchedOff() throws IOException {
        String[] seen = {"-jar", jar().toString(), "--version"};
        RelaunchPlan plan = plan(seen, List.of("--version"), cache(), JDK25).orElseThrow();
        Path archive = plan.archive().orElseThrow();
        Files.createDirectories(archive.getParent());
        Files.write(archive, new byte[] {1});
        assertThat(plan.command()).startsWith("/jdk/bin/java", "-XX:AOTCache=" + archive, "-Xlog:aot*=off",
                "-Xlog:cds*=off").endsWith("--version");
    }

    /** A stand-in java that writes the archive named by its option, or fails, as told. */
    private String fakeJava(boolean fails) throws IOException {
        Path java = directory.resolve(fails ? "failing-java" : "java");
        Files.writeString(java, "#!/bin/sh\n" + (fails ? "exit 3\n" : "")
                + "printf '%s ' \"$@\" >> '" + directory.resolve("calls.log") + "'\necho >> '"
                + directory.resolve("calls.log") + "'\n"
                + "for a in \"$@\"; do\n  case $a in\n    -XX:DumpLoadedClassList=*) printf 'list' > \"${a#*=}\" ;;\n"
                + "    -XX:SharedArchiveFile=*) printf 'archive' > \"${a#*=}\" ;;\n"
                + "  esac\ndone\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
        return java.toString();
    }

    @Test
    void theArchiveIsCreatedOnceByATrainingRunInAnOwnerOnlyDirectory() throws IOException {
        String[] seen = {"-jar", jar().toString(), "id", "-"};
        RelaunchPlan plan = RelaunchPlan.of(Optional.of(fakeJava(false)), Optional.of(seen), List.of("id", "-"),
                cache(), JDK17).orElseThrow();
        plan.prepareArchive();
        Path archive = plan.archive().orElseThrow();
        assertThat(archive).hasContent("archive");
        List<String> calls = Files.readAllLines(directory.resolve("calls.log"));
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0)).contains("-XX:DumpLoadedClassList=").contains("-jar " + jar() + " validate --sample");
        assertThat(calls.get(1)).contains("-Xshare:dump").contains("-XX:SharedClassListFile=")
                .contains("-XX:SharedArchiveFile=").endsWith("-cp " + jar() + " ");
        assertThat(Files.getPosixFilePermissions(archive.getParent()))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        try (var files = Files.list(archive.getParent())) {
            assertThat(files).containsExactly(archive);
        }
        assertThat(plan.command()).contains("-XX:SharedArchiveFile=" + archive);
    }

    @Test
    void aFailedTrainingRunLeavesAMarkerAndNoArchive() throws IOException {
        String[] seen = {"-jar", jar().toString()};
        RelaunchPlan plan = RelaunchPlan.of(Optional.of(fakeJava(true)), Optional.of(seen), List.of(), cache(), JDK17)
                .orElseThrow();
        plan.prepareArchive();
        Path archive = plan.archive().orElseThrow();
        assertThat(archive).doesNotExist();
        assertThat(archive.resolveSibling(archive.getFileName() + ".failed")).exists();
        assertThat(plan.command()).noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"));
    }
}
