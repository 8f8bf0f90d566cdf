package org.disabilitystandards.examples.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.disabilitystandards.core.catalogue.AssistiveProductCatalogue;
import org.disabilitystandards.core.code.ChildAidItem;
import org.disabilitystandards.core.code.ChildAidProof;
import org.disabilitystandards.core.code.ChildAidTargetGroup;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.ItemCodeSystem;
import org.disabilitystandards.core.code.RetrofitItem;
import org.disabilitystandards.core.code.ServiceProgramme;
import org.disabilitystandards.core.code.ServiceType;
import org.disabilitystandards.core.model.Certificate;
import org.disabilitystandards.core.model.ChildAid;
import org.disabilitystandards.core.model.Household;
import org.disabilitystandards.core.model.ImmutablePersonRecord;
import org.disabilitystandards.core.model.ImmutableService;
import org.disabilitystandards.core.model.Service;
import org.disabilitystandards.core.model.ServiceItem;
import org.disabilitystandards.core.model.ServicePeriod;

/**
 * The coded services (exchange format 1.1) of {@link RecordGenerator}: children's rehabilitation aid for
 * certificate holders under 18, assistive-device fittings from the example catalogue, and household retrofits
 * for grade 1-2 holders in hardship households, consistent with the {@code qinghai} profile and
 * {@link #EXAMPLE_CATALOGUE}; and the candidate services a service-programme defect is injected into. Stateless.
 */
final class CodedServices {

    /** The example catalogue the fittings follow (an example, not an official table). */
    static final AssistiveProductCatalogue EXAMPLE_CATALOGUE = AssistiveProductCatalogue.load(
            "example-at-catalogue.csv", CodedServices.class.getResourceAsStream("example-at-catalogue.csv"));

    static final long TRAINING_CAP_FEN = 2_000_000;
    static final long VISUAL_TRAINING_CAP_FEN = 500_000;
    static final long RETROFIT_CAP_FEN = 600_000;
    private static final LocalDate PLAN_START = LocalDate.of(2021, 1, 1);

    private CodedServices() {
    }

    /** Adds the coded services a record's person qualifies for, each with some probability. */
    static void addClean(SplittableRandom random, ImmutablePersonRecord.Builder builder, Certificate certificate,
            Household household, LocalDate birth, String regionCode, LocalDate asOf) {
        if (certificate == null) {
            return;
        }
        childAid(certificate, birth, regionCode, asOf).filter(s -> random.nextInt(100) < 60)
                .ifPresent(builder::addService);
        fitting(random, certificate, asOf).filter(s -> random.nextInt(100) < 40).ifPresent(builder::addService);
        retrofit(random, certificate, household, asOf).filter(s -> random.nextInt(100) < 30)
                .ifPresent(builder::addService);
    }

    /** Six months of training in the year before the as-of date, applied for a month earlier, for ages 0-17. */
    static Optional<ImmutableService> childAid(Certificate certificate, LocalDate birth, String regionCode,
            LocalDate asOf) {
        YearMonth start = YearMonth.of(asOf.getYear() - 1, 3);
        LocalDate application = start.minusMonths(1).atDay(1);
        if (certificate.category() == DisabilityCategory.MULTIPLE || !application.isAfter(birth)
                || ChronoUnit.YEARS.between(birth, application) > 17 || certificate.issuedOn().isAfter(application)) {
            return Optional.empty();
        }
        boolean visual = certificate.category() == DisabilityCategory.VISUAL;
        ChildAidTargetGroup group = certificate.category() == DisabilityCategory.MENTAL ? ChildAidTargetGroup.AUTISM
                : ChildAidTargetGroup.valueOf(certificate.category().name());
        return Optional.of(Service.builder().type(ServiceType.CHILD_REHABILITATION).date(start.atDay(1))
                .providerId("QH-INST-" + (1 + Math.floorMod(birth.hashCode(), 40)))
                .programme(ServiceProgramme.CHILD_REHABILITATION_AID)
                .item(ServiceItem.builder().system(ItemCodeSystem.CHILD_AID_ITEM)
                        .code((visual ? ChildAidItem.VISUAL_TRAINING : ChildAidItem.REHABILITATION_TRAINING).name())
                        .build())
                .amountFen(visual ? VISUAL_TRAINING_CAP_FEN : 1_500_000)
                .period(ServicePeriod.builder().from(start).to(start.plusMonths(5)).build())
                .childAid(ChildAid.builder().targetGroup(group).applicationDate(application)
                        .proof(ChildAidProof.CERTIFICATE).registrationRegionCode(regionCode).build())
                .build());
    }

    /** A fitting of the example catalogue's product for the category, assessed a few weeks before. */
    static Optional<ImmutableService> fitting(SplittableRandom random, Certificate certificate, LocalDate asOf) {
        String code;
        long amount;
        switch (certificate.category()) {
            case HEARING:
                code = "22 06";
                amount = 200_000 + random.nextInt(100_001);
                break;
            case VISUAL:
                code = "12 39 03";
                amount = 5_000 + random.nextInt(3_001);
                break;
            case PHYSICAL:
                if (!certificate.grade().isSevere()) {
                    return Optional.empty();
                }
                code = "12 22 03";
                amount = 80_000 + random.nextInt(40_001);
                break;
            default:
                return Optional.empty();
        }
        LocalDate date = asOf.minusDays(10 + random.nextInt(300));
        if (!date.isAfter(certificate.issuedOn())) {
            return Optional.empty();
        }
        return Optional.of(Service.builder().type(ServiceType.ASSISTIVE_DEVICE_FITTING).date(date)
                .providerId("QH-AT-" + (1 + random.nextInt(12))).programme(ServiceProgramme.ASSISTIVE_DEVICE_FITTING)
                .item(ServiceItem.builder().system(ItemCodeSystem.GBT_16432).code(code).edition("2016").build())
                .amountFen(amount).assessedOn(date.minusDays(7 + random.nextInt(30))).build());
    }

    /** A retrofit in the plan period for a grade 1-2 holder in a hardship household, with a suitable item. */
    static Optional<ImmutableService> retrofit(SplittableRandom random, Certificate certificate, Household household,
            LocalDate asOf) {
        boolean hardship = household != null
                && (household.minimumLivingGuarantee() || household.nearPoverty() || household.extremePoverty());
        if (!certificate.grade().isSevere() || !hardship) {
            return Optional.empty();
        }
        return Optional.of(retrofitService(random, suitedItem(certificate.category()), certificate, asOf));
    }

    /** A retrofit between the later of the plan start and the certificate's issue and the as-of date. */
    static ImmutableService retrofitService(SplittableRandom random, RetrofitItem item, Certificate certificate,
            LocalDate asOf) {
        LocalDate earliest = certificate.issuedOn().isAfter(PLAN_START) ? certificate.issuedOn() : PLAN_START;
        LocalDate date = earliest.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(earliest, asOf) + 1));
        return Service.builder().type(ServiceType.ACCESSIBILITY_RETROFIT).date(date)
                .programme(ServiceProgramme.HOUSEHOLD_ACCESSIBILITY_RETROFIT)
                .item(ServiceItem.builder().system(ItemCodeSystem.RETROFIT_ITEM).code(item.name()).build())
                .amountFen(150_000 + random.nextInt((int) (RETROFIT_CAP_FEN - 150_000 + 1))).build();
    }

    static RetrofitItem suitedItem(DisabilityCategory category) {
        switch (category) {
            case PHYSICAL:
                return RetrofitItem.ENTRANCE_RAMP;
            case HEARING:
            case SPEECH:
                return RetrofitItem.FLASHING_DOORBELL;
            case VISUAL:
                return RetrofitItem.TACTILE_PAVING;
            default:
                return RetrofitItem.GAS_LEAK_ALARM;
        }
    }

    /**
     * The clean coded services a certificate holder could have, drawn (in this order, from the line's random
     * stream) before a service-programme defect is injected: a children's rehabilitation aid, an assistive-device
     * fitting and a household retrofit, each empty where the person does not qualify.
     *
     * @param certificate the holder's certificate
     * @param birth       the holder's birth date
     * @param aid         a children's rehabilitation aid service
     * @param fitting     an assistive-device fitting
     * @param retrofit    a household retrofit
     */
    record Candidates(Certificate certificate, LocalDate birth, Optional<ImmutableService> aid,
            Optional<ImmutableService> fitting, Optional<ImmutableService> retrofit) {

        /** The candidates of a clean record, or empty for a person without a certificate. */
        static Optional<Candidates> of(ImmutablePersonRecord r, SplittableRandom random, LocalDate asOf) {
            Certificate certificate = r.certificate().orElse(null);
            if (certificate == null) {
                return Optional.empty();
            }
            LocalDate birth = r.birthDate().orElseThrow();
            Optional<ImmutableService> aid = CodedServices.childAid(certificate, birth, r.regionCode(), asOf);
            Optional<ImmutableService> fitting = CodedServices.fitting(random, certificate, asOf);
            Household household = r.household().orElse(null);
            Optional<ImmutableService> retrofit = CodedServices.retrofit(random, certificate, household, asOf);
            return Optional.of(new Candidates(certificate, birth, aid, fitting, retrofit));
        }
    }

    /** The record with its format 1.0 services and the given coded ones (so that one defect stands alone). */
    static ImmutablePersonRecord with(ImmutablePersonRecord r, Service... extra) {
        List<Service> services = new ArrayList<>();
        for (Service service : r.services()) {
            if (service.programme().isEmpty()) {
                services.add(service);
            }
        }
        services.addAll(List.of(extra));
        return r.withServices(services);
    }
}
