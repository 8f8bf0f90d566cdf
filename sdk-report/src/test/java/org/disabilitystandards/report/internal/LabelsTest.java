package org.disabilitystandards.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LabelsTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothBundlesHaveTheSameKeysAndEveryChineseLabelIsChinese() throws IOException {
        Properties english = bundle("labels.properties");
        Properties chinese = bundle("labels_zh_CN.properties");
        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames()).isNotEmpty();
        for (String key : english.stringPropertyNames()) {
            assertThat(Labels.standard().en(key)).as(key).isEqualTo(english.getProperty(key)).isNotBlank();
            assertThat(Labels.standard().zh(key)).as(key).isEqualTo(chinese.getProperty(key))
                    .isNotEqualTo(english.getProperty(key)).matches(".*[\\u4e00-\\u9fff].*");
        }
    }

    @Test
    void englishStaysEnglishUnderAChineseDefaultLocale() {
        // Labels are loaded once; the no-fallback control keeps the root bundle English whatever the default.
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(Labels.standard().en("indicator.asOf")).isEqualTo("As of");
            assertThat(Labels.standard().both("indicator.asOf")).isEqualTo("统计截至 As of");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void anUnknownKeyIsAnError() {
        assertThatThrownBy(() -> Labels.standard().en("indicator.noSuchLabel"))
                .isInstanceOf(MissingResourceException.class);
    }
}
