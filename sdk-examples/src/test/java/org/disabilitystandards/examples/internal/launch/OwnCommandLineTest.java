package org.disabilitystandards.examples.internal.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class OwnCommandLineTest {

    @Test
    void everyNulEndsAnArgumentEmptyOnesIncluded() {
        byte[] cmdline = "java\0-jar\0/opt/dsds.jar\0\0a b\0记录.jsonl\0".getBytes(StandardCharsets.UTF_8);
        assertThat(OwnCommandLine.split(cmdline, StandardCharsets.UTF_8))
                .containsExactly("java", "-jar", "/opt/dsds.jar", "", "a b", "记录.jsonl");
    }

    @Test
    void bytesAfterTheLastNulAreOneMoreArgument() {
        assertThat(OwnCommandLine.split("java\0-version".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .containsExactly("java", "-version");
        assertThat(OwnCommandLine.split(new byte[0], StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void onLinuxItReadsWhatTheJdkReads() {
        OwnCommandLine own = OwnCommandLine.current();
        ProcessHandle.Info jdk = ProcessHandle.current().info();
        assertThat(own.command()).isEqualTo(jdk.command());
        assertThat(own.arguments().map(List::of)).isEqualTo(jdk.arguments().map(Arrays::asList));
    }
}
