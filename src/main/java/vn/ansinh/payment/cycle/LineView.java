package vn.ansinh.payment.cycle;

/** A payment line as the API shows it. */
public record LineView(long id, String idempotencyKey, String communeCode, long entitlementId, String month, LineKind kind,
                       Long originalLineId, String beneficiaryName, String cccd, String program, String category,
                       long amount, LineStatus status, String resultNote) {

    public static LineView of(PaymentLine l) {
        return new LineView(l.getId(), l.getIdempotencyKey(), l.getCommuneCode(), l.getEntitlementId(), l.getMonth().toString(),
                l.getKind(), l.getOriginalLineId(), l.getBeneficiaryName(), l.getCccd(), l.getProgram().name(),
                l.getCategory(), l.getAmount(), l.getStatus(), l.getResultNote());
    }
}
