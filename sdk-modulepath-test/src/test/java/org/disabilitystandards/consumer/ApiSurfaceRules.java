package org.disabilitystandards.consumer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The rules of the API/internal line, as ArchUnit rules: a type of an API package (one whose name has no
 * {@code internal} segment) that a user can see (public, and nested only in such types) shows no type of an
 * internal package in its public or protected signatures, nor in its supertypes.
 */
final class ApiSurfaceRules {

    private ApiSurfaceRules() {
    }

    static boolean isInternal(JavaClass type) {
        String name = type.getPackageName();
        return name.endsWith(".internal") || name.contains(".internal.");
    }

    /** Public, and every enclosing class public too. */
    static final DescribedPredicate<JavaClass> VISIBLE_API_TYPE =
            DescribedPredicate.describe("visible API types", type -> {
                if (isInternal(type) || type.isAnonymousClass() || type.isLocalClass()) {
                    return false;
                }
                for (JavaClass c = type; c != null; c = c.getEnclosingClass().orElse(null)) {
                    if (!c.getModifiers().contains(JavaModifier.PUBLIC)) {
                        return false;
                    }
                }
                return true;
            });

    /** Fields, methods and constructors of API types: no internal type in their public signatures. */
    static ArchRule membersExposeNoInternalType() {
        return classes().that(VISIBLE_API_TYPE)
                .should(new ArchCondition<JavaClass>("show no internal type in public or protected signatures") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        for (JavaMember member : type.getMembers()) {
                            if (!isExposed(member)) {
                                continue;
                            }
                            for (JavaClass involved : signatureTypes(member)) {
                                if (isInternal(involved)) {
                                    events.add(SimpleConditionEvent.violated(member, member.getFullName()
                                            + " exposes internal type " + involved.getName()));
                                }
                            }
                        }
                    }
                });
    }

    /** Superclass and interfaces of API types (with their type arguments): no internal type. */
    static ArchRule supertypesExposeNoInternalType() {
        return classes().that(VISIBLE_API_TYPE)
                .should(new ArchCondition<JavaClass>("extend or implement no internal type") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        List<JavaType> supertypes = new ArrayList<>();
                        type.getSuperclass().ifPresent(supertypes::add);
                        supertypes.addAll(type.getInterfaces());
                        for (JavaType supertype : supertypes) {
                            for (JavaClass involved : supertype.getAllInvolvedRawTypes()) {
                                if (isInternal(involved)) {
                                    events.add(SimpleConditionEvent.violated(type, type.getName()
                                            + " inherits from internal type " + involved.getName()));
                                }
                            }
                        }
                    }
                });
    }

    private static boolean isExposed(JavaMember member) {
        Set<JavaModifier> modifiers = member.getModifiers();
        boolean inheritable = !member.getOwner().getModifiers().contains(JavaModifier.FINAL);
        return modifiers.contains(JavaModifier.PUBLIC)
                || modifiers.contains(JavaModifier.PROTECTED) && inheritable;
    }

    private static Collection<JavaClass> signatureTypes(JavaMember member) {
        List<JavaClass> types = new ArrayList<>();
        if (member instanceof JavaField field) {
            types.addAll(field.getType().getAllInvolvedRawTypes());
        } else if (member instanceof JavaCodeUnit code) {
            types.addAll(code.getReturnType().getAllInvolvedRawTypes());
            for (JavaType parameter : code.getParameterTypes()) {
                types.addAll(parameter.getAllInvolvedRawTypes());
            }
            types.addAll(code.getExceptionTypes());
        }
        return types;
    }
}
