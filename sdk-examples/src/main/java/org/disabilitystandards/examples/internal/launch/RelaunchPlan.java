package org.disabilitystandards.examples.internal.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * Whether and how {@link JarMain} runs dsds in a child JVM: the child command (the same {@code java}, the
 * launcher's options, the start-up archive when there is one, {@code -jar}, the same jar and arguments), and
 * the start-up archive itself, created on first use by a training run on the bundled sample, as the launcher
 * script {@code dsds} does (docs/performance.md, round 5). Immutable; {@link #prepareArchive} only touches
 * the cache directory.
 */
final class RelaunchPlan {

    /** Set in the child's environment, so that it never starts another. */
    static final String RELAUNCHED = "DSDS_RELAUNCHED";

    /** The launcher script's JVM options (src/main/dist/dsds). */
    static final List<String> JVM_OPTIONS = List.of("-Xms128m", "-Xmx512m", "-Xmn48m", "-XX:+UseSerialGC",
            "-XX:PretenureSizeThreshold=1m", "-XX:TieredStopAtLevel=1", "-Xss512k");

    /** Added to {@link #JVM_OPTIONS} where the kernel gives transparent huge pages on request, as the script does. */
    static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";

    private static final Path TRANSPARENT_HUGE_PAGES = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    private static final List<String> TRAINING = List.of("validate", "--sample", "--profile", "qinghai",
            "--as-of", "2025-12-31", "--format", "json", "--fail-on", "never");
    private static final long TRAINING_SECONDS = 300;

    private final String java;
    private final Path jar;
    private final List<String> args;
    private final Jdk jdk;
    private final Path archive;

    /**
     * The running JDK: its feature release, the text of its {@code release} file ("" if none), and whether
     * the kernel gives transparent huge pages on request ({@code madvise} mode, Linux): then the heap is asked
     * for them ({@code -XX:+UseTransparentHugePages}), which saves most of its page faults, expensive on virtual machines
     * (docs/performance.md, round 7). Not in {@code always} mode (the heap gets them anyway) nor {@code never}
     * (the JVM would print a warning), nor on another system (the option does not exist there).
     */
    record Jdk(int feature, String release, boolean hugePagesOnRequest) {

        /** The JVM options of a relaunch on this JDK. */
        List<String> options() {
            if (!hugePagesOnRequest) {
                return JVM_OPTIONS;
            }
            List<String> options = new ArrayList<>(JVM_OPTIONS);
            options.add(HUGE_PAGES);
            return List.copyOf(options);
        }
    }

    private RelaunchPlan(String java, Path jar, List<String> args, Jdk jdk, Path archive) {
        this.java = java;
        this.jar = jar;
        this.args = List.copyOf(args);
        this.jdk = jdk;
        this.archive = archive;
    }

    /** Describes the running JDK. */
    static Jdk currentJdk() {
        Path release = Path.of(System.getProperty("java.home"), "release");
        String text = "";
        try {
            text = Files.readString(release, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            // no release file: no start-up archive (the key would not tell JDK builds apart)
        }
        return new Jdk(Runtime.version().feature(), text, hugePagesOnRequest());
    }

    private static boolean hugePagesOnRequest() {
        if (!"Linux".equals(System.getProperty("os.name"))) {
            return false;
        }
        try {
            return Files.readString(TRANSPARENT_HUGE_PAGES, StandardCharsets.US_ASCII).contains("[madvise]");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether this JVM is the child of a relaunch ({@value #RELAUNCHED} set) or relaunching is switched off
     * ({@code DSDS_RELAUNCH=off}): then dsds runs here, whatever the command line.
     *
     * @param environment the process environment
     * @return true if dsds must not be relaunched
     */
    static boolean isRelaunchedOrOff(Map<String, String> environment) {
        return environment.containsKey(RELAUNCHED) || "off".equals(environment.get("DSDS_RELAUNCH"));
    }

    /**
     * Plans a child JVM if this one was started as exactly {@code java -jar JAR ARGS}.
     *
     * @param command     the executable of this process
     * @param arguments   its arguments as the operating system sees them
     * @param args        the arguments given to {@code main}
     * @param environment the environment
     * @param jdk         the running JDK
     * @return the plan, or empty where dsds stays in this JVM
     */
    static Optional<RelaunchPlan> of(Optional<String> command, Optional<String[]> arguments, List<String> args,
            Map<String, String> environment, Jdk jdk) {
        if (isRelaunchedOrOff(environment)
                || environment.containsKey("JDK_JAVA_OPTIONS") || environment.containsKey("JAVA_TOOL_OPTIONS")
                || command.isEmpty() || arguments.isEmpty()) {
            return Optional.empty();
        }
        String[] seen = arguments.get();
        if (seen.length != args.size() + 2 || !"-jar".equals(seen[0])
                || !List.of(seen).subList(2, seen.length).equals(args)) {
            return Optional.empty();
        }
        Path jar = Path.of(seen[1]).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            return Optional.empty();
        }
        return Optional.of(new RelaunchPlan(command.get(), jar, args, jdk, archivePath(jar, environment, jdk)));
    }

    /** The archive file of this JDK, jar and option set in the user's cache, or null where there is none. */
    private static Path archivePath(Path jar, Map<String, String> environment, Jdk jdk) {
        if ("off".equals(environment.get("DSDS_STARTUP_ARCHIVE")) || jdk.release().isEmpty() || jdk.feature() < 13) {
            return null;
        }
        Path cache = cacheDirectory(environment);
        if (cache == null) {
            return null;
        }
        CRC32 key = new CRC32();
        try {
            key.update(text(jdk.release(), "\n", jar, "\n", Files.size(jar), "\n",
                    Files.getLastModifiedTime(jar).toMillis(), "\n", jdk.options()).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        }
        return cache.resolve(text("dsds-jdk", jdk.feature(), "-jar-", Long.toHexString(key.getValue()),
                jdk.feature() >= 25 ? ".aot" : ".jsa"));
    }

    private static Path cacheDirectory(Map<String, String> environment) {
        String explicit = environment.get("DSDS_CACHE_DIR");
        String xdg = environment.get("XDG_CACHE_HOME");
        String home = System.getProperty("user.home");
        Path cache;
        if (explicit != null && !explicit.isEmpty()) {
            cache = Path.of(explicit);
        } else if (xdg != null && !xdg.isEmpty()) {
            cache = Path.of(xdg, "dsds");
        } else if (home != null && !home.isEmpty() && !"?".equals(home)) {
            cache = Path.of(home, ".cache", "dsds");
        } else {
            return null;
        }
        return cache.isAbsolute() ? cache : null;
    }

    /**
     * The child's command line: this {@code java}, the archive options if the archive exists, the launcher's
     * options, {@code -jar}, the jar and the arguments.
     *
     * @return the command
     */
    List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(java);
        if (archive != null && Files.isRegularFile(archive)) {
            if (jdk.feature() >= 25) {
                command.addAll(List.of(text("-XX:AOTCache=", archive), "-Xlog:aot*=off", "-Xlog:cds*=off"));
            } else {
                command.addAll(List.of(text("-XX:SharedArchiveFile=", archive), "-Xlog:cds*=off"));
            }
        }
        command.addAll(jdk.options());
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(args);
        return command;
    }

    /** The archive this plan uses or creates, if any. */
    Optional<Path> archive() {
        return Optional.ofNullable(archive);
    }

    /**
     * Creates the start-up archive if it is planned, missing, and no earlier attempt failed: a training run
     * of dsds on its bundled sample, output discarded, that writes a JDK 25 AOT cache, or, before JDK 25, lists
     * the classes it loads for a second JVM to dump into a static CDS archive ({@code -Xshare:dump}: unlike a
     * dynamic archive, it also holds picocli's classes, compiled for Java 5); written to a temporary file and
     * renamed. A failure leaves a {@code .failed} marker so that later runs do not try again; nothing here
     * throws.
     */
    void prepareArchive() {
        if (archive == null || Files.exists(archive)) {
            return;
        }
        Path failed = archive.resolveSibling(text(archive.getFileName(), ".failed"));
        if (Files.exists(failed)) {
            return;
        }
        Path temporary = archive.resolveSibling(text(archive.getFileName(), ".", ProcessHandle.current().pid(), ".tmp"));
        Path classList = temporary.resolveSibling(text(temporary.getFileName(), ".classlist"));
        try {
            Path directory = archive.getParent();
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory);
                setOwnerOnly(directory);
            }
            boolean aot = jdk.feature() >= 25;
            List<String> training = new ArrayList<>();
            training.add(java);
            if (aot) {
                training.addAll(List.of(text("-XX:AOTCacheOutput=", temporary), "-Xlog:aot*=off", "-Xlog:cds*=off"));
            } else {
                training.add(text("-XX:DumpLoadedClassList=", classList));
            }
            training.addAll(jdk.options());
            training.add("-jar");
            training.add(jar.toString());
            training.addAll(TRAINING);
            boolean made = runs(training);
            if (made && !aot) {
                List<String> dump = new ArrayList<>(List.of(java, "-Xshare:dump",
                        text("-XX:SharedClassListFile=", classList), text("-XX:SharedArchiveFile=", temporary),
                        "-Xlog:cds*=off"));
                dump.addAll(jdk.options());
                dump.addAll(List.of("-cp", jar.toString()));
                made = runs(dump);
            }
            if (made && Files.isRegularFile(temporary) && Files.size(temporary) > 0) {
                Files.move(temporary, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.writeString(failed, "");
            }
        } catch (IOException | RuntimeException e) {
            markFailed(failed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            deleteQuietly(temporary);
            deleteQuietly(classList);
            deleteQuietly(temporary.resolveSibling(text(temporary.getFileName(), ".config")));
        }
    }

    /** Runs one step of making the archive, output discarded; whether it ended with 0 in time. */
    private static boolean runs(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put(RELAUNCHED, "1");
        Process process = builder.start();
        process.getOutputStream().close();
        boolean done = process.waitFor(TRAINING_SECONDS, TimeUnit.SECONDS);
        if (!done) {
            process.destroyForcibly();
        }
        return done && process.exitValue() == 0;
    }

    /**
     * Joins the parts' strings. The parent JVM of a relaunch runs only this class and {@link JarMain}, once:
     * a string concatenation with {@code +} would bootstrap {@code StringConcatFactory} there (its method
     * handles are not in the JDK's start-up archive), which costs more than the whole plan.
     */
    private static String text(Object... parts) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            text.append(part);
        }
        return text.toString();
    }

    private static void setOwnerOnly(Path directory) {
        try {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: the directory keeps the platform's default permissions
        }
    }

    private static void markFailed(Path failed) {
        try {
            Files.writeString(failed, "");
        } catch (IOException | RuntimeException e) {
            // cannot even mark it: the next run tries again
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException | RuntimeException e) {
            // a leftover temporary file in the user's cache is harmless
        }
    }
}
