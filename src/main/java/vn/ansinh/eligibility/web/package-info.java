/** HTTP side of eligibility: the evaluation API of CONTRACT.md and stored household decisions. */
package vn.ansinh.eligibility.web;
