package vn.ansinh.casework;

/**
 * What casework needs to know, at a death, from the module that pays the allowances (payment implements it, so the
 * dependency keeps pointing from payment to casework): funeral support (POLICY.md §6.5) is for someone who received
 * a monthly social allowance.
 */
public interface MonthlyAllowanceRecipients {

    /** Whether the member's monthly social allowance was in force when they died (still active, or stopped by the death). */
    boolean receivedMonthlySocialAllowance(long memberId);
}
