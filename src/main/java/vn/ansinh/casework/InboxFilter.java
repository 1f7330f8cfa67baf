package vn.ansinh.casework;

/** Inbox filters; null means "any". */
public record InboxFilter(String communeCode, Program program, boolean overdueOnly) {

    public static InboxFilter none() {
        return new InboxFilter(null, null, false);
    }
}
