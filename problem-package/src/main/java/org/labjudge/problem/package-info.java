/** The problem model: Kattis / ICPC problem packages (problem.yaml, statement, sample and secret data). */
package org.labjudge.problem;
