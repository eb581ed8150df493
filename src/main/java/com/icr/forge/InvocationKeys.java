package com.icr.forge;

import com.nimbusds.jose.jwk.RSAKey;
import java.util.Optional;

/**
 * The public keys that sign Forge Invocation Tokens, by key id. The door's own
 * implementation reads the key set Atlassian publishes ({@code icr.forge.jwks-url}); the
 * local preview adds the key of its stand-in for the Forge platform.
 */
public interface InvocationKeys {

    Optional<RSAKey> key(String keyId);

}
