package org.disabilitystandards.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps docs/guide.md and its Chinese version docs/zh/guide.md in step with the example classes: after every
 * {@code <!-- snippet: Class region -->} marker a guide must show exactly the lines between
 * {@code // [region]} and {@code // [/region]} of that class, with the common indentation removed; both
 * guides show the same snippets in the same order and link to each other.
 */
class GuideSnippetsTest {

    private static final Path DOCS = Path.of("..", "docs");
    private static final Path SOURCES = Path.of("src", "main", "java", "org", "disabilitystandards", "examples");
    private static final String MARKER = "<!-- snippet: ";

    @ParameterizedTest
    @ValueSource(strings = {"guide.md", "zh/guide.md"})
    void everySnippetMatchesItsExampleClass(String page) throws IOException {
        List<String> guide = Files.readAllLines(DOCS.resolve(page), StandardCharsets.UTF_8);
        int snippets = 0;
        for (int i = 0; i < guide.size(); i++) {
            String line = guide.get(i);
            if (!line.startsWith(MARKER)) {
                continue;
            }
            String[] target = line.substring(MARKER.length(), line.indexOf(" -->")).split(" ");
            assertThat(guide.get(i + 1)).as("code block after %s", line).isEqualTo("```java");
            List<String> shown = new ArrayList<>();
            for (int j = i + 2; !guide.get(j).equals("```"); j++) {
                shown.add(guide.get(j));
            }
            assertThat(shown).as("snippet %s %s", target[0], target[1]).isEqualTo(region(target[0], target[1]));
            snippets++;
        }
        assertThat(snippets).isEqualTo(20);
    }

    @Test
    void bothGuidesShowTheSameSnippetsInTheSameOrderAndLinkToEachOther() throws IOException {
        String english = Files.readString(DOCS.resolve("guide.md"), StandardCharsets.UTF_8);
        String chinese = Files.readString(DOCS.resolve("zh/guide.md"), StandardCharsets.UTF_8);
        assertThat(markers(chinese)).isEqualTo(markers(english));
        assertThat(english.contains("](zh/guide.md)")).as("docs/guide.md links to zh/guide.md").isTrue();
        assertThat(chinese.contains("](../guide.md)")).as("docs/zh/guide.md links to ../guide.md").isTrue();
    }

    private static List<String> markers(String guide) {
        return guide.lines().filter(line -> line.startsWith(MARKER)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"guide.md", "zh/guide.md"})
    void everyMarkedRegionAppearsInTheGuide(String page) throws IOException {
        String guide = Files.readString(DOCS.resolve(page), StandardCharsets.UTF_8);
        try (var files = Files.list(SOURCES)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                String className = file.getFileName().toString().replace(".java", "");
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String trimmed = line.strip();
                    if (trimmed.startsWith("// [") && !trimmed.startsWith("// [/")) {
                        String region = trimmed.substring(4, trimmed.length() - 1);
                        assertThat(guide).contains(MARKER + className + " " + region + " -->");
                    }
                }
            }
        }
    }

    private static List<String> region(String className, String name) throws IOException {
        // a marker names an example class, or a source file of another module by its path from the repository root
        Path file = className.contains("/") ? Path.of("..", className) : SOURCES.resolve(className + ".java");
        List<String> source = Files.readAllLines(file, StandardCharsets.UTF_8);
        int start = -1;
        int end = -1;
        for (int i = 0; i < source.size(); i++) {
            String trimmed = source.get(i).strip();
            if (trimmed.equals("// [" + name + "]")) {
                start = i + 1;
            } else if (trimmed.equals("// [/" + name + "]")) {
                end = i;
            }
        }
        assertThat(start).as("region %s in %s", name, className).isPositive();
        assertThat(end).as("end of region %s in %s", name, className).isGreaterThan(start);
        List<String> lines = source.subList(start, end);
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        List<String> dedented = new ArrayList<>();
        for (String line : lines) {
            dedented.add(line.isBlank() ? "" : line.substring(indent));
        }
        return dedented;
    }
}
