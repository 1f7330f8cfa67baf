package vn.ansinh.household;

import java.util.List;

/**
 * The commune already has a household whose head has the same name (ignoring diacritics and case), birth date and
 * village: registering it again needs {@code confirmDuplicate}. {@code matches} are those households.
 */
public class DuplicateHousehold extends RuntimeException {

    /** One household the new one may be a copy of. */
    public record Match(long id, String code, String headName, String village) {
    }

    private final List<Match> matches;

    DuplicateHousehold(List<Match> matches) {
        super("possible duplicate of " + matches);
        this.matches = List.copyOf(matches);
    }

    public List<Match> matches() {
        return matches;
    }
}
