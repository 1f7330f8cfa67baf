/** Payments, internal: The monthly payment cycle of a district: generating its lines, approving, exporting, recording results and the payer's confirmation, reconciliation figures. */
package vn.ansinh.payment.cycle;
