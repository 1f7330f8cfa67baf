package vn.ansinh.casework.campaign;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowable.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.casework.CaseClock;
import vn.ansinh.common.FieldErrorsResponse.FieldError;
import vn.ansinh.common.InvalidInput;
import vn.ansinh.common.NotFoundException;
import vn.ansinh.common.access.Act;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.CurrentUser;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Permissions;
import vn.ansinh.common.audit.AuditEvent;
import vn.ansinh.household.HouseholdArea;
import vn.ansinh.household.PovertyYears;

/**
 * The door to the annual review campaign (POLICY.md §3.3; README "Annual review campaign"). Province policy staff
 * open the year's campaign ({@link Act#RUN_REVIEW_CAMPAIGN}, the province's jurisdiction; one campaign a year and
 * one open at a time): its list — every household on a poor / near-poor list, with a pending request, or with a
 * pending poverty flag of a bulk re-evaluation — is fixed and an annual review case opened for each household (its
 * open poverty case taken up instead, never a second) by Flowable jobs in chunks
 * ({@code processes/review-campaign.bpmn20.xml}). Everyone reads its progress within their own area. Closing fixes
 * the year's official statuses ({@code household_year_status}, what the plan tracker counts) and makes the campaign
 * read-only; cases still open are refused unless the close confirms leaving them to the next year.
 */
@Service
public class Campaigns {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    static final int MIN_CHUNK = 5;
    static final int MAX_CHUNK = 10_000;

    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final CampaignRows rows;
    private final RuntimeService runtime;
    private final PovertyYears povertyYears;
    private final CaseClock clock;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final int chunkSize;

    Campaigns(Permissions permissions, CurrentUser currentUser, CampaignRows rows, RuntimeService runtime,
              PovertyYears povertyYears, CaseClock clock, ApplicationEventPublisher events,
              MessageSource messages, @Value("${ansinh.campaign.chunk-size:500}") int chunkSize) {
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.rows = rows;
        this.runtime = runtime;
        this.povertyYears = povertyYears;
        this.clock = clock;
        this.events = events;
        this.messages = messages;
        this.chunkSize = chunkSize;
    }

    /** What {@code POST /api/campaigns} answers (202). */
    public record Accepted(long id) {
    }

    /**
     * Opens the campaign of {@code year} from {@code startsOn} to {@code endsOn} (ISO dates within the year): bad
     * input is 400 with the fields, a campaign of the year or another open one 409 ({@link CampaignRefused}).
     */
    @Transactional
    public Accepted open(Integer year, String startsOn, String endsOn) {
        return open(year, startsOn, endsOn, null);
    }

    /** The same with the households a chunk ({@value #MIN_CHUNK}–{@value #MAX_CHUNK}; default {@code ansinh.campaign.chunk-size}). */
    @Transactional
    public Accepted open(Integer year, String startsOn, String endsOn, Integer chunk) {
        AppUserPrincipal user = requireProvince("year " + year);
        List<FieldError> errors = new ArrayList<>();
        if (year == null) {
            errors.add(new FieldError("year", message("campaign.year.required")));
        } else if (year < MIN_YEAR || year > MAX_YEAR) {
            errors.add(new FieldError("year", message("campaign.year.range", String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR))));
        }
        LocalDate starts = date("startsOn", startsOn, year, errors);
        LocalDate ends = date("endsOn", endsOn, year, errors);
        if (starts != null && ends != null && ends.isBefore(starts)) {
            errors.add(new FieldError("endsOn", message("campaign.endsOn.beforeStart")));
        }
        if (chunk != null && (chunk < MIN_CHUNK || chunk > MAX_CHUNK)) {
            errors.add(new FieldError("chunkSize", message("campaign.chunkSize.range", String.valueOf(MIN_CHUNK),
                    String.valueOf(MAX_CHUNK))));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (rows.ofYear(year).isPresent()) {
            throw new CampaignRefused("campaign.year.exists", "a campaign of " + year + " exists");
        }
        rows.open().ifPresent(other -> {
            throw new CampaignRefused("campaign.other.open", "the campaign of " + other.year() + " is still open");
        });
        long id;
        try {
            id = rows.insert(year, starts, ends, user.username(), chunk == null ? chunkSize : chunk);
        } catch (DuplicateKeyException raced) {
            throw new CampaignRefused("campaign.other.open", "another campaign was opened meanwhile");
        }
        runtime.startProcessInstanceByKey(CampaignSteps.PLANNING_PROCESS, CampaignSteps.businessKey(id),
                Map.of("campaignId", id));
        events.publishEvent(new CampaignOpened(id, year, starts, ends));
        return new Accepted(id);
    }

    /** The campaign and its counts within the caller's area. */
    @Transactional(readOnly = true)
    public CampaignStatus status(long id) {
        return statusOf(find(id), currentUser.jurisdiction());
    }

    /** The campaigns, latest year first, with the caller's counts. */
    @Transactional(readOnly = true)
    public List<CampaignStatus> recent() {
        Jurisdiction area = currentUser.jurisdiction();
        return rows.recent(20).stream().map(c -> statusOf(c, area)).toList();
    }

    /** Per commune of the caller's area: its households and where their cases stand. */
    @Transactional(readOnly = true)
    public List<CampaignRows.CommuneCounts> communes(long id) {
        return rows.countsByCommune(find(id).id(), currentUser.jurisdiction());
    }

    /**
     * Closes the campaign: refused while its cases are still being opened, when it is closed already, and — unless
     * {@code leaveOpenCases} — while any of its cases is open (409 with their number). The year's official status of
     * every household on its list and every household on a list now is written from the register (approved cases set
     * it), and the campaign becomes read-only; cases left open carry on and the next campaign takes them up.
     */
    @Transactional
    public CampaignStatus close(long id, boolean leaveOpenCases) {
        AppUserPrincipal user = requireProvince("campaign " + id);
        CampaignRows.Campaign campaign = rows.lock(id).orElseThrow(() -> notFound(id));
        if (campaign.closed()) {
            throw new CampaignRefused("campaign.closed", "campaign " + id + " is closed");
        }
        if (campaign.plannedAt() == null || rows.chunksDone(id) < campaign.chunks()) {
            throw new CampaignRefused("campaign.stillOpening", "campaign " + id + " is still opening its cases");
        }
        long open = rows.openCases(id);
        if (open > 0 && !leaveOpenCases) {
            throw new CampaignRefused("campaign.casesOpen", open + " cases of campaign " + id + " are still open", open);
        }
        Set<Long> listed = new LinkedHashSet<>(rows.householdIds(id));
        povertyYears.onPovertyLists(campaign.year()).stream().map(HouseholdArea::householdId).forEach(listed::add);
        int fixed = povertyYears.fixYear(campaign.year(), listed, clock.today());
        rows.closed(id, user.username(), open, fixed);
        events.publishEvent(new CampaignClosed(id, campaign.year(), fixed, open));
        return statusOf(rows.find(id).orElseThrow(), user.jurisdiction());
    }

    /** Whether the signed-in user may open and close campaigns (the pages show the forms). */
    public boolean mayRun() {
        return permissions.allows(Act.RUN_REVIEW_CAMPAIGN)
                && currentUser.find().map(u -> u.jurisdiction().level() == Jurisdiction.Level.PROVINCE).orElse(false);
    }

    /** The campaign open now, if any (cases opened from a flag join it). */
    Long openCampaignId() {
        return rows.open().map(CampaignRows.Campaign::id).orElse(null);
    }

    private AppUserPrincipal requireProvince(String subject) {
        AppUserPrincipal user = permissions.require(Act.RUN_REVIEW_CAMPAIGN, "review_campaign", subject);
        if (user.jurisdiction().level() != Jurisdiction.Level.PROVINCE) {
            throw permissions.refuse(Act.RUN_REVIEW_CAMPAIGN, user.role(), "review_campaign", subject);
        }
        return user;
    }

    private CampaignRows.Campaign find(long id) {
        return rows.find(id).orElseThrow(() -> notFound(id));
    }

    private NotFoundException notFound(long id) {
        events.publishEvent(AuditEvent.refusal("CAMPAIGN_ACCESS_REFUSED", "review_campaign", id, "no such campaign"));
        return new NotFoundException("campaign " + id);
    }

    private CampaignStatus statusOf(CampaignRows.Campaign c, Jurisdiction area) {
        List<CampaignRows.CommuneCounts> counts = rows.countsByCommune(c.id(), area);
        long listed = 0, opened = 0, assessment = 0, meeting = 0, posted = 0, approval = 0, decided = 0;
        for (CampaignRows.CommuneCounts k : counts) {
            listed += k.households();
            opened += k.opened();
            assessment += k.assessment();
            meeting += k.meeting();
            posted += k.posted();
            approval += k.approval();
            decided += k.decided();
        }
        int chunksDone = c.plannedAt() == null ? 0 : rows.chunksDone(c.id());
        boolean openingDone = c.plannedAt() != null && chunksDone >= c.chunks();
        String status = c.closed() ? "CLOSED" : openingDone ? "OPEN" : rows.deadLettered(c.id()) ? "FAILED" : "OPENING";
        int progress = openingDone || c.closed() ? 100 : c.plannedAt() == null || c.chunks() == 0 ? 0
                : Math.min(99, chunksDone * 100 / c.chunks());
        return new CampaignStatus(c.id(), c.year(), c.startsOn(), c.endsOn(), status, progress, listed, opened,
                new CampaignStatus.ByStep(assessment, meeting, posted, approval, decided), c.chunks(), chunksDone,
                c.openedBy(), c.openedAt(), c.closedBy(), c.closedAt(), c.leftOpen(), c.fixed());
    }

    private LocalDate date(String field, String text, Integer year, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, message("campaign.date.required")));
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            if (year != null && day.getYear() != year) {
                errors.add(new FieldError(field, message("campaign.date.inYear", String.valueOf(year))));
            }
            return day;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, message("campaign.date.invalid")));
            return null;
        }
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
