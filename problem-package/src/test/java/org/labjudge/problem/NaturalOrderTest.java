package org.labjudge.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void numbersCompareByValueAndPaddedNamesKeepTheirOrder() {
        List<String> names = new ArrayList<>(List.of("10", "9", "1", "01", "a10", "a2", "b", "02",
                "100000000000000000001", "2"));
        names.sort(NaturalOrder.INSTANCE);
        assertThat(names).containsExactly("1", "01", "2", "02", "9", "10", "100000000000000000001", "a2", "a10", "b");
    }
}
