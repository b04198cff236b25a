package io.griddle.binding;

import io.griddle.binding.forms.FormData;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The files of a form record: put into the record's tree as they are (POJO nodes holding the {@link
 * io.griddle.UploadFile}), for the record's binder to take ({@code JsonBinders}' UploadFile binder). A text value
 * sent where a file is expected goes in as text, which that binder refuses as FastAPI does.
 */
final class FormFiles {

    private FormFiles() {}

    static void put(ObjectNode node, String name, boolean list, FormData form) {
        if (list) {
            List<Object> all = form.all(name);
            if (!all.isEmpty()) {
                ArrayNode array = node.putArray(name);
                all.forEach(value -> {
                    if (value instanceof String text) {
                        array.add(text);
                    } else {
                        array.addPOJO(value);
                    }
                });
            }
            return;
        }
        Object value = form.last(name);
        if (value instanceof String text) {
            if (!text.isEmpty()) {
                node.put(name, text);
            }
        } else if (value != null) {
            node.putPOJO(name, value);
        }
    }
}
