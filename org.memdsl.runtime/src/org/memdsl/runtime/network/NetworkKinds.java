package org.memdsl.runtime.network;

import java.util.List;
import java.util.Optional;

/** The network kinds of the engine, by the name used after {@code network NAME :}. */
public final class NetworkKinds {

    private static final List<NetworkKind> ALL = List.of(new DiehlCookKind(), new MlpKind());

    private NetworkKinds() {
    }

    public static List<NetworkKind> all() {
        return ALL;
    }

    public static Optional<NetworkKind> byName(String name) {
        return ALL.stream().filter(k -> k.name().equals(name)).findFirst();
    }
}
