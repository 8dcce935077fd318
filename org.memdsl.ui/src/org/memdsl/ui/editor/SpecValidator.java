package org.memdsl.ui.editor;

import java.io.IOException;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.memdsl.resource.TextResources;

import com.google.inject.Inject;

/**
 * Validates editor text as if it were the file at {@code uri}, so imports resolve relative to the
 * file; the file on disk is not read for the main resource.
 */
public class SpecValidator {

    @Inject
    private TextResources texts;

    @Inject
    private IResourceValidator validator;

    public List<Issue> validate(String text, URI uri, CancelIndicator cancel) throws IOException {
        Resource resource = texts.load(text, uri);
        EcoreUtil.resolveAll(resource);
        return validator.validate(resource, CheckMode.ALL, cancel);
    }
}
