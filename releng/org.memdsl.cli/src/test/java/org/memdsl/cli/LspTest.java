package org.memdsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code memdsl lsp} answers a JSON-RPC client as an editor would talk to it: diagnostics with
 * their range, completion of families, hover from the catalogues, definition of a reference and
 * the document's symbols.
 */
class LspTest {

    private static final String SPEC = """
            device cell : bipolar_filament { }
            stimulus p : pulse { amplitude = 1.2 V width = 10 mV }
            experiment e { device cell apply p measure epsc }
            """;

    /** A client that keeps what the server publishes. */
    static final class Client implements LanguageClient {
        final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.add(params);
        }

        @Override
        public void showMessage(MessageParams message) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }
    }

    @TempDir
    Path workspace;

    private final Client client = new Client();
    private LanguageServer server;
    private String uri;

    @BeforeEach
    void connect() throws Exception {
        PipedInputStream serverIn = new PipedInputStream(1 << 16);
        PipedOutputStream clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 16);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        LspCommand.serve(serverIn, serverOut);
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, clientIn, clientOut);
        launcher.startListening();
        server = launcher.getRemoteProxy();

        InitializeParams init = new InitializeParams();
        init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws")));
        init.setRootUri(workspace.toUri().toString()); // Xtext reads the root URI unless workspace folders are declared
        var capabilities = server.initialize(init).get(30, TimeUnit.SECONDS).getCapabilities();
        assertTrue(capabilities.getHoverProvider().isLeft() || capabilities.getHoverProvider().isRight());
        server.initialized(new InitializedParams());
        uri = workspace.resolve("spec.mem").toUri().toString();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "memdsl", 1,
                SPEC)));
    }

    @AfterEach
    void shutdown() throws Exception {
        server.shutdown().get(10, TimeUnit.SECONDS);
    }

    @Test
    void diagnosticsNameTheWrongUnitWhereItIs() throws Exception {
        PublishDiagnosticsParams published;
        do {
            published = client.diagnostics.poll(30, TimeUnit.SECONDS);
            assertTrue(published != null, "diagnostics published");
        } while (!published.getUri().equals(uri) || published.getDiagnostics().isEmpty());
        var diagnostic = published.getDiagnostics().get(0);
        assertEquals("'mV' is not a unit of time (s) for 'width'", diagnostic.getMessage().getLeft());
        assertEquals(new Position(1, SPEC.lines().toList().get(1).indexOf("mV")), diagnostic.getRange().getStart());
    }

    @Test
    void completionOffersTheFamilies() throws Exception {
        var result = server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri),
                new Position(0, "device cell : ".length()))).get(30, TimeUnit.SECONDS);
        List<String> labels = result.isLeft() ? result.getLeft().stream().map(CompletionItem::getLabel).toList()
                : result.getRight().getItems().stream().map(CompletionItem::getLabel).toList();
        assertTrue(labels.containsAll(List.of("bipolar_filament", "opto_memristor", "filamentary")), labels.toString());
    }

    @Test
    void hoverExplainsTheParameter() throws Exception {
        Hover hover = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                new Position(1, SPEC.lines().toList().get(1).indexOf("amplitude") + 2))).get(30, TimeUnit.SECONDS);
        String text = hover.getContents().getRight().getValue();
        assertTrue(text.startsWith("**amplitude**: pulse height"), text);
    }

    @Test
    void definitionOfAReferenceIsItsDeclaration() throws Exception {
        String line = SPEC.lines().toList().get(2);
        var result = server.getTextDocumentService().definition(new DefinitionParams(new TextDocumentIdentifier(uri),
                new Position(2, line.indexOf("cell") + 1))).get(30, TimeUnit.SECONDS);
        List<? extends Location> locations = result.getLeft();
        assertEquals(1, locations.size());
        assertEquals(0, locations.get(0).getRange().getStart().getLine(), "device cell is declared on line 1");
    }

    @Test
    void referencesAndRenameFollowTheDeclaration() throws Exception {
        var references = server.getTextDocumentService().references(new ReferenceParams(new TextDocumentIdentifier(
                uri), new Position(0, "device ce".length()), new ReferenceContext(false))).get(30, TimeUnit.SECONDS);
        assertEquals(List.of(2), references.stream().map(l -> l.getRange().getStart().getLine()).toList(),
                "the experiment's device line refers to cell");
        WorkspaceEdit edit = server.getTextDocumentService().rename(new RenameParams(new TextDocumentIdentifier(uri),
                new Position(0, "device ce".length()), "dot")).get(30, TimeUnit.SECONDS);
        List<TextEdit> edits = edit.getChanges().get(uri);
        assertEquals(2, edits.size(), "declaration and reference renamed: " + edits);
        assertTrue(edits.stream().allMatch(e -> e.getNewText().equals("dot")), edits.toString());
    }

    @Test
    void codeActionsFixTheWrongUnit() throws Exception {
        String line = SPEC.lines().toList().get(1);
        Position start = new Position(1, line.indexOf("mV"));
        var actions = server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri),
                new Range(start, new Position(1, line.indexOf("mV") + 2)), new CodeActionContext(List.of())))
                .get(30, TimeUnit.SECONDS);
        CodeAction action = actions.get(0).getRight();
        assertEquals("Change the unit to s", action.getTitle());
        TextEdit edit = action.getEdit().getChanges().get(uri).get(0);
        assertEquals("s", edit.getNewText());
        assertEquals(start, edit.getRange().getStart());
    }

    @Test
    void formattingUsesTheLanguagesFormatter() throws Exception {
        String messy = "device cell : vteam {r_on=10 kΩ}\n";
        String other = workspace.resolve("messy.mem").toUri().toString();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(other, "memdsl", 1,
                messy)));
        List<? extends TextEdit> edits = server.getTextDocumentService().formatting(new DocumentFormattingParams(
                new TextDocumentIdentifier(other), new FormattingOptions(4, true))).get(30, TimeUnit.SECONDS);
        assertTrue(!edits.isEmpty(), "edits for an unformatted file");
        StringBuilder text = new StringBuilder(messy);
        for (TextEdit e : edits.stream().sorted((a, b) -> Integer.compare(b.getRange().getStart().getCharacter(),
                a.getRange().getStart().getCharacter())).toList()) {
            assertEquals(0, e.getRange().getStart().getLine(), "a one-line file");
            text.replace(e.getRange().getStart().getCharacter(), e.getRange().getEnd().getCharacter(), e.getNewText());
        }
        assertEquals("device cell : vteam { r_on = 10 kΩ }\n", text.toString());
    }

    @Test
    void documentSymbolsAreTheDeclarations() throws Exception {
        List<Either<SymbolInformation, DocumentSymbol>> symbols = server.getTextDocumentService().documentSymbol(
                new DocumentSymbolParams(new TextDocumentIdentifier(uri))).get(30, TimeUnit.SECONDS);
        List<String> names = symbols.stream().map(s -> s.isLeft() ? s.getLeft().getName() : s.getRight().getName())
                .toList();
        assertTrue(names.containsAll(List.of("cell", "p", "e")), names.toString());
    }
}
