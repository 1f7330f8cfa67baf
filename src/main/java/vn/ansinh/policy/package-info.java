/**
 * The policy workbench: rule-set versions stored in PostgreSQL (content-addressed trees of the files of
 * {@code rules/}), drafts edited and checked in the browser, maker-checker approval and publishing at an effective
 * moment on every node. The door is {@link vn.ansinh.policy.PolicyWorkbench}.
 */
package vn.ansinh.policy;
