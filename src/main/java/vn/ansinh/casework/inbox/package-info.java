/** The approver's and officer's task inbox: open tasks in the user's area, overdue first, the dashboard counts and bulk approval. */
package vn.ansinh.casework.inbox;
