package org.disabilitystandards.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.disabilitystandards.core.code.AdministrativeDivision;
import org.disabilitystandards.core.code.AdministrativeDivisions;
import org.disabilitystandards.report.internal.Labels;
import org.disabilitystandards.validation.indicator.Breakdown;
import org.disabilitystandards.validation.indicator.Comparison;
import org.disabilitystandards.validation.indicator.IndicatorCalculator;
import org.disabilitystandards.validation.indicator.IndicatorDefinition;
import org.disabilitystandards.validation.indicator.IndicatorKind;
import org.disabilitystandards.validation.indicator.IndicatorProfile;
import org.disabilitystandards.validation.indicator.IndicatorReport;
import org.disabilitystandards.validation.indicator.IndicatorResult;

/**
 * Renders an {@link IndicatorReport} as one self-contained HTML page in Chinese and English: no scripts,
 * no external resources (styles inline, charts as inline SVG), so it opens offline and can be mailed.
 * The page shows each indicator against its target (a bar with the target line, green when met, red when
 * not, grey without data; binding indicators marked 约束性), a per-prefecture comparison, the validation
 * summary (issues by rule) and the as-of date and profile. It contains counts and region names only,
 * never personal data. The labels come from the bundles of {@code sdk-report} ({@code labels.properties} and
 * {@code labels_zh_CN.properties}), each shown in Chinese, then English. Immutable and thread-safe.
 *
 * <p>Each indicator chart is an {@code svg} element with class {@code indicator-chart} and a
 * {@code data-indicator} attribute holding the indicator id.
 */
public final class IndicatorHtmlRenderer {

    private static final Labels LABELS = Labels.standard();
    private static final String MET = "#2e7d32";
    private static final String NOT_MET = "#c62828";
    private static final String NO_DATA = "#9e9e9e";
    private static final int CHART_WIDTH = 640;
    private static final int CHART_HEIGHT = 64;
    private static final int AXIS_LEFT = 12;
    private static final int AXIS_WIDTH = 560;
    private static final int BAR_TOP = 22;
    private static final int BAR_HEIGHT = 22;

    private final AdministrativeDivisions divisions;

    private IndicatorHtmlRenderer(AdministrativeDivisions divisions) {
        this.divisions = Objects.requireNonNull(divisions);
    }

    /**
     * Returns a renderer that names regions with the bundled GB/T 2260 table.
     *
     * @return the renderer
     */
    public static IndicatorHtmlRenderer bundled() {
        return new IndicatorHtmlRenderer(AdministrativeDivisions.bundled());
    }

    /**
     * Returns a renderer that names regions with a given GB/T 2260 table.
     *
     * @param divisions the division table
     * @return the renderer
     */
    public static IndicatorHtmlRenderer of(AdministrativeDivisions divisions) {
        return new IndicatorHtmlRenderer(divisions);
    }

    /**
     * Renders a report to a string.
     *
     * @param report the report
     * @return the HTML page
     */
    public String render(IndicatorReport report) {
        StringBuilder html = new StringBuilder(32_768);
        page(report, html);
        return html.toString();
    }

    /**
     * Renders a report to a writer (not closed).
     *
     * @param report the report
     * @param out    the destination, UTF-8 expected
     * @throws UncheckedIOException if writing fails
     */
    public void render(IndicatorReport report, Writer out) {
        try {
            out.write(render(report));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void page(IndicatorReport report, StringBuilder html) {
        IndicatorProfile profile = report.profile();
        String title = profile.titleZh() + " · " + profile.titleEn();
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(escape(profile.titleZh()))
                .append("<br><span class=\"en\">").append(escape(profile.titleEn())).append("</span></h1>\n")
                .append("<dl class=\"facts\">")
                .append(fact("indicator.asOf", report.asOf().toString()))
                .append(fact("indicator.profile", profile.name() + " v" + profile.version()))
                .append(fact("indicator.records", grouped(report.records())))
                .append(fact("indicator.holders", grouped(report.holders())))
                .append(fact("indicator.planPeriod", profile.planStart() + " – " + profile.planEnd()))
                .append("</dl>\n<p class=\"source\">").append(escape(profile.source())).append("</p>\n")
                .append(LEGEND).append("</header>\n<main>\n");
        indicators(report, html);
        prefectures(report, html);
        validation(report, html);
        html.append("</main>\n<footer>").append(content(LABELS.both("indicator.privacy"))).append(' ')
                .append(content(LABELS.both("indicator.rates"))).append("</footer>\n</body>\n</html>\n");
    }

    private static String fact(String key, String value) {
        return "<div><dt>" + content(LABELS.both(key)) + "</dt><dd>" + escape(value) + "</dd></div>";
    }

    private static void indicators(IndicatorReport report, StringBuilder html) {
        html.append("<section id=\"indicators\">\n<h2>").append(heading("indicator.main")).append("</h2>\n");
        String group = null;
        for (IndicatorResult result : report.results()) {
            IndicatorDefinition definition = result.definition();
            if (!definition.groupZh().equals(group)) {
                html.append(group == null ? "" : "</div>\n");
                group = definition.groupZh();
                html.append("<h3 class=\"group\">").append(escape(definition.groupZh())).append(" <span class=\"en\">")
                        .append(escape(definition.groupEn())).append("</span></h3>\n<div class=\"cards\">\n");
            }
            html.append("<article class=\"indicator ").append(statusClass(result)).append("\" id=\"")
                    .append(definition.id().name()).append("\">\n<h4><span class=\"number\">")
                    .append(escape(definition.number())).append("</span> ").append(escape(definition.nameZh()))
                    .append(" <span class=\"en\">").append(escape(definition.nameEn())).append("</span> ")
                    .append(badge(definition.binding()))
                    .append("</h4>\n<p class=\"figures\">").append(escape(figures(result))).append("</p>\n");
            chart(result, html);
            html.append("</article>\n");
        }
        html.append(group == null ? "" : "</div>\n").append("</section>\n");
    }

    private static String statusClass(IndicatorResult result) {
        return result.met().map(met -> met ? "met" : "not-met").orElse("no-data");
    }

    private static String colour(Optional<Boolean> met) {
        return met.map(value -> value ? MET : NOT_MET).orElse(NO_DATA);
    }

    private static String figures(IndicatorResult result) {
        IndicatorDefinition definition = result.definition();
        if (definition.kind() == IndicatorKind.NOT_MEASURED) {
            return LABELS.both("indicator.notMeasuredNote") + " " + LABELS.both("indicator.target") + ": "
                    + definition.targetText().orElse("—");
        }
        StringBuilder text = new StringBuilder();
        text.append(LABELS.both("indicator.value")).append(": ").append(format(definition, result.value()));
        if (definition.kind() == IndicatorKind.RATE) {
            text.append(" (").append(grouped(result.numerator().orElse(0))).append(" / ")
                    .append(grouped(result.denominator().orElse(0))).append(')');
        }
        text.append(" · ").append(LABELS.both("indicator.target")).append(": ").append(definition.comparison().map(Comparison::symbol).orElse(""))
                .append(' ').append(format(definition, definition.target()))
                .append(definition.unit().map(unit -> " " + unit).orElse(""))
                .append(" · ").append(LABELS.both(statusKey(result.met())));
        return text.toString();
    }

    private static String format(IndicatorDefinition definition, OptionalDouble value) {
        if (value.isEmpty()) {
            return "—";
        }
        return definition.kind() == IndicatorKind.RATE ? percent(value.getAsDouble())
                : grouped(Math.round(value.getAsDouble()));
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f %%", fraction * 100);
    }

    private static String grouped(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }

    /** One bar against the target line; the scale is 0-100 % for rates, 0 to 110 % of the larger of value and target for counts. */
    private static void chart(IndicatorResult result, StringBuilder html) {
        IndicatorDefinition definition = result.definition();
        html.append("<svg class=\"indicator-chart\" data-indicator=\"").append(definition.id().name())
                .append("\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(CHART_WIDTH).append("\" height=\"")
                .append(CHART_HEIGHT).append("\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ').append(CHART_HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(escape(definition.nameEn() + ": " + figures(result)))
                .append("\">\n<rect x=\"").append(AXIS_LEFT).append("\" y=\"").append(BAR_TOP).append("\" width=\"")
                .append(AXIS_WIDTH).append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"#eeeeee\"/>\n");
        if (definition.kind() == IndicatorKind.NOT_MEASURED) {
            html.append("<rect x=\"").append(AXIS_LEFT).append("\" y=\"").append(BAR_TOP).append("\" width=\"")
                    .append(AXIS_WIDTH).append("\" height=\"").append(BAR_HEIGHT)
                    .append("\" fill=\"url(#hatch)\" stroke=\"").append(NO_DATA).append("\"/>\n")
                    .append("<text x=\"").append(AXIS_LEFT + AXIS_WIDTH / 2).append("\" y=\"").append(BAR_TOP + 16)
                    .append("\" text-anchor=\"middle\" class=\"note\">").append(content(LABELS.both("indicator.notMeasured")))
                    .append("</text>\n</svg>\n");
            return;
        }
        double target = definition.target().orElseThrow();
        double scale = definition.kind() == IndicatorKind.RATE ? 1.0
                : Math.max(target, result.value().orElse(0)) * 1.1;
        if (result.value().isPresent()) {
            double value = result.value().getAsDouble();
            double width = AXIS_WIDTH * Math.min(value, scale) / scale;
            html.append("<rect class=\"bar\" x=\"").append(AXIS_LEFT).append("\" y=\"").append(BAR_TOP)
                    .append("\" width=\"").append(coordinate(width)).append("\" height=\"").append(BAR_HEIGHT)
                    .append("\" fill=\"").append(colour(result.met())).append("\"")
                    .append(definition.binding() ? " stroke=\"#212121\" stroke-width=\"2\"" : "").append("><title>")
                    .append(escape(format(definition, result.value()))).append("</title></rect>\n")
                    .append("<text x=\"").append(coordinate(AXIS_LEFT + Math.max(width, 0) + 4)).append("\" y=\"")
                    .append(BAR_TOP + 16).append("\" class=\"value\">").append(escape(format(definition, result.value())))
                    .append("</text>\n");
        } else {
            html.append("<text x=\"").append(AXIS_LEFT + 6).append("\" y=\"").append(BAR_TOP + 16)
                    .append("\" class=\"note\">").append(content(LABELS.both("indicator.emptyDenominator")))
                    .append("</text>\n");
        }
        double targetX = AXIS_LEFT + AXIS_WIDTH * target / scale;
        html.append("<line class=\"target\" x1=\"").append(coordinate(targetX)).append("\" x2=\"")
                .append(coordinate(targetX)).append("\" y1=\"").append(BAR_TOP - 6).append("\" y2=\"")
                .append(BAR_TOP + BAR_HEIGHT + 6).append("\" stroke=\"#212121\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/>\n")
                .append("<text x=\"").append(coordinate(targetX)).append("\" y=\"").append(BAR_TOP - 9)
                .append("\" text-anchor=\"middle\" class=\"target-label\">").append(content(LABELS.both("indicator.targetLine")))
                .append(' ')
                .append(escape(definition.comparison().map(Comparison::symbol).orElse("") + " "
                        + format(definition, definition.target())))
                .append("</text>\n</svg>\n");
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private void prefectures(IndicatorReport report, StringBuilder html) {
        html.append("<section id=\"regions\">\n<h2>").append(heading(report.breakdown().orElse(Breakdown.PREFECTURE)
                == Breakdown.COUNTY ? "indicator.byCounty" : "indicator.byPrefecture")).append("</h2>\n");
        if (report.breakdown().isEmpty()) {
            html.append(note("indicator.noBreakdown")).append("</section>\n");
            return;
        }
        List<IndicatorResult> measured = new ArrayList<>();
        for (IndicatorResult result : report.results()) {
            if (result.definition().kind() != IndicatorKind.NOT_MEASURED) {
                measured.add(result);
            }
        }
        html.append("<div class=\"scroll\"><table class=\"regions\">\n<thead><tr><th>")
                .append(content(LABELS.both("indicator.region"))).append("</th>");
        for (IndicatorResult result : measured) {
            html.append("<th title=\"").append(escape(result.definition().nameZh() + " / " + result.definition().nameEn()))
                    .append("\">").append(escape(result.definition().number())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        List<String> keys = measured.isEmpty() ? List.of() : new ArrayList<>(measured.get(0).byRegion().keySet());
        for (String key : keys) {
            html.append("<tr><th>").append(escape(regionName(key))).append(" <span class=\"code\">").append(escape(key))
                    .append("</span></th>");
            for (IndicatorResult result : measured) {
                IndicatorResult regional = result.byRegion().get(key);
                html.append("<td style=\"background:").append(cellColour(regional.met())).append("\">")
                        .append(escape(format(regional.definition(), regional.value()))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table></div>\n").append(note("indicator.regionLegend")).append("</section>\n");
    }

    private static String cellColour(Optional<Boolean> met) {
        return met.map(value -> value ? "#c8e6c9" : "#ffcdd2").orElse("#f0f0f0");
    }

    private String regionName(String key) {
        if (IndicatorCalculator.UNKNOWN_REGION.equals(key)) {
            return LABELS.both("indicator.unknownRegion");
        }
        String code = key.length() == 4 ? key + "00" : key;
        return divisions.lookup(code).map(this::bilingual).orElse(key);
    }

    private String bilingual(AdministrativeDivision division) {
        return division.nameZh() + " " + division.nameEn();
    }

    private static void validation(IndicatorReport report, StringBuilder html) {
        html.append("<section id=\"validation\">\n<h2>").append(heading("indicator.validation")).append("</h2>\n");
        if (report.issueCounts().isEmpty()) {
            html.append(note("indicator.noValidation")).append("</section>\n");
            return;
        }
        Map<String, Long> counts = report.issueCounts().get();
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        html.append("<p>").append(content(LABELS.both("indicator.issues"))).append(": ").append(grouped(total))
                .append("</p>\n");
        if (counts.isEmpty()) {
            html.append(note("indicator.noIssues")).append("</section>\n");
            return;
        }
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
        int rowHeight = 22;
        int height = counts.size() * rowHeight + 8;
        html.append("<svg class=\"validation-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(CHART_WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ')
                .append(height).append("\" role=\"img\" aria-label=\"").append(escape(LABELS.en("indicator.issuesByRule")))
                .append("\">\n");
        int row = 0;
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            int y = 4 + row * rowHeight;
            double width = 360.0 * entry.getValue() / Math.max(max, 1);
            html.append("<text x=\"0\" y=\"").append(y + 15).append("\" class=\"rule\">").append(escape(entry.getKey()))
                    .append("</text>\n<rect x=\"220\" y=\"").append(y + 3).append("\" width=\"")
                    .append(coordinate(Math.max(width, 1))).append("\" height=\"16\" fill=\"#5c6bc0\"/>\n")
                    .append("<text x=\"").append(coordinate(224 + width)).append("\" y=\"").append(y + 15)
                    .append("\" class=\"value\">").append(grouped(entry.getValue())).append("</text>\n");
            row++;
        }
        html.append("</svg>\n<table class=\"rules\"><thead><tr><th>").append(content(LABELS.both("indicator.rule")))
                .append("</th><th>").append(content(LABELS.both("indicator.issueCount"))).append("</th></tr></thead><tbody>\n");
        counts.forEach((rule, count) -> html.append("<tr><td>").append(escape(rule)).append("</td><td>")
                .append(grouped(count)).append("</td></tr>\n"));
        html.append("</tbody></table>\n</section>\n");
    }

    /**
     * Escapes text for HTML element content and attribute values.
     *
     * @param text the text
     * @return the escaped text
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<':
                    escaped.append("&lt;");
                    break;
                case '>':
                    escaped.append("&gt;");
                    break;
                case '&':
                    escaped.append("&amp;");
                    break;
                case '"':
                    escaped.append("&quot;");
                    break;
                case '\'':
                    escaped.append("&#39;");
                    break;
                default:
                    escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static final String LEGEND = "<div class=\"legend\">"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"0\" height=\"0\" aria-hidden=\"true\"><defs>"
            + "<pattern id=\"hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + "<rect width=\"8\" height=\"8\" fill=\"#f5f5f5\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#bdbdbd\" "
            + "stroke-width=\"3\"/></pattern></defs></svg>"
            + swatch(MET, "indicator.met") + swatch(NOT_MET, "indicator.notMet") + swatch(NO_DATA, "indicator.noData")
            + "<span><i class=\"dash\"></i>" + content(LABELS.both("indicator.targetLegend")) + "</span>"
            + "<span>" + badge(true) + " " + content(LABELS.both("indicator.bindingOutline")) + "</span>"
            + "<span>" + badge(false) + "</span></div>\n";

    private static String swatch(String colour, String key) {
        return "<span><i style=\"background:" + colour + "\"></i>" + content(LABELS.both(key)) + "</span>";
    }

    private static String badge(boolean binding) {
        return binding ? "<span class=\"badge binding\">" + content(LABELS.both("indicator.binding")) + "</span>"
                : "<span class=\"badge expected\">" + content(LABELS.both("indicator.expected")) + "</span>";
    }

    /** A section heading: the Chinese label, then the English one in a span of class {@code en}. */
    private static String heading(String key) {
        return content(LABELS.zh(key)) + " <span class=\"en\">" + content(LABELS.en(key)) + "</span>";
    }

    private static String note(String key) {
        return "<p class=\"note\">" + content(LABELS.both(key)) + "</p>\n";
    }

    private static String statusKey(Optional<Boolean> met) {
        return met.map(value -> value ? "indicator.met" : "indicator.notMet").orElse("indicator.noData");
    }

    /**
     * Escapes text for HTML element content (not attribute values): {@code &}, {@code <} and {@code >}.
     *
     * @param text the text
     * @return the escaped text
     */
    static String content(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static final String STYLE = String.join("\n",
            "body{font-family:'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif;",
            "margin:0 auto;max-width:1100px;padding:16px 24px;color:#212121;background:#fff}",
            "h1{font-size:24px;margin:8px 0}h2{border-bottom:2px solid #3949ab;padding-bottom:4px;margin-top:32px}",
            "h3.group{color:#3949ab;margin:20px 0 8px}h4{margin:0 0 4px;font-size:16px}",
            ".en{color:#616161;font-weight:normal;font-size:0.85em}",
            ".facts{display:flex;flex-wrap:wrap;gap:8px 24px;margin:8px 0}.facts dt{font-size:12px;color:#616161}",
            ".facts dd{margin:0;font-weight:bold}.source{font-size:12px;color:#616161}",
            ".legend{display:flex;flex-wrap:wrap;gap:16px;font-size:13px;align-items:center}",
            ".legend i{display:inline-block;width:14px;height:14px;margin-right:4px;vertical-align:middle}",
            ".legend i.dash{border-left:2px dashed #212121;width:0}",
            ".cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(480px,1fr));gap:8px}",
            ".indicator{border:1px solid #e0e0e0;border-left:6px solid #9e9e9e;padding:8px 12px}",
            "svg.indicator-chart{width:100%;height:auto}",
            ".indicator.met{border-left-color:#2e7d32}.indicator.not-met{border-left-color:#c62828}",
            ".number{display:inline-block;min-width:28px;font-weight:bold;color:#3949ab}",
            ".badge{font-size:12px;padding:1px 6px;border-radius:8px;margin-left:6px;white-space:nowrap}",
            ".badge.binding{border:2px solid #212121;font-weight:bold}.badge.expected{border:1px solid #9e9e9e;color:#616161}",
            ".figures{margin:2px 0;font-size:13px}svg text{font-size:12px;fill:#212121}svg text.note{fill:#616161}",
            "svg text.target-label{font-size:11px}.scroll{overflow-x:auto}",
            "table{border-collapse:collapse;font-size:13px}th,td{border:1px solid #e0e0e0;padding:4px 6px;text-align:right}",
            "tbody th{text-align:left;font-weight:normal;white-space:nowrap}.code{color:#9e9e9e;font-size:11px}",
            ".note{font-size:12px;color:#616161}footer{margin-top:32px;font-size:12px;color:#616161}",
            "");
}
