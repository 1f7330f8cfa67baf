/** Infrastructure every module shares: the embedded database, formatting, locale and error pages. */
package vn.ansinh.common;
