/**
 * A whole request body read as a form, urlencoded or multipart ({@link io.griddle.binding.forms.FormReader}), into
 * the fields and files the form binders take ({@link io.griddle.binding.forms.FormData}). Decision 013.
 */
package io.griddle.binding.forms;
