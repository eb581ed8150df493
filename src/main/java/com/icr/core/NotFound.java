package com.icr.core;

/**
 * Nothing of that id in the caller's site (which is also what another site's id looks
 * like). The message ({@link Explained}) names what was looked for.
 */
public class NotFound extends RuntimeException implements Explained {

    private final String key;

    private final transient Object[] arguments;

    public NotFound(String key, Object... arguments) {
        super(ErrorBundle.english(key, arguments));
        this.key = key;
        this.arguments = arguments.clone();
    }

    @Override
    public String messageKey() {
        return key;
    }

    @Override
    public Object[] messageArguments() {
        return arguments.clone();
    }

}
