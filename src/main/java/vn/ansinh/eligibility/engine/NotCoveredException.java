package vn.ansinh.eligibility.engine;

import java.time.LocalDate;

/** No rule set covers the requested date (before the earliest standard encoded). */
public class NotCoveredException extends RuntimeException {

    private final LocalDate asOf;
    private final LocalDate coveredFrom;

    public NotCoveredException(LocalDate asOf, LocalDate coveredFrom) {
        super("No rule set covers " + asOf + "; rules start on " + coveredFrom);
        this.asOf = asOf;
        this.coveredFrom = coveredFrom;
    }

    public LocalDate asOf() { return asOf; }
    public LocalDate coveredFrom() { return coveredFrom; }
}
