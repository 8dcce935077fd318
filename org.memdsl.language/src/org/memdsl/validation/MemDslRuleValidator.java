package org.memdsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.memdsl.memDsl.MemDslPackage;

/** Base of the validators composed into {@link MemDslValidator}. */
abstract class MemDslRuleValidator extends AbstractDeclarativeValidator {

    @Override
    protected List<EPackage> getEPackages() {
        return List.of(MemDslPackage.eINSTANCE);
    }

    /** Runs as part of {@link MemDslValidator}; registering it on its own would run every rule twice. */
    @Override
    public void register(EValidatorRegistrar registrar) {
    }
}
