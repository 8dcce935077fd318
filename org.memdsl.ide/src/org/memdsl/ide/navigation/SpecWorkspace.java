package org.memdsl.ide.navigation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceSetBasedResourceDescriptions;
import org.eclipse.xtext.util.concurrent.IUnitOfWork;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The {@code .mem} files a name may be used in, parsed from the texts the caller gives (an open
 * editor's unsaved text, otherwise the file's), in one resource set; files they import that were
 * not given are read from disk when first needed. Also the index and resource access Xtext's
 * reference finder asks for.
 */
public class SpecWorkspace {

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    @Inject
    private Provider<ResourceSetBasedResourceDescriptions> descriptions;

    private XtextResourceSet resourceSet;
    private final List<URI> given = new ArrayList<>();

    /** Parses every text, keyed by its file's URI, and resolves their references. */
    public SpecWorkspace open(Map<URI, String> texts) throws IOException {
        resourceSet = resourceSets.get();
        for (Map.Entry<URI, String> text : texts.entrySet()) {
            Resource resource = resourceSet.createResource(text.getKey());
            resource.load(new ByteArrayInputStream(text.getValue().getBytes(StandardCharsets.UTF_8)),
                    Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
            given.add(text.getKey());
        }
        EcoreUtil.resolveAll(resourceSet);
        return this;
    }

    /** The parsed file at {@code uri}: a given text, or (an import) the file on disk. */
    public XtextResource resource(URI uri) {
        return (XtextResource) resourceSet.getResource(uri, true);
    }

    /**
     * The URI this workspace knows a file by, for the same file written another way (the language
     * server's {@code file:///} form of a {@code file:/} URI).
     */
    public URI canonical(URI uri) {
        Path path = path(uri);
        if (path != null) {
            for (Resource resource : resourceSet.getResources()) {
                if (path.equals(path(resource.getURI()))) {
                    return resource.getURI();
                }
            }
        }
        return uri;
    }

    private static Path path(URI uri) {
        if (!uri.isFile()) {
            return null;
        }
        try {
            return Path.of(java.net.URI.create(uri.toString())).normalize();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The URIs of the given texts, in the order given. */
    public List<URI> files() {
        return List.copyOf(given);
    }

    IReferenceFinder.IResourceAccess access() {
        return new IReferenceFinder.IResourceAccess() {
            @Override
            public <R> R readOnly(URI targetURI, IUnitOfWork<R, ResourceSet> work) {
                try {
                    return work.exec(resourceSet);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    IResourceDescriptions index() {
        ResourceSetBasedResourceDescriptions index = descriptions.get();
        index.setContext(resourceSet);
        return index;
    }
}
