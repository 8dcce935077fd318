package org.memdsl.ide.server;

import java.util.Optional;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.memdsl.ide.hover.MemDslHovers;

import com.google.inject.Inject;

/** The language server's hover: the same Markdown as the workbench editor's ({@link MemDslHovers}). */
public class MemDslHoverService extends HoverService {

    @Inject
    private MemDslHovers hovers;

    @Override
    public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancel) {
        int offset = document.getOffSet(params.getPosition());
        Optional<String> text = hovers.hover(resource, offset);
        if (text.isEmpty()) {
            return super.hover(document, resource, params, cancel);
        }
        return new Hover(new MarkupContent(MarkupKind.MARKDOWN, text.get()));
    }
}
