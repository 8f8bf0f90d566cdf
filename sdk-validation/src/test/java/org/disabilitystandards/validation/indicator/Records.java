package org.disabilitystandards.validation.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import org.disabilitystandards.core.code.BenefitType;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.code.ServiceType;
import org.disabilitystandards.core.model.Benefit;
import org.disabilitystandards.core.model.Certificate;
import org.disabilitystandards.core.model.ImmutablePersonRecord;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.core.model.Service;

/** Hand-built synthetic records for the indicator tests. */
final class Records {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private static int sequence;

    private Records() {
    }

    /** A grade-2 hearing certificate holder in 630102 born 1980-01-01, with nothing else recorded. */
    static ImmutablePersonRecord.Builder holder() {
        return holder(DisabilityCategory.HEARING, DisabilityGrade.GRADE_2);
    }

    static ImmutablePersonRecord.Builder holder(DisabilityCategory category, DisabilityGrade grade) {
        sequence++;
        String id = String.format("63010219800101%03d1", sequence % 1000);
        return PersonRecord.builder().recordId("T-" + sequence).idNumber(id).name("测试").regionCode("630102")
                .birthDate(LocalDate.of(1980, 1, 1))
                .certificate(Certificate.builder().number(id + category.digit() + grade.number()).category(category)
                        .grade(grade).issuedOn(LocalDate.of(2020, 1, 1)).build());
    }

    /** A person without a certificate. */
    static ImmutablePersonRecord.Builder nonHolder() {
        sequence++;
        return PersonRecord.builder().recordId("N-" + sequence).idNumber("630102198001010000").name("测试")
                .regionCode("630102");
    }

    static Service service(ServiceType type, LocalDate date) {
        return Service.builder().type(type).date(date).build();
    }

    static Benefit benefit(BenefitType type, String from, String to) {
        return to == null ? Benefit.builder().type(type).from(YearMonth.parse(from)).build()
                : Benefit.builder().type(type).from(YearMonth.parse(from)).to(YearMonth.parse(to)).build();
    }
}
