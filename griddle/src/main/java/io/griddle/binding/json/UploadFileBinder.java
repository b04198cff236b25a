package io.griddle.binding.json;

import io.griddle.RequestValidationError.Issue;
import io.griddle.UploadFile;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.POJONode;

/**
 * Binds an {@link UploadFile} component of a form record: the form binders put the file into the record's tree as a
 * POJO node. Anything else (text sent under a file's name, or a JSON body) is refused with FastAPI's message.
 */
final class UploadFileBinder implements JsonBinder {

    static final UploadFileBinder INSTANCE = new UploadFileBinder();

    private UploadFileBinder() {}

    @Override
    public Object bind(JsonNode node, List<Object> loc, List<Issue> issues) {
        if (node instanceof POJONode pojo && pojo.getPojo() instanceof UploadFile file) {
            return file;
        }
        if (node == null) {
            issues.add(new Issue("missing", loc, "Field required", null));
            return JsonBinder.INVALID;
        }
        String received = node.isString() ? "str" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        issues.add(new Issue(
                "value_error",
                loc,
                "Value error, Expected UploadFile, received: <class '" + received + "'>",
                node.isString() ? node.stringValue() : node,
                Map.of("error", Map.of())));
        return JsonBinder.INVALID;
    }
}
