package org.memdsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.memdsl.ide.contentassist.MemDslContentProposalProvider;
import org.memdsl.ide.highlighting.MemDslSemanticHighlighting;
import org.memdsl.ide.navigation.MemDslDocumentSymbols;
import org.memdsl.ide.navigation.MemDslSymbolDetails;
import org.memdsl.ide.navigation.MemDslSymbolNames;
import org.memdsl.ide.server.MemDslCodeActions;
import org.memdsl.ide.server.MemDslHoverService;

/** Guice bindings of the generic IDE services. */
public class MemDslIdeModule extends AbstractMemDslIdeModule {

    public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
        return MemDslContentProposalProvider.class;
    }

    public Class<? extends IHoverService> bindIHoverService() {
        return MemDslHoverService.class;
    }

    public Class<? extends ICodeActionService2> bindICodeActionService2() {
        return MemDslCodeActions.class;
    }

    public Class<? extends HierarchicalDocumentSymbolService> bindHierarchicalDocumentSymbolService() {
        return MemDslDocumentSymbols.class;
    }

    public Class<? extends DocumentSymbolNameProvider> bindDocumentSymbolNameProvider() {
        return MemDslSymbolNames.class;
    }

    public Class<? extends DocumentSymbolDetailsProvider> bindDocumentSymbolDetailsProvider() {
        return MemDslSymbolDetails.class;
    }

    public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
        return MemDslSemanticHighlighting.class;
    }
}
