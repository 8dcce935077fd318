package org.memdsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/** Entry point of memdsl validation; the rules live in the composed validators. */
@ComposedChecks(validators = { KindValidator.class, DeclarationValidator.class, AssignmentValidator.class,
        ExperimentValidator.class, ExpectationValidator.class, OverlayValidator.class,
        NetworkValidator.class, ArrayValidator.class, ProtocolValidator.class, ImportValidator.class,
        StudyValidator.class, FitValidator.class })
public class MemDslValidator extends AbstractMemDslValidator {
}
