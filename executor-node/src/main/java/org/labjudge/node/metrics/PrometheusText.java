package org.labjudge.node.metrics;

/**
 * Writes the Prometheus text exposition format 0.0.4: {@code # HELP} and {@code # TYPE} once per
 * metric family, one {@code name{labels} value} line per sample, LF line ends, escaped label values.
 */
final class PrometheusText {

    /** The {@code Content-Type} of a {@code /metrics} answer. */
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final StringBuilder out = new StringBuilder(4096);

    /** Starts a metric family. */
    void family(String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(escapeHelp(help)).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    /** One sample; {@code labels} is empty or {@code {a="x",b="y"}} with escaped values. */
    void sample(String name, String labels, long value) {
        out.append(name).append(labels).append(' ').append(value).append('\n');
    }

    /** A label value with backslash, double quote and line feed escaped. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String escapeHelp(String help) {
        return help.replace("\\", "\\\\").replace("\n", "\\n");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
