package org.disabilitystandards.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Locale;
import org.disabilitystandards.report.internal.Labels;
import org.disabilitystandards.validation.quota.CadreShare;
import org.disabilitystandards.validation.quota.Employer;
import org.disabilitystandards.validation.quota.QuotaResult;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.MessageRenderer;

/**
 * The JSON form of a {@link QuotaResult} (按比例安排残疾人就业, 《残疾人就业条例》 art. 8; design: cli.md,
 * {@code dsds quota --format json}): the profile and date, the employer (type, level, staff, number of disabled
 * employees), the ratio, the exact requirement and its whole-people rounding, what was counted (double
 * counting included), the shortfall, whether the quota and the plan's minimum of one are met, the cadre share
 * of a federation organ, the counting basis, and the findings with their messages in one language. Decimals
 * are written without trailing zeros. Counts only, no personal data.
 */
public final class QuotaResultJson {

    private static final MessageRenderer MESSAGES = MessageRenderer.standard();

    private QuotaResultJson() {
    }

    /**
     * Builds the JSON object of a quota result.
     *
     * @param result the result
     * @param locale the language of the findings' messages (zh-CN or English)
     * @return a new JSON object
     */
    public static ObjectNode toJson(QuotaResult result, Locale locale) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("profile", result.profile());
        node.put("asOf", result.asOf().toString());
        Employer employer = result.employer();
        ObjectNode e = node.putObject("employer");
        e.put("type", employer.type().name());
        e.put("level", employer.level().map(Enum::name).orElse(null));
        e.put("staff", employer.staff());
        e.put("disabledEmployees", employer.disabledEmployees().size());
        node.put("ratioPercent", plain(result.ratioPercent()));
        node.put("required", plain(result.required()));
        node.put("requiredPeople", result.requiredPeople());
        node.put("rounding", Labels.standard().en("quota.rounding"));
        node.put("counted", result.counted());
        node.put("countedPeople", result.countedPeople());
        node.put("doubleCounted", result.doubleCounted());
        node.put("notCounted", result.notCounted());
        node.put("shortfall", plain(result.shortfall()));
        node.put("met", result.met());
        if (result.minimumOneStaff().isPresent()) {
            node.put("planMinimumOneFromStaff", result.minimumOneStaff().getAsInt());
        } else {
            node.putNull("planMinimumOneFromStaff");
        }
        if (result.cadreShare().isPresent()) {
            CadreShare share = result.cadreShare().get();
            ObjectNode s = node.putObject("cadreShare");
            s.put("cadres", share.cadres());
            s.put("disabledCadres", share.disabledCadres());
            s.put("sharePercent", plain(share.sharePercent()));
            s.put("minimumSharePercent", plain(share.minimumSharePercent()));
            s.put("applies", share.applies());
            s.put("met", share.met());
        }
        node.put("countingBasis", result.countingBasis());
        ArrayNode issues = node.putArray("issues");
        for (Issue issue : result.issues()) {
            ObjectNode i = issues.addObject();
            i.put("rule", issue.ruleId());
            i.put("severity", issue.severity().name());
            i.put("path", issue.path());
            i.put("message", MESSAGES.render(issue, locale));
            i.put("source", issue.source());
        }
        return node;
    }

    /**
     * Returns a decimal without trailing zeros and without an exponent ({@code 1.50} becomes {@code 1.5},
     * {@code 1E+1} becomes {@code 10}), as the JSON and the text form of a quota result show it.
     *
     * @param value the decimal
     * @return the plain decimal
     */
    public static BigDecimal plain(BigDecimal value) {
        return new BigDecimal(value.stripTrailingZeros().toPlainString());
    }
}
