package org.memdsl.cli;

import org.memdsl.MemDslStandaloneSetup;
import org.memdsl.runtime.MemdslVersion;

import com.google.inject.Injector;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** {@code memdsl}: check and run {@code .mem} experiment specs without the workbench. */
@Command(name = "memdsl", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Check and run memdsl experiment specs (.mem files).",
        subcommands = { CheckCommand.class, RunCommand.class, ExportSpiceCommand.class,
                ReferenceCommand.class, PapersCommand.class, FormatCommand.class, LspCommand.class,
                EditorBenchCommand.class, CheckBenchCommand.class, BundleCommand.class,
                CommandLine.HelpCommand.class })
public final class Main implements Runnable {

    /** Exit code for specs with errors. */
    public static final int EXIT_SPEC_ERRORS = 1;
    /** Exit code for unreadable input or unwritable output. */
    public static final int EXIT_IO = 3;
    /** Exit code for runs whose results miss an {@code expect} of the spec. */
    public static final int EXIT_EXPECTATIONS = 4;
    /** Exit code for bad command-line options (as picocli uses). */
    public static final int EXIT_USAGE = 2;

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] { "memdsl " + MemdslVersion.get() };
        }
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a command: check, run, export-spice, reference, papers, format, lsp");
    }

    /**
     * Builds the command line. The language's injector is created only when a command that needs it
     * runs (its {@code @Inject} fields are filled then), so {@code --version} and {@code --help}
     * answer without setting up Xtext.
     */
    public static CommandLine commandLine() {
        Injector[] injector = new Injector[1];
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionStrategy(parsed -> {
            CommandLine.ParseResult last = parsed;
            while (last.hasSubcommand()) {
                last = last.subcommand();
            }
            Object command = last.commandSpec().userObject();
            if (needsInjection(command.getClass())) {
                if (injector[0] == null) {
                    injector[0] = new MemDslStandaloneSetup().createInjectorAndDoEMFRegistration();
                }
                injector[0].injectMembers(command);
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        return commandLine;
    }

    private static boolean needsInjection(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (java.lang.reflect.Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(com.google.inject.Inject.class)) {
                    return true;
                }
            }
        }
        return false;
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        // Guice's class generation uses sun.misc.Unsafe, which JDK 24+ warns about on stderr; the
        // language needs no method interception, so it is switched off.
        System.setProperty("guice_bytecode_gen_option", "DISABLED");
        System.exit(commandLine().execute(args));
    }
}
