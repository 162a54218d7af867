package io.powermap.profile.domain;

import java.sql.SQLException;

/** A database failure on the write path; the transaction rolls back and the document is retried. */
public class StoreException extends RuntimeException {

    StoreException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
