package org.memdsl.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;

import com.google.inject.Guice;

import picocli.CommandLine.Command;

/**
 * {@code memdsl lsp}: Xtext's language server for memdsl on standard input and output, for VS
 * Code, Neovim, Emacs and any other LSP client: diagnostics, completion, hover, definition,
 * references, rename, document symbols. The language comes from the IDE setup registered as an
 * {@code org.eclipse.xtext.ISetup} service, the same services as the workbench's.
 */
@Command(name = "lsp", description = "Run the memdsl language server on standard input/output (LSP, JSON-RPC).")
public class LspCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        serve(System.in, System.out).get();
        return 0;
    }

    /** Starts a server for one client on the streams; the future ends when the input closes. */
    public static Future<Void> serve(InputStream in, OutputStream out) {
        LanguageServerImpl server = Guice.createInjector(new ServerModule()).getInstance(LanguageServerImpl.class);
        Launcher<LanguageClient> launcher = new Launcher.Builder<LanguageClient>().setLocalService(server)
                .setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out).create();
        server.connect(launcher.getRemoteProxy());
        return launcher.startListening();
    }
}
