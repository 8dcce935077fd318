package org.memdsl.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** The version written into every provenance record is the engine bundle's release version. */
class VersionTest {

    @Test
    void provenanceVersionMatchesTheBundle() {
        Version bundle = FrameworkUtil.getBundle(MemdslVersion.class).getVersion();
        assertEquals(bundle.getMajor() + "." + bundle.getMinor() + "." + bundle.getMicro(), MemdslVersion.get());
    }
}
