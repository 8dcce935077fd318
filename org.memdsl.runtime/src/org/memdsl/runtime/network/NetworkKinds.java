package org.memdsl.runtime.network;

import java.util.List;

import org.memdsl.runtime.catalog.Catalogue;

/** The network kinds of the engine, by the name used after {@code network NAME :}. */
public final class NetworkKinds {

    public static final Catalogue<NetworkKind> CATALOGUE = new Catalogue<>("network kind", "network", List.of(
            new DiehlCookKind(),
            new MlpKind()));

    private NetworkKinds() {
    }
}
