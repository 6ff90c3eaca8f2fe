package org.labjudge.node.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The blob store's accounting: bytes and count, least recently used evicted first, pinned entries never. */
class LruIndexTest {

    @Test
    void addingCountsBytesAndEntriesAndEvictsNothingWithinTheBound() {
        LruIndex index = new LruIndex(100);

        assertThat(index.add("a", 40)).isEmpty();
        assertThat(index.add("b", 60)).isEmpty();

        assertThat(index.bytes()).isEqualTo(100);
        assertThat(index.count()).isEqualTo(2);
    }

    @Test
    void pastTheBoundTheLeastRecentlyUsedGoFirst() {
        LruIndex index = new LruIndex(100);
        index.add("a", 40);
        index.add("b", 40);
        index.add("c", 20);
        index.touch("a"); // b is now the least recently used

        assertThat(index.add("d", 30)).containsExactly("b");
        assertThat(index.bytes()).isEqualTo(90);
        assertThat(index.contains("a")).isTrue();
        assertThat(index.contains("b")).isFalse();
    }

    @Test
    void asManyAreEvictedAsTheNewEntryNeeds() {
        LruIndex index = new LruIndex(100);
        index.add("a", 30);
        index.add("b", 30);
        index.add("c", 30);

        assertThat(index.add("big", 90)).containsExactly("a", "b", "c");
        assertThat(index.bytes()).isEqualTo(90);
        assertThat(index.count()).isEqualTo(1);
    }

    @Test
    void aPinnedEntryIsNeverEvictedAndGoesOnceUnpinned() {
        LruIndex index = new LruIndex(100);
        index.add("a", 60);
        index.pin("a");

        assertThat(index.add("b", 60)).isEmpty();
        assertThat(index.bytes()).as("over the bound while a is in use").isEqualTo(120);

        assertThat(index.unpin("a")).containsExactly("a");
        assertThat(index.bytes()).isEqualTo(60);
    }

    @Test
    void anEntryPinnedTwiceStaysUntilBothPinsAreGone() {
        LruIndex index = new LruIndex(100);
        index.add("a", 60);
        index.pin("a");
        index.pin("a");
        index.pin("b"); // a run that is about to use b
        index.add("b", 60);

        assertThat(index.unpin("a")).isEmpty();
        assertThat(index.unpin("a")).containsExactly("a");
    }

    @Test
    void theEntryJustAddedIsKeptEvenWhenOthersArePinned() {
        LruIndex index = new LruIndex(100);
        index.add("a", 80);
        index.pin("a");

        assertThat(index.add("b", 80)).isEmpty();
        assertThat(index.contains("b")).isTrue();
    }

    @Test
    void addingAHeldEntryAgainCountsItOnceAndMakesItTheMostRecent() {
        LruIndex index = new LruIndex(100);
        index.add("a", 50);
        index.add("b", 50);
        index.add("a", 50);

        assertThat(index.bytes()).isEqualTo(100);
        assertThat(index.count()).isEqualTo(2);
        assertThat(index.add("c", 10)).containsExactly("b");
    }

    @Test
    void removingForgetsTheEntryAndItsBytes() {
        LruIndex index = new LruIndex(100);
        index.add("a", 50);
        index.remove("a");
        index.remove("never-held");

        assertThat(index.bytes()).isZero();
        assertThat(index.count()).isZero();
    }

    @Test
    void anEntryLargerThanTheBoundDoesNotFitAndTheBoundMustBePositive() {
        assertThat(new LruIndex(100).fits(100)).isTrue();
        assertThat(new LruIndex(100).fits(101)).isFalse();
        assertThatThrownBy(() -> new LruIndex(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
