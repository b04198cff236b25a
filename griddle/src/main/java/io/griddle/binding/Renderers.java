package io.griddle.binding;

import io.griddle.ResponseModel;
import io.griddle.binding.responses.InterfaceModel;
import io.griddle.binding.responses.ModelWriter;
import io.griddle.http.Json;
import io.griddle.http.Response;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.function.Function;
import tools.jackson.databind.ObjectWriter;

/**
 * Turns a handler's result into a response, prepared per method: JSON through a writer for the declared return type
 * (FastAPI's response model: a subclass's extra fields, a password say, never leave), with the status of
 * {@link io.griddle.StatusCode @StatusCode}, and no body for 204 and 304. A declared interface with accessors
 * ({@link InterfaceModel}) sends only its properties; a sealed interface of records (a union) sends the record
 * returned, whole. A returned {@link Response} is sent as it is. With
 * {@link ResponseModel @ResponseModel} the result goes through a {@link ModelWriter}; a model that is or contains a
 * {@code Response} is refused at startup, as no result could be checked against it.
 */
final class Renderers {

    private Renderers() {}

    static Function<Object, Response> forMethod(Method method, boolean returnsStage) {
        io.griddle.StatusCode status = method.getAnnotation(io.griddle.StatusCode.class);
        int code = status == null ? 200 : status.value();
        if (code < 100 || code > 599) {
            throw new IllegalArgumentException(method + ": @StatusCode(" + code + ") is not an HTTP status");
        }
        io.griddle.responses.ResponseRenderer custom = ResponseClasses.of(method);
        if (custom != null) {
            return ResponseClasses.renderer(custom, ResponseClasses.status(method));
        }
        if (!io.griddle.http.Status.allowsBody(code)) {
            return value -> value instanceof Response response ? response : Response.empty(code);
        }
        Type declared = declared(method, returnsStage);
        if (io.griddle.binding.responses.StreamedResults.of(method, declared)
                instanceof io.griddle.binding.responses.StreamedResults.Streaming streaming) {
            return io.griddle.binding.responses.StreamedResults.renderer(method, streaming, code);
        }
        if (method.getAnnotation(ResponseModel.class) instanceof ResponseModel settings) {
            Type checked = model(method, returnsStage);
            refuseResponse(method, checked, checked);
            if (checked instanceof Class<?> type && InterfaceModel.isModel(type)) {
                throw new IllegalArgumentException(method + ": @ResponseModel needs a record; the interface "
                        + type.getSimpleName() + " is a response type only as the declared return type");
            }
            ModelWriter model = new ModelWriter(
                    checked, settings, method.getDeclaringClass().getSimpleName() + "." + method.getName());
            return value -> value instanceof Response response
                    ? response
                    : withStatus(Response.rawJson(model.write(value)), code);
        }
        if (declared == Response.class) {
            return value -> (Response) value;
        }
        if (declared instanceof Class<?> type && InterfaceModel.isModel(type)) {
            InterfaceModel view = InterfaceModel.of(type);
            return value -> value instanceof Response response
                    ? response
                    : withStatus(Response.rawJson(view.write(value)), code);
        }
        if (declared == Object.class || !(declared instanceof Class<?> || declared instanceof ParameterizedType)) {
            return value -> value instanceof Response response ? response : withStatus(Response.json(value), code);
        }
        // The declared type is the root type: Jackson writes its properties, not the runtime class's.
        ObjectWriter writer = Json.mapper().writerFor(Json.mapper().constructType(declared));
        return value -> value instanceof Response response
                ? response
                : withStatus(Response.rawJson(Json.write(writer, value)), code);
    }

    /** The response model: {@code @ResponseModel}'s type, else the declared return type (a stage's result type). */
    static Type model(Method method, boolean returnsStage) {
        if (method.getAnnotation(ResponseModel.class) instanceof ResponseModel settings
                && settings.value() != void.class) {
            return settings.value();
        }
        return declared(method, returnsStage);
    }

    // A Response is what a handler may send instead of data, never data to check: no model can contain one.
    private static void refuseResponse(Method method, Type model, Type part) {
        if (part instanceof Class<?> type && Response.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(method + ": " + model.getTypeName() + " cannot be a response model ("
                    + "a Response is sent as it is, not checked); a handler that returns a Response, or sometimes"
                    + " one, declares Response or Object without @ResponseModel");
        }
        if (part instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                refuseResponse(method, model, argument);
            }
        }
    }

    private static Type declared(Method method, boolean returnsStage) {
        Type declared = method.getGenericReturnType();
        if (returnsStage) {
            declared = declared instanceof ParameterizedType stage ? stage.getActualTypeArguments()[0] : Object.class;
        }
        return declared;
    }

    private static Response withStatus(Response response, int code) {
        return code == 200 ? response : response.status(code);
    }
}
