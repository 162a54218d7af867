package io.powermap.search.service;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;
import org.jboss.logging.Logger;

/**
 * The ordinals of facet labels for each reopened reader. Building them takes 40 to 100 ms at
 * 150,000 entities; a query used to pay that after every refresh, and each query running at that
 * moment built its own. Now one build per reader, shared by the queries that need it meanwhile,
 * is started in the background as soon as a refresh makes a new reader visible (after it, so
 * visibility does not wait).
 */
final class FacetStates implements ReferenceManager.RefreshListener, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(FacetStates.class);

    private final SearcherManager searchers;
    private final Map<IndexReader.CacheKey, CompletableFuture<SortedSetDocValuesReaderState>> states = new ConcurrentHashMap<>();
    private final ExecutorService builder = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "facet-states");
        thread.setDaemon(true);
        return thread;
    });

    FacetStates(SearcherManager searchers) {
        this.searchers = searchers;
        searchers.addListener(this);
    }

    /** The state of this reader, null while no entity has a facet. */
    SortedSetDocValuesReaderState of(IndexReader reader) throws IOException {
        IndexReader.CacheHelper cache = reader.getReaderCacheHelper();
        if (cache == null) {
            return build(reader);
        }
        CompletableFuture<SortedSetDocValuesReaderState> mine = new CompletableFuture<>();
        CompletableFuture<SortedSetDocValuesReaderState> state = states.putIfAbsent(cache.getKey(), mine);
        if (state == null) {
            cache.addClosedListener(states::remove);
            try {
                mine.complete(build(reader));
            } catch (IOException | RuntimeException e) {
                states.remove(cache.getKey());
                mine.completeExceptionally(e);
            }
            state = mine;
        }
        try {
            return state.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    private static SortedSetDocValuesReaderState build(IndexReader reader) throws IOException {
        try {
            return new DefaultSortedSetDocValuesReaderState(reader, EntityDocuments.FACETS);
        } catch (IllegalArgumentException e) {
            return null; // an index without any entity yet
        }
    }

    @Override
    public void beforeRefresh() {
    }

    @Override
    public void afterRefresh(boolean didRefresh) {
        if (!didRefresh) {
            return;
        }
        try {
            builder.execute(() -> {
                try {
                    IndexSearcher searcher = searchers.acquire();
                    try {
                        of(searcher.getIndexReader());
                    } finally {
                        searchers.release(searcher);
                    }
                } catch (IOException | RuntimeException e) {
                    LOG.debugf(e, "facet state not prepared; the next search builds it");
                }
            });
        } catch (RejectedExecutionException e) {
            // closing
        }
    }

    @Override
    public void close() {
        searchers.removeListener(this);
        builder.shutdownNow();
    }
}
