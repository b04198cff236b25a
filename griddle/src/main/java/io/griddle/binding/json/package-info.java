/**
 * JSON request bodies bound to Java values, per type, built once at startup: the tree binders that report every
 * problem as Pydantic does ({@link io.griddle.binding.json.JsonBinders}), the stream binders of the fast path for a
 * plainly valid body ({@link io.griddle.binding.json.StreamBinders}, decision 019) and the parser each platform
 * thread keeps ({@code KeptParser}, decision 020).
 */
package io.griddle.binding.json;
