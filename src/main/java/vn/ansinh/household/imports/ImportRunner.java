package vn.ansinh.household.imports;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.geography.AdminUnit;
import vn.ansinh.geography.Geography;
import vn.ansinh.household.CccdHolder;
import vn.ansinh.household.HouseholdManagement;
import vn.ansinh.household.ImportBatch;
import vn.ansinh.household.ImportedHousehold;
import vn.ansinh.household.MemberForm;

/**
 * Runs one import on the import executor's thread: streams the file's rows, gathers each household's rows, and hands
 * a chunk of households at a time to the register. See the README's "Household import" for the rules it applies.
 */
@Component
class ImportRunner {

    static final String ROWS = "ansinh.imports.rows";
    static final int CHUNK = 250;

    /**
     * Custom plans for the chunk's statements, this transaction only. PostgreSQL keeps a prepared statement's generic
     * plan once it is no dearer than the first five custom ones, and the import prepares its statements (and the
     * foreign-key checks of its inserts) while the tables are small: into an empty register it kept planning a
     * sequential scan of household for every member's foreign-key check and of household_member for every CCCD check,
     * reading 155 million rows until autovacuum's ANALYZE (a minute later) made them plan again. A custom plan sees the
     * table's current size and costs a fraction of a millisecond.
     */
    static final String PLAN_EACH_STATEMENT = "select set_config('plan_cache_mode', 'force_custom_plan', true)";

    /**
     * The register's statistics say how many households it had when last analysed (−1: never). The import into a
     * register it doubles (a first import, a small one) analyses household and member once each doubling, at a
     * chunk's start: with the statistics of the empty register the duplicate check walked every household of the
     * commune and its members (a million index scans in the first 10.000 households) until autovacuum came.
     */
    static final String ANALYSED_HOUSEHOLDS = "select greatest(reltuples, 0)::bigint from pg_class where oid = 'household'::regclass";
    static final String ANALYSE = "analyze household, household_member";

    private final HouseholdManagement register;
    private final Geography geography;
    private final ImportJobs jobs;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final EntityManager entities;
    private final PlatformTransactionManager transactions;
    private final MeterRegistry meters;

    ImportRunner(HouseholdManagement register, Geography geography, ImportJobs jobs, MessageSource messages,
                 ApplicationEventPublisher events, EntityManager entities, PlatformTransactionManager transactions,
                 MeterRegistry meters) {
        this.register = register;
        this.geography = geography;
        this.jobs = jobs;
        this.messages = messages;
        this.events = events;
        this.entities = entities;
        this.transactions = transactions;
        this.meters = meters;
    }

    record Request(UUID id, ImportMode mode, ExistingHouseholds existing, Jurisdiction scope, SheetRows reader, Path file) {
    }

    void run(Request request) {
        try {
            ImportCounts counts = new ImportCounts();
            Run run = new Run(request, counts);
            if (request.mode() == ImportMode.ALL_OR_NOTHING) {
                new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    run.readAll();
                    if (counts.rejectedRows > 0) {
                        status.setRollbackOnly();
                        counts.importedRows = 0;
                        counts.created = 0;
                        counts.updated = 0;
                    }
                });
            } else {
                run.readAll();
            }
            jobs.finish(request.id(), counts, nothing -> events.publishEvent(new HouseholdsImported(request.id(),
                    request.mode(), counts.processedRows, counts.importedRows, counts.rejectedRows, counts.created,
                    counts.updated, counts.skipped)));
            count("imported", counts.importedRows);
            count("rejected", counts.rejectedRows);
            count("skipped", counts.skippedRows);
        } catch (RuntimeException e) {
            jobs.fail(request.id(), e.getClass().getSimpleName() + ": " + e.getMessage());
            count("failed", 1);
        } finally {
            try {
                Files.deleteIfExists(request.file());
            } catch (IOException e) {
                // a temporary file; the system cleans its temp folder
            }
        }
    }

    private void count(String outcome, int n) {
        Counter.builder(ROWS).description("household import rows by outcome (failed: jobs that failed)")
                .tag("outcome", outcome).register(meters).increment(n);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** One pass over the file. */
    private final class Run {
        private final Request request;
        private final ImportCounts counts;
        private final Map<String, Integer> cccdLines = new HashMap<>();
        private final Set<String> keysSeen = new HashSet<>();
        private final List<SurveyHousehold> chunk = new ArrayList<>();
        private final List<Rejection> pending = new ArrayList<>();
        private final CellValues values;
        private SurveyLayout layout;
        private SurveyHousehold current;
        private long analysed = -1;
        private int createdWhenAnalysed;

        Run(Request request, ImportCounts counts) {
            this.request = request;
            this.counts = counts;
            this.values = new CellValues(messages);
        }

        void readAll() {
            try (InputStream in = Files.newInputStream(request.file())) {
                request.reader().read(in, this::row);
            } catch (IOException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            close(current);
            flush();
        }

        private boolean row(int line, List<String> cells) {
            if (layout == null) {
                if (cells.stream().allMatch(String::isBlank)) {
                    return true;
                }
                layout = SurveyLayout.of(cells);
                return true;
            }
            SurveyRow row = SurveyRow.of(line, cells, layout.positions());
            if (row.blank()) {
                return true;
            }
            counts.processedRows++;
            String key = ImportColumn.normalise(row.get(ImportColumn.HOUSEHOLD_KEY)).isEmpty() ? ""
                    : row.get(ImportColumn.HOUSEHOLD_KEY).strip();
            if (key.isEmpty()) {
                reject(row, ImportColumn.HOUSEHOLD_KEY, message("household.import.key.required"));
                return true;
            }
            if (current != null && current.key.equals(key)) {
                current.rows.add(row);
                return true;
            }
            close(current);
            current = null;
            if (!keysSeen.add(key)) {
                reject(row, ImportColumn.HOUSEHOLD_KEY, message("household.import.key.notTogether", key));
                return true;
            }
            current = new SurveyHousehold(key);
            current.rows.add(row);
            return true;
        }

        private void reject(SurveyRow row, ImportColumn column, String reason) {
            pending.add(Rejection.of(row.line(), column, reason));
            counts.rejectedRows++;
        }

        private void close(SurveyHousehold household) {
            if (household == null) {
                return;
            }
            chunk.add(household);
            if (chunk.size() >= CHUNK) {
                flush();
            }
        }

        private void flush() {
            List<SurveyHousehold> households = List.copyOf(chunk);
            chunk.clear();
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                // The chunk's new households and members are inserted together when it ends, in JDBC batches (their
                // ids come from the sequences in blocks); what the register's checks of its households ask the
                // register is read once for the chunk and kept with what the chunk saves (ImportBatch), and a
                // household already registered is updated after the waiting inserts are sent, and flushed. Left to
                // AUTO, each of the chunk's queries (next code) dirty-checked every entity of the chunk so far — a
                // quarter-million field comparisons a chunk, most of the import's CPU — and sent the waiting inserts.
                entities.setFlushMode(FlushModeType.COMMIT);
                entities.createNativeQuery(PLAN_EACH_STATEMENT).getSingleResult();
                analyseWhenDoubled();
                households.forEach(h -> h.read(values, ImportRunner.this::message));
                Set<String> cccds = new HashSet<>();
                Set<String> communes = new HashSet<>();
                households.stream().filter(h -> h.rejections.isEmpty()).forEach(h -> {
                    cccds.addAll(h.cccds());
                    communes.add(h.communeCode().isBlank() ? request.scope().code() : h.communeCode().strip());
                });
                Map<String, CccdHolder> holders = register.holdersOf(cccds);
                ImportBatch batch = register.importBatch(communes, households.stream()
                        .filter(h -> h.rejections.isEmpty()).map(h -> h.form).toList());
                households.forEach(h -> {
                    if (h.rejections.isEmpty()) {
                        write(h, holders, batch);
                    }
                    tally(h);
                });
                entities.flush();
                entities.clear();
            });
            jobs.progress(request.id(), counts, List.copyOf(pending));
            pending.clear();
        }

        private void analyseWhenDoubled() {
            if (analysed < 0) {
                analysed = analysedHouseholds();
            }
            int since = counts.created - createdWhenAnalysed;
            if (since > 0 && since >= analysed) {
                entities.createNativeQuery(ANALYSE).executeUpdate();
                analysed = analysedHouseholds();
                createdWhenAnalysed = counts.created;
            }
        }

        private long analysedHouseholds() {
            return ((Number) entities.createNativeQuery(ANALYSED_HOUSEHOLDS).getSingleResult()).longValue();
        }

        private void tally(SurveyHousehold household) {
            if (household.rejections.isEmpty()) {
                return;
            }
            Set<Integer> bad = new HashSet<>();
            household.rejections.forEach(r -> bad.add(r.line()));
            pending.addAll(household.rejections);
            int firstBad = household.rejections.stream().mapToInt(Rejection::line).min().orElse(household.first().line());
            for (SurveyRow row : household.rows) {
                if (!bad.contains(row.line())) {
                    pending.add(Rejection.of(row.line(), null, message("household.import.householdRefused", firstBad)));
                }
            }
            counts.rejectedRows += household.rows.size();
        }

        private void write(SurveyHousehold household, Map<String, CccdHolder> holders, ImportBatch batch) {
            AdminUnit commune = commune(household);
            if (commune == null) {
                return;
            }
            Long existing = matchedHousehold(household, holders, commune);
            if (!household.rejections.isEmpty()) {
                return;
            }
            if (existing != null && request.existing() == ExistingHouseholds.SKIP) {
                counts.skipped++;
                counts.skippedRows += household.rows.size();
                return;
            }
            ImportedHousehold done = register.importHousehold(commune.code(), existing, request.scope(), household.form,
                    batch);
            if (done.refused()) {
                household.refusedBy(done.errors());
                return;
            }
            household.cccds().forEach(c -> cccdLines.putIfAbsent(c, household.first().line()));
            counts.importedRows += household.rows.size();
            if (done.created()) {
                counts.created++;
            } else {
                counts.updated++;
            }
        }

        /** The household's commune: the officer's own when the column is empty; one within the importer's area. */
        private AdminUnit commune(SurveyHousehold household) {
            String code = household.communeCode().strip();
            Jurisdiction scope = request.scope();
            if (code.isEmpty()) {
                if (scope.level() != Jurisdiction.Level.COMMUNE) {
                    household.reject(household.first(), ImportColumn.COMMUNE_CODE, message("household.import.commune.required"));
                    return null;
                }
                code = scope.code();
            }
            AdminUnit commune = geography.commune(code).orElse(null);
            if (commune == null) {
                household.reject(household.first(), ImportColumn.COMMUNE_CODE, message("household.commune.unknown"));
                return null;
            }
            if (!scope.coversCommune(commune.code(), commune.parentCode())) {
                household.reject(household.first(), ImportColumn.COMMUNE_CODE, message("household.import.commune.outside", code));
                return null;
            }
            return commune;
        }

        /**
         * The register's household this one is, by its members' CCCDs: null when none is known. A CCCD already given
         * by an earlier household of the file, or held in another household than the others (or in another commune,
         * or outside the importer's area), is a conflict of its row.
         */
        private Long matchedHousehold(SurveyHousehold household, Map<String, CccdHolder> holders, AdminUnit commune) {
            Set<Long> matched = new HashSet<>();
            List<MemberForm> members = household.form.getMembers();
            for (int i = 0; i < members.size(); i++) {
                String cccd = members.get(i).getCccd();
                if (cccd == null || cccd.isBlank()) {
                    continue;
                }
                SurveyRow row = household.rows.get(i);
                Integer earlier = cccdLines.get(cccd);
                if (earlier != null) {
                    household.reject(row, ImportColumn.CCCD, message("household.import.cccd.repeated", earlier));
                    continue;
                }
                CccdHolder holder = holders.get(cccd);
                if (holder == null) {
                    continue;
                }
                if (!request.scope().coversCommune(holder.communeCode(), holder.districtCode())) {
                    household.reject(row, ImportColumn.CCCD, message("household.import.cccd.outside"));
                } else if (!holder.communeCode().equals(commune.code())) {
                    household.reject(row, ImportColumn.CCCD, message("household.import.cccd.otherHousehold", holder.householdCode()));
                } else {
                    matched.add(holder.householdId());
                    members.get(i).setId(holder.memberId());
                }
            }
            if (matched.size() > 1) {
                for (int i = 0; i < members.size(); i++) {
                    CccdHolder holder = holders.get(members.get(i).getCccd());
                    if (holder != null) {
                        household.reject(household.rows.get(i), ImportColumn.CCCD,
                                message("household.import.cccd.otherHousehold", holder.householdCode()));
                    }
                }
                return null;
            }
            return matched.isEmpty() ? null : matched.iterator().next();
        }
    }
}
