package org.disabilitystandards.validation.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.disabilitystandards.core.catalogue.AssistiveProductCatalogue;
import org.disabilitystandards.core.catalogue.CatalogueRow;
import org.disabilitystandards.core.code.ItemCodeSystem;
import org.disabilitystandards.core.code.ItemCodes;
import org.disabilitystandards.core.code.ServiceProgramme;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.core.model.Service;
import org.disabilitystandards.core.model.ServiceItem;
import org.disabilitystandards.core.model.ServicePeriod;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.Severity;
import org.disabilitystandards.validation.rule.RecordValidator;
import org.disabilitystandards.validation.rule.ServiceProgrammeParameters;

/**
 * The cross-record pass of the service-history rules, on the emitting thread of a batch run: when a person's
 * or a household's services are spread over several records of a file, compares each record's coded services
 * with those of the earlier records, in the same bounded memory as duplicate detection
 * ({@link SpillingFirstSeenTable}s of 63-bit keys, created only when a file has such services).
 *
 * <ul>
 *   <li>RETROFIT.ONE_PER_PERIOD: key (household, else person; plan period);</li>
 *   <li>CHILD_AID.DOUBLE_FUNDING: key (person, aid item, month) for each month the service covers;</li>
 *   <li>CHILD_AID.TWO_INSTITUTIONS: keys (person, month) and (person, month, provider): a month already taken
 *       by another record at another provider;</li>
 *   <li>DEVICE.REISSUE_TOO_EARLY (with a catalogue): key (person, product, month) for each month of the
 *       replacement interval, so at month precision.</li>
 * </ul>
 * Conflicts within one record are left to the record rules, so that one conflict is reported once. Keys are
 * hashes: two different keys collide with probability about 2<sup>-63</sup> per pair. Not thread-safe.
 */
final class ServiceHistoryPass implements AutoCloseable {

    /** The most months of one service that are keyed (a longer period is keyed for its first 36 months). */
    private static final int MAX_KEYED_MONTHS = 36;
    private static final String CHILD_AID_FUNDING = "CHILD_AID.DOUBLE_FUNDING";
    private static final String TWO_INSTITUTIONS = "CHILD_AID.TWO_INSTITUTIONS";
    private static final String REISSUE = "DEVICE.REISSUE_TOO_EARLY";
    private static final String ONE_PER_PERIOD = "RETROFIT.ONE_PER_PERIOD";

    private final RecordValidator validator;
    private final LocalDate asOf;
    private final ServiceProgrammeParameters parameters;
    private final AssistiveProductCatalogue catalogue;
    private final int keysInMemory;
    private final Path spillDirectory;
    private SpillingFirstSeenTable retrofits;
    private SpillingFirstSeenTable funding;
    private SpillingFirstSeenTable occupiedMonths;
    private SpillingFirstSeenTable providerMonths;
    private SpillingFirstSeenTable devices;

    ServiceHistoryPass(RecordValidator validator, LocalDate asOf, int keysInMemory, Path spillDirectory) {
        this.validator = validator;
        this.asOf = asOf;
        this.parameters = validator.profile().parameters().services();
        this.catalogue = validator.assistiveProductCatalogue().orElse(null);
        this.keysInMemory = keysInMemory;
        this.spillDirectory = spillDirectory;
    }

    /**
     * Checks the coded services of one record against the earlier records.
     *
     * @param line     the record's line
     * @param record   the record
     * @param recordId the record id, or null
     * @param emit     receives the issues, stamped with line and record id
     * @return whether an ERROR was emitted
     * @throws IOException if a table cannot spill or read its temporary file
     */
    boolean check(long line, PersonRecord record, String recordId, Consumer<Issue> emit) throws IOException {
        List<Service> services = record.services();
        boolean error = false;
        for (int i = 0; i < services.size(); i++) {
            Service service = services.get(i);
            Issue issue = null;
            if (service.isIn(ServiceProgramme.CHILD_REHABILITATION_AID)) {
                issue = childAid(line, record, service, i);
            } else if (service.isIn(ServiceProgramme.HOUSEHOLD_ACCESSIBILITY_RETROFIT)) {
                issue = retrofit(line, record, service, i);
            } else if (catalogue != null && service.isIn(ServiceProgramme.ASSISTIVE_DEVICE_FITTING)) {
                issue = fitting(line, record, service, i);
            }
            if (issue != null) {
                issue = issue.withLine(line);
                if (recordId != null) {
                    issue = issue.withRecordId(recordId);
                }
                emit.accept(issue);
                error |= issue.severity() == Severity.ERROR;
            }
        }
        return error;
    }

    private Issue retrofit(long line, PersonRecord record, Service service, int i) throws IOException {
        if (retrofits == null) {
            retrofits = new SpillingFirstSeenTable(keysInMemory, spillDirectory);
        }
        int period = parameters.planPeriodOf(service.date().getYear());
        String household = record.householdId().map(id -> "H" + id).orElseGet(() -> "P" + record.idNumber());
        long first = retrofits.putIfAbsent(key("R", household, Integer.toString(period)), line);
        if (!isOtherLine(first, line)) {
            return null;
        }
        int start = parameters.planPeriodFirstYear() + period * parameters.planPeriodYears();
        return issue(ONE_PER_PERIOD, i, "date", LocalDate.of(start, 1, 1).toString(),
                LocalDate.of(start + parameters.planPeriodYears() - 1, 12, 31).toString(), "line " + first);
    }

    private Issue childAid(long line, PersonRecord record, Service service, int i) throws IOException {
        String item = validItemCode(service, ItemCodeSystem.CHILD_AID_ITEM);
        String provider = service.providerId().orElse(null);
        if (item == null && provider == null) {
            return null;
        }
        if (funding == null) {
            funding = new SpillingFirstSeenTable(keysInMemory, spillDirectory);
            occupiedMonths = new SpillingFirstSeenTable(keysInMemory, spillDirectory);
            providerMonths = new SpillingFirstSeenTable(keysInMemory, spillDirectory);
        }
        String person = record.idNumber();
        ServicePeriod months = service.coveredMonths();
        Issue found = null;
        YearMonth month = months.from();
        for (int n = 0; n < MAX_KEYED_MONTHS && !month.isAfter(months.to()); n++, month = month.plusMonths(1)) {
            String monthText = month.toString();
            if (item != null) {
                long first = funding.putIfAbsent(key("F", person, item, monthText), line);
                if (found == null && isOtherLine(first, line)) {
                    found = issue(CHILD_AID_FUNDING, i, "item", item, month.getYear(), "line " + first);
                }
            }
            if (provider != null) {
                long taken = occupiedMonths.putIfAbsent(key("M", person, monthText), line);
                long same = providerMonths.putIfAbsent(key("P", person, monthText, provider), line);
                if (found == null && isOtherLine(taken, line) && same == FirstSeenTable.ABSENT) {
                    found = issue(TWO_INSTITUTIONS, i, "providerId", "line " + taken);
                }
            }
        }
        return found;
    }

    private Issue fitting(long line, PersonRecord record, Service service, int i) throws IOException {
        ServiceItem item = service.item().get();
        if (item.edition().isEmpty() || ItemCodes.problem(item.system(), item.edition(), item.code()).isPresent()) {
            return null;
        }
        Optional<CatalogueRow> row = catalogue.find(item.system(), item.edition().get(), item.code());
        if (row.isEmpty() || row.get().replacementYears() == 0) {
            return null;
        }
        if (devices == null) {
            devices = new SpillingFirstSeenTable(keysInMemory, spillDirectory);
        }
        String product = item.system().name() + '|' + item.edition().get() + '|' + row.get().code();
        int years = row.get().replacementYears();
        Issue found = null;
        YearMonth month = YearMonth.from(service.date());
        for (int n = 0; n < years * 12; n++, month = month.plusMonths(1)) {
            long first = devices.putIfAbsent(key("D", record.idNumber(), product, month.toString()), line);
            if (found == null && isOtherLine(first, line)) {
                found = issue(REISSUE, i, "date", years, "line " + first);
            }
        }
        return found;
    }

    private static String validItemCode(Service service, ItemCodeSystem system) {
        Optional<ServiceItem> item = service.item();
        if (item.isEmpty() || item.get().system() != system
                || ItemCodes.problem(system, item.get().edition(), item.get().code()).isPresent()) {
            return null;
        }
        return item.get().code();
    }

    private Issue issue(String ruleId, int i, String field, Object... values) {
        return validator.crossRecordIssue(ruleId, asOf, "services[" + i + "]." + field, values).orElse(null);
    }

    private static boolean isOtherLine(long first, long line) {
        return first != FirstSeenTable.ABSENT && first != line;
    }

    /** A 63-bit key of the parts: 64-bit FNV-1a of their UTF-8 bytes with separators, then mixed. */
    static long key(String... parts) {
        long h = 0xcbf29ce484222325L;
        for (String part : parts) {
            for (byte b : part.getBytes(StandardCharsets.UTF_8)) {
                h = (h ^ (b & 0xff)) * 0x100000001b3L;
            }
            h = (h ^ 0x1f) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h & Long.MAX_VALUE;
    }

    @Override
    public void close() throws IOException {
        SpillingFirstSeenTable[] tables = {retrofits, funding, occupiedMonths, providerMonths, devices};
        IOException failure = null;
        for (SpillingFirstSeenTable table : tables) {
            if (table != null) {
                try {
                    table.close();
                } catch (IOException e) {
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
