package com.icr.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for Atlassian's install-key server: serves the PEM public key of each key id
 * at {@code /{kid}}, 404 for an unknown one. One per test JVM.
 */
public final class KeyServer {

    private static KeyServer instance;

    private final HttpServer server;

    private final Map<String, KeyPair> keys = new ConcurrentHashMap<>();

    private KeyServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String kid = exchange.getRequestURI().getPath().substring(1);
            KeyPair pair = keys.get(kid);
            byte[] body = pair == null ? "not found".getBytes(StandardCharsets.UTF_8)
                    : pem(pair).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(pair == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        StandInServers.startInBackground(server);
    }

    public static synchronized KeyServer get() {
        if (instance == null) {
            try {
                instance = new KeyServer();
            }
            catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A fresh RSA key pair, published under {@code kid}. */
    public KeyPair publish(String kid) {
        return keys.computeIfAbsent(kid, k -> newKeyPair());
    }

    /** A key pair nobody publishes: signatures made with it must be refused. */
    public static KeyPair unpublished() {
        return newKeyPair();
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(KeyPair pair) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(pair.getPublic().getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n";
    }

}
