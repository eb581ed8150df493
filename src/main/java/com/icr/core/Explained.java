package com.icr.core;

/**
 * A refusal a person may read: a key of the error bundle ({@code i18n/errors}) and the
 * arguments its message takes. The web layer says it in the caller's language;
 * {@code getMessage()} stays English, for the logs.
 */
public interface Explained {

    String messageKey();

    Object[] messageArguments();

}
