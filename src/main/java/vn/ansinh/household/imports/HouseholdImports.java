package vn.ansinh.household.imports;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import vn.ansinh.common.FieldErrorsResponse.FieldError;
import vn.ansinh.common.InvalidInput;
import vn.ansinh.common.NotFoundException;
import vn.ansinh.common.access.Act;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.CurrentUser;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Permissions;
import vn.ansinh.geography.Geography;

/**
 * The household import's door: checks the act and the upload (type, header), stores the job and runs it on the
 * import executor; answers a job's state to its importer and to staff whose area covers the importer's.
 */
@Service
public class HouseholdImports {

    /** Rejected rows the job's JSON carries; all of them are in its CSV. */
    static final int REJECTIONS_SHOWN = 1000;

    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final ImportJobs jobs;
    private final ImportRunner runner;
    private final MessageSource messages;
    private final Geography geography;
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    private final String node;

    HouseholdImports(Permissions permissions, CurrentUser currentUser, ImportJobs jobs, ImportRunner runner,
                     MessageSource messages, Geography geography, @Value("${ansinh.imports.workers:1}") int workers) {
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.jobs = jobs;
        this.runner = runner;
        this.messages = messages;
        this.geography = geography;
        this.node = ManagementFactory.getRuntimeMXBean().getName();
        executor.setCorePoolSize(workers);
        executor.setMaxPoolSize(workers);
        executor.setQueueCapacity(100);
        executor.setThreadNamePrefix("household-import-");
        executor.initialize();
    }

    /** Jobs a stopped node left RUNNING are marked FAILED at start-up (and whenever one is read). */
    @EventListener(ApplicationReadyEvent.class)
    void failJobsOfStoppedNodes() {
        jobs.failSilent();
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }

    public record Accepted(UUID jobId) {
    }

    public Accepted submit(MultipartFile file, String mode, String existing) {
        AppUserPrincipal user = permissions.require(Act.IMPORT_HOUSEHOLDS, "household_import", null);
        List<FieldError> errors = new ArrayList<>();
        ImportMode importMode = parse(ImportMode.class, mode, "mode", errors);
        ExistingHouseholds whenExisting = existing == null || existing.isBlank() ? ExistingHouseholds.SKIP
                : parse(ExistingHouseholds.class, existing, "existing", errors);
        if (file == null || file.isEmpty()) {
            errors.add(new FieldError("file", message(file == null ? "household.import.file.required" : "household.import.file.empty")));
            throw new InvalidInput(errors);
        }
        Path copy = null;
        try {
            copy = Files.createTempFile("household-import-", ".upload");
            file.transferTo(copy);
            SheetRows reader = SheetRows.of(file.getOriginalFilename(), firstBytes(copy));
            if (reader == null) {
                errors.add(new FieldError("file", message("household.import.file.type")));
            } else {
                errors.addAll(checkLayout(reader, copy));
            }
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
            int rows = countRows(reader, copy);
            UUID id = UUID.randomUUID();
            jobs.start(id, importMode, whenExisting, file.getOriginalFilename(), user.username(),
                    user.jurisdiction().candidateGroup(), node, rows);
            ImportRunner.Request request = new ImportRunner.Request(id, importMode, whenExisting, user.jurisdiction(), reader, copy);
            Locale locale = LocaleContextHolder.getLocale();
            Runnable task = () -> {
                LocaleContextHolder.setLocale(locale);
                try {
                    runner.run(request);
                } finally {
                    LocaleContextHolder.resetLocaleContext();
                }
            };
            executor.execute(new DelegatingSecurityContextRunnable(task, SecurityContextHolder.getContext()));
            copy = null;
            return new Accepted(id);
        } catch (IOException e) {
            throw new InvalidInput(List.of(new FieldError("file", message("household.import.file.unreadable"))));
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    // a temporary file
                }
            }
        }
    }

    private List<FieldError> checkLayout(SheetRows reader, Path file) throws IOException {
        List<List<String>> header = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            reader.read(in, (line, cells) -> {
                if (cells.stream().allMatch(String::isBlank)) {
                    return true;
                }
                header.add(cells);
                return false;
            });
        }
        if (header.isEmpty()) {
            return List.of(new FieldError("file", message("household.import.file.empty")));
        }
        SurveyLayout layout = SurveyLayout.of(header.get(0));
        if (layout.missing().isEmpty()) {
            return List.of();
        }
        return List.of(new FieldError("header", message("household.import.header.missing",
                String.join(", ", layout.missing().stream().map(c -> c.header).toList()))));
    }

    /** The data rows (not blank, after the header): the job's total, known before it starts for its progress. */
    private int countRows(SheetRows reader, Path file) throws IOException {
        int[] rows = {-1};
        try (InputStream in = Files.newInputStream(file)) {
            reader.read(in, (line, cells) -> {
                if (!cells.stream().allMatch(String::isBlank)) {
                    rows[0]++;
                }
                return true;
            });
        }
        if (rows[0] <= 0) {
            throw new InvalidInput(List.of(new FieldError("file", message("household.import.file.noRows"))));
        }
        return rows[0];
    }

    private static byte[] firstBytes(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(4);
        }
    }

    private <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<FieldError> errors) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, message("household.import." + field + ".unknown")));
            return null;
        }
    }

    /** The job's state and its first rejected rows, to its importer or staff whose area covers the importer's. */
    public ImportStatus status(UUID id) {
        ImportJob job = visible(id);
        return ImportStatus.of(job, job.rejectedRows() == 0 ? List.of() : jobs.rejections(id, REJECTIONS_SHOWN));
    }

    public void eachRejection(UUID id, Consumer<Rejection> each) {
        visible(id);
        jobs.eachRejection(id, each);
    }

    private ImportJob visible(UUID id) {
        jobs.failSilent();
        ImportJob job = jobs.find(id).orElseThrow(() -> new NotFoundException("import " + id));
        AppUserPrincipal user = currentUser.get();
        if (!user.username().equals(job.username()) && !covers(user.jurisdiction(), job.jurisdiction())) {
            throw new NotFoundException("import " + id);
        }
        return job;
    }

    private boolean covers(Jurisdiction scope, String group) {
        String[] parts = group.split(":", 2);
        Jurisdiction other = new Jurisdiction(Jurisdiction.Level.valueOf(parts[0].toUpperCase(Locale.ROOT)), parts[1]);
        String district = other.level() == Jurisdiction.Level.COMMUNE
                ? geography.commune(other.code()).map(c -> c.parentCode()).orElse(null) : null;
        return scope.covers(other, district);
    }

    Optional<ImportJob> job(UUID id) {
        return Optional.of(visible(id));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
