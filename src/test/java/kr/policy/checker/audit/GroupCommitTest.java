package kr.policy.checker.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Callers share transactions, and nobody hears "stored" before the transaction holding their item has returned. */
class GroupCommitTest {

    @Test
    void itemsThatArriveDuringAWriteShareTheNextOne() throws Exception {
        CountDownLatch firstWriteStarted = new CountDownLatch(1);
        CountDownLatch releaseFirstWrite = new CountDownLatch(1);
        List<List<Integer>> transactions = Collections.synchronizedList(new ArrayList<>());
        try (GroupCommit<Integer> groups = new GroupCommit<>("test", 100, 50, items -> {
            transactions.add(List.copyOf(items));
            firstWriteStarted.countDown();
            await(releaseFirstWrite);
        }, n -> { })) {
            CompletableFuture<Void> first = groups.submit(0);
            assertTrue(firstWriteStarted.await(5, TimeUnit.SECONDS));
            List<CompletableFuture<Void>> waiting = new ArrayList<>();
            for (int i = 1; i <= 10; i++) {
                waiting.add(groups.submit(i));
            }
            assertFalse(first.isDone(), "acknowledged before its transaction returned");
            releaseFirstWrite.countDown();
            CompletableFuture.allOf(waiting.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);
            assertTrue(first.isDone());
        }
        assertEquals(List.of(List.of(0), List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)), transactions);
    }

    @Test
    void aGroupIsNeverLargerThanItsLimit() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
        List<Integer> reported = Collections.synchronizedList(new ArrayList<>());
        try (GroupCommit<Integer> groups = new GroupCommit<>("test", 100, 4, items -> {
            sizes.add(items.size());
            await(release);
        }, reported::add)) {
            List<CompletableFuture<Void>> all = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                all.add(groups.submit(i));
            }
            release.countDown();
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);
        }
        assertEquals(9, sizes.stream().mapToInt(Integer::intValue).sum());
        assertTrue(sizes.stream().allMatch(n -> n <= 4), sizes.toString());
        assertEquals(sizes, reported, "each written group's size is reported (checker_group_commit_size)");
    }

    @Test
    void aFailedWriteFailsEveryItemInItAndTheWriterGoesOn() throws Exception {
        List<Integer> stored = Collections.synchronizedList(new ArrayList<>());
        try (GroupCommit<Integer> groups = new GroupCommit<>("test", 100, 50, items -> {
            if (items.contains(13)) {
                throw new IllegalStateException("database refused");
            }
            stored.addAll(items);
        }, n -> { })) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> groups.submit(13).get(5, TimeUnit.SECONDS));
            assertEquals("database refused", e.getCause().getMessage());
            groups.submit(14).get(5, TimeUnit.SECONDS);
        }
        assertEquals(List.of(14), stored);
    }

    @Test
    void closingWritesWhatIsWaitingAndRefusesMore() throws Exception {
        List<Integer> stored = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer> groups = new GroupCommit<>("test", 100, 50, stored::addAll, n -> { });
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            all.add(groups.submit(i));
        }
        groups.close();
        for (CompletableFuture<Void> f : all) {
            assertTrue(f.isDone() && !f.isCompletedExceptionally());
        }
        assertEquals(20, stored.size());
        assertThrows(ExecutionException.class, () -> groups.submit(99).get(1, TimeUnit.SECONDS));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
