package io.griddle.binding.validation;

import io.griddle.RequestValidationError.Issue;
import io.griddle.binding.reflect.Types;
import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ExecutableDescriptor;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * A constraint on a parameter that {@link Constraints} does not check itself (an application's own, say
 * {@code @ValidItemId}): its Jakarta {@link ConstraintValidator}, chosen for the value's type and initialized once
 * at startup, runs on the converted value. A value it refuses is Pydantic's {@code value_error} for a validator
 * that raised {@code ValueError}: "Value error, " and the constraint's message, {@code {"error": {}}} as ctx.
 *
 * <pre>{@code
 * @Get("/items/") Map<String, Object> read(@Query @ValidItemId Optional<String> id)
 * // GET /items/?id=wtf  ->  422 {"type": "value_error", "loc": ["query", "id"], "msg": "Value error, ...", ...}
 * }</pre>
 */
final class CustomConstraint {

    private CustomConstraint() {}

    /** The check of one constraint annotation on the parameter; fails at startup when no validator fits. */
    static Constraints.Check forParameter(Parameter parameter, Annotation annotation, String where) {
        ValidatorFactory factory = BeanValidation.factory();
        ConstraintDescriptor<?> descriptor = descriptor(factory, parameter, annotation, where);
        Class<?> valueType = MethodType.methodType(valueType(parameter)).wrap().returnType();
        ConstraintValidator<Annotation, Object> validator = validator(factory, descriptor, valueType, where);
        MessageInterpolator interpolator = factory.getMessageInterpolator();
        ClockProvider clock = factory.getClockProvider();
        return (value, input, loc) -> {
            Context context = new Context(descriptor.getMessageTemplate(), clock);
            if (validator.isValid(value, context)) {
                return null;
            }
            String message = interpolator.interpolate(context.template(), new MessageInterpolator.Context() {
                @Override
                public ConstraintDescriptor<?> getConstraintDescriptor() {
                    return descriptor;
                }

                @Override
                public Object getValidatedValue() {
                    return value;
                }

                @Override
                public <T> T unwrap(Class<T> type) {
                    throw new ValidationException("cannot unwrap to " + type);
                }
            });
            return new Issue("value_error", loc, "Value error, " + message, input, Map.of("error", Map.of()));
        };
    }

    // The Jakarta metadata of the constraint: its message template, attributes and validator classes.
    private static ConstraintDescriptor<?> descriptor(
            ValidatorFactory factory, Parameter parameter, Annotation annotation, String where) {
        Executable executable = parameter.getDeclaringExecutable();
        int index = Arrays.asList(executable.getParameters()).indexOf(parameter);
        try {
            var bean = factory.getValidator().getConstraintsForClass(executable.getDeclaringClass());
            ExecutableDescriptor described = executable instanceof Method method
                    ? bean.getConstraintsForMethod(method.getName(), method.getParameterTypes())
                    : bean.getConstraintsForConstructor(((Constructor<?>) executable).getParameterTypes());
            if (described != null) {
                for (ConstraintDescriptor<?> descriptor :
                        described.getParameterDescriptors().get(index).getConstraintDescriptors()) {
                    if (descriptor.getAnnotation().equals(annotation)) {
                        return descriptor;
                    }
                }
            }
        } catch (ValidationException e) {
            throw new IllegalArgumentException(
                    where + ": @" + annotation.annotationType().getSimpleName() + " cannot be read: " + e.getMessage(),
                    e);
        }
        throw new IllegalArgumentException(
                where + ": @" + annotation.annotationType().getSimpleName()
                        + " is not a constraint the Jakarta validator knows on this parameter");
    }

    // The validator of the descriptor that accepts the value's type, initialized with the annotation.
    @SuppressWarnings("unchecked")
    private static ConstraintValidator<Annotation, Object> validator(
            ValidatorFactory factory, ConstraintDescriptor<?> descriptor, Class<?> valueType, String where) {
        for (Class<? extends ConstraintValidator<?, ?>> type : descriptor.getConstraintValidatorClasses()) {
            if (validatedType(type).isAssignableFrom(valueType)) {
                ConstraintValidator<Annotation, Object> validator = (ConstraintValidator<Annotation, Object>)
                        factory.getConstraintValidatorFactory().getInstance(type);
                validator.initialize(descriptor.getAnnotation());
                return validator;
            }
        }
        throw new IllegalArgumentException(
                where + ": @" + descriptor.getAnnotation().annotationType().getSimpleName()
                        + " has no validator for " + valueType.getSimpleName()
                        + " (composed constraints without a validator of their own are not supported on parameters)");
    }

    // T of ConstraintValidator<A, T>, looked up through the validator's superclasses and interfaces.
    private static Class<?> validatedType(Class<?> type) {
        for (Class<?> at = type; at != null && at != Object.class; at = at.getSuperclass()) {
            for (Type implemented : at.getGenericInterfaces()) {
                if (implemented instanceof ParameterizedType generic
                        && generic.getRawType() == ConstraintValidator.class) {
                    return Types.raw(generic.getActualTypeArguments()[1]);
                }
                if (implemented instanceof Class<?> plain
                        && ConstraintValidator.class.isAssignableFrom(plain)
                        && plain != ConstraintValidator.class) {
                    return validatedType(plain);
                }
            }
        }
        return Object.class;
    }

    // What the check receives: the value inside an Optional, else the parameter's own type.
    private static Class<?> valueType(Parameter parameter) {
        if (parameter.getType() == Optional.class && parameter.getParameterizedType() instanceof ParameterizedType p) {
            return Types.raw(p.getActualTypeArguments()[0]);
        }
        return parameter.getType();
    }

    /**
     * What a validator may ask while it checks a value: its default message, or a message of its own. Paths into
     * the value (property or container nodes) mean nothing for a single parameter and are refused.
     */
    private static final class Context implements ConstraintValidatorContext {
        private final String defaultTemplate;
        private final ClockProvider clock;
        private String template;

        Context(String defaultTemplate, ClockProvider clock) {
            this.defaultTemplate = defaultTemplate;
            this.clock = clock;
        }

        String template() {
            return template != null ? template : defaultTemplate;
        }

        @Override
        public void disableDefaultConstraintViolation() {
            // One message is reported either way: the validator's own when it added one.
        }

        @Override
        public String getDefaultConstraintMessageTemplate() {
            return defaultTemplate;
        }

        @Override
        public ClockProvider getClockProvider() {
            return clock;
        }

        @Override
        public ConstraintViolationBuilder buildConstraintViolationWithTemplate(String messageTemplate) {
            return new ConstraintViolationBuilder() {
                @Override
                @SuppressWarnings("deprecation")
                public NodeBuilderDefinedContext addNode(String name) {
                    throw unsupported();
                }

                @Override
                public NodeBuilderCustomizableContext addPropertyNode(String name) {
                    throw unsupported();
                }

                @Override
                public LeafNodeBuilderCustomizableContext addBeanNode() {
                    throw unsupported();
                }

                @Override
                public ContainerElementNodeBuilderCustomizableContext addContainerElementNode(
                        String name, Class<?> containerType, Integer typeArgumentIndex) {
                    throw unsupported();
                }

                @Override
                public NodeBuilderDefinedContext addParameterNode(int index) {
                    throw unsupported();
                }

                @Override
                public ConstraintValidatorContext addConstraintViolation() {
                    // The first message a validator adds is the one reported: one issue per parameter, as Pydantic.
                    if (template == null) {
                        template = messageTemplate;
                    }
                    return Context.this;
                }
            };
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            if (type.isInstance(this)) {
                return type.cast(this);
            }
            throw new ValidationException("a parameter's validator context cannot be unwrapped to " + type.getName());
        }

        private static UnsupportedOperationException unsupported() {
            return new UnsupportedOperationException("a constraint on a parameter cannot add nodes to its path");
        }
    }
}
