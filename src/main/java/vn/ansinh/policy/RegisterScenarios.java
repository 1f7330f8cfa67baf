package vn.ansinh.policy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import vn.ansinh.common.FieldErrorsResponse.FieldError;
import vn.ansinh.common.InvalidInput;
import vn.ansinh.common.access.Act;
import vn.ansinh.common.access.Permissions;
import vn.ansinh.eligibility.EligibilityManagement;
import vn.ansinh.household.HouseholdManagement;

/**
 * Scenarios made of registered households: policy staff name a household by its register code, and the draft's
 * {@code tests/from_register.yaml} gains a scenario of its facts (no names, no ids) with today's outputs as the
 * expected values, which they then adjust in the editor to what the law should give.
 */
@Service
public class RegisterScenarios {

    /** The file the scenarios taken from the register are appended to. */
    public static final String FILE = "tests/from_register.yaml";
    private static final int MAX_NAME = 200;

    private final PolicyWorkbench workbench;
    private final EligibilityManagement eligibility;
    private final HouseholdManagement households;
    private final Permissions permissions;
    private final MessageSource messages;

    RegisterScenarios(PolicyWorkbench workbench, EligibilityManagement eligibility, HouseholdManagement households,
                      Permissions permissions, MessageSource messages) {
        this.workbench = workbench;
        this.eligibility = eligibility;
        this.households = households;
        this.permissions = permissions;
        this.messages = messages;
    }

    /** The file the scenario went into and the draft's findings after the save. */
    public record Added(String path, String name, List<Finding> findings) {
    }

    public Added add(long draftId, String householdCode, LocalDate asOf, String name) {
        permissions.require(Act.DRAFT_RULES, "policy_version", draftId);
        List<FieldError> errors = new ArrayList<>();
        Long householdId = null;
        if (householdCode == null || householdCode.isBlank()) {
            errors.add(error("householdCode", "policy.scenario.householdRequired"));
        } else {
            householdId = households.idOfCode(householdCode).orElse(null);
            if (householdId == null) {
                errors.add(error("householdCode", "policy.scenario.householdUnknown"));
            }
        }
        if (asOf == null) {
            errors.add(error("asOf", "policy.scenario.asOfRequired"));
        }
        if (name != null && name.strip().length() > MAX_NAME) {
            errors.add(error("name", "policy.scenario.nameTooLong"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        String title = name == null || name.isBlank()
                ? messages.getMessage("policy.scenario.defaultName",
                        new Object[] {asOf.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))}, LocaleContextHolder.getLocale())
                : name.strip();
        String entry = eligibility.scenarioOf(householdId, asOf, title);
        boolean exists = workbench.files(draftId).stream().anyMatch(f -> f.path().equals(FILE));
        String text = exists ? workbench.file(draftId, FILE)
                : "# " + messages.getMessage("policy.scenario.fileHeader", null, LocaleContextHolder.getLocale()) + "\n";
        String joined = (text.endsWith("\n") || text.isEmpty() ? text : text + "\n") + "\n" + entry;
        return new Added(FILE, title, workbench.saveFile(draftId, FILE, joined));
    }

    private FieldError error(String field, String key) {
        return new FieldError(field, messages.getMessage(key, null, LocaleContextHolder.getLocale()));
    }
}
