package org.labjudge.node.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.labjudge.node.judge.NodeLoad;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.LanguageInfo;
import org.labjudge.protocol.NodeInfo;

class InfoEndpointTest {
    private final ApiFixture node = ApiFixture.open();

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void infoGivesIdentityLoadLanguagesAndLimits() {
        node.service.load.set(new NodeLoad(6, 2, 3, 24, 10));

        HttpResponse<String> response = node.get("/api/v1/info");

        assertThat(response.statusCode()).isEqualTo(200);
        NodeInfo info = Json.read(Json.newMapper(), response.body(), NodeInfo.class);
        assertThat(info).isEqualTo(new NodeInfo("lab-07", "1.2.3", 1, 6, 2, 3, 24, List.of("python", "c"),
                FakeRunService.LIMITS, 10));
        assertThat(response.body()).contains("\"protocol\":1").contains("\"maxQueue\":24,").contains("\"maxWaitSeconds\":10")
                .contains("\"limits\":{\"defaults\":{\"timeMs\":2000,");
    }

    @Test
    void languagesListsWhatTheWorkerOffers() {
        HttpResponse<String> response = node.get("/api/v1/languages");

        assertThat(response.statusCode()).isEqualTo(200);
        List<LanguageInfo> languages = Json.read(Json.newMapper(), response.body(),
                new TypeReference<List<LanguageInfo>>() { });
        assertThat(languages).isEqualTo(FakeRunService.LANGUAGES);
        assertThat(response.body()).startsWith("[{\"id\":\"python\",\"name\":\"Python 3\",\"version\":\"3.11.2\","
                + "\"sourceFile\":\"main.py\",\"compiled\":false,\"extensions\":[\"py\"],\"template\":\"print(input())\\n\"}");
    }
}
