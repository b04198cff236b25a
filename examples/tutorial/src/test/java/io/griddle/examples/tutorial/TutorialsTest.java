package io.griddle.examples.tutorial;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The runner finds tutorials by their FastAPI name and refuses other names. */
class TutorialsTest {

    @Test
    void findsATutorialByItsFastApiName() {
        assertThat(Tutorials.find("first_steps.tutorial001")).isPresent();
        assertThat(Tutorials.find("bigger_applications.app"))
                .as("FastAPI's name for its app/main.py")
                .isPresent();
    }

    @Test
    void findsEveryChapterPorted() {
        for (String name : new String[] {
            "path_params.tutorial005",
            "query_params.tutorial006",
            "body.tutorial004",
            "query_params_str_validations.tutorial014",
            "path_params_numeric_validations.tutorial006",
            "body_multiple_params.tutorial005",
            "body_fields.tutorial001",
            "body_nested_models.tutorial009",
            "response_model.tutorial003_01",
            "response_model.tutorial003_02",
            "response_model.tutorial003_03",
            "response_model.tutorial003_05",
            "query_params_str_validations.tutorial006b",
            "query_params_str_validations.tutorial006d",
            "query_params_str_validations.tutorial015",
            "static_files.tutorial001",
            "sub_applications.tutorial001",
            "behind_a_proxy.tutorial001_01",
            "behind_a_proxy.tutorial004",
            "custom_response.tutorial009b",
            "cors.tutorial001",
            "middleware.tutorial001",
            "advanced_middleware.tutorial003",
            "background_tasks.tutorial002",
            "strict_content_type.tutorial001",
            "using_request_directly.tutorial001",
            "custom_request_and_route.tutorial001",
            "custom_request_and_route.tutorial002",
            "custom_request_and_route.tutorial003",
            "sql_databases.tutorial002",
            "app_testing.tutorial002",
            "dependencies.tutorial013",
            "dependencies.tutorial014"
        }) {
            assertThat(Tutorials.find(name)).as(name).isPresent();
        }
    }

    @Test
    void findsTheDocumentationAndOpenApiChapters() {
        for (String name : new String[] {
            "metadata.tutorial001",
            "metadata.tutorial001_1",
            "metadata.tutorial004",
            "path_operation_configuration.tutorial002b",
            "path_operation_configuration.tutorial006",
            "additional_responses.tutorial004",
            "additional_status_codes.tutorial001",
            "path_operation_advanced_configuration.tutorial006",
            "extending_openapi.tutorial001",
            "conditional_openapi.tutorial001",
            "configure_swagger_ui.tutorial003",
            "custom_docs_ui.tutorial002",
            "generate_clients.tutorial004",
            "openapi_webhooks.tutorial001",
            "openapi_callbacks.tutorial001"
        }) {
            assertThat(Tutorials.find(name)).as(name).isPresent();
        }
    }

    @Test
    void findsTheModelChapters() {
        for (String name : new String[] {
            "extra_models.tutorial001",
            "extra_models.tutorial002",
            "extra_models.tutorial003",
            "extra_models.tutorial004",
            "extra_models.tutorial005",
            "extra_data_types.tutorial001",
            "schema_extra_example.tutorial001",
            "schema_extra_example.tutorial002",
            "schema_extra_example.tutorial003",
            "schema_extra_example.tutorial004",
            "schema_extra_example.tutorial005",
            "separate_openapi_schemas.tutorial001",
            "separate_openapi_schemas.tutorial002",
            "json_base64_bytes.tutorial001"
        }) {
            assertThat(Tutorials.find(name)).as(name).isPresent();
        }
    }

    @Test
    void unknownOrMalformedNamesFindNothing() {
        assertThat(Tutorials.find("first_steps.tutorial999")).isEmpty();
        assertThat(Tutorials.find("first_steps")).isEmpty();
        assertThat(Tutorials.find("../x.tutorial001")).isEmpty();
        assertThat(Tutorials.find("first_steps.")).isEmpty();
    }

    @Test
    void findsAppsNamedAsFastApiNamesTheMultiFileOnes() {
        // FastAPI's settings/app02 is class settings.App02; the app reads its environment only when first asked.
        assertThat(Tutorials.find("settings.app02")).isPresent();
        assertThat(Tutorials.find("events.tutorial003")).isPresent();
        assertThat(Tutorials.find("settings.app99")).isEmpty();
        assertThat(Tutorials.find("settings.apps")).isEmpty();
    }
}
