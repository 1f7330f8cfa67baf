/** Payments, internal: Which cycles, lines and entitlements the signed-in user may see and act on. */
package vn.ansinh.payment.access;
