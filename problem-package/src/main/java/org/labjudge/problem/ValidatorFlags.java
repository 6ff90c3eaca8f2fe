package org.labjudge.problem;

import java.util.List;
import org.labjudge.protocol.CheckerSpec;
import org.labjudge.protocol.CheckerType;

/**
 * Turns the Kattis default output validator's flags ({@code validator_flags} in problem.yaml) into a
 * {@link CheckerSpec} of type {@code tokens}: {@code case_sensitive}, {@code space_change_sensitive},
 * {@code float_tolerance E} (absolute and relative), {@code float_absolute_tolerance E},
 * {@code float_relative_tolerance E}. An unknown flag is an error: judging with a rule the problem's author
 * did not ask for would give students wrong verdicts.
 */
final class ValidatorFlags {

    private ValidatorFlags() {
    }

    /** The checker for {@code flags}; {@code where} prefixes error messages ("sum/problem.yaml: validator_flags"). */
    static CheckerSpec parse(List<String> flags, String where) throws ProblemPackageException {
        Boolean caseSensitive = null;
        Boolean spaceSensitive = null;
        Double absolute = null;
        Double relative = null;
        for (int i = 0; i < flags.size(); i++) {
            String flag = flags.get(i);
            switch (flag) {
                case "case_sensitive" -> caseSensitive = true;
                case "space_change_sensitive" -> spaceSensitive = true;
                case "float_tolerance" -> {
                    double value = number(flags, ++i, flag, where);
                    absolute = value;
                    relative = value;
                }
                case "float_absolute_tolerance" -> absolute = number(flags, ++i, flag, where);
                case "float_relative_tolerance" -> relative = number(flags, ++i, flag, where);
                default -> throw new ProblemPackageException(where + ": unknown flag '" + flag
                        + "' (the default validator knows case_sensitive, space_change_sensitive, float_tolerance,"
                        + " float_absolute_tolerance, float_relative_tolerance)");
            }
        }
        return new CheckerSpec(CheckerType.TOKENS, caseSensitive, spaceSensitive, absolute, relative);
    }

    private static double number(List<String> flags, int index, String flag, String where)
            throws ProblemPackageException {
        if (index >= flags.size()) {
            throw new ProblemPackageException(where + ": " + flag + " needs a number after it");
        }
        String text = flags.get(index);
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value) || value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ProblemPackageException(where + ": " + flag + " needs a non-negative number, got '" + text + "'");
        }
    }
}
