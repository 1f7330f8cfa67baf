package vn.ansinh.common;

import java.util.Map;
import java.util.Optional;
import vn.ansinh.common.access.AppUserPrincipal;

/**
 * One part of the home page, given by the module whose work it shows (the kernel's home page cannot call modules):
 * the commune officer's steps of today, the approver's inbox, the payment officer's cycle of the month, the rule set
 * in force, the plan tracker, the users and the audit trail. Each answers only for the roles it serves.
 */
public interface HomeSection {

    /** What the section shows for this user, or empty when it has nothing for their role. */
    Optional<Card> cardFor(AppUserPrincipal user);

    /** Place on the page, smallest first. */
    int order();

    /**
     * A template with a fragment {@code section} (e.g. {@code casework/home}) and the values it shows, as {@code v}.
     * Values are ready to print: names, formatted amounts and dates — never codes or ids.
     */
    record Card(String template, Map<String, Object> values) {
    }
}
