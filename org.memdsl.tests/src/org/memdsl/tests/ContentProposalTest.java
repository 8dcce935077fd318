package org.memdsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.TextRegion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.memdsl.ide.MemDslIdeSetup;

import com.google.inject.Injector;

/** Content assist of the generic IDE services (what the editor and a language server show). */
class ContentProposalTest {

    private static final Injector INJECTOR = new MemDslIdeSetup().createInjectorAndDoEMFRegistration();
    private static final ExecutorService POOL = Executors.newSingleThreadExecutor();

    @AfterAll
    static void stop() {
        POOL.shutdown();
    }

    private static List<String> proposals(String text, int offset) throws Exception {
        XtextResource resource = (XtextResource) INJECTOR.getInstance(XtextResourceSet.class)
                .createResource(URI.createURI("dummy:/assist.mem"));
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
        ContentAssistContextFactory factory = INJECTOR.getInstance(ContentAssistContextFactory.class);
        factory.setPool(POOL);
        ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
        IdeContentProposalAcceptor acceptor = INJECTOR.getInstance(IdeContentProposalAcceptor.class);
        INJECTOR.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts), acceptor);
        List<String> out = new ArrayList<>();
        for (ContentAssistEntry e : acceptor.getEntries()) {
            out.add(e.getProposal());
        }
        return out;
    }

    @Test
    void familiesAfterTheColonOfADevice() throws Exception {
        assertEquals(List.of("linear_ion_drift"), proposals("device d : ", 11));
    }

    @Test
    void unitsOfTheParameterAfterItsNumber() throws Exception {
        String text = "stimulus p : pulse { width = 5 ";
        // After "5 " come a unit of time, or the next argument, or the end of the assignment or block.
        assertEquals(Set.of("s", "ms", "µs", "ns", "amplitude", "width", "rise", "fall", "delay", "tail", ";", "}"),
                Set.copyOf(proposals(text, text.length())));
    }

    @Test
    void parameterNamesOfTheDeviceFamily() throws Exception {
        String text = "device d : linear_ion_drift { ";
        assertEquals(Set.of("r_on", "r_off", "thickness", "mobility", "w0", "window_p", "}"),
                Set.copyOf(proposals(text, text.length())));
    }
}
