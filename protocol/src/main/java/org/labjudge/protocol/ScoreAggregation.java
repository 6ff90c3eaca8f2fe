package org.labjudge.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/** How the scores of a group's tests (or of the groups) make one score; written in JSON in lower case. */
public enum ScoreAggregation {
    SUM("sum"),
    MIN("min"),
    AVG("avg"),
    MAX("max");

    private final String jsonName;

    ScoreAggregation(String jsonName) {
        this.jsonName = jsonName;
    }

    @JsonValue
    public String jsonName() {
        return jsonName;
    }

    /** The aggregation named {@code name} (case ignored); an unknown name is a {@link ProtocolException}. */
    @JsonCreator
    public static ScoreAggregation fromJson(String name) {
        return WireNames.find(values(), ScoreAggregation::jsonName, name, "score aggregation");
    }

    /** The aggregate of {@code scores}; 0 for none. */
    public double apply(List<Double> scores) {
        if (scores.isEmpty()) {
            return 0;
        }
        return switch (this) {
            case SUM -> scores.stream().mapToDouble(Double::doubleValue).sum();
            case MIN -> scores.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            case MAX -> scores.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            case AVG -> scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        };
    }
}
