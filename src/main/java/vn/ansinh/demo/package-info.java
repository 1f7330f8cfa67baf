/** Deterministic demo data for the embedded default run: households, members and surveys in six communes. */
package vn.ansinh.demo;
