/** Payments, internal: Pages and JSON API of payments, with their request parsing and error answers. */
package vn.ansinh.payment.web;
