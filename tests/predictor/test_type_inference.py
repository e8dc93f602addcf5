"""Types and defaults from names, learned per project."""

from datetime import datetime, timedelta

import pytest

from predictor.schema_state import TypedName
from predictor.type_inference import TypeModel, normalize_type, pattern_kind, type_kind
from predictor.words import name_tokens

T0 = datetime(2024, 1, 1)


def seen(table, column, type_name, default="", days=0):
    return TypedName(T0 + timedelta(days=days), table, column, type_name, default)


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("integer", "int4"),
        ("character varying(255)", "varchar(255)"),
        ("pg_catalog.int8", "int8"),
        ("timestamp with time zone", "timestamptz"),
        ("numeric(65, 30)", "numeric(65,30)"),
        ("text[]", "text[]"),
        ("MyEnum", "MyEnum"),
    ],
)
def test_normalize_type(raw, canonical):
    assert normalize_type(raw) == canonical


def test_names_split_the_same_whatever_the_case_style():
    assert name_tokens("lastChallengedAt") == ["last", "challenged", "at"]
    assert name_tokens("last_challenged_at") == name_tokens("LastChallengedAt")
    assert name_tokens("HTTPServerURL") == ["http", "server", "url"]


def test_universal_patterns():
    assert pattern_kind(name_tokens("is_active")) == "bool"
    assert pattern_kind(name_tokens("expiresAt")) == "timestamp"
    assert pattern_kind(name_tokens("retry_count")) == "int"
    assert pattern_kind(name_tokens("projectId")) == "id"
    assert pattern_kind(name_tokens("metadata")) == "json"
    assert pattern_kind(name_tokens("completed")) == "bool"
    assert pattern_kind(name_tokens("distinguished")) == "bool"


def test_a_participle_is_a_flag_only_when_no_other_pattern_says_otherwise():
    assert pattern_kind(name_tokens("max_invites_per_user_allowed")) == "int"
    assert pattern_kind(name_tokens("completed_at")) == "timestamp"
    assert pattern_kind(name_tokens("created_by")) == "text"
    assert pattern_kind(name_tokens("speed")) == "text"
    assert pattern_kind(name_tokens("embed")) == "text"
    assert TypeModel([]).infer("post", "stickied").type == "bool"
    assert type_kind("timestamp(3)") == "timestamp"
    assert type_kind("bigserial") == "serial"


def test_a_participle_with_its_complement_is_a_flag_too():
    assert pattern_kind(name_tokens("featured_community")) == "bool"
    assert pattern_kind(name_tokens("accepted_application")) == "bool"
    assert pattern_kind(name_tokens("deleted_by_recipient")) == "bool"
    # the agent of an action, a collection, or a name another pattern claims, is not
    assert pattern_kind(name_tokens("created_by")) == "text"
    assert pattern_kind(name_tokens("allowed_origins")) == "text"
    assert pattern_kind(name_tokens("published_at")) == "timestamp"
    assert pattern_kind(name_tokens("calculated_total_cost")) == "number"


def test_each_project_gets_its_own_timestamp_and_key_types():
    prisma = TypeModel(
        [seen("User", "createdAt", "timestamp(3)"), seen("User", "id", "text"),
         seen("Post", "authorId", "text"), seen("Post", "publishedAt", "timestamp(3)")]
    )  # fmt: skip
    goauth = TypeModel(
        [seen("users", "created_at", "timestamptz"), seen("users", "id", "uuid"),
         seen("sessions", "user_id", "uuid"), seen("sessions", "not_after", "timestamptz")]
    )  # fmt: skip
    assert prisma.infer("Comment", "deletedAt").type == "timestamp(3)"
    assert goauth.infer("identities", "deleted_at").type == "timestamptz"
    assert prisma.infer("Comment", "teamId").type == "text"
    assert goauth.infer("identities", "factor_id").type == "uuid"


def test_same_name_elsewhere_wins_with_its_default():
    model = TypeModel(
        [seen("a", "status", "varchar(16)", "'new'"), seen("b", "status", "varchar(16)", "'new'")]
    )
    guess = model.infer("c", "status")
    assert (guess.type, guess.default, guess.rule) == ("varchar(16)", "'new'", "same-name")


def test_recent_habits_outweigh_old_ones():
    old = [seen(f"t{i}", f"c{i}_token", "varchar(255)", days=0) for i in range(3)]
    new = [seen(f"n{i}", f"d{i}_token", "text", days=1500) for i in range(2)]
    assert TypeModel(old + new).infer("x", "invite_token").type == "text"


def test_a_foreign_key_takes_the_type_of_the_key_it_points_at():
    model = TypeModel([seen("Organisation", "id", "text")], key_types={"Organisation": "text"})
    guess = model.infer("Team", "organisationId")
    assert (guess.type, guess.rule) == ("text", "foreign-key")
    serial = TypeModel([], key_types={"orders": "serial"})
    assert serial.infer("items", "order_id").type == "int4"


def test_an_enum_private_to_one_table_is_not_lent_to_another():
    model = TypeModel(
        [seen("monitors", "status", "MonitorStatus"), seen("jobs", "status", "text"),
         seen("runs", "name", "text")]
    )  # fmt: skip
    assert model.infer("runners", "status").type == "text"


def test_bool_defaults_follow_the_project():
    model = TypeModel([seen("a", "is_x", "bool", "false"), seen("b", "is_y", "bool", "false")])
    guess = model.infer("c", "is_visible")
    assert (guess.type, guess.default) == ("bool", "false")


def test_without_history_generic_types_are_used():
    empty = TypeModel([])
    assert empty.infer("t", "created_at").type == "timestamptz"
    assert empty.infer("t", "is_done").type == "bool"
    assert empty.infer("t", "title").type == "text"


def test_a_project_that_names_enums_after_table_and_column_gets_one_for_a_new_category():
    history = [
        seen("observations", "type", "ObservationType"),
        seen("scores", "source", "ScoreSource"),
        seen("api_keys", "scope", "ApiKeyScope"),
        seen("actions", "type", "ActionType"),
        seen("monitors", "status", "MonitorStatus"),
        seen("monitors", "name", "text"),
    ]
    model = TypeModel(history)
    guess = model.infer("eval_templates", "type")
    assert (guess.type, guess.rule) == ("EvalTemplateType", "project-enum")
    # an overlap between table and column is said once, in the project's own spelling
    snake = TypeModel(
        [seen("oauth_clients", "registration_type", "oauth_client_registration_type"),
         seen("mfa_factors", "status", "mfa_factor_status"),
         seen("oauth_authorizations", "status", "oauth_authorization_status"),
         seen("oauth_authorizations", "client_type", "oauth_authorization_client_type")]
    )  # fmt: skip
    assert snake.infer("oauth_clients", "client_type").type == "oauth_client_type"


def test_a_name_the_project_never_used_gets_no_enum_from_its_last_word():
    # the project makes enums for `type` and `status`, and `export_mode` ends in a category
    # word, but enums are born with their tables: an added column with a new name stays plain
    history = [
        seen("observations", "type", "ObservationType"),
        seen("scores", "source", "ScoreSource"),
        seen("actions", "type", "ActionType"),
        seen("monitors", "status", "MonitorStatus"),
        seen("monitors", "sync_mode", "MonitorSyncMode"),
        seen("monitors", "name", "text"),
    ]
    model = TypeModel(history)
    guess = model.infer("exports", "export_mode")
    assert (guess.type, guess.rule) == ("text", "name-pattern")
    assert model.infer("evaluators", "type").type == "EvaluatorType"


def test_without_a_clear_enum_habit_categories_stay_plain():
    model = TypeModel([seen("a", "status", "text"), seen("b", "kind", "text"),
                       seen("c", "role", "UserRole")])  # fmt: skip
    assert model.infer("d", "type").type == "text"


def test_a_key_to_a_table_not_seen_yet_takes_the_current_key_type():
    model = TypeModel(
        [seen("Team", "id", "int4"), seen("Document", "teamId", "int4"),
         seen("Envelope", "id", "text", days=700), seen("Folder", "id", "text", days=710)],
        key_types={"Team": "int4", "Envelope": "text", "Folder": "text"},
    )  # fmt: skip
    guess = model.infer("Team", "organisationId")
    assert (guess.type, guess.rule) == ("text", "new-key")
    assert model.infer("Document", "folderId").type == "text"


def test_serial_is_never_proposed_for_an_added_column():
    model = TypeModel([seen("a", "id", "serial"), seen("b", "id", "bigserial", days=1)])
    assert model.infer("c", "id").type == "int8"
    assert model.infer("a", "id").type == "int4"


def test_an_enum_named_by_the_template_is_flagged_new_until_the_history_shows_it():
    history = [
        seen("observations", "type", "ObservationType"),
        seen("scores", "source", "ScoreSource"),
        seen("actions", "type", "ActionType"),
        seen("monitors", "status", "MonitorStatus"),
    ]
    guess = TypeModel(history).infer("eval_templates", "type")
    assert (guess.type, guess.new_type) == ("EvalTemplateType", True)
    shown = TypeModel([*history, seen("evaluators", "type", "EvalTemplateType")])
    assert shown.infer("eval_templates", "type").new_type is False
    assert TypeModel(history).infer("t", "created_at").new_type is False


def test_a_project_that_qualifies_its_enums_gets_a_qualified_one():
    model = TypeModel(
        [seen("auth.mfa_factors", "factor_type", "auth.factor_type"),
         seen("auth.flow_state", "code_challenge_method", "auth.code_challenge_method"),
         seen("auth.sessions", "aal", "auth.aal_level"),
         seen("auth.oauth_clients", "registration_type", "auth.registration_type"),
         seen("auth.oauth_authorizations", "client_type", "auth.client_type")]
    )  # fmt: skip
    guess = model.infer("auth.oauth_clients", "client_type")
    assert (guess.type, guess.rule) == ("auth.client_type", "project-enum")


def test_a_name_no_pattern_recognises_takes_the_kind_its_table_gives_such_names():
    counters = {"site_aggregates": {"id": "serial", "site_id": "int4", "users": "int8",
                                    "posts": "int8", "comments": "int8", "title": "text"}}  # fmt: skip
    history = [seen("site", "name", "varchar(20)"), seen("site", "theme", "varchar(20)")]
    model = TypeModel(history, tables=counters)
    guess = model.infer("site_aggregates", "users_active_day")
    assert (guess.type, guess.rule) == ("int8", "table-kind")
    # a name a pattern recognises keeps its pattern; other tables keep the project's text
    assert model.infer("site_aggregates", "updated_at").rule != "table-kind"
    assert model.infer("site", "users_active_day").type == "varchar(20)"
    # fewer than three such columns, or no majority, is no habit
    thin = {"post": {"nsfw": "bool", "locked": "bool", "name": "text"}}
    assert TypeModel(history, tables=thin).infer("post", "sensitive").rule != "table-kind"
    mixed = {"post": {"nsfw": "bool", "local": "bool", "body": "text", "url": "text",
                      "name": "text"}}  # fmt: skip
    assert TypeModel(history, tables=mixed).infer("post", "sensitive").rule != "table-kind"


def test_a_word_used_before_picks_the_concrete_type_of_its_kind():
    # jsonb is the project's JSON type, but its schemas are json (which keeps key order)
    history = [
        seen("traces", "metadata", "jsonb", days=0),
        seen("prompts", "config", "jsonb", days=10),
        seen("dashboards", "definition", "jsonb", days=20),
        seen("eval_templates", "output_schema", "jsonb", days=0),
        seen("llm_schemas", "schema", "json", days=300),
    ]
    model = TypeModel(history)
    guess = model.infer("datasets", "input_schema")
    assert (guess.type, guess.rule) == ("json", "word-spelling")
    assert model.infer("datasets", "extra_config").type == "jsonb"
    assert model.infer("datasets", "payload").type == "jsonb"


def test_a_word_used_for_another_kind_does_not_choose_the_spelling():
    history = [
        seen("a", "retry_count", "int4"),
        seen("b", "size", "int8"),
        seen("c", "sizes", "int4"),
        seen("d", "page_size", "text", days=5),
    ]
    model = TypeModel(history)
    # `size` was used as int8 once and as text once: the integer use decides the spelling
    assert model.infer("e", "file_size").type == "int8"
    # a word never used before keeps the project's favourite of its kind
    guess = model.infer("e", "attempts")
    assert (guess.type, guess.rule) == ("int4", "name-pattern")
    # a name the patterns call text is not affected
    assert model.infer("e", "description").rule != "word-spelling"
