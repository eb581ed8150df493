package com.icr.web;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A database that does not answer is not the request's fault and not a bug: the answer is
 * 503, so that Jira retries its webhook later and a user tries again, and the log gets
 * one line, not a stack trace.
 */
final class DatabaseFailures {

    static final String RETRY_AFTER_SECONDS = "5";

    /** The key of the message in the error bundle. */
    static final String MESSAGE = "web.database-outage";

    private DatabaseFailures() {
    }

    static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessException || t instanceof SQLTransientException
                    || t instanceof SQLNonTransientConnectionException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }

}
