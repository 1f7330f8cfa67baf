/** Cases: one household's request for one program, run as a Flowable process from {@code processes/}. */
package vn.ansinh.casework;
