/** Payments, internal: The files a cycle hands over: the payer CSV, the commune payment list as PDF and XLSX. */
package vn.ansinh.payment.export;
