package org.memdsl.resource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * An editor's text (not the file on disk) parsed as the {@code .mem} file at {@code uri}, in a
 * fresh resource set so that imports resolve relative to that file. What completion, hover, quick
 * fixes, validation in the editor and formatting start from.
 */
public class TextResources {

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    public XtextResource load(String text, URI uri) throws IOException {
        XtextResource resource = (XtextResource) resourceSets.get().createResource(uri);
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
        return resource;
    }
}
