package org.labjudge.node.language;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the class a Java source must be saved after: its public top-level class, else Main. */
final class JavaClassName {
    private static final Pattern COMMENTS = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern STRINGS = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "(?:^|[;}\\s])public\\s+(?:(?:final|abstract|sealed|non-sealed|strictfp|static)\\s+)*"
                    + "(?:class|interface|enum|record|@interface)\\s+([A-Za-z_$][A-Za-z0-9_$]*)");
    static final String DEFAULT = "Main";

    private JavaClassName() {}

    static String of(String source) {
        String code = STRINGS.matcher(COMMENTS.matcher(source).replaceAll(" ")).replaceAll("\"\"");
        Matcher m = PUBLIC_TYPE.matcher(code);
        return m.find() ? m.group(1) : DEFAULT;
    }
}
