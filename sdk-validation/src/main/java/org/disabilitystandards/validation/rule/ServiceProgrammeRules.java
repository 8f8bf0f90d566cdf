package org.disabilitystandards.validation.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.disabilitystandards.core.catalogue.AssistiveProductCatalogue;
import org.disabilitystandards.core.catalogue.CatalogueRow;
import org.disabilitystandards.core.code.ChildAidItem;
import org.disabilitystandards.core.code.ChildAidProof;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.ItemCodeSystem;
import org.disabilitystandards.core.code.ItemCodes;
import org.disabilitystandards.core.code.RetrofitItem;
import org.disabilitystandards.core.code.ServiceProgramme;
import org.disabilitystandards.core.model.Certificate;
import org.disabilitystandards.core.model.ChildAid;
import org.disabilitystandards.core.model.Household;
import org.disabilitystandards.core.model.Service;
import org.disabilitystandards.core.model.ServiceItem;

/**
 * The rules of the service programmes on the coded services of one record (exchange format 1.1):
 * ITEM.CODE_SYNTAX on every item; CHILD_AID.* (国发〔2018〕20号, Qinghai implementing opinion 2018-12, local
 * rules) on children's rehabilitation aid; DEVICE.* against the loaded assistive-device catalogue on fittings;
 * RETROFIT.* on household retrofits. The history rules (two institutions at once, double funding, training
 * months, re-issue before the replacement interval, one retrofit per plan period) compare the services the
 * record carries; {@code ServiceHistoryPass} of the batch package compares across records. A record without
 * services costs one emptiness test; uncoded services (format 1.0) raise nothing here.
 */
final class ServiceProgrammeRules implements DomainRules {

    private final Rule codeSyntax;
    private final Rule applicationMissing;
    private final Rule targetGroup;
    private final Rule age;
    private final Rule proof;
    private final Rule residence;
    private final Rule aidItem;
    private final Rule amountOverCap;
    private final Rule trainingMonths;
    private final Rule twoInstitutions;
    private final Rule doubleFunding;
    private final Rule notInCatalogue;
    private final Rule notAllowed;
    private final Rule assessmentMissing;
    private final Rule reissue;
    private final Rule subsidyOverCap;
    private final Rule ineligible;
    private final Rule itemCategory;
    private final Rule costOverCap;
    private final Rule onePerPeriod;
    private final AssistiveProductCatalogue catalogue;

    ServiceProgrammeRules(RuleCatalogue rules, AssistiveProductCatalogue catalogue) {
        this.codeSyntax = rules.get(RuleIds.ITEM_CODE_SYNTAX);
        this.applicationMissing = rules.get(RuleIds.CHILD_AID_APPLICATION_MISSING);
        this.targetGroup = rules.get(RuleIds.CHILD_AID_TARGET_GROUP);
        this.age = rules.get(RuleIds.CHILD_AID_AGE);
        this.proof = rules.get(RuleIds.CHILD_AID_PROOF);
        this.residence = rules.get(RuleIds.CHILD_AID_RESIDENCE);
        this.aidItem = rules.get(RuleIds.CHILD_AID_ITEM);
        this.amountOverCap = rules.get(RuleIds.CHILD_AID_AMOUNT_OVER_CAP);
        this.trainingMonths = rules.get(RuleIds.CHILD_AID_TRAINING_MONTHS);
        this.twoInstitutions = rules.get(RuleIds.CHILD_AID_TWO_INSTITUTIONS);
        this.doubleFunding = rules.get(RuleIds.CHILD_AID_DOUBLE_FUNDING);
        this.notInCatalogue = rules.get(RuleIds.DEVICE_NOT_IN_CATALOGUE);
        this.notAllowed = rules.get(RuleIds.DEVICE_NOT_ALLOWED);
        this.assessmentMissing = rules.get(RuleIds.DEVICE_ASSESSMENT_MISSING);
        this.reissue = rules.get(RuleIds.DEVICE_REISSUE_TOO_EARLY);
        this.subsidyOverCap = rules.get(RuleIds.DEVICE_SUBSIDY_OVER_CAP);
        this.ineligible = rules.get(RuleIds.RETROFIT_INELIGIBLE);
        this.itemCategory = rules.get(RuleIds.RETROFIT_ITEM_CATEGORY);
        this.costOverCap = rules.get(RuleIds.RETROFIT_COST_OVER_CAP);
        this.onePerPeriod = rules.get(RuleIds.RETROFIT_ONE_PER_PERIOD);
        this.catalogue = catalogue;
    }

    @Override
    public void check(RecordCheck c) {
        List<Service> services = c.record.services();
        if (services.isEmpty()) {
            return;
        }
        for (int i = 0; i < services.size(); i++) {
            Service service = services.get(i);
            Optional<ServiceItem> item = service.item();
            boolean validItem = item.isPresent() && validItem(c, item.get(), i);
            if (service.isIn(ServiceProgramme.CHILD_REHABILITATION_AID)) {
                checkChildAid(c, services, service, i, validItem);
            } else if (service.isIn(ServiceProgramme.HOUSEHOLD_ACCESSIBILITY_RETROFIT)) {
                checkRetrofit(c, services, service, i, validItem);
            } else if (validItem && catalogue != null && service.isIn(ServiceProgramme.ASSISTIVE_DEVICE_FITTING)) {
                checkFitting(c, services, service, i);
            }
        }
    }

    private boolean validItem(RecordCheck c, ServiceItem item, int i) {
        Optional<String> problem = ItemCodes.problem(item.system(), item.edition(), item.code());
        if (problem.isPresent()) {
            c.raiseAt(codeSyntax, "services", i, "item.code", item.system(), problem.get());
            return false;
        }
        return true;
    }

    // ---------------------------------------------------------------- children's rehabilitation aid

    private void checkChildAid(RecordCheck c, List<Service> services, Service service, int i, boolean validItem) {
        Optional<ChildAid> application = service.childAid();
        Certificate certificate = c.certificate;
        if (application.isEmpty()) {
            c.raiseAt(applicationMissing, "services", i, "childAid");
        } else {
            checkApplication(c, application.get(), certificate, i);
        }
        ChildAidItem item = childAidItem(service, validItem);
        if (item == null) {
            if (service.item().isEmpty() || service.item().get().system() != ItemCodeSystem.CHILD_AID_ITEM) {
                c.raiseAt(aidItem, "services", i, "item", service.item().map(ServiceItem::system).map(Enum::name).orElse("-"));
            }
        } else {
            OptionalLong cap = c.parameters.services().childAidCapFen(item);
            if (cap.isPresent() && service.amountFen().isPresent() && service.amountFen().getAsLong() > cap.getAsLong()) {
                c.raiseAt(amountOverCap, "services", i, "amountFen", item, cap.getAsLong());
            }
        }
        checkChildAidHistory(c, services, service, i, item);
    }

    private void checkApplication(RecordCheck c, ChildAid application, Certificate certificate, int i) {
        if (certificate != null && certificate.category() != DisabilityCategory.MULTIPLE
                && certificate.category() != application.targetGroup().certificateCategory()) {
            c.raiseAt(targetGroup, "services", i, "childAid.targetGroup", application.targetGroup(), certificate.category());
        }
        int ageAtApplication = c.ageOn(application.applicationDate());
        ProfileParameters p = c.parameters;
        if (ageAtApplication >= 0 && (ageAtApplication > p.childAidMaxAge()
                || ageAtApplication >= p.childAidCertificateFromAge() && certificate == null)) {
            c.raiseAt(age, "services", i, "childAid.applicationDate", ageAtApplication, p.childAidMaxAge(),
                    p.childAidCertificateFromAge());
        }
        Optional<ChildAidProof> shown = application.proof();
        if (shown.isEmpty() || shown.get() == ChildAidProof.CERTIFICATE && certificate == null) {
            c.raiseAt(proof, "services", i, "childAid.proof");
        }
        String prefix = p.services().childAidResidencePrefix();
        if (!prefix.isEmpty()
                && !application.registrationRegionCode().orElse(c.record.regionCode()).startsWith(prefix)) {
            c.raiseAt(residence, "services", i, "childAid.registrationRegionCode", prefix);
        }
    }

    private static ChildAidItem childAidItem(Service service, boolean validItem) {
        if (!validItem || service.item().get().system() != ItemCodeSystem.CHILD_AID_ITEM) {
            return null;
        }
        return ChildAidItem.valueOf(service.item().get().code());
    }

    /** Compares an aid service with the earlier aid services of the record, and sums the training months. */
    private void checkChildAidHistory(RecordCheck c, List<Service> services, Service service, int i,
            ChildAidItem item) {
        boolean institutionReported = false;
        boolean fundingReported = false;
        for (int j = 0; j < i; j++) {
            Service earlier = services.get(j);
            if (!earlier.isIn(ServiceProgramme.CHILD_REHABILITATION_AID)
                    || !earlier.coveredMonths().overlaps(service.coveredMonths())) {
                continue;
            }
            if (!institutionReported && service.providerId().isPresent() && earlier.providerId().isPresent()
                    && !service.providerId().get().equals(earlier.providerId().get())) {
                c.raiseAt(twoInstitutions, "services", i, "providerId", "services[" + j + "]");
                institutionReported = true;
            }
            if (!fundingReported && item != null && item == childAidItem(earlier, isWellFormed(earlier))) {
                int year = Math.max(service.coveredMonths().from().getYear(), earlier.coveredMonths().from().getYear());
                c.raiseAt(doubleFunding, "services", i, "item", item, year, "services[" + j + "]");
                fundingReported = true;
            }
        }
        if (item != null && item.kind() == ChildAidItem.Kind.TRAINING) {
            checkTrainingMonths(c, services, service, i);
        }
    }

    /** Raises CHILD_AID.TRAINING_MONTHS at the training service that takes a year over the maximum. */
    private void checkTrainingMonths(RecordCheck c, List<Service> services, Service service, int i) {
        int max = c.parameters.services().childAidTrainingMonthsPerYear();
        int firstYear = service.coveredMonths().from().getYear();
        int lastYear = service.coveredMonths().to().getYear();
        for (int year = firstYear; year <= lastYear; year++) {
            int before = 0;
            for (int j = 0; j < i; j++) {
                before += trainingMonths(services.get(j), year);
            }
            int after = before + service.coveredMonths().monthsIn(year);
            if (before <= max && after > max) {
                c.raiseAt(trainingMonths, "services", i, "period", year, after, max);
            }
        }
    }

    private static int trainingMonths(Service service, int year) {
        if (!service.isIn(ServiceProgramme.CHILD_REHABILITATION_AID)) {
            return 0;
        }
        ChildAidItem item = childAidItem(service, isWellFormed(service));
        return item != null && item.kind() == ChildAidItem.Kind.TRAINING ? service.coveredMonths().monthsIn(year) : 0;
    }

    private static boolean isWellFormed(Service service) {
        Optional<ServiceItem> item = service.item();
        return item.isPresent() && ItemCodes.problem(item.get().system(), item.get().edition(), item.get().code()).isEmpty();
    }

    // ---------------------------------------------------------------- household retrofit

    private void checkRetrofit(RecordCheck c, List<Service> services, Service service, int i, boolean validItem) {
        ServiceProgrammeParameters p = c.parameters.services();
        Certificate certificate = c.certificate;
        if (!eligibleForRetrofit(c, certificate)) {
            c.raiseAt(ineligible, "services", i, "type");
        }
        if (validItem && certificate != null && service.item().get().system() == ItemCodeSystem.RETROFIT_ITEM) {
            RetrofitItem item = RetrofitItem.valueOf(service.item().get().code());
            if (!p.retrofitItemSuits(item, certificate.category())) {
                c.raiseAt(itemCategory, "services", i, "item.code", item, certificate.category());
            }
        }
        OptionalLong cap = p.retrofitCapFen();
        if (cap.isPresent() && service.amountFen().isPresent() && service.amountFen().getAsLong() > cap.getAsLong()) {
            c.raiseAt(costOverCap, "services", i, "amountFen", cap.getAsLong());
        }
        int period = p.planPeriodOf(service.date().getYear());
        for (int j = 0; j < i; j++) {
            Service earlier = services.get(j);
            if (earlier.isIn(ServiceProgramme.HOUSEHOLD_ACCESSIBILITY_RETROFIT)
                    && p.planPeriodOf(earlier.date().getYear()) == period) {
                raiseSecondRetrofit(c, p, period, i, "services[" + j + "]");
                break;
            }
        }
    }

    private void raiseSecondRetrofit(RecordCheck c, ServiceProgrammeParameters p, int period, int i, String first) {
        int start = p.planPeriodFirstYear() + period * p.planPeriodYears();
        c.raiseAt(onePerPeriod, "services", i, "date", LocalDate.of(start, 1, 1).toString(),
                LocalDate.of(start + p.planPeriodYears() - 1, 12, 31).toString(), first);
    }

    private static boolean eligibleForRetrofit(RecordCheck c, Certificate certificate) {
        ServiceProgrammeParameters p = c.parameters.services();
        Household household = c.household;
        if (certificate == null || !p.retrofitGrades().contains(certificate.grade()) || household == null) {
            return false;
        }
        for (HouseholdStatus status : p.retrofitHouseholds()) {
            if (status.matches(household)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- assistive-device fitting

    private void checkFitting(RecordCheck c, List<Service> services, Service service, int i) {
        ServiceItem item = service.item().get();
        String table = catalogue.provenance().tableId();
        Optional<CatalogueRow> found = catalogue.find(item.system(), item.edition().orElse(""), item.code());
        if (found.isEmpty()) {
            c.raiseAt(notInCatalogue, "services", i, "item.code", table);
            return;
        }
        CatalogueRow row = found.get();
        Certificate certificate = c.certificate;
        if (!row.allows(certificate == null ? null : certificate.category(),
                certificate == null ? null : certificate.grade(), c.ageOn(service.date()))) {
            c.raiseAt(notAllowed, "services", i, "item.code", table, row.line());
        }
        if (row.assessmentRequired()
                && (service.assessedOn().isEmpty() || service.assessedOn().get().isAfter(service.date()))) {
            c.raiseAt(assessmentMissing, "services", i, "assessedOn", table, row.line());
        }
        if (row.subsidyCapFen().isPresent() && service.amountFen().isPresent()
                && service.amountFen().getAsLong() > row.subsidyCapFen().getAsLong()) {
            c.raiseAt(subsidyOverCap, "services", i, "amountFen", row.subsidyCapFen().getAsLong(), row.line());
        }
        if (row.replacementYears() > 0) {
            checkReissue(c, services, service, i, row);
        }
    }

    private void checkReissue(RecordCheck c, List<Service> services, Service service, int i, CatalogueRow row) {
        for (int j = 0; j < i; j++) {
            Service earlier = services.get(j);
            if (!earlier.isIn(ServiceProgramme.ASSISTIVE_DEVICE_FITTING) || !isWellFormed(earlier)
                    || !sameProduct(earlier.item().get(), row)) {
                continue;
            }
            LocalDate first = earlier.date().isBefore(service.date()) ? earlier.date() : service.date();
            LocalDate second = earlier.date().isBefore(service.date()) ? service.date() : earlier.date();
            if (second.isBefore(first.plusYears(row.replacementYears()))) {
                c.raiseAt(reissue, "services", i, "date", row.replacementYears(), "services[" + j + "]");
                return;
            }
        }
    }

    private static boolean sameProduct(ServiceItem item, CatalogueRow row) {
        return item.system() == row.system() && item.edition().orElse("").equals(row.edition())
                && ItemCodes.normalize(item.system(), item.code()).equals(row.code());
    }
}
