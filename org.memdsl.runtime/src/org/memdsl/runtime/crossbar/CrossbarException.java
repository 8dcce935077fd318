package org.memdsl.runtime.crossbar;

/** A crossbar solve that did not converge; the message gives the residual reached. */
public class CrossbarException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CrossbarException(String message) {
        super(message);
    }
}
