package org.disabilitystandards.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.validation.indicator.IndicatorAccumulator;
import org.disabilitystandards.validation.indicator.IndicatorCalculator;
import org.disabilitystandards.validation.indicator.IndicatorProfile;
import org.disabilitystandards.validation.indicator.IndicatorReport;
import org.disabilitystandards.validation.indicator.IndicatorResult;
import org.junit.jupiter.api.Test;

class IndicatorHtmlRendererTest {

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void pageHasOneChartPerIndicatorAndTheSections() {
        IndicatorReport report = SampleReports.sample();
        String html = IndicatorHtmlRenderer.bundled().render(report);
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(count(html, "class=\"indicator-chart\"")).isEqualTo(report.results().size()).isEqualTo(12);
        for (IndicatorResult result : report.results()) {
            assertThat(html).contains("data-indicator=\"" + result.id().name() + "\"");
        }
        assertThat(html).contains("<title>青海省“十四五”残疾人保障和发展主要指标 · Qinghai 14th five-year plan")
                .contains("2025-06-30").contains("qinghai v1").contains("海东市 Haidong City")
                .contains("ID.CHECKSUM").contains("class=\"validation-chart\"").contains("未测量 not measured");
        assertThat(count(html, "<span class=\"badge binding\">")).isEqualTo(6 + 1);
    }

    @Test
    void pageIsSelfContainedAndFreeOfPersonalData() {
        String html = IndicatorHtmlRenderer.bundled().render(SampleReports.sample());
        assertThat(html).doesNotContain("http://www.w3.org/1999").doesNotContain("<script").doesNotContain("src=")
                .doesNotContain("href=\"http").doesNotContain("@import").doesNotContain("测试")
                .doesNotContain("6301021980");
    }

    @Test
    void pageWithoutBreakdownOrValidationSaysSo() {
        IndicatorAccumulator pass = IndicatorCalculator.of(IndicatorProfile.byName("qinghai")).start(SampleReports.AS_OF);
        pass.accept(SampleReports.holder(1, DisabilityCategory.HEARING, DisabilityGrade.GRADE_2).build());
        StringWriter out = new StringWriter();
        IndicatorHtmlRenderer.bundled().render(pass.report(), out);
        assertThat(out.toString()).contains("No regional breakdown was computed")
                .contains("No validation summary was supplied").contains("no data (empty denominator)");
    }

    @Test
    void labelsAreShownInChineseThenEnglish() {
        String html = IndicatorHtmlRenderer.bundled().render(SampleReports.sample());
        assertThat(html).contains("<dt>统计截至 As of</dt>").contains("<h2>主要指标 <span class=\"en\">Main indicators</span></h2>")
                .contains("<th>规则 Rule</th><th>问题数 Issues</th>")
                // element content keeps the apostrophe as it is; only markup characters are escaped
                .contains("a count (its target is the province's).</p>")
                .contains("aria-label=\"Issues by rule\"");
        assertThat(IndicatorHtmlRenderer.content("a < b & c > d 'e'")).isEqualTo("a &lt; b &amp; c &gt; d 'e'");
    }

    @Test
    void escapesMarkup() {
        assertThat(IndicatorHtmlRenderer.escape("<a href=\"x\">&'</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;");
    }
}
