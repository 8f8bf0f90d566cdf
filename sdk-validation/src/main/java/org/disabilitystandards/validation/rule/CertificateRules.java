package org.disabilitystandards.validation.rule;

import java.time.LocalDate;
import java.util.Optional;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.id.DisabilityCertificateNumber;
import org.disabilitystandards.core.id.InvalidIdentifierException;
import org.disabilitystandards.core.model.Certificate;

/**
 * Certificate rules (second-generation 残疾人证, 《残疾人证管理办法》): CERT.FORMAT, CERT.ID_MISMATCH,
 * CERT.CATEGORY_MISMATCH, CERT.GRADE_MISMATCH, CERT.ISSUED_IN_FUTURE, CERT.ISSUED_BEFORE_BIRTH,
 * CERT.VALIDITY_ORDER, CERT.EXPIRED.
 *
 * <p>A certificate whose first 18 characters equal the record's ID number is not reported as CERT.FORMAT
 * for a checksum or birth-date fault of that ID number: the identity rules report it once.
 */
final class CertificateRules implements DomainRules {

    private final Rule format;
    private final Rule idMismatch;
    private final Rule categoryMismatch;
    private final Rule gradeMismatch;
    private final Rule issuedInFuture;
    private final Rule issuedBeforeBirth;
    private final Rule validityOrder;
    private final Rule expired;

    CertificateRules(RuleCatalogue catalogue) {
        this.format = catalogue.get(RuleIds.CERT_FORMAT);
        this.idMismatch = catalogue.get(RuleIds.CERT_ID_MISMATCH);
        this.categoryMismatch = catalogue.get(RuleIds.CERT_CATEGORY_MISMATCH);
        this.gradeMismatch = catalogue.get(RuleIds.CERT_GRADE_MISMATCH);
        this.issuedInFuture = catalogue.get(RuleIds.CERT_ISSUED_IN_FUTURE);
        this.issuedBeforeBirth = catalogue.get(RuleIds.CERT_ISSUED_BEFORE_BIRTH);
        this.validityOrder = catalogue.get(RuleIds.CERT_VALIDITY_ORDER);
        this.expired = catalogue.get(RuleIds.CERT_EXPIRED);
    }

    @Override
    public void check(RecordCheck c) {
        Certificate certificate = c.certificate;
        if (certificate == null) {
            return;
        }
        checkNumber(c, certificate);
        checkDates(c, certificate);
    }

    private void checkNumber(RecordCheck c, Certificate certificate) {
        String number = certificate.number();
        Optional<InvalidIdentifierException.Reason> problem = DisabilityCertificateNumber.check(number, c.asOf);
        if (problem.isPresent() && problem.get() == InvalidIdentifierException.Reason.FORMAT) {
            c.raise(format, "certificate.number", problem.get().name());
            return;
        }
        String id = c.idNumber != null ? c.idNumber : c.record.idNumber();
        boolean sameId = id.length() == 18 && number.regionMatches(0, id, 0, 18);
        if (problem.isPresent() && (!sameId || isNumberStructure(problem.get()))) {
            c.raise(format, "certificate.number", problem.get().name());
        }
        if (!sameId) {
            c.raise(idMismatch, "certificate.number");
        }
        Optional<DisabilityCategory> encodedCategory = DisabilityCategory.findByDigit(number.charAt(18) - '0');
        if (encodedCategory.isPresent() && encodedCategory.get() != certificate.category()) {
            c.raise(categoryMismatch, "certificate.category", certificate.category(), encodedCategory.get());
        }
        Optional<DisabilityGrade> encodedGrade = DisabilityGrade.find(number.charAt(19) - '0');
        if (encodedGrade.isPresent() && encodedGrade.get() != certificate.grade()) {
            c.raise(gradeMismatch, "certificate.grade", certificate.grade(), encodedGrade.get());
        }
    }

    private static boolean isNumberStructure(InvalidIdentifierException.Reason reason) {
        return reason == InvalidIdentifierException.Reason.CATEGORY || reason == InvalidIdentifierException.Reason.GRADE
                || reason == InvalidIdentifierException.Reason.REISSUE;
    }

    private void checkDates(RecordCheck c, Certificate certificate) {
        if (certificate.issuedOn().isAfter(c.asOf)) {
            c.raise(issuedInFuture, "certificate.issuedOn", certificate.issuedOn(), c.asOf);
        }
        if (c.isBeforeBirth(certificate.issuedOn())) {
            c.raise(issuedBeforeBirth, "certificate.issuedOn", certificate.issuedOn());
        }
        LocalDate validUntil = certificate.validUntil().orElse(null);
        if (validUntil != null) {
            if (!validUntil.isAfter(certificate.issuedOn())) {
                c.raise(validityOrder, "certificate.validUntil", certificate.issuedOn(), validUntil);
            } else if (validUntil.isBefore(c.asOf)) {
                c.raise(expired, "certificate.validUntil", validUntil, c.asOf);
            }
        }
    }
}
