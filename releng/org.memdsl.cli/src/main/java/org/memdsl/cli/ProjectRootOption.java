package org.memdsl.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.memdsl.compiler.ProjectRoot;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --root DIR}: the project folder whose files the specs may read (imports, data files). */
public final class ProjectRootOption {

    @Spec(Spec.Target.MIXEE)
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--root", paramLabel = "DIR", description = "project folder: specs read imports and data files "
            + "only inside it (default: the nearest folder above the spec with .memdsl-root, .project or .git, "
            + "else the spec's own folder)")
    void setRoot(Path root) {
        if (!Files.isDirectory(root)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--root " + root + " is not a folder");
        }
        System.setProperty(ProjectRoot.ROOT_PROPERTY, root.toAbsolutePath().normalize().toString());
    }
}
