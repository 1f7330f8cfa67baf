/** Append-only record of who did what, when, to which record, from where. Hears from every module through events. */
package vn.ansinh.audit;
