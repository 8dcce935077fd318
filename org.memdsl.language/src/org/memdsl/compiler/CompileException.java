package org.memdsl.compiler;

import org.eclipse.emf.ecore.EObject;

/** A spec that cannot be turned into runtime objects; {@link #source()} is where it went wrong. */
public class CompileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient EObject source;

    public CompileException(String message, EObject source) {
        super(message);
        this.source = source;
    }

    public EObject source() {
        return source;
    }
}
