package org.memdsl.ui.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Validates editor text as if it were the file at {@code uri}, so imports resolve relative to the
 * file; the file on disk is not read for the main resource.
 */
public class SpecValidator {

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    @Inject
    private IResourceValidator validator;

    public List<Issue> validate(String text, URI uri, CancelIndicator cancel) throws IOException {
        XtextResourceSet set = resourceSets.get();
        Resource resource = set.createResource(uri);
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                java.util.Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
        EcoreUtil.resolveAll(resource);
        return validator.validate(resource, CheckMode.ALL, cancel);
    }
}
