package io.griddle.examples.tutorial.body_multiple_params;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/** A user: {@code username} required, {@code full_name} optional (named in JSON as Python writes it). */
public record User(
        String username, @JsonProperty("full_name") Optional<String> fullName) {}
