/** Pages and the JSON API of cases: case page, step forms, inbox page, process diagram. */
package vn.ansinh.casework.web;
