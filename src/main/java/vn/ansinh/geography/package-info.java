/** Province → district → commune with official GSO codes, unit types (urban/rural) and validity dates. */
package vn.ansinh.geography;
