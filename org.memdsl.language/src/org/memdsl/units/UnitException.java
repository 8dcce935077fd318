package org.memdsl.units;

/** A value whose unit is unknown or of the wrong dimension. */
public class UnitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnitException(String message) {
        super(message);
    }
}
