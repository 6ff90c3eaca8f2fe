package org.labjudge.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class LimitsTest {
    private final ObjectMapper mapper = Json.newMapper();

    private static final Limits DEFAULTS = new Limits(2000, 6000, 256, 64, 64);
    private static final Limits MAX = new Limits(10_000, 30_000, 1024, 1024, 256);

    @Test
    void designExampleRoundTrips() {
        String json = DesignExamples.load("limits.json");
        Limits limits = Json.read(mapper, json, Limits.class);
        assertThat(limits).isEqualTo(new Limits(2000, 6000, 256, 64, 64));
        JsonTrees.assertSameJson(Json.write(mapper, limits), json);
    }

    @Test
    void valuesLeftOutAreNullAndNotWritten() {
        Limits limits = Json.read(mapper, "{\"memoryMb\":512}", Limits.class);
        assertThat(limits).isEqualTo(new Limits(null, null, 512, null, null));
        assertThat(Json.write(mapper, limits)).isEqualTo("{\"memoryMb\":512}");
        assertThat(Json.write(mapper, Limits.NONE)).isEqualTo("{}");
    }

    @Test
    void orDefaultsFillsOnlyWhatWasLeftOut() {
        Limits requested = new Limits(500, null, 1024, null, null);
        assertThat(requested.orDefaults(DEFAULTS)).isEqualTo(new Limits(500, 6000, 1024, 64, 64));
        assertThat(Limits.NONE.orDefaults(DEFAULTS)).isEqualTo(DEFAULTS);
        assertThat(requested.orDefaults(null)).isEqualTo(requested);
    }

    @Test
    void clampedToLowersValuesAboveTheMaximaAndKeepsTheRest() {
        Limits requested = new Limits(60_000, 5_000, 4096, null, 256);
        assertThat(requested.clampedTo(MAX)).isEqualTo(new Limits(10_000, 5_000, 1024, null, 256));
        assertThat(requested.clampedTo(new Limits(1000, null, null, null, null)))
                .isEqualTo(new Limits(1000, 5_000, 4096, null, 256));
        assertThat(requested.clampedTo(null)).isEqualTo(requested);
    }

    @Test
    void nodePolicyFillsDefaultsThenClamps() {
        LimitsInfo policy = new LimitsInfo(DEFAULTS, MAX);
        assertThat(policy.apply(new Limits(99_999, null, null, null, null)))
                .isEqualTo(new Limits(10_000, 6000, 256, 64, 64));
        assertThat(policy.apply(null)).isEqualTo(DEFAULTS);
        assertThat(new LimitsInfo(null, null)).isEqualTo(new LimitsInfo(Limits.NONE, Limits.NONE));
    }

    @Test
    void problemsNameEachNonPositiveValue() {
        assertThat(new Limits(-5, 0, 256, null, -1).problems()).containsExactly(
                "limits.timeMs must be positive, got -5",
                "limits.wallTimeMs must be positive, got 0",
                "limits.processes must be positive, got -1");
        assertThat(DEFAULTS.problems()).isEmpty();
        assertThat(Limits.NONE.problems()).isEmpty();
    }

    @Test
    void completeMeansEveryValueGiven() {
        assertThat(DEFAULTS.complete()).isTrue();
        assertThat(new Limits(1, 1, 1, 1, null).complete()).isFalse();
        assertThat(Limits.NONE.complete()).isFalse();
        assertThat(Limits.NONE.orDefaults(DEFAULTS).complete()).isTrue();
    }
}
