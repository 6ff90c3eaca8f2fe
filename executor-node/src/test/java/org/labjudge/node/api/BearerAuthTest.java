package org.labjudge.node.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labjudge.node.api.BearerAuth.Outcome;

class BearerAuthTest {
    private final BearerAuth auth = new BearerAuth(List.of("alpha", "beta-token"));

    @Test
    void acceptsEveryConfiguredTokenWithTheSchemeInAnyCase() {
        assertThat(auth.check("Bearer alpha")).isEqualTo(Outcome.ACCEPTED);
        assertThat(auth.check("bearer beta-token")).isEqualTo(Outcome.ACCEPTED);
        assertThat(auth.check("BEARER   alpha  ")).isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void tellsAMissingTokenFromAWrongOne() {
        assertThat(auth.check(null)).isEqualTo(Outcome.MISSING);
        assertThat(auth.check("")).isEqualTo(Outcome.MISSING);
        assertThat(auth.check("Bearer")).isEqualTo(Outcome.MISSING);
        assertThat(auth.check("Bearer   ")).isEqualTo(Outcome.MISSING);
        assertThat(auth.check("Basic alpha")).isEqualTo(Outcome.MISSING);
        assertThat(auth.check("Beareralpha")).isEqualTo(Outcome.MISSING);
        assertThat(auth.check("Bearer alph")).isEqualTo(Outcome.WRONG);
        assertThat(auth.check("Bearer alphaa")).isEqualTo(Outcome.WRONG);
        assertThat(auth.check("Bearer ALPHA")).isEqualTo(Outcome.WRONG);
    }

    @Test
    void withoutTokensEverythingIsAccepted() {
        BearerAuth off = new BearerAuth(List.of());

        assertThat(off.enabled()).isFalse();
        assertThat(off.check(null)).isEqualTo(Outcome.ACCEPTED);
        assertThat(off.check("Bearer anything")).isEqualTo(Outcome.ACCEPTED);
    }
}
