package org.disabilitystandards.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Keeps the Chinese pages in step with the English ones: README.zh-CN.md shows the same commands as
 * README.md, docs/zh/guide.md the same commands and example outputs as docs/guide.md (its code snippets are
 * checked by {@link GuideSnippetsTest}), and each page links to its counterpart.
 */
class TranslatedDocsTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void readmesShowTheSameCommandsAndLinkToEachOther() throws IOException {
        String english = read("README.md");
        String chinese = read("README.zh-CN.md");
        assertThat(blocks(chinese, Set.of("```sh"))).isNotEmpty().isEqualTo(blocks(english, Set.of("```sh")));
        assertThat(english.contains("](README.zh-CN.md)")).as("README.md links to README.zh-CN.md").isTrue();
        assertThat(chinese.contains("](README.md)")).as("README.zh-CN.md links to README.md").isTrue();
    }

    @Test
    void guidesShowTheSameCommandsAndOutputs() throws IOException {
        Set<String> fences = Set.of("```", "```sh");
        List<List<String>> english = blocks(read("docs/guide.md"), fences);
        assertThat(english).isNotEmpty();
        assertThat(blocks(read("docs/zh/guide.md"), fences)).isEqualTo(english);
    }

    @Test
    void blocksAreCutAtTheirFences() {
        String page = "text\n```sh\nmvn verify\n```\nmore\n```java\nint x;\n```\n```\nout\n```\n";
        assertThat(blocks(page, Set.of("```sh", "```")))
                .containsExactly(List.of("mvn verify"), List.of("out"));
    }

    private static String read(String relative) throws IOException {
        return Files.readString(ROOT.resolve(relative), StandardCharsets.UTF_8);
    }

    /** The lines of each fenced block whose opening fence is one of {@code fences}, in page order. */
    private static List<List<String>> blocks(String page, Set<String> fences) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = null;
        boolean inBlock = false;
        for (String line : page.lines().toList()) {
            if (!inBlock && line.startsWith("```")) {
                inBlock = true;
                current = fences.contains(line.strip()) ? new ArrayList<>() : null;
            } else if (inBlock && line.equals("```")) {
                inBlock = false;
                if (current != null) {
                    blocks.add(current);
                }
            } else if (inBlock && current != null) {
                current.add(line);
            }
        }
        return blocks;
    }
}
