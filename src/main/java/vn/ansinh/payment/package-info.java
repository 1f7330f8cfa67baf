/**
 * Payments: entitlements, monthly payment cycles, payment lines, payer exports and reconciliation. The door for other
 * modules is this package ({@link vn.ansinh.payment.PaymentManagement}, {@link vn.ansinh.payment.AllowanceRecipients}
 * and their values); the rooms below it ({@code entitlement}, {@code cycle}, {@code export}, {@code web},
 * {@code access}) are internal.
 */
package vn.ansinh.payment;
