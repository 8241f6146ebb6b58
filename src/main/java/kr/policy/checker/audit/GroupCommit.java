package kr.policy.checker.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Writes items that arrive one at a time from many threads in shared transactions: one writer thread takes what is
 * waiting (up to {@code maxGroup}) and writes it in one go, so concurrent callers share a commit instead of queueing
 * for one each. An item's future completes only after the write that holds it has returned (committed), and fails
 * if that write fails; nothing is acknowledged before it is stored. With one caller at a time a group is that one
 * item, so no latency is added. (Waiting a little for company was tried: with a bounded number of callers it only
 * lowered throughput, on H2 and on PostgreSQL; docs/benchmarks.md.)
 */
final class GroupCommit<T> implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(GroupCommit.class);
    /** How often an idle writer looks whether it is being closed. */
    private static final long IDLE_POLL_MS = 100;

    private record Pending<T>(T item, CompletableFuture<Void> written) {
    }

    private final BlockingQueue<Pending<T>> queue;
    private final Consumer<List<T>> writeInOneTransaction;
    private final java.util.function.IntConsumer groupWritten;
    private final int maxGroup;
    private final Thread writer;
    private volatile boolean closed;
    private long groupsWritten;
    private long itemsWritten;

    GroupCommit(String name, int capacity, int maxGroup, Consumer<List<T>> writeInOneTransaction,
                java.util.function.IntConsumer groupWritten) {
        this.groupWritten = groupWritten;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.maxGroup = maxGroup;
        this.writeInOneTransaction = writeInOneTransaction;
        this.writer = new Thread(this::run, name);
        writer.setDaemon(true);
        writer.start();
    }

    /** Completes when the item is stored; waits for room when {@code capacity} items are already waiting. */
    CompletableFuture<Void> submit(T item) {
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("closed: the service is stopping"));
        }
        Pending<T> p = new Pending<>(item, new CompletableFuture<>());
        try {
            queue.put(p);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CompletableFuture.failedFuture(e);
        }
        return p.written();
    }

    private void run() {
        List<Pending<T>> group = new ArrayList<>(maxGroup);
        // never interrupted: an interrupt could break a write in the middle of its JDBC call
        while (!closed || !queue.isEmpty()) {
            Pending<T> first;
            try {
                first = queue.poll(IDLE_POLL_MS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (first == null) {
                continue;
            }
            group.add(first);
            queue.drainTo(group, maxGroup - 1);
            write(group);
            group.clear();
        }
    }

    private void write(List<Pending<T>> group) {
        try {
            writeInOneTransaction.accept(group.stream().map(Pending::item).toList());
        } catch (RuntimeException | Error e) {
            if (kr.policy.checker.problem.DatabaseOutages.causedBy(e)) {
                LOG.warnf("a group of %d records was not stored, the database is unreachable; their requests fail",
                        group.size());
            } else {
                LOG.errorf(e, "a group of %d records was not stored; their requests fail", group.size());
            }
            group.forEach(p -> p.written().completeExceptionally(e));
            return;
        }
        groupsWritten++;
        itemsWritten += group.size();
        groupWritten.accept(group.size());
        group.forEach(p -> p.written().complete(null));
    }

    /** Stops taking items, writes what is waiting, then ends the writer. */
    @Override
    public void close() {
        closed = true;
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (groupsWritten > 0) {
            LOG.infof("%s: %d items stored in %d transactions (%.1f a transaction)", writer.getName(), itemsWritten,
                    groupsWritten, (double) itemsWritten / groupsWritten);
        }
        // an item put while the writer was finishing is refused, never left waiting
        List<Pending<T>> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(p -> p.written().completeExceptionally(new IllegalStateException("closed: not stored")));
    }
}
