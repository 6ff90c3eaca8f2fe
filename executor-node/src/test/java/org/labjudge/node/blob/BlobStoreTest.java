package org.labjudge.node.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labjudge.protocol.BlobHash;

/** The blob store on disk: verified uploads, leases that keep blobs from eviction, a store that outlives its node. */
class BlobStoreTest {
    @TempDir
    Path dir;

    private static byte[] bytes(char fill, int size) {
        return String.valueOf(fill).repeat(size).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anUploadIsKeptUnderItsHashAndReadBack() {
        BlobStore store = BlobStore.open(dir, 1000);
        byte[] blob = "1 2\n".getBytes(StandardCharsets.UTF_8);
        String hash = BlobHash.of(blob);

        assertThat(store.put(hash, blob)).isTrue();
        assertThat(store.put(hash, blob)).as("held already").isFalse();

        try (BlobLease lease = store.lease(List.of(hash))) {
            assertThat(lease.text(hash)).isEqualTo("1 2\n");
        }
        assertThat(store.stats()).isEqualTo(new BlobStats(1, 4, 1000, 1, 0, 0, 1));
    }

    @Test
    void bytesThatDoNotHashToTheNameAreRefusedAndNotKept() {
        BlobStore store = BlobStore.open(dir, 1000);
        String other = BlobHash.ofText("something else");

        assertThatThrownBy(() -> store.put(other, bytes('x', 10)))
                .isInstanceOf(BlobRefusedException.class).hasMessageContaining("not to " + other);
        assertThat(store.contains(other)).isFalse();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aLeaseOnMissingBlobsNamesEveryOneAndCountsMisses() {
        BlobStore store = BlobStore.open(dir, 1000);
        byte[] held = bytes('a', 5);
        store.put(BlobHash.of(held), held);
        String missing1 = BlobHash.ofText("m1");
        String missing2 = BlobHash.ofText("m2");

        assertThatThrownBy(() -> store.lease(List.of(BlobHash.of(held), missing1, missing2)))
                .isInstanceOfSatisfying(MissingBlobsException.class,
                        e -> assertThat(e.missing()).containsExactly(missing1, missing2));
        assertThat(store.missing(List.of(missing1, BlobHash.of(held), missing1))).containsExactly(missing1);
        assertThat(store.stats().misses()).isEqualTo(2);
        assertThat(store.stats().hits()).isEqualTo(1);
    }

    @Test
    void aBlobInUseIsNotEvictedUntilItsLeaseEnds() throws IOException {
        BlobStore store = BlobStore.open(dir, 100);
        byte[] inUse = bytes('a', 60);
        String inUseHash = BlobHash.of(inUse);
        store.put(inUseHash, inUse);

        BlobLease lease = store.lease(List.of(inUseHash));
        byte[] newer = bytes('b', 60);
        store.put(BlobHash.of(newer), newer);
        assertThat(store.contains(inUseHash)).isTrue();
        assertThat(lease.text(inUseHash)).hasSize(60);

        lease.close();
        assertThat(store.contains(inUseHash)).isFalse();
        assertThat(Files.exists(dir.resolve(inUseHash))).as("its file is gone too").isFalse();
        assertThat(store.stats().evictions()).isEqualTo(1);
        assertThat(store.stats().bytes()).isEqualTo(60);
    }

    @Test
    void aReopenedStoreHoldsWhatTheLastOneHeldInItsOrderOfUse() throws IOException {
        BlobStore first = BlobStore.open(dir, 100);
        byte[] older = bytes('a', 40);
        byte[] used = bytes('b', 40);
        first.put(BlobHash.of(older), older);
        first.put(BlobHash.of(used), used);
        Files.setLastModifiedTime(dir.resolve(BlobHash.of(older)), java.nio.file.attribute.FileTime.fromMillis(1000));
        Files.writeString(dir.resolve(BlobHash.of(older) + ".1234.part"), "half an upload");

        BlobStore second = BlobStore.open(dir, 100);
        assertThat(second.stats().blobs()).isEqualTo(2);
        assertThat(second.stats().bytes()).isEqualTo(80);
        byte[] third = bytes('c', 40);
        second.put(BlobHash.of(third), third);

        assertThat(second.contains(BlobHash.of(older))).as("the least recently used before the restart").isFalse();
        assertThat(second.contains(BlobHash.of(used))).isTrue();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void concurrentUploadsOfOneBlobLeaveOneWholeBlob() throws Exception {
        BlobStore store = BlobStore.open(dir, 10_000_000);
        byte[] blob = bytes('z', 1_000_000);
        String hash = BlobHash.of(blob);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> uploads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            uploads.add(threads.submit(() -> {
                go.await();
                return store.put(hash, blob);
            }));
        }
        go.countDown();
        for (Future<Boolean> upload : uploads) {
            upload.get();
        }
        threads.shutdown();

        assertThat(store.stats().blobs()).isEqualTo(1);
        assertThat(store.stats().bytes()).isEqualTo(1_000_000);
        assertThat(Files.readAllBytes(dir.resolve(hash))).isEqualTo(blob);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void aBlobLargerThanTheWholeStoreIsRefused() {
        BlobStore store = BlobStore.open(dir, 10);
        byte[] blob = bytes('a', 11);

        assertThatThrownBy(() -> store.put(BlobHash.of(blob), blob))
                .isInstanceOf(BlobRefusedException.class).hasMessageContaining("at most 10");
    }
}
