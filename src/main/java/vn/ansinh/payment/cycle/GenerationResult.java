package vn.ansinh.payment.cycle;

/** What one (re)generation run changed: lines added per kind, stale planned lines removed, amounts corrected. */
public record GenerationResult(int monthlyAdded, int grantsAdded, int arrearsAdded, int removed, int amountsCorrected) {

    public int added() {
        return monthlyAdded + grantsAdded + arrearsAdded;
    }
}
