/** The household register: households, members, CCCD uniqueness and diacritic-free search. */
package vn.ansinh.household;
