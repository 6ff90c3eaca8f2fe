package org.labjudge.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class HealthJsonTest {
    private final ObjectMapper mapper = Json.newMapper();

    @Test
    void upIsWrittenExactlyAsTheDesignShows() {
        String json = DesignExamples.load("health-up.json");
        assertThat(Json.write(mapper, Health.up())).isEqualTo(json.strip());
        Health read = Json.read(mapper, json, Health.class);
        assertThat(read).isEqualTo(Health.up());
        assertThat(read.isUp()).isTrue();
    }

    @Test
    void downCarriesItsDetail() {
        String json = DesignExamples.load("health-down.json");
        Health read = Json.read(mapper, json, Health.class);

        assertThat(read.status()).isEqualTo("DOWN");
        assertThat(read.detail()).startsWith("Docker is unreachable");
        assertThat(read.isUp()).isFalse();
        assertThat(read).isEqualTo(Health.down(read.detail()));
        JsonTrees.assertSameJson(Json.write(mapper, read), json);
    }

    @Test
    void anythingButUpIsNotUp() {
        assertThat(new Health("STARTING", null).isUp()).isFalse();
        assertThat(new Health(null, null).isUp()).isFalse();
    }
}
