package vn.ansinh.policy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ansinh.common.audit.AuditEvent;
import vn.ansinh.eligibility.EligibilityManagement;
import vn.ansinh.eligibility.Reevaluations;

/**
 * Which version is in force, on every node. At start-up the {@code rules/} folder is imported when its content is not
 * a known version (a change reviewed in git comes into force that way). A poll every few seconds flips the scheduled
 * versions whose moment has come — rows locked with {@code FOR UPDATE SKIP LOCKED}, so one node flips while the
 * others skip — and then every node activates the version in force in PostgreSQL if it is not the one it runs.
 */
@Component
class PolicyActivation implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PolicyActivation.class);
    /** Serialises start-up imports of two nodes starting together. */
    private static final long IMPORT_LOCK = 0x504f4c4943L;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final VersionStore store;
    private final Materializer materializer;
    private final EligibilityManagement eligibility;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Path rulesDir;
    private final Reevaluations reevaluations;
    /** Off in the tests' shared context, where a publication would re-evaluate every test household. */
    private volatile boolean reviewAfterPublication;
    private volatile String folderTree;
    private volatile long activeId = -1;
    private volatile long refusedId = -1;

    PolicyActivation(VersionStore store, Materializer materializer, EligibilityManagement eligibility, JdbcTemplate jdbc,
                     PlatformTransactionManager transactions, ApplicationEventPublisher events,
                     @Value("${ansinh.rules.dir:rules}") String rulesDir, Reevaluations reevaluations,
                     @Value("${ansinh.policy.review-after-publication:true}") boolean reviewAfterPublication) {
        this.reevaluations = reevaluations;
        this.reviewAfterPublication = reviewAfterPublication;
        this.store = store;
        this.materializer = materializer;
        this.eligibility = eligibility;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.events = events;
        this.rulesDir = Path.of(rulesDir);
    }

    @Override
    public void afterSingletonsInstantiated() {
        importFolder();
        followInForce();
    }

    /**
     * The folder becomes a version (source FILES) unless its tree is known. It comes into force when no version is in
     * force or when it differs from the last folder import: the folder changed since, through review in git. A folder
     * that still holds the last import while a workbench version is in force changes nothing.
     */
    void importFolder() {
        SortedMap<String, byte[]> contents = RuleTree.read(rulesDir);
        SortedMap<String, String> hashes = RuleTree.hashes(contents);
        String tree = RuleTree.treeHash(hashes);
        folderTree = tree;
        tx.executeWithoutResult(status -> {
            jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, IMPORT_LOCK);
            if (store.withTree(tree).isPresent()) {
                return;
            }
            Optional<PolicyVersion> inForce = store.lockInForce();
            Optional<PolicyVersion> lastImport = store.lastFilesImport();
            boolean comesIntoForce = inForce.isEmpty() || lastImport.map(v -> !v.treeHash().equals(tree)).orElse(true);
            contents.forEach((path, content) -> store.putBlob(hashes.get(path), content));
            // eligibility built the rules in force from this same folder at start-up: its label is the folder's
            String label = uniqueLabel(eligibility.ruleSet().label(), tree);
            if (comesIntoForce) {
                inForce.ifPresent(v -> store.setStatus(v.id(), VersionStatus.SUPERSEDED));
            }
            long id = store.create(label, "rules/", VersionSource.FILES,
                    comesIntoForce ? VersionStatus.IN_FORCE : VersionStatus.SUPERSEDED,
                    inForce.map(PolicyVersion::id).orElse(null), tree, OffsetDateTime.now());
            store.putFiles(id, hashes);
            events.publishEvent(AuditEvent.of("POLICY_FOLDER_IMPORTED", "policy_version", id,
                    label + " from " + rulesDir + (comesIntoForce ? ", in force" : "")));
            log.info("Rules folder {} imported as version {} ({}){}", rulesDir, label, tree.substring(0, 12),
                    comesIntoForce ? ", in force" : "");
        });
    }

    private String uniqueLabel(String wanted, String tree) {
        String base = wanted.length() > 30 ? wanted.substring(0, 30) : wanted;
        String label = base;
        for (int n = 0; store.labelTaken(label); n++) {
            label = base + "+" + tree.substring(n, n + 7);
        }
        return label;
    }

    /** Publishing: an approved version gets its moment and changelog; it comes into force at that moment. */
    void schedule(long id, OffsetDateTime at, PolicyVersion.Changelog changelog, String by) {
        tx.executeWithoutResult(status -> {
            PolicyVersion v = store.lock(id).requireStatus(VersionStatus.APPROVED);
            store.scheduled(id, at, changelog, by);
            events.publishEvent(AuditEvent.of("POLICY_VERSION_PUBLISHED", "policy_version", id,
                    v.label() + " effective " + at + ": " + changelog.what() + " (" + changelog.legalInstrument() + ")"));
        });
    }

    /**
     * One node flips the due versions: the latest due comes into force, the one before and earlier due ones are
     * superseded. {@code waitForOthers}: publishing now waits for a node's poll that is flipping the same row.
     */
    Optional<PolicyVersion> flipDue(boolean waitForOthers) {
        return tx.execute(status -> {
            List<PolicyVersion> due = store.lockDue(waitForOthers);
            if (due.isEmpty()) {
                return Optional.<PolicyVersion>empty();
            }
            PolicyVersion next = due.get(due.size() - 1);
            store.lockInForce().ifPresent(v -> store.setStatus(v.id(), VersionStatus.SUPERSEDED));
            due.subList(0, due.size() - 1).forEach(v -> store.setStatus(v.id(), VersionStatus.SUPERSEDED));
            store.setStatus(next.id(), VersionStatus.IN_FORCE);
            events.publishEvent(AuditEvent.of("POLICY_VERSION_IN_FORCE", "policy_version", next.id(), next.label()));
            return Optional.of(next);
        });
    }

    /**
     * Flips the due versions, follows the one in force, and when this node brought a version into force and runs it,
     * has the province re-evaluated under it: the households whose outcome the change moves are flagged for review
     * cases (the bulk re-evaluation's flags), never changed silently.
     */
    void flipAndFollow(boolean waitForOthers) {
        Optional<PolicyVersion> flipped = flipDue(waitForOthers);
        followInForce();
        flipped.filter(v -> v.id() == activeId && reviewAfterPublication).ifPresent(v -> {
            try {
                var job = reevaluations.startAfterPublication(v.label(), LocalDate.now(VIETNAM));
                log.info("Version {} in force: province re-evaluation {} flags the households it moves", v.label(), job.jobId());
            } catch (RuntimeException e) {
                log.error("Version {} in force, but its province re-evaluation could not start: {}", v.label(), e.getMessage());
            }
        });
    }

    void reviewAfterPublication(boolean on) {
        this.reviewAfterPublication = on;
    }

    /** This node runs the version in force in PostgreSQL; a build refused here keeps the old rules and is logged once. */
    synchronized void followInForce() {
        PolicyVersion v = store.inForce().orElse(null);
        if (v == null || v.id() == activeId || v.id() == refusedId) {
            return;
        }
        try {
            if (v.treeHash().equals(folderTree) && eligibility.ruleSetFolder().toAbsolutePath().normalize()
                    .equals(rulesDir.toAbsolutePath().normalize())) {
                eligibility.relabel(v.label());
            } else {
                eligibility.activate(materializer.folder(store.contents(v.id())), v.label());
            }
            activeId = v.id();
        } catch (RuntimeException e) {
            refusedId = v.id();
            log.error("Version {} is in force but this node cannot build it; the rules it ran stay: {}", v.label(), e.getMessage());
        }
    }

    /** The id of the version this node runs. */
    long activeId() {
        return activeId;
    }

    @Scheduled(initialDelayString = "${ansinh.policy.poll:2s}", fixedDelayString = "${ansinh.policy.poll:2s}")
    void poll() {
        try {
            flipAndFollow(false);
        } catch (RuntimeException e) {
            log.warn("Policy version poll failed: {}", e.getMessage());
        }
    }
}
