package vn.ansinh.policy;

import vn.ansinh.common.BundleTexts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.common.audit.AuditEvent;
import vn.ansinh.common.FieldErrorsResponse.FieldError;
import vn.ansinh.common.InvalidInput;
import vn.ansinh.common.NotFoundException;
import vn.ansinh.eligibility.EligibilityManagement;
import vn.ansinh.eligibility.RuleSetCheck;
import vn.ansinh.common.access.Act;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.Permissions;

/**
 * The door of the policy workbench. Versions are immutable trees of the files of {@code rules/} in PostgreSQL;
 * a draft starts from any version, changes file by file (each save checked: compile, sandbox, parameter periods,
 * parameters a rule names), runs its scenarios, and once submitted is frozen. Another policy user approves; publishing
 * schedules it for an effective moment, at which every node swaps to it ({@link PolicyActivation}).
 */
@Service
public class PolicyWorkbench {
    private static final BundleTexts TEXTS = new BundleTexts("i18n/policy");


    private static final Pattern LABEL = Pattern.compile("[\\p{L}0-9][\\p{L}0-9 ._+\\-]{0,39}");

    private final VersionStore store;
    private final Materializer materializer;
    private final EligibilityManagement eligibility;
    private final PolicyActivation activation;
    private final Permissions permissions;
    private final ApplicationEventPublisher events;

    PolicyWorkbench(VersionStore store, Materializer materializer, EligibilityManagement eligibility,
                    PolicyActivation activation, Permissions permissions, ApplicationEventPublisher events) {
        this.store = store;
        this.materializer = materializer;
        this.eligibility = eligibility;
        this.activation = activation;
        this.permissions = permissions;
        this.events = events;
    }

    /** Every version, the one in force first. */
    @Transactional(readOnly = true)
    public List<VersionSummary> versions() {
        permissions.require(Act.READ_RULES, "policy_version", null);
        return store.all().stream().map(VersionSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public PolicyVersion version(long id) {
        permissions.require(Act.READ_RULES, "policy_version", id);
        return find(id);
    }

    /** The version in force (every node runs it). */
    @Transactional(readOnly = true)
    public PolicyVersion inForce() {
        permissions.require(Act.READ_RULES, "policy_version", null);
        return store.inForce().orElseThrow(() -> new NotFoundException("version in force"));
    }

    /** A new draft with the files of {@code basedOn}; rolling back is a draft of an earlier version, published again. */
    @Transactional
    public PolicyVersion createDraft(Long basedOn, String label) {
        AppUserPrincipal user = permissions.require(Act.DRAFT_RULES, "policy_version", basedOn);
        List<FieldError> errors = new ArrayList<>();
        if (basedOn == null) {
            errors.add(new FieldError("basedOn", TEXTS.text("policy.error.required")));
        }
        String name = label == null ? "" : label.strip();
        if (!LABEL.matcher(name).matches()) {
            errors.add(new FieldError("label", TEXTS.text("policy.error.label")));
        } else if (store.labelTaken(name)) {
            errors.add(new FieldError("label", TEXTS.text("policy.error.labelTaken")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        PolicyVersion base = find(basedOn);
        SortedMap<String, String> files = store.files(base.id());
        long id = store.create(name, user.username(), VersionSource.WORKBENCH, VersionStatus.DRAFT, base.id(),
                RuleTree.treeHash(files), null);
        store.putFiles(id, files);
        events.publishEvent(AuditEvent.of("POLICY_DRAFT_CREATED", "policy_version", id, name + " from " + base.label()));
        return find(id);
    }

    @Transactional(readOnly = true)
    public List<RuleFile> files(long id) {
        permissions.require(Act.READ_RULES, "policy_version", id);
        find(id);
        return store.files(id).entrySet().stream().map(e -> new RuleFile(e.getKey(), e.getValue())).toList();
    }

    /** A file's text; 404 when the version has no such file. */
    @Transactional(readOnly = true)
    public String file(long id, String path) {
        permissions.require(Act.READ_RULES, "policy_version", id);
        find(id);
        String sha = store.files(id).get(RulePaths.check(path));
        if (sha == null) {
            throw new NotFoundException("file " + path);
        }
        return new String(store.blob(sha), StandardCharsets.UTF_8);
    }

    /** Saves (or adds) a file of a draft and answers the draft's findings — findings do not refuse the save. */
    @Transactional
    public List<Finding> saveFile(long id, String path, String text) {
        String rel = RulePaths.check(path);
        editable(id);
        byte[] content = (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
        String sha = RuleTree.sha256(content);
        store.putBlob(sha, content);
        store.putFile(id, rel, sha);
        events.publishEvent(AuditEvent.of("POLICY_FILE_SAVED", "policy_version", id, rel + " " + sha.substring(0, 12)));
        return check(id).findings();
    }

    @Transactional
    public void deleteFile(long id, String path) {
        String rel = RulePaths.check(path);
        editable(id);
        if (!store.removeFile(id, rel)) {
            throw new NotFoundException("file " + path);
        }
        events.publishEvent(AuditEvent.of("POLICY_FILE_DELETED", "policy_version", id, rel));
    }

    /**
     * Adds a dated value to a parameter of a draft (the parameter form): appended after the parameter's last value, with
     * its legal reference; answers the draft's findings as a save does.
     */
    @Transactional
    public List<Finding> addParameterValue(long id, String file, String name, java.time.LocalDate from, String value,
                                           String reference) {
        List<FieldError> errors = new ArrayList<>();
        if (from == null) {
            errors.add(new FieldError("from", TEXTS.text("policy.error.dateRequired")));
        }
        if (value == null || !value.strip().matches("-?\\d+(\\.\\d+)?")) {
            errors.add(new FieldError("value", TEXTS.text("policy.error.number")));
        }
        if (reference == null || reference.isBlank() || reference.length() > 300) {
            errors.add(new FieldError("reference", TEXTS.text("policy.error.reference")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        String text = file(id, file);
        String[] lines = text.split("\n", -1);
        int start = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals(name + ":")) {
                start = i;
            }
        }
        if (start < 0) {
            throw new InvalidInput(List.of(new FieldError("name", TEXTS.text("policy.error.noParameter"))));
        }
        int end = start + 1;
        while (end < lines.length && (lines[end].isEmpty() || lines[end].startsWith(" ") || lines[end].startsWith("#"))) {
            end++;
        }
        while (end > start + 1 && (lines[end - 1].isBlank() || lines[end - 1].startsWith("#"))) {
            end--;
        }
        String entry = "    - from: " + from + "\n      value: " + value.strip() + "\n      reference: \""
                + reference.strip().replace("\"", "'") + "\"";
        List<String> out = new ArrayList<>(List.of(lines));
        out.add(end, entry);
        return saveFile(id, file, String.join("\n", out));
    }

    /** The draft's findings and every scenario run on it. */
    @Transactional(readOnly = true)
    public TestRun runTests(long id) {
        permissions.require(Act.DRAFT_RULES, "policy_version", id);
        find(id);
        return check(id);
    }

    /** Freezes a draft for approval; refused (409) while it has a finding or a failing scenario. */
    @Transactional
    public PolicyVersion submit(long id) {
        AppUserPrincipal user = permissions.require(Act.DRAFT_RULES, "policy_version", id);
        PolicyVersion v = store.lock(id);
        v.requireStatus(VersionStatus.DRAFT);
        TestRun run = check(id);
        List<TestRun.Result> failed = run.results().stream().filter(r -> !r.passed()).toList();
        if (!run.findings().isEmpty() || !failed.isEmpty()) {
            events.publishEvent(AuditEvent.refusal("POLICY_SUBMIT_REFUSED", "policy_version", id,
                    run.findings().size() + " finding(s), " + failed.size() + " failing scenario(s)"));
            throw new SubmitRefused(run.findings(), failed);
        }
        store.submitted(id, user.username());
        events.publishEvent(AuditEvent.of("POLICY_DRAFT_SUBMITTED", "policy_version", id, v.label()));
        return find(id);
    }

    /** Approves a submitted draft; its author or submitter is refused (403): maker and checker are two people. */
    @Transactional
    public PolicyVersion approve(long id) {
        AppUserPrincipal user = permissions.require(Act.APPROVE_RULES, "policy_version", id);
        PolicyVersion v = store.lock(id);
        if (user.username().equals(v.author()) || user.username().equals(v.submittedBy())) {
            events.publishEvent(AuditEvent.refusal("POLICY_SELF_APPROVAL_REFUSED", "policy_version", id, v.label()));
            throw new AccessDeniedException("the author of a draft does not approve it");
        }
        v.requireStatus(VersionStatus.AWAITING_APPROVAL);
        store.approved(id, user.username());
        events.publishEvent(AuditEvent.of("POLICY_VERSION_APPROVED", "policy_version", id, v.label()));
        return find(id);
    }

    /** Sends a submitted draft back to its author with a note; it becomes editable again. */
    @Transactional
    public PolicyVersion sendBack(long id, String note) {
        AppUserPrincipal user = permissions.require(Act.APPROVE_RULES, "policy_version", id);
        PolicyVersion v = store.lock(id);
        if (user.username().equals(v.author())) {
            events.publishEvent(AuditEvent.refusal("POLICY_SELF_APPROVAL_REFUSED", "policy_version", id, v.label()));
            throw new AccessDeniedException("the author of a draft does not review it");
        }
        v.requireStatus(VersionStatus.AWAITING_APPROVAL);
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw new InvalidInput(List.of(new FieldError("note", TEXTS.text("policy.error.note"))));
        }
        store.returned(id, text);
        events.publishEvent(AuditEvent.of("POLICY_DRAFT_RETURNED", "policy_version", id, text));
        return find(id);
    }

    /**
     * Publishes an approved version at {@code effectiveAt} (null or past: now) with its changelog entry. At that moment
     * it comes into force on every node; publishing now swaps this node before answering.
     */
    public PolicyVersion publish(long id, OffsetDateTime effectiveAt, PolicyVersion.Changelog changelog) {
        AppUserPrincipal user = permissions.require(Act.PUBLISH_RULES, "policy_version", id);
        List<FieldError> errors = new ArrayList<>();
        if (changelog == null || blank(changelog.what())) {
            errors.add(new FieldError("changelog.what", TEXTS.text("policy.error.what")));
        }
        if (changelog == null || blank(changelog.why())) {
            errors.add(new FieldError("changelog.why", TEXTS.text("policy.error.why")));
        }
        if (changelog == null || blank(changelog.legalInstrument())) {
            errors.add(new FieldError("changelog.legalInstrument", TEXTS.text("policy.error.instrument")));
        }
        if (changelog != null && (length(changelog.what()) > 2000 || length(changelog.why()) > 2000
                || length(changelog.legalInstrument()) > 500)) {
            errors.add(new FieldError("changelog", TEXTS.text("policy.error.tooLong")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        OffsetDateTime now = OffsetDateTime.now();
        OffsetDateTime at = effectiveAt == null || effectiveAt.isBefore(now) ? now : effectiveAt;
        activation.schedule(id, at, new PolicyVersion.Changelog(changelog.what().strip(), changelog.why().strip(),
                changelog.legalInstrument().strip()), user.username());
        if (!at.isAfter(now)) {
            activation.flipAndFollow(true);
        }
        return find(id);
    }

    /** The version as a zip whose content replaces {@code rules/} in the repository. */
    @Transactional(readOnly = true)
    public byte[] export(long id) {
        permissions.require(Act.READ_RULES, "policy_version", id);
        PolicyVersion v = find(id);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> f : store.contents(v.id()).entrySet()) {
                zip.putNextEntry(new ZipEntry("rules/" + f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        events.publishEvent(AuditEvent.of("POLICY_VERSION_EXPORTED", "policy_version", id, v.label()));
        return bytes.toByteArray();
    }

    /** Every file's text of a version, by path (browsing and differences). */
    @Transactional(readOnly = true)
    public SortedMap<String, String> texts(long id) {
        permissions.require(Act.READ_RULES, "policy_version", id);
        find(id);
        SortedMap<String, String> out = new TreeMap<>();
        store.contents(id).forEach((p, c) -> out.put(p, new String(c, StandardCharsets.UTF_8)));
        return out;
    }

    /** The version as policy staff read it. */
    @Transactional(readOnly = true)
    public VersionBrowse browse(long id) {
        return VersionBrowse.of(texts(id));
    }

    /** What changed from version {@code from} to version {@code to}: files, and parameter values by date. */
    @Transactional(readOnly = true)
    public VersionBrowse.Diff diff(long from, long to) {
        return VersionBrowse.diff(texts(from), texts(to));
    }

    private TestRun check(long id) {
        SortedMap<String, byte[]> contents = store.contents(id);
        Path dir = materializer.folder(contents);
        RuleSetCheck result = eligibility.check(dir);
        List<Finding> findings = new ArrayList<>();
        result.problems().forEach(p -> findings.add(new Finding(p.file(), p.line(), p.message())));
        contents.forEach((path, c) -> {
            if (path.startsWith("parameters/") && path.endsWith(".yaml")) {
                findings.addAll(ParameterPeriods.check(path, new String(c, StandardCharsets.UTF_8)));
            }
        });
        List<TestRun.Result> results = result.scenarios().stream()
                .map(s -> new TestRun.Result(s.name(), s.passed(), s.diffs())).toList();
        int failed = (int) results.stream().filter(r -> !r.passed()).count();
        return new TestRun(results.size() - failed, failed, results, findings);
    }

    private PolicyVersion editable(long id) {
        AppUserPrincipal user = permissions.require(Act.DRAFT_RULES, "policy_version", id);
        PolicyVersion v = store.lock(id);
        v.requireStatus(VersionStatus.DRAFT);
        if (!user.username().equals(v.author())) {
            throw permissions.refuse(Act.DRAFT_RULES, user.role(), "policy_version", id);
        }
        return v;
    }

    private PolicyVersion find(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("policy_version " + id));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }
}
