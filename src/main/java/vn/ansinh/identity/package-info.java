/** Users, roles and each user's jurisdiction (a commune, a district or the province); Spring Security. */
package vn.ansinh.identity;
