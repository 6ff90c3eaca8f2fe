package org.labjudge.app.ui.problem;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the LaTeX found in problem statements ({@code $1 \le n \le 10^{9}$}) readable as plain Unicode text
 * ({@code 1 ≤ n ≤ 10⁹}): common symbols, superscripts and subscripts, fractions and roots. Not a typesetter:
 * what it does not know is shown as written, minus the braces.
 */
public final class TexText {

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("le", "\u2264"), Map.entry("leq", "\u2264"), Map.entry("ge", "\u2265"),
            Map.entry("geq", "\u2265"), Map.entry("ne", "\u2260"), Map.entry("neq", "\u2260"),
            Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("cdot", "\u00b7"), Map.entry("times", "\u00d7"),
            Map.entry("div", "\u00f7"), Map.entry("pm", "\u00b1"), Map.entry("infty", "\u221e"),
            Map.entry("approx", "\u2248"), Map.entry("equiv", "\u2261"), Map.entry("in", "\u2208"),
            Map.entry("notin", "\u2209"), Map.entry("subseteq", "\u2286"), Map.entry("cup", "\u222a"),
            Map.entry("cap", "\u2229"), Map.entry("ldots", "\u2026"), Map.entry("dots", "\u2026"),
            Map.entry("cdots", "\u22ef"), Map.entry("sum", "\u03a3"), Map.entry("prod", "\u03a0"),
            Map.entry("to", "\u2192"), Map.entry("rightarrow", "\u2192"), Map.entry("leftarrow", "\u2190"),
            Map.entry("lfloor", "\u230a"), Map.entry("rfloor", "\u230b"), Map.entry("lceil", "\u2308"),
            Map.entry("rceil", "\u2309"), Map.entry("alpha", "\u03b1"), Map.entry("beta", "\u03b2"),
            Map.entry("gamma", "\u03b3"), Map.entry("delta", "\u03b4"), Map.entry("epsilon", "\u03b5"),
            Map.entry("lambda", "\u03bb"), Map.entry("mu", "\u03bc"), Map.entry("pi", "\u03c0"),
            Map.entry("sigma", "\u03c3"), Map.entry("theta", "\u03b8"), Map.entry("omega", "\u03c9"),
            Map.entry("Delta", "\u0394"), Map.entry("log", "log"), Map.entry("ln", "ln"), Map.entry("min", "min"),
            Map.entry("max", "max"), Map.entry("gcd", "gcd"), Map.entry("bmod", "mod"), Map.entry("mod", "mod"),
            Map.entry("quad", "  "), Map.entry("qquad", "    "), Map.entry("lvert", "|"), Map.entry("rvert", "|"),
            Map.entry("left", ""), Map.entry("right", ""), Map.entry("displaystyle", ""));
    private static final String SUPERSCRIPT_FROM = "0123456789+-=()ni";
    private static final String SUPERSCRIPT_TO = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
            + "\u207a\u207b\u207c\u207d\u207e\u207f\u2071";
    private static final String SUBSCRIPT_FROM = "0123456789+-=()";
    private static final String SUBSCRIPT_TO = "\u2080\u2081\u2082\u2083\u2084\u2085\u2086\u2087\u2088\u2089"
            + "\u208a\u208b\u208c\u208d\u208e";

    private static final Pattern TEXT_COMMAND = Pattern.compile("\\\\(?:text|mathrm|textbf|mathit|mathbf|texttt|operatorname)\\{([^{}]*)\\}");
    private static final Pattern FRAC = Pattern.compile("\\\\frac\\{([^{}]*)\\}\\{([^{}]*)\\}");
    private static final Pattern SQRT = Pattern.compile("\\\\sqrt\\{([^{}]*)\\}");
    private static final Pattern SCRIPT = Pattern.compile("([\\^_])(?:\\{([^{}]*)\\}|([A-Za-z0-9]))");
    private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+)");

    private TexText() {
    }

    /** {@code tex} (the inside of {@code $...$}) as readable Unicode text. */
    public static String toUnicode(String tex) {
        String s = tex.strip();
        s = replace(TEXT_COMMAND, s, m -> m.group(1));
        s = replace(FRAC, s, m -> wrap(m.group(1)) + "/" + wrap(m.group(2)));
        s = replace(SQRT, s, m -> "\u221a" + wrap(m.group(1)));
        s = s.replace("\\{", "{").replace("\\}", "}").replace("\\,", "\u2009").replace("\\;", " ")
                .replace("\\!", "").replace("\\ ", " ").replace("\\%", "%").replace("\\$", "$");
        s = replace(COMMAND, s, m -> {
            String symbol = SYMBOLS.get(m.group(1));
            if (symbol == null) {
                return m.group(0);
            }
            boolean word = symbol.length() > 1 && Character.isLetter(symbol.charAt(0));
            return word ? " " + symbol + " " : symbol;
        });
        s = replace(SCRIPT, s, m -> {
            String body = m.group(2) != null ? m.group(2) : m.group(3);
            return m.group(1).equals("^") ? script(body, SUPERSCRIPT_FROM, SUPERSCRIPT_TO, "^")
                    : script(body, SUBSCRIPT_FROM, SUBSCRIPT_TO, "_");
        });
        return s.replace("{", "").replace("}", "").replaceAll(" {2,}", " ").replace("( ", "(").strip();
    }

    private static String script(String body, String from, String to, String fallback) {
        StringBuilder out = new StringBuilder();
        for (char c : body.toCharArray()) {
            int at = from.indexOf(c);
            if (at < 0) {
                return fallback + (body.length() == 1 ? body : "(" + body + ")");
            }
            out.append(to.charAt(at));
        }
        return out.toString();
    }

    private static String wrap(String part) {
        String p = part.strip();
        return p.matches("[A-Za-z0-9.]+") ? p : "(" + p + ")";
    }

    private static String replace(Pattern pattern, String input, java.util.function.Function<Matcher, String> by) {
        Matcher matcher = pattern.matcher(input);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(by.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
