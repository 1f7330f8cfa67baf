package vn.ansinh.payment.cycle;

import java.time.Instant;

/** A cycle as the API and the pages show it. */
public record CycleView(long id, String districtCode, String month, CycleStatus status, long baseLevel, long lineCount,
                        long totalAmount, String generatedBy, Instant generatedAt, String approvedBy, Instant approvedAt,
                        long version) {

    static CycleView of(PaymentCycle c, long lineCount, long total) {
        return new CycleView(c.getId(), c.getDistrictCode(), c.getMonth().toString(), c.getStatus(), c.getBaseLevel(),
                lineCount, total, c.getGeneratedBy(), c.getGeneratedAt(), c.getApprovedBy(), c.getApprovedAt(), c.getVersion());
    }
}
