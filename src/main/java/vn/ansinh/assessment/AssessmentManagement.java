package vn.ansinh.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.common.FieldErrorsResponse.FieldError;
import vn.ansinh.common.InvalidInput;
import vn.ansinh.household.HouseholdManagement;
import vn.ansinh.common.access.Act;
import vn.ansinh.common.access.CurrentUser;
import vn.ansinh.common.access.Permissions;

/** The door to survey answers. Recording checks the household is in the caller's jurisdiction, then the role ({@link Act#ASSESS}). */
@Service
public class AssessmentManagement {

    private final Assessments assessments;
    private final HouseholdManagement households;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Permissions permissions;

    AssessmentManagement(Assessments assessments, HouseholdManagement households, CurrentUser currentUser,
                         MessageSource messages, ApplicationEventPublisher events, Permissions permissions) {
        this.permissions = permissions;
        this.assessments = assessments;
        this.households = households;
        this.currentUser = currentUser;
        this.messages = messages;
        this.events = events;
    }

    @Transactional
    public AssessmentView record(long householdId, AssessmentForm form) {
        households.get(householdId);
        permissions.require(Act.ASSESS, "household", householdId);
        checkIndicators(form);
        Assessment saved = assessments.save(new Assessment(householdId, form,
                currentUser.find().map(u -> u.username()).orElse("system")));
        events.publishEvent(new AssessmentRecorded(householdId, saved.toView().id(), form.getAssessedOn()));
        return saved.toView();
    }

    /** Seeding and bulk jobs: no jurisdiction check, no audit row per household. */
    @Transactional
    public AssessmentView recordUnchecked(long householdId, AssessmentForm form, String by) {
        checkIndicators(form);
        return assessments.save(new Assessment(householdId, form, by)).toView();
    }

    @Transactional(readOnly = true)
    public Optional<AssessmentView> latest(long householdId) {
        return assessments.findFirstByHouseholdIdOrderByAssessedOnDescIdDesc(householdId).map(Assessment::toView);
    }

    @Transactional(readOnly = true)
    public Optional<AssessmentView> find(long assessmentId) {
        return assessments.findById(assessmentId).map(Assessment::toView);
    }

    @Transactional(readOnly = true)
    public List<AssessmentView> history(long householdId) {
        return assessments.findByHouseholdIdOrderByAssessedOnDescIdDesc(householdId).stream().map(Assessment::toView).toList();
    }

    private void checkIndicators(AssessmentForm form) {
        IndicatorSet set = IndicatorSet.inForceOn(form.getAssessedOn());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < form.getDeprivations().size(); i++) {
            String code = form.getDeprivations().get(i);
            if (!set.contains(code)) {
                errors.add(new FieldError("deprivations[" + i + "]", messages.getMessage("assessment.indicator.wrongStandard",
                        new Object[]{code, set.name()}, LocaleContextHolder.getLocale())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
