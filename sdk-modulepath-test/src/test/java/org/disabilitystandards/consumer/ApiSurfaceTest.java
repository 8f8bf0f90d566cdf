package org.disabilitystandards.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The line between API and internals in every published module: the module descriptors export every API
 * package and no internal one (except to the SDK's own modules and Hibernate Validator), the modules that stay
 * automatic say so in their manifest, and no API type shows an internal type in its public signatures or
 * supertypes (ArchUnit). The rules are first shown to catch a fixture that breaks them.
 */
class ApiSurfaceTest {

    /** Published module name, and one class of it. */
    private static final Map<String, String> NAMED = new LinkedHashMap<>();
    private static final Map<String, String> AUTOMATIC = new LinkedHashMap<>();

    static {
        NAMED.put("org.disabilitystandards.core", "org.disabilitystandards.core.id.ResidentIdNumber");
        NAMED.put("org.disabilitystandards.validation", "org.disabilitystandards.validation.rule.RecordValidator");
        NAMED.put("org.disabilitystandards.xlsx", "org.disabilitystandards.xlsx.XlsxRowSource");
        NAMED.put("org.disabilitystandards.jdbc", "org.disabilitystandards.jdbc.JdbcRowSource");
        NAMED.put("org.disabilitystandards.jackson3", "org.disabilitystandards.jackson3.ExchangeJson3");
        NAMED.put("org.disabilitystandards.report", "org.disabilitystandards.report.IndicatorReportJson");
        AUTOMATIC.put("org.disabilitystandards.testkit", "org.disabilitystandards.testkit.ValidationAssertions");
        AUTOMATIC.put("org.disabilitystandards.spring.boot",
                "org.disabilitystandards.spring.boot.DisabilityStandardsAutoConfiguration");
        AUTOMATIC.put("org.disabilitystandards.spark", "org.disabilitystandards.spark.SparkExchangeValidator");
    }

    /** Modules an internal package may be exported to. */
    private static final Set<String> FRIENDS = Set.of("org.disabilitystandards.core",
            "org.disabilitystandards.validation", "org.disabilitystandards.testkit", "org.disabilitystandards.xlsx",
            "org.disabilitystandards.jdbc", "org.disabilitystandards.jackson3", "org.disabilitystandards.report",
            "org.disabilitystandards.spring.boot",
            "org.disabilitystandards.spark", "org.hibernate.validator");

    private static JavaClasses sdk;

    @BeforeAll
    static void importTheSdk() {
        sdk = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/org/disabilitystandards/consumer/"))
                .importPackages("org.disabilitystandards");
    }

    @Test
    void namedModulesExportEveryApiPackageAndNoInternalOne() throws IOException {
        for (Map.Entry<String, String> module : NAMED.entrySet()) {
            ModuleDescriptor descriptor = descriptor(module.getValue())
                    .orElseThrow(() -> new AssertionError(module.getKey() + " has no module-info.class"));
            assertThat(descriptor.name()).isEqualTo(module.getKey());
            Set<String> unqualified = descriptor.exports().stream().filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
            for (String pkg : descriptor.packages()) {
                if (isInternal(pkg)) {
                    assertThat(unqualified).as("%s exports internal %s", module.getKey(), pkg).doesNotContain(pkg);
                } else {
                    assertThat(unqualified).as("%s does not export API %s", module.getKey(), pkg).contains(pkg);
                }
            }
            for (ModuleDescriptor.Exports export : descriptor.exports()) {
                if (export.isQualified()) {
                    assertThat(FRIENDS).as("%s exports %s to", module.getKey(), export.source())
                            .containsAll(export.targets());
                }
            }
            assertThat(descriptor.opens()).allSatisfy(opens -> assertThat(opens.isQualified()).isTrue());
        }
    }

    @Test
    void automaticModulesKeepTheirManifestName() throws IOException {
        for (Map.Entry<String, String> module : AUTOMATIC.entrySet()) {
            assertThat(descriptor(module.getValue())).as(module.getKey()).isEmpty();
            assertThat(manifestModuleName(module.getValue())).as(module.getKey()).contains(module.getKey());
        }
    }

    @Test
    void apiMembersShowNoInternalType() {
        ApiSurfaceRules.membersExposeNoInternalType().check(sdk);
    }

    @Test
    void apiTypesInheritFromNoInternalType() {
        ApiSurfaceRules.supertypesExposeNoInternalType().check(sdk);
    }

    @Test
    void theRulesCatchALeak() {
        JavaClasses fixture = new ClassFileImporter().importPackages("org.disabilitystandards.consumer.fixture");
        EvaluationResult members = ApiSurfaceRules.membersExposeNoInternalType().evaluate(fixture);
        assertThat(members.getFailureReport().getDetails()).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("Leaky.field exposes internal type"))
                .anySatisfy(line -> assertThat(line).contains("Leaky.helpers() exposes internal type"))
                .noneSatisfy(line -> assertThat(line).contains("Clean"));
        EvaluationResult supertypes = ApiSurfaceRules.supertypesExposeNoInternalType().evaluate(fixture);
        assertThat(supertypes.getFailureReport().getDetails()).singleElement().asString()
                .contains("LeakyBase inherits from internal type");
    }

    @Test
    void theSdkHasInternalPackagesAndTheyAreImported() {
        assertThat(sdk.stream().filter(ApiSurfaceRules::isInternal).map(c -> c.getPackageName()).distinct()
                .toList()).contains("org.disabilitystandards.core.internal",
                "org.disabilitystandards.validation.internal.constraints");
        assertThat(sdk.stream().map(c -> c.getPackageName()).distinct().toList()).contains(
                "org.disabilitystandards.spark", "org.disabilitystandards.spring.boot", "org.disabilitystandards.xlsx");
    }

    private static boolean isInternal(String pkg) {
        return pkg.endsWith(".internal") || pkg.contains(".internal.");
    }

    /** The module descriptor of the jar or class directory that holds a class, if it has one. */
    private static Optional<ModuleDescriptor> descriptor(String className) throws IOException {
        Path root = root(className);
        if (Files.isDirectory(root)) {
            Path info = root.resolve("module-info.class");
            if (!Files.exists(info)) {
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(info)) {
                return Optional.of(ModuleDescriptor.read(in));
            }
        }
        try (JarFile jar = new JarFile(root.toFile())) {
            var entry = jar.getJarEntry("module-info.class");
            if (entry == null) {
                return Optional.empty();
            }
            try (InputStream in = jar.getInputStream(entry)) {
                return Optional.of(ModuleDescriptor.read(in));
            }
        }
    }

    /** The Automatic-Module-Name of the jar that holds a class (a class directory has none: read the pom's). */
    private static Optional<String> manifestModuleName(String className) throws IOException {
        Path root = root(className);
        Manifest manifest;
        if (Files.isDirectory(root)) {
            Path file = root.resolve("META-INF/MANIFEST.MF");
            if (!Files.exists(file)) {
                return pomModuleName(root);
            }
            try (InputStream in = Files.newInputStream(file)) {
                manifest = new Manifest(in);
            }
        } else {
            try (JarFile jar = new JarFile(root.toFile())) {
                manifest = jar.getManifest();
            }
        }
        return Optional.ofNullable(manifest.getMainAttributes().getValue("Automatic-Module-Name"));
    }

    /** Before packaging (mvn test), the name comes from the module's pom, which the jar's manifest copies. */
    private static Optional<String> pomModuleName(Path classes) throws IOException {
        Path pom = classes.getParent().getParent().resolve("pom.xml");
        String text = Files.readString(pom);
        int start = text.indexOf("<Automatic-Module-Name>");
        if (start < 0) {
            return Optional.empty();
        }
        int end = text.indexOf("</Automatic-Module-Name>", start);
        return Optional.of(text.substring(start + "<Automatic-Module-Name>".length(), end).trim());
    }

    private static Path root(String className) throws IOException {
        String resource = className.replace('.', '/') + ".class";
        URL url = ClassLoader.getSystemResource(resource);
        assertThat(url).as(resource).isNotNull();
        URLConnection connection = url.openConnection();
        if (connection instanceof JarURLConnection jar) {
            try {
                return Paths.get(jar.getJarFileURL().toURI());
            } catch (java.net.URISyntaxException e) {
                throw new IOException(e);
            }
        }
        String path = url.getPath();
        return Paths.get(path.substring(0, path.length() - resource.length()));
    }
}
