package vn.ansinh.payment.cycle;

import vn.ansinh.payment.entitlement.Beneficiary;
import vn.ansinh.payment.entitlement.Entitlement;
import vn.ansinh.payment.entitlement.EntitlementService;
import vn.ansinh.payment.entitlement.Entitlements;

import vn.ansinh.casework.Program;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicLong;

/** Entitlements for tests, opened through the service as an approved case would open them. */
public final class PaymentTestData {

    private static final AtomicLong SERIAL = new AtomicLong(900_000_000L + System.nanoTime() % 1_000_000L * 100);

    private final EntitlementService service;

    public PaymentTestData(EntitlementService service) {
        this.service = service;
    }

    public Entitlement monthly(String commune, String district, String name, String coefficient, YearMonth start) {
        long n = SERIAL.incrementAndGet();
        Beneficiary who = new Beneficiary(n, n, name, String.format("034%09d", n % 1_000_000_000L), commune, district);
        return service.open(Entitlement.monthly(who, Program.SOCIAL_ALLOWANCE, "SA5a", new BigDecimal(coefficient), start, n));
    }
}
