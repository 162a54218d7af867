package io.powermap.search.service;

import java.io.IOException;
import java.time.Duration;

import jakarta.ws.rs.core.Response.Status;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;

import io.powermap.contract.problem.ProblemException;

/** Runs a read against the latest reopened reader, within the query time limit. */
final class Searches {

    interface Read<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private Searches() {
    }

    static <T> T run(SearcherManager manager, Duration limit, Read<T> read) throws IOException {
        IndexSearcher shared = manager.acquire();
        try {
            IndexReader reader = shared.getIndexReader();
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setTimeout(new QueryTimeoutImpl(limit.toMillis()));
            T result = read.run(searcher);
            if (searcher.timedOut()) {
                throw new ProblemException(Status.SERVICE_UNAVAILABLE,
                    "The query took longer than " + limit.toMillis() + " ms; narrow it (fewer wildcards, more words).");
            }
            return result;
        } finally {
            manager.release(shared);
        }
    }
}
