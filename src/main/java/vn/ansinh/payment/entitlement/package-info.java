/** Payments, internal: What a person or household is entitled to (from an approved case), its amount history, and what a death stops or a death correction restores. */
package vn.ansinh.payment.entitlement;
