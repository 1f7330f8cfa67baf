/** Payments: entitlements, monthly payment cycles, payment lines, payer exports and reconciliation. */
package vn.ansinh.payment;
