package vn.ansinh.audit;

/**
 * Values that reach the audit table from outside (addresses, attempted usernames, details) are made to fit
 * their column: control characters (CR, LF, TAB …) become a space so one entry stays one line, and anything
 * longer than the column is cut with a trailing "…". An odd header must never make the entry, and with it
 * the request, fail.
 */
final class Bounded {

    static final int USERNAME = 60;
    static final int ROLE = 30;
    static final int JURISDICTION = 30;
    static final int REMOTE_ADDR = 64;
    static final int ACTION = 60;
    static final int SUBJECT_TYPE = 40;
    static final int SUBJECT_ID = 80;
    static final int DETAIL = 4000;

    private Bounded() {
    }

    static String fit(String value, int max) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), max));
        int count = 0;
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            i += Character.charCount(codePoint);
            if (count == max - 1 && i < value.length()) {
                out.append('…');
                break;
            }
            out.appendCodePoint(Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT
                    ? ' ' : codePoint);
            count++;
        }
        return out.toString();
    }
}
