/** The case process on Flowable: deployment of {@code processes/} and the delegates and listeners its steps call (evaluation, posting window, routing, overdue flag, approval). */
package vn.ansinh.casework.process;
