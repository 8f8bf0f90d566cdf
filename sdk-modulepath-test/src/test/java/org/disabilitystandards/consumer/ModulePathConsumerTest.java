package org.disabilitystandards.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the consumer module with {@code java --module-path} against the built SDK modules, and compiles small
 * modules against them with {@code javac --module-path}: the API is usable from a named module, and the
 * internal packages are not.
 */
class ModulePathConsumerTest {

    private static String modulePath;

    @BeforeAll
    static void readModulePath() throws IOException {
        String dependencies = Files.readString(Paths.get(System.getProperty("dsds.consumer.modulePath")),
                StandardCharsets.UTF_8).trim();
        modulePath = System.getProperty("dsds.consumer.classes") + java.io.File.pathSeparator + dependencies;
    }

    @Test
    void theConsumerRunsOnTheModulePath(@TempDir Path dir) throws Exception {
        List<String> lines = launchConsumer(dir);
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).isEqualTo(
                "module: org.disabilitystandards.consumer reads org.disabilitystandards.validation");
        assertThat(lines.get(1)).isEqualTo("id: 630102********0026 born 1988-08-08 FEMALE");
        assertThat(lines.get(2)).startsWith("issue: FORMAT.UNKNOWN_FIELD | ");
        assertThat(lines.get(3)).startsWith("issue: ID.SEX_MISMATCH | ").contains("Female").contains("女");
        assertThat(lines.get(4)).isEqualTo("bean valid: 0 violations");
        assertThat(lines.get(5)).isEqualTo(
                "bean invalid: idNumber has a wrong check character (GB 11643-1999, ISO 7064 MOD 11-2)");
        assertThat(lines.get(6)).isEqualTo("internal: not accessible (IllegalAccessException)");

        // the same program run here, on the class path: only the module line and the internal access differ
        List<String> classPath = ModulePathConsumer.run();
        assertThat(classPath.get(0)).isEqualTo("module: null reads null");
        assertThat(classPath.get(classPath.size() - 1)).startsWith("internal: reachable ");
        assertThat(lines.subList(1, lines.size() - 1)).containsExactlyElementsOf(
                classPath.subList(1, classPath.size() - 1));
    }

    /** Runs the consumer with {@code java --module-path}; fails with its output if it does not exit with 0. */
    private static List<String> launchConsumer(Path dir) throws IOException, InterruptedException {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        Path errors = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder(java.toString(), "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "--module-path", modulePath, "--add-modules", "ALL-MODULE-PATH",
                "--module", "org.disabilitystandards.consumer/org.disabilitystandards.consumer.ModulePathConsumer")
                .redirectError(errors.toFile()).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output + Files.readString(errors, StandardCharsets.UTF_8)).isZero();
        return output.lines().toList();
    }

    @Test
    void aModuleCompilesAgainstTheApi(@TempDir Path dir) throws IOException {
        Result result = compile(dir, "import org.disabilitystandards.core.id.ResidentIdNumber;\n"
                + "import org.disabilitystandards.validation.rule.RecordValidator;\n",
                "ResidentIdNumber.class.getName() + RecordValidator.class.getName()");
        assertThat(result.exitCode()).as(result.diagnostics()).isZero();
    }

    @Test
    void internalPackagesAreNotVisibleToAModule(@TempDir Path dir) throws IOException {
        Result validation = compile(dir.resolve("validation"),
                "import org.disabilitystandards.validation.internal.constraints.ResidentIdNumberValidator;\n",
                "ResidentIdNumberValidator.class.getName()");
        assertThat(validation.exitCode()).isNotZero();
        assertThat(validation.diagnostics()).contains(
                "package org.disabilitystandards.validation.internal.constraints is not visible");
        Result core = compile(dir.resolve("core"), "import org.disabilitystandards.core.internal.Codes;\n",
                "Codes.class.getName()");
        assertThat(core.exitCode()).isNotZero();
        assertThat(core.diagnostics()).contains("package org.disabilitystandards.core.internal is not visible");
    }

    private record Result(int exitCode, String diagnostics) {
    }

    /** Compiles a module {@code probe} that requires sdk-validation, with one class using {@code expression}. */
    private static Result compile(Path dir, String imports, String expression) throws IOException {
        Path sources = Files.createDirectories(dir.resolve("src/probe"));
        Files.writeString(sources.resolve("module-info.java"),
                "module probe { requires org.disabilitystandards.validation; }\n");
        Path file = Files.createDirectories(sources.resolve("probe")).resolve("Probe.java");
        Files.writeString(file, "package probe;\n" + imports
                + "public final class Probe { public static String name() { return " + expression + "; } }\n");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int exitCode = javac.run(null, diagnostics, diagnostics, "--release", "17",
                "-d", dir.resolve("out").toString(), "--module-path", modulePath,
                sources.resolve("module-info.java").toString(), file.toString());
        return new Result(exitCode, diagnostics.toString(StandardCharsets.UTF_8));
    }
}
