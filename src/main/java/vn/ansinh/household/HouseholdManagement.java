package vn.ansinh.household;

import vn.ansinh.common.Formats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.common.audit.AuditEvent;
import vn.ansinh.common.FieldErrorsResponse.FieldError;
import vn.ansinh.common.NotFoundException;
import vn.ansinh.common.TextSearch;
import vn.ansinh.geography.AdminUnit;
import vn.ansinh.geography.Geography;
import vn.ansinh.common.access.Act;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.CurrentUser;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Permissions;
import vn.ansinh.common.access.Role;

/** The door to the household register. Reads are scoped to the caller's jurisdiction; writes are the acts {@link Act} gives commune officers (in their commune) and administrators. */
@Service
public class HouseholdManagement {

    static final int MAX_REASON = 500;

    private final Households households;
    private final Members members;
    private final Geography geography;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Permissions permissions;
    private final PovertyYears povertyYears;
    private final Validator validator;
    private final MemberRemovals removals;
    private final HouseholdSearch search;

    HouseholdManagement(Households households, Members members, Geography geography, CurrentUser currentUser,
                        MessageSource messages, ApplicationEventPublisher events, Permissions permissions,
                        PovertyYears povertyYears, Validator validator, MemberRemovals removals,
                        HouseholdSearch search) {
        this.search = search;
        this.removals = removals;
        this.validator = validator;
        this.permissions = permissions;
        this.households = households;
        this.members = members;
        this.geography = geography;
        this.currentUser = currentUser;
        this.messages = messages;
        this.events = events;
        this.povertyYears = povertyYears;
    }

    /**
     * How many households the register holds in the village of household {@code householdId} (0 when it has no
     * village): the most a village meeting about it can gather. The caller has already found the household in its area.
     */
    @Transactional(readOnly = true)
    public long householdsInVillageOf(long householdId) {
        return households.countInVillageOf(householdId);
    }

    /** Households matching {@code query} (diacritics ignored) within the caller's area, by id; the total is capped (HouseholdPage). */
    @Transactional(readOnly = true)
    public HouseholdPage search(String query, Pageable pageable) {
        HouseholdSearch.Result found = search.find(currentUser.jurisdiction(), TextSearch.containsPattern(query), pageable);
        return HouseholdPage.of(matched(found.rows(), query), pageable, found.counted());
    }

    /**
     * Says which member a row was found by, when the query is not in the head's name, the address, village or code
     * but in a member's name or CCCD (diacritics ignored, as the search does): one query for the page's households.
     */
    private List<HouseholdSummary> matched(List<HouseholdSummary> found, String query) {
        String key = TextSearch.key(query);
        if (key.isEmpty() || found.isEmpty()) {
            return found;
        }
        List<Long> byMember = found.stream().filter(h -> !(has(h.code(), key) || has(h.headName(), key)
                || has(h.address(), key) || has(h.village(), key))).map(HouseholdSummary::id).toList();
        if (byMember.isEmpty()) {
            return found;
        }
        Map<Long, String> matches = new HashMap<>();
        for (Object[] row : search.membersOf(byMember)) {
            Long household = (Long) row[0];
            String name = (String) row[1];
            String cccd = (String) row[2];
            if (!matches.containsKey(household) && (has(name, key) || (cccd != null && cccd.trim().contains(key)))) {
                matches.put(household, name);
            }
        }
        return found.stream().map(h -> matches.containsKey(h.id()) ? h.matching(matches.get(h.id())) : h).toList();
    }

    private static boolean has(String text, String key) {
        return text != null && TextSearch.key(text).contains(key);
    }

    @Transactional(readOnly = true)
    public Optional<HouseholdView> findWithin(long id, Jurisdiction scope) {
        return households.findByIdWithin(id, scope).map(Household::toView);
    }

    /** Code, head and village of these households, those within {@code scope} only (others are left out). */
    @Transactional(readOnly = true)
    public Map<Long, HouseholdLabel> labelsOf(java.util.Collection<Long> ids, Jurisdiction scope) {
        Map<Long, HouseholdLabel> labels = new HashMap<>();
        if (ids.isEmpty()) {
            return labels;
        }
        for (Object[] row : households.labelsWithin(java.util.Set.copyOf(ids), scope.level().name(), scope.code())) {
            labels.put((Long) row[0], new HouseholdLabel((Long) row[0], (String) row[1], (String) row[2],
                    (String) row[3], (String) row[4]));
        }
        return labels;
    }

    /** Full names of these members, those whose household is within {@code scope} only (others are left out). */
    @Transactional(readOnly = true)
    public Map<Long, String> memberNamesOf(java.util.Collection<Long> memberIds, Jurisdiction scope) {
        Map<Long, String> names = new HashMap<>();
        if (!memberIds.isEmpty()) {
            for (Object[] row : members.namesWithin(java.util.Set.copyOf(memberIds), scope.level().name(), scope.code())) {
                names.put((Long) row[0], (String) row[1]);
            }
        }
        return names;
    }

    /**
     * The households of a village within {@code scope} (and {@code communeCode}, when given; a village's name
     * repeats from commune to commune), at most {@code limit}: for lists that filter by village.
     */
    @Transactional(readOnly = true)
    public List<Long> idsInVillage(String village, String communeCode, Jurisdiction scope, int limit) {
        return households.idsInVillage(village, communeCode, scope.level().name(), scope.code(), limit);
    }

    /** The villages of a commune's households, for a filter's choices. */
    @Transactional(readOnly = true)
    public List<String> villagesOf(String communeCode) {
        return households.villagesOf(communeCode);
    }

    /** The id of the household with this register code, if the signed-in user may see it. */
    @Transactional(readOnly = true)
    public Optional<Long> idOfCode(String householdCode) {
        Jurisdiction scope = currentUser.jurisdiction();
        return households.findIdByCodeWithin(householdCode.strip(), scope.level().name(), scope.code());
    }

    /** The household if the signed-in user may see it; otherwise 404, and the attempt is audited. */
    @Transactional(readOnly = true)
    public HouseholdView get(long id) {
        HouseholdView view = findWithin(id, currentUser.jurisdiction()).orElseThrow(() -> refused(id));
        events.publishEvent(AuditEvent.of("HOUSEHOLD_READ", "household", id, null));
        return view;
    }

    @Transactional
    public HouseholdView register(HouseholdForm form) {
        AppUserPrincipal user = permissions.require(Act.REGISTER_HOUSEHOLD, "household", null);
        AdminUnit commune = communeFor(form, user);
        Household household = create(commune, form, !form.isConfirmDuplicate());
        events.publishEvent(AuditEvent.of("HOUSEHOLD_CREATED", "household", household.id(),
                household.members().size() + " members, commune " + commune.code()));
        return household.toView();
    }

    /** Households of the commune whose head has the new head's name (diacritic-insensitive), birth date and village. */
    private List<DuplicateHousehold.Match> sameHeadAndVillage(String communeCode, HouseholdForm form) {
        return sameHeadAndVillage(communeCode, form, null);
    }

    /** The same, from the import's batch when given (it holds the register's heads of those days, and the chunk's). */
    private List<DuplicateHousehold.Match> sameHeadAndVillage(String communeCode, HouseholdForm form, ImportBatch batch) {
        Optional<LocalDate> born = headBorn(form);
        if (born.isEmpty() || form.getHeadName() == null) {
            return List.of();
        }
        String name = TextSearch.key(form.getHeadName());
        String village = TextSearch.key(form.getVillage());
        List<DuplicateHousehold.Match> sameDay = batch != null ? batch.headsBornOn(communeCode, born.get())
                : households.headsBornOn(communeCode, born.get()).stream()
                        .map(h -> new DuplicateHousehold.Match((Long) h[0], (String) h[1], (String) h[2], (String) h[3]))
                        .toList();
        return sameDay.stream()
                .filter(h -> TextSearch.key(h.headName()).equals(name) && TextSearch.key(h.village()).equals(village))
                .toList();
    }

    private static Optional<LocalDate> headBorn(HouseholdForm form) {
        return form.getMembers().stream().filter(m -> m.getRelation() == Relation.HEAD)
                .map(MemberForm::getBirthDate).filter(java.util.Objects::nonNull).findFirst();
    }

    private static java.util.Set<String> cccdsOf(HouseholdForm form) {
        java.util.Set<String> cccds = new java.util.HashSet<>();
        form.getMembers().stream().map(MemberForm::getCccd).filter(c -> c != null && !c.isBlank())
                .forEach(c -> cccds.add(c.trim()));
        return cccds;
    }

    /** Seeding and bulk import: registers in the given commune without a signed-in user; the same checks apply. */
    @Transactional
    public HouseholdView importInto(String communeCode, HouseholdForm form) {
        AdminUnit commune = geography.commune(communeCode).orElseThrow(() -> reject("communeCode", "household.commune.unknown"));
        return create(commune, form, false).toView();
    }

    /**
     * Bulk import of one household: the form's checks (its Bean Validation constraints, then the register's own —
     * merit codes, dates, CCCD unique), answered as field errors instead of thrown, so one refused household leaves
     * the import's transaction usable. {@code existingId} null registers a new household in {@code communeCode};
     * otherwise updates that household (found within {@code scope}), keeping the members the file does not list.
     * The caller (the import room) has checked the act and that the commune lies in the importer's jurisdiction.
     * A new household's inserts wait for the transaction's next flush (JDBC batches); {@code batch} says which wait,
     * so that the checks of a later household still see them (ImportBatch).
     */
    @Transactional
    public ImportedHousehold importHousehold(String communeCode, Long existingId, Jurisdiction scope, HouseholdForm form,
                                             ImportBatch batch) {
        List<FieldError> errors = new ArrayList<>();
        validator.validate(form).forEach(v -> errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage())));
        if (!errors.isEmpty()) {
            return ImportedHousehold.refused(errors);
        }
        Optional<LocalDate> born = headBorn(form);
        if (existingId == null) {
            AdminUnit commune = geography.commune(communeCode).orElse(null);
            if (commune == null) {
                return ImportedHousehold.refused(List.of(error("communeCode", "household.commune.unknown")));
            }
            errors.addAll(memberProblems(form, null, batch));
            List<DuplicateHousehold.Match> same = errors.isEmpty() ? sameHeadAndVillage(commune.code(), form, batch) : List.of();
            if (!same.isEmpty()) {
                errors.add(error("headName", "household.import.possibleDuplicate",
                        String.join(", ", same.stream().map(DuplicateHousehold.Match::code).toList())));
            }
            if (!errors.isEmpty()) {
                return ImportedHousehold.refused(errors);
            }
            Household household = new Household(newCode(commune.code()), commune.code(), commune.parentCode(), commune.area());
            household.describe(form);
            household.replaceMembers(form.getMembers());
            households.save(household);
            batch.saved(household, born.orElse(null));
            return ImportedHousehold.created(household.id());
        }
        if (batch.send()) {
            households.flush();
        }
        Household household = households.findByIdWithin(existingId, scope).orElse(null);
        if (household == null) {
            return ImportedHousehold.refused(List.of(error("communeCode", "household.commune.outside")));
        }
        List<MemberForm> kept = new ArrayList<>(form.getMembers());
        household.toView().members().stream().filter(m -> kept.stream().noneMatch(f -> m.id().equals(f.getId())))
                .forEach(m -> kept.add(MemberForm.from(m)));
        form.setMembers(kept);
        errors.addAll(memberProblems(form, existingId, null));
        if (!errors.isEmpty()) {
            return ImportedHousehold.refused(errors);
        }
        household.describe(form);
        List<Member> died = household.replaceMembers(form.getMembers());
        died.forEach(member -> announceDeath(household, member));
        households.flush();
        batch.updated(household, born.orElse(null));
        return ImportedHousehold.updated(household.id());
    }

    /**
     * What the checks of an import chunk's new households ask the register, read once for the chunk: who holds the
     * forms' CCCDs, and the households of these communes whose head was born on one of the forms' heads' birth days.
     * In the chunk's transaction, before its first {@link #importHousehold}; see ImportBatch.
     */
    @Transactional
    public ImportBatch importBatch(java.util.Collection<String> communeCodes, java.util.Collection<HouseholdForm> forms) {
        java.util.Set<String> cccds = new java.util.HashSet<>();
        java.util.Set<LocalDate> days = new java.util.HashSet<>();
        for (HouseholdForm form : forms) {
            cccds.addAll(cccdsOf(form));
            headBorn(form).ifPresent(days::add);
        }
        return new ImportBatch(cccds.isEmpty() ? List.of() : members.holdersOf(List.copyOf(cccds)),
                days.isEmpty() || communeCodes.isEmpty() ? List.of() : households.headsBornOnAny(communeCodes, days));
    }

    /** Who holds these CCCD numbers in the register: for the import's matching of people and households. */
    @Transactional(readOnly = true)
    public Map<String, CccdHolder> holdersOf(java.util.Collection<String> cccds) {
        Map<String, CccdHolder> holders = new HashMap<>();
        if (cccds.isEmpty()) {
            return holders;
        }
        for (Object[] row : members.holdersWithHousehold(List.copyOf(cccds))) {
            holders.put(((String) row[0]).trim(), new CccdHolder((Long) row[1], (Long) row[2], (String) row[3],
                    (String) row[4], (String) row[5]));
        }
        return holders;
    }

    private Household create(AdminUnit commune, HouseholdForm form, boolean refuseDuplicate) {
        checkMembers(form, null);
        if (refuseDuplicate) {
            List<DuplicateHousehold.Match> matches = sameHeadAndVillage(commune.code(), form);
            if (!matches.isEmpty()) {
                throw new DuplicateHousehold(matches);
            }
        }
        Household household = new Household(newCode(commune.code()), commune.code(), commune.parentCode(), commune.area());
        household.describe(form);
        household.replaceMembers(form.getMembers());
        return households.saveAndFlush(household);
    }

    @Transactional(readOnly = true)
    public long count() {
        return households.count();
    }

    /** Households registered in one commune (a number for overviews; no jurisdiction needed to count). */
    @Transactional(readOnly = true)
    public long countInCommune(String communeCode) {
        return households.countByCommuneCode(communeCode);
    }

    @Transactional
    public HouseholdView update(long id, HouseholdForm form) {
        Household household = households.findByIdWithin(id, currentUser.jurisdiction()).orElseThrow(() -> refused(id));
        permissions.require(Act.EDIT_HOUSEHOLD, "household", id);
        if (form.getVersion() != null && form.getVersion() != household.version()) {
            throw new StaleFormException();
        }
        checkMembers(form, id);
        checkMemberIds(form, household);
        household.describe(form);
        List<Member> died = household.replaceMembers(form.getMembers());
        households.saveAndFlush(household);
        events.publishEvent(AuditEvent.of("HOUSEHOLD_UPDATED", "household", id, null));
        died.forEach(member -> announceDeath(household, member));
        return household.toView();
    }

    /** Records the household's status on the commune's approved list from a decision date (casework). */
    @Transactional
    public void recognise(long householdId, PovertyStatus status, LocalDate since) {
        Household household = households.findById(householdId).orElseThrow(() -> new NotFoundException("household"));
        household.recognise(status, since);
        povertyYears.record(householdId, since.getYear(), status, null, since, PovertyYears.CASE_DECISION);
        events.publishEvent(AuditEvent.of("HOUSEHOLD_STATUS", "household", householdId, status + " from " + since));
    }

    /**
     * Records a member's death, once: {@link MemberDied} lets payments stop the monthly allowances and casework open
     * funeral support. A death already recorded stays as it is (withdrawing one is {@link #correctDeath}).
     */
    @Transactional
    public HouseholdView recordDeath(long householdId, long memberId, LocalDate day) {
        Household household = households.findByIdWithin(householdId, currentUser.jurisdiction())
                .orElseThrow(() -> refused(householdId));
        permissions.require(Act.RECORD_DEATH, "household", householdId);
        Member member = household.members().stream().filter(m -> m.id().equals(memberId)).findFirst()
                .orElseThrow(() -> new NotFoundException("member"));
        if (day.isAfter(LocalDate.now(Formats.PROVINCE))) {
            throw reject("diedOn", "member.deceasedOn.future");
        }
        LocalDate born = member.birthDate();
        if (born != null && day.isBefore(born)) {
            throw reject("diedOn", "member.deceasedOn.beforeBirth");
        }
        if (member.deceasedOn() == null) {
            member.recordDeath(day);
            announceDeath(household, member);
        }
        return household.toView();
    }

    /**
     * Withdraws a recorded death entered by mistake: audited with its reason, and {@link MemberDeathCorrected} lets
     * payments and casework reverse what the death did (or refuse, and then nothing changes).
     */
    @Transactional
    public HouseholdView correctDeath(long householdId, long memberId, String reason) {
        Household household = households.findByIdWithin(householdId, currentUser.jurisdiction())
                .orElseThrow(() -> refused(householdId));
        permissions.require(Act.RECORD_DEATH, "household", householdId);
        Member member = household.members().stream().filter(m -> m.id().equals(memberId)).findFirst()
                .orElseThrow(() -> new NotFoundException("member"));
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw reject("reason", "member.deathCorrection.reason", MAX_REASON);
        }
        LocalDate diedOn = member.deceasedOn();
        if (diedOn == null) {
            throw reject("memberId", "member.deathCorrection.notDeceased");
        }
        member.withdrawDeath();
        households.saveAndFlush(household);
        events.publishEvent(AuditEvent.of("MEMBER_DEATH_CORRECTED", "household_member", memberId,
                "death on " + diedOn + " withdrawn: " + why));
        events.publishEvent(household.deathWithdrawn(member, diedOn, why));
        return household.toView();
    }

    /**
     * Removes a member from the household (moved away, registered twice, entered by mistake), with the reason: from
     * then on they count in none of the household's facts, evaluations or searches; the household's history keeps
     * them ({@link #formerMembers}) and {@link MemberRemoved} is audited. The head cannot be removed (name another
     * head first), nor a household's last member.
     */
    @Transactional
    public HouseholdView removeMember(long householdId, long memberId, String reason) {
        Household household = households.findByIdWithin(householdId, currentUser.jurisdiction())
                .orElseThrow(() -> refused(householdId));
        AppUserPrincipal user = permissions.require(Act.EDIT_HOUSEHOLD, "household", householdId);
        Member member = household.members().stream().filter(m -> m.id().equals(memberId)).findFirst()
                .orElseThrow(() -> new NotFoundException("member"));
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw reject("reason", "member.removal.reason", MAX_REASON);
        }
        if (member.relation() == Relation.HEAD || household.members().size() == 1) {
            throw reject("memberId", "member.removal.head");
        }
        removals.record(householdId, member, why, user.username());
        MemberRemoved removed = household.remove(member, why, LocalDate.now(vn.ansinh.common.Formats.PROVINCE));
        households.saveAndFlush(household);
        events.publishEvent(removed);
        return household.toView();
    }

    /** The members removed from a household, newest first, if the signed-in user may see the household. */
    @Transactional(readOnly = true)
    public List<FormerMember> formerMembers(long householdId) {
        households.findByIdWithin(householdId, currentUser.jurisdiction()).orElseThrow(() -> refused(householdId));
        return removals.of(householdId);
    }

    private void announceDeath(Household household, Member member) {
        events.publishEvent(AuditEvent.of("MEMBER_DECEASED", "household_member", member.id(), "on " + member.deceasedOn()));
        events.publishEvent(household.deathOf(member));
    }

    private NotFoundException refused(long id) {
        events.publishEvent(AuditEvent.refusal("HOUSEHOLD_ACCESS_REFUSED", "household", id, "not found in jurisdiction"));
        return new NotFoundException("household " + id);
    }

    private AdminUnit communeFor(HouseholdForm form, AppUserPrincipal user) {
        String code = form.getCommuneCode();
        if (user.hasRole(Role.COMMUNE_OFFICER)) {
            if (code != null && !code.isBlank() && !code.equals(user.jurisdiction().code())) {
                throw reject("communeCode", "household.commune.outside");
            }
            code = user.jurisdiction().code();
        }
        return geography.commune(code).orElseThrow(() -> reject("communeCode", "household.commune.unknown"));
    }

    private void checkMembers(HouseholdForm form, Long householdId) {
        List<FieldError> errors = memberProblems(form, householdId, null);
        if (!errors.isEmpty()) {
            throw new HouseholdRejected(errors);
        }
    }

    /** The members' own problems, and CCCDs held by others: in the register, or the import's batch when given. */
    private List<FieldError> memberProblems(HouseholdForm form, Long householdId, ImportBatch batch) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<MemberForm> list = form.getMembers();
        for (int i = 0; i < list.size(); i++) {
            MemberForm member = list.get(i);
            List<String> invalid = List.copyOf(MeritCategories.invalidIn(MeritCategories.normalise(member.getMeritCategories())));
            if (!invalid.isEmpty()) {
                errors.add(error("members[" + i + "].meritCategories", "member.merit.unknown", String.join(", ", invalid)));
            }
            if (member.getDeceasedOn() != null && member.getBirthDate() != null
                    && member.getDeceasedOn().isBefore(member.getBirthDate())) {
                errors.add(error("members[" + i + "].deceasedOn", "member.deceasedOn.beforeBirth"));
            }
            String cccd = member.getCccd();
            if (cccd != null && !cccd.isBlank() && seen.putIfAbsent(cccd.trim(), i) != null) {
                errors.add(error("members[" + i + "].cccd", "member.cccd.duplicate"));
            }
        }
        if (!seen.isEmpty()) {
            for (Object[] holder : batch != null ? batch.holdersOf(seen.keySet())
                    : members.holdersOf(List.copyOf(seen.keySet()))) {
                Long memberId = (Long) holder[0];
                boolean sameMember = householdId != null && householdId.equals(holder[1])
                        && list.stream().anyMatch(m -> memberId.equals(m.getId()));
                if (!sameMember) {
                    errors.add(error("members[" + seen.get(((String) holder[2]).trim()) + "].cccd", "member.cccd.taken"));
                }
            }
        }
        return errors;
    }

    /** A member row of an edit names a member of this household, or none (a new member). */
    private void checkMemberIds(HouseholdForm form, Household household) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < form.getMembers().size(); i++) {
            Long memberId = form.getMembers().get(i).getId();
            if (memberId != null && household.members().stream().noneMatch(m -> memberId.equals(m.id()))) {
                errors.add(error("members[" + i + "].id", "member.id.unknown"));
            }
        }
        if (!errors.isEmpty()) {
            throw new HouseholdRejected(errors);
        }
    }

    private HouseholdRejected reject(String field, String key, Object... args) {
        return new HouseholdRejected(List.of(error(field, key, args)));
    }

    private FieldError error(String field, String key, Object... args) {
        return new FieldError(field, messages.getMessage(key, args, LocaleContextHolder.getLocale()));
    }

    private String newCode(String communeCode) {
        return "HGD-" + communeCode + "-" + String.format("%06d", households.nextCodeNumber());
    }
}
