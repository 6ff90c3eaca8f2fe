package org.labjudge.node.api.jobe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The file cache keeps at most its bound, dropping the least recently used files first. */
class JobeFileCacheTest {

    @Test
    void pastTheBoundTheLeastRecentlyUsedFileIsDropped() {
        JobeFileCache cache = new JobeFileCache(10);
        cache.put("first", new byte[4]);
        cache.put("second", new byte[4]);
        cache.get("first"); // now "second" is the least recently used

        cache.put("third", new byte[4]);

        assertThat(cache.contains("first")).isTrue();
        assertThat(cache.contains("second")).isFalse();
        assertThat(cache.contains("third")).isTrue();
        assertThat(cache.size()).isEqualTo(8);
    }

    @Test
    void replacingAFileCountsItsNewSize() {
        JobeFileCache cache = new JobeFileCache(10);
        cache.put("file", new byte[8]);
        cache.put("file", new byte[2]);

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get("file")).hasValueSatisfying(content -> assertThat(content).hasSize(2));
    }

    @Test
    void aFileLargerThanTheBoundIsRefused() {
        JobeFileCache cache = new JobeFileCache(10);

        assertThatThrownBy(() -> cache.put("big", new byte[11])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 10");
        assertThat(cache.size()).isZero();
    }
}
