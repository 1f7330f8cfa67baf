/**
 * Deterministic demo data for the embedded default run: households, members and surveys in six communes, their annual
 * lists since 2012, and the province's years of use (cases, entitlements, payment cycles) up to today's work.
 */
package vn.ansinh.demo;
