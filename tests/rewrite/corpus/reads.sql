-- The differential read corpus (DESIGN.md §3). Each entry starts with `-- name: NAME`, may
-- give `-- params: [JSON list of text values]` ($n parameters), `-- expect: SQLSTATE` (the
-- error the twin database gives) and `-- refused` (pgstitch must answer 0A000: a form it
-- cannot serve, listed in docs/rewriting.md; the twin is not compared), then the SQL. Shadow columns, as declared in
-- tests/rewrite/conftest.py: accounts(loyalty integer DEFAULT 0, tier text, mood mood DEFAULT
-- 'happy', labels text[] DEFAULT '{new}'), bills(paid boolean DEFAULT false, due date DEFAULT
-- '2024-12-31'), "Users"("Nick" varchar(20) DEFAULT 'anon'), line_items(discount numeric(5,2)
-- DEFAULT 0), events(seen boolean DEFAULT false), sales.accounts(score integer DEFAULT 10).
-- tags has a real column named loyalty.

-- ---------------------------------------------------------------- select list
-- name: select_one_shadow
SELECT loyalty FROM accounts;
-- name: select_live_and_shadow
SELECT id, name, loyalty, tier FROM accounts ORDER BY id;
-- name: select_qualified
SELECT accounts.id, accounts.loyalty FROM accounts ORDER BY accounts.id;
-- name: select_aliased
SELECT a.id, a.tier AS t FROM accounts a ORDER BY a.id;
-- name: select_alias_with_as
SELECT a.loyalty AS "Loyalty Points" FROM accounts AS a ORDER BY a.id;
-- name: select_expression
SELECT id, loyalty * 2 + 1 FROM accounts ORDER BY id;
-- name: select_cast_keeps_name
SELECT loyalty::text, tier::varchar(3) FROM accounts ORDER BY id;
-- name: select_coalesce
SELECT id, coalesce(loyalty, -1), coalesce(tier, 'none') FROM accounts ORDER BY id;
-- name: select_case
SELECT id, CASE WHEN loyalty > 5 THEN 'high' WHEN loyalty IS NULL THEN 'unknown' ELSE 'low' END FROM accounts ORDER BY id;
-- name: select_enum
SELECT id, mood FROM accounts ORDER BY id;
-- name: select_enum_compare
SELECT id FROM accounts WHERE mood = 'sad' OR mood > 'sad' ORDER BY id;
-- name: select_array
SELECT id, labels, labels[1], array_length(labels, 1) FROM accounts ORDER BY id;
-- name: select_array_any
SELECT id FROM accounts WHERE 'vip' = ANY (labels);
-- name: select_distinct
SELECT DISTINCT tier FROM accounts;
-- name: select_distinct_on
SELECT DISTINCT ON (loyalty) loyalty, id FROM accounts ORDER BY loyalty, id;
-- name: select_function_of_shadow
SELECT upper(tier), length(tier), tier || '!' FROM accounts ORDER BY id;
-- name: select_boolean
SELECT id, paid, NOT paid FROM bills ORDER BY id;
-- name: select_date
SELECT id, due, due - DATE '2024-01-01' AS days FROM bills ORDER BY id;
-- name: select_only_shadow_columns
SELECT paid, due FROM bills;
-- name: select_no_shadow_on_served_table
SELECT id, name FROM accounts ORDER BY id;
-- name: select_count_star
SELECT count(*) FROM accounts;
-- name: select_count_shadow
SELECT count(tier), count(loyalty), count(DISTINCT mood) FROM accounts;
-- name: select_literal_only
SELECT 1 AS one, 'accounts' AS word;
-- name: select_json
SELECT json_build_object('id', id, 'loyalty', loyalty, 'tier', tier) FROM accounts ORDER BY id;
-- name: select_row_constructor
SELECT ROW(id, loyalty, tier) FROM accounts ORDER BY id;
-- name: select_format
SELECT format('%s has %s points (%s)', name, loyalty, tier) FROM accounts ORDER BY id;
-- name: select_value_with_quotes
SELECT tier FROM accounts WHERE id = 7;

-- ---------------------------------------------------------------- star
-- name: star_plain
SELECT * FROM accounts ORDER BY id;
-- name: star_qualified
SELECT a.* FROM accounts a ORDER BY a.id;
-- name: star_two_tables
SELECT * FROM accounts a JOIN bills b ON b.account_id = a.id ORDER BY b.id;
-- name: star_qualified_second
SELECT b.*, a.name FROM accounts a JOIN bills b ON b.account_id = a.id ORDER BY b.id;
-- name: star_plus_column
SELECT *, loyalty + 1 AS next FROM accounts ORDER BY id;
-- name: star_table_form
TABLE accounts;
-- name: star_table_form_composite
TABLE line_items;
-- name: star_no_pk
SELECT * FROM events;
-- name: star_in_subquery
SELECT count(*) FROM (SELECT * FROM accounts) s;
-- name: star_composite_pk
SELECT * FROM line_items ORDER BY order_id, line;
-- name: star_quoted_table
SELECT * FROM "Users" ORDER BY "Id";
-- name: star_other_schema
SELECT * FROM sales.accounts ORDER BY id;
-- name: star_view_untouched
SELECT * FROM rich_accounts ORDER BY id;
-- name: star_only
SELECT * FROM ONLY accounts ORDER BY id;
-- name: star_only_parenthesized
SELECT * FROM ONLY (accounts) ORDER BY id;
-- name: star_inheritance_star
SELECT * FROM accounts * ORDER BY id;

-- ---------------------------------------------------------------- WHERE
-- name: where_compare
SELECT id FROM accounts WHERE loyalty > 5 ORDER BY id;
-- name: where_is_null
SELECT id FROM accounts WHERE loyalty IS NULL OR tier IS NULL ORDER BY id;
-- name: where_in_list
SELECT id FROM accounts WHERE tier IN ('gold', 'silver') ORDER BY id;
-- name: where_between
SELECT id FROM accounts WHERE loyalty BETWEEN 1 AND 7 ORDER BY id;
-- name: where_like
SELECT id FROM accounts WHERE tier LIKE '%o%' ORDER BY id;
-- name: where_boolean_column
SELECT id FROM bills WHERE paid ORDER BY id;
-- name: where_not_boolean
SELECT id FROM bills WHERE NOT paid AND due > '2024-07-01' ORDER BY id;
-- name: where_param
-- params: ["5"]
SELECT id, loyalty FROM accounts WHERE loyalty >= $1 ORDER BY id;
-- name: where_param_text
-- params: ["gold"]
SELECT id FROM accounts WHERE tier = $1;
-- name: where_two_params
-- params: ["1", "bronze"]
SELECT id, tier FROM accounts WHERE id > $1 AND tier <> $2 ORDER BY id;
-- name: where_param_in_select_list
-- params: ["3"]
SELECT id, loyalty + $1 FROM accounts WHERE id = $1::integer;
-- name: where_param_null
-- params: [null]
SELECT id FROM accounts WHERE loyalty IS NOT DISTINCT FROM $1::integer ORDER BY id;
-- name: where_primary_key_lookup
-- params: ["1"]
SELECT id, name, loyalty, tier, mood, labels FROM accounts WHERE id = $1;
-- name: where_exists
SELECT id FROM accounts a WHERE EXISTS (SELECT 1 FROM bills b WHERE b.account_id = a.id AND b.paid) ORDER BY id;

-- ---------------------------------------------------------------- joins
-- name: join_on_shadow
SELECT a.id, b.id FROM accounts a JOIN bills b ON b.account_id = a.id AND a.loyalty < 10 ORDER BY a.id, b.id;
-- name: join_left
SELECT a.id, a.tier, b.paid FROM accounts a LEFT JOIN bills b ON b.account_id = a.id ORDER BY a.id, b.id;
-- name: join_right
SELECT a.loyalty, b.id FROM accounts a RIGHT JOIN bills b ON b.account_id = a.id ORDER BY b.id;
-- name: join_full
SELECT a.id, b.id, coalesce(a.loyalty, 0) + coalesce(b.amount, 0) FROM accounts a FULL JOIN bills b ON b.account_id = a.id ORDER BY 1, 2;
-- name: join_cross
SELECT count(*), sum(a.loyalty) FROM accounts a CROSS JOIN "Users" u;
-- name: join_using
SELECT * FROM accounts JOIN sales.accounts USING (id) ORDER BY id;
-- name: join_using_shadow_column
SELECT * FROM accounts a JOIN tags t USING (loyalty) ORDER BY a.id;
-- name: join_using_unqualified
SELECT id, name, region, score FROM accounts JOIN sales.accounts USING (id) ORDER BY id;
-- name: join_natural
SELECT * FROM accounts NATURAL JOIN tags ORDER BY id;
-- name: join_natural_two_shadow
SELECT count(*) FROM accounts a1 NATURAL JOIN accounts a2;
-- name: join_self
SELECT a.id, b.id FROM accounts a JOIN accounts b ON a.loyalty = b.loyalty AND a.id < b.id ORDER BY 1, 2;
-- name: join_three_tables
SELECT a.name, b.amount, b.paid, u."Nick" FROM accounts a JOIN bills b ON b.account_id = a.id JOIN "Users" u ON u."Id" = a.id ORDER BY b.id;
-- name: join_using_alias
SELECT j.id, a.loyalty FROM accounts a JOIN bills b USING (id) AS j ORDER BY j.id;
-- name: join_parenthesized
SELECT a.id, b.paid FROM (accounts a JOIN bills b ON b.account_id = a.id) ORDER BY b.id;
-- name: join_aliased_join
SELECT x.id, x.loyalty FROM (accounts JOIN bills USING (id)) AS x ORDER BY x.id;

-- ---------------------------------------------------------------- grouping
-- name: group_by_shadow
SELECT tier, count(*) FROM accounts GROUP BY tier;
-- name: group_by_expression
SELECT loyalty > 5, count(*) FROM accounts GROUP BY loyalty > 5;
-- name: group_by_ordinal
SELECT mood, sum(loyalty) FROM accounts GROUP BY 1;
-- name: group_by_primary_key
SELECT a.id, a.name, a.loyalty, count(b.id) FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY a.id;
-- name: group_by_primary_key_star
SELECT a.*, count(b.id) AS bills FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY a.id;
-- name: group_by_primary_key_unqualified
SELECT id, tier FROM accounts GROUP BY id ORDER BY id;
-- name: group_by_composite_key
SELECT order_id, line, discount FROM line_items GROUP BY order_id, line ORDER BY 1, 2;
-- name: having_shadow
SELECT tier, count(*) FROM accounts GROUP BY tier HAVING max(loyalty) > 5;
-- name: having_without_group
SELECT sum(loyalty) FROM accounts HAVING count(tier) > 1;
-- name: group_by_rollup
SELECT tier, mood, count(*) FROM accounts GROUP BY ROLLUP (tier, mood);
-- name: group_by_distinct
SELECT mood, count(*) FROM accounts GROUP BY DISTINCT mood, mood;
-- name: aggregate_filter
SELECT count(*) FILTER (WHERE loyalty > 0), string_agg(tier, ',' ORDER BY tier) FROM accounts;
-- name: aggregate_order_by_shadow
SELECT array_agg(id ORDER BY loyalty DESC NULLS LAST, id) FROM accounts;

-- ---------------------------------------------------------------- ordering and windows
-- name: order_by_shadow
SELECT id FROM accounts ORDER BY loyalty DESC NULLS FIRST, id;
-- name: order_by_alias
SELECT id, loyalty AS l FROM accounts ORDER BY l, id;
-- name: order_by_ordinal
SELECT tier, id FROM accounts ORDER BY 1 NULLS LAST, 2;
-- name: order_by_expression
SELECT id FROM accounts ORDER BY coalesce(loyalty, 100) - id, id;
-- name: limit_offset
SELECT id, tier FROM accounts ORDER BY id LIMIT 3 OFFSET 2;
-- name: window_partition
SELECT id, tier, row_number() OVER (PARTITION BY tier ORDER BY id) FROM accounts ORDER BY id;
-- name: window_order
SELECT id, sum(loyalty) OVER (ORDER BY id) FROM accounts ORDER BY id;
-- name: window_named
SELECT id, rank() OVER w FROM accounts WINDOW w AS (ORDER BY loyalty NULLS LAST, id) ORDER BY id;
-- name: window_frame
SELECT id, avg(loyalty) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM accounts ORDER BY id;
-- name: fetch_first
SELECT id FROM accounts ORDER BY loyalty NULLS LAST, id FETCH FIRST 2 ROWS ONLY;

-- ---------------------------------------------------------------- subqueries
-- name: subquery_scalar
SELECT id, (SELECT max(loyalty) FROM accounts) - coalesce(loyalty, 0) FROM accounts ORDER BY id;
-- name: subquery_in
SELECT id FROM bills WHERE account_id IN (SELECT id FROM accounts WHERE loyalty > 0) ORDER BY id;
-- name: subquery_from
SELECT s.t, s.n FROM (SELECT tier AS t, count(*) AS n FROM accounts GROUP BY tier) s ORDER BY s.t NULLS FIRST;
-- name: subquery_from_star
SELECT * FROM (SELECT * FROM accounts WHERE loyalty > 0) AS s ORDER BY id;
-- name: subquery_correlated
SELECT a.id, (SELECT count(*) FROM bills b WHERE b.account_id = a.id AND b.amount > a.loyalty) FROM accounts a ORDER BY a.id;
-- name: subquery_correlated_unqualified
SELECT id FROM accounts WHERE loyalty < (SELECT count(*) FROM bills WHERE account_id = accounts.id) ORDER BY id;
-- name: subquery_any
SELECT id FROM accounts WHERE loyalty = ANY (SELECT loyalty FROM tags) ORDER BY id;
-- name: subquery_not_exists
SELECT id FROM accounts a WHERE NOT EXISTS (SELECT FROM bills b WHERE b.account_id = a.id AND NOT b.paid) ORDER BY id;
-- name: subquery_array
SELECT ARRAY(SELECT tier FROM accounts WHERE tier IS NOT NULL ORDER BY tier);
-- name: subquery_nested
SELECT id FROM accounts WHERE id IN (SELECT account_id FROM bills WHERE id IN (SELECT id FROM bills WHERE due < '2024-12-31')) ORDER BY id;
-- name: subquery_unaliased
SELECT tier FROM (SELECT tier FROM accounts WHERE id = 1);

-- ---------------------------------------------------------------- CTEs
-- name: cte_basic
WITH rich AS (SELECT id, loyalty FROM accounts WHERE loyalty > 3) SELECT * FROM rich ORDER BY id;
-- name: cte_star
WITH a AS (SELECT * FROM accounts) SELECT id, tier, labels FROM a ORDER BY id;
-- name: cte_column_aliases
WITH x (k, points) AS (SELECT id, loyalty FROM accounts) SELECT k, points FROM x ORDER BY k;
-- name: cte_shadows_table_name
WITH accounts AS (SELECT 1 AS id, 'cte' AS tier) SELECT * FROM accounts;
-- name: cte_shadows_table_qualified_inside
WITH accounts AS (SELECT * FROM public.accounts WHERE loyalty > 0) SELECT id, loyalty FROM accounts ORDER BY id;
-- name: cte_shadows_missing_column
-- expect: 42703
WITH accounts AS (SELECT 1 AS id) SELECT loyalty FROM accounts;
-- name: cte_recursive
WITH RECURSIVE n (i, l) AS (SELECT 1, (SELECT loyalty FROM accounts WHERE id = 1) UNION ALL SELECT i + 1, l + 1 FROM n WHERE i < 3) SELECT * FROM n;
-- name: cte_chained
WITH a AS (SELECT id, tier FROM accounts), b AS (SELECT tier, count(*) AS n FROM a GROUP BY tier) SELECT * FROM b ORDER BY tier NULLS FIRST;
-- name: cte_materialized
WITH t AS MATERIALIZED (SELECT id, mood FROM accounts) SELECT mood, count(*) FROM t GROUP BY mood;
-- name: cte_in_subquery
SELECT id FROM bills WHERE account_id IN (WITH l AS (SELECT id FROM accounts WHERE loyalty IS NULL) SELECT id FROM l) ORDER BY id;

-- ---------------------------------------------------------------- LATERAL
-- name: lateral_subquery
SELECT a.id, x.total FROM accounts a, LATERAL (SELECT sum(b.amount) + a.loyalty AS total FROM bills b WHERE b.account_id = a.id) x ORDER BY a.id;
-- name: lateral_join
SELECT a.id, l.paid FROM accounts a LEFT JOIN LATERAL (SELECT b.paid FROM bills b WHERE b.account_id = a.id ORDER BY b.id LIMIT 1) l ON true ORDER BY a.id;
-- name: lateral_function
SELECT a.id, g FROM accounts a, generate_series(1, coalesce(a.loyalty, 0) % 3) g ORDER BY a.id, g;
-- name: lateral_unnest
SELECT a.id, u FROM accounts a CROSS JOIN LATERAL unnest(a.labels) AS u ORDER BY a.id, u;
-- name: lateral_values
SELECT a.id, v.x FROM accounts a, LATERAL (VALUES (a.loyalty), (a.id)) v(x) ORDER BY 1, 2;

-- ---------------------------------------------------------------- set operations
-- name: union
SELECT tier FROM accounts UNION SELECT label FROM tags;
-- name: union_all_order
SELECT id, loyalty FROM accounts UNION ALL SELECT id, loyalty FROM tags ORDER BY 1, 2;
-- name: intersect
SELECT loyalty FROM accounts INTERSECT SELECT loyalty FROM tags;
-- name: except
SELECT loyalty FROM accounts EXCEPT SELECT loyalty FROM tags;
-- name: union_star
SELECT * FROM accounts WHERE id = 1 UNION ALL SELECT * FROM accounts WHERE id = 2;
-- name: union_parenthesized
(SELECT id, tier FROM accounts ORDER BY id LIMIT 2) UNION ALL (SELECT id, tier FROM accounts ORDER BY id DESC LIMIT 1);

-- ---------------------------------------------------------------- identifiers
-- name: quoted_table_and_column
SELECT "Id", "Nick" FROM "Users" ORDER BY "Id";
-- name: quoted_qualified
SELECT u."Nick", u."Full Name" FROM "Users" u ORDER BY u."Id";
-- name: case_folded_column
SELECT ID, LOYALTY, Tier FROM ACCOUNTS ORDER BY Id;
-- name: quoted_lowercase_column
SELECT "loyalty", "tier" FROM "accounts" ORDER BY "id";
-- name: quoted_nick_wrong_case
-- expect: 42703
SELECT nick FROM "Users";
-- name: schema_qualified_table
SELECT id, loyalty FROM public.accounts ORDER BY id;
-- name: schema_qualified_column
SELECT public.accounts.id, public.accounts.loyalty FROM public.accounts ORDER BY public.accounts.id;
-- name: schema_qualified_star
SELECT public.accounts.* FROM public.accounts ORDER BY 1;
-- name: other_schema_shadow
SELECT id, region, score FROM sales.accounts ORDER BY id;
-- name: other_schema_qualified_column
SELECT sales.accounts.score FROM sales.accounts ORDER BY sales.accounts.id;
-- name: two_schemas_same_name
SELECT p.loyalty, s.score FROM public.accounts p JOIN sales.accounts s ON s.id = p.id ORDER BY p.id;
-- name: composite_key_values
SELECT order_id, line, product, discount FROM line_items ORDER BY 1, 2;
-- name: no_primary_key_defaults
SELECT kind, seen FROM events ORDER BY payload;
-- name: comments_and_whitespace
SELECT /* a comment */ a . loyalty -- trailing
FROM public . accounts /* x */ a ORDER BY a.id;
-- name: catalog_qualified_not_rewritten
SELECT count(*) FROM pg_catalog.pg_class WHERE relname = 'accounts';

-- ---------------------------------------------------------------- whole-row references
-- name: whole_row
SELECT a FROM accounts a ORDER BY a.id;
-- name: whole_row_unaliased
SELECT accounts FROM accounts ORDER BY id;
-- name: whole_row_to_json
SELECT row_to_json(a) FROM accounts a ORDER BY a.id;
-- name: whole_row_star_to_json
SELECT to_jsonb(a.*) FROM accounts a WHERE a.id < 3 ORDER BY a.id;
-- name: whole_row_field
SELECT (a).loyalty, (a).tier FROM accounts a ORDER BY a.id;
-- name: function_style_column
SELECT loyalty(a) FROM accounts a ORDER BY a.id;
-- Functions taking the table's row type (account_label(accounts), in base.sql): PostgREST's
-- and Hasura's computed columns.
-- name: row_type_function
SELECT id, account_label(a), loyalty FROM accounts a ORDER BY id;
-- name: row_type_function_postgrest_form
SELECT "public"."account_label"("accounts") AS "label", "accounts".* FROM "public"."accounts" ORDER BY "accounts"."id";
-- name: row_type_function_star_argument
SELECT account_label(a.*) FROM accounts a WHERE loyalty > 1 ORDER BY 1;
-- name: row_type_function_in_where_and_order
SELECT id, tier FROM accounts a WHERE account_label(a) LIKE '%#%' AND tier IS NOT NULL ORDER BY account_label(a) DESC;
-- name: row_type_function_over_a_join
SELECT b.id, account_label(a), b.paid FROM bills b JOIN accounts a ON a.id = b.account_id ORDER BY b.id;
-- name: row_type_function_in_a_subquery
SELECT x.label, x.loyalty FROM (SELECT account_label(a) AS label, loyalty FROM accounts a) x ORDER BY 1;
-- name: row_type_function_attribute_notation
SELECT a.id, a.account_label, a.loyalty FROM accounts a ORDER BY a.id;
-- name: row_type_function_attribute_in_where
SELECT accounts.account_label FROM accounts WHERE loyalty > 1 AND accounts.account_label <> '' ORDER BY 1;
-- name: row_type_function_with_params
-- params: ["2"]
SELECT account_label(a) FROM accounts a WHERE a.id = $1::int AND mood IS NOT NULL;

-- ---------------------------------------------------------------- non-ASCII text
-- name: non_ascii_literal
SELECT 'Zoë — ✓', tier FROM accounts WHERE name = 'Zoë';
-- name: non_ascii_before_shadow
SELECT '東京' AS city, id, loyalty FROM accounts WHERE name LIKE '東京%';
-- name: non_ascii_alias
SELECT a.loyalty AS "ポイント" FROM accounts a ORDER BY a.id;
-- name: non_ascii_value_compare
SELECT "Id" FROM "Users" WHERE "Nick" = 'Zoë ✓';
-- name: non_ascii_then_error
-- expect: 42703
SELECT 'éé', nosuch FROM accounts;
-- name: non_ascii_in_comment
SELECT /* ünïcödé */ id, loyalty FROM accounts WHERE id = 4;
-- name: dollar_quoted_text
SELECT $$it's $ ok$$ AS s, loyalty FROM accounts WHERE id = 1;

-- ---------------------------------------------------------------- errors
-- name: error_unknown_column
-- expect: 42703
SELECT nosuch FROM accounts;
-- name: error_unknown_qualified_column
-- expect: 42703
SELECT a.nosuch, a.loyalty FROM accounts a;
-- name: error_unknown_column_after_shadow
-- expect: 42703
SELECT loyalty, tier, missing_col FROM accounts;
-- name: error_ambiguous_shadow
-- expect: 42702
SELECT loyalty FROM accounts JOIN tags USING (id);
-- name: error_ambiguous_live
-- expect: 42702
SELECT id FROM accounts a JOIN bills b ON b.account_id = a.id;
-- name: error_bad_from_reference
-- expect: 42P01
SELECT b.loyalty FROM accounts a;
-- name: error_unknown_table
-- expect: 42P01
SELECT loyalty FROM no_such_table;
-- name: error_shadow_on_wrong_table
-- expect: 42703
SELECT paid FROM accounts;
-- name: error_schema_qualified_wrong
-- expect: 42703
SELECT sales.accounts.loyalty FROM sales.accounts;
-- name: error_type_mismatch
-- expect: 22P02
SELECT id FROM accounts WHERE loyalty = 'abc';
-- name: error_operator
-- expect: 42883
SELECT tier + 1 FROM accounts;
-- name: error_group_by
-- expect: 42803
SELECT tier, loyalty FROM accounts GROUP BY tier;
-- name: error_division_by_zero
-- expect: 22012
SELECT loyalty / 0 FROM accounts WHERE id = 1;
-- name: error_syntax
-- expect: 42601
SELECT loyalty FROM accounts WHERE;
-- name: error_hidden_by_join_alias
-- expect: 42P01
SELECT a.loyalty FROM (accounts a JOIN bills b ON true) AS j;
-- name: error_param_type
-- params: ["x"]
-- expect: 22P02
SELECT id FROM accounts WHERE loyalty = $1;

-- ---------------------------------------------------------------- multi-statement strings
-- name: multi_two_selects
SELECT loyalty FROM accounts WHERE id = 1; SELECT tier FROM accounts WHERE id = 2;
-- name: multi_mixed
SELECT 1; SELECT id, loyalty FROM accounts ORDER BY id; SELECT count(*) FROM bills WHERE paid;
-- name: multi_with_error
SELECT loyalty FROM accounts; SELECT nosuch FROM accounts;
-- name: multi_non_ascii
SELECT 'ü' AS u; SELECT 'ß', tier FROM accounts WHERE id = 3; SELECT '東京', loyalty FROM accounts WHERE id = 4;
-- name: multi_set_and_select
SET LOCAL statement_timeout = '5s'; SELECT paid FROM bills ORDER BY id;
-- name: multi_untouched_and_touched
SELECT name FROM accounts WHERE id = 1; SELECT * FROM bills ORDER BY id;

-- ---------------------------------------------------------------- DML reading shadow columns
-- name: update_where_shadow
UPDATE accounts SET name = name || '!' WHERE loyalty > 5;
-- name: update_returning_shadow
UPDATE accounts SET email = NULL WHERE id IN (1, 2) RETURNING id, loyalty, tier;
-- name: update_returning_star
UPDATE accounts SET name = upper(name) WHERE id = 3 RETURNING *;
-- name: update_set_from_shadow
UPDATE accounts SET name = name || coalesce(tier, '-') WHERE id < 4 RETURNING name;
-- name: update_from_returning_star
UPDATE bills b SET note = a.tier FROM accounts a WHERE a.id = b.account_id AND a.loyalty > 0 RETURNING *;
-- name: update_aliased_returning_qualified
UPDATE accounts AS acc SET email = 'x' WHERE acc.mood = 'sad' RETURNING acc.id, acc.mood, acc.loyalty::text;
-- name: update_correlated_shadow
UPDATE bills SET note = 'big' WHERE amount > (SELECT coalesce(loyalty, 0) FROM accounts WHERE accounts.id = bills.account_id) RETURNING id, note;
-- name: update_subquery_reads_target
UPDATE accounts SET email = 'y' WHERE EXISTS (SELECT 1 FROM bills WHERE bills.account_id = accounts.id AND bills.amount > accounts.loyalty) RETURNING id;
-- name: update_returning_target_star
UPDATE accounts a SET name = name WHERE a.id = 1 RETURNING a.*;
-- name: delete_where_shadow
DELETE FROM events WHERE NOT seen AND kind = 'logout';
-- name: delete_returning
DELETE FROM bills WHERE paid RETURNING id, paid, due;
-- name: delete_using_shadow
DELETE FROM bills b USING accounts a WHERE a.id = b.account_id AND a.tier = 'gold' RETURNING b.id, a.tier;
-- name: delete_returning_star
DELETE FROM line_items WHERE discount > 10 RETURNING *;
-- name: insert_returning_star
INSERT INTO accounts (id, name) VALUES (100, 'New') RETURNING *;
-- name: insert_returning_shadow
INSERT INTO bills (id, account_id, amount) VALUES (100, 1, 1.00), (101, 2, 2.00) RETURNING id, paid, due;
-- name: insert_select_shadow
INSERT INTO tags (id, label, loyalty) SELECT id + 100, tier, loyalty FROM accounts WHERE tier IS NOT NULL RETURNING *;
-- name: insert_on_conflict_where_shadow
INSERT INTO accounts AS a (id, name) VALUES (1, 'Again') ON CONFLICT (id) DO UPDATE SET name = excluded.name WHERE a.loyalty > 5 RETURNING id, name, loyalty;
-- name: insert_on_conflict_excluded_shadow
INSERT INTO accounts (id, name) VALUES (2, 'B2') ON CONFLICT (id) DO UPDATE SET email = excluded.tier RETURNING id, email;
-- name: insert_param_returning
-- params: ["200", "Param"]
INSERT INTO accounts (id, name) VALUES ($1, $2) RETURNING loyalty, tier, mood;
-- name: merge_reads_target_shadow
MERGE INTO accounts a USING bills b ON b.account_id = a.id AND b.id = 1 WHEN MATCHED AND a.loyalty > 5 THEN UPDATE SET name = 'merged' WHEN NOT MATCHED THEN DO NOTHING;
-- name: cte_update_returning
WITH u AS (UPDATE accounts SET email = 'z' WHERE id = 4 RETURNING id, loyalty) SELECT * FROM u;
-- name: update_ambiguous_shadow
-- expect: 42702
UPDATE accounts SET name = 'x' FROM tags WHERE loyalty = 1;
-- name: select_for_update
SELECT id, loyalty FROM accounts WHERE id = 1 FOR UPDATE;
-- name: select_for_share_of
SELECT a.id, b.paid FROM accounts a JOIN bills b ON b.account_id = a.id WHERE a.id = 1 FOR SHARE OF a, b;
-- name: select_into_temp
SELECT id, loyalty INTO TEMP t_loyalty FROM accounts;
-- name: create_table_as
CREATE TEMP TABLE t_copy AS SELECT id, tier FROM accounts;
-- name: copy_to_stdout
COPY accounts TO STDOUT;
-- name: copy_columns_to_stdout
COPY accounts (id, loyalty, tier) TO STDOUT WITH (FORMAT csv);
-- name: copy_query_to_stdout
COPY (SELECT id, tier FROM accounts ORDER BY id) TO STDOUT;
-- name: values_untouched
VALUES (1, 'loyalty'), (2, 'accounts');
-- name: system_column
SELECT id, loyalty, tableoid::regclass FROM accounts ORDER BY id;
-- name: tablesample
SELECT count(loyalty) FROM accounts TABLESAMPLE SYSTEM (100) REPEATABLE (7);
-- name: tablesample_aliased
SELECT count(a.tier) FROM accounts AS a TABLESAMPLE BERNOULLI (100);
-- name: multi_set_search_path
SET LOCAL search_path = sales, public; SELECT id, score FROM accounts ORDER BY id;
-- name: multi_set_search_path_one_quoted_name
-- expect: 42P01
SET LOCAL search_path = 'sales, public'; SELECT * FROM accounts ORDER BY id;
-- name: cursor_declare_fetch
DECLARE c CURSOR FOR SELECT id, loyalty, tier FROM accounts ORDER BY id; FETCH 3 FROM c; FETCH ALL FROM c;
-- name: prepare_execute
PREPARE p_loyalty(integer) AS SELECT id, loyalty FROM accounts WHERE id = $1; EXECUTE p_loyalty(1); DEALLOCATE p_loyalty;
-- name: create_table_as_star_then_read
CREATE TEMP TABLE t_all AS SELECT * FROM accounts; SELECT id, loyalty, labels FROM t_all ORDER BY id;
-- name: for_update_nullable_side
-- expect: 0A000
SELECT b.id FROM bills b LEFT JOIN accounts a ON a.id = b.account_id FOR UPDATE OF a;
-- name: order_by_output_alias_shadow_name
SELECT id AS loyalty FROM accounts ORDER BY loyalty;
-- name: in_list_of_shadow_values
SELECT id FROM accounts WHERE loyalty IN (3, 7, 10) ORDER BY id;
-- name: keyword_alias_quoted
SELECT "select".loyalty FROM accounts AS "select" ORDER BY "select".id;
-- name: window_lag_shadow
SELECT id, lag(loyalty) OVER (ORDER BY id), lead(tier, 1, 'none') OVER (ORDER BY id) FROM accounts ORDER BY id;
-- name: cube
SELECT paid, due > '2024-07-01' AS late, count(*) FROM bills GROUP BY CUBE (paid, due > '2024-07-01');
-- name: insert_select_star_refused_both_ways
INSERT INTO tags SELECT id + 500, tier, loyalty FROM accounts WHERE id < 3 RETURNING *;
-- name: update_returning_whole_row
UPDATE accounts SET email = 'w' WHERE id = 1 RETURNING accounts;
-- name: update_returning_row_to_json
UPDATE accounts a SET email = 'w' WHERE id < 3 RETURNING row_to_json(a), to_jsonb(a.*);
-- name: on_conflict_excluded_whole_row
INSERT INTO accounts (id, name) VALUES (1, 'x') ON CONFLICT (id) DO UPDATE SET email = excluded::text RETURNING email;
-- name: update_returning_field_of_row
UPDATE accounts SET email = 'w' WHERE id = 1 RETURNING (accounts).tier, (accounts).labels[1];
-- name: array_of_rows
SELECT array_agg(a ORDER BY a.id) FROM accounts a WHERE a.id < 3;
-- name: merge_source_subquery
MERGE INTO accounts a USING (SELECT account_id, bool_or(paid) AS anypaid FROM bills GROUP BY account_id) s ON s.account_id = a.id WHEN MATCHED AND s.anypaid AND a.tier IS NOT NULL THEN UPDATE SET email = a.tier WHEN MATCHED THEN DO NOTHING;
-- name: update_from_subquery_ambiguous
-- expect: 42702
UPDATE accounts SET name = s.tier FROM (SELECT id, tier FROM accounts) s WHERE s.id = accounts.id AND tier IS NOT NULL;
-- name: row_in_values
SELECT id FROM accounts WHERE (id, loyalty) IN (VALUES (1, 10), (4, 7)) ORDER BY id;
-- name: ordered_set_aggregate
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY loyalty), mode() WITHIN GROUP (ORDER BY mood) FROM accounts;

-- ---------------------------------------------------------------- more forms
-- name: more_grouping_sets
SELECT tier, mood, count(*) FROM accounts GROUP BY GROUPING SETS ((tier), (mood), ()) ORDER BY 1, 2, 3;
-- name: more_is_distinct
SELECT id FROM accounts WHERE loyalty IS DISTINCT FROM 0 ORDER BY id;
-- name: more_collate
SELECT id, tier COLLATE "C" FROM accounts ORDER BY tier COLLATE "C", id;
-- name: more_ilike
SELECT id FROM accounts WHERE tier ILIKE '%o%' OR name ILIKE 'a%' ORDER BY id;
-- name: more_similar
SELECT id FROM accounts WHERE tier SIMILAR TO '(g|s)%' ORDER BY id;
-- name: more_jsonb_build
SELECT jsonb_build_object('id', id, 'loyalty', loyalty, 'tier', tier) FROM accounts ORDER BY id;
-- name: more_json_agg
SELECT json_agg(loyalty ORDER BY id) FROM accounts;
-- name: more_pg_typeof
SELECT pg_typeof(loyalty), pg_typeof(mood), pg_typeof(labels) FROM accounts LIMIT 1;
-- name: more_row_compare
SELECT id FROM accounts WHERE (loyalty, id) > (0, 2) ORDER BY id;
-- name: more_whole_row_json
SELECT row_to_json(a) FROM accounts a ORDER BY a.id;
-- name: more_whole_row_text
SELECT a::text FROM accounts a ORDER BY id;
-- name: more_whole_row_field
SELECT (a).loyalty, (a).tier FROM accounts a ORDER BY id;
-- name: more_whole_row_star
SELECT (a).* FROM accounts a ORDER BY id;
-- name: more_to_jsonb_table_name
SELECT to_jsonb(accounts) - 'email' FROM accounts ORDER BY id;
-- name: more_window_named
SELECT id, sum(loyalty) OVER w, rank() OVER w FROM accounts WINDOW w AS (PARTITION BY tier ORDER BY loyalty, id) ORDER BY id;
-- name: more_lateral_func
SELECT a.id, g FROM accounts a, LATERAL generate_series(1, coalesce(a.loyalty, 0) + 1) g ORDER BY 1, 2;
-- name: more_unnest_labels
SELECT id, unnest(labels) FROM accounts ORDER BY id;
-- name: more_array_sub
SELECT ARRAY(SELECT tier FROM accounts ORDER BY id);
-- name: more_exists_corr
SELECT b.id FROM bills b WHERE EXISTS (SELECT 1 FROM accounts a WHERE a.id = b.account_id AND a.loyalty >= 0 AND b.paid IS FALSE) ORDER BY 1;
-- name: more_not_in_sub
SELECT id FROM accounts WHERE loyalty NOT IN (SELECT loyalty FROM tags WHERE loyalty IS NOT NULL) ORDER BY id;
-- name: more_tags_real_vs_shadow
SELECT t.loyalty, a.loyalty FROM tags t JOIN accounts a ON a.id = t.id ORDER BY t.id;
-- name: more_ambiguous_loyalty
-- expect: 42702
SELECT loyalty FROM tags JOIN accounts USING (id);
-- name: more_using_shadow_key
SELECT * FROM accounts JOIN tags USING (loyalty) ORDER BY 1, 2;
-- name: more_natural_join
SELECT * FROM accounts NATURAL JOIN tags ORDER BY 1;
-- name: more_alias_columns
SELECT x.a, x.b FROM (SELECT id, loyalty FROM accounts) AS x(a, b) ORDER BY 1;
-- name: more_table_alias_columns
SELECT q, w FROM accounts AS t(q, w) ORDER BY q;
-- name: more_values_join
SELECT v.x, a.loyalty FROM (VALUES (1), (2)) v(x) JOIN accounts a ON a.id = v.x ORDER BY 1;
-- name: more_recursive
WITH RECURSIVE r(n, l) AS (SELECT 1, (SELECT loyalty FROM accounts WHERE id = 1) UNION ALL SELECT n + 1, l FROM r WHERE n < 3) SELECT * FROM r;
-- name: more_cte_materialized
WITH c AS MATERIALIZED (SELECT id, tier FROM accounts) SELECT tier, count(*) FROM c GROUP BY tier ORDER BY 1;
-- name: more_union_order
SELECT id, loyalty FROM accounts UNION SELECT id, loyalty FROM tags ORDER BY 2, 1;
-- name: more_intersect
SELECT loyalty FROM accounts INTERSECT SELECT loyalty FROM tags;
-- name: more_order_nulls
SELECT id FROM accounts ORDER BY tier NULLS FIRST, id DESC;
-- name: more_fetch_first
SELECT id FROM accounts ORDER BY loyalty DESC, id FETCH FIRST 3 ROWS WITH TIES;
-- name: more_for_update
SELECT id, loyalty FROM accounts WHERE id = 1 FOR UPDATE;
-- name: more_for_update_of
SELECT a.id, a.loyalty FROM accounts a JOIN bills b ON b.account_id = a.id WHERE b.id = 1 FOR UPDATE OF a;
-- name: more_only
SELECT id, loyalty FROM ONLY accounts ORDER BY id;
-- name: more_table_stmt
TABLE accounts;
-- name: more_param_cmp
-- params: ["0"]
SELECT id FROM accounts WHERE loyalty = $1 ORDER BY id;
-- name: more_param_select
-- params: ["5"]
SELECT $1 + loyalty FROM accounts ORDER BY id;
-- name: more_param_in_list
-- params: ["happy"]
SELECT id FROM accounts WHERE mood = $1 ORDER BY id;
-- name: more_param_array
-- params: ["{new,vip}"]
SELECT id FROM accounts WHERE labels && $1 ORDER BY id;
-- name: more_unknown_col
-- expect: 42703
SELECT loyaltee FROM accounts;
-- name: more_unknown_qualified
-- expect: 42703
SELECT a.nope FROM accounts a;
-- name: more_bad_from
-- expect: 42P01
SELECT x.loyalty FROM accounts a;
-- name: more_multi
SELECT loyalty FROM accounts WHERE id = 1; SELECT tier FROM accounts WHERE id = 2; SELECT 1;
-- name: more_count_distinct
SELECT count(DISTINCT loyalty), count(tier), max(due), bool_and(paid) FROM accounts, bills WHERE bills.account_id = accounts.id;
-- name: more_filter_agg
SELECT count(*) FILTER (WHERE paid), sum(amount) FILTER (WHERE due > '2024-01-01') FROM bills;
-- name: more_case_quoted
SELECT "Id", "Nick", upper("Nick") FROM "Users" ORDER BY "Id";
-- name: more_nick_unquoted_fail
-- expect: 42703
SELECT nick FROM "Users";
-- name: more_schema_qualified
SELECT sales.accounts.score, public.accounts.loyalty FROM sales.accounts JOIN public.accounts ON sales.accounts.id = public.accounts.id ORDER BY 1;
-- name: more_subquery_scalar
SELECT id, (SELECT max(loyalty) FROM accounts a2 WHERE a2.tier IS NOT DISTINCT FROM a1.tier) FROM accounts a1 ORDER BY id;
-- name: more_having
SELECT mood, sum(loyalty) FROM accounts GROUP BY mood HAVING sum(loyalty) >= 0 ORDER BY 1;
-- name: more_group_by_expr
SELECT loyalty > 2, count(*) FROM accounts GROUP BY loyalty > 2 ORDER BY 1;
-- name: more_nonascii_multi
SELECT 'Zoë' AS n, loyalty FROM accounts WHERE name = 'Zoë'; SELECT '東京', tier FROM accounts WHERE id = 4;
-- name: more_view
SELECT * FROM rich_accounts ORDER BY id;
-- name: more_in_list_long
SELECT id FROM accounts WHERE loyalty IN (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10) ORDER BY id;
-- name: more_cast_enum_text
SELECT mood::text || '!' FROM accounts ORDER BY id;
-- name: more_coalesce_order
SELECT id FROM accounts ORDER BY coalesce(tier, name) DESC;
-- name: more_distinct_on_shadow
SELECT DISTINCT ON (mood) mood, id, loyalty FROM accounts ORDER BY mood, id DESC;
-- name: more_explain_fail_unknown
-- expect: 42703
SELECT * FROM accounts WHERE nonexistent_thing = 1;
-- name: more_lateral_sub
SELECT a.id, s.m FROM accounts a CROSS JOIN LATERAL (SELECT max(amount) AS m FROM bills b WHERE b.account_id = a.id AND b.paid = false) s ORDER BY 1;
-- name: more_func_in_from
SELECT * FROM unnest(ARRAY[1,2]) AS u(id) JOIN accounts USING (id) ORDER BY id;
-- name: more_string_agg_order
SELECT string_agg(name, ',' ORDER BY loyalty DESC, id) FROM accounts;
-- name: more_using_alias
SELECT j.id, loyalty, paid FROM accounts JOIN bills USING (id) AS j ORDER BY 1;
-- name: more_star_using
SELECT * FROM accounts a JOIN bills b USING (id) ORDER BY id;
-- name: more_sub_star
SELECT t.* FROM (SELECT * FROM accounts) t ORDER BY t.id;
-- name: more_sub_star_where
SELECT * FROM (SELECT * FROM accounts WHERE loyalty > 0) AS t WHERE t.tier IS NOT NULL ORDER BY 1;
-- name: more_cte_star_shadow
WITH a AS (SELECT * FROM accounts) SELECT a.loyalty, b.paid FROM a JOIN bills b ON b.account_id = a.id ORDER BY b.id;
-- name: more_group_ordinal
SELECT tier, sum(loyalty) FROM accounts GROUP BY 1 ORDER BY 1 NULLS LAST;
-- name: more_order_alias
SELECT loyalty AS l FROM accounts ORDER BY l DESC NULLS LAST, 1;
-- name: more_agg_order_within
SELECT mood, array_agg(tier ORDER BY loyalty, id) FROM accounts GROUP BY mood ORDER BY mood;
-- name: more_percentile
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY loyalty) FROM accounts;
-- name: more_window_frame
SELECT id, avg(loyalty) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM accounts ORDER BY id;
-- name: more_lag
SELECT id, lag(tier) OVER (ORDER BY id), lead(loyalty, 1, -1) OVER (ORDER BY id) FROM accounts ORDER BY id;
-- name: more_exists_left
SELECT a.id, b.id FROM accounts a LEFT JOIN bills b ON b.account_id = a.id AND b.paid ORDER BY 1, 2;
-- name: more_full_join
SELECT a.id, a.loyalty, s.score FROM accounts a FULL JOIN sales.accounts s ON s.id = a.id ORDER BY 1, 3;
-- name: more_right_join_using
SELECT * FROM sales.accounts RIGHT JOIN accounts USING (id) ORDER BY id;
-- name: more_search_path_sales
SET search_path = sales, public; SELECT id, score FROM accounts ORDER BY id; RESET search_path;
-- name: more_in_values
SELECT id FROM accounts WHERE (id, loyalty) IN (VALUES (1, 10), (3, 0)) ORDER BY 1;
-- name: more_any_sub
SELECT id FROM accounts WHERE loyalty = ANY (SELECT loyalty FROM tags) ORDER BY 1;
-- name: more_case_in_order
-- expect: 42703
SELECT id FROM accounts ORDER BY CASE WHEN paid_dummy IS NULL THEN 1 END;
-- name: more_json_path
SELECT id, to_json(labels) -> 0 FROM accounts ORDER BY id;
-- name: more_nested_sub_3
SELECT (SELECT (SELECT a.loyalty + t.loyalty FROM tags t WHERE t.id = 1)) FROM accounts a ORDER BY a.id;
-- name: more_union_all_star
SELECT * FROM accounts WHERE id < 3 UNION ALL SELECT * FROM accounts WHERE id > 6 ORDER BY 1;
-- name: more_cursor_like_limit
SELECT id, tier FROM accounts ORDER BY id LIMIT 2 OFFSET 2;
-- name: more_quoted_alias_case
SELECT "A".loyalty FROM accounts "A" ORDER BY "A".id;
-- name: more_quoted_alias_case_bad
-- expect: 42P01
SELECT a.loyalty FROM accounts "A";
-- name: more_upper_ident
SELECT LOYALTY, Tier FROM ACCOUNTS ORDER BY ID;
-- name: more_quoted_shadow_exact
SELECT "loyalty" FROM accounts ORDER BY id;
-- name: more_quoted_shadow_wrong_case
-- expect: 42703
SELECT "Loyalty" FROM accounts;
-- name: more_comment_and_dollar
SELECT /* loyalty */ $$loyalty$$ AS s, loyalty -- tier
FROM accounts ORDER BY id;
-- name: more_string_escape
SELECT E'it\'s', tier FROM accounts WHERE tier IS DISTINCT FROM E'a\\b' ORDER BY id;
-- name: more_generate_join
SELECT g, a.loyalty FROM generate_series(1, 3) g LEFT JOIN accounts a ON a.id = g ORDER BY g;
-- name: more_with_params_2
-- params: ["1", "gold"]
SELECT id FROM accounts WHERE id >= $1 AND tier = $2;
-- name: more_param_untyped_select
-- params: ["x"]
SELECT $1, tier FROM accounts WHERE id = 1;
-- name: more_count_star_only
SELECT count(*) FROM accounts WHERE loyalty IS NULL;
-- name: more_bool_shadow
SELECT id FROM bills WHERE paid ORDER BY id;
-- name: more_bool_not
SELECT id FROM bills WHERE NOT paid AND due < '2025-01-01' ORDER BY id;
-- name: more_date_arith
SELECT id, due - 30, due + interval '1 day', extract(year FROM due) FROM bills ORDER BY id;
-- name: more_composite_key_table
SELECT order_id, line, discount, qty * (1 - discount / 100) FROM line_items ORDER BY 1, 2;
-- name: more_events_no_pk
SELECT kind, seen FROM events ORDER BY payload;
-- name: more_varchar_nick
SELECT "Nick", length("Nick"), "Nick"::text || '!' FROM "Users" ORDER BY "Id";

-- ---------------------------------------------------------------- ORM shapes and more positions
-- name: orm_django_filter_order
SELECT "accounts"."id", "accounts"."name", "accounts"."loyalty", "accounts"."tier" FROM "accounts" WHERE ("accounts"."tier" IN ('gold', 'silver') AND "accounts"."loyalty" IS NULL) ORDER BY "accounts"."loyalty" DESC LIMIT 21;
-- name: orm_django_exists
SELECT "accounts"."id" FROM "accounts" WHERE EXISTS(SELECT 1 AS "a" FROM "bills" U0 WHERE (U0."account_id" = ("accounts"."id") AND U0."paid") LIMIT 1) ORDER BY "accounts"."id" ASC;
-- name: orm_django_annotate_having_order_shadow
SELECT "accounts"."id", COUNT("bills"."id") AS "n" FROM "accounts" LEFT OUTER JOIN "bills" ON ("accounts"."id" = "bills"."account_id") GROUP BY "accounts"."id" HAVING "accounts"."loyalty" > 0 ORDER BY "accounts"."tier" NULLS FIRST, 1;
-- name: orm_rails_star_params
-- params: ["10", "1"]
SELECT "accounts".* FROM "accounts" WHERE "accounts"."loyalty" = $1 LIMIT $2;
-- name: orm_sqlalchemy_labels
-- params: ["1"]
SELECT accounts.id AS accounts_id, accounts.loyalty AS accounts_loyalty, accounts.mood AS accounts_mood FROM accounts WHERE accounts.id = $1::INTEGER;
-- name: orm_prisma_qualified_params
-- params: ["gold", "5", "0"]
SELECT "public"."accounts"."id", "public"."accounts"."loyalty", "public"."accounts"."tier" FROM "public"."accounts" WHERE ("public"."accounts"."tier" = $1 AND 1=1) ORDER BY "public"."accounts"."id" ASC LIMIT $2 OFFSET $3;
-- name: orm_hibernate_fetch_param
-- params: ["gold", "2"]
select a1_0.id,a1_0.loyalty,a1_0.tier from accounts a1_0 where a1_0.tier<>$1 order by a1_0.id fetch first $2 rows only;
-- name: window_ntile_nulls_first
SELECT id, ntile(2) OVER (PARTITION BY mood ORDER BY loyalty NULLS FIRST, id) FROM accounts ORDER BY id;
-- name: window_first_last_value
SELECT id, first_value(tier) OVER w, last_value(loyalty) OVER w FROM accounts WINDOW w AS (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) ORDER BY id;
-- name: window_aggregate_filter
SELECT bills.id, count(*) FILTER (WHERE loyalty IS NOT NULL) OVER (), sum(amount) FILTER (WHERE paid) OVER (PARTITION BY account_id) FROM bills JOIN accounts ON accounts.id = bills.account_id ORDER BY 1;
-- name: window_rank_in_subquery
SELECT * FROM (SELECT id, rank() OVER (ORDER BY loyalty DESC NULLS LAST) AS r FROM accounts) s WHERE r <= 3 ORDER BY r, id;
-- name: grouping_function_rollup
SELECT tier, mood, GROUPING(tier, mood), count(*) FROM accounts GROUP BY ROLLUP (tier, mood) ORDER BY 1, 2, 3;
-- name: rollup_of_primary_key_not_dependent
-- expect: 42803
SELECT id, loyalty FROM accounts GROUP BY ROLLUP (id);
-- name: group_by_primary_key_order_by_shadow
SELECT a.id, count(b.id) FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY a.loyalty NULLS FIRST, a.id;
-- name: group_by_primary_key_schema_qualified
SELECT public.accounts.id, public.accounts.loyalty FROM public.accounts GROUP BY public.accounts.id ORDER BY 1;
-- name: group_by_primary_key_whole_row
SELECT a.id, row_to_json(a) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY 1;
-- name: group_by_primary_key_bare_whole_row
SELECT a, count(b.id) FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY a.id;
-- name: group_by_primary_key_star_to_jsonb
SELECT to_jsonb(a.*), count(*) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY a.id;
-- name: group_by_primary_key_field_and_function_style
SELECT a.id, (a).tier, loyalty(a) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY 1;
-- name: group_by_primary_key_alias_list
SELECT t.k, t.l FROM accounts t(k, n, e, c, l) GROUP BY t.k ORDER BY 1;
-- name: group_by_composite_key_partial
-- expect: 42803
SELECT li.order_id, li.discount FROM line_items li GROUP BY li.order_id;
-- name: json_agg_whole_rows
SELECT json_agg(a ORDER BY a.id) FROM accounts a WHERE a.id < 4;
-- name: jsonb_each_of_whole_row
SELECT j.key, j.value FROM accounts a, jsonb_each_text(to_jsonb(a)) j WHERE a.id = 1 ORDER BY 1;
-- name: jsonb_populate_record_from_row
SELECT jsonb_populate_record(a, '{"tier": "x"}') FROM accounts a WHERE id = 1;
-- name: row_constructor_compare
SELECT id FROM accounts a WHERE ROW(a.loyalty, a.tier) = ROW(10, 'gold');
-- name: whole_row_is_not_null
SELECT id FROM accounts a WHERE a IS NOT NULL ORDER BY id;
-- name: values_join_using_shadow
SELECT * FROM (VALUES (1, 'gold'), (2, 'x')) v(id, tier) JOIN accounts a USING (id, tier);
-- name: union_shadow_and_landing
SELECT loyalty FROM accounts UNION SELECT score FROM sales.accounts ORDER BY 1 NULLS FIRST;
-- name: limit_from_subquery
SELECT id FROM accounts ORDER BY id LIMIT (SELECT loyalty FROM accounts WHERE id = 4);
-- name: order_by_correlated_subquery
SELECT a.id FROM accounts a ORDER BY (SELECT t.loyalty FROM tags t WHERE t.id = a.id) NULLS LAST, a.loyalty, a.id;
-- name: recursive_join_on_table
WITH RECURSIVE r AS (SELECT id, loyalty, 1 AS depth FROM accounts WHERE id = 1 UNION ALL SELECT a.id, a.loyalty, r.depth + 1 FROM accounts a JOIN r ON a.id = r.id + 1 WHERE r.depth < 4) SELECT * FROM r ORDER BY id;
-- name: table_form_order_limit
TABLE accounts ORDER BY loyalty DESC NULLS LAST, id LIMIT 3;
-- name: limit_offset_params
-- params: ["2", "1"]
SELECT id, loyalty FROM accounts ORDER BY id LIMIT $1 OFFSET $2;
-- name: casts_of_shadow_columns
SELECT loyalty::bigint, labels::varchar[], tier::mood, mood::text::mood, ARRAY[tier] FROM accounts WHERE id IN (1, 3) ORDER BY id;
-- name: non_ascii_table_alias
SELECT "ä".tier AS "ü" FROM accounts "ä" ORDER BY "ä".id;
-- name: param_array_any
-- params: ["{gold,bronze}"]
SELECT id FROM accounts WHERE tier = ANY ($1) ORDER BY id;
-- name: for_no_key_update_skip_locked
SELECT id, loyalty FROM accounts WHERE tier IS NOT NULL ORDER BY id FOR NO KEY UPDATE SKIP LOCKED;
-- name: schema_qualified_column_unqualified_table
SELECT public.accounts.loyalty FROM accounts ORDER BY id;
-- name: alias_list_renames_shadow_columns
SELECT e, f FROM accounts AS t(a, b, c, d, e, f) ORDER BY a;
-- name: error_operator_position_after_shadow
-- expect: 42883
SELECT id FROM accounts WHERE tier = 1;
-- name: order_by_using_operator
SELECT id FROM accounts ORDER BY loyalty USING >, id;
-- name: in_subquery_row_with_shadow
SELECT id FROM bills WHERE (account_id, paid) IN (SELECT id, loyalty > 0 FROM accounts) ORDER BY 1;
-- name: insert_parameter_types_of_shadow_columns
-- params: ["60", "n", "5", "sad", "{a}"]
INSERT INTO accounts (id, name, loyalty, mood, labels) VALUES ($1, $2, $3, $4, $5) RETURNING loyalty, mood, labels;
-- name: update_parameter_type_enum
-- params: ["grumpy", "1"]
UPDATE accounts SET mood = $1 WHERE id = $2 RETURNING mood;
-- name: kept_typmod_casts
SELECT loyalty::numeric(10,2), tier::varchar(2) FROM accounts WHERE id = 1;
-- name: kept_order_by_negative_ordinal
-- expect: 42P10
SELECT id FROM accounts WHERE loyalty > 0 ORDER BY -1;
-- name: kept_union_int_first
SELECT 5 UNION SELECT loyalty FROM accounts WHERE id = 1 ORDER BY 1;
-- name: kept_overflow
-- expect: 22003
SELECT loyalty * 2147483647 FROM accounts WHERE id = 1;

-- ---------------------------------------------------------------- RETURNING, set operations, frames
-- name: more2_returning_system_cols_insert
INSERT INTO accounts (id, name) VALUES (98, 'x') RETURNING tableoid::regclass, xmin IS NOT NULL, loyalty;
-- name: more2_returning_system_cols_update
UPDATE accounts SET loyalty = 2 WHERE id = 1 RETURNING tableoid::regclass, ctid IS NOT NULL, loyalty;
-- name: more2_returning_system_cols_delete
DELETE FROM line_items WHERE order_id = 3 RETURNING tableoid::regclass, discount;
-- name: more2_delete_using_star
DELETE FROM bills b USING accounts a WHERE a.id = b.account_id AND a.id = 2 RETURNING *;
-- name: more2_update_from_star
UPDATE bills SET paid = true FROM accounts a WHERE a.id = bills.account_id AND a.id = 3 RETURNING *;
-- name: more2_update_alias_wrong_ref
-- expect: 42P01
UPDATE accounts a SET loyalty = accounts.loyalty + 1;
-- name: more2_update_upper
UPDATE ACCOUNTS SET LOYALTY = LOYALTY + 1 WHERE ID = 1 RETURNING LOYALTY, "loyalty";
-- name: more2_upsert_default
INSERT INTO accounts (id, name, loyalty) VALUES (1, 'x', 5) ON CONFLICT (id) DO UPDATE SET loyalty = DEFAULT, tier = DEFAULT RETURNING loyalty, tier;
-- name: more2_upsert_params
-- params: ["1", "x", "77"]
INSERT INTO accounts (id, name, loyalty) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET loyalty = $3 + 1 RETURNING loyalty;
-- name: more2_update_exists_other_instance
UPDATE accounts SET tier = 'dup' WHERE EXISTS (SELECT 1 FROM accounts a2 WHERE a2.loyalty = accounts.loyalty AND a2.id <> accounts.id) RETURNING id, tier;
-- name: more2_update_in_same_table
UPDATE accounts SET tier = 'rich' WHERE id IN (SELECT id FROM accounts WHERE loyalty > 5) RETURNING id, tier;
-- name: more2_update_sub_other_instance
UPDATE accounts SET tier = (SELECT a2.tier FROM accounts a2 WHERE a2.id = accounts.id + 1) WHERE id < 4 RETURNING id, tier;
-- name: more2_insert_sub_same_table
INSERT INTO accounts (id, name, loyalty) VALUES (97, 'x', (SELECT max(loyalty) FROM accounts)) RETURNING loyalty;
-- name: more2_insert_distinct_on
INSERT INTO accounts (id, name, tier) SELECT DISTINCT ON (tier) id + 600, name, tier FROM accounts ORDER BY tier, id RETURNING id, tier;
-- name: more2_insert_group_by
INSERT INTO accounts (id, name, loyalty) SELECT 400 + account_id, 'agg', count(*) FROM bills WHERE account_id IS NOT NULL GROUP BY account_id RETURNING id, loyalty;
-- name: more2_delete_returning_alias
DELETE FROM accounts AS a WHERE a.id = 8 RETURNING a.loyalty AS "Loyalty", a.*;
-- name: more2_lateral_star
SELECT * FROM accounts LEFT JOIN LATERAL (SELECT * FROM bills WHERE bills.account_id = accounts.id ORDER BY bills.id LIMIT 1) b ON true ORDER BY accounts.id;
-- name: more2_distinct_star
SELECT DISTINCT a.* FROM accounts a JOIN bills b ON b.account_id = a.id ORDER BY a.id;
-- name: more2_row_is_not_null
SELECT count(*) FROM accounts WHERE (loyalty, tier) IS NOT NULL;
-- name: more2_regex
SELECT id FROM accounts WHERE tier ~ '^g' OR tier ~* 'S' ORDER BY id;
-- name: more2_order_by_ordinal_star
SELECT * FROM accounts ORDER BY 5 DESC NULLS LAST, 1;
-- name: more2_natural_full_self
SELECT a.id, b.id FROM accounts a NATURAL FULL JOIN accounts b ORDER BY 1, 2;
-- name: more2_unnest_ordinality
SELECT a.id, l.label, l.n FROM accounts a JOIN LATERAL unnest(a.labels) WITH ORDINALITY AS l(label, n) ON true ORDER BY 1, 3;
-- name: more2_json_funcs
SELECT json_build_array(id, loyalty, tier), to_jsonb(labels), jsonb_agg(jsonb_build_object('m', mood)) OVER (ORDER BY id) FROM accounts ORDER BY id;
-- name: more2_jsonpath
SELECT id, jsonb_path_query_first(to_jsonb(a), '$.loyalty') FROM accounts a ORDER BY id;
-- name: more2_all_sub
SELECT id FROM accounts WHERE loyalty >= ALL (SELECT loyalty FROM tags WHERE loyalty IS NOT NULL) ORDER BY id;
-- name: more2_scalar_string_agg
SELECT a.id, (SELECT string_agg(a2.tier, ',' ORDER BY a2.id) FROM accounts a2 WHERE a2.mood = a.mood) FROM accounts a ORDER BY 1;
-- name: more2_except_star
SELECT * FROM accounts EXCEPT SELECT * FROM accounts WHERE loyalty > 5 ORDER BY 1;
-- name: more2_intersect_all
SELECT mood FROM accounts INTERSECT ALL SELECT mood FROM accounts WHERE id < 4 ORDER BY 1;
-- name: more2_cte_same_name_unqualified_inside
WITH accounts AS (SELECT * FROM accounts WHERE loyalty > 0) SELECT id, loyalty FROM accounts ORDER BY id;
-- name: more2_union_order_by_name
SELECT loyalty FROM accounts WHERE id = 1 UNION ALL SELECT loyalty FROM tags ORDER BY loyalty;
-- name: more2_values_scalar_sub
VALUES ((SELECT loyalty FROM accounts WHERE id = 1)), ((SELECT tier FROM accounts WHERE id = 3)::int);
-- name: more2_param_is_distinct_enum
-- params: ["happy"]
SELECT id FROM accounts WHERE mood IS DISTINCT FROM $1 ORDER BY id;
-- name: more2_array_contains
SELECT id FROM accounts WHERE labels @> ARRAY['vip'] OR labels = '{}' ORDER BY id;
-- name: more2_for_update_of_nowait
SELECT id, loyalty FROM accounts WHERE id = 1 FOR UPDATE OF accounts NOWAIT;
-- name: more2_exists_in_select_list
SELECT a.id, EXISTS (SELECT 1 FROM bills b WHERE b.account_id = a.id AND b.paid) AS has_paid, a.loyalty FROM accounts a ORDER BY 1;
-- name: more2_coalesce_subquery_django
SELECT "accounts"."id", COALESCE((SELECT SUM(U0."amount") AS "total" FROM "bills" U0 WHERE (U0."account_id" = ("accounts"."id") AND U0."paid") GROUP BY U0."account_id"), 0) AS "paid_total" FROM "accounts" ORDER BY "accounts"."loyalty" DESC NULLS LAST, "accounts"."id";
-- name: more2_cte_rename_cols
WITH x (a, b, c) AS (SELECT id, loyalty, tier FROM accounts) SELECT b, c FROM x WHERE a = 1;
-- name: more2_cte_star_renamed
WITH x (k) AS (SELECT * FROM accounts) SELECT k, loyalty FROM x ORDER BY k;
-- name: more2_recursive_named_like_table
WITH RECURSIVE accounts (id, loyalty) AS (SELECT 1, 1 UNION ALL SELECT id + 1, loyalty * 2 FROM accounts WHERE id < 3) SELECT * FROM accounts;
-- name: more2_select_into_star
SELECT * INTO TEMP t_star FROM accounts WHERE loyalty > 0;
-- name: more2_case_quoted_all
SELECT "accounts"."loyalty", "ACCOUNTS".tier FROM accounts AS "ACCOUNTS", accounts WHERE accounts.id = "ACCOUNTS".id ORDER BY 1, 2;
-- name: more2_sum_over_partition_shadow_filter
SELECT DISTINCT mood, sum(loyalty) OVER (PARTITION BY mood) FROM accounts ORDER BY 1;
-- name: more2_window_exclude
SELECT id, array_agg(tier) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE CURRENT ROW) FROM accounts ORDER BY id;
-- name: more2_groups_frame
SELECT id, count(*) OVER (ORDER BY loyalty GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM accounts ORDER BY id;
-- name: more2_range_offset_frame
SELECT id, sum(id) OVER (ORDER BY loyalty RANGE BETWEEN 3 PRECEDING AND 3 FOLLOWING) FROM accounts WHERE loyalty IS NOT NULL ORDER BY id;
-- name: more2_returning_system_upsert
INSERT INTO accounts (id, name, loyalty) VALUES (1, 'x', 3), (99, 'y', 4) ON CONFLICT (id) DO UPDATE SET loyalty = excluded.loyalty RETURNING id, tableoid::regclass, xmax = 0 AS inserted, loyalty;
-- name: more2_returning_system_one_by_one
INSERT INTO accounts (id, name, loyalty) VALUES (1, 'x', 3), (99, 'y', 4) ON CONFLICT DO NOTHING RETURNING id, tableoid::regclass, loyalty;
-- name: more2_returning_system_select
INSERT INTO accounts (id, name, tier) SELECT id + 700, name, 't' FROM accounts WHERE id < 3 RETURNING id, accounts.tableoid::regclass, cmin IS NOT NULL, tier;

-- ---------------------------------------------------------------- search_path inside a string
-- name: search_path_set_config_local
SELECT set_config('search_path', 'sales, public', true); SELECT id, score FROM accounts ORDER BY id;
-- name: search_path_set_to
SET search_path TO sales, public; SELECT id, score FROM accounts ORDER BY id;
-- name: search_path_set_quoted_list
SET search_path = "sales", "public"; SELECT id, score FROM accounts ORDER BY id;
-- name: search_path_savepoint_rollback
SAVEPOINT s; SET LOCAL search_path = sales; ROLLBACK TO SAVEPOINT s; SELECT id, loyalty FROM accounts ORDER BY id;
-- name: search_path_reset_all
SET search_path = sales; RESET ALL; SELECT id, loyalty FROM accounts ORDER BY id;
-- name: search_path_set_session
SET SESSION search_path = sales; SELECT id, score FROM accounts ORDER BY id;
-- name: search_path_reset_mid_string
SET search_path = sales; SELECT id, score FROM accounts ORDER BY id; RESET search_path; SELECT id, loyalty FROM accounts ORDER BY id;
-- name: search_path_set_default
SET search_path = sales; SET search_path TO DEFAULT; SELECT id, loyalty FROM accounts ORDER BY id;
-- name: search_path_set_local_implicit
SET LOCAL search_path = sales; SELECT id, score FROM accounts ORDER BY id;
-- name: search_path_local_then_commit
SET LOCAL search_path = sales; COMMIT; SELECT id, loyalty FROM accounts ORDER BY id; BEGIN;
-- name: search_path_set_config_session_qualified
SELECT pg_catalog.set_config('search_path', '"sales",public', false); SELECT id, score FROM accounts ORDER BY id;
-- name: search_path_savepoint_release
SAVEPOINT s; SET search_path = sales; RELEASE SAVEPOINT s; SELECT id, score FROM accounts ORDER BY id;
-- name: search_path_select_before_set
SELECT id, loyalty FROM accounts ORDER BY id; SET LOCAL search_path = sales; SELECT id, score FROM accounts ORDER BY id;

-- ---------------------------------------------------------------- GROUP BY a key by position, name and grouping sets; COPY
-- name: grouping_group_by_ordinal_pk
SELECT a.id, a.loyalty, count(*) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY 1 ORDER BY 1;
-- name: grouping_group_by_output_alias_pk
SELECT a.id AS k, a.tier, count(*) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY k ORDER BY 1;
-- name: grouping_group_by_ordinal_composite
SELECT li.order_id, li.line, li.discount FROM line_items li CROSS JOIN tags GROUP BY 1, 2 ORDER BY 1, 2;
-- name: grouping_group_by_pk_parenthesized
SELECT a.id, a.loyalty FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY (a.id) ORDER BY 1;
-- name: grouping_whole_row_cast_text
SELECT t.*::text FROM accounts t ORDER BY t.id;
-- name: grouping_whole_row_star_field
SELECT (a).* FROM accounts a WHERE a.id = 1;
-- name: grouping_copy_shadow_only
COPY accounts (loyalty) TO STDOUT;
-- name: grouping_copy_csv_header_quoted
COPY "Users" TO STDOUT WITH (FORMAT csv, HEADER true);
-- name: grouping_copy_schema_qualified
COPY public.accounts TO STDOUT (FORMAT csv);
-- name: grouping_copy_landing
COPY sales.accounts (id, score) TO STDOUT;
-- name: grouping_copy_query_star
COPY (SELECT * FROM accounts WHERE loyalty IS NOT NULL ORDER BY id) TO STDOUT WITH (FORMAT text, NULL 'NULL');
-- name: grouping_update_non_ascii_alias
UPDATE accounts AS "ä" SET loyalty = "ä".loyalty + 1 WHERE "ä".id < 3 RETURNING "ä".*;
-- name: grouping_upsert_non_ascii_alias
INSERT INTO accounts AS "Ä" (id, name, tier) VALUES (1, 'x', 'y') ON CONFLICT (id) DO UPDATE SET tier = "Ä".tier || EXCLUDED.tier RETURNING "Ä".tier;
-- name: grouping_sub_for_update
SELECT * FROM (SELECT id, loyalty FROM accounts WHERE id < 3 FOR UPDATE) s ORDER BY id;
-- name: grouping_having_pk_alias_ordinal
SELECT a.id, a.loyalty FROM accounts a GROUP BY 1 HAVING a.loyalty IS NOT NULL ORDER BY 1;
-- name: grouping_group_by_distinct_pk
SELECT a.id, a.tier FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY DISTINCT a.id ORDER BY 1;
-- name: grouping_group_by_all_pk
SELECT a.id, a.tier FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY ALL a.id ORDER BY 1;
-- name: grouping_group_by_pk_cube_other
SELECT a.id, a.tier, b.paid FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id, CUBE (b.paid) ORDER BY 1, 3;
-- name: grouping_group_by_pk_cube_of_dependent
SELECT a.id, a.name, a.tier, count(*) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id, CUBE (a.name) ORDER BY 1, 2 NULLS FIRST;
-- name: grouping_group_by_pk_grouping_sets_common
SELECT a.id, a.tier, b.paid, count(*) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY GROUPING SETS ((a.id), (a.id, b.paid)) ORDER BY 1, 3 NULLS FIRST;
-- name: grouping_group_by_pk_row_list
SELECT a.id, a.tier, count(*) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY (a.id, b.account_id) ORDER BY 1;
-- name: grouping_group_by_pk_grouping_func_dependent
SELECT a.id, a.loyalty, GROUPING(a.loyalty), count(*) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id, ROLLUP (a.loyalty) ORDER BY 1, 3;

-- ---------------------------------------------------------------- DML errors, positions and parameter types
-- name: dml_update_bad_value_after_non_ascii
-- expect: 22P02
UPDATE accounts SET tier = 'é', loyalty = 'x' WHERE id = 1;
-- name: dml_insert_bad_value_after_non_ascii
-- expect: 22P02
INSERT INTO accounts (id, name, loyalty) VALUES (1000, 'é東', 'zz');
-- name: dml_select_bad_value_after_non_ascii
-- expect: 22P02
SELECT 'ü', loyalty + 'q' FROM accounts;
-- name: dml_update_unknown_column_value
-- expect: 42703
UPDATE accounts SET loyalty = nosuch WHERE id = 1;
-- name: dml_update_unknown_column_where
-- expect: 42703
UPDATE accounts SET loyalty = loyalty WHERE nosuch = 1;
-- name: dml_insert_unknown_column_values
-- expect: 42703
INSERT INTO accounts (id, name, loyalty) VALUES (1000, 'x', nosuch);
-- name: dml_delete_operator
-- expect: 42883
DELETE FROM accounts WHERE tier = 1;
-- name: dml_update_returning_unknown
-- expect: 42703
UPDATE accounts SET loyalty = 1 WHERE id = 1 RETURNING nosuch;
-- name: dml_insert_returning_unknown
-- expect: 42703
INSERT INTO accounts (id, name) VALUES (1000, 'x') RETURNING loyalty, nosuch;
-- name: dml_upsert_set_unknown
-- expect: 42703
INSERT INTO accounts (id, name) VALUES (1, 'x') ON CONFLICT (id) DO UPDATE SET loyalty = excluded.nosuch;
-- name: dml_insert_recursive_select
INSERT INTO accounts (id, name, loyalty) WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < 3) SELECT 500 + n, 'r', n FROM s RETURNING id, loyalty;
-- name: dml_insert_arrays
INSERT INTO accounts (id, name, labels) VALUES (1001, 'x', ARRAY['a', 'b']), (1002, 'y', '{}'), (1003, 'z', NULL), (1004, 'w', DEFAULT), (1005, 'v', ARRAY[]::text[]) RETURNING id, labels;
-- name: dml_insert_enum_param_cast
-- params: ["1006", "sad"]
INSERT INTO accounts (id, name, mood) VALUES ($1, 'm', $2::mood) RETURNING mood;
-- name: dml_upsert_subquery_other_row
INSERT INTO accounts (id, name) VALUES (1, 'x') ON CONFLICT (id) DO UPDATE SET loyalty = (SELECT a2.loyalty FROM accounts a2 WHERE a2.id = 4) + accounts.loyalty RETURNING loyalty;
-- name: dml_param_bigint
-- params: ["1"]
SELECT id, loyalty FROM accounts WHERE id = $1::bigint;
-- name: dml_join_using_star_self
SELECT * FROM accounts a JOIN accounts b USING (id) WHERE id < 3 ORDER BY id;
-- name: dml_update_returning_old_style
UPDATE accounts SET loyalty = coalesce(loyalty, 0) + 1 WHERE id IN (1, 2, 3) RETURNING id, loyalty, loyalty - 1 AS before;
-- name: dml_varchar_param
-- params: ["Zoë ✓"]
SELECT "Id" FROM "Users" WHERE "Nick" = $1;
-- name: dml_update_varchar_param
-- params: ["new nick", "2"]
UPDATE "Users" SET "Nick" = $1 WHERE "Id" = $2 RETURNING "Nick";
-- name: dml_insert_numeric_param
-- params: ["9", "9", "1.234"]
INSERT INTO line_items (order_id, line, discount) VALUES ($1, $2, $3) RETURNING discount;
-- name: dml_insert_select_params
-- params: ["1007", "p", "4"]
INSERT INTO accounts (id, name, loyalty) SELECT $1, $2, $3 RETURNING id, loyalty;

-- ---------------------------------------------------------------- ORM reads, nested joins, named windows
-- name: orm_prisma_relation_join
SELECT "t1"."id", "t1"."loyalty", "accounts_bills"."__prisma_data__" AS "bills" FROM "public"."accounts" AS "t1" LEFT JOIN LATERAL (SELECT COALESCE(JSONB_AGG("__prisma_data__"), '[]') AS "__prisma_data__" FROM (SELECT "t4"."__prisma_data__" FROM (SELECT JSONB_BUILD_OBJECT('id', "t3"."id", 'paid', "t3"."paid", 'due', "t3"."due") AS "__prisma_data__" FROM (SELECT "t2".* FROM "public"."bills" AS "t2" WHERE "t1"."id" = "t2"."account_id" ORDER BY "t2"."id") AS "t3") AS "t4") AS "t5") AS "accounts_bills" ON true ORDER BY "t1"."id";
-- name: orm_django_subquery_outerref
SELECT "accounts"."id", (SELECT U0."paid" FROM "bills" U0 WHERE U0."account_id" = ("accounts"."id") ORDER BY U0."due" DESC, U0."id" LIMIT 1) AS "last_paid" FROM "accounts" ORDER BY "accounts"."id";
-- name: orm_rails_eager_load
SELECT "accounts"."id" AS t0_r0, "accounts"."loyalty" AS t0_r1, "accounts"."labels" AS t0_r2, "bills"."id" AS t1_r0, "bills"."paid" AS t1_r1 FROM "accounts" LEFT OUTER JOIN "bills" ON "bills"."account_id" = "accounts"."id" ORDER BY 1, 4;
-- name: orm_hibernate_join_param
-- params: ["1"]
select a1_0.id,a1_0.loyalty,b1_0.account_id,b1_0.id,b1_0.paid from accounts a1_0 left join bills b1_0 on a1_0.id=b1_0.account_id where a1_0.id=$1 order by b1_0.id;
-- name: orm_django_count_distinct_subquery
SELECT COUNT(*) FROM (SELECT DISTINCT "accounts"."tier" AS "col1" FROM "accounts") subquery;
-- name: orm_django_exists_limit
SELECT 1 AS "a" FROM "accounts" WHERE "accounts"."loyalty" > 5 LIMIT 1;
-- name: orm_django_aggregate
SELECT AVG("accounts"."loyalty") AS "loyalty__avg", MAX("accounts"."tier") AS "tier__max", COUNT("accounts"."mood") FILTER (WHERE "accounts"."mood" = 'happy') AS "happy" FROM "accounts";
-- name: orm_django_qualify_window
SELECT * FROM (SELECT "accounts"."id" AS "col1", "accounts"."mood" AS "col2", ROW_NUMBER() OVER (PARTITION BY "accounts"."mood" ORDER BY "accounts"."loyalty" DESC NULLS LAST, "accounts"."id") AS "qual0" FROM "accounts") "qualify" WHERE "qual0" = 1 ORDER BY 1;
-- name: orm_rails_pluck_param
-- params: ["happy"]
SELECT "accounts"."tier" FROM "accounts" WHERE "accounts"."mood" = $1 ORDER BY "accounts"."id";
-- name: orm_sqlalchemy_in_expanded
-- params: ["1", "2", "3"]
SELECT accounts.id, accounts.tier FROM accounts WHERE accounts.id IN ($1::INTEGER, $2::INTEGER, $3::INTEGER) ORDER BY accounts.id;
-- name: orm_sqlalchemy_any_array
-- params: ["{1,4}"]
SELECT accounts.id, accounts.loyalty FROM accounts WHERE accounts.id = ANY ($1::INTEGER[]) ORDER BY accounts.id;
-- name: orm_django_json_values
SELECT "accounts"."id", JSONB_BUILD_OBJECT('loyalty', "accounts"."loyalty", 'labels', "accounts"."labels") AS "doc" FROM "accounts" WHERE ("accounts"."labels" @> ARRAY['vip']::text[]) ORDER BY 1;
-- name: orm_django_case_when_annotate
SELECT "accounts"."id", CASE WHEN "accounts"."loyalty" >= 5 THEN 'high' WHEN "accounts"."loyalty" IS NULL THEN NULL ELSE 'low' END AS "band" FROM "accounts" ORDER BY "accounts"."id";
-- name: orm_sqlalchemy_cte_join
WITH top AS (SELECT accounts.id AS id, accounts.loyalty AS loyalty FROM accounts WHERE accounts.loyalty IS NOT NULL ORDER BY accounts.loyalty DESC LIMIT 3) SELECT bills.id, top.loyalty FROM bills JOIN top ON top.id = bills.account_id ORDER BY bills.id;
-- name: orm_django_greatest_coalesce
SELECT "bills"."id", GREATEST("bills"."due", '2024-09-01'::date), COALESCE("bills"."paid", false) FROM "bills" ORDER BY 1;
-- name: orm_django_date_trunc
SELECT DATE_TRUNC('month', "bills"."due") AS "m", COUNT("bills"."id") FROM "bills" GROUP BY 1 ORDER BY 1;
-- name: orm_django_extract_filter
SELECT "bills"."id" FROM "bills" WHERE EXTRACT(YEAR FROM "bills"."due") = 2024 ORDER BY 1;
-- name: orm_django_in_subquery_values
SELECT "bills"."id" FROM "bills" WHERE "bills"."account_id" IN (SELECT U0."id" FROM "accounts" U0 WHERE U0."mood" IN ('sad', 'grumpy')) ORDER BY 1;
-- name: orm_django_prefetch_in
SELECT "bills"."id", "bills"."account_id", "bills"."paid" FROM "bills" WHERE "bills"."account_id" IN (1, 2, 3) ORDER BY 1;
-- name: orm_django_union_values
(SELECT "accounts"."tier" AS "col1" FROM "accounts" WHERE "accounts"."id" < 3) UNION (SELECT "accounts"."tier" AS "col1" FROM "accounts" WHERE "accounts"."id" > 5) ORDER BY 1 NULLS FIRST;
-- name: form_nested_parenthesized_joins
SELECT a.id, b.paid, u."Nick" FROM (accounts a JOIN (bills b JOIN "Users" u ON u."Id" = b.id) ON b.account_id = a.id) ORDER BY 1, 2;
-- name: form_whole_row_compare_self
SELECT count(*) FROM accounts WHERE accounts = accounts;
-- name: form_mixed_quoting_schema
SELECT "public".accounts.loyalty FROM "public".accounts ORDER BY "public".accounts.id;
-- name: form_distinct_order_by_missing
-- expect: 42P10
SELECT DISTINCT tier FROM accounts ORDER BY loyalty;
-- name: form_named_window_inherit
SELECT id, row_number() OVER w2, sum(loyalty) OVER w2 FROM accounts WINDOW w AS (PARTITION BY tier), w2 AS (w ORDER BY loyalty NULLS FIRST, id) ORDER BY id;
-- name: form_filter_over_named
SELECT id, count(*) FILTER (WHERE tier IS NULL) OVER w FROM accounts WINDOW w AS (ORDER BY id) ORDER BY id;
-- name: form_using_renamed_shadow
SELECT * FROM accounts AS a(id, n, e, c, points) JOIN tags t ON t.loyalty = a.points ORDER BY a.id, t.id;
-- name: form_with_ties_shadow
SELECT * FROM (SELECT id, loyalty FROM accounts ORDER BY loyalty NULLS LAST FETCH FIRST 1 ROW WITH TIES) s ORDER BY id;
-- name: form_sub_order_limit_outer_order
SELECT * FROM (SELECT id, tier FROM accounts ORDER BY tier NULLS LAST, id LIMIT 4) s ORDER BY id DESC;
-- name: form_eq_max_sub
SELECT a.loyalty FROM accounts a WHERE a.id = (SELECT max(id) FROM accounts WHERE loyalty IS NOT NULL);
-- name: form_lateral_whole_row
SELECT a.id, x.j FROM accounts a, LATERAL (SELECT to_jsonb(a) ->> 'tier' AS j) x ORDER BY 1;
-- name: form_values_in_from_with_shadow_join_using
SELECT * FROM (VALUES (10), (7)) AS v(loyalty) JOIN accounts USING (loyalty) ORDER BY id;
-- name: form_exists_not_in_null
SELECT id FROM accounts WHERE loyalty NOT IN (SELECT loyalty FROM accounts WHERE id = 2) ORDER BY id;
-- name: form_any_array_shadow
SELECT id FROM accounts WHERE 'early' = ANY (labels) OR tier = ANY ('{gold,bronze}') ORDER BY id;
-- name: form_string_agg_distinct_order
SELECT string_agg(DISTINCT tier, ', ' ORDER BY tier) FROM accounts;
-- name: form_rollup_having_grouping
SELECT mood, tier, count(*) FROM accounts GROUP BY ROLLUP (mood, tier) HAVING GROUPING(tier) = 1 ORDER BY 1 NULLS LAST;
-- name: form_left_join_is_null_shadow
SELECT a.id FROM accounts a LEFT JOIN bills b ON b.account_id = a.id AND b.paid WHERE b.id IS NULL ORDER BY 1;
-- name: form_cross_join_lateral_values_shadow
SELECT a.id, v.k, v.val FROM accounts a CROSS JOIN LATERAL (VALUES ('loyalty', a.loyalty::text), ('tier', a.tier)) AS v(k, val) WHERE a.id < 3 ORDER BY 1, 2;
-- name: form_case_in_group_and_order
SELECT CASE WHEN loyalty > 5 THEN 'hi' ELSE 'lo' END AS band, count(*) FROM accounts GROUP BY band ORDER BY band;
-- name: form_null_first_desc_multi
SELECT id, tier, mood FROM accounts ORDER BY mood DESC NULLS FIRST, tier ASC NULLS LAST, id;

-- ---------------------------------------------------------------- casts to domains, enums and arrays
-- name: cast_domain_cast
CREATE DOMAIN pg_temp_pos AS integer CHECK (VALUE > 0); SELECT loyalty::pg_temp_pos FROM accounts WHERE id = 1;
-- name: cast_domain_cast_fails
CREATE DOMAIN pg_temp_pos2 AS integer CHECK (VALUE > 0); SELECT loyalty::pg_temp_pos2 FROM accounts WHERE id = 5 OR id = 2;
-- name: cast_enum_array_cast
SELECT ARRAY[mood]::text[], ARRAY['sad', 'happy']::mood[] @> ARRAY[mood] FROM accounts ORDER BY id;
-- name: cast_text_to_enum
SELECT id FROM accounts WHERE mood = tier::mood;
-- name: cast_array_to_string
SELECT array_to_string(labels, '|'), cardinality(labels), labels::text FROM accounts ORDER BY id;
-- name: cast_enum_range
SELECT enum_range(mood), enum_first(mood) FROM accounts WHERE id = 1;
-- name: cast_numeric_casts
SELECT discount::int, discount::float8, round(discount, 1), discount::text::numeric(4,1) FROM line_items ORDER BY 1, 2;
-- name: cast_varchar_compare_bpchar
SELECT "Id" FROM "Users" WHERE "Nick"::char(5) = 'anon ' ORDER BY 1;
-- name: cast_date_casts
SELECT due::timestamp, due::text, to_char(due, 'YYYY/MM'), due AT TIME ZONE 'UTC' FROM bills ORDER BY id;
-- name: cast_bool_casts
SELECT paid::int, paid::text, CASE paid WHEN true THEN 'y' ELSE 'n' END FROM bills ORDER BY id;
-- name: cast_row_cast_text
SELECT ROW(loyalty, tier)::text FROM accounts ORDER BY id;
-- name: cast_param_domain_like
-- params: ["{vip}"]
SELECT id FROM accounts WHERE labels = $1::varchar[] ORDER BY id;

-- ---------------------------------------------------------------- application shapes: pagination, counts, JSON documents
-- name: app_count_over_pagination
SELECT id, tier, count(*) OVER () AS full_count FROM accounts WHERE loyalty IS NOT NULL ORDER BY loyalty DESC, id LIMIT 3 OFFSET 1;
-- name: app_row_number_pagination_subquery
SELECT * FROM (SELECT row_number() OVER (ORDER BY loyalty NULLS LAST, id) AS rn, a.* FROM accounts a) x WHERE rn BETWEEN 2 AND 4 ORDER BY rn;
-- name: app_sqlalchemy_subquery_eager
-- params: ["3"]
SELECT anon_1.accounts_id, anon_1.accounts_loyalty, bills_1.id AS bills_1_id, bills_1.paid AS bills_1_paid FROM (SELECT accounts.id AS accounts_id, accounts.loyalty AS accounts_loyalty FROM accounts ORDER BY accounts.loyalty DESC NULLS LAST, accounts.id LIMIT $1) AS anon_1 LEFT OUTER JOIN bills AS bills_1 ON anon_1.accounts_id = bills_1.account_id ORDER BY anon_1.accounts_loyalty DESC NULLS LAST, anon_1.accounts_id, bills_1.id;
-- name: app_sqlalchemy_selectin_any
-- params: ["{1,3,4}"]
SELECT bills.account_id AS bills_account_id, bills.id AS bills_id, bills.paid AS bills_paid, bills.due AS bills_due FROM bills WHERE bills.account_id = ANY ($1::INTEGER[]) ORDER BY bills.id;
-- name: app_rails_count_subquery
-- params: ["5"]
SELECT COUNT(*) FROM (SELECT 1 AS one FROM "accounts" WHERE "accounts"."tier" IS NOT NULL LIMIT $1) subquery_for_count;
-- name: app_rails_exists_one
-- params: ["10", "1"]
SELECT 1 AS one FROM "accounts" WHERE "accounts"."loyalty" = $1 LIMIT $2;
-- name: app_rails_find_in_batches
-- params: ["2", "3"]
SELECT "accounts".* FROM "accounts" WHERE "accounts"."id" > $1 ORDER BY "accounts"."id" ASC LIMIT $2;
-- name: app_rails_group_count
SELECT COUNT(*) AS "count_all", "accounts"."mood" AS "accounts_mood" FROM "accounts" GROUP BY "accounts"."mood" ORDER BY "accounts"."mood";
-- name: app_rails_pluck_two
SELECT "accounts"."id", "accounts"."labels" FROM "accounts" WHERE "accounts"."mood" IN ('happy', 'grumpy') ORDER BY "accounts"."id";
-- name: app_prisma_in_subquery
-- params: ["true", "0"]
SELECT "public"."accounts"."id", "public"."accounts"."tier" FROM "public"."accounts" WHERE ("public"."accounts"."id") IN (SELECT "t1"."account_id" FROM "public"."bills" AS "t1" WHERE ("t1"."paid" = $1 AND "t1"."account_id" IS NOT NULL)) ORDER BY "public"."accounts"."id" ASC OFFSET $2;
-- name: app_prisma_count
-- params: ["0"]
SELECT COUNT(*) AS "_count$_all" FROM (SELECT "public"."accounts"."id" FROM "public"."accounts" WHERE "public"."accounts"."loyalty" > 0 OFFSET $1) AS "sub";
-- name: app_prisma_group_by
-- params: ["0"]
SELECT "public"."accounts"."tier", COUNT("public"."accounts"."tier") AS "_count$tier", MAX("public"."accounts"."loyalty") AS "_max$loyalty" FROM "public"."accounts" WHERE 1=1 GROUP BY "public"."accounts"."tier" HAVING COUNT("public"."accounts"."id") > 0 ORDER BY "public"."accounts"."tier" ASC NULLS FIRST OFFSET $1;
-- name: app_prisma_aggregate_sub
-- params: ["0"]
SELECT AVG("loyalty") AS "_avg$loyalty", SUM("loyalty") AS "_sum$loyalty", MIN("mood") AS "_min$mood" FROM (SELECT "public"."accounts"."loyalty", "public"."accounts"."mood" FROM "public"."accounts" WHERE 1=1 OFFSET $1) AS "sub";
-- name: app_prisma_enum_cast_param
-- params: ["sad"]
SELECT "public"."accounts"."id" FROM "public"."accounts" WHERE "public"."accounts"."mood" = CAST($1::text AS "public"."mood") ORDER BY "public"."accounts"."id";
-- name: app_prisma_enum_array_param
-- params: ["{sad,grumpy}"]
SELECT "public"."accounts"."id" FROM "public"."accounts" WHERE "public"."accounts"."mood" IN (SELECT UNNEST(CAST($1::text[] AS "public"."mood"[]))) ORDER BY 1;
-- name: app_prisma_has_some
-- params: ["{vip,x}"]
SELECT "public"."accounts"."id" FROM "public"."accounts" WHERE "public"."accounts"."labels" && $1 ORDER BY 1;
-- name: app_prisma_json_relation_array
SELECT "t1"."id", (SELECT COALESCE(JSON_AGG("t2"."j" ORDER BY "t2"."id"), '[]') FROM (SELECT "b"."id", JSON_BUILD_OBJECT('id', "b"."id", 'paid', "b"."paid", 'due', "b"."due") AS "j" FROM "public"."bills" AS "b" WHERE "b"."account_id" = "t1"."id") AS "t2") AS "bills" FROM "public"."accounts" AS "t1" ORDER BY "t1"."id";
-- name: app_hibernate_offset_fetch
-- params: ["1", "2"]
select a1_0.id,a1_0.mood,a1_0.tier from accounts a1_0 order by a1_0.loyalty desc nulls last,a1_0.id offset $1 rows fetch first $2 rows only;
-- name: app_hibernate_cast_param
-- params: ["{vip}"]
select a1_0.id from accounts a1_0 where a1_0.labels@>cast($1 as text[]) order by a1_0.id;
-- name: app_hibernate_count_join
select count(distinct a1_0.id) from accounts a1_0 join bills b1_0 on a1_0.id=b1_0.account_id where b1_0.paid=false and a1_0.loyalty is not null;
-- name: app_hibernate_exists_subquery
select a1_0.id,a1_0.tier from accounts a1_0 where exists(select 1 from bills b1_0 where b1_0.account_id=a1_0.id and b1_0.due<date '2024-12-31') order by 1;
-- name: app_django_icontains
SELECT "accounts"."id" FROM "accounts" WHERE UPPER("accounts"."tier"::text) LIKE UPPER('%OL%') ORDER BY "accounts"."id" ASC;
-- name: app_django_iexact_null
SELECT "accounts"."id" FROM "accounts" WHERE "accounts"."tier" IS NULL ORDER BY "accounts"."id" ASC;
-- name: app_django_array_index_slice
SELECT "accounts"."id", "accounts"."labels"[1] AS "first", "accounts"."labels"[1:1] AS "head", array_length("accounts"."labels", 1) AS "n" FROM "accounts" ORDER BY "accounts"."id";
-- name: app_django_cast_varchar_unknown
-- expect: 42703
SELECT "accounts"."id", ("accounts"."loyalty")::varchar AS "l", ("accounts"."due_dummy_absent")::varchar FROM "accounts";
-- name: app_django_cast_to_varchar_ok
SELECT "accounts"."id", ("accounts"."loyalty")::varchar AS "l", ("accounts"."mood")::varchar AS "m" FROM "accounts" ORDER BY 1;
-- name: app_django_nullif_greatest
SELECT "accounts"."id", NULLIF("accounts"."loyalty", 0) AS "nz", GREATEST("accounts"."loyalty", 5) AS "g", LEAST("accounts"."tier", 'h') AS "t" FROM "accounts" ORDER BY 1;
-- name: app_django_string_agg_ordered
SELECT "accounts"."mood", STRING_AGG("accounts"."tier", ', ' ORDER BY "accounts"."loyalty" DESC NULLS LAST, "accounts"."id") AS "tiers" FROM "accounts" GROUP BY "accounts"."mood" ORDER BY 1;
-- name: app_django_array_agg_distinct
SELECT ARRAY_AGG(DISTINCT "accounts"."mood" ORDER BY "accounts"."mood") AS "moods", ARRAY_AGG("accounts"."loyalty" ORDER BY "accounts"."id") FILTER (WHERE "accounts"."loyalty" > 0) AS "l" FROM "accounts";
-- name: app_django_exists_annotation
SELECT "accounts"."id", EXISTS(SELECT 1 AS "a" FROM "bills" U0 WHERE (U0."account_id" = ("accounts"."id") AND NOT U0."paid") LIMIT 1) AS "owes" FROM "accounts" ORDER BY "accounts"."loyalty" ASC NULLS FIRST, "accounts"."id";
-- name: app_django_window_rank
SELECT "accounts"."id", RANK() OVER (PARTITION BY "accounts"."mood" ORDER BY "accounts"."loyalty" DESC) AS "r", PERCENT_RANK() OVER (ORDER BY "accounts"."loyalty") AS "pr", CUME_DIST() OVER (ORDER BY "accounts"."loyalty") AS "cd" FROM "accounts" ORDER BY 1;
-- name: app_django_date_lookups
SELECT "bills"."id" FROM "bills" WHERE ("bills"."due" BETWEEN '2024-01-01'::date AND '2024-12-31'::date AND EXTRACT(MONTH FROM "bills"."due") = 12) ORDER BY 1;
-- name: app_django_values_annotate_sum
SELECT "bills"."paid", SUM("bills"."amount") AS "total", COUNT("bills"."id") FILTER (WHERE "bills"."due" < '2024-12-31'::date) AS "early" FROM "bills" GROUP BY "bills"."paid" ORDER BY "bills"."paid";
-- name: app_django_subquery_pk_in_limit
SELECT "accounts"."id", "accounts"."tier" FROM "accounts" WHERE "accounts"."id" IN (SELECT U0."id" FROM "accounts" U0 ORDER BY U0."loyalty" DESC NULLS LAST, U0."id" LIMIT 2) ORDER BY 1;
-- name: app_django_distinct_on_latest
SELECT DISTINCT ON ("bills"."account_id") "bills"."account_id", "bills"."id", "bills"."due" FROM "bills" WHERE "bills"."account_id" IS NOT NULL ORDER BY "bills"."account_id", "bills"."due" DESC, "bills"."id" DESC;
-- name: app_django_server_cursor
DECLARE "_django_curs_1_sync_1" NO SCROLL CURSOR WITH HOLD FOR SELECT "accounts"."id", "accounts"."loyalty" FROM "accounts" ORDER BY "accounts"."id"; FETCH FORWARD 3 FROM "_django_curs_1_sync_1"; FETCH FORWARD 3 FROM "_django_curs_1_sync_1"; CLOSE "_django_curs_1_sync_1";
-- name: app_scroll_cursor_move
DECLARE c2 SCROLL CURSOR FOR SELECT id, tier, mood FROM accounts ORDER BY id; MOVE FORWARD 2 IN c2; FETCH NEXT FROM c2; FETCH PRIOR FROM c2; FETCH ABSOLUTE -1 FROM c2; FETCH BACKWARD 2 FROM c2;
-- name: app_cursor_star_binary_free
DECLARE c3 CURSOR FOR SELECT * FROM bills WHERE paid OR due < '2024-12-31' ORDER BY id; FETCH ALL c3;
-- name: app_json_agg_of_subselect_rows
SELECT json_agg(t ORDER BY t.id) FROM (SELECT id, loyalty, tier FROM accounts WHERE id < 4) t;
-- name: app_row_to_json_subselect
SELECT row_to_json(t) FROM (SELECT a.id, a.mood, a.labels FROM accounts a ORDER BY a.id LIMIT 3) t;
-- name: app_json_build_nested
SELECT json_build_object('account', json_build_object('id', a.id, 'tier', a.tier), 'bills', (SELECT json_agg(json_build_object('id', b.id, 'paid', b.paid) ORDER BY b.id) FROM bills b WHERE b.account_id = a.id)) FROM accounts a ORDER BY a.id;
-- name: app_json_object_agg
SELECT json_object_agg(id, loyalty ORDER BY id), jsonb_object_agg(name, mood) FROM accounts;
-- name: app_row_to_json_row_ctor
SELECT row_to_json(ROW(a.id, a.loyalty, a.tier)) FROM accounts a ORDER BY a.id;
-- name: app_jsonb_agg_star_of_sub
SELECT jsonb_agg(s.* ORDER BY s.id) FROM (SELECT * FROM bills WHERE id < 4) s;
-- name: app_to_jsonb_arrays
SELECT to_jsonb(labels), array_to_json(labels), to_json(due), to_json(paid) FROM accounts a JOIN bills b ON b.account_id = a.id ORDER BY b.id;
-- name: app_hasura_style_json
SELECT coalesce(json_agg("root" ORDER BY "root.pg.id"), '[]') AS "root" FROM (SELECT row_to_json((SELECT "_e" FROM (SELECT "_root.base"."id" AS "id", "_root.base"."loyalty" AS "loyalty", "_root.base"."mood" AS "mood") AS "_e")) AS "root", "_root.base"."id" AS "root.pg.id" FROM (SELECT * FROM "public"."accounts" WHERE ("public"."accounts"."loyalty" IS NOT NULL) ORDER BY "id" ASC NULLS LAST LIMIT 4) AS "_root.base") AS "_root";
-- name: app_postgrest_style
WITH pgrst_source AS (SELECT "public"."accounts"."id", "public"."accounts"."tier", "public"."accounts"."labels" FROM "public"."accounts" WHERE "public"."accounts"."mood" = 'happy'::mood ORDER BY "public"."accounts"."id" LIMIT 3 OFFSET 0) SELECT null::bigint AS total_result_set, pg_catalog.count(_postgrest_t) AS page_total, coalesce(json_agg(_postgrest_t), '[]') AS body FROM (SELECT * FROM pgrst_source) _postgrest_t;
-- name: app_values_list_join
SELECT v.k, v.label, a.tier FROM (VALUES (1, 'one'), (3, 'three'), (99, 'none')) AS v(k, label) LEFT JOIN accounts a ON a.id = v.k ORDER BY v.k;
-- name: app_values_update_style_read
SELECT a.id, a.loyalty, v.bonus, a.loyalty + v.bonus FROM accounts a JOIN (VALUES (1, 5), (4, 2)) AS v(id, bonus) USING (id) ORDER BY 1;
-- name: app_set_op_order_limit
SELECT tier AS t FROM accounts WHERE tier IS NOT NULL UNION SELECT label FROM tags ORDER BY t DESC LIMIT 3;
-- name: app_set_op_except_all_order
SELECT mood::text FROM accounts EXCEPT ALL SELECT 'happy' ORDER BY 1;
-- name: app_set_op_intersect_sub_limit
(SELECT loyalty FROM accounts ORDER BY loyalty DESC NULLS LAST LIMIT 4) INTERSECT (SELECT loyalty FROM tags) ORDER BY 1;
-- name: app_set_op_union_three
SELECT id, 'a' AS src, loyalty FROM accounts WHERE id < 3 UNION ALL SELECT id, 't', loyalty FROM tags UNION ALL SELECT "Id", 'u', length("Nick") FROM "Users" ORDER BY 2, 1;

-- ---------------------------------------------------------------- identifiers, comments, locking and errors applications meet
-- name: tricky_alias_is_shadow_name
SELECT loyalty, loyalty.id FROM accounts AS loyalty ORDER BY loyalty.id;
-- name: tricky_alias_is_other_table
SELECT bills.loyalty, bills.tier FROM accounts bills ORDER BY bills.id;
-- name: tricky_alias_is_table_in_other_schema
SELECT accounts.score, accounts.region FROM sales.accounts ORDER BY id;
-- name: tricky_u_escape_column
SELECT U&"loy\0061lty", U&"\0074ier" FROM accounts ORDER BY id;
-- name: tricky_u_escape_table
SELECT loyalty FROM U&"\0061ccounts" ORDER BY id;
-- name: tricky_u_escape_uescape
SELECT U&"loy!0061lty" UESCAPE '!' FROM accounts ORDER BY id;
-- name: tricky_nested_comment
SELECT /* outer /* inner */ still comment */ loyalty FROM accounts /* trailing */ ORDER BY id;
-- name: tricky_comment_between_qualifier
SELECT a./* gap */loyalty, a . /* x */ tier FROM accounts a ORDER BY a.id;
-- name: tricky_line_comment_no_newline
SELECT tier FROM accounts WHERE id = 1 -- the end
-- name: tricky_comment_in_from
SELECT loyalty FROM -- comment
accounts -- after table
a ORDER BY a.id;
-- name: tricky_quoted_alias_with_dot_and_quote
SELECT "a.b".loyalty, "x""y".tier FROM accounts "a.b" JOIN accounts "x""y" ON "x""y".id = "a.b".id ORDER BY "a.b".id;
-- name: tricky_unicode_alias_column
SELECT "Ünïcödé".mood AS "気分", "Ünïcödé"."labels" FROM accounts AS "Ünïcödé" WHERE "Ünïcödé".name <> 'Ω' ORDER BY "Ünïcödé".id;
-- name: tricky_emoji_literal_before
SELECT '😀🎉' AS e, tier, '𝄞' FROM accounts WHERE id IN (1, 3) ORDER BY id;
-- name: tricky_emoji_error_position
-- expect: 42703
SELECT '😀🎉', tier, nosuch_😀 FROM accounts;
-- name: tricky_schema_qualified_function
SELECT pg_catalog.upper(tier), pg_catalog.coalesce(loyalty, 0) FROM accounts ORDER BY id;
-- name: tricky_scalar_sub_no_from
SELECT (SELECT loyalty), (SELECT a.tier WHERE a.id > 2) FROM accounts a ORDER BY a.id;
-- name: tricky_rows_from
SELECT r.a, acc.loyalty FROM ROWS FROM (unnest(ARRAY[1, 2, 4]), generate_series(1, 3)) AS r(a, b) JOIN accounts acc ON acc.id = r.a ORDER BY 1;
-- name: tricky_jsonb_to_record_lateral
SELECT a.id, r.l, r.t FROM accounts a, jsonb_to_record(jsonb_build_object('l', a.loyalty, 't', a.tier)) AS r(l int, t text) ORDER BY 1;
-- name: tricky_recursive_cycle
WITH RECURSIVE r(id, loyalty) AS (SELECT id, loyalty FROM accounts WHERE id = 1 UNION ALL SELECT a.id, a.loyalty FROM accounts a JOIN r ON a.id = r.id % 4 + 1) CYCLE id SET is_cycle USING path SELECT id, loyalty, is_cycle FROM r ORDER BY path;
-- name: tricky_recursive_search
WITH RECURSIVE r(id, tier, depth) AS (SELECT id, tier, 0 FROM accounts WHERE id = 1 UNION ALL SELECT a.id, a.tier, r.depth + 1 FROM r JOIN accounts a ON a.id = r.id + 1 WHERE r.depth < 3) SEARCH DEPTH FIRST BY id SET ord SELECT id, tier FROM r ORDER BY ord;
-- name: tricky_group_by_alias_shadowed_by_input
-- expect: 42803
SELECT loyalty AS tier, count(*) FROM accounts GROUP BY tier;
-- name: tricky_order_by_output_over_input
SELECT tier AS loyalty FROM accounts ORDER BY loyalty NULLS FIRST, 1;
-- name: tricky_for_update_group_by
-- expect: 0A000
SELECT tier, count(*) FROM accounts GROUP BY tier FOR UPDATE;
-- name: tricky_for_update_distinct
-- expect: 0A000
SELECT DISTINCT tier FROM accounts FOR SHARE;
-- name: tricky_for_update_union
-- expect: 0A000
SELECT loyalty FROM accounts UNION SELECT 1 FOR UPDATE;
-- name: tricky_for_update_window
-- expect: 0A000
SELECT id, rank() OVER (ORDER BY loyalty) FROM accounts FOR UPDATE;
-- name: tricky_skip_locked_queue
SELECT id, tier FROM accounts WHERE loyalty IS NOT NULL ORDER BY loyalty DESC, id LIMIT 1 FOR UPDATE SKIP LOCKED;
-- name: tricky_queue_update_sub
UPDATE accounts SET email = 'taken' WHERE id = (SELECT id FROM accounts WHERE tier IS NULL ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id, tier, loyalty;
-- name: tricky_for_key_share_of_quoted
SELECT "A".id, "A".mood FROM accounts "A" WHERE "A".id < 3 ORDER BY 1 FOR KEY SHARE OF "A";
-- name: tricky_for_update_of_unknown
-- expect: 42P01
SELECT a.id, a.loyalty FROM accounts a FOR UPDATE OF b;
-- name: tricky_for_update_of_schema_table
SELECT accounts.loyalty FROM public.accounts WHERE id = 1 FOR UPDATE OF accounts;
-- name: tricky_ambiguous_two_instances
-- expect: 42702
SELECT tier FROM accounts a1, accounts a2;
-- name: tricky_ambiguous_shadow_vs_real
-- expect: 42702
SELECT loyalty FROM accounts, tags;
-- name: tricky_ambiguous_in_where
-- expect: 42702
SELECT a1.id FROM accounts a1 JOIN accounts a2 ON a1.id = a2.id WHERE mood = 'sad';
-- name: tricky_ambiguous_in_order
-- expect: 42702
SELECT a1.id FROM accounts a1, accounts a2 ORDER BY labels;
-- name: tricky_wrong_table_reference
-- expect: 42P01
SELECT accounts.loyalty FROM accounts a;
-- name: tricky_wrong_table_reference_where
-- expect: 42P01
SELECT a.id FROM accounts a WHERE bills.paid;
-- name: tricky_case_type_mismatch
-- expect: 42804
SELECT CASE WHEN id > 1 THEN loyalty ELSE tier END FROM accounts;
-- name: tricky_coalesce_type_mismatch
-- expect: 42804
SELECT coalesce(loyalty, tier) FROM accounts;
-- name: tricky_union_type_mismatch
-- expect: 42804
SELECT loyalty FROM accounts UNION SELECT tier FROM accounts;
-- name: tricky_where_not_boolean
-- expect: 42804
SELECT id FROM accounts WHERE loyalty;
-- name: tricky_enum_plus_int
-- expect: 42883
SELECT mood + 1 FROM accounts;
-- name: tricky_function_no_match
-- expect: 42883
SELECT lower(loyalty) FROM accounts;
-- name: tricky_division_runtime
-- expect: 22012
SELECT id, 100 / loyalty FROM accounts ORDER BY id;
-- name: tricky_division_guarded
SELECT id, 100 / NULLIF(loyalty, 0) FROM accounts ORDER BY id;
-- name: tricky_cast_enum_invalid
-- expect: 22P02
SELECT tier::mood FROM accounts WHERE tier = 'gold';
-- name: tricky_array_subscript_text
-- expect: 22P02
SELECT labels['x'] FROM accounts;
-- name: tricky_having_ungrouped_shadow
-- expect: 42803
SELECT mood FROM accounts GROUP BY mood HAVING loyalty > 0;
-- name: tricky_aggregate_in_where
-- expect: 42803
SELECT id FROM accounts WHERE max(loyalty) > 1;
-- name: tricky_window_in_where
-- expect: 42P20
SELECT id FROM accounts WHERE rank() OVER (ORDER BY loyalty) = 1;
-- name: tricky_nested_aggregate
-- expect: 42803
SELECT max(count(loyalty)) FROM accounts;
-- name: tricky_subquery_many_rows
-- expect: 21000
SELECT (SELECT tier FROM accounts) AS t;
-- name: tricky_subquery_many_columns
-- expect: 42601
SELECT (SELECT tier, mood FROM accounts LIMIT 1);
-- name: tricky_explain_unknown_column
-- expect: 42703
EXPLAIN SELECT nosuch, loyalty FROM accounts;
-- name: tricky_explain_ambiguous
-- expect: 42702
EXPLAIN (COSTS OFF) SELECT loyalty FROM accounts, tags;
-- name: tricky_prepare_shadow_param_types
PREPARE q(text, integer) AS SELECT id FROM accounts WHERE tier = $1 OR loyalty = $2 ORDER BY id; EXECUTE q('gold', 7); DEALLOCATE q;

-- ---------------------------------------------------------------- one shape, other constants (kept statements through pgstitch)
-- Statements of one shape differing only in integer constants: from the third one on, pgstitch
-- runs them as a prepared statement with the constants as parameters, unless two of them are
-- the same number (expressions holding them must match each other).
-- name: shape_group_by_expression_1
SELECT loyalty + 1, count(*) FROM accounts GROUP BY loyalty + 1;
-- name: shape_group_by_expression_2
SELECT loyalty + 2, count(*) FROM accounts GROUP BY loyalty + 2;
-- name: shape_group_by_expression_3
SELECT loyalty + 3, count(*) FROM accounts GROUP BY loyalty + 3;
-- name: shape_group_by_expression_4
-- expect: 42803
SELECT loyalty + 3, count(*) FROM accounts GROUP BY loyalty + 4;
-- name: shape_distinct_order_by_expression_1
SELECT DISTINCT loyalty % 2 FROM accounts ORDER BY loyalty % 2;
-- name: shape_distinct_order_by_expression_2
SELECT DISTINCT loyalty % 3 FROM accounts ORDER BY loyalty % 3;
-- name: shape_distinct_order_by_expression_3
SELECT DISTINCT loyalty % 4 FROM accounts ORDER BY loyalty % 4;
-- name: shape_distinct_on_expression_1
SELECT DISTINCT ON (loyalty / 2) loyalty / 2, id FROM accounts ORDER BY loyalty / 2, id;
-- name: shape_distinct_on_expression_2
SELECT DISTINCT ON (loyalty / 3) loyalty / 3, id FROM accounts ORDER BY loyalty / 3, id;
-- name: shape_distinct_on_expression_3
SELECT DISTINCT ON (loyalty / 5) loyalty / 5, id FROM accounts ORDER BY loyalty / 5, id;
-- name: shape_grouping_rollup_expression_1
SELECT id % 2, loyalty > 1, GROUPING(id % 2), count(*) FROM accounts GROUP BY ROLLUP (id % 2, loyalty > 1);
-- name: shape_grouping_rollup_expression_2
SELECT id % 3, loyalty > 2, GROUPING(id % 3), count(*) FROM accounts GROUP BY ROLLUP (id % 3, loyalty > 2);
-- name: shape_grouping_rollup_expression_3
SELECT id % 4, loyalty > 3, GROUPING(id % 4), count(*) FROM accounts GROUP BY ROLLUP (id % 4, loyalty > 3);
-- name: shape_aggregate_distinct_order_1
SELECT array_agg(DISTINCT loyalty % 2 ORDER BY loyalty % 2) FROM accounts WHERE id > 1;
-- name: shape_aggregate_distinct_order_2
SELECT array_agg(DISTINCT loyalty % 3 ORDER BY loyalty % 3) FROM accounts WHERE id > 2;
-- name: shape_aggregate_distinct_order_3
SELECT array_agg(DISTINCT loyalty % 4 ORDER BY loyalty % 4) FROM accounts WHERE id > 3;
-- name: shape_where_pk_limit_1
SELECT id, tier FROM accounts WHERE id = 1 LIMIT 1;
-- name: shape_where_pk_limit_2
SELECT id, tier FROM accounts WHERE id = 2 LIMIT 1;
-- name: shape_where_pk_limit_3
SELECT id, tier FROM accounts WHERE id = 3 LIMIT 1;
-- name: shape_where_pk_limit_4
SELECT id, tier FROM accounts WHERE id = 1 LIMIT 1;

-- ---------------------------------------------------------------- grouping sets given by output positions and names
-- name: ordinal_row_list_pk
SELECT a.id, a.tier, count(*) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY (1, b.account_id) ORDER BY 1;
-- name: ordinal_rollup_row_pk
SELECT a.id, a.tier, count(*) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id, ROLLUP ((2, b.paid)) ORDER BY 1, 2;
-- name: ordinal_parenthesized_pk
SELECT a.id, a.loyalty, count(*) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY (1) ORDER BY (1);
-- name: ordinal_negated_order
-- expect: 42P10
SELECT id, loyalty FROM accounts ORDER BY -(1);
-- name: ordinal_double_negated_order
SELECT id, loyalty FROM accounts ORDER BY - -2, 1;
-- name: ordinal_grouping_sets_nested
SELECT tier, mood, count(*) FROM accounts GROUP BY GROUPING SETS (ROLLUP (1, 2), (2)) ORDER BY 1, 2, 3;
-- name: grouping_pk_rollup_of_ordinal
SELECT a.id, a.tier, count(*) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id, ROLLUP (2) ORDER BY 1, 2;
-- name: grouping_pk_rollup_of_row_named
SELECT a.id, a.tier, count(*) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id, ROLLUP ((a.tier, b.paid)) ORDER BY 1, 2;
-- name: grouping_pk_rollup_of_output_name
SELECT a.id, a.tier AS t, count(*) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id, ROLLUP (t) ORDER BY 1, 2;
-- name: grouping_pk_sets_of_ordinal
SELECT a.id, a.tier, count(*) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id, GROUPING SETS ((2), ()) ORDER BY 1, 2;
-- name: grouping_pk_ordinal_rollup_of_row_ordinal
SELECT a.id, a.tier, count(*) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY 1, ROLLUP ((2, b.paid)) ORDER BY 1, 2;
-- name: grouping_pk_cube_of_parenthesized
SELECT a.id, a.tier, count(*) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id, CUBE ((tier)) ORDER BY 1, 2;
-- name: shape_negated_ordinal_1
-- expect: 42P10
SELECT id, loyalty FROM accounts WHERE id > 5 ORDER BY -1;
-- name: shape_negated_ordinal_2
-- expect: 42P10
SELECT id, loyalty FROM accounts WHERE id > 6 ORDER BY -2;
-- name: shape_negated_ordinal_3
-- expect: 42P10
SELECT id, loyalty FROM accounts WHERE id > 7 ORDER BY -3;
-- name: shape_double_negated_ordinal_1
SELECT loyalty, id FROM accounts WHERE id > 3 ORDER BY - -2;
-- name: shape_double_negated_ordinal_2
SELECT loyalty, id FROM accounts WHERE id > 4 ORDER BY - -2;
-- name: shape_double_negated_ordinal_3
SELECT loyalty, id FROM accounts WHERE id > 5 ORDER BY - -2;
-- name: shape_group_by_row_list_ordinal_1
SELECT a.id, a.tier, count(*) FROM accounts a JOIN bills b ON b.account_id = a.id WHERE b.id > 2 GROUP BY (1, b.account_id) ORDER BY a.id;
-- name: shape_group_by_row_list_ordinal_2
SELECT a.id, a.tier, count(*) FROM accounts a JOIN bills b ON b.account_id = a.id WHERE b.id > 3 GROUP BY (1, b.account_id) ORDER BY a.id;
-- name: shape_group_by_row_list_ordinal_3
SELECT a.id, a.tier, count(*) FROM accounts a JOIN bills b ON b.account_id = a.id WHERE b.id > 4 GROUP BY (1, b.account_id) ORDER BY a.id;
-- name: shape_rollup_row_ordinal_1
SELECT a.id, a.tier, count(*) FROM accounts a JOIN bills b ON b.account_id = a.id WHERE b.id > 3 GROUP BY a.id, ROLLUP ((2, b.paid)) ORDER BY a.id, a.tier;
-- name: shape_rollup_row_ordinal_2
SELECT a.id, a.tier, count(*) FROM accounts a JOIN bills b ON b.account_id = a.id WHERE b.id > 4 GROUP BY a.id, ROLLUP ((2, b.paid)) ORDER BY a.id, a.tier;
-- name: shape_rollup_row_ordinal_3
SELECT a.id, a.tier, count(*) FROM accounts a JOIN bills b ON b.account_id = a.id WHERE b.id > 5 GROUP BY a.id, ROLLUP ((2, b.paid)) ORDER BY a.id, a.tier;

-- ---------------------------------------------------------------- RETURNING names, parameters typed by shadow columns, the landing column, strings of statements
-- name: ret_names_of_expressions
UPDATE accounts SET email = 'r' WHERE id < 4 RETURNING loyalty::text, (tier), labels[1], coalesce(loyalty, 0), loyalty + 1, mood::text AS m, CAST(tier AS varchar);
-- name: ret_delete_names_of_expressions
DELETE FROM bills WHERE id = 4 RETURNING paid::int, due - 1, (due), to_char(due, 'YYYY'), NOT paid AS unpaid;
-- name: ret_insert_expressions
INSERT INTO accounts (id, name, tier, labels) VALUES (300, 'r', 'x', '{a,b}') RETURNING upper(tier), labels[2], array_length(labels, 1), loyalty * 2, mood;
-- name: ret_update_scalar_subquery_of_other
UPDATE bills SET note = 'n' WHERE id = 1 RETURNING id, (SELECT a.tier FROM accounts a WHERE a.id = bills.account_id), paid;
-- name: ret_update_case
UPDATE accounts SET email = 'c' WHERE id IN (1, 2, 3) RETURNING id, CASE WHEN loyalty IS NULL THEN 'none' WHEN loyalty > 5 THEN 'hi' ELSE 'lo' END AS band;
-- name: ret_params_types
-- params: ["1", "gold"]
UPDATE accounts SET email = 'p' WHERE id = $1 AND tier = $2 RETURNING loyalty, tier;
-- name: param_row_compare
-- params: ["10", "gold"]
SELECT id FROM accounts WHERE (loyalty, tier) = ($1, $2);
-- name: param_coalesce_shadow
-- params: ["none"]
SELECT id, coalesce(tier, $1) FROM accounts ORDER BY id;
-- name: param_labels_concat
-- params: ["z"]
SELECT id, labels || $1::text FROM accounts WHERE id < 3 ORDER BY id;
-- name: param_in_case
-- params: ["5"]
SELECT id, CASE WHEN loyalty > $1 THEN tier END FROM accounts ORDER BY id;
-- name: param_due_between
-- params: ["2024-01-01", "2024-12-31"]
SELECT id FROM bills WHERE due BETWEEN $1 AND $2 ORDER BY id;
-- name: param_paid_bool
-- params: ["t"]
SELECT id FROM bills WHERE paid = $1 ORDER BY id;
-- name: param_mood_any
-- params: ["{sad,grumpy}"]
SELECT id FROM accounts WHERE mood = ANY ($1) ORDER BY id;
-- name: param_nick_like
-- params: ["Zo%"]
SELECT "Id" FROM "Users" WHERE "Nick" LIKE $1;
-- name: param_discount_cmp
-- params: ["5.5"]
SELECT order_id, line FROM line_items WHERE discount >= $1 ORDER BY 1, 2;
-- name: param_score_landing
-- params: ["15"]
SELECT id, score FROM sales.accounts WHERE score > $1 ORDER BY id;
-- name: param_limit_shadow_order
-- params: ["2"]
SELECT id, tier FROM accounts ORDER BY tier NULLS LAST, id LIMIT $1;
-- name: param_null_is_distinct
-- params: [null]
SELECT id FROM accounts WHERE tier IS NOT DISTINCT FROM $1 ORDER BY id;
-- name: param_array_elem
-- params: ["vip"]
SELECT id FROM accounts WHERE labels @> ARRAY[$1] ORDER BY id;
-- name: param_untyped_only_in_shadow_function
-- params: ["2"]
SELECT id, left(tier, $1) FROM accounts ORDER BY id;
-- name: param_declare_cursor
-- params: ["0"]
DECLARE pc CURSOR FOR SELECT id, loyalty FROM accounts WHERE loyalty > $1 ORDER BY id;
-- name: param_same_param_two_types
-- params: ["3"]
SELECT id FROM accounts WHERE loyalty = $1 OR id = $1 ORDER BY id;
-- name: landing_star_join
SELECT * FROM sales.accounts s JOIN accounts a USING (id) ORDER BY id;
-- name: landing_group_by_pk
SELECT s.id, s.score, s.region FROM sales.accounts s GROUP BY s.id ORDER BY 1;
-- name: landing_whole_row
SELECT to_jsonb(s) FROM sales.accounts s ORDER BY s.id;
-- name: landing_coalesce_default
SELECT id, score, score IS NULL, score = 10 FROM sales.accounts ORDER BY id;
-- name: landing_set_path_unqualified
SET LOCAL search_path = sales; SELECT id, score, region FROM accounts WHERE score > 15 ORDER BY id;
-- name: multi_begin_commit_reads
BEGIN; SELECT loyalty FROM accounts WHERE id = 1; COMMIT; SELECT tier FROM accounts WHERE id = 2; BEGIN;
-- name: multi_error_then_more
SELECT tier FROM accounts WHERE id = 1; SELECT 1/0; SELECT loyalty FROM accounts;
-- name: multi_savepoint_error_rollback
SAVEPOINT a; SELECT nosuch FROM accounts; ROLLBACK TO SAVEPOINT a; SELECT loyalty FROM accounts WHERE id = 4;
-- name: multi_non_ascii_error_position
SELECT 'é東京' AS x; SELECT '😀', loyalty, nope FROM accounts;
-- name: multi_comment_only_between
SELECT loyalty FROM accounts WHERE id = 1; /* just a comment */ ; SELECT tier FROM accounts WHERE id = 1;
-- name: multi_values_and_show
SHOW search_path; SELECT mood FROM accounts WHERE id = 3; VALUES (1);

-- ---------------------------------------------------------------- scopes, set-returning functions, string functions, whole rows
-- name: scope_join_alias_star
SELECT x.* FROM (accounts a JOIN bills b ON b.account_id = a.id) AS x ORDER BY 1, 9;
-- name: scope_lateral_star_of_outer
SELECT s.* FROM accounts a, LATERAL (SELECT a.*) s ORDER BY s.id;
-- name: scope_union_of_stars
SELECT a.* FROM accounts a WHERE a.id = 1 UNION ALL SELECT b.* FROM accounts b WHERE b.id = 2 ORDER BY 1;
-- name: scope_table_in_subquery
SELECT t.id, t.loyalty FROM (TABLE accounts) t ORDER BY 1;
-- name: scope_table_union
TABLE accounts UNION ALL TABLE accounts ORDER BY 1 LIMIT 4;
-- name: scope_cte_in_scalar_subquery
SELECT a.id, (WITH c AS (SELECT a.loyalty AS l) SELECT l FROM c) FROM accounts a ORDER BY 1;
-- name: scope_on_cannot_see_comma_item
-- expect: 42P01
SELECT 1 FROM accounts a, bills b JOIN "Users" u ON u."Id" = a.loyalty;
-- name: scope_comma_then_join_ok
SELECT a.id, b.id, u."Nick" FROM accounts a, bills b JOIN "Users" u ON u."Id" = b.id WHERE b.account_id = a.id ORDER BY 2;
-- name: scope_wrong_case_quoted_table
-- expect: 42P01
SELECT loyalty FROM "ACCOUNTS";
-- name: scope_wrong_case_quoted_column
-- expect: 42703
SELECT "LOYALTY" FROM accounts;
-- name: scope_srf_in_select_list
SELECT id, unnest(labels) AS l, generate_series(1, coalesce(loyalty, 0) % 3 + 1) AS g FROM accounts WHERE id < 4 ORDER BY 1, 2, 3;
-- name: scope_order_by_subscript
SELECT id FROM accounts ORDER BY labels[1] NULLS FIRST, labels[2] DESC, id;
-- name: scope_window_range_interval
SELECT id, count(*) OVER (ORDER BY due RANGE BETWEEN INTERVAL '200 days' PRECEDING AND CURRENT ROW) FROM bills ORDER BY id;
-- name: scope_distinct_on_star
SELECT DISTINCT ON (tier) * FROM accounts ORDER BY tier, loyalty DESC NULLS LAST, id;
-- name: scope_exists_select_shadow
SELECT EXISTS (SELECT loyalty FROM accounts WHERE loyalty > 9), EXISTS (SELECT 1 FROM bills WHERE paid AND due > '2025-01-01');
-- name: scope_having_grouped_shadow
SELECT loyalty, count(*) FROM accounts GROUP BY loyalty HAVING loyalty > 0 OR loyalty IS NULL ORDER BY 1 NULLS FIRST;
-- name: scope_copy_force_quote
COPY accounts (id, tier, labels) TO STDOUT (FORMAT csv, FORCE_QUOTE *, NULL 'NULL');
-- name: scope_copy_query_join
COPY (SELECT a.id, a.mood, b.paid FROM accounts a JOIN bills b ON b.account_id = a.id ORDER BY b.id) TO STDOUT (FORMAT csv, HEADER);
-- name: scope_star_row_compare
SELECT count(*) FROM accounts a WHERE (a.*) = (a.*);
-- name: scope_whole_row_in_values
SELECT v.r FROM accounts a, LATERAL (VALUES (a), (a)) v(r) WHERE a.id = 1;
-- name: scope_nested_lateral_chain
SELECT a.id, x.l, y.d FROM accounts a CROSS JOIN LATERAL (SELECT a.loyalty * 2 AS l) x CROSS JOIN LATERAL (SELECT x.l + coalesce(a.loyalty, 0) AS d) y ORDER BY 1;
-- name: scope_correlated_two_levels
SELECT a.id FROM accounts a WHERE EXISTS (SELECT 1 FROM bills b WHERE b.account_id = a.id AND EXISTS (SELECT 1 FROM tags t WHERE t.loyalty = a.loyalty AND b.paid IS NOT NULL)) ORDER BY 1;
-- name: scope_in_subquery_shadow_both_sides
SELECT id FROM accounts WHERE tier IN (SELECT a2.tier FROM accounts a2 WHERE a2.loyalty > 5) ORDER BY id;
-- name: scope_join_subquery_alias_list
SELECT s.k, s.t, b.paid FROM (SELECT id, tier FROM accounts) AS s(k, t) JOIN bills b ON b.account_id = s.k ORDER BY b.id;
-- name: scope_full_join_using_coalesce
SELECT id, a.loyalty, t.loyalty FROM accounts a FULL JOIN tags t USING (id) ORDER BY id;
-- name: scope_natural_left_join_shadow_common
SELECT * FROM tags NATURAL LEFT JOIN accounts ORDER BY id;
-- name: scope_group_by_whole_row
SELECT a, count(*) FROM accounts a GROUP BY a ORDER BY 2, 1;
-- name: scope_group_by_star_expanded
SELECT a.*, count(*) FROM accounts a GROUP BY a.id, a.name, a.email, a.created_on, a.loyalty, a.tier, a.mood, a.labels ORDER BY 1;
-- name: scope_order_by_whole_row
SELECT a.id FROM accounts a ORDER BY a DESC;
-- name: scope_distinct_whole_row
SELECT count(DISTINCT a) FROM accounts a;
-- name: scope_array_agg_shadow_array
SELECT array_agg(labels ORDER BY id) FROM accounts;
-- name: scope_unnest_multi_arg
SELECT u.* FROM accounts a, unnest(a.labels, ARRAY[a.tier]) AS u(label, t) WHERE a.id < 3 ORDER BY 1, 2;
-- name: scope_string_functions
SELECT id, concat_ws('/', tier, mood, loyalty), split_part(coalesce(tier, ''), 'l', 1), replace(tier, 'o', '0'), initcap(tier), reverse(tier), position('o' IN tier), substring(tier FROM 2 FOR 2), tier ~~ 'g%' FROM accounts ORDER BY id;
-- name: scope_regexp_functions
SELECT id, regexp_replace(tier, '[aeiou]', '*', 'g'), regexp_match(tier, '(.)(.)'), tier SIMILAR TO '%(ol|il)%', tier NOT ILIKE '%S%' FROM accounts ORDER BY id;
-- name: scope_escape_like
SELECT id FROM accounts WHERE tier LIKE '%\_%' ESCAPE '\' OR tier LIKE 'it''s%' ORDER BY id;
-- name: scope_any_all_array
SELECT id FROM accounts WHERE loyalty > ALL (ARRAY[1, 2]) OR loyalty = ANY (ARRAY[0, 3]) OR tier ILIKE ANY (ARRAY['%ZE%', 'S%']) ORDER BY id;
-- name: scope_nullif_is_distinct_enum
SELECT id, NULLIF(mood, 'happy'), mood IS DISTINCT FROM 'sad'::mood FROM accounts ORDER BY id;
-- name: scope_cast_chain
SELECT id, loyalty::numeric / 3, loyalty::float4, loyalty::text::int8, tier::bytea, labels::text::text[] = labels, due::text::date FROM accounts a LEFT JOIN bills b ON b.account_id = a.id ORDER BY a.id, b.id;
-- name: scope_boolean_aggregates
SELECT account_id, bool_or(paid), every(paid), count(*) FILTER (WHERE NOT paid), max(due) FILTER (WHERE paid) FROM bills GROUP BY account_id ORDER BY 1 NULLS FIRST;
-- name: scope_window_nth_value
SELECT id, nth_value(tier, 2) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING), first_value(mood) OVER (PARTITION BY loyalty > 0 ORDER BY id) FROM accounts ORDER BY id;
-- name: scope_union_order_by_shadow_expression
-- expect: 0A000
SELECT id, loyalty FROM accounts UNION SELECT id, loyalty FROM tags ORDER BY loyalty + 1;

-- name: scs_off_in_string
SET LOCAL standard_conforming_strings = off; SELECT 'it\'s', loyalty FROM accounts WHERE id = 1;
-- name: scs_off_then_plain
SET LOCAL standard_conforming_strings = off; SELECT 'plain', tier FROM accounts WHERE id = 1; RESET standard_conforming_strings;

-- ---------------------------------------------------------------- statement boundaries and comments between words
-- name: split_semicolon_in_comment
SELECT 1 /* ; not the end */; SELECT loyalty FROM accounts WHERE id = 1 -- ; nor this
;
-- name: split_semicolon_in_strings
SELECT ';' AS a, $x$;$x$ AS b, tier FROM accounts WHERE id = 2; SELECT E'\';', loyalty FROM accounts WHERE id = 4;
-- name: split_empty_statements
;; SELECT tier FROM accounts WHERE id = 1;; ;
-- name: split_quoted_identifier_semicolon
SELECT loyalty AS "a;b", tier AS "--c" FROM accounts WHERE id = 1; SELECT 2;
-- name: comment_before_everything
/* leading */ -- line
SELECT loyalty FROM accounts WHERE id = 1;
-- name: comment_inside_qualified_star
SELECT a /* x */ . /* y */ * FROM accounts a WHERE a.id = 1;
-- name: comment_between_schema_and_table
SELECT loyalty FROM public /* c */ . /* d */ accounts WHERE id = 1;
-- name: comment_in_group_by_pk
SELECT a.id, a.tier FROM accounts a JOIN bills b ON b.account_id = a.id GROUP /* g */ BY /* h */ a.id ORDER BY 1;
-- name: comment_inside_tablesample
SELECT count(loyalty) FROM accounts /* t */ TABLESAMPLE /* u */ SYSTEM (100);
-- name: newlines_and_tabs
SELECT
	a.loyalty,
	a.tier
FROM
	accounts
		AS a
WHERE
	a.id	=	1;
-- name: comment_only_table
SELECT loyalty FROM ONLY /* o */ accounts WHERE id = 1;
-- name: comment_table_shorthand
TABLE /* t */ accounts /* u */ ORDER BY id LIMIT 2;
-- name: comment_tablesample_repeatable
SELECT count(tier) FROM accounts AS a TABLESAMPLE /* s */ BERNOULLI /* p */ (100) /* r */ REPEATABLE (3) /* end */;
-- name: comment_trailing_line_update_returning
UPDATE accounts SET email = 'x' WHERE loyalty > 5 RETURNING id, loyalty -- trailing
-- name: comment_trailing_line_update_shadow
UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 1 RETURNING loyalty -- bump
-- name: comment_trailing_line_delete
DELETE FROM bills WHERE paid RETURNING id, due -- gone
-- name: comment_trailing_line_insert
INSERT INTO accounts (id, name, loyalty) VALUES (500, 'c', 2) RETURNING loyalty, tier -- new
-- name: comment_trailing_block_update
UPDATE accounts SET tier = 'z' /* set */ WHERE id = 2 /* where */ RETURNING tier /* done */;
-- name: comment_line_inside_update
UPDATE accounts SET loyalty = 7 -- the new value
WHERE id = 3 -- the row
RETURNING loyalty;
-- name: comment_trailing_line_upsert
INSERT INTO accounts (id, name, tier) VALUES (1, 'x', 'y') ON CONFLICT (id) DO UPDATE SET tier = EXCLUDED.tier RETURNING tier -- upsert
-- name: comment_trailing_line_then_statement
UPDATE accounts SET loyalty = 1 WHERE id = 5 -- first
; SELECT loyalty FROM accounts WHERE id = 5;

-- name: sample_nested_parens
SELECT count(loyalty) FROM accounts TABLESAMPLE SYSTEM ((50 + 50)) REPEATABLE ((1 + 1));
-- name: sample_alias_list
SELECT count(t) FROM accounts AS x (a, b, c, d, e, t) TABLESAMPLE BERNOULLI (100);
-- name: sample_in_join
SELECT count(*) FILTER (WHERE b.paid) FROM accounts a TABLESAMPLE SYSTEM (100) JOIN bills b TABLESAMPLE SYSTEM (100) ON b.account_id = a.id;
-- name: only_star_alias
SELECT a.* FROM ONLY accounts a ORDER BY a.id LIMIT 2;
-- name: only_parenthesized_alias_sample
SELECT count(a.tier) FROM ONLY (accounts) AS a TABLESAMPLE SYSTEM (100);
-- name: table_shorthand_schema_quoted
TABLE "public"."accounts" ORDER BY id LIMIT 1;
-- name: table_shorthand_in_set_op
SELECT * FROM accounts WHERE id = 1 UNION ALL TABLE accounts ORDER BY id LIMIT 3;
-- name: table_shorthand_in_cte
WITH t AS (TABLE accounts) SELECT id, tier FROM t ORDER BY id;
-- name: table_shorthand_only
TABLE ONLY accounts ORDER BY id LIMIT 2;
-- name: table_shorthand_star
TABLE accounts * ORDER BY id LIMIT 2;
-- name: double_parenthesized_join
SELECT a.loyalty, b.due FROM ((accounts a JOIN bills b ON b.account_id = a.id)) ORDER BY b.id;
-- name: lowercase_keywords_group_pk
select a.id, a.tier from accounts a join bills b on b.account_id = a.id group by a.id order by 1;
-- name: mixed_case_keywords_group_pk
Select a.id, a.mood From accounts a Join bills b On b.account_id = a.id Group By a.id Order By 1;
-- name: group_by_pk_then_having_comment
SELECT a.id, a.tier FROM accounts a GROUP BY a.id -- grouped
HAVING a.tier IS NOT NULL ORDER BY 1;

-- ---------------------------------------------------------------- GROUP BY a primary key in more shapes
-- name: gpk_using_join_merged_key
SELECT id, tier, count(*) FROM accounts JOIN bills USING (id) GROUP BY id ORDER BY 1;
-- name: gpk_two_wrapped_tables
SELECT a.id, a.tier, b.id, b.paid FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id, b.id ORDER BY 3;
-- name: gpk_window_over_aggregate
SELECT a.id, a.tier, count(*), sum(count(*)) OVER (PARTITION BY a.mood) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY 1;
-- name: gpk_dependent_only_in_order_and_having
SELECT a.id, count(*) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id HAVING max(b.amount) > coalesce(a.loyalty, 0) ORDER BY a.tier NULLS LAST, 1;
-- name: gpk_dependent_in_subquery
SELECT a.id, (SELECT count(*) FROM tags t WHERE t.loyalty = a.loyalty) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY 1;
-- name: gpk_subquery_grouped_outer_reads
SELECT s.id, s.tier FROM (SELECT a.id, a.tier, count(*) AS n FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id) s WHERE s.n > 1 ORDER BY 1;
-- name: gpk_composite_key_order_line
SELECT li.order_id, li.line, li.discount, count(*) FROM line_items li JOIN tags t ON t.id = li.order_id GROUP BY li.line, li.order_id ORDER BY 1, 2;
-- name: gpk_cte_grouped
WITH g AS (SELECT a.id, a.labels, count(*) AS n FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id) SELECT * FROM g ORDER BY id;
-- name: gpk_landing_table
SELECT s.id, s.score, count(*) FROM sales.accounts s JOIN accounts a ON a.id = s.id GROUP BY s.id ORDER BY 1;
-- name: gpk_quoted_users
SELECT u."Id", u."Nick", u."Full Name", count(*) FROM "Users" u CROSS JOIN tags GROUP BY u."Id" ORDER BY 1;
-- name: gpk_distinct_on_grouped
SELECT DISTINCT ON (a.mood) a.mood, a.id, a.tier FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY a.mood, a.id;
-- name: gpk_grouped_not_key_error
-- expect: 42803
SELECT a.name, a.tier FROM accounts a GROUP BY a.name;
-- name: gpk_left_join_nullable_group
SELECT a.id, a.tier, count(b.id) FROM bills b LEFT JOIN accounts a ON a.id = b.account_id GROUP BY a.id ORDER BY 1 NULLS FIRST;

-- ---------------------------------------------------------------- operators and functions of the shadow columns' types
-- name: types_date_ranges
SELECT id, daterange(due, due + 7) @> '2024-12-31'::date, date_trunc('week', due)::date, age(due, '2024-01-01'), due + time '10:00' FROM bills ORDER BY id;
-- name: types_date_series_srf
SELECT id, generate_series(due, due + 2, interval '1 day')::date FROM bills WHERE id < 3 ORDER BY 1, 2;
-- name: types_overlaps
SELECT id FROM bills WHERE (due, due + 10) OVERLAPS (DATE '2024-12-25', DATE '2025-01-05') ORDER BY id;
-- name: types_enum_ops
SELECT id, mood < 'grumpy', mood::text ~ 'a', array_position(enum_range(NULL::mood), mood) FROM accounts ORDER BY id;
-- name: types_enum_order_desc
SELECT mood, count(*) FROM accounts GROUP BY mood ORDER BY mood DESC;
-- name: types_array_ops
SELECT id, labels[1:1], labels || 'x'::text, array_append(labels, tier), array_remove(labels, 'new'), 'vip' = ALL (labels), cardinality(labels) > 1 FROM accounts ORDER BY id;
-- name: types_array_unnest_ordered_agg
SELECT id, (SELECT string_agg(l, '+' ORDER BY l DESC) FROM unnest(labels) l) FROM accounts ORDER BY id;
-- name: types_numeric_ops
SELECT order_id, line, discount * 2, discount / 3, round(discount), trunc(discount, 1), discount::money, sum(discount) OVER () FROM line_items ORDER BY 1, 2;
-- name: types_varchar_ops
SELECT "Id", "Nick" || '', "Nick"::char(2), char_length("Nick"), octet_length("Nick"), upper("Nick") = 'ANON' FROM "Users" ORDER BY 1;
-- name: types_boolean_ops
SELECT id, paid AND amount > 10, paid OR NULL, paid IS TRUE, paid IS NOT FALSE, paid IS UNKNOWN, NOT paid FROM bills ORDER BY id;
-- name: types_integer_ops
SELECT id, loyalty % 3, loyalty ^ 2, abs(loyalty - 5), loyalty::bit(8), loyalty << 1, loyalty & 3, width_bucket(loyalty, 0, 10, 2) FROM accounts ORDER BY id;
-- name: types_text_to_json
SELECT id, to_json(tier), json_typeof(to_json(loyalty)), jsonb_build_array(mood, labels) FROM accounts ORDER BY id;
-- name: types_hash_md5
SELECT id, md5(tier), md5(loyalty::text) FROM accounts ORDER BY id;
-- name: types_bool_enum_in_case
SELECT id, CASE mood WHEN 'sad' THEN 1 WHEN 'grumpy' THEN 2 ELSE 0 END, CASE WHEN paid THEN due END FROM accounts a LEFT JOIN bills b ON b.account_id = a.id ORDER BY a.id, b.id;
-- name: types_interval_from_shadow
SELECT id, make_interval(days => loyalty), interval '1 day' * loyalty FROM accounts WHERE loyalty IS NOT NULL ORDER BY id;

-- ---------------------------------------------------------------- comments inside qualified names and targets
-- name: cmt_schema_qualified_column
SELECT public /* s */ . accounts /* t */ . loyalty FROM public.accounts ORDER BY id;
-- name: cmt_schema_qualified_column_line
SELECT public.accounts -- t
.loyalty FROM public.accounts ORDER BY id;
-- name: cmt_update_set_qualified
UPDATE accounts SET loyalty = accounts /* c */ . loyalty + 1 WHERE id = 1 RETURNING accounts /* d */ . loyalty;
-- name: cmt_returning_schema_qualified
UPDATE accounts SET email = 'q' WHERE id = 2 RETURNING public . /* x */ accounts . loyalty, accounts. /* y */ tier;
-- name: cmt_returning_star
UPDATE accounts a SET email = 'q' WHERE a.id = 3 RETURNING a /* s */ . /* t */ *;
-- name: cmt_insert_returning_qualified
INSERT INTO accounts AS n (id, name) VALUES (600, 'c') RETURNING n /* q */ . loyalty, n.*;
-- name: cmt_delete_returning_whole_row
DELETE FROM bills b WHERE b.id = 9 RETURNING b /* w */ . due, to_jsonb(b /* r */);
-- name: cmt_field_selection
SELECT (a /* p */).loyalty, ( a ) . tier FROM accounts a ORDER BY a.id;
-- name: cmt_upsert_excluded_qualified
INSERT INTO accounts (id, name, tier) VALUES (2, 'x', 'y') ON CONFLICT (id) DO UPDATE SET tier = EXCLUDED /* e */ . tier || accounts /* a */ . tier RETURNING tier;


-- ---------------------------------------------------------------- column alias lists and cursors
-- name: alias_list_partial_then_names
SELECT t.a, t.tier, t.loyalty FROM accounts AS t(a, b) ORDER BY t.a;
-- name: alias_list_all_eight
SELECT h, g FROM accounts AS t(a, b, c, d, e, f, g, h) ORDER BY a;
-- name: alias_list_too_long
-- expect: 42P10
SELECT * FROM accounts AS t(a, b, c, d, e, f, g, h, i);
-- name: alias_list_join
SELECT j.x, j.loyalty FROM (accounts a JOIN bills b USING (id)) AS j(x) ORDER BY 1;
-- name: alias_list_renames_shadow_to_live_name
SELECT t.name, t.id FROM accounts AS t(name, id) ORDER BY 1;
-- name: alias_list_star_renamed
SELECT * FROM accounts AS t(k, n, e, c, l1, t1) ORDER BY k LIMIT 3;
-- name: alias_list_quoted_unicode
SELECT "ポイント", "ü" FROM accounts AS t(id, name, email, created_on, "ポイント", "ü") ORDER BY id;
-- name: alias_list_composite_key
SELECT o, l, d FROM line_items AS li(o, l, p, q, d) ORDER BY 1, 2;
-- name: cursor_with_hold_commit
DECLARE wh CURSOR WITH HOLD FOR SELECT id, loyalty FROM accounts ORDER BY id; COMMIT; FETCH 2 FROM wh; CLOSE wh; BEGIN;
-- name: cursor_relative_last
DECLARE sc SCROLL CURSOR FOR SELECT id, tier FROM accounts ORDER BY loyalty NULLS FIRST, id; FETCH LAST FROM sc; FETCH RELATIVE -2 FROM sc; FETCH FIRST FROM sc;
-- name: cursor_for_update
DECLARE cu CURSOR FOR SELECT id, loyalty FROM accounts WHERE id < 3 ORDER BY id FOR UPDATE; FETCH ALL FROM cu;
-- name: cursor_binary_count
DECLARE cb CURSOR FOR SELECT count(*), sum(loyalty) FROM accounts; FETCH cb;
-- name: cursor_unknown_column
DECLARE ce CURSOR FOR SELECT nosuch, loyalty FROM accounts; FETCH ce;


-- ---------------------------------------------------------------- SQL-level PREPARE with parameters of shadow columns
-- name: sql_prepare_inferred_types
PREPARE pi AS SELECT id FROM accounts WHERE mood = $1 AND loyalty > $2 AND labels @> $3 AND tier LIKE $4; SELECT parameter_types::text FROM pg_prepared_statements WHERE name = 'pi'; EXECUTE pi('happy', -1, '{new}', '%'); DEALLOCATE pi;
-- name: sql_prepare_join_execute_twice
PREPARE pr AS SELECT loyalty, tier, mood, labels, paid, due FROM accounts a JOIN bills b ON b.account_id = a.id WHERE b.id = $1; EXECUTE pr(4); EXECUTE pr(1); DEALLOCATE pr;
-- name: sql_prepare_star
PREPARE ps(int) AS SELECT * FROM accounts WHERE id = $1; EXECUTE ps(1); EXECUTE ps(3); DEALLOCATE ps;


-- ---------------------------------------------------------------- locking clauses around wrapped tables
-- name: lock_cte_and_table
WITH c AS (SELECT 1 AS one) SELECT a.id, a.loyalty FROM accounts a, c WHERE a.id < 3 ORDER BY 1 FOR UPDATE;
-- name: lock_of_cte
WITH c AS (SELECT 1 AS one) SELECT a.id, a.loyalty FROM accounts a, c WHERE a.id < 3 ORDER BY 1 FOR UPDATE OF c;
-- name: lock_inside_cte
WITH x AS (SELECT * FROM accounts WHERE loyalty > 0 FOR UPDATE) SELECT id, loyalty FROM x ORDER BY 1;
-- name: lock_two_clauses
SELECT a.id, b.paid FROM accounts a JOIN bills b ON b.account_id = a.id WHERE a.id < 3 ORDER BY b.id FOR UPDATE OF a FOR SHARE OF b;
-- name: lock_of_subquery_alias
SELECT s.id, s.tier FROM (SELECT id, tier FROM accounts) s WHERE s.id = 1 FOR UPDATE OF s;
-- name: lock_of_values_list
SELECT a.id, v.x FROM accounts a, (VALUES (1)) v(x) FOR UPDATE OF v;
-- name: lock_function_error
-- expect: 0A000
SELECT a.id, g FROM accounts a, generate_series(1, 2) g WHERE a.loyalty > 0 FOR UPDATE OF g;
-- name: lock_aggregate_subquery
SELECT (SELECT max(loyalty) FROM accounts), id FROM accounts WHERE id = 1 FOR UPDATE;
-- name: lock_hibernate_no_key
select a1_0.id,a1_0.tier from accounts a1_0 where a1_0.id=1 for no key update of a1_0;


-- ---------------------------------------------------------------- errors about FROM items and at run time
-- name: err_duplicate_alias
-- expect: 42712
SELECT a.loyalty FROM accounts a, accounts a;
-- name: err_duplicate_table_name
-- expect: 42712
SELECT loyalty FROM accounts, accounts;
-- name: err_duplicate_alias_join
-- expect: 42712
SELECT x.tier FROM accounts x JOIN bills x ON true;
-- name: err_using_missing_column
-- expect: 42703
SELECT * FROM accounts JOIN bills USING (loyalty);
-- name: err_using_shadow_ambiguous_left
-- expect: 42702
SELECT * FROM accounts a1 JOIN accounts a2 ON true JOIN tags USING (loyalty);
-- name: err_using_type_mismatch
-- expect: 42804
SELECT * FROM accounts a JOIN (SELECT 'x'::text AS loyalty) s USING (loyalty);
-- name: err_lateral_reference_without_lateral
-- expect: 42P01
SELECT * FROM accounts a, (SELECT a.loyalty) s;
-- name: err_tablesample_bad_method
-- expect: 42704
SELECT loyalty FROM accounts TABLESAMPLE nosuch (10);
-- name: err_only_unknown_table
-- expect: 42P01
SELECT loyalty FROM ONLY nosuch_table;
-- name: err_order_by_ordinal_out_of_range
-- expect: 42P10
SELECT loyalty, tier FROM accounts ORDER BY 3;
-- name: err_group_by_ordinal_out_of_range
-- expect: 42P10
SELECT loyalty FROM accounts GROUP BY 2;
-- name: err_column_alias_list_function
-- expect: 42P10
SELECT * FROM accounts a JOIN generate_series(1, 2) AS g(x, y) ON true;
-- name: err_schema_unknown
-- expect: 42P01
SELECT loyalty FROM nosuch.accounts;
-- name: err_invalid_regex_runtime
-- expect: 2201B
SELECT id FROM accounts WHERE tier ~ '(';
-- name: err_cardinality_violation_in
-- expect: 21000
SELECT id FROM accounts WHERE loyalty = (SELECT loyalty FROM accounts);
-- name: err_null_in_not_null_cast_domain
-- expect: 22004
SELECT array_position(labels, 'x', NULL) FROM accounts;
-- name: err_tablesample_bad_argument
-- expect: 22P02
SELECT loyalty FROM accounts AS a TABLESAMPLE SYSTEM ('é') REPEATABLE (1);
-- name: err_tablesample_bad_repeatable_unicode_before
-- expect: 42703
SELECT 'ü', tier FROM accounts TABLESAMPLE BERNOULLI (50) REPEATABLE (nosuch);


-- ---------------------------------------------------------------- error positions around rewritten FROM items
-- name: pos_alias_list_too_long_unicode
-- expect: 42P10
SELECT 'ü', loyalty FROM ONLY accounts AS t(a, b, c, d, e, f, g, h, i);
-- name: pos_table_shorthand_error_after
-- expect: 42703
TABLE accounts ORDER BY nosuch;
-- name: pos_inheritance_star_error
-- expect: 42703
SELECT 'é', a.nosuch, a.tier FROM accounts * a;
-- name: pos_only_parenthesized_error
-- expect: 42703
SELECT 'é', nosuch, tier FROM ONLY ( accounts ) AS a;
-- name: pos_schema_qualified_stripped_error
-- expect: 42703
SELECT public.accounts.loyalty, public.accounts.nosuch FROM public.accounts;
-- name: pos_group_by_pk_error_after_insertion
-- expect: 42703
SELECT a.id, a.tier FROM accounts a GROUP BY a.id HAVING nosuch > 0;
-- name: pos_group_by_pk_bad_order
-- expect: 42803
SELECT a.id, b.paid FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id;
-- name: pos_derived_alias_duplicate_unicode
-- expect: 42712
SELECT 'ü' FROM accounts "ä", bills "ä" WHERE "ä".loyalty > 0;


-- ---------------------------------------------------------------- more ORM and query-builder shapes
-- name: orm3_sqlalchemy_tuple_in
-- params: ["1", "10", "4", "7"]
SELECT accounts.id FROM accounts WHERE (accounts.id, accounts.loyalty) IN (($1::INTEGER, $2::INTEGER), ($3::INTEGER, $4::INTEGER)) ORDER BY accounts.id;
-- name: orm3_sqlalchemy_values_join
-- params: ["1", "a", "3", "b"]
SELECT anon_1.k, anon_1.v, accounts.tier FROM (VALUES ($1::INTEGER, $2::VARCHAR), ($3::INTEGER, $4::VARCHAR)) AS anon_1 (k, v) JOIN accounts ON accounts.id = anon_1.k ORDER BY anon_1.k;
-- name: orm3_sqlalchemy_scalar_subquery_label
SELECT accounts.id, (SELECT count(bills.id) AS count_1 FROM bills WHERE bills.account_id = accounts.id AND bills.paid = true) AS anon_1 FROM accounts ORDER BY accounts.loyalty DESC NULLS LAST, accounts.id;
-- name: orm3_sqlalchemy_aliased_self_join
SELECT accounts_1.id AS accounts_1_id, accounts_2.id AS accounts_2_id FROM accounts AS accounts_1 JOIN accounts AS accounts_2 ON accounts_1.mood = accounts_2.mood AND accounts_1.id < accounts_2.id ORDER BY 1, 2;
-- name: orm3_sqlalchemy_exists_not
SELECT accounts.id FROM accounts WHERE NOT (EXISTS (SELECT 1 FROM bills WHERE accounts.id = bills.account_id AND bills.due < accounts.created_on + 365)) ORDER BY accounts.id;
-- name: orm3_django_jsonb_agg_subquery
SELECT "accounts"."id", (SELECT JSONB_AGG(U0."due" ORDER BY U0."id") FROM "bills" U0 WHERE U0."account_id" = ("accounts"."id")) AS "dues" FROM "accounts" ORDER BY "accounts"."id";
-- name: orm3_django_window_lag_filter
SELECT * FROM (SELECT "bills"."id" AS "col1", LAG("bills"."due", 1) OVER (PARTITION BY "bills"."account_id" ORDER BY "bills"."due" ASC, "bills"."id") AS "prev" FROM "bills") "qualify" WHERE "prev" IS NOT NULL ORDER BY 1;
-- name: orm3_django_conditional_update_read
SELECT "accounts"."id", CASE WHEN ("accounts"."mood" = 'sad' AND "accounts"."loyalty" > 0) THEN 'rescue' WHEN "accounts"."labels" @> ARRAY['vip']::text[] THEN 'vip' ELSE NULL END AS "action" FROM "accounts" ORDER BY 1;
-- name: orm3_rails_where_not_in
-- params: ["gold", "silver", "10"]
SELECT "accounts".* FROM "accounts" WHERE "accounts"."tier" NOT IN ($1, $2) AND "accounts"."loyalty" != $3 ORDER BY "accounts"."id" ASC;
-- name: orm3_rails_or_is_null
-- params: ["happy"]
SELECT "accounts"."id" FROM "accounts" WHERE ("accounts"."mood" = $1 OR "accounts"."tier" IS NULL) ORDER BY "accounts"."id";
-- name: orm3_prisma_cursor_pagination
-- params: ["3", "3"]
SELECT "public"."accounts"."id", "public"."accounts"."loyalty" FROM "public"."accounts" WHERE "public"."accounts"."id" >= (SELECT "public"."accounts"."id" FROM "public"."accounts" WHERE ("public"."accounts"."id") = ($1)) ORDER BY "public"."accounts"."id" ASC LIMIT $2 OFFSET 0;
-- name: orm3_prisma_distinct_emulated
SELECT "public"."accounts"."id", "public"."accounts"."mood" FROM "public"."accounts" WHERE 1=1 ORDER BY "public"."accounts"."mood" ASC, "public"."accounts"."id" ASC;
-- name: orm3_hibernate_tuple_in
-- params: ["1", "10"]
select a1_0.id from accounts a1_0 where (a1_0.id,a1_0.loyalty) in (($1,$2));
-- name: orm3_hibernate_case_when
select a1_0.id,case when a1_0.loyalty is null then 0 else a1_0.loyalty end from accounts a1_0 order by 1;
-- name: orm3_jooq_style_quoted
select "public"."accounts"."id", "public"."accounts"."tier" from "public"."accounts" where ("public"."accounts"."loyalty" between 1 and 10 and "public"."accounts"."mood" in (cast('happy' as "public"."mood"), cast('grumpy' as "public"."mood"))) order by "public"."accounts"."id" fetch next 5 rows only;
-- name: orm3_ecto_style
-- params: ["0"]
SELECT a0."id", a0."loyalty", a0."labels" FROM "accounts" AS a0 WHERE (a0."loyalty" > $1) ORDER BY a0."id";


-- ---------------------------------------------------------------- TABLESAMPLE with parameters and with other constants
-- name: sample_params
-- params: ["100", "3"]
SELECT count(loyalty) FROM accounts a TABLESAMPLE SYSTEM ($1) REPEATABLE ($2);
-- name: sample_constants_1
SELECT count(tier) FROM accounts a TABLESAMPLE BERNOULLI (100) REPEATABLE (1);
-- name: sample_constants_2
SELECT count(tier) FROM accounts a TABLESAMPLE BERNOULLI (100) REPEATABLE (2);
-- name: sample_constants_3
SELECT count(tier) FROM accounts a TABLESAMPLE BERNOULLI (100) REPEATABLE (3);
-- name: sample_constants_error_position_1
-- expect: 2202H
SELECT 'é', count(tier) FROM accounts a TABLESAMPLE BERNOULLI (101) REPEATABLE (1);
-- name: sample_constants_error_position_2
-- expect: 2202H
SELECT 'é', count(tier) FROM accounts a TABLESAMPLE BERNOULLI (102) REPEATABLE (2);
-- name: sample_constants_error_position_3
-- expect: 2202H
SELECT 'é', count(tier) FROM accounts a TABLESAMPLE BERNOULLI (1003) REPEATABLE (30);


-- ---------------------------------------------------------------- a table without a primary key; a NOT NULL shadow column read after INSERT
-- name: nopk_whole_row_and_group
SELECT e, count(*) OVER (PARTITION BY e.kind) FROM events e ORDER BY e.payload;
-- name: nopk_group_by_shadow
SELECT seen, kind, count(*) FROM events GROUP BY ROLLUP (seen, kind) ORDER BY 1, 2 NULLS LAST;
-- name: nopk_join_using_shadow
SELECT * FROM events a JOIN events b USING (seen, kind) ORDER BY a.payload, b.payload;
-- name: orders_empty_reads
SELECT item, qty, code, note FROM orders; SELECT count(*), max(qty), min(code) FROM orders;
-- name: orders_insert_then_read
INSERT INTO orders (item, note) VALUES ('pen', 'n1'), ('cup', 'n2') RETURNING item, qty, code, note; SELECT item, qty, note FROM orders ORDER BY item;
-- name: orders_whole_row_after_insert
INSERT INTO orders (item, qty, code, note) VALUES ('ink', 3, 'ab', 'x'); SELECT o.item, o.qty, o.code, o.note, to_jsonb(o) - 'id' FROM orders o ORDER BY o.item;

-- ---------------------------------------------------------------- partitioned tables, inheritance, views
-- shipments (region, id) is partitioned by region into shipments_eu, shipments_us and
-- shipments_rest, with shadow columns status text DEFAULT 'new', fragile boolean DEFAULT false
-- and priority integer NOT NULL DEFAULT 1 CHECK (priority > 0) declared on the parent; animals
-- (id) has children dogs (with breed) and cats, and shadow columns legs integer DEFAULT 4 and
-- vaccinated boolean; the views heavy_shipments and shipment_owners were created before the
-- twin's columns existed.
-- name: part_parent_star
SELECT * FROM shipments ORDER BY region, id;
-- name: part_partition_star
SELECT * FROM shipments_eu ORDER BY id;
-- name: part_partition_columns
SELECT id, status, fragile, priority FROM shipments_us ORDER BY id;
-- name: part_default_partition
SELECT region, status, fragile FROM shipments_rest;
-- name: part_only_partition
SELECT * FROM ONLY shipments_eu ORDER BY id;
-- name: part_parent_where_shadow
SELECT region, id FROM shipments WHERE fragile ORDER BY 1, 2;
-- name: part_tableoid
SELECT tableoid::regclass AS part, id, status FROM shipments ORDER BY 1, 2;
-- name: part_join_partitions
SELECT e.id, e.status, u.status FROM shipments_eu e JOIN shipments_us u USING (id);
-- name: part_group_by_key
SELECT region, id, status, count(*) FROM shipments GROUP BY region, id ORDER BY 1, 2;
-- name: part_partition_group_by_key
SELECT region, id, status, priority FROM shipments_us GROUP BY region, id ORDER BY 2;
-- name: part_aggregate
SELECT status, count(*), sum(priority) FROM shipments GROUP BY status ORDER BY status NULLS FIRST;
-- name: part_partition_whole_row
SELECT row_to_json(s) FROM shipments_us s ORDER BY s.id;
-- name: part_param_on_parent
-- params: ["eu"]
SELECT id, status FROM shipments WHERE region = $1 ORDER BY id;
-- name: part_param_on_partition
-- params: ["1"]
SELECT region, status, priority FROM shipments_us WHERE id = $1;
-- name: part_union_partitions
SELECT id, status FROM shipments_eu UNION ALL SELECT id, status FROM shipments_us ORDER BY 1, 2;
-- name: part_subquery_on_partition
SELECT region, id FROM shipments s WHERE s.priority > (SELECT min(priority) FROM shipments_eu) ORDER BY 1, 2;
-- name: part_table_statement
TABLE shipments_us;
-- name: part_for_update_skip_locked
SELECT id, status FROM shipments_eu WHERE NOT fragile ORDER BY id FOR UPDATE SKIP LOCKED;
-- name: part_for_share_nowait
SELECT region, id, priority FROM shipments ORDER BY 1, 2 FOR SHARE NOWAIT;
-- name: part_partition_for_update_nowait
SELECT * FROM shipments_us ORDER BY id FOR UPDATE NOWAIT;
-- name: part_copy_partition
COPY shipments_eu TO STDOUT;
-- name: part_copy_partition_columns
COPY shipments_eu (id, status) TO STDOUT;
-- name: part_copy_parent
-- expect: 42809
COPY shipments TO STDOUT;
-- name: part_copy_query
COPY (SELECT region, id, status FROM shipments ORDER BY 1, 2) TO STDOUT WITH (FORMAT csv);
-- name: part_cursor
DECLARE c CURSOR FOR SELECT region, id, status FROM shipments_eu ORDER BY id; FETCH 1 FROM c; MOVE 0 IN c; FETCH ALL FROM c;
-- name: part_insert_into_partition_returning
INSERT INTO shipments_eu (region, id, status) VALUES ('eu', 9, 'x') RETURNING *;
-- name: part_insert_routed_returning_tableoid
INSERT INTO shipments VALUES ('us', 7, 1, 'routed', true, 2) RETURNING tableoid::regclass, region, id, status;
-- name: part_update_partition_returning
UPDATE shipments_eu SET status = 'done' WHERE id = 2 RETURNING region, id, status, priority;
-- name: part_merge_condition_on_target
MERGE INTO shipments s USING (VALUES ('eu', 1), ('us', 3)) v (r, i) ON s.region = v.r AND s.id = v.i WHEN MATCHED AND s.status = 'shipped' THEN UPDATE SET weight = s.weight + 1 WHEN MATCHED THEN DO NOTHING;
-- name: part_merge_into_partition
MERGE INTO shipments_us s USING shipments_eu e ON s.id = e.id WHEN MATCHED AND e.fragile THEN UPDATE SET weight = e.weight + s.priority;
-- name: part_merge_delete
MERGE INTO shipments s USING (SELECT 'us' AS r) v ON s.region = v.r WHEN MATCHED AND s.status = 'lost' THEN DELETE;
-- name: inh_parent_star
SELECT * FROM animals ORDER BY id;
-- name: inh_only_parent
SELECT * FROM ONLY animals ORDER BY id;
-- name: inh_parent_star_suffix
SELECT id, legs FROM animals * ORDER BY id;
-- name: inh_child_star
SELECT * FROM dogs ORDER BY id;
-- name: inh_child_columns
SELECT id, legs, vaccinated FROM cats ORDER BY id;
-- name: inh_only_child
SELECT * FROM ONLY dogs ORDER BY id;
-- name: inh_tableoid
SELECT tableoid::regclass, id, legs, vaccinated FROM animals ORDER BY id;
-- name: inh_child_where
SELECT name FROM dogs WHERE legs < 4;
-- name: inh_join_children
SELECT d.name, c.name FROM dogs d JOIN cats c ON d.legs = c.legs ORDER BY 1, 2;
-- name: inh_group_by_shadow
SELECT vaccinated, count(*), sum(legs) FROM animals GROUP BY vaccinated ORDER BY 1;
-- name: inh_parent_group_by_key
SELECT id, name, legs FROM animals GROUP BY id ORDER BY id;
-- name: inh_child_group_by_id_is_no_key
-- expect: 42803
SELECT id, name, legs FROM dogs GROUP BY id ORDER BY id;
-- name: inh_child_whole_row
SELECT to_json(a) FROM cats a ORDER BY a.id;
-- name: inh_child_param
-- params: ["3"]
SELECT name, legs FROM dogs WHERE id = $1;
-- name: inh_for_update_skip_locked
SELECT id, legs FROM animals ORDER BY id FOR UPDATE SKIP LOCKED;
-- name: inh_table_only_child
TABLE ONLY cats;
-- name: inh_copy_parent_only_its_rows
COPY animals TO STDOUT;
-- name: inh_copy_child
COPY cats TO STDOUT;
-- name: inh_copy_query_child
COPY (SELECT id, legs FROM dogs ORDER BY id) TO STDOUT;
-- name: inh_cursor_with_hold
DECLARE h CURSOR WITH HOLD FOR SELECT id, legs FROM animals ORDER BY id; FETCH 2 FROM h; CLOSE h;
-- name: inh_scroll_cursor_move
DECLARE c SCROLL CURSOR FOR SELECT id, legs FROM dogs ORDER BY id; MOVE LAST IN c; FETCH PRIOR FROM c; FETCH ABSOLUTE 1 FROM c;
-- name: inh_merge_into_child
MERGE INTO dogs d USING cats c ON c.legs = d.legs WHEN MATCHED THEN UPDATE SET breed = c.name;
-- name: view_star_has_no_new_column
SELECT * FROM heavy_shipments ORDER BY region, id;
-- name: view_shadow_column_unknown
-- expect: 42703
SELECT region, status FROM heavy_shipments;
-- name: view_join_star
SELECT * FROM shipment_owners ORDER BY region, id;
-- name: view_join_served_table
SELECT o.region, o.id, o.owner, s.status, a.legs FROM shipment_owners o JOIN shipments s USING (region, id) JOIN animals a ON a.id = o.id ORDER BY 1, 2;
-- name: view_over_accounts_star
SELECT * FROM rich_accounts ORDER BY id;
-- name: view_copy_is_refused_by_postgres
-- expect: 42809
COPY heavy_shipments TO STDOUT;
-- name: gen_star
SELECT * FROM appliances ORDER BY id;
-- name: gen_counters_star
SELECT * FROM counters ORDER BY name;
-- name: gen_merge_source_reads_shadow
MERGE INTO appliances g USING (SELECT id, legs FROM animals) a ON a.id = g.id WHEN MATCHED AND a.legs > 4 THEN UPDATE SET price = g.price + 1;
-- name: gen_merge_condition_on_target_shadow
MERGE INTO appliances g USING (VALUES (1), (2), (3)) v (i) ON g.id = v.i WHEN MATCHED AND g.color = 'grey' THEN UPDATE SET name = g.name || '!' WHEN MATCHED THEN DO NOTHING;
-- name: gen_update_returning_generated
UPDATE appliances SET price = price + 1 WHERE stock > 0 RETURNING id, price_x2, touched, color, stock;
-- name: listen_notify_unaffected
LISTEN shipments_channel; NOTIFY shipments_channel, 'animals'; UNLISTEN shipments_channel;
-- name: explain_costs_off_no_shadow_column
EXPLAIN (COSTS OFF) SELECT id FROM appliances WHERE id = 1;

-- name: part_for_update_of_alias
SELECT s.region, s.id, s.status FROM shipments s JOIN animals a ON a.id = s.id ORDER BY 1, 2 FOR UPDATE OF s SKIP LOCKED;
-- name: part_for_share_of_unaliased_partition
SELECT shipments_eu.id, animals.legs FROM shipments_eu JOIN animals USING (id) ORDER BY 1 FOR SHARE OF shipments_eu NOWAIT;
-- name: part_natural_join_partitions
SELECT * FROM shipments_eu NATURAL JOIN shipments_us;
-- name: part_copy_table_query
COPY (TABLE shipments_eu) TO STDOUT;
-- name: part_cursor_over_table
DECLARE c NO SCROLL CURSOR FOR TABLE shipments; FETCH FORWARD 2 FROM c; CLOSE c;
-- name: part_update_partition_from_partition
UPDATE shipments_eu e SET weight = u.weight FROM shipments_us u WHERE u.id = e.id AND u.status = 'lost' RETURNING e.id, e.status, u.status;
-- name: part_update_parent_returning_tableoid
UPDATE shipments SET status = 'x' WHERE id = 1 RETURNING tableoid::regclass, region, status;
-- name: part_delete_parent_returning_tableoid
DELETE FROM shipments WHERE fragile RETURNING tableoid::regclass, region, id, status;
-- name: part_upsert_returning_tableoid
INSERT INTO shipments (region, id, status) VALUES ('eu', 1, 'x') ON CONFLICT (region, id) DO UPDATE SET status = EXCLUDED.status RETURNING tableoid::regclass, *;
-- name: part_upsert_with_where
INSERT INTO shipments (region, id, status) VALUES ('eu', 1, 'x'), ('eu', 2, 'y') ON CONFLICT (region, id) DO UPDATE SET status = EXCLUDED.status WHERE shipments.fragile RETURNING *;
-- name: part_insert_select_from_partition
INSERT INTO shipments (region, id, status, priority) SELECT 'asia', id + 100, status, priority + 1 FROM shipments_us RETURNING *;
-- name: inh_delete_only_parent_using
DELETE FROM ONLY animals a USING dogs d WHERE a.name LIKE d.name || '%' RETURNING a.id, a.legs;
-- name: inh_update_parent_returning_tableoid
UPDATE animals SET legs = legs + 1 WHERE vaccinated IS NOT NULL RETURNING tableoid::regclass, id, legs;
-- name: inh_lateral_child
SELECT a.id, d.name FROM animals a CROSS JOIN LATERAL (SELECT name FROM dogs WHERE dogs.legs < a.legs ORDER BY id LIMIT 1) d ORDER BY a.id;
-- name: inh_exists_child
SELECT id FROM ONLY animals a WHERE EXISTS (SELECT FROM cats c WHERE c.legs IS NOT DISTINCT FROM a.legs - 2) ORDER BY id;
-- name: gen_insert_returning_generated
INSERT INTO appliances (name, price, stock) VALUES ('iron', 4, 2) RETURNING price_x2, color, stock;
-- name: gen_upsert_only_shadow_on_counters
INSERT INTO counters (name, hits) VALUES ('a', 1) ON CONFLICT (name) DO UPDATE SET hits = counters.hits + EXCLUDED.hits RETURNING name, serial_no, twice, hits;

-- ---------------------------------------------------------------- forms pgstitch refuses (0A000) rather than answer differently
-- name: refused_row_type_cast
-- refused
SELECT NULL::accounts;
-- name: refused_row_type_array
-- refused
SELECT ARRAY[]::accounts[];
-- name: refused_populate_recordset
-- refused
SELECT x.id, x.paid FROM jsonb_populate_recordset(NULL::bills, '[{"id": 1, "paid": true}]') x;
-- name: refused_populate_record_of_row
-- refused
SELECT (jsonb_populate_record(NULL::accounts, to_jsonb(a))).loyalty FROM accounts a WHERE a.id = 1;
-- name: refused_system_column_with_star
-- refused
SELECT ctid, * FROM accounts ORDER BY id;
-- name: refused_system_column_with_qualified_star
-- refused
SELECT a.xmin, a.* FROM accounts a WHERE a.id = 1;
-- name: refused_in_the_middle_of_a_string
-- refused
SELECT 1; SELECT NULL::"Users"; SELECT 2;
-- name: refused_row_type_param
-- params: ["(1,x,,)"]
-- refused
SELECT ($1::accounts).id;

-- ---------------------------------------------------------------- types (gadgets)
-- gadgets(id integer PRIMARY KEY, name text NOT NULL, weight numeric, flags bit(3), lap interval
-- minute) has shadow columns of many types: made_at timestamptz DEFAULT '2024-01-01 00:00:00+00', stamp timestamp(3) DEFAULT
-- '2024-01-01 12:00:00.12345', span interval DEFAULT '1 day', ratio double precision DEFAULT
-- 0.5, fscore real, big bigint DEFAULT 0, token uuid, doc jsonb DEFAULT '{"v": 1}' CHECK (NOT doc ?
-- 'bad'), raw json, blob bytea, total numeric DEFAULT 0, tag4 char(4) DEFAULT 'ab' CHECK (tag4
-- <> 'bad'), opens time, units posint DEFAULT 1
-- (a domain over integer, CHECK (VALUE > 0)), nums int[] DEFAULT '{}', slots int4range, period
-- tstzrange, pt pair DEFAULT '(0,none)' (a composite type (x integer, label text)), codes varchar(3)[].
-- name: gadget_star
SELECT * FROM gadgets ORDER BY id;
-- name: gadget_star_qualified_join
SELECT g.*, a.name AS owner FROM gadgets g LEFT JOIN accounts a ON a.id = g.id ORDER BY g.id;
-- name: gadget_time_types
SELECT id, made_at, stamp, span, opens FROM gadgets ORDER BY id;
-- name: gadget_number_types
SELECT id, ratio, fscore, big, total, units FROM gadgets ORDER BY id;
-- name: gadget_other_types
SELECT id, token, doc, raw, blob, tag4, nums, slots, period, pt FROM gadgets ORDER BY id;
-- name: gadget_where_timestamptz
SELECT id FROM gadgets WHERE made_at > '2024-02-01' ORDER BY id;
-- name: gadget_where_timestamp_precision
SELECT id FROM gadgets WHERE stamp = '2024-01-01 12:00:00.123' ORDER BY id;
-- name: gadget_where_null
SELECT id, stamp IS NULL, token IS NULL, raw IS NULL, doc IS NULL, doc = 'null' FROM gadgets ORDER BY id;
-- name: gadget_order_by_float
SELECT id, ratio FROM gadgets ORDER BY ratio DESC NULLS LAST, id;
-- name: gadget_order_by_real_and_numeric
SELECT id, fscore, total FROM gadgets ORDER BY fscore NULLS FIRST, total, id;
-- name: gadget_order_by_interval_and_time
SELECT id, span, opens FROM gadgets ORDER BY span, opens NULLS LAST, id;
-- name: gadget_aggregates_float_bigint
SELECT sum(ratio), avg(fscore), sum(big), avg(big), max(total), min(total), sum(units) FROM gadgets WHERE id <> 2;
-- name: gadget_aggregates_with_nan
SELECT sum(ratio), avg(ratio), max(fscore), min(fscore), sum(total) FROM gadgets;
-- name: gadget_aggregates_time
SELECT max(made_at), min(stamp), sum(span), avg(span), max(opens) FROM gadgets;
-- name: gadget_group_by_char
SELECT tag4, count(*), length(tag4), octet_length(tag4) FROM gadgets GROUP BY tag4 ORDER BY tag4;
-- name: gadget_group_by_jsonb
SELECT doc, count(*) FROM gadgets GROUP BY doc ORDER BY doc;
-- name: gadget_group_by_primary_key_reads_others
SELECT g.id, g.ratio, g.doc, g.tag4, count(b.id) FROM gadgets g LEFT JOIN bills b ON b.id = g.id GROUP BY g.id ORDER BY g.id;
-- name: gadget_group_by_json_fails
-- expect: 42883
SELECT raw, count(*) FROM gadgets GROUP BY raw;
-- name: gadget_distinct_json_fails
-- expect: 42883
SELECT DISTINCT raw FROM gadgets;
-- name: gadget_distinct_types
SELECT DISTINCT units, tag4, nums FROM gadgets ORDER BY units, tag4, nums;
-- name: gadget_count_distinct
SELECT count(DISTINCT doc), count(DISTINCT tag4), count(DISTINCT slots), count(DISTINCT pt), count(DISTINCT blob) FROM gadgets;
-- name: gadget_casts
SELECT id, made_at::date, stamp::time, span::text, ratio::numeric, fscore::double precision, big::numeric, total::float8, units::int, tag4::text, tag4::varchar, opens::interval FROM gadgets ORDER BY id;
-- name: gadget_cast_json_text
SELECT id, raw::text, raw::jsonb, doc::text, doc::json FROM gadgets ORDER BY id;
-- name: gadget_jsonb_operators
SELECT id, doc -> 'a', doc ->> 'k', doc #> '{a,x}', doc ? 'b', doc @> '{"a": 1}', jsonb_typeof(doc) FROM gadgets ORDER BY id;
-- name: gadget_jsonb_where
SELECT id FROM gadgets WHERE doc @> '{"b": [1]}' OR doc ->> 'n' = '2' ORDER BY id;
-- name: gadget_json_operators
SELECT id, raw -> 0, raw ->> 'a', json_typeof(raw), json_array_length(CASE WHEN json_typeof(raw) = 'array' THEN raw END) FROM gadgets ORDER BY id;
-- name: gadget_jsonb_functions
SELECT id, jsonb_set(doc, '{z}', to_jsonb(id)), jsonb_object_keys FROM gadgets, LATERAL jsonb_object_keys(CASE WHEN jsonb_typeof(doc) = 'object' THEN doc ELSE '{}' END) ORDER BY id, 3;
-- name: gadget_bytea_functions
SELECT id, length(blob), encode(blob, 'hex'), encode(blob, 'base64'), md5(blob), get_byte(blob, 0) FROM gadgets WHERE length(blob) > 0 ORDER BY id;
-- name: gadget_bytea_compare
SELECT id FROM gadgets WHERE blob = '\x68656c6c6f' OR blob = ''::bytea ORDER BY id;
-- name: gadget_interval_arithmetic
SELECT id, made_at + span, stamp - span, span * 2, span / 3, justify_hours(span * 30), extract(epoch FROM span) FROM gadgets ORDER BY id;
-- name: gadget_time_arithmetic
SELECT id, opens + interval '90 minutes', opens - time '06:00', date '2024-01-01' + opens FROM gadgets ORDER BY id;
-- name: gadget_timestamp_functions
SELECT id, date_trunc('hour', made_at), extract(year FROM stamp), to_char(stamp, 'YYYY-MM-DD HH24:MI:SS.MS'), made_at AT TIME ZONE 'UTC' FROM gadgets WHERE made_at <> 'infinity' ORDER BY id;
-- name: gadget_char_padding
SELECT id, tag4, tag4 || '|', concat(tag4, '|'), tag4::text || '|', length(tag4), char_length(tag4), octet_length(tag4) FROM gadgets ORDER BY id;
-- name: gadget_char_compare
SELECT id, tag4 = 'ab', tag4 = 'ab  ', tag4 = 'xy', tag4 < 'b', tag4 LIKE 'ab%', tag4 LIKE 'ab', rtrim(tag4) = 'ab' FROM gadgets ORDER BY id;
-- name: gadget_char_where
SELECT id FROM gadgets WHERE tag4 = 'z' OR tag4 = '' ORDER BY id;
-- name: gadget_array_operators
SELECT id, nums, nums[1], nums || 9, array_length(nums, 1), cardinality(nums), 4 = ANY (nums), nums @> '{1}', nums && '{4,5}' FROM gadgets ORDER BY id;
-- name: gadget_array_unnest
SELECT g.id, n FROM gadgets g, unnest(g.nums) AS n ORDER BY g.id, n;
-- name: gadget_range_operators
SELECT id, slots, lower(slots), upper(slots), isempty(slots), slots @> 3, slots && '[4,10)', slots * '[3,6)', upper_inf(period), period @> timestamptz '2024-01-20 00:00+00' FROM gadgets ORDER BY id;
-- name: gadget_range_where
SELECT id FROM gadgets WHERE slots @> 2 OR period && tstzrange('2024-01-10', '2024-01-20') ORDER BY id;
-- name: gadget_composite_fields
SELECT id, pt, (pt).x, (pt).label, (pt).x IS NULL, pt = ROW(0, 'none')::pair FROM gadgets ORDER BY id;
-- name: gadget_composite_expand
SELECT id, (pt).* FROM gadgets ORDER BY id;
-- name: gadget_domain_arithmetic
SELECT id, units, units + 1, units * 2, units + big, pg_typeof(units), units > 3 FROM gadgets ORDER BY id;
-- name: gadget_uuid
SELECT id, token, token::text, upper(token::text), token = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' FROM gadgets g ORDER BY g.token NULLS FIRST, id;
-- name: gadget_float_functions
SELECT id, round(ratio::numeric, 3), ratio * 2, fscore + 1, fscore::text, ratio::text, float8 '0.1' + ratio, trunc(ratio) FROM gadgets ORDER BY id;
-- name: gadget_bigint_overflow
-- expect: 22003
SELECT big - 1 FROM gadgets WHERE id = 2;
-- name: gadget_numeric_scale
SELECT id, total, total * 2, total / 3, scale(total), round(total, 2) FROM gadgets ORDER BY id;
-- name: gadget_pg_typeof
SELECT pg_typeof(made_at), pg_typeof(stamp), pg_typeof(span), pg_typeof(ratio), pg_typeof(fscore), pg_typeof(big), pg_typeof(token), pg_typeof(doc), pg_typeof(raw), pg_typeof(blob), pg_typeof(total), pg_typeof(tag4), pg_typeof(opens), pg_typeof(nums), pg_typeof(slots), pg_typeof(period), pg_typeof(pt) FROM gadgets WHERE id = 1;
-- name: gadget_to_json
SELECT id, to_jsonb(made_at), to_json(stamp), to_jsonb(span), to_jsonb(ratio), to_jsonb(fscore), to_jsonb(big), to_jsonb(tag4), to_jsonb(blob), to_jsonb(nums), to_jsonb(pt), json_build_object('raw', raw, 'doc', doc) FROM gadgets ORDER BY id;
-- name: gadget_row_to_json
SELECT row_to_json(g) FROM gadgets g ORDER BY g.id;
-- name: gadget_params_typed
-- params: ["2024-03-01", "0.1", "9007199254740993", "xy"]
SELECT id FROM gadgets WHERE made_at > $1 OR ratio = $2 OR big = $3 OR tag4 = $4 ORDER BY id;
-- name: gadget_params_jsonb_bytea
-- params: ["{\"a\": 1}", "\\x00ff10", "{5}"]
SELECT id, doc @> $1, blob = $2, nums @> $3 FROM gadgets ORDER BY id;
-- name: gadget_params_in_select_list
-- params: ["2 hours", "[3,4)"]
SELECT id, span + $1::interval, slots && $2::int4range, $1 FROM gadgets ORDER BY id;
-- name: gadget_subquery_and_cte
WITH j AS (SELECT id, doc, raw, tag4 FROM gadgets WHERE big > 0) SELECT id, doc ->> 'a', raw, tag4 || '.' FROM j ORDER BY id;
-- name: gadget_union_json
SELECT raw FROM gadgets WHERE id = 1 UNION ALL SELECT raw FROM gadgets WHERE id = 4;
-- name: gadget_union_distinct_json_fails
-- expect: 42883
SELECT raw FROM gadgets WHERE id = 1 UNION SELECT raw FROM gadgets WHERE id = 4;
-- name: gadget_window_functions
SELECT id, sum(ratio) OVER (ORDER BY id), lag(doc) OVER (ORDER BY id), rank() OVER (PARTITION BY tag4 ORDER BY big) FROM gadgets ORDER BY id;
-- name: gadget_string_agg_and_array_agg
SELECT string_agg(tag4, ',' ORDER BY id), array_agg(tag4 ORDER BY id), array_agg(units ORDER BY id), jsonb_agg(doc ORDER BY id), json_agg(raw ORDER BY id), array_agg(pt ORDER BY id) FROM gadgets;
-- name: gadget_binary_friendly_values
SELECT id, made_at, stamp, span, ratio, fscore, big, token, blob, total, opens, units, nums FROM gadgets WHERE id IN (1, 2, 6) ORDER BY id;
-- name: gadget_in_list_and_between
SELECT id FROM gadgets WHERE big IN (0, 42, 7) AND stamp BETWEEN '2024-01-01' AND '2024-12-31' ORDER BY id;
-- name: gadget_coalesce_nulls
SELECT id, coalesce(token::text, 'none'), coalesce(raw::text, '-'), coalesce(fscore, -1), coalesce(opens, '23:59') FROM gadgets ORDER BY id;
-- name: gadget_casts_with_typmods
SELECT id, stamp::timestamp(0), made_at::timestamptz(1), span::interval(0), opens::time(0), total::numeric(20, 2), tag4::char(2), tag4::varchar(3), CAST(ratio AS float(24)), ratio::float(53) FROM gadgets WHERE id <> 2 ORDER BY id;
-- name: gadget_interval_fields
SELECT id, INTERVAL '1 day 02:03:04.567' HOUR TO SECOND(1), span + INTERVAL '90' MINUTE, span > INTERVAL '2' HOUR FROM gadgets ORDER BY id;
-- name: gadget_typmod_literal_compare
SELECT id FROM gadgets WHERE stamp::timestamp(0) = TIMESTAMP(0) '2024-01-01 12:00:00.4' OR tag4 = CHAR(4) 'z' ORDER BY id;
-- name: gadget_order_by_json_fails
-- expect: 42883
SELECT id FROM gadgets ORDER BY raw;
-- name: gadget_json_equality_fails
-- expect: 42883
SELECT id FROM gadgets WHERE raw = '{"a": 1}';
-- name: gadget_jsonb_path_and_key_operators
SELECT id, doc ?| ARRAY['a', 'k'], doc ?& ARRAY['a', 'b'], doc @? '$.b[*] ? (@ > 1)', jsonb_path_query_array(doc, '$.b[*]'), doc #>> '{b,0}' FROM gadgets ORDER BY id;
-- name: gadget_copy_text
COPY (SELECT * FROM gadgets ORDER BY id) TO STDOUT;
-- name: gadget_copy_csv_and_binary
COPY (SELECT id, stamp, ratio, blob, tag4, doc, raw, pt FROM gadgets ORDER BY id) TO STDOUT WITH (FORMAT csv, HEADER); COPY (SELECT id, made_at, span, big, token, total, opens, units, nums, slots, pt FROM gadgets ORDER BY id) TO STDOUT WITH (FORMAT binary);
-- name: gadget_create_table_as_keeps_types
CREATE TEMP TABLE gadget_copy AS SELECT * FROM gadgets; SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'gadget_copy'::regclass AND attnum > 0 ORDER BY attnum; SELECT * FROM gadget_copy ORDER BY id;
-- name: gadget_for_update
SELECT id, doc, tag4 FROM gadgets WHERE units > 1 ORDER BY id FOR UPDATE;
-- name: gadget_window_range_interval
SELECT id, count(*) OVER (ORDER BY made_at RANGE BETWEEN INTERVAL '60 days' PRECEDING AND CURRENT ROW) FROM gadgets WHERE made_at <> 'infinity' ORDER BY id;
-- name: gadget_lateral_and_exists
SELECT g.id, x.k FROM gadgets g, LATERAL (SELECT key AS k FROM jsonb_each(g.doc) WHERE jsonb_typeof(g.doc) = 'object') x WHERE EXISTS (SELECT 1 FROM gadgets h WHERE h.units > g.units) ORDER BY 1, 2;
-- name: gadget_insert_parameters_described
-- params: ["80", "p", "2024-08-08 08:08:08.8888", "abc", "3", "{\"a\": [1]}", "{\"b\": 2}", "\\x0a0b", "(1,one)", "{1,2}", "[1,3)", "12:00:00.5", "2 days", "1.5", "2.25", "12345678901", "0.1", "c0eebc99-9c0b-4ef8-bb6d-6bb9bd380a13", "[2024-01-01,2024-02-01)", "2024-01-01 00:00+05"]
INSERT INTO gadgets (id, name, stamp, tag4, units, doc, raw, blob, pt, nums, slots, opens, span, ratio, fscore, big, total, token, period, made_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20) RETURNING *;
-- name: gadget_update_parameters_described
-- params: ["ab", "4", "2024-01-01 00:00:00.00049", "{\"u\": true}", "2"]
UPDATE gadgets SET tag4 = $1, units = $2, stamp = $3, doc = doc || $4 WHERE id = $5 RETURNING id, tag4, units, stamp, doc;
-- name: gadget_insert_select_parameters_described
-- params: ["81", "q", "abc", "5", "2024-03-03 03:03:03.0305", "{\"s\": 1}", "(2,two)"]
INSERT INTO gadgets (id, name, tag4, units, stamp, doc, pt) SELECT $1, $2, $3, $4, $5, $6, $7 RETURNING *;
-- name: gadget_upsert_parameters_described
-- params: ["1", "upsert", "zz", "8", "{\"e\": 1}"]
INSERT INTO gadgets (id, name, tag4, units, doc) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO UPDATE SET tag4 = EXCLUDED.tag4, units = gadgets.units + EXCLUDED.units, doc = gadgets.doc || EXCLUDED.doc RETURNING id, name, tag4, units, doc;
-- name: gadget_delete_parameters_described
-- params: ["{\"a\": 1}", "z"]
DELETE FROM gadgets WHERE doc @> $1 OR tag4 = $2 RETURNING id, doc, tag4;
-- name: gadget_where_parameters_described
-- params: ["5", "2024-01-01", "1 day", "\\x", "(3,\"a b\")", "[1,2)"]
SELECT id FROM gadgets WHERE units = $1 OR made_at = $2 OR span = $3 OR blob = $4 OR pt = $5::pair OR slots = $6 ORDER BY id;
-- name: gadget_natural_join_on_json_fails
-- expect: 42883
SELECT g.id FROM gadgets g NATURAL JOIN gadgets h;
-- name: gadget_distinct_star_fails
-- expect: 42883
SELECT DISTINCT * FROM gadgets;
-- name: gadget_json_in_subquery_fails
-- expect: 42883
SELECT id FROM gadgets WHERE raw IN (SELECT raw FROM gadgets WHERE id = 1);
-- name: gadget_count_distinct_json_fails
-- expect: 42883
SELECT count(DISTINCT raw) FROM gadgets;
-- name: gadget_row_in_subquery
SELECT id FROM gadgets WHERE (tag4, units, doc) IN (SELECT tag4, units, doc FROM gadgets WHERE id < 3) ORDER BY id;
-- name: gadget_varchar_array
SELECT id, codes, codes[2], array_to_string(codes, '/', '-'), 'x y' = ANY (codes) FROM gadgets ORDER BY id;
-- name: gadget_copy_table_with_columns
COPY gadgets (id, stamp, tag4, doc, raw, blob, codes, pt) TO STDOUT;
-- name: gadget_copy_table
COPY gadgets TO STDOUT WITH (FORMAT csv, FORCE_QUOTE *);
-- name: gadget_update_jsonb_subscript_refused
-- refused
UPDATE gadgets SET doc['a'] = '1' WHERE id = 1;
-- name: gadget_update_array_element_refused
-- refused
UPDATE gadgets SET nums[1] = 5 WHERE id = 1;
-- name: gadget_insert_select_live_typmod_parameters_described
-- params: ["69", "p", "5", "101", "{ab}"]
INSERT INTO gadgets (id, name, lap, flags, codes) SELECT $1, $2, $3, $4, $5 RETURNING lap, flags, codes;
-- name: gadget_insert_select_live_typmod_literals
INSERT INTO gadgets (id, name, lap, flags, codes) SELECT 69, 'l', '5', '101', '{ab}' RETURNING lap, flags, codes;
-- name: gadget_composite_field_three_part_names_fail
-- expect: 42P01
SELECT g.pt.x FROM gadgets g ORDER BY g.id;
-- name: gadget_composite_field_qualified
SELECT (g.pt).x, (g.pt).label, (gadgets.pt).x FROM gadgets g, gadgets WHERE gadgets.id = g.id ORDER BY g.id;
-- name: gadget_composite_field_schema_qualified
SELECT public.gadgets.pt, (public.gadgets.pt).label FROM gadgets ORDER BY id;
-- name: gadget_composite_field_without_parentheses_fails
-- expect: 42P01
SELECT pt.x FROM gadgets;
-- name: gadget_composite_field_in_update
UPDATE gadgets g SET name = (g.pt).label || '/' || gadgets.tag4 FROM gadgets WHERE gadgets.id = g.id AND (g.pt).x > 0 RETURNING g.id, g.name, (g.pt).x, (g.pt).label;
-- name: gadget_composite_field_in_update_target
UPDATE gadgets SET name = (pt).label, weight = (gadgets.pt).x WHERE (gadgets.pt).x IS NOT NULL RETURNING id, name, weight, (gadgets.pt).label;
-- name: gadget_composite_field_in_delete
DELETE FROM gadgets WHERE (gadgets.pt).x = 3 RETURNING id, (gadgets.pt).label, (pt).x;
-- name: gadget_composite_field_in_insert_returning
INSERT INTO gadgets AS g (id, name, pt) VALUES (90, 'c', ROW(5, 'five')) RETURNING (g.pt).x, (g.pt).label, (g.pt).*;
-- name: gadget_composite_star_in_insert_returning
INSERT INTO gadgets AS g (id, name, pt) VALUES (91, 'c', ROW(6, 'six')), (92, 'd', NULL) RETURNING id, (pt).*, (g).*, (SELECT (pt).x);
-- name: gadget_composite_star_in_update_and_delete_returning
UPDATE gadgets g SET pt = ROW((pt).x + 1, 'up') WHERE id < 3 RETURNING id, (g.pt).*, (g).*; DELETE FROM gadgets WHERE id = 3 RETURNING (pt).*, id;
-- name: gadget_whole_row_star_of_wrapped_table
SELECT (g).* FROM gadgets g WHERE id < 3 ORDER BY id;
-- name: gadget_composite_null_semantics
SELECT id, pt IS NULL, pt IS NOT NULL, (pt).x IS NULL, pt = ROW(NULL, NULL)::pair, pt < ROW(5, 'a')::pair FROM gadgets ORDER BY id;
-- name: gadget_operator_parameters_described
-- params: ["a", "{4,5}", "2024-01-20 00:00+00", "[2024-01-10,2024-01-20)", "3", "2024-01-01 12:00:00.123", "1 hour", "12:30:00.25", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "\\x00ff10", "42", "3"]
SELECT id FROM gadgets WHERE doc ? $1 OR nums && $2 OR period @> $3::timestamptz OR period && $4 OR slots @> $5::int OR stamp = $6 OR span < $7 OR opens = $8 OR token = $9 OR blob = $10 OR big = $11 OR fscore < $12 ORDER BY id;
-- name: gadget_jsonb_parameters_described
-- params: ["a", "{a,x}", "{\"b\": [1]}", "$.b[*]"]
SELECT id, doc -> $1, doc #> $2, doc @> $3, jsonb_path_query_array(doc, $4::jsonpath) FROM gadgets ORDER BY id;
-- name: gadget_range_parameter_untyped
-- params: ["3"]
-- expect: 22P02
SELECT id FROM gadgets WHERE slots @> $1 ORDER BY id;

-- ---------------------------------------------------------------- hunt: scopes, set operations, whole rows and errors in combination
-- name: hunt_recursive_cte_over_served
WITH RECURSIVE r(id, loyalty, depth) AS (
    SELECT id, loyalty, 0 FROM accounts WHERE id = 1
    UNION ALL
    SELECT a.id, a.loyalty, r.depth + 1 FROM r JOIN accounts a ON a.id = r.id + 1 WHERE r.depth < 4
) SELECT * FROM r ORDER BY depth;
-- name: hunt_recursive_cte_shadow_in_recursive_term_only
WITH RECURSIVE chain AS (
    SELECT 1 AS n, 0 AS total
    UNION ALL
    SELECT c.n + 1, c.total + coalesce((SELECT a.loyalty FROM accounts a WHERE a.id = c.n), 0) FROM chain c WHERE c.n < 8
) SELECT n, total FROM chain ORDER BY n;
-- name: hunt_recursive_cte_star_of_served
WITH RECURSIVE t AS (
    SELECT a.*, 1 AS lvl FROM accounts a WHERE a.id = 1
    UNION ALL
    SELECT b.*, t.lvl + 1 FROM t JOIN accounts b ON b.id = t.id + 2 WHERE t.lvl < 3
) SELECT * FROM t ORDER BY lvl;
-- name: hunt_natural_join_two_served
SELECT * FROM accounts NATURAL JOIN bills ORDER BY id;
-- name: hunt_natural_join_served_with_tags
SELECT * FROM accounts NATURAL JOIN tags ORDER BY 1;
-- name: hunt_natural_join_tags_loyalty_merged
SELECT id, loyalty FROM tags NATURAL JOIN (SELECT id, loyalty FROM accounts) a ORDER BY id;
-- name: hunt_natural_full_join_served
SELECT * FROM accounts NATURAL FULL JOIN tags ORDER BY id, label;
-- name: hunt_using_join_merged_near_shadow
SELECT id, loyalty, tier, amount FROM accounts JOIN bills USING (id) ORDER BY id;
-- name: hunt_using_join_on_shadow_name
SELECT loyalty, t.label, a.name FROM accounts a JOIN tags t USING (loyalty) ORDER BY loyalty, a.name;
-- name: hunt_using_join_alias_on_shadow
SELECT j.loyalty, j.id FROM accounts JOIN tags USING (id, loyalty) AS j ORDER BY 1;
-- name: hunt_using_star_on_shadow
SELECT * FROM accounts a JOIN tags t USING (loyalty) ORDER BY 1, 2;
-- name: hunt_using_full_join_coalesced_shadow
SELECT loyalty FROM accounts FULL JOIN tags USING (loyalty) ORDER BY 1;
-- name: hunt_nested_set_ops_order_limit
(SELECT loyalty, tier FROM accounts WHERE id < 4 UNION SELECT loyalty, label FROM tags)
EXCEPT (SELECT loyalty, tier FROM accounts WHERE id = 2) ORDER BY loyalty NULLS FIRST, tier LIMIT 4;
-- name: hunt_set_op_inner_order_limit
(SELECT tier FROM accounts ORDER BY loyalty DESC NULLS LAST, id LIMIT 2) UNION ALL (SELECT tier FROM accounts ORDER BY tier LIMIT 1 OFFSET 1);
-- name: hunt_intersect_all
SELECT loyalty FROM accounts INTERSECT ALL SELECT loyalty FROM tags ORDER BY 1;
-- name: hunt_except_all_shadow_both
SELECT mood, loyalty FROM accounts EXCEPT ALL SELECT mood, loyalty FROM accounts WHERE id > 3 ORDER BY 1, 2;
-- name: hunt_set_op_order_by_output_name
SELECT loyalty AS l FROM accounts UNION SELECT stars FROM notes ORDER BY l DESC NULLS LAST;
-- name: hunt_set_op_star_mixed
SELECT * FROM accounts WHERE id = 1 UNION ALL SELECT * FROM accounts WHERE id = 2 ORDER BY id;
-- name: hunt_distinct_on_shadow_order
SELECT DISTINCT ON (tier) tier, id, loyalty FROM accounts ORDER BY tier NULLS FIRST, loyalty DESC NULLS LAST, id;
-- name: hunt_distinct_on_mood_expression
SELECT DISTINCT ON (mood, loyalty IS NULL) id, mood FROM accounts ORDER BY mood, loyalty IS NULL, id DESC;
-- name: hunt_window_frame_rows_shadow
SELECT id, sum(loyalty) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM accounts ORDER BY id;
-- name: hunt_window_range_offset_shadow_order
SELECT id, count(*) OVER (ORDER BY loyalty RANGE BETWEEN 3 PRECEDING AND 3 FOLLOWING) FROM accounts ORDER BY id;
-- name: hunt_window_partition_by_shadow_exclude
SELECT id, array_agg(id) OVER (PARTITION BY mood ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE CURRENT ROW) FROM accounts ORDER BY id;
-- name: hunt_window_filter
SELECT id, count(*) FILTER (WHERE loyalty > 3) OVER (ORDER BY id) FROM accounts ORDER BY id;
-- name: hunt_aggregate_filter_group_by_shadow
SELECT mood, count(*) FILTER (WHERE tier IS NOT NULL), sum(loyalty) FILTER (WHERE 'vip' = ANY (labels)) FROM accounts GROUP BY mood ORDER BY mood;
-- name: hunt_within_group_percentile
SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY loyalty), mode() WITHIN GROUP (ORDER BY tier) FROM accounts;
-- name: hunt_hypothetical_rank_shadow
SELECT rank(5) WITHIN GROUP (ORDER BY loyalty), mood FROM accounts GROUP BY mood ORDER BY mood;
-- name: hunt_ordered_aggregate_string_agg
SELECT string_agg(tier, ',' ORDER BY loyalty DESC NULLS LAST, id) FROM accounts;
-- name: hunt_row_comparison
SELECT id FROM accounts WHERE (loyalty, tier) > (3, 'a') ORDER BY id;
-- name: hunt_row_in_subquery
SELECT a.id FROM accounts a WHERE (a.loyalty, a.tier) IN (SELECT b.loyalty, b.tier FROM accounts b WHERE b.id <> 3) ORDER BY a.id;
-- name: hunt_row_not_in_values
SELECT id FROM accounts WHERE (loyalty, mood) NOT IN (VALUES (10, 'happy'::mood), (7, 'grumpy')) ORDER BY id;
-- name: hunt_row_is_distinct
SELECT id FROM accounts a WHERE ROW(a.loyalty, a.tier) IS DISTINCT FROM ROW(0, NULL) ORDER BY id;
-- name: hunt_row_eq_any_subquery
SELECT id FROM accounts WHERE (id, loyalty) = ANY (SELECT id, loyalty FROM tags) ORDER BY id;
-- name: hunt_array_subquery
SELECT id, ARRAY(SELECT b.paid FROM bills b WHERE b.account_id = a.id ORDER BY b.id) FROM accounts a ORDER BY id;
-- name: hunt_array_subquery_of_shadow_name
SELECT ARRAY(SELECT tier FROM accounts ORDER BY id) AS tiers;
-- name: hunt_values_join_served
SELECT v.x, a.loyalty FROM (VALUES (1, 'a'), (4, 'b'), (9, 'c')) v(x, y) LEFT JOIN accounts a ON a.id = v.x ORDER BY v.x;
-- name: hunt_values_join_using_shadow
SELECT * FROM (VALUES (10), (7), (NULL::int)) v(loyalty) JOIN accounts USING (loyalty) ORDER BY id;
-- name: hunt_values_natural_join_served
SELECT * FROM (VALUES (1, 10), (4, 7), (5, 0)) v(id, loyalty) NATURAL JOIN accounts ORDER BY id;
-- name: hunt_limit_subquery_shadow
SELECT id FROM accounts ORDER BY id LIMIT (SELECT loyalty FROM accounts WHERE id = 5);
-- name: hunt_offset_subquery_shadow
SELECT id FROM accounts ORDER BY id OFFSET (SELECT loyalty FROM accounts WHERE id = 4);
-- name: hunt_order_by_subquery
SELECT id FROM bills b ORDER BY (SELECT a.loyalty FROM accounts a WHERE a.id = b.account_id) NULLS FIRST, id;
-- name: hunt_having_subquery
SELECT account_id, count(*) FROM bills GROUP BY account_id HAVING count(*) > (SELECT min(loyalty) FROM accounts WHERE id = 5) - 2 ORDER BY 1;
-- name: hunt_case_subquery
SELECT id, CASE WHEN (SELECT paid FROM bills WHERE bills.id = accounts.id) THEN tier ELSE 'n/a' END FROM accounts ORDER BY id;
-- name: hunt_correlated_two_levels
SELECT a.id, (SELECT (SELECT count(*) FROM bills b2 WHERE b2.account_id = a.id AND b2.paid = b.paid) FROM bills b WHERE b.id = a.id) FROM accounts a ORDER BY a.id;
-- name: hunt_correlated_three_levels_shadow
SELECT a.id FROM accounts a WHERE EXISTS (SELECT 1 FROM bills b WHERE b.account_id = a.id AND EXISTS (SELECT 1 FROM tags t WHERE t.id = b.id AND EXISTS (SELECT 1 WHERE a.loyalty >= t.loyalty))) ORDER BY a.id;
-- name: hunt_correlated_outer_shadow_in_inner_select_list
SELECT a.id, (SELECT string_agg(b.note || ':' || coalesce(a.tier, '?'), ',' ORDER BY b.id) FROM bills b WHERE b.account_id = a.id) FROM accounts a ORDER BY a.id;
-- name: hunt_unqualified_outer_reference
SELECT id FROM bills WHERE account_id IN (SELECT id FROM tags WHERE loyalty = 5) ORDER BY id;
-- name: hunt_unqualified_shadow_resolves_outer
SELECT t.id, (SELECT count(*) FROM bills WHERE bills.account_id = t.id AND paid) FROM tags t ORDER BY 1;
-- name: hunt_named_argument
SELECT id, make_interval(days => loyalty) FROM accounts ORDER BY id;
-- name: hunt_named_argument_old_syntax
SELECT id, make_interval(days := coalesce(loyalty, 0), hours => id) FROM accounts ORDER BY id;
-- name: hunt_variadic_array
SELECT id, concat_ws(',', VARIADIC labels) FROM accounts ORDER BY id;
-- name: hunt_variadic_format
SELECT format('%s-%s', VARIADIC ARRAY[tier, mood::text]) FROM accounts ORDER BY id;
-- name: hunt_json_build_object
SELECT json_build_object('id', id, 'loyalty', loyalty, 'tier', tier, 'labels', labels) FROM accounts ORDER BY id;
-- name: hunt_jsonb_build_object_mood
SELECT jsonb_build_object('m', mood, 'due', b.due) FROM accounts a JOIN bills b ON b.account_id = a.id ORDER BY b.id;
-- name: hunt_to_jsonb_whole_row_join
SELECT to_jsonb(a), to_jsonb(b) FROM accounts a JOIN bills b ON b.account_id = a.id ORDER BY b.id;
-- name: hunt_row_to_json_subquery_row
SELECT row_to_json(s) FROM (SELECT id, loyalty, tier FROM accounts) s ORDER BY s.id;
-- name: hunt_json_agg_whole_row_order
SELECT json_agg(a ORDER BY a.loyalty DESC NULLS LAST, a.id) FROM accounts a;
-- name: hunt_jsonb_agg_filter_whole_row
SELECT jsonb_agg(b) FILTER (WHERE b.paid) FROM bills b;
-- name: hunt_whole_row_group_by
SELECT a, count(*) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a ORDER BY a;
-- name: hunt_whole_row_order_by
SELECT a.id FROM accounts a ORDER BY a DESC;
-- name: hunt_whole_row_distinct
SELECT DISTINCT b FROM bills b JOIN accounts a ON a.id = b.account_id ORDER BY b;
-- name: hunt_whole_row_compare
SELECT a.id FROM accounts a, accounts b WHERE a = b ORDER BY 1;
-- name: hunt_whole_row_compare_is_not_distinct
SELECT a.id, b.id FROM accounts a JOIN accounts b ON a IS NOT DISTINCT FROM b ORDER BY 1;
-- name: hunt_whole_row_in_subquery
SELECT count(*) FROM bills b WHERE b IN (SELECT c FROM bills c WHERE c.paid);
-- name: hunt_whole_row_field_access
SELECT (a).loyalty, (a).tier, (b).paid FROM accounts a JOIN bills b ON b.account_id = a.id ORDER BY b.id;
-- name: hunt_whole_row_star_expansion
SELECT (a).* FROM accounts a ORDER BY id;
-- name: hunt_whole_row_count_distinct
SELECT count(DISTINCT a) FROM accounts a;
-- name: hunt_exists_not_exists
SELECT id FROM accounts a WHERE EXISTS (SELECT FROM bills b WHERE b.account_id = a.id AND b.paid) AND NOT EXISTS (SELECT FROM bills b WHERE b.account_id = a.id AND b.due < '2024-12-31') ORDER BY id;
-- name: hunt_not_exists_shadow_outer
SELECT id FROM bills b WHERE NOT EXISTS (SELECT 1 FROM accounts a WHERE a.id = b.account_id AND a.loyalty IS NOT NULL) ORDER BY id;
-- name: hunt_case_mix_identifiers
SELECT ID, LOYALTY, "tier", Mood FROM ACCOUNTS A WHERE A.Loyalty IS NOT NULL ORDER BY a.ID;
-- name: hunt_quoted_upper_shadow_unknown
-- expect: 42703
SELECT "Loyalty" FROM accounts;
-- name: hunt_quoted_users_nick_lower_unknown
-- expect: 42703
SELECT nick FROM "Users";
-- name: hunt_quoted_users_nick_mixed
SELECT u."Nick", U."Full Name" FROM "Users" U ORDER BY u."Id";
-- name: hunt_quoted_table_alias_shadow
SELECT "A".loyalty FROM accounts "A" ORDER BY "A".id;
-- name: hunt_quoted_alias_case_miss
-- expect: 42P01
SELECT "A".loyalty FROM accounts a;
-- name: hunt_ambiguous_shadow_across_join
-- expect: 42702
SELECT loyalty FROM accounts a JOIN tags t ON t.id = a.id;
-- name: hunt_ambiguous_shadow_in_where
-- expect: 42702
SELECT a.id FROM accounts a, tags t WHERE loyalty > 1;
-- name: hunt_ambiguous_self_join_shadow
-- expect: 42702
SELECT tier FROM accounts a JOIN accounts b ON a.id = b.id;
-- name: hunt_ambiguous_in_order_by
-- expect: 42702
SELECT a.id FROM accounts a JOIN accounts b ON b.id = a.id ORDER BY mood;
-- name: hunt_unknown_in_subquery
-- expect: 42703
SELECT id FROM accounts WHERE loyalty IN (SELECT loyalty2 FROM accounts);
-- name: hunt_unknown_qualified_shadow_other_table
-- expect: 42703
SELECT b.loyalty FROM accounts a JOIN bills b ON b.account_id = a.id;
-- name: hunt_bad_from_reference
-- expect: 42P01
SELECT x.loyalty FROM accounts a;
-- name: hunt_bad_from_reference_in_subquery
-- expect: 42P01
SELECT id FROM accounts a WHERE EXISTS (SELECT 1 FROM bills b WHERE c.loyalty = b.id);
-- name: hunt_table_name_hidden_by_alias
-- expect: 42P01
SELECT accounts.loyalty FROM accounts a;
-- name: hunt_missing_from_in_lateral_left
-- expect: 42P01
SELECT * FROM (SELECT b.loyalty) s, accounts b;
-- name: hunt_lateral_needed
-- expect: 42P01
SELECT * FROM accounts a, (SELECT a.loyalty) s;
-- name: hunt_lateral_shadow
SELECT a.id, s.x FROM accounts a, LATERAL (SELECT a.loyalty * 2 AS x) s ORDER BY a.id;
-- name: hunt_lateral_join_served_inside
SELECT a.id, l.paid FROM accounts a LEFT JOIN LATERAL (SELECT b.paid FROM bills b WHERE b.account_id = a.id ORDER BY b.due DESC, b.id LIMIT 1) l ON true ORDER BY a.id;
-- name: hunt_non_ascii_before_shadow_error
-- expect: 42703
SELECT 'Zoë 東京' AS n, loyaltee FROM accounts;
-- name: hunt_non_ascii_alias
SELECT "ä".loyalty AS "ø", "ä".tier FROM accounts "ä" WHERE "ä".name = 'Zoë' ORDER BY 1;
-- name: hunt_non_ascii_compare_shadow
SELECT id FROM accounts WHERE tier = 'it''s a \ quoted $$ tier' OR name = '東京 Tokyo' ORDER BY id;
-- name: hunt_multi_statement_mixed_errors
-- expect: 42702
SELECT loyalty FROM accounts WHERE id = 1; SELECT tier FROM accounts a JOIN accounts b USING (id);
-- name: hunt_multi_statement_ambiguous_second
-- expect: 42702
SELECT 1; SELECT tier FROM accounts a, accounts b;
-- name: hunt_multi_statement_non_ascii_then_error
-- expect: 42703
SELECT 'é' AS x, loyalty FROM accounts WHERE id = 1; SELECT 'ü', nope FROM accounts;
-- name: hunt_param_compare_shadow
-- params: ["5"]
SELECT id FROM accounts WHERE loyalty > $1 ORDER BY id;
-- name: hunt_param_row_compare
-- params: ["10", "gold"]
SELECT id FROM accounts WHERE (loyalty, tier) = ($1, $2);
-- name: hunt_param_in_subquery_shadow
-- params: ["sad"]
SELECT id FROM accounts a WHERE a.id IN (SELECT b.id FROM accounts b WHERE b.mood = $1) ORDER BY id;
-- name: hunt_param_array_any
-- params: ["{vip,new}"]
SELECT id FROM accounts WHERE labels && $1 ORDER BY id;
-- name: hunt_param_limit_shadow
-- params: ["2"]
SELECT id, loyalty FROM accounts ORDER BY loyalty DESC NULLS LAST, id LIMIT $1;
-- name: hunt_param_coalesce_shadow
-- params: ["x"]
SELECT id, coalesce(tier, $1) FROM accounts ORDER BY id;
-- name: hunt_param_case_shadow_and_jsonb
-- params: ["1"]
SELECT jsonb_build_object('tier', tier, 'p', $1::int) FROM accounts WHERE id = $1::int;
-- name: hunt_group_by_using_key_left_dependent
SELECT id, a.tier, count(*) FROM accounts a JOIN bills b USING (id) GROUP BY id ORDER BY id;
-- name: hunt_group_by_using_key_right_not_dependent
-- expect: 42803
SELECT id, b.paid FROM accounts a JOIN bills b USING (id) GROUP BY id;
-- name: hunt_group_by_using_key_right_join_left_not_dependent
-- expect: 42803
SELECT id, a.tier FROM accounts a RIGHT JOIN bills b USING (id) GROUP BY id;
-- name: hunt_group_by_using_key_right_join_right_dependent
SELECT id, b.paid, count(*) FROM accounts a RIGHT JOIN bills b USING (id) GROUP BY id ORDER BY id;
-- name: hunt_group_by_using_key_full_join
-- expect: 42803
SELECT id, a.loyalty FROM accounts a FULL JOIN bills b USING (id) GROUP BY id;
-- name: hunt_group_by_natural_key_right_not_dependent
-- expect: 42803
SELECT id, paid FROM accounts NATURAL JOIN bills GROUP BY id;
-- name: hunt_group_by_natural_key_left_dependent
SELECT id, tier, count(*) FROM accounts NATURAL JOIN bills GROUP BY id ORDER BY id;
-- name: hunt_group_by_qualified_right_key_after_using
SELECT id, b.paid, count(*) FROM accounts a JOIN bills b USING (id) GROUP BY b.id, id ORDER BY id;
-- name: hunt_group_by_using_alias_key
SELECT j.id, a.tier, count(*) FROM accounts a JOIN bills b USING (id) AS j GROUP BY j.id ORDER BY 1;
-- name: hunt_group_by_two_schemas_same_name
SELECT public.accounts.id, public.accounts.tier, sales.accounts.region, count(*) FROM public.accounts JOIN sales.accounts ON public.accounts.id = sales.accounts.id GROUP BY public.accounts.id, sales.accounts.id ORDER BY 1;
-- name: hunt_group_by_two_schemas_star_score
SELECT sales.accounts.id, sales.accounts.score, count(*) FROM public.accounts, sales.accounts WHERE public.accounts.id = sales.accounts.id AND public.accounts.loyalty IS NOT NULL GROUP BY sales.accounts.id ORDER BY 1;
-- name: hunt_group_by_key_correlated_use_in_select
SELECT a.id, (SELECT a.loyalty + count(*) FROM bills b WHERE b.account_id = a.id) FROM accounts a GROUP BY a.id ORDER BY 1;
-- name: hunt_group_by_key_shadow_in_lateral_of_outer
SELECT a.id, count(*) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id HAVING a.mood = 'happy' ORDER BY 1;
-- name: hunt_group_by_key_window_over_shadow
SELECT a.id, rank() OVER (ORDER BY a.loyalty DESC NULLS LAST, a.id) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY 1;
-- name: hunt_group_by_key_distinct_on_shadow
SELECT DISTINCT a.tier FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY 1;
-- name: hunt_group_by_composite_key_shadow
SELECT order_id, line, discount, sum(qty) FROM line_items GROUP BY order_id, line ORDER BY 1, 2;
-- name: hunt_group_by_composite_key_partial
-- expect: 42803
SELECT order_id, discount FROM line_items GROUP BY order_id;
-- name: hunt_group_by_key_in_set_op_arm
SELECT a.id, a.tier FROM accounts a GROUP BY a.id UNION ALL SELECT b.id, b.note FROM bills b GROUP BY b.id ORDER BY 1, 2;
-- name: hunt_group_by_key_column_alias_list
SELECT x.i, x.t FROM accounts AS x(i, n, e, c, l, t) GROUP BY x.i ORDER BY 1;
-- name: hunt_group_by_key_renamed_shadow_used
SELECT i, l, count(*) FROM accounts AS x(i, n, e, c, l) GROUP BY i ORDER BY 1;
-- name: hunt_group_by_output_alias_shadow_name
-- expect: 42803
SELECT id AS loyalty, name FROM accounts GROUP BY loyalty;
-- name: hunt_group_by_key_whole_row_in_json
SELECT json_build_object('a', a, 'n', count(*)) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY a.id;
-- name: hunt_group_by_key_subquery_grouped_inner
SELECT a.id, (SELECT max(b.amount) FROM bills b WHERE b.account_id = a.id GROUP BY b.id ORDER BY b.paid DESC, b.id LIMIT 1) FROM accounts a ORDER BY 1;
-- name: hunt_group_by_outer_shadow_inside_inner_grouped
SELECT a.id, (SELECT count(*) FROM bills b WHERE b.account_id = a.id GROUP BY a.loyalty) FROM accounts a ORDER BY 1;
-- name: hunt_cte_named_like_table_in_subquery
SELECT loyalty FROM accounts WHERE id IN (WITH accounts AS (SELECT 1 AS id) SELECT id FROM accounts) ;
-- name: hunt_cte_named_like_table_outer_schema_qualified
WITH accounts AS (SELECT 3 AS id) SELECT (SELECT a.tier FROM public.accounts a WHERE a.id = accounts.id) FROM accounts;
-- name: hunt_cte_later_name_not_visible
WITH a1 AS (SELECT id, loyalty FROM accounts), accounts AS (SELECT 1 AS loyalty) SELECT * FROM a1 ORDER BY id;
-- name: hunt_cte_recursive_list_sees_later_name
WITH RECURSIVE a1 AS (SELECT loyalty FROM accounts), accounts AS (SELECT 42 AS loyalty) SELECT * FROM a1;
-- name: hunt_cte_shadowing_in_sibling_subquery
SELECT (WITH accounts AS (SELECT 5 AS loyalty) SELECT loyalty FROM accounts), (SELECT loyalty FROM accounts WHERE id = 1);
-- name: hunt_cte_named_like_table_unknown_column
-- expect: 42703
WITH accounts AS (SELECT id FROM public.accounts) SELECT a.loyalty FROM accounts a;
-- name: hunt_cte_inner_with_outer_correlation
SELECT a.id, (WITH x AS (SELECT a.loyalty AS l, a.tier AS t) SELECT l || coalesce(t, '-') FROM x) FROM accounts a ORDER BY a.id;
-- name: hunt_cte_materialized_shadow
WITH m AS MATERIALIZED (SELECT id, mood FROM accounts) SELECT mood, count(*) FROM m GROUP BY mood ORDER BY mood;
-- name: hunt_cte_column_list_renames_shadow
WITH c(k, pts) AS (SELECT id, loyalty FROM accounts) SELECT pts FROM c WHERE k = 1;
-- name: hunt_recursive_cte_search_shadow
WITH RECURSIVE r AS (SELECT id, loyalty, 1 AS lvl FROM accounts WHERE id = 1 UNION ALL SELECT a.id, a.loyalty, r.lvl + 1 FROM r JOIN accounts a ON a.id = r.id + 1 WHERE r.lvl < 3) SEARCH BREADTH FIRST BY loyalty SET ord SELECT id, loyalty, ord FROM r ORDER BY id;
-- name: hunt_recursive_cte_cycle_on_shadow
WITH RECURSIVE r(id, tier) AS (SELECT id, tier FROM accounts WHERE id = 1 UNION ALL SELECT a.id, a.tier FROM r JOIN accounts a ON a.id = r.id % 3 + 1) CYCLE tier SET looped USING path SELECT id, tier, looped FROM r ORDER BY path;
-- name: hunt_table_alias_named_like_other_served
SELECT bills.loyalty, b.paid FROM accounts bills JOIN bills b ON b.account_id = bills.id ORDER BY b.id;
-- name: hunt_alias_named_like_served_but_subquery
SELECT accounts.loyalty FROM (SELECT 1 AS loyalty) accounts;
-- name: hunt_whole_row_field_of_star
SELECT (a.*).loyalty, (a.*).tier FROM accounts a ORDER BY a.id;
-- name: hunt_function_notation_unqualified_table
SELECT tier(accounts), loyalty(accounts) FROM accounts ORDER BY id;
-- name: hunt_function_notation_of_joined
SELECT paid(b), mood(a) FROM accounts a JOIN bills b ON b.account_id = a.id ORDER BY b.id;
-- name: hunt_table_form_union
TABLE accounts UNION ALL TABLE accounts ORDER BY id, name LIMIT 3;
-- name: hunt_table_form_in_subquery
SELECT count(*) FROM (TABLE bills) t WHERE t.paid;
-- name: hunt_table_form_in_cte_values
WITH t AS (TABLE "Users") SELECT "Nick" FROM t ORDER BY "Id";
-- name: hunt_star_only_no_from_shadow
SELECT * FROM accounts a, LATERAL (SELECT a.loyalty AS l) s ORDER BY a.id;
-- name: hunt_count_star_whole_row
SELECT count(a.*), count(b) FROM accounts a LEFT JOIN bills b ON b.account_id = a.id AND b.paid;
-- name: hunt_row_constructor_star
SELECT ROW(a.*)::text FROM accounts a ORDER BY a.id;
-- name: hunt_row_star_is_null
SELECT a.id FROM accounts a WHERE (a.*) IS NOT NULL ORDER BY 1;
-- name: hunt_row_star_comparison
SELECT a.id FROM accounts a WHERE ROW(a.*) = ROW(a.*) ORDER BY 1;
-- name: hunt_whole_row_is_null_with_shadow_null
SELECT a.id, a IS NULL, a IS NOT NULL FROM accounts a ORDER BY 1;
-- name: hunt_only_and_descendants_shadow
SELECT loyalty FROM ONLY accounts WHERE id = 1 UNION ALL SELECT loyalty FROM accounts* WHERE id = 4;
-- name: hunt_account_label_star_join
SELECT account_label(a.*), a.tier FROM accounts a ORDER BY a.id;
-- name: hunt_account_label_attribute_grouped
SELECT a.account_label, count(*) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY 1;
-- name: hunt_landing_join_both_schemas_star
SELECT * FROM public.accounts p JOIN sales.accounts s USING (id) ORDER BY id;
-- name: hunt_landing_natural_both_schemas
SELECT * FROM public.accounts NATURAL JOIN sales.accounts ORDER BY id;
-- name: hunt_landing_group_by_score
SELECT score, count(*) FROM sales.accounts GROUP BY score ORDER BY 1;
-- name: hunt_two_schemas_unaliased_star
SELECT * FROM public.accounts, sales.accounts WHERE public.accounts.id = sales.accounts.id ORDER BY 1;
-- name: hunt_two_schemas_unaliased_whole_rows
SELECT public.accounts, sales.accounts FROM public.accounts JOIN sales.accounts ON public.accounts.id = sales.accounts.id ORDER BY public.accounts.id;
-- name: hunt_lateral_values_shadow
SELECT a.id, v.x FROM accounts a, LATERAL (VALUES (a.loyalty), (a.id * 100)) v(x) ORDER BY 1, 2;
-- name: hunt_lateral_unnest_labels_ordinality
SELECT a.id, l.label, l.n FROM accounts a CROSS JOIN LATERAL unnest(a.labels) WITH ORDINALITY AS l(label, n) ORDER BY 1, 3;
-- name: hunt_rows_from_shadow
SELECT a.id, r.* FROM accounts a, ROWS FROM (unnest(a.labels), generate_series(1, a.loyalty)) r ORDER BY 1, 2, 3;
-- name: hunt_order_by_using_operator
SELECT id, loyalty FROM accounts ORDER BY loyalty USING >, id;
-- name: hunt_array_slice_shadow
SELECT id, labels[1:1], (labels)[2] FROM accounts ORDER BY id;
-- name: hunt_any_array_subquery
SELECT id FROM tags WHERE loyalty = ANY (ARRAY(SELECT loyalty FROM accounts WHERE loyalty IS NOT NULL)) ORDER BY id;
-- name: hunt_in_subquery_shadow_both
SELECT id FROM accounts WHERE loyalty IN (SELECT loyalty FROM tags) ORDER BY id;
-- name: hunt_not_in_with_null_shadow
SELECT id FROM tags WHERE loyalty NOT IN (SELECT loyalty FROM accounts WHERE id IN (1, 4)) ORDER BY id;
-- name: hunt_scalar_subquery_multiple_rows_error
-- expect: 21000
SELECT (SELECT tier FROM accounts WHERE tier IS NOT NULL);
-- name: hunt_division_by_shadow_zero
-- expect: 22012
SELECT id / loyalty FROM accounts WHERE id = 8;
-- name: hunt_cast_shadow_error
-- expect: 22P02
SELECT tier::int FROM accounts WHERE id = 1;
-- name: hunt_position_of_error_after_served_from
-- expect: 42703
SELECT a.loyalty FROM accounts a JOIN bills b ON b.account_id = a.id WHERE b.nope = 1;
-- name: hunt_error_ambiguous_after_natural
-- expect: 42702
SELECT id FROM accounts NATURAL JOIN tags JOIN bills ON bills.account_id = accounts.id;
-- name: hunt_error_using_missing_on_one_side
-- expect: 42703
SELECT * FROM accounts JOIN bills USING (tier);
-- name: hunt_error_using_shadow_ambiguous_side
-- expect: 42702
SELECT * FROM accounts a JOIN accounts b ON a.id = b.id JOIN tags USING (loyalty);
-- name: hunt_error_natural_then_qualified
SELECT accounts.loyalty, tags.loyalty, loyalty FROM accounts NATURAL JOIN tags ORDER BY 1;
-- name: hunt_error_duplicate_alias
-- expect: 42712
SELECT loyalty FROM accounts a, bills a;
-- name: hunt_error_same_table_twice
-- expect: 42712
SELECT accounts.loyalty FROM accounts, accounts;
-- name: hunt_error_column_alias_list_too_long
-- expect: 42P10
SELECT * FROM accounts AS a(a1, a2, a3, a4, a5, a6, a7, a8, a9);
-- name: hunt_error_order_by_position_out_of_range
-- expect: 42P10
SELECT loyalty FROM accounts ORDER BY 2;
-- name: hunt_error_group_by_star_ungrouped
-- expect: 42803
SELECT * FROM accounts GROUP BY name;
-- name: hunt_error_window_ref_shadow_unknown
-- expect: 42703
SELECT sum(loyalty) OVER (PARTITION BY tiers) FROM accounts;
-- name: hunt_error_aggregate_in_where
-- expect: 42803
SELECT id FROM accounts WHERE max(loyalty) > 1;
-- name: hunt_error_set_op_column_count
-- expect: 42601
SELECT loyalty, tier FROM accounts UNION SELECT loyalty FROM tags;
-- name: hunt_error_set_op_types
-- expect: 42804
SELECT mood FROM accounts UNION SELECT loyalty FROM tags;
-- name: hunt_error_order_by_not_in_distinct
-- expect: 42P10
SELECT DISTINCT tier FROM accounts ORDER BY loyalty;
-- name: hunt_error_order_by_set_op_expression
-- expect: 0A000
SELECT loyalty FROM accounts UNION SELECT loyalty FROM tags ORDER BY loyalty + 1;
-- name: hunt_param_described_types
-- params: ["sad", "{a}", "2024-12-31", "x"]
SELECT a.id FROM accounts a JOIN bills b ON b.account_id = a.id WHERE a.mood = $1 OR a.labels = $2 OR b.due = $3 OR a.tier = $4 ORDER BY 1;
-- name: hunt_param_in_values_joined_using
-- params: ["10"]
SELECT * FROM (VALUES ($1::int)) v(loyalty) JOIN accounts USING (loyalty);
-- name: hunt_param_case_then_shadow
-- params: ["t"]
SELECT id, CASE WHEN $1::boolean THEN loyalty END FROM accounts ORDER BY id;
-- name: hunt_param_nick_compare
-- params: ["anon"]
SELECT "Id" FROM "Users" WHERE "Nick" = $1 ORDER BY 1;
-- name: hunt_param_between_due
-- params: ["2024-01-01", "2024-12-31"]
SELECT id FROM bills WHERE due BETWEEN $1 AND $2 ORDER BY id;
-- name: hunt_param_any_labels
-- params: ["vip"]
SELECT id FROM accounts WHERE $1 = ANY (labels) ORDER BY id;
-- name: hunt_param_is_distinct_from_shadow
-- params: [null]
SELECT id FROM accounts WHERE loyalty IS NOT DISTINCT FROM $1 ORDER BY id;
-- name: hunt_param_in_row_in_subquery
-- params: ["3"]
SELECT id FROM accounts a WHERE (a.loyalty, a.id) IN (SELECT $1::int, 5) ORDER BY 1;
-- name: hunt_whole_row_union
SELECT a FROM accounts a WHERE a.id < 3 UNION SELECT b FROM accounts b WHERE b.id < 2 ORDER BY 1;
-- name: hunt_whole_row_intersect
SELECT a FROM accounts a INTERSECT SELECT b FROM accounts b WHERE b.loyalty > 0;
-- name: hunt_whole_row_in_set
SELECT a.id FROM accounts a WHERE a IN (SELECT x FROM accounts x WHERE x.loyalty > 1) ORDER BY 1;
-- name: hunt_whole_row_case
SELECT CASE WHEN a.loyalty > 5 THEN a END FROM accounts a ORDER BY a.id;
-- name: hunt_gadgets_whole_row_order_error
-- expect: 42883
SELECT g.id FROM gadgets g ORDER BY g;
-- name: hunt_gadgets_whole_row_distinct_error
-- expect: 42883
SELECT DISTINCT g FROM gadgets g;
-- name: hunt_gadgets_whole_row_equal_error
-- expect: 42883
SELECT g.id FROM gadgets g, gadgets h WHERE g = h;
-- name: hunt_gadgets_whole_row_union_all
SELECT g FROM gadgets g WHERE g.id = 1 UNION ALL SELECT h FROM gadgets h WHERE h.id = 2;
-- name: hunt_json_populate_record_whole_row
-- refused
SELECT (json_populate_record(a, '{"loyalty": 99}')).loyalty FROM accounts a WHERE a.id = 1;
-- name: hunt_lateral_row_function
SELECT a.id, l FROM accounts a, LATERAL account_label(a) l WHERE a.loyalty IS NOT NULL ORDER BY 1;
-- name: hunt_schema_qualified_row_function
SELECT public.account_label(a), a.mood FROM accounts a ORDER BY a.id;
-- name: hunt_column_alias_natural_join
SELECT * FROM accounts a(id, n, e, c, l) NATURAL JOIN (VALUES (10), (3)) v(l) ORDER BY id;
-- name: hunt_column_alias_using_shadow_renamed
SELECT l, a.n FROM accounts a(id, n, e, c, l) JOIN tags t ON t.id = a.id JOIN (VALUES (10)) v(l) USING (l);
-- name: hunt_column_alias_old_name_error
-- expect: 42703
SELECT a.loyalty FROM accounts a(id, n, e, c, l);
-- name: hunt_derived_same_name_inner_outer
SELECT accounts.id, (SELECT count(*) FROM accounts x WHERE x.loyalty <= accounts.loyalty) FROM accounts ORDER BY 1;
-- name: hunt_unaliased_table_in_nested_subquery
SELECT id FROM accounts WHERE loyalty > (SELECT avg(loyalty) FROM accounts) ORDER BY id;
-- name: hunt_schema_qualified_column_in_where_and_order
SELECT public.accounts.id FROM public.accounts WHERE public.accounts.loyalty IS NULL ORDER BY public.accounts.tier NULLS FIRST, 1;
-- name: hunt_schema_qualified_in_subquery_correlated
SELECT b.id FROM bills b WHERE EXISTS (SELECT 1 FROM public.accounts WHERE public.accounts.id = b.account_id AND public.accounts.tier IS NOT NULL) ORDER BY 1;
-- name: hunt_schema_qualified_star_and_column
SELECT public.accounts.*, public.accounts.loyalty + 1 FROM public.accounts ORDER BY 1;
-- name: hunt_sales_and_public_in_subquery
SELECT p.id, (SELECT score FROM sales.accounts WHERE sales.accounts.id = p.id) FROM public.accounts p ORDER BY 1;
-- name: hunt_sales_unaliased_correlated_public
SELECT accounts.id, accounts.score FROM sales.accounts WHERE EXISTS (SELECT 1 FROM public.accounts p WHERE p.id = accounts.id AND p.tier IS NOT NULL) ORDER BY 1;
-- name: hunt_two_accounts_unqualified_ambiguous_table
SELECT sales.accounts.score, public.accounts.tier FROM sales.accounts JOIN public.accounts ON sales.accounts.id = public.accounts.id ORDER BY 1;
-- name: hunt_view_join_served
SELECT r.name, a.tier FROM rich_accounts r JOIN accounts a USING (id) ORDER BY r.id;
-- name: hunt_view_shadow_column_error
-- expect: 42703
SELECT r.loyalty FROM rich_accounts r;
-- name: hunt_view_natural_join_served
SELECT * FROM rich_accounts NATURAL JOIN accounts ORDER BY id;
-- name: hunt_system_column_of_unwrapped_with_star_of_wrapped
SELECT b.id, a.* FROM accounts a JOIN tags b ON b.id = a.id WHERE b.xmin IS NOT NULL ORDER BY 1;
-- name: hunt_output_alias_named_like_system
SELECT loyalty AS xmin FROM accounts ORDER BY xmin NULLS FIRST, 1;
-- name: hunt_values_scalar_subquery_shadow
SELECT * FROM (VALUES ((SELECT loyalty FROM accounts WHERE id = 1)), ((SELECT tier::int FROM accounts WHERE id = 8))) v(x) ORDER BY 1;
-- name: hunt_exists_with_limit_offset_shadow
SELECT id FROM accounts a WHERE EXISTS (SELECT 1 FROM bills b WHERE b.account_id = a.id ORDER BY b.paid LIMIT 1 OFFSET 1) ORDER BY 1;
-- name: hunt_fetch_first_with_ties_shadow
SELECT id, loyalty FROM accounts ORDER BY loyalty DESC NULLS LAST FETCH FIRST 2 ROWS WITH TIES;
-- name: hunt_group_by_rollup_shadow_pair
SELECT mood, tier IS NULL AS no_tier, count(*) FROM accounts GROUP BY ROLLUP (mood, tier IS NULL) ORDER BY 1, 2;
-- name: hunt_grouping_function_shadow
SELECT mood, GROUPING(mood), sum(loyalty) FROM accounts GROUP BY CUBE (mood) ORDER BY 1 NULLS LAST;
-- name: hunt_having_without_group_shadow
SELECT count(*) FROM accounts HAVING max(loyalty) > 5;
-- name: hunt_aggregate_distinct_shadow
SELECT count(DISTINCT tier), array_agg(DISTINCT mood ORDER BY mood) FROM accounts;
-- name: hunt_window_lag_lead_shadow
SELECT id, lag(tier) OVER w, lead(loyalty, 2, -1) OVER w FROM accounts WINDOW w AS (ORDER BY id) ORDER BY id;
-- name: hunt_window_named_inherits_partition
SELECT id, sum(loyalty) OVER (w ORDER BY id) FROM accounts WINDOW w AS (PARTITION BY mood) ORDER BY id;
-- name: hunt_window_groups_frame
SELECT id, count(*) OVER (ORDER BY mood GROUPS BETWEEN CURRENT ROW AND 1 FOLLOWING) FROM accounts ORDER BY id;
-- name: hunt_nested_aggregate_window
SELECT mood, sum(sum(loyalty)) OVER () FROM accounts GROUP BY mood ORDER BY 1;
-- name: hunt_xmlelement_shadow
SELECT xmlelement(name a, xmlattributes(tier AS t), loyalty)::text FROM accounts ORDER BY id;
-- name: hunt_format_named_position
SELECT format('%2$s/%1$s', tier, loyalty) FROM accounts ORDER BY id;
-- name: hunt_jsonb_path_over_to_jsonb
SELECT jsonb_path_query_array(to_jsonb(a), '$.labels[*]') FROM accounts a ORDER BY a.id;
-- name: hunt_to_jsonb_star_and_keys
SELECT id, (SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(to_jsonb(a.*)) k) FROM accounts a WHERE id = 1;
-- name: hunt_row_to_json_pretty_join_alias
SELECT row_to_json(j) FROM (accounts a JOIN bills b ON b.account_id = a.id) j ORDER BY row_to_json(j)::text;
-- name: hunt_join_alias_star
SELECT j.* FROM (accounts JOIN bills USING (id)) AS j(i) ORDER BY 1;
-- name: hunt_join_alias_hides_members
-- expect: 42P01
SELECT accounts.loyalty FROM (accounts JOIN bills USING (id)) AS j;
-- name: hunt_using_alias_qualified
SELECT x.id, tier FROM accounts JOIN bills USING (id) AS x ORDER BY 1;
-- name: hunt_multi_statement_group_by_using
-- expect: 42803
SELECT 1; SELECT id, b.paid FROM accounts a LEFT JOIN bills b USING (id) GROUP BY id;
-- name: hunt_prepared_group_by_using_param
-- params: ["1"]
SELECT id, a.tier, count(*) FROM accounts a JOIN bills b USING (id) WHERE id >= $1::int GROUP BY id ORDER BY id;
-- name: hunt_nested_using_joins_grouped
SELECT id, a.tier, count(*) FROM accounts a JOIN bills b USING (id) JOIN tags t USING (id) GROUP BY id ORDER BY 1;
-- name: hunt_nested_using_full_inner_grouped
-- expect: 42803
SELECT id, t.label FROM (accounts a FULL JOIN bills b USING (id)) JOIN tags t USING (id) GROUP BY id;
-- name: hunt_group_by_using_inside_subquery_right_join
SELECT s.id, s.paid FROM (SELECT id, b.paid FROM accounts a RIGHT JOIN bills b USING (id) GROUP BY id) s ORDER BY 1;
-- name: hunt_gadgets_whole_row_group_by_error
-- expect: 42883
SELECT count(*) FROM gadgets g GROUP BY g;
-- name: hunt_gadgets_whole_row_distinct_on_error
-- expect: 42883
SELECT DISTINCT ON (g) g.id FROM gadgets g;
-- name: hunt_gadgets_whole_row_aggregate_order_error
-- expect: 42883
SELECT array_agg(g.id ORDER BY g) FROM gadgets g;
-- name: hunt_gadgets_whole_row_window_order_error
-- expect: 42883
SELECT row_number() OVER (ORDER BY g) FROM gadgets g;
-- name: hunt_gadgets_whole_row_union_error
-- expect: 42883
SELECT g FROM gadgets g UNION SELECT h FROM gadgets h;
-- name: hunt_gadgets_whole_row_order_using
SELECT g.id FROM gadgets g ORDER BY g USING <;
-- name: hunt_accounts_whole_row_order_desc_nulls
SELECT a.id FROM accounts a ORDER BY a DESC NULLS LAST;
-- name: hunt_json_populate_record_whole_row_in_from
-- refused
SELECT p.loyalty FROM accounts a, LATERAL jsonb_populate_record(a, '{"loyalty": 1}') p WHERE a.id = 2;
-- name: hunt_json_populate_record_whole_row_star
-- refused
SELECT (jsonb_populate_record(a, '{"tier": "t"}')).* FROM accounts a WHERE a.id = 2;
-- name: hunt_json_populate_record_whole_row_text
SELECT json_populate_record(a, '{"loyalty": 99}')::text FROM accounts a ORDER BY a.id;
-- name: pg_typeof_whole_row_names_the_row_type
SELECT pg_typeof(a), pg_typeof(a.*), pg_typeof(b) FROM accounts a JOIN bills b ON b.account_id = a.id WHERE a.id = 1 ORDER BY b.id;
-- name: pg_typeof_whole_row_beside_a_shadow_column
SELECT a.loyalty, pg_catalog.pg_typeof(a) FROM accounts a ORDER BY a.id;
-- name: hunt_gadgets_whole_row_order_by_output
-- expect: 42883
SELECT g FROM gadgets g ORDER BY g;
-- name: hunt_gadgets_whole_row_order_by_ordinal
-- expect: 42883
SELECT g.id, g FROM gadgets g ORDER BY 2;
-- name: hunt_gadgets_order_by_output_alias_named_like_table
SELECT g.id AS g FROM gadgets g ORDER BY g;
-- name: hunt_gadgets_group_by_output_alias_named_like_table
SELECT g.id AS g, count(*) FROM gadgets g GROUP BY g ORDER BY 1;
-- name: hunt_gadgets_whole_row_group_by_output
-- expect: 42883
SELECT g FROM gadgets g GROUP BY g;
-- name: hunt_gadgets_whole_row_distinct_on_ordinal
-- expect: 42883
SELECT DISTINCT ON (2) g.id, g FROM gadgets g;
-- name: hunt_gadgets_whole_row_window_order_in_select_list
-- expect: 42883
SELECT g, rank() OVER (ORDER BY g) FROM gadgets g;
-- name: hunt_gadgets_whole_row_window_partition
-- expect: 42883
SELECT count(*) OVER (PARTITION BY g) FROM gadgets g;
-- name: hunt_gadgets_whole_row_aggregate_order_own_argument
-- expect: 42883
SELECT array_agg(g ORDER BY g) FROM gadgets g;
-- name: hunt_gadgets_whole_row_count_distinct
-- expect: 42883
SELECT count(DISTINCT g) FROM gadgets g;
-- name: hunt_gadgets_whole_row_in_subquery
SELECT count(*) FROM gadgets g WHERE g.id = 1 AND g IN (SELECT h FROM gadgets h WHERE h.id = 2);
-- name: hunt_gadgets_whole_row_refusal_mid_string
-- expect: 42883
SELECT 1; SELECT DISTINCT g FROM gadgets g; SELECT 2;
-- name: hunt_gadgets_whole_row_intersect_second_branch
-- expect: 42883
SELECT h FROM gadgets h EXCEPT (SELECT g FROM gadgets g INTERSECT SELECT g FROM gadgets g);
-- name: hunt_gadgets_whole_row_union_all_ordered
-- expect: 42883
SELECT g FROM gadgets g UNION ALL SELECT h FROM gadgets h ORDER BY 1;
-- name: hunt_gadgets_whole_row_cursor
-- expect: 42883
DECLARE hunt_c CURSOR FOR SELECT g.id FROM gadgets g ORDER BY g;
-- name: hunt_whole_row_compare_served_and_plain
SELECT 1 FROM accounts a, tags t WHERE a <> t;
-- name: hunt_whole_row_distinct_from_different_tables
SELECT 1 FROM accounts a JOIN bills b ON a IS DISTINCT FROM b;
-- name: hunt_whole_row_compare_same_table_other_alias
SELECT a.id, b.id FROM accounts a, accounts b WHERE a < b AND b.id = 2 ORDER BY 1;
-- name: hunt_whole_row_compare_row_constructor
SELECT a.id FROM accounts a WHERE a = ROW(1, 'Alice', 'alice@example.com', '2024-01-05'::date, 10, 'gold', 'happy'::mood, '{vip,early}'::text[]);
-- name: hunt_whole_row_compare_subquery_row
SELECT a.id FROM accounts a, (SELECT * FROM accounts WHERE id = 3) s WHERE a = s;
-- name: hunt_group_by_repair_after_non_ascii_statement
SELECT 'é'; SELECT a.id, a.tier, count(*) FROM accounts a JOIN bills b ON b.account_id = a.id WHERE a.name <> 'Zoë' GROUP BY a.id ORDER BY 1;
-- name: hunt_group_by_repair_non_ascii_alias
SELECT "ä".id, "ä".tier, count(*) FROM accounts "ä" JOIN bills b ON b.account_id = "ä".id GROUP BY "ä".id ORDER BY 1;
-- name: hunt_on_clause_references_right_item
-- expect: 42P01
SELECT 1 FROM accounts a JOIN bills b ON b.account_id = c.id JOIN tags c ON c.loyalty = a.loyalty;
-- name: hunt_on_clause_invalid_reference_later_table
-- expect: 42P01
SELECT a.tier FROM accounts a JOIN bills b ON b.paid = (t.loyalty > 0), tags t;
-- name: hunt_error_position_after_wrapped_non_ascii
-- expect: 42703
SELECT "ä".loyalty FROM accounts "ä" WHERE "ä".name = 'Zoë' AND "ä".nöpe = 1;
-- name: hunt_error_ungrouped_outer_in_subquery
-- expect: 42803
SELECT a.id, (SELECT b.paid) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id;
-- name: hunt_error_ungrouped_shadow_no_key
-- expect: 42803
SELECT a.name, a.tier FROM accounts a GROUP BY a.name;
-- name: hunt_values_statement_with_shadow_subquery
VALUES ((SELECT loyalty FROM accounts WHERE id = 1), 'x'), ((SELECT count(*) FROM accounts WHERE tier IS NULL)::int, 'y') ORDER BY 1;
-- name: hunt_values_union_served
VALUES (100) UNION ALL SELECT loyalty FROM accounts ORDER BY 1 NULLS FIRST;
-- name: hunt_table_order_limit
TABLE accounts ORDER BY loyalty DESC NULLS LAST, id LIMIT 3;
-- name: hunt_cte_table_form
WITH x AS (TABLE accounts) SELECT tier, loyalty FROM x ORDER BY id;
-- name: hunt_exists_in_select_list
SELECT a.id, EXISTS (SELECT 1 FROM bills b WHERE b.account_id = a.id AND b.paid) AS has_paid FROM accounts a ORDER BY 1;
-- name: hunt_inner_alias_shadows_outer_same_name
SELECT a.id, (SELECT a.tier FROM accounts a WHERE a.id = 1) FROM accounts a ORDER BY 1;
-- name: hunt_inheritance_natural_join_children
SELECT * FROM ONLY animals NATURAL JOIN (SELECT id, legs FROM dogs) d ORDER BY id;
-- name: hunt_inheritance_using_shadow_parent_child
SELECT legs, count(*) FROM animals a JOIN cats c USING (legs) GROUP BY legs ORDER BY 1;
-- name: hunt_partition_whole_row_json
SELECT to_jsonb(s) FROM shipments_eu s ORDER BY s.id;
-- name: hunt_partition_group_by_key_dependent
SELECT s.region, s.id, s.status, count(*) FROM shipments s GROUP BY s.region, s.id ORDER BY 1, 2;
-- name: hunt_partition_group_by_key_using
SELECT region, id, s.status FROM shipments s JOIN shipments_eu e USING (region, id) GROUP BY region, id ORDER BY 1, 2;
-- name: hunt_child_no_key_group_by
-- expect: 42803
SELECT d.id, d.legs FROM dogs d GROUP BY d.id;
-- name: hunt_star_of_natural_join_members
SELECT a.*, b.* FROM accounts a NATURAL JOIN bills b ORDER BY a.id;
-- name: hunt_star_of_using_join_right_member
SELECT b.*, id FROM accounts a JOIN bills b USING (id) ORDER BY id;
-- name: hunt_star_and_shadow_again
SELECT *, loyalty AS again FROM accounts ORDER BY id;
-- name: hunt_star_subquery_duplicate_names_ambiguous
-- expect: 42702
SELECT x.id FROM (SELECT a.*, b.* FROM accounts a JOIN bills b ON b.account_id = a.id) x;
-- name: hunt_star_subquery_duplicate_names_count
SELECT count(*), count(x.tier), count(x.paid) FROM (SELECT a.*, b.* FROM accounts a JOIN bills b ON b.account_id = a.id) x;
-- name: hunt_star_lateral_of_outer_star
SELECT s.* FROM accounts a JOIN LATERAL (SELECT a.*) s ON true ORDER BY s.id;
-- name: hunt_star_scalar_subquery_too_many_columns
-- expect: 42601
SELECT (SELECT a.*) FROM accounts a;
-- name: hunt_star_in_exists_subquery
SELECT id FROM bills b WHERE EXISTS (SELECT * FROM accounts a WHERE a.id = b.account_id AND a.tier = 'gold') ORDER BY 1;
-- name: hunt_star_in_cte_then_natural_join
WITH s AS (SELECT * FROM accounts WHERE loyalty IS NOT NULL) SELECT * FROM s NATURAL JOIN tags ORDER BY id;
-- name: hunt_star_except_columns_order
SELECT * FROM accounts EXCEPT SELECT * FROM accounts WHERE tier IS NULL ORDER BY 1;
-- name: hunt_quoted_alias_case_mismatch
-- expect: 42P01
SELECT "u"."Nick" FROM "Users" "U";
-- name: hunt_unquoted_alias_folds
SELECT U."Nick", u."Id" FROM "Users" AS U ORDER BY 2;
-- name: hunt_quoted_table_case_unknown
-- expect: 42P01
SELECT loyalty FROM "Accounts";
-- name: hunt_unquoted_users_unknown
-- expect: 42P01
SELECT "Nick" FROM Users;
-- name: hunt_long_alias_truncated
SELECT a_very_long_alias_name_that_goes_past_the_sixty_three_byte_limit_of_names.loyalty FROM accounts a_very_long_alias_name_that_goes_past_the_sixty_three_byte_limit_of_names_too ORDER BY 1;
-- name: hunt_long_alias_group_by_repair
SELECT x_very_long_alias_name_that_goes_past_the_sixty_three_byte_limit_of_names_1.id, x_very_long_alias_name_that_goes_past_the_sixty_three_byte_limit_of_names_2.tier, count(*) FROM accounts x_very_long_alias_name_that_goes_past_the_sixty_three_byte_limit_of_names_3 JOIN bills b ON b.account_id = x_very_long_alias_name_that_goes_past_the_sixty_three_byte_limit_of_names_4.id GROUP BY x_very_long_alias_name_that_goes_past_the_sixty_three_byte_limit_of_names_5.id ORDER BY 1;
-- name: hunt_row_function_grouped_by_key
SELECT account_label(a), count(*) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY 1;
-- name: hunt_row_function_on_other_schema_error
-- expect: 42883
SELECT account_label(s) FROM sales.accounts s;
-- name: hunt_row_function_attribute_other_schema_error
-- expect: 42703
SELECT s.account_label FROM sales.accounts s;
-- name: hunt_row_function_in_where_and_order
SELECT a.id FROM accounts a WHERE account_label(a) LIKE '%#1' OR a.tier = 'silver' ORDER BY account_label(a);
-- name: hunt_row_function_of_join_member_natural
SELECT account_label(a), b.paid FROM accounts a NATURAL JOIN bills b ORDER BY 1;
-- name: hunt_field_selection_of_function_notation
SELECT tier(a) || '!' , (a).tier || '?' FROM accounts a WHERE a.id < 3 ORDER BY a.id;
-- name: hunt_group_by_whole_row_served
SELECT a, count(b.id) FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a ORDER BY 2, 1;
-- name: hunt_group_by_whole_row_then_column_error
-- expect: 42803
SELECT a.tier FROM accounts a GROUP BY a;
-- name: hunt_order_by_whole_row_and_shadow
SELECT a.id FROM accounts a ORDER BY a.tier NULLS FIRST, a DESC;
-- name: hunt_distinct_whole_row_served
SELECT DISTINCT a FROM accounts a JOIN bills b ON b.account_id = a.id ORDER BY a;
-- name: hunt_partition_by_whole_row_served
SELECT a.id, count(*) OVER (PARTITION BY a) FROM accounts a JOIN bills b ON b.account_id = a.id ORDER BY 1;
-- name: hunt_group_by_scalar_subquery_correlated
SELECT (SELECT a.loyalty) AS l, count(*) FROM accounts a GROUP BY (SELECT a.loyalty) ORDER BY 1 NULLS FIRST;
-- name: hunt_join_on_subquery_shadow
SELECT a.id, b.id FROM accounts a JOIN bills b ON b.account_id = a.id AND b.paid = (SELECT t.loyalty > 0 FROM tags t WHERE t.id = 1) ORDER BY 1, 2;
-- name: hunt_partition_by_subquery
SELECT a.id, count(*) OVER (PARTITION BY (SELECT count(*) FROM bills b WHERE b.account_id = a.id AND b.paid)) FROM accounts a ORDER BY 1;
-- name: hunt_filter_with_subquery
SELECT count(*) FILTER (WHERE a.loyalty > (SELECT min(t.loyalty) FROM tags t)) FROM accounts a;
-- name: hunt_array_index_subquery
SELECT a.id, a.labels[(SELECT count(*) FROM bills b WHERE b.account_id = a.id AND b.paid)::int] FROM accounts a ORDER BY 1;
-- name: hunt_schema_qualified_group_by_repair
SELECT public.accounts.id, public.accounts.tier, count(*) FROM public.accounts JOIN bills ON bills.account_id = public.accounts.id GROUP BY public.accounts.id ORDER BY 1;
-- name: hunt_window_in_where_error
-- expect: 42P20
SELECT loyalty FROM accounts WHERE row_number() OVER (ORDER BY loyalty) > 1;
-- name: hunt_window_over_pk_grouped
SELECT id, loyalty, sum(loyalty) OVER () FROM accounts GROUP BY id ORDER BY 1;
-- name: hunt_aggregate_of_aggregate_error
-- expect: 42803
SELECT sum(max(loyalty)) FROM accounts;
-- name: hunt_lateral_duplicate_name_error
-- expect: 42712
SELECT 1 FROM accounts, LATERAL (SELECT tier) x, accounts;
-- name: hunt_column_alias_list_using
SELECT x, a.n FROM accounts AS a(x, n) JOIN bills b ON b.id = a.x JOIN (SELECT 1 AS x) y USING (x) ORDER BY 1;
-- name: hunt_nested_lateral_three_levels
SELECT a.id, s.v FROM accounts a, LATERAL (SELECT (SELECT max(b.amount) FROM bills b WHERE b.account_id = a.id AND (b.paid OR a.loyalty > 5)) AS v) s ORDER BY 1;
-- name: hunt_correlated_in_having_of_subquery
SELECT a.id FROM accounts a WHERE 1 <= (SELECT count(*) FROM bills b WHERE b.account_id = a.id GROUP BY b.account_id HAVING max(b.amount) > coalesce(a.loyalty, 0)) ORDER BY 1;
-- name: hunt_recursive_cte_joined_twice
WITH RECURSIVE r(n, l) AS (SELECT 1, (SELECT loyalty FROM accounts WHERE id = 1) UNION ALL SELECT n + 1, (SELECT a.loyalty FROM accounts a WHERE a.id = n + 1) FROM r WHERE n < 5) SELECT r.n, r.l, a.tier FROM r JOIN accounts a ON a.id = r.n ORDER BY 1;
-- name: hunt_recursive_union_distinct_shadow
WITH RECURSIVE r(m) AS (SELECT mood FROM accounts WHERE id = 1 UNION SELECT a.mood FROM r JOIN accounts a ON a.mood > r.m) SELECT m FROM r ORDER BY m;
-- name: hunt_in_values_list_of_outer_shadow
SELECT a.id FROM accounts a WHERE 10 IN (VALUES (a.loyalty), (a.id)) ORDER BY 1;
-- name: hunt_case_when_exists_order
SELECT a.id, CASE WHEN EXISTS (SELECT 1 FROM bills b WHERE b.account_id = a.id AND b.due > '2024-12-31') THEN 'late' WHEN a.tier IS NULL THEN 'none' ELSE a.tier END AS s FROM accounts a ORDER BY s, 1;
-- name: hunt_any_all_subquery_shadow
SELECT id FROM accounts WHERE loyalty > ALL (SELECT loyalty FROM tags WHERE loyalty IS NOT NULL) ORDER BY 1;
-- name: hunt_some_subquery_enum
SELECT id FROM accounts WHERE mood = SOME (SELECT mood FROM accounts WHERE tier = 'bronze') ORDER BY 1;
-- name: hunt_param_limit_offset_subquery
-- params: ["2", "1"]
SELECT id, tier FROM accounts WHERE tier IS NOT NULL ORDER BY id LIMIT $1 OFFSET $2;
-- name: hunt_param_in_lateral
-- params: ["5"]
SELECT a.id, s.x FROM accounts a, LATERAL (SELECT a.loyalty > $1::int AS x) s ORDER BY 1;
-- name: hunt_param_unknown_in_union_with_shadow
-- params: ["7"]
SELECT loyalty FROM accounts WHERE id = 4 UNION SELECT $1 ORDER BY 1;
-- name: hunt_param_compared_to_enum_array
-- params: ["{sad,grumpy}"]
SELECT id FROM accounts WHERE mood = ANY ($1) ORDER BY 1;
-- name: hunt_param_typed_by_coalesce_two_shadows
-- params: ["0"]
SELECT id, coalesce(a.loyalty, t.loyalty, $1) FROM accounts a LEFT JOIN tags t USING (id) ORDER BY 1;
-- name: hunt_group_by_key_through_join_alias
SELECT j.id, j.tier, count(*) FROM (accounts a JOIN bills b ON b.account_id = a.id) AS j(id) GROUP BY j.id ORDER BY 1;
-- name: hunt_group_by_key_through_join_alias_renamed
SELECT j.k, j.t, count(*) FROM (accounts JOIN bills USING (id)) AS j(k, n, e, c, l, t) GROUP BY j.k ORDER BY 1;
-- name: hunt_group_by_key_through_join_alias_star
SELECT j.*, count(*) OVER () FROM (accounts JOIN tags USING (id)) j GROUP BY j.id ORDER BY 1;
-- name: hunt_group_by_key_through_join_alias_shadow_renamed
SELECT j.k, j.pts, j.tier, count(*) FROM (accounts a JOIN bills b ON b.account_id = a.id) AS j(k, n, e, c, pts) GROUP BY j.k ORDER BY 1;
-- name: hunt_join_alias_column_list_reaches_shadow
SELECT j.t FROM (accounts JOIN tags USING (id)) AS j(i, n, e, c, l, t) ORDER BY j.i;
-- name: hunt_join_alias_column_list_past_all_columns
-- expect: 42P10
SELECT 1 FROM (accounts JOIN tags USING (id)) AS j(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11);
-- name: hunt_group_by_key_through_join_alias_whole_row
SELECT j.id, row_to_json(j) FROM (accounts JOIN tags USING (id)) j GROUP BY j.id, j.label, j.loyalty ORDER BY 1;
-- name: hunt_group_by_key_two_schemas_grouping_sets_named
SELECT public.accounts.id, public.accounts.tier, sales.accounts.region, count(*) FROM public.accounts JOIN sales.accounts USING (id) GROUP BY public.accounts.id, sales.accounts.id, ROLLUP (public.accounts.tier) ORDER BY 1, 2 NULLS LAST;
-- name: hunt_schema_qualified_outer_reference_past_same_name
SELECT public.accounts.id, (SELECT sales.accounts.score FROM sales.accounts WHERE sales.accounts.id = public.accounts.id) FROM public.accounts ORDER BY 1;
-- name: hunt_schema_qualified_outer_shadow_past_same_name
SELECT accounts.id, accounts.region FROM sales.accounts WHERE EXISTS (SELECT 1 FROM public.accounts WHERE public.accounts.id = sales.accounts.id AND sales.accounts.score > public.accounts.loyalty) ORDER BY 1;
-- name: hunt_bare_outer_reference_captured_by_inner_same_name
SELECT accounts.id FROM sales.accounts WHERE EXISTS (SELECT 1 FROM public.accounts WHERE accounts.tier IS NOT NULL AND public.accounts.id = sales.accounts.id) ORDER BY 1;
-- name: hunt_schema_qualified_whole_row_past_same_name
SELECT (SELECT count(*) FROM sales.accounts WHERE sales.accounts.id <= public.accounts.id), row_to_json(public.accounts.*) FROM public.accounts ORDER BY public.accounts.id;
-- name: hunt_schema_qualified_row_function_past_same_name
SELECT account_label(accounts), (SELECT sales.accounts.score FROM sales.accounts WHERE sales.accounts.id = public.accounts.id) FROM public.accounts ORDER BY 1;
-- name: hunt_schema_qualified_grouped_past_same_name
SELECT public.accounts.id, public.accounts.tier, (SELECT max(sales.accounts.score) FROM sales.accounts WHERE sales.accounts.id = public.accounts.id) FROM public.accounts JOIN bills ON bills.account_id = public.accounts.id GROUP BY public.accounts.id ORDER BY 1;
-- name: hunt_landing_column_alias_list
SELECT sc, r FROM sales.accounts AS s(i, r, sc) ORDER BY i;
-- name: hunt_landing_table_form
TABLE sales.accounts ORDER BY id;
-- name: hunt_landing_whole_row_unaliased
SELECT sales.accounts FROM sales.accounts ORDER BY id;
-- name: hunt_landing_using_score
SELECT score, s.id, p.id FROM sales.accounts s JOIN public.accounts p ON p.id = s.id JOIN (VALUES (99), (20)) v(score) USING (score) ORDER BY 1;
-- name: hunt_landing_system_column
SELECT s.id, s.score, s.xmin IS NOT NULL FROM sales.accounts s ORDER BY 1;
-- name: hunt_landing_group_by_key_whole_row
SELECT s, count(*) FROM sales.accounts s JOIN public.accounts p USING (id) GROUP BY s.id ORDER BY 2, 1;
-- name: hunt_landing_star_search_path_string
SET search_path = sales, public; SELECT * FROM accounts ORDER BY id; SELECT accounts.score FROM accounts WHERE id = 2; RESET search_path;
-- name: hunt_in_subquery_with_set_operation
SELECT id FROM accounts WHERE loyalty IN (SELECT loyalty FROM tags UNION SELECT stars FROM notes) ORDER BY 1;
-- name: hunt_exists_with_intersect
SELECT a.id FROM accounts a WHERE EXISTS (SELECT a.tier INTERSECT SELECT 'gold') ORDER BY 1;
-- name: hunt_cte_twice_different_aliases
WITH c AS (SELECT id, loyalty, tier FROM accounts) SELECT x.id, y.tier FROM c x JOIN c y ON y.loyalty = x.loyalty AND y.id <> x.id ORDER BY 1, 2;
-- name: hunt_distinct_on_after_using
SELECT DISTINCT ON (id) id, b.paid, a.tier FROM accounts a JOIN bills b USING (id) ORDER BY id, b.paid DESC;
-- name: hunt_double_parenthesized_join
SELECT a.tier, b.paid FROM ((accounts a JOIN bills b ON b.account_id = a.id)) WHERE b.id < 4 ORDER BY b.id;
-- name: hunt_only_parenthesized_alias
SELECT a.loyalty FROM ONLY (accounts) a WHERE a.id = 1;
-- name: hunt_parenthesized_join_only_inside
SELECT tier FROM (ONLY accounts JOIN bills ON bills.account_id = accounts.id) ORDER BY bills.id LIMIT 3;
-- name: hunt_quoted_alias_with_space
SELECT "a b".loyalty, "a b"."tier" FROM accounts AS "a b" ORDER BY "a b".id;
-- name: hunt_window_range_interval_on_due
SELECT id, count(*) OVER (ORDER BY due RANGE BETWEEN '200 days' PRECEDING AND CURRENT ROW) FROM bills ORDER BY id;
-- name: hunt_order_by_collate_shadow
SELECT tier FROM accounts WHERE tier IS NOT NULL ORDER BY tier COLLATE "C" DESC;
-- name: hunt_group_by_collate_shadow
SELECT tier COLLATE "C", count(*) FROM accounts GROUP BY tier COLLATE "C" ORDER BY 1 NULLS FIRST;
-- name: hunt_non_ascii_ilike_shadow
SELECT "Id" FROM "Users" WHERE "Nick" ILIKE 'zoë%' OR upper("Nick") = 'ZOË ✓' ORDER BY 1;
-- name: hunt_jsonb_agg_path_whole_row
SELECT (jsonb_agg(a ORDER BY a.id) -> 0) ->> 'tier', jsonb_agg(a.labels ORDER BY a.id) -> 0 FROM accounts a;
-- name: hunt_multi_statement_grouped_then_error_position
-- expect: 42703
SELECT "ä".id, "ä".tier FROM accounts "ä" JOIN bills b ON b.account_id = "ä".id GROUP BY "ä".id; SELECT 'ü' AS x, a.nöpe FROM accounts a;
-- name: hunt_multi_statement_refused_row_then_fine
-- expect: 42883
SELECT loyalty FROM accounts WHERE id = 1; SELECT g FROM gadgets g ORDER BY g; SELECT 3;
-- name: hunt_error_in_having_after_group_by_repair
-- expect: 42703
SELECT a.id, a.tier FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id HAVING count(*) > 0 AND a.nöpe IS NULL;
-- name: hunt_error_in_order_by_after_join_alias_repair
-- expect: 42703
SELECT j.k, j.t FROM (accounts JOIN bills USING (id)) AS j(k, n, e, c, l, t) GROUP BY j.k ORDER BY j.zz;
-- name: hunt_error_position_after_renamed_schema_tables
-- expect: 42703
SELECT (SELECT sales.accounts.score FROM sales.accounts WHERE sales.accounts.id = public.accounts.id), public.accounts.nope FROM public.accounts;
-- name: hunt_whole_row_text_cast_like
SELECT a.id FROM accounts a WHERE a::text LIKE '%gold%' OR a::text LIKE '%sad%' ORDER BY 1;
-- name: hunt_row_to_json_pretty_flag
SELECT row_to_json(a, true) FROM accounts a WHERE a.id = 1;
-- name: hunt_natural_self_join_all_columns
SELECT count(*) FROM accounts a NATURAL JOIN accounts b;
-- name: hunt_field_star_grouped_by_key
SELECT (a).*, count(b.id) FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY 1;
-- name: hunt_whole_row_star_equality
SELECT a.id, b.id FROM accounts a, accounts b WHERE (a.*) = (b.*) ORDER BY 1;
-- name: hunt_using_bigint_values_shadow
SELECT loyalty, pg_typeof(loyalty), a.id FROM (VALUES (10::bigint), (7)) v(loyalty) JOIN accounts a USING (loyalty) ORDER BY 1;

-- ---------------------------------------------------------------- hunt r2: defaults the planner must not fold
-- A column with nothing parked (events has no primary key, orders no parked rows) reads its
-- default; a real column's value is computed only for the rows that reach it.
-- name: hunt_r2_fold_case_arm_not_taken
SELECT kind, CASE WHEN kind = 'nope' THEN 10 / seen::int ELSE 0 END FROM events ORDER BY payload;
-- name: hunt_r2_fold_where_after_other_condition
SELECT kind FROM events WHERE kind = 'nope' AND seen::int / 0 = 1;
-- name: hunt_r2_fold_select_list_no_rows
SELECT 1 / seen::int FROM events WHERE kind = 'nope';
-- name: hunt_r2_fold_empty_table
SELECT qty / (qty - 1), 10 / (qty - 1) FROM orders;
-- name: hunt_r2_fold_delete_target_where
DELETE FROM events WHERE kind = 'nope' AND 1 / seen::int = 1;
-- name: hunt_r2_fold_update_target_returning
UPDATE events SET payload = payload WHERE kind = 'nope' RETURNING 1 / seen::int;
-- name: hunt_r2_fold_update_target_case
UPDATE events SET payload = payload || '' WHERE kind = 'login' RETURNING kind, CASE WHEN kind = 'nope' THEN 1 / seen::int END;
-- name: hunt_r2_fold_insert_returning_case
INSERT INTO events (kind, payload) VALUES ('x', 'y') RETURNING kind, CASE WHEN kind = 'nope' THEN 1 / seen::int END;
-- name: hunt_r2_fold_upsert_excluded_case
INSERT INTO accounts (id, name) VALUES (1, 'x') ON CONFLICT (id) DO UPDATE SET name = CASE WHEN EXCLUDED.name = 'nope' THEN (1 / EXCLUDED.loyalty)::text ELSE accounts.name END RETURNING id, name;
-- name: hunt_r2_fold_grouped_no_pk
SELECT seen, count(*), sum(CASE WHEN kind = 'nope' THEN 1 / seen::int END) FROM events GROUP BY seen;
-- name: hunt_r2_fold_outer_join_nullable_side
SELECT a.id, e.kind, e.seen FROM accounts a LEFT JOIN events e ON e.payload = a.name WHERE a.id < 3 ORDER BY 1;
-- name: hunt_r2_default_row_expr_group_ordinal
SELECT seen, count(*) FROM events GROUP BY 1;
-- name: hunt_r2_default_row_expr_distinct_on
SELECT DISTINCT ON (seen) seen, kind FROM events ORDER BY seen, payload;
-- name: hunt_r2_default_row_expr_window_partition
SELECT kind, seen, count(*) OVER (PARTITION BY seen ORDER BY payload) FROM events ORDER BY payload;
-- name: hunt_r2_default_row_expr_for_update
SELECT kind, seen FROM events WHERE NOT seen ORDER BY payload FOR UPDATE;
-- name: hunt_r2_default_row_expr_join_on_seen
SELECT a.payload, b.payload FROM events a JOIN events b ON a.seen = b.seen AND a.payload < b.payload ORDER BY 1, 2;
-- name: hunt_r2_default_row_expr_in_subquery
SELECT kind FROM events WHERE seen IN (SELECT paid FROM bills WHERE id = 2) ORDER BY payload;
-- name: hunt_r2_default_row_expr_grouping_sets_expr
SELECT seen OR kind = 'login', count(*) FROM events GROUP BY GROUPING SETS ((seen OR kind = 'login'), ()) ORDER BY 1 NULLS LAST;
-- name: hunt_r2_default_row_expr_scalar_default_param
-- params: ["false"]
SELECT kind FROM events WHERE seen = $1 ORDER BY payload;
-- name: hunt_r2_default_row_expr_count_distinct
SELECT count(DISTINCT seen), bool_or(seen) FROM events;

-- ---------------------------------------------------------------- hunt r2: FOR UPDATE OF a table whose derived table is renamed
-- Unaliased public.accounts and sales.accounts in one FROM list get derived tables of names
-- of their own; FOR UPDATE/SHARE OF accounts names the first FROM entry called accounts.
-- name: hunt_r2_lock_of_two_schemas_public_first
SELECT public.accounts.loyalty, sales.accounts.score FROM public.accounts, sales.accounts WHERE public.accounts.id = sales.accounts.id ORDER BY 1 FOR UPDATE OF accounts;
-- name: hunt_r2_lock_of_two_schemas_sales_first
SELECT sales.accounts.score, public.accounts.tier FROM sales.accounts JOIN public.accounts ON public.accounts.id = sales.accounts.id ORDER BY 1 FOR SHARE OF accounts NOWAIT;
-- name: hunt_r2_lock_of_two_schemas_listed_twice
SELECT public.accounts.id, public.accounts.mood FROM public.accounts, sales.accounts WHERE public.accounts.id = sales.accounts.id ORDER BY 1 FOR UPDATE OF accounts FOR SHARE OF accounts SKIP LOCKED;
-- name: hunt_r2_lock_of_captured_outer_name
SELECT public.accounts.id, public.accounts.loyalty FROM public.accounts WHERE EXISTS (SELECT 1 FROM sales.accounts WHERE sales.accounts.id = public.accounts.id AND sales.accounts.score > 10) ORDER BY 1 FOR NO KEY UPDATE OF accounts;
-- name: hunt_r2_lock_of_in_subquery
SELECT x.id FROM (SELECT public.accounts.id FROM public.accounts, sales.accounts WHERE public.accounts.id = sales.accounts.id AND public.accounts.loyalty > 0 FOR KEY SHARE OF accounts) x ORDER BY 1;
-- name: hunt_r2_lock_of_unknown_name
-- expect: 42P01
SELECT public.accounts.loyalty FROM public.accounts, sales.accounts WHERE public.accounts.id = sales.accounts.id FOR UPDATE OF acc;
-- name: hunt_r2_lock_of_qualified_name
-- expect: 42601
SELECT public.accounts.loyalty FROM public.accounts, sales.accounts WHERE public.accounts.id = sales.accounts.id FOR UPDATE OF public.accounts;
-- name: hunt_r2_lock_of_unaliased_quoted
SELECT "Id", "Nick" FROM "Users" WHERE "Id" = 1 FOR UPDATE OF "Users";

-- ---------------------------------------------------------------- hunt r2: a bare table name two schemas share
-- Unaliased public.accounts and sales.accounts in one FROM list: `accounts.c`, `accounts.*`
-- and `accounts` are ambiguous (42P09), also once a derived table stands for one of them.
-- name: hunt_r2_ambiguous_table_one_rewritten
-- expect: 42P09
SELECT accounts.id FROM public.accounts, sales.accounts WHERE public.accounts.loyalty > 0;
-- name: hunt_r2_ambiguous_table_both_rewritten
-- expect: 42P09
SELECT accounts.id FROM public.accounts, sales.accounts WHERE public.accounts.loyalty > sales.accounts.score;
-- name: hunt_r2_ambiguous_table_whole_row
-- expect: 42P09
SELECT accounts FROM public.accounts, sales.accounts WHERE public.accounts.loyalty > 0;
-- name: hunt_r2_ambiguous_table_star
-- expect: 42P09
SELECT accounts.* FROM public.accounts, sales.accounts WHERE public.accounts.loyalty > 0;
-- name: hunt_r2_ambiguous_table_in_join_where
-- expect: 42P09
SELECT public.accounts.tier FROM public.accounts JOIN sales.accounts ON public.accounts.id = sales.accounts.id WHERE accounts.region = 'north';
-- name: hunt_r2_ambiguous_table_shadow_column
-- expect: 42P09
SELECT accounts.loyalty FROM sales.accounts, public.accounts;
-- name: hunt_r2_ambiguous_table_after_non_ascii
-- expect: 42P09
SELECT 'Zoë' AS n, accounts.id FROM public.accounts, sales.accounts WHERE public.accounts.tier = 'gold';
-- name: hunt_r2_ambiguous_table_mid_string
-- expect: 42P09
SELECT tier FROM accounts WHERE id = 1; SELECT accounts.id FROM public.accounts, sales.accounts WHERE public.accounts.loyalty > 0;
-- name: hunt_r2_same_name_other_level_not_ambiguous
SELECT (SELECT accounts.region FROM sales.accounts WHERE sales.accounts.id = 1), public.accounts.loyalty FROM public.accounts WHERE public.accounts.loyalty > 5 ORDER BY 2;
-- name: hunt_r2_same_name_qualified_fine
SELECT public.accounts.id, public.accounts.loyalty, sales.accounts.score FROM public.accounts, sales.accounts WHERE public.accounts.id = sales.accounts.id ORDER BY 1;
-- name: hunt_r2_same_table_twice_unaliased
-- expect: 42712
SELECT accounts.loyalty FROM public.accounts, accounts;
-- name: hunt_r2_two_schemas_same_alias
-- expect: 42712
SELECT a.loyalty FROM public.accounts a, sales.accounts a;
-- name: hunt_r2_cte_and_table_same_name
-- expect: 42712
WITH accounts AS (SELECT 1 AS id) SELECT accounts.id FROM accounts, public.accounts WHERE public.accounts.loyalty > 0;

-- ---------------------------------------------------------------- hunt r2: guards on shadow columns
-- Conditions of a scan are tested cheapest first (docs/rewriting.md): a guard on a shadow
-- column inside CASE holds in both.
-- name: hunt_r2_case_guard_on_shadow_column
SELECT region, id FROM shipments WHERE CASE WHEN status = 'shipped' THEN 100 / weight END > 1 ORDER BY 1, 2;
-- name: hunt_r2_case_guard_on_shadow_column_select
SELECT region, id, CASE WHEN priority > 1 THEN 100 / weight ELSE 0 END FROM shipments ORDER BY 1, 2;
-- name: hunt_r2_guard_same_shadow_column
SELECT id FROM accounts WHERE loyalty > 0 AND 100 / loyalty > 5 ORDER BY 1;

-- ---------------------------------------------------------------- hunt r2: shadow columns of user types, search_path without their schema
-- mood, posint and pair are declared by their bare names and live in public: a real column's
-- type was found once, when it was added, whatever the session's search_path is now.
-- name: hunt_r2_search_path_without_public_enum
SET LOCAL search_path = sales; SELECT a.id, a.mood, a.labels FROM public.accounts a ORDER BY a.id;
-- name: hunt_r2_search_path_empty_star
SET LOCAL search_path = ''; SELECT * FROM public.accounts ORDER BY id;
-- name: hunt_r2_search_path_without_public_domain_composite
SET LOCAL search_path = sales; SELECT g.id, g.units, g.pt, (g.pt).label, g.units + 1 FROM public.gadgets g ORDER BY g.id;
-- name: hunt_r2_search_path_without_public_enum_compare
SET LOCAL search_path = sales; SELECT id FROM public.accounts WHERE mood > 'happy' ORDER BY id;
-- name: hunt_r2_search_path_without_public_typeof
SELECT set_config('search_path', 'sales', true); SELECT pg_typeof(mood)::text, pg_typeof(units)::text FROM public.accounts JOIN public.gadgets USING (id) WHERE id = 1;
-- name: hunt_r2_search_path_without_public_join_both_schemas
SET LOCAL search_path = sales; SELECT id, score, p.mood FROM accounts JOIN public.accounts p USING (id) ORDER BY id;
-- name: hunt_r2_search_path_without_public_update_returning
SET LOCAL search_path = sales; UPDATE public.accounts SET email = email WHERE id = 3 RETURNING id, mood, tier;

-- ---------------------------------------------------------------- hunt r2: system columns beside * and whole rows elsewhere
-- A system column a query names is carried through the derived table of the table it
-- belongs to; only a `*` or whole-row reference showing that derived table's columns would
-- show it too (refused). Stars elsewhere in the statement are fine.
-- name: hunt_r2_system_column_outer_star_over_subquery
SELECT * FROM (SELECT id, loyalty, tableoid::regclass AS t FROM accounts) s ORDER BY id;
-- name: hunt_r2_system_column_exists_star
SELECT id, tableoid::regclass FROM accounts a WHERE EXISTS (SELECT * FROM bills b WHERE b.account_id = a.id) AND a.loyalty > 0 ORDER BY id;
-- name: hunt_r2_system_column_star_of_other_table
SELECT b.*, a.xmin IS NOT NULL FROM accounts a JOIN bills b ON b.account_id = a.id WHERE a.tier = 'gold' ORDER BY b.id;
-- name: hunt_r2_system_column_cte_star
WITH x AS (SELECT id, ctid IS NOT NULL AS has_ctid, mood FROM accounts) SELECT * FROM x ORDER BY id;
-- name: hunt_r2_system_column_unqualified_inner_level
SELECT a.*, (SELECT max(xmin::text::bigint) > 0 FROM bills b WHERE b.account_id = a.id) FROM accounts a ORDER BY a.id;
-- name: hunt_r2_system_column_unqualified_join_members
-- expect: 42703
SELECT xmin FROM accounts a JOIN bills b ON b.account_id = a.id WHERE a.loyalty > 0;
-- name: hunt_r2_system_column_unqualified_two_tables
-- expect: 42702
SELECT tableoid FROM accounts a, bills b WHERE a.id = b.account_id AND b.paid;
-- name: hunt_r2_system_column_with_whole_row
-- refused
SELECT a, a.xmin IS NOT NULL FROM accounts a WHERE a.id < 3 ORDER BY a.id;
-- name: hunt_r2_system_column_with_row_to_json
-- refused
SELECT row_to_json(a), a.tableoid::regclass FROM accounts a WHERE a.id < 3 ORDER BY a.id;
-- name: hunt_r2_system_column_with_star_same_level
-- refused
SELECT *, ctid FROM bills WHERE paid ORDER BY id;

-- ---------------------------------------------------------------- hunt r2: attribute notation of a function taking another table's row
-- name: hunt_r2_attribute_of_other_schema_table_wrapped
-- expect: 42703
SELECT s.account_label, s.score FROM sales.accounts s;
-- name: hunt_r2_attribute_of_other_schema_table_outer_star
-- expect: 42703
SELECT * FROM (SELECT s.account_label FROM sales.accounts s) AS w;
-- name: hunt_r2_attribute_of_bills_wrapped
-- expect: 42703
SELECT b.account_label FROM bills b WHERE b.paid;

-- ---------------------------------------------------------------- hunt r2: system columns in queries grouped by the primary key
-- name: hunt_r2_group_by_key_system_column
SELECT a.id, a.tableoid::regclass, a.loyalty, count(b.id) FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY 1;
-- name: hunt_r2_group_by_key_ctid
SELECT a.id, a.ctid IS NOT NULL, a.tier FROM accounts a GROUP BY a.id ORDER BY 1;
-- name: hunt_r2_group_by_key_unqualified_system_column
SELECT id, tableoid::regclass, tier FROM accounts GROUP BY id HAVING xmin IS NOT NULL ORDER BY 1;
-- name: hunt_r2_group_by_key_system_column_grouped_too
SELECT a.id, a.tableoid::regclass, a.mood FROM accounts a GROUP BY a.id, a.tableoid ORDER BY 1;
-- name: hunt_r2_group_by_key_partition_tableoid
SELECT s.region, s.id, s.tableoid::regclass, s.status FROM shipments s GROUP BY s.region, s.id ORDER BY 1, 2;
-- name: hunt_r2_group_by_key_system_column_not_key
-- expect: 42803
SELECT a.name, a.xmin, a.loyalty FROM accounts a GROUP BY a.name;
-- name: hunt_r2_natural_join_system_column_of_both
-- refused
SELECT count(*) FROM accounts a NATURAL JOIN shipments s WHERE a.tableoid <> s.tableoid;
-- name: hunt_r2_natural_join_system_column_of_one
SELECT a.id, a.tableoid::regclass, b.paid FROM accounts a NATURAL JOIN bills b ORDER BY 1;
-- name: hunt_r2_update_from_star_with_system_column
-- refused
UPDATE bills b SET note = note FROM accounts a WHERE a.id = b.account_id AND a.xmin IS NOT NULL AND a.loyalty > 0 RETURNING *;
-- name: hunt_r2_update_from_other_star_with_system_column
UPDATE bills b SET note = note FROM accounts a WHERE a.id = b.account_id AND a.xmin IS NOT NULL AND a.loyalty > 0 RETURNING b.*;
-- name: hunt_r2_delete_using_system_columns
DELETE FROM bills b USING accounts a WHERE a.id = b.account_id AND a.ctid IS NOT NULL AND a.tier = 'gold' RETURNING b.id, a.tableoid::regclass;
-- name: hunt_r2_row_function_beside_system_column
SELECT account_label(a), a.xmin IS NOT NULL FROM accounts a WHERE a.loyalty > 0 ORDER BY 1;
-- name: hunt_r2_row_function_attribute_beside_system_column
SELECT a.account_label, a.ctid IS NOT NULL, a.tier FROM accounts a ORDER BY 1;
-- name: hunt_r2_row_function_star_argument_beside_system_column
SELECT account_label(a.*), a.tableoid::regclass, a.mood FROM accounts a ORDER BY 1;

-- ---------------------------------------------------------------- hunt r3: ORM shapes, windows, grouping sets, parameters and errors
-- name: hunt_r3_django_exists_limit_1
SELECT 1 AS "a" FROM "accounts" WHERE ("accounts"."loyalty" > 5 AND "accounts"."tier" IS NOT NULL) LIMIT 1;
-- name: hunt_r3_django_exists_wrapped
SELECT EXISTS(SELECT 1 AS "a" FROM "bills" U0 WHERE (U0."account_id" = ("accounts"."id") AND U0."paid") LIMIT 1) AS "has_paid", "accounts"."id" FROM "accounts" ORDER BY "accounts"."id" ASC;
-- name: hunt_r3_django_count_alias
SELECT COUNT(*) AS "__count" FROM "accounts" WHERE "accounts"."mood" = 'happy'::mood;
-- name: hunt_r3_django_aggregate_over_subquery
SELECT COUNT(*) FROM (SELECT DISTINCT "accounts"."tier" AS "col1", "accounts"."mood" AS "col2" FROM "accounts") subquery;
-- name: hunt_r3_django_annotate_subquery
SELECT "accounts"."id", (SELECT U0."due" FROM "bills" U0 WHERE U0."account_id" = ("accounts"."id") ORDER BY U0."amount" DESC LIMIT 1) AS "last_due" FROM "accounts" ORDER BY "accounts"."loyalty" DESC NULLS LAST, "accounts"."id" ASC LIMIT 21;
-- name: hunt_r3_django_values_annotate_group
SELECT "accounts"."tier", COUNT("bills"."id") AS "n", SUM("bills"."amount") FILTER (WHERE "bills"."paid") AS "paid_sum" FROM "accounts" LEFT OUTER JOIN "bills" ON ("accounts"."id" = "bills"."account_id") GROUP BY "accounts"."tier" ORDER BY "accounts"."tier" ASC NULLS FIRST;
-- name: hunt_r3_django_in_subquery_values
SELECT "bills"."id" FROM "bills" WHERE "bills"."account_id" IN (SELECT U0."id" FROM "accounts" U0 WHERE U0."labels" @> ARRAY['vip']::text[]) ORDER BY "bills"."id";
-- name: hunt_r3_django_case_when_annotation
SELECT "accounts"."id", CASE WHEN "accounts"."loyalty" >= 10 THEN 'gold' WHEN "accounts"."loyalty" >= 5 THEN 'silver' ELSE NULL END AS "computed" FROM "accounts" WHERE NOT ("accounts"."tier" IS NULL) ORDER BY 1;
-- name: hunt_r3_sqlalchemy_anon_nested
SELECT anon_1.accounts_id, anon_1.accounts_loyalty, bills_1.paid FROM (SELECT accounts.id AS accounts_id, accounts.loyalty AS accounts_loyalty FROM accounts WHERE accounts.loyalty IS NOT NULL ORDER BY accounts.loyalty DESC LIMIT 3) AS anon_1 LEFT OUTER JOIN bills AS bills_1 ON anon_1.accounts_id = bills_1.account_id ORDER BY anon_1.accounts_loyalty DESC, bills_1.id;
-- name: hunt_r3_sqlalchemy_postcompile_in
-- params: ["gold", "silver", "bronze"]
SELECT accounts.id, accounts.tier FROM accounts WHERE accounts.tier IN ($1, $2, $3) ORDER BY accounts.id;
-- name: hunt_r3_sqlalchemy_any_array_param
-- params: ["{3,10}"]
SELECT accounts.id FROM accounts WHERE accounts.loyalty = ANY ($1) ORDER BY accounts.id;
-- name: hunt_r3_sqlalchemy_any_array_literal
SELECT accounts.id FROM accounts WHERE accounts.mood = ANY (ARRAY['sad', 'grumpy']::mood[]) ORDER BY accounts.id;
-- name: hunt_r3_sqlalchemy_scalar_subquery_label
SELECT accounts.id, (SELECT count(bills.id) AS count_1 FROM bills WHERE bills.account_id = accounts.id AND bills.paid IS false) AS anon_1 FROM accounts ORDER BY anon_1 DESC, accounts.id;
-- name: hunt_r3_rails_star_limit_param
-- params: ["gold", "1"]
SELECT "accounts".* FROM "accounts" WHERE "accounts"."tier" = $1 LIMIT $2;
-- name: hunt_r3_rails_pluck_order
SELECT "accounts"."loyalty", "accounts"."mood" FROM "accounts" WHERE "accounts"."id" IN (1, 2, 3, 4) ORDER BY "accounts"."mood" DESC, "accounts"."id";
-- name: hunt_r3_prisma_qualified_offset
-- params: ["0", "2", "1"]
SELECT "public"."accounts"."id", "public"."accounts"."loyalty", "public"."accounts"."labels" FROM "public"."accounts" WHERE "public"."accounts"."loyalty" >= $1 ORDER BY "public"."accounts"."id" ASC LIMIT $2 OFFSET $3;
-- name: hunt_r3_prisma_with_order_offset
WITH "t" AS (SELECT "public"."accounts"."id", "public"."accounts"."tier" FROM "public"."accounts" WHERE "public"."accounts"."tier" IS NOT NULL) SELECT "t"."id", "t"."tier" FROM "t" ORDER BY "t"."tier" ASC OFFSET 1;
-- name: hunt_r3_prisma_relation_count
SELECT "t1"."id", COALESCE("aggr_selection_0_bills"."_aggr_count_bills", 0) AS "_aggr_count_bills" FROM "public"."accounts" AS "t1" LEFT JOIN (SELECT "public"."bills"."account_id", COUNT(*) AS "_aggr_count_bills" FROM "public"."bills" WHERE "public"."bills"."paid" = false GROUP BY "public"."bills"."account_id") AS "aggr_selection_0_bills" ON ("t1"."id" = "aggr_selection_0_bills"."account_id") WHERE "t1"."mood" <> 'sad' ORDER BY "t1"."id";
-- name: hunt_r3_hibernate_fetch_first_param
-- params: ["2", "3"]
select a1_0.id,a1_0.loyalty from accounts a1_0 where a1_0.loyalty>=$1 order by a1_0.loyalty desc,a1_0.id fetch first $2 rows only;
-- name: hunt_r3_hibernate_join_fetch_enum_param
-- params: ["grumpy"]
select a1_0.id,b1_0.id,b1_0.due from accounts a1_0 join bills b1_0 on a1_0.id=b1_0.account_id where a1_0.mood=$1 order by b1_0.id;
-- name: hunt_r3_window_partition_rank
SELECT id, tier, loyalty, rank() OVER (PARTITION BY mood ORDER BY loyalty DESC NULLS LAST, id) FROM accounts ORDER BY id;
-- name: hunt_r3_window_frame_rows
SELECT id, sum(loyalty) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS s FROM accounts ORDER BY id;
-- name: hunt_r3_window_range_offset_on_shadow
SELECT id, loyalty, count(*) OVER (ORDER BY loyalty RANGE BETWEEN 3 PRECEDING AND 3 FOLLOWING) FROM accounts WHERE loyalty IS NOT NULL ORDER BY id;
-- name: hunt_r3_window_filter
SELECT id, count(*) FILTER (WHERE loyalty > 3) OVER (PARTITION BY labels ORDER BY id) FROM accounts ORDER BY id;
-- name: hunt_r3_window_groups_exclude
SELECT id, sum(id) OVER (ORDER BY mood GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW EXCLUDE TIES) FROM accounts ORDER BY id;
-- name: hunt_r3_window_lag_lead_named
SELECT id, lag(tier) OVER w, lead(loyalty, 1, -1) OVER w, first_value(mood) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM accounts WINDOW w AS (PARTITION BY mood ORDER BY id) ORDER BY id;
-- name: hunt_r3_window_in_subquery_top_n
SELECT id, tier FROM (SELECT id, tier, row_number() OVER (PARTITION BY mood ORDER BY loyalty DESC NULLS LAST, id) AS rn FROM accounts) ranked WHERE rn = 1 ORDER BY id;
-- name: hunt_r3_window_ntile_percent_rank
SELECT id, ntile(3) OVER (ORDER BY loyalty NULLS FIRST, id), percent_rank() OVER (ORDER BY loyalty NULLS FIRST) FROM accounts ORDER BY id;
-- name: hunt_r3_grouping_sets_grouping_fn
SELECT tier, mood, count(*), grouping(tier, mood) FROM accounts GROUP BY GROUPING SETS ((tier), (mood), ()) ORDER BY 4, 1 NULLS LAST, 2 NULLS LAST;
-- name: hunt_r3_cube_having
SELECT mood, loyalty > 5 AS big, count(*) FROM accounts GROUP BY CUBE (mood, loyalty > 5) HAVING grouping(mood) = 0 ORDER BY 1, 2 NULLS LAST, 3;
-- name: hunt_r3_rollup_distinct
SELECT mood, tier, sum(loyalty) FROM accounts GROUP BY DISTINCT ROLLUP (mood, tier), ROLLUP (mood) ORDER BY 1 NULLS LAST, 2 NULLS LAST, 3;
-- name: hunt_r3_distinct_on_shadow_order
SELECT DISTINCT ON (mood) mood, id, loyalty FROM accounts ORDER BY mood, loyalty DESC NULLS LAST, id;
-- name: hunt_r3_distinct_on_expression
SELECT DISTINCT ON (coalesce(loyalty, 0) > 5) id, loyalty FROM accounts ORDER BY coalesce(loyalty, 0) > 5, id DESC;
-- name: hunt_r3_recursive_cte_chain
WITH RECURSIVE r(n, l, path) AS (SELECT id, loyalty, ARRAY[tier] FROM accounts WHERE id = 1 UNION ALL SELECT a.id, a.loyalty, r.path || a.tier FROM accounts a JOIN r ON a.id = r.n + 1 WHERE r.n < 5) SELECT n, l, path FROM r ORDER BY n;
-- name: hunt_r3_recursive_cte_sum_shadow
WITH RECURSIVE s(id, total) AS (SELECT 0, 0 UNION ALL SELECT a.id, s.total + coalesce(a.loyalty, 0) FROM s JOIN accounts a ON a.id = s.id + 1) SELECT max(total), count(*) FROM s;
-- name: hunt_r3_lateral_outer_shadow
SELECT a.id, x.doubled, x.upper_tier FROM accounts a CROSS JOIN LATERAL (SELECT a.loyalty * 2 AS doubled, upper(a.tier) AS upper_tier) x ORDER BY a.id;
-- name: hunt_r3_lateral_unnest_ordinality
SELECT a.id, l.label, l.ord FROM accounts a, LATERAL unnest(a.labels) WITH ORDINALITY AS l(label, ord) ORDER BY a.id, l.ord;
-- name: hunt_r3_lateral_top_bill_by_shadow
SELECT a.id, b.id AS bill, b.due FROM accounts a LEFT JOIN LATERAL (SELECT id, due FROM bills WHERE bills.account_id = a.id AND NOT bills.paid ORDER BY bills.amount DESC LIMIT a.loyalty) b ON true WHERE a.loyalty IS NOT NULL ORDER BY a.id, b.id;
-- name: hunt_r3_row_comparison_gt
SELECT id FROM accounts WHERE (coalesce(loyalty, 0), id) > (3, 1) ORDER BY id;
-- name: hunt_r3_row_comparison_keyset
-- params: ["7", "4"]
SELECT id, loyalty FROM accounts WHERE (loyalty, id) < ($1, $2) ORDER BY loyalty DESC, id DESC;
-- name: hunt_r3_is_distinct_from_param
-- params: ["gold"]
SELECT id FROM accounts WHERE tier IS DISTINCT FROM $1 ORDER BY id;
-- name: hunt_r3_row_is_not_distinct
SELECT id FROM accounts WHERE ROW(loyalty, mood) IS NOT DISTINCT FROM ROW(NULL::integer, 'happy'::mood) ORDER BY id;
-- name: hunt_r3_jsonb_build_object
SELECT jsonb_build_object('id', id, 'loyalty', loyalty, 'mood', mood, 'labels', labels) FROM accounts ORDER BY id;
-- name: hunt_r3_to_jsonb_whole_row_minus
SELECT to_jsonb(a) - 'email' - 'created_on' FROM accounts a ORDER BY a.id;
-- name: hunt_r3_json_agg_order_by
SELECT json_agg(a ORDER BY a.loyalty DESC NULLS LAST, a.id) FROM accounts a WHERE a.id < 5;
-- name: hunt_r3_array_agg_order_by_shadow
SELECT mood, array_agg(tier ORDER BY loyalty NULLS FIRST, id), string_agg(DISTINCT coalesce(tier, '-'), ',' ORDER BY coalesce(tier, '-')) FROM accounts GROUP BY mood ORDER BY mood;
-- name: hunt_r3_json_object_agg
SELECT json_object_agg(name, loyalty ORDER BY id) FROM accounts WHERE loyalty IS NOT NULL;
-- name: hunt_r3_jsonb_agg_nested_bills
SELECT a.id, (SELECT jsonb_agg(jsonb_build_object('bill', b.id, 'paid', b.paid, 'due', b.due) ORDER BY b.id) FROM bills b WHERE b.account_id = a.id) FROM accounts a ORDER BY a.id;
-- name: hunt_r3_values_joined
SELECT v.label, a.tier, a.loyalty FROM (VALUES (1, 'one'), (4, 'four'), (9, 'nine')) AS v(id, label) LEFT JOIN accounts a USING (id) ORDER BY v.id;
-- name: hunt_r3_values_shadow_name_join
SELECT a.id, v.tag FROM accounts a JOIN (VALUES ('gold', 'G'), ('silver', 'S')) v(tier, tag) ON v.tier = a.tier ORDER BY a.id;
-- name: hunt_r3_union_order_limit
SELECT loyalty FROM accounts UNION SELECT loyalty FROM tags ORDER BY loyalty DESC NULLS LAST LIMIT 3;
-- name: hunt_r3_except_order_shadow_name
SELECT tier AS t FROM accounts EXCEPT SELECT label FROM tags ORDER BY t NULLS FIRST;
-- name: hunt_r3_intersect_all_enum
(SELECT mood FROM accounts WHERE id < 5) INTERSECT ALL (SELECT mood FROM accounts WHERE id > 2) ORDER BY 1;
-- name: hunt_r3_subquery_in_having
SELECT mood, max(loyalty) FROM accounts GROUP BY mood HAVING max(loyalty) > (SELECT avg(loyalty) FROM accounts) ORDER BY 1;
-- name: hunt_r3_subquery_where_correlated_tags
SELECT a.id FROM accounts a WHERE a.loyalty IS DISTINCT FROM (SELECT t.loyalty FROM tags t WHERE t.id = a.id) ORDER BY a.id;
-- name: hunt_r3_unqualified_inner_real_column
SELECT id, (SELECT loyalty FROM tags WHERE tags.id = accounts.id) AS tag_loyalty, loyalty FROM accounts ORDER BY id;
-- name: hunt_r3_alias_named_like_table
SELECT accounts.loyalty, accounts.label FROM tags AS accounts ORDER BY accounts.id;
-- name: hunt_r3_case_simple_param
-- params: ["10"]
SELECT id, CASE $1 WHEN loyalty THEN 'match' ELSE 'no' END FROM accounts ORDER BY id;
-- name: hunt_r3_coalesce_param_shadow
-- params: ["none"]
SELECT id, coalesce(tier, $1) FROM accounts ORDER BY id;
-- name: hunt_r3_param_enum_in
-- params: ["sad", "grumpy"]
SELECT id FROM accounts WHERE mood IN ($1, $2) ORDER BY id;
-- name: hunt_r3_param_array_contains
-- params: ["{vip}"]
SELECT id FROM accounts WHERE labels @> $1 ORDER BY id;
-- name: hunt_r3_param_date_compare
-- params: ["2024-12-30"]
SELECT id FROM bills WHERE due > $1 ORDER BY id;
-- name: hunt_r3_param_bool_eq
-- params: ["f"]
SELECT id FROM bills WHERE paid = $1 ORDER BY id;
-- name: hunt_r3_param_bad_integer
-- params: ["abc"]
-- expect: 22P02
SELECT id FROM accounts WHERE loyalty = $1;
-- name: hunt_r3_param_bad_enum
-- params: ["angry"]
-- expect: 22P02
SELECT id FROM accounts WHERE mood = $1;
-- name: hunt_r3_sales_qualified_join
SELECT p.id, p.loyalty, s.region, s.score FROM public.accounts p JOIN sales.accounts s ON s.id = p.id ORDER BY p.id;
-- name: hunt_r3_sales_star_using
SELECT * FROM sales.accounts s JOIN accounts a USING (id) ORDER BY id;
-- name: hunt_r3_users_nick_ilike
SELECT "Id", "Nick", upper("Nick") FROM "Users" WHERE "Nick" ILIKE 'a%' OR "Nick" IS NULL ORDER BY "Id";
-- name: hunt_r3_users_nick_param
-- params: ["anon"]
SELECT u."Id" FROM public."Users" u WHERE u."Nick" = $1 ORDER BY 1;
-- name: hunt_r3_error_typo_shadow
-- expect: 42703
SELECT id, loyality FROM accounts;
-- name: hunt_r3_error_nick_case
-- expect: 42703
SELECT "Id", "nick" FROM "Users";
-- name: hunt_r3_error_ambiguous_join_tags
-- expect: 42702
SELECT loyalty FROM accounts JOIN tags USING (id);
-- name: hunt_r3_error_missing_from_entry
-- expect: 42P01
SELECT accounts.loyalty FROM accounts a;
-- name: hunt_r3_error_unknown_table
-- expect: 42P01
SELECT loyalty FROM acounts;
-- name: hunt_r3_error_enum_plus
-- expect: 42883
SELECT mood + 1 FROM accounts;
-- name: hunt_r3_error_text_gt_int
-- expect: 42883
SELECT id FROM accounts WHERE tier > 1;
-- name: hunt_r3_error_bool_eq_int
-- expect: 42883
SELECT id FROM bills WHERE paid = 1;
-- name: hunt_r3_error_bad_cast_literal
-- expect: 22P02
SELECT id FROM accounts WHERE loyalty = 'abc';
-- name: hunt_r3_error_bad_enum_literal
-- expect: 22P02
SELECT id FROM accounts WHERE mood = 'angry';
-- name: hunt_r3_error_after_non_ascii
-- expect: 42703
SELECT 'Zoë 東京', tier, loyality FROM accounts;
-- name: hunt_r3_non_ascii_concat
SELECT id, tier || ' — ünïcödé 東京' AS t, 'ü' || loyalty FROM accounts WHERE name <> 'Zoë' ORDER BY id;
-- name: hunt_r3_non_ascii_param
-- params: ["東京 Tokyo"]
SELECT id, loyalty, mood FROM accounts WHERE name = $1;
-- name: hunt_r3_enum_range_array_cast
SELECT id, enum_range(mood), mood::text, labels::text, array_position(labels, 'vip') FROM accounts ORDER BY id;
-- name: hunt_r3_percentile_mode
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY loyalty), mode() WITHIN GROUP (ORDER BY mood) FROM accounts;
-- name: hunt_r3_limit_subquery_shadow
SELECT id FROM accounts ORDER BY id LIMIT (SELECT min(loyalty) FROM accounts WHERE loyalty > 0);
-- name: hunt_r3_generate_series_shadow_bound
SELECT g FROM generate_series(1, (SELECT max(loyalty) FROM accounts), 3) g ORDER BY g;
-- name: hunt_r3_array_subquery_constructor
SELECT ARRAY(SELECT tier FROM accounts WHERE tier IS NOT NULL ORDER BY loyalty NULLS LAST, id), ARRAY[(SELECT loyalty FROM accounts WHERE id = 1), 2];
-- name: hunt_r3_whole_row_in_subquery_set
SELECT a.id FROM accounts a WHERE a IN (SELECT x FROM accounts x WHERE x.loyalty > 5) ORDER BY 1;
-- name: hunt_r3_whole_row_field_star
SELECT (a).loyalty, (a).tier FROM accounts a ORDER BY (a).id;
-- name: hunt_r3_alias_list_renames_live_to_shadow_name
-- expect: 42702
SELECT a.tier FROM accounts AS a(tier);
-- name: hunt_r3_alias_list_live_to_shadow_name_star
SELECT * FROM accounts AS a(tier, loyalty) ORDER BY 1;
-- name: hunt_r3_empty_target_list_where_shadow
SELECT FROM accounts WHERE loyalty > 1;
-- name: hunt_r3_not_exists_empty_target
SELECT a.id FROM accounts a WHERE NOT EXISTS (SELECT FROM bills b WHERE b.account_id = a.id AND b.paid) ORDER BY 1;
-- name: hunt_r3_is_json_predicate
SELECT id, tier IS JSON, tier IS NOT JSON SCALAR FROM accounts ORDER BY id;
-- name: hunt_r3_json_table_over_shadow
SELECT g.id, jt.v FROM gadgets g, JSON_TABLE(g.doc, '$.b[*]' COLUMNS (v int PATH '$')) jt ORDER BY 1, 2;
-- name: hunt_r3_json_query_value_exists
SELECT id, JSON_VALUE(doc, '$.k'), JSON_QUERY(doc, '$.a'), JSON_EXISTS(doc, '$.b') FROM gadgets ORDER BY id;
-- name: hunt_r3_json_arrayagg_objectagg
SELECT JSON_ARRAYAGG(loyalty ORDER BY id), JSON_OBJECTAGG(name : tier ABSENT ON NULL) FROM accounts;
-- name: hunt_r3_json_object_constructor_returning
SELECT JSON_OBJECT('l' : loyalty, 'm' : mood RETURNING jsonb) FROM accounts ORDER BY id;
-- name: hunt_r3_num_nonnulls_star
SELECT a.id, num_nonnulls(a.*), num_nulls(VARIADIC ARRAY[a.tier, a.mood::text]) FROM accounts a ORDER BY 1;
-- name: hunt_r3_concat_ws_star
SELECT concat_ws('|', a.*) FROM accounts a ORDER BY a.id;
-- name: hunt_r3_whole_row_is_null
SELECT a.id, a IS NULL, a IS NOT NULL, ROW(a.loyalty, a.tier) IS NULL FROM accounts a ORDER BY 1;
-- name: hunt_r3_whole_row_text_cast
SELECT a::text, (a.*)::text FROM accounts a WHERE a.id IN (1, 7) ORDER BY a.id;
-- name: hunt_r3_format_whole_row
SELECT format('%s / %L', a, a.tier) FROM accounts a ORDER BY a.id;
-- name: hunt_r3_jsonb_each_whole_row
SELECT a.id, j.value FROM accounts a CROSS JOIN LATERAL jsonb_each(to_jsonb(a)) j WHERE j.key IN ('loyalty', 'mood') ORDER BY 1, j.key;
-- name: hunt_r3_order_by_whole_row
SELECT a.id FROM accounts a ORDER BY a DESC;
-- name: hunt_r3_using_join_alias
SELECT j.id, a.loyalty, b.paid FROM accounts a JOIN bills b USING (id) AS j ORDER BY j.id;
-- name: hunt_r3_search_depth_first
WITH RECURSIVE r(id, l) AS (SELECT id, loyalty FROM accounts WHERE id = 1 UNION ALL SELECT a.id, a.loyalty FROM accounts a JOIN r ON a.id = r.id + 2) SEARCH DEPTH FIRST BY id SET ord SELECT id, l, ord FROM r ORDER BY ord;
-- name: hunt_r3_cycle_on_shadow
WITH RECURSIVE r(id, m) AS (SELECT id, mood FROM accounts WHERE id = 1 UNION ALL SELECT a.id, a.mood FROM accounts a JOIN r ON a.mood = r.m AND a.id <> r.id) CYCLE m SET is_cycle USING path SELECT id, m, is_cycle FROM r ORDER BY id, is_cycle;
-- name: hunt_r3_rows_from_with_shadow
SELECT a.id, f.x, f.y FROM accounts a, ROWS FROM (unnest(a.labels), generate_series(1, coalesce(a.loyalty, 0) % 3)) AS f(x, y) ORDER BY 1, 2 NULLS LAST, 3 NULLS LAST;
-- name: hunt_r3_top_level_values_subquery
VALUES ((SELECT loyalty FROM accounts WHERE id = 1), (SELECT tier FROM accounts WHERE id = 3)), (2, 'x') ORDER BY 1;
-- name: hunt_r3_row_in_subquery_pair
SELECT id FROM accounts WHERE (loyalty, id) IN (SELECT loyalty, id FROM tags) ORDER BY id;
-- name: hunt_r3_between_symmetric
SELECT id FROM accounts WHERE loyalty BETWEEN SYMMETRIC 10 AND 3 ORDER BY id;
-- name: hunt_r3_similar_regex
SELECT id, tier ~ '^[gs]', tier SIMILAR TO '%(old|ver)', regexp_replace(tier, 'l', 'L', 'g') FROM accounts ORDER BY id;
-- name: hunt_r3_count_distinct_row
SELECT count(DISTINCT (loyalty, tier)), count(DISTINCT mood), array_agg(DISTINCT mood ORDER BY mood DESC) FROM accounts;
-- name: hunt_r3_xmlagg_shadow
SELECT xmlagg(xmlelement(name t, xmlattributes(id AS id), tier) ORDER BY id) FROM accounts WHERE tier IS NOT NULL;
-- name: hunt_r3_django_icontains
SELECT "accounts"."id" FROM "accounts" WHERE UPPER("accounts"."tier"::text) LIKE UPPER('%OL%') ORDER BY "accounts"."id" ASC;
-- name: hunt_r3_django_array_overlap
SELECT "accounts"."id", "accounts"."labels" FROM "accounts" WHERE "accounts"."labels" && ARRAY['early', 'new']::text[] ORDER BY "accounts"."id" ASC LIMIT 21;
-- name: hunt_r3_django_json_key
SELECT "gadgets"."id" FROM "gadgets" WHERE ("gadgets"."doc" -> 'a') = '{"x": null}'::jsonb OR ("gadgets"."doc" -> 'n') = '2'::jsonb ORDER BY 1;
-- name: hunt_r3_django_update_or_none_exists
SELECT (1) AS "a" FROM "bills" WHERE ("bills"."due" >= '2025-01-01'::date AND "bills"."paid") LIMIT 1;
-- name: hunt_r3_sqlalchemy_typed_params
-- params: ["3", "gold", "2", "0"]
SELECT accounts.id, accounts.tier FROM accounts WHERE accounts.loyalty >= $1::INTEGER OR accounts.tier = $2::VARCHAR ORDER BY accounts.id LIMIT $3::INTEGER OFFSET $4::INTEGER;
-- name: hunt_r3_sqlalchemy_row_number_anon
SELECT anon_1.id, anon_1.tier FROM (SELECT accounts.id AS id, accounts.tier AS tier, row_number() OVER (ORDER BY accounts.loyalty DESC NULLS LAST, accounts.id) AS mssql_rn FROM accounts) AS anon_1 WHERE mssql_rn > 1 AND mssql_rn <= 4 ORDER BY anon_1.id;
-- name: hunt_r3_sqlalchemy_exists_correlated
SELECT accounts.id FROM accounts WHERE EXISTS (SELECT 1 FROM bills WHERE accounts.id = bills.account_id AND bills.due < accounts.created_on + 400) ORDER BY accounts.id;
-- name: hunt_r3_rails_one_limit_param
-- params: ["sad", "1"]
SELECT 1 AS one FROM "accounts" WHERE "accounts"."mood" = $1 LIMIT $2;
-- name: hunt_r3_rails_between_count
-- params: ["3", "10"]
SELECT COUNT(*) FROM "accounts" WHERE "accounts"."loyalty" BETWEEN $1 AND $2;
-- name: hunt_r3_rails_where_in_order_nulls
SELECT "accounts".* FROM "accounts" WHERE "accounts"."tier" IN ('gold', 'bronze') OR "accounts"."tier" IS NULL ORDER BY "accounts"."loyalty" ASC NULLS FIRST, "accounts"."id";
-- name: hunt_r3_prisma_enum_cast_param
-- params: ["sad", "0"]
SELECT "public"."accounts"."id", "public"."accounts"."mood"::text FROM "public"."accounts" WHERE "public"."accounts"."mood" = CAST($1::text AS "public"."mood") ORDER BY "public"."accounts"."id" ASC OFFSET $2;
-- name: hunt_r3_prisma_count_sub_offset
-- params: ["1"]
SELECT COUNT(*) AS "_count._all" FROM (SELECT "public"."accounts"."id" FROM "public"."accounts" WHERE "public"."accounts"."loyalty" IS NOT NULL OFFSET $1) AS "sub";
-- name: hunt_r3_prisma_ilike_in
-- params: ["%L%", "1", "2", "3"]
SELECT "public"."accounts"."id", "public"."accounts"."tier" FROM "public"."accounts" WHERE ("public"."accounts"."tier"::text ILIKE $1 AND "public"."accounts"."id" IN ($2,$3,$4)) ORDER BY "public"."accounts"."id" ASC;
-- name: hunt_r3_hibernate_offset_fetch
-- params: ["1", "2"]
select a1_0.id,a1_0.labels,a1_0.mood from accounts a1_0 order by a1_0.id offset $1 rows fetch first $2 rows only;
-- name: hunt_r3_hibernate_array_overlap_param
-- params: ["{vip,new}"]
select a1_0.id from accounts a1_0 where a1_0.labels && $1 order by a1_0.id;
-- name: hunt_r3_param_two_shadow_types
-- params: ["3"]
-- expect: 42883
SELECT id FROM accounts WHERE loyalty = $1 OR tier = $1;
-- name: hunt_r3_param_plus_shadow
-- params: ["5"]
SELECT id, loyalty + $1, $1 - loyalty FROM accounts ORDER BY id;
-- name: hunt_r3_param_enum_gt
-- params: ["happy"]
SELECT id, mood FROM accounts WHERE mood > $1 ORDER BY id;
-- name: hunt_r3_param_any_int_array_cast
-- params: ["{1,7,10}"]
SELECT a.id FROM accounts a WHERE a.loyalty = ANY ($1::int[]) ORDER BY 1;
-- name: hunt_r3_shadow_from_other_schemas_union
SELECT loyalty AS v FROM accounts UNION ALL SELECT score FROM sales.accounts UNION ALL SELECT loyalty FROM tags ORDER BY 1 NULLS FIRST;
-- name: hunt_r3_landing_score_window
SELECT id, score, sum(score) OVER (ORDER BY id), score - lag(score) OVER (ORDER BY id) FROM sales.accounts ORDER BY id;
-- name: hunt_r3_users_nick_group
SELECT "Nick" IS NULL AS missing, count(*), string_agg("Full Name", ', ' ORDER BY "Id") FROM "Users" GROUP BY 1 ORDER BY 1;
-- name: hunt_r3_line_items_discount_sum
SELECT order_id, sum(qty * discount), max(discount) FILTER (WHERE discount > 0) FROM line_items GROUP BY order_id ORDER BY 1;
-- name: hunt_r3_outer_aggregate_in_subquery
SELECT (SELECT max(a.loyalty) FROM tags t WHERE t.id = 1) FROM accounts a;
-- name: hunt_r3_error_grouping_shadow
-- expect: 42803
SELECT tier, loyalty FROM accounts GROUP BY tier;
-- name: hunt_r3_error_order_by_not_in_distinct
-- expect: 42P10
SELECT DISTINCT tier FROM accounts ORDER BY loyalty;
-- name: hunt_r3_error_scalar_subquery_rows
-- expect: 21000
SELECT (SELECT loyalty FROM accounts WHERE loyalty IS NOT NULL);
-- name: hunt_r3_error_division_by_shadow
-- expect: 22012
SELECT id, 100 / coalesce(loyalty, 0) FROM accounts ORDER BY id;
-- name: hunt_r3_error_array_subscript_type
-- expect: 22P02
SELECT labels['x'] FROM accounts;
-- name: hunt_r3_error_window_in_where
-- expect: 42P20
SELECT id FROM accounts WHERE rank() OVER (ORDER BY loyalty) = 1;
-- name: hunt_r3_error_nick_too_long_cast_compare
SELECT "Id", "Nick"::varchar(2), "Nick"::char(10) FROM "Users" ORDER BY 1;
-- name: hunt_r3_non_ascii_alias_and_literal
SELECT loyalty AS "Lëvel ✓", tier AS "階層", 'ß' || coalesce(tier, 'ø') FROM accounts ORDER BY id;
-- name: hunt_r3_non_ascii_compare_nick
SELECT "Id" FROM "Users" WHERE "Nick" = 'Zoë ✓' OR "Nick" LIKE '%✓';
-- name: hunt_r3_case_folded_names
SELECT Accounts.Loyalty, ACCOUNTS.Tier FROM PUBLIC.ACCOUNTS ORDER BY Accounts.ID;
-- name: hunt_r3_alias_named_like_shadow_column
SELECT loyalty, tier FROM accounts AS loyalty ORDER BY loyalty.id;
-- name: hunt_r3_alias_named_like_column_row_function
-- expect: 42883
SELECT account_label(tier) FROM accounts tier;
-- name: hunt_r3_alias_named_like_live_column_row_function
-- expect: 42883
SELECT account_label(name) FROM accounts name;
-- name: hunt_r3_alias_named_like_column_row_to_json
-- expect: 42883
SELECT row_to_json(loyalty) FROM accounts loyalty;
-- name: hunt_r3_join_using_alias
SELECT j.id, a.loyalty, b.paid FROM accounts a JOIN bills b USING (id) AS j ORDER BY j.id;
-- name: hunt_r3_join_using_alias_shadow_error
-- expect: 42703
SELECT j.loyalty FROM accounts a JOIN bills b USING (id) AS j;
-- name: hunt_r3_cte_body_names_table_itself
WITH accounts AS (SELECT id, loyalty FROM accounts WHERE loyalty > 0) SELECT id, loyalty FROM accounts ORDER BY id;
-- name: hunt_r3_cte_body_names_table_star
WITH accounts AS (SELECT * FROM accounts) SELECT accounts.tier FROM accounts ORDER BY accounts.id;
-- name: hunt_r3_cte_qualified_inside
WITH accounts AS (SELECT * FROM public.accounts WHERE loyalty > 0) SELECT loyalty FROM accounts ORDER BY 1;
-- name: hunt_r3_cte_nested_scope
SELECT loyalty, (WITH accounts AS (SELECT 5 AS loyalty) SELECT loyalty FROM accounts) AS inner_l FROM accounts WHERE id = 1;
-- name: hunt_r3_cte_later_sees_earlier
WITH bills AS (SELECT 1 AS account_id), accounts AS (SELECT a.id, a.tier FROM accounts a JOIN bills ON bills.account_id = a.id) SELECT * FROM accounts;
-- name: hunt_r3_recursive_cte_named_table_error
-- expect: 42703
WITH RECURSIVE accounts AS (SELECT 1 AS id UNION ALL SELECT id + 1 FROM accounts WHERE loyalty < 3) SELECT * FROM accounts;
-- name: hunt_r3_lateral_values_shadow
SELECT a.id, v.x FROM accounts a, LATERAL (VALUES (a.loyalty), (a.id * 100)) v(x) WHERE a.id < 3 ORDER BY a.id, v.x;
-- name: hunt_r3_row_of_star
SELECT ROW(a.*) FROM accounts a ORDER BY a.id;
-- name: hunt_r3_whole_row_star_field
SELECT (a.*).loyalty, count(a.*) OVER () FROM accounts a ORDER BY a.id;
-- name: hunt_r3_rename_shadow_via_alias_list
SELECT points, x.tier FROM accounts AS x(i, n, e, c, points) ORDER BY i;
-- name: hunt_r3_group_by_key_window_over_shadow
SELECT a.id, sum(a.loyalty) OVER (ORDER BY a.tier NULLS FIRST, a.id) FROM accounts a GROUP BY a.id ORDER BY a.id;
-- name: hunt_r3_group_by_key_having_order_shadow
SELECT a.id, count(b.id) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id HAVING a.loyalty IS NOT NULL ORDER BY a.tier, a.id;
-- name: hunt_r3_group_by_two_keys
SELECT a.id, b.id, a.mood, b.due FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY b.id, a.id ORDER BY b.id;
-- name: hunt_r3_group_by_rollup_key_not_everywhere
-- expect: 42803
SELECT a.id, a.loyalty FROM accounts a GROUP BY ROLLUP (a.id);
-- name: hunt_r3_distinct_order_by_not_in_list
-- expect: 42P10
SELECT DISTINCT tier FROM accounts ORDER BY loyalty;
-- name: hunt_r3_param_tier_any
-- params: ["{gold,silver}"]
SELECT id FROM accounts WHERE tier = ANY ($1) ORDER BY id;
-- name: hunt_r3_param_like_concat
-- params: ["g"]
SELECT id FROM accounts WHERE tier LIKE $1 || '%' ORDER BY id;
-- name: hunt_r3_param_null_or
-- params: [null]
SELECT id FROM accounts WHERE loyalty = $1 OR $1 IS NULL ORDER BY id;
-- name: hunt_r3_param_typed_by_subquery
-- params: ["7"]
SELECT id FROM accounts WHERE id IN (SELECT id FROM accounts WHERE loyalty = $1);
-- name: hunt_r3_xmlforest
SELECT xmlforest(a.loyalty, a.tier, a.mood) FROM accounts a ORDER BY a.id;
-- name: hunt_r3_select_into_temp
SELECT id, loyalty, labels INTO TEMP hunt_r3_tmp FROM accounts; SELECT * FROM hunt_r3_tmp ORDER BY id; DROP TABLE hunt_r3_tmp;
-- name: hunt_r3_create_temp_as_typmod
CREATE TEMP TABLE hunt_r3_tmp2 AS SELECT "Nick", "Id" FROM "Users"; SELECT atttypmod, attname FROM pg_attribute WHERE attrelid = 'hunt_r3_tmp2'::regclass AND attnum > 0 ORDER BY attnum; DROP TABLE hunt_r3_tmp2;
-- name: hunt_r3_union_typmod
SELECT "Nick" FROM "Users" UNION ALL SELECT "Nick" FROM "Users" ORDER BY 1;
-- name: hunt_r3_case_typmod
SELECT CASE WHEN discount > 0 THEN discount ELSE discount END, coalesce(discount, discount) FROM line_items ORDER BY order_id, line;
-- name: hunt_r3_values_typmod
SELECT * FROM (VALUES ((SELECT "Nick" FROM "Users" WHERE "Id" = 1))) v(n);
-- name: hunt_r3_json_populate_record_refused
-- refused
SELECT * FROM jsonb_populate_record(NULL::accounts, '{"loyalty": 3}');
-- name: hunt_r3_tablesample_repeatable_shadow
SELECT count(*) >= 0 FROM accounts TABLESAMPLE SYSTEM (100) REPEATABLE (1) WHERE loyalty IS NOT NULL;
-- name: hunt_r3_for_update_skip_locked
SELECT id, loyalty FROM accounts WHERE tier IS NOT NULL ORDER BY id FOR UPDATE SKIP LOCKED;
-- name: hunt_r3_exists_star_correlated
SELECT id FROM accounts a WHERE EXISTS (SELECT * FROM bills b WHERE b.account_id = a.id AND b.due > a.created_on + a.loyalty) ORDER BY id;
-- name: hunt_r3_not_in_with_null_shadow
SELECT id FROM tags WHERE loyalty NOT IN (SELECT loyalty FROM accounts WHERE id < 3) ORDER BY id;
-- name: hunt_r3_any_subquery_shadow
SELECT id FROM tags WHERE loyalty = ANY (SELECT a.loyalty FROM accounts a) ORDER BY id;
-- name: hunt_r3_join_on_shadow_both_sides
SELECT a.id, t.id FROM accounts a JOIN tags t ON t.loyalty = a.loyalty ORDER BY 1, 2;
-- name: hunt_r3_full_join_shadow
SELECT a.id, t.id FROM accounts a FULL JOIN tags t ON t.loyalty = a.loyalty AND a.tier IS NOT NULL ORDER BY 1 NULLS LAST, 2 NULLS LAST;
-- name: hunt_r3_natural_join_sales
SELECT * FROM accounts NATURAL JOIN sales.accounts ORDER BY id;
-- name: hunt_r3_self_natural
SELECT count(*) FROM accounts a NATURAL JOIN accounts b;
-- name: hunt_r3_only_parenthesized
SELECT id, legs FROM ONLY (animals) ORDER BY id;
-- name: hunt_r3_parenthesized_join_star
SELECT * FROM (accounts a JOIN bills b ON b.account_id = a.id) WHERE b.paid OR a.loyalty > 5 ORDER BY b.id;
-- name: hunt_r3_nested_parenthesized_join_alias
SELECT j.loyalty, j.amount FROM ((accounts JOIN bills ON bills.account_id = accounts.id) AS j) ORDER BY j.amount;
-- name: hunt_r3_subquery_from_without_alias
SELECT loyalty FROM (SELECT loyalty FROM accounts WHERE loyalty IS NOT NULL) ORDER BY 1;
-- name: hunt_r3_lateral_function_of_outer_shadow
SELECT a.id, g FROM accounts a, generate_series(1, coalesce(a.loyalty, 0) / 3) g WHERE a.id < 5 ORDER BY 1, 2;
-- name: hunt_r3_rows_from_lateral_two_arrays
SELECT a.id, r.l, r.n FROM accounts a, ROWS FROM (unnest(a.labels), generate_series(1, 2)) AS r(l, n) WHERE a.id IN (1, 2) ORDER BY 1, 3;
-- name: hunt_r3_json_table_over_shadow_labels
SELECT a.id, jt.v FROM accounts a, JSON_TABLE(to_jsonb(a.labels), '$[*]' COLUMNS (v text PATH '$')) jt ORDER BY 1, 2;
-- name: hunt_r3_merge_style_exists_union
SELECT id, 'a' AS src FROM accounts WHERE loyalty > 5 UNION ALL SELECT id, 'b' FROM bills WHERE paid ORDER BY src, id LIMIT 5 OFFSET 1;
-- name: hunt_r3_set_op_limit_param
-- params: ["2"]
(SELECT tier FROM accounts WHERE tier IS NOT NULL ORDER BY tier LIMIT $1) UNION ALL (SELECT label FROM tags ORDER BY label LIMIT $1);
-- name: hunt_r3_window_partition_by_array
SELECT id, count(*) OVER (PARTITION BY labels), dense_rank() OVER (ORDER BY labels) FROM accounts ORDER BY id;
-- name: hunt_r3_window_order_by_enum_desc
SELECT id, mood, row_number() OVER (ORDER BY mood DESC, id) FROM accounts ORDER BY id;
-- name: hunt_r3_window_range_unbounded_on_date
SELECT id, due, count(*) OVER (ORDER BY due RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) FROM bills ORDER BY id;
-- name: hunt_r3_window_range_interval_offset
SELECT id, due, count(*) OVER (ORDER BY due RANGE BETWEEN '1 day' PRECEDING AND '1 day' FOLLOWING) FROM bills ORDER BY id;
-- name: hunt_r3_window_in_order_by
SELECT id FROM accounts ORDER BY sum(loyalty) OVER (ORDER BY id) NULLS FIRST, id;
-- name: hunt_r3_window_nested_aggregate
SELECT mood, sum(loyalty), sum(sum(loyalty)) OVER () FROM accounts GROUP BY mood ORDER BY mood;
-- name: hunt_r3_grouping_sets_window
SELECT tier, count(*), rank() OVER (ORDER BY count(*) DESC, tier NULLS FIRST) FROM accounts GROUP BY GROUPING SETS (tier, ()) ORDER BY 3;
-- name: hunt_r3_grouping_sets_nested_cube
SELECT mood, labels, count(*) FROM accounts GROUP BY GROUPING SETS (CUBE (mood), (labels)) ORDER BY 1 NULLS LAST, 2 NULLS LAST;
-- name: hunt_r3_group_by_key_grouping_sets_all
SELECT a.id, a.tier, count(*) FROM accounts a GROUP BY GROUPING SETS ((a.id), (a.id, a.name)) ORDER BY 1, 2;
-- name: hunt_r3_distinct_on_param_ordered
-- params: ["3"]
SELECT DISTINCT ON (loyalty > $1) loyalty > $1 AS big, id FROM accounts WHERE loyalty IS NOT NULL ORDER BY loyalty > $1, id;
-- name: hunt_r3_recursive_search_breadth
WITH RECURSIVE r(id, lvl) AS (SELECT id, 0 FROM accounts WHERE tier = 'gold' UNION ALL SELECT a.id, r.lvl + 1 FROM r JOIN accounts a ON a.id = r.id + 2 WHERE a.loyalty IS DISTINCT FROM 99) SEARCH BREADTH FIRST BY id SET ord SELECT id, lvl FROM r ORDER BY ord;
-- name: hunt_r3_cte_materialized_twice
WITH t AS MATERIALIZED (SELECT id, loyalty FROM accounts) SELECT x.id, y.loyalty FROM t x JOIN t y ON y.id = x.id + 1 ORDER BY 1;
-- name: hunt_r3_cte_column_list_rename_shadow
WITH t(i, pts) AS (SELECT id, loyalty FROM accounts) SELECT i, pts FROM t WHERE pts > 3 ORDER BY i;
-- name: hunt_r3_scalar_subquery_two_levels
SELECT a.id, (SELECT (SELECT max(b.amount) FROM bills b WHERE b.account_id = a.id AND b.due > a.created_on) WHERE a.loyalty IS NOT NULL) FROM accounts a ORDER BY 1;
-- name: hunt_r3_in_values_list_shadow
SELECT id FROM accounts WHERE (tier, mood) IN (VALUES ('gold', 'happy'::mood), ('bronze', 'sad')) ORDER BY id;
-- name: hunt_r3_row_compare_subquery_all
SELECT id FROM accounts a WHERE (a.loyalty, a.id) >= ALL (SELECT t.loyalty, t.id FROM tags t WHERE t.loyalty IS NOT NULL) ORDER BY id;
-- name: hunt_r3_overlaps_array
SELECT id FROM accounts WHERE labels && ARRAY['vip', 'new'] AND NOT labels @> '{early}' ORDER BY id;
-- name: hunt_r3_array_slice_and_unnest_select_list
SELECT id, labels[1:1], unnest(labels) FROM accounts WHERE id < 3 ORDER BY id, 3;
-- name: hunt_r3_jsonb_path_over_built
SELECT id, jsonb_path_query_first(jsonb_build_object('l', loyalty, 'tags', labels), '$.tags[0]') FROM accounts ORDER BY id;
-- name: hunt_r3_row_to_json_subselect_alias
SELECT row_to_json(x) FROM (SELECT a.id, a.loyalty AS points, a.mood FROM accounts a) x ORDER BY x.id;
-- name: hunt_r3_json_agg_whole_row_bills_nested
SELECT a.id, (SELECT json_agg(b ORDER BY b.id) FROM bills b WHERE b.account_id = a.id) FROM accounts a WHERE a.id < 4 ORDER BY 1;
-- name: hunt_r3_to_jsonb_array_of_rows
SELECT to_jsonb(array_agg(a ORDER BY a.id)) FROM accounts a WHERE a.id < 3;
-- name: hunt_r3_string_agg_filter
SELECT string_agg(tier, ', ' ORDER BY id) FILTER (WHERE loyalty IS NOT NULL), count(DISTINCT mood) FROM accounts;
-- name: hunt_r3_bool_and_or
SELECT account_id, bool_and(paid), bool_or(due > '2024-06-01') FROM bills GROUP BY account_id ORDER BY 1 NULLS LAST;
-- name: hunt_r3_case_in_group_by
SELECT CASE WHEN loyalty IS NULL THEN 'none' WHEN loyalty > 5 THEN 'hi' ELSE 'lo' END AS band, count(*) FROM accounts GROUP BY 1 ORDER BY 1;
-- name: hunt_r3_case_search_enum_order
SELECT id FROM accounts ORDER BY CASE mood WHEN 'grumpy' THEN 0 WHEN 'sad' THEN 1 ELSE 2 END, id;
-- name: hunt_r3_nullif_greatest
SELECT id, nullif(tier, 'gold'), greatest(loyalty, 5), least(loyalty, id) FROM accounts ORDER BY id;
-- name: hunt_r3_between_symmetric_reversed_bounds
SELECT id FROM accounts WHERE loyalty BETWEEN SYMMETRIC 8 AND 3 ORDER BY id;
-- name: hunt_r3_users_join_accounts_nick
SELECT u."Nick", a.tier FROM "Users" u JOIN accounts a ON a.id = u."Id" ORDER BY u."Id";
-- name: hunt_r3_users_whole_row
SELECT u FROM "Users" u ORDER BY u."Id";
-- name: hunt_r3_users_to_json
SELECT to_json(u), row_to_json(u) FROM public."Users" AS u ORDER BY u."Id";
-- name: hunt_r3_sales_score_and_public_star
SELECT s.score, a.* FROM sales.accounts s LEFT JOIN public.accounts a ON a.id = s.id ORDER BY s.id;
-- name: hunt_r3_sales_unaliased_both
SELECT sales.accounts.score, public.accounts.loyalty FROM sales.accounts JOIN public.accounts ON public.accounts.id = sales.accounts.id ORDER BY 1, 2;
-- name: hunt_r3_error_ambiguous_unaliased_two_schemas
-- expect: 42702
SELECT id FROM sales.accounts s JOIN public.accounts a ON a.id = s.id;
-- name: hunt_r3_error_loyalty_ambiguous_self_join
-- expect: 42702
SELECT loyalty FROM accounts a JOIN accounts b ON a.id = b.id;
-- name: hunt_r3_error_array_compare_type
-- expect: 42883
SELECT id FROM accounts WHERE labels = ARRAY[1, 2];
-- name: hunt_r3_error_date_compare_bool
-- expect: 42883
SELECT id FROM bills WHERE due > true;
-- name: hunt_r3_error_bad_date_literal
-- expect: 22008
SELECT id FROM bills WHERE due = '2024-13-45';
-- name: hunt_r3_error_bad_array_literal
-- expect: 22P02
SELECT id FROM accounts WHERE labels = 'vip';
-- name: hunt_r3_error_nick_too_long_cast
SELECT "Nick"::varchar(2) FROM "Users" ORDER BY "Id";
-- name: hunt_r3_error_division_by_shadow_zero
-- expect: 22012
SELECT 100 / (loyalty - 10) FROM accounts WHERE id = 1;
-- name: hunt_r3_error_subquery_more_than_one_row
-- expect: 21000
SELECT (SELECT tier FROM accounts WHERE tier IS NOT NULL);
-- name: hunt_r3_error_window_bad_frame
-- expect: 0A000
SELECT sum(loyalty) OVER (ORDER BY tier RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM accounts;
-- name: hunt_r3_error_grouping_not_grouped
-- expect: 42803
SELECT tier, loyalty FROM accounts GROUP BY tier;
-- name: hunt_r3_error_positional_nonascii_where
-- expect: 42703
SELECT id FROM accounts WHERE name = 'Émile 東京' AND tierx = 'gold';
-- name: hunt_r3_non_ascii_alias_and_shadow
SELECT a.loyalty AS "点数", a.tier AS "ränge" FROM accounts AS "口座" JOIN accounts a ON a.id = "口座".id ORDER BY "口座".id;
-- name: hunt_r3_non_ascii_quoted_alias_table
SELECT "ü".loyalty, "ü".mood FROM accounts "ü" WHERE "ü".name LIKE '%ö%' OR "ü".id = 4 ORDER BY 1;
-- name: hunt_r3_legacy_inheritance_star_suffix
SELECT id, name, legs FROM animals* ORDER BY id;
-- name: hunt_r3_recursive_cte_named_like_table
WITH RECURSIVE accounts(id, loyalty) AS (SELECT 1, 5 UNION ALL SELECT id + 1, loyalty * 2 FROM accounts WHERE id < 3) SELECT * FROM accounts ORDER BY id;
-- name: hunt_r3_cte_in_subquery_named_like_table
SELECT a.id, (WITH accounts AS (SELECT 5 AS loyalty) SELECT loyalty FROM accounts) AS inner_l, a.loyalty FROM accounts a ORDER BY a.id;
-- name: hunt_r3_unicode_escaped_column
SELECT U&"\006Coyalty", U&"t!0069er" UESCAPE '!' FROM accounts ORDER BY id;
-- name: hunt_r3_group_by_using_key_right_join
SELECT id, a.loyalty, count(b.id) FROM bills b RIGHT JOIN accounts a USING (id) GROUP BY id ORDER BY id;
-- name: hunt_r3_group_by_using_key_left_join
SELECT id, a.tier, count(b.id) FROM accounts a LEFT JOIN bills b USING (id) GROUP BY id ORDER BY id;
-- name: hunt_r3_group_by_key_shadow_in_correlated_subquery
SELECT a.id, (SELECT a.loyalty + t.id FROM tags t WHERE t.id = 1) AS x, count(b.id) FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY a.id;
-- name: hunt_r3_group_by_key_rank_over_shadow_joined
SELECT a.id, rank() OVER (ORDER BY a.loyalty DESC NULLS LAST, a.id), sum(b.amount) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY a.id;
-- name: hunt_r3_group_by_key_having_mood_order_tier
SELECT a.id, count(*) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id HAVING a.mood <> 'grumpy' ORDER BY a.tier NULLS FIRST, a.id;
-- name: hunt_r3_group_by_key_alias_output
SELECT a.id AS k, a.labels, count(b.id) FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY k ORDER BY k;
-- name: hunt_r3_group_by_both_keys_two_tables
SELECT a.id, b.id, a.loyalty, b.paid, b.due FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id, b.id ORDER BY b.id;
-- name: hunt_r3_group_by_key_in_subquery_outer_star
SELECT * FROM (SELECT a.id, a.tier, max(b.amount) AS top FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id) s ORDER BY s.id;
-- name: hunt_r3_group_by_key_rollup_other
SELECT a.id, b.paid, count(*) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id, ROLLUP (b.paid) ORDER BY 1, 2 NULLS LAST;
-- name: hunt_r3_group_by_key_expression_of_shadow
SELECT a.id, a.loyalty * 2 + coalesce(length(a.tier), 0), count(*) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY 1;
-- name: hunt_r3_group_by_key_distinct_on_shadow
SELECT DISTINCT ON (a.mood) a.mood, a.id, count(*) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY a.mood, a.id;
-- name: hunt_r3_group_by_composite_key_discount
SELECT order_id, line, discount, qty * discount FROM line_items GROUP BY order_id, line ORDER BY 1, 2;
-- name: hunt_r3_group_by_users_quoted_key
SELECT u."Id", u."Nick", count(*) FROM "Users" u CROSS JOIN tags t GROUP BY u."Id" ORDER BY 1;
-- name: hunt_r3_whole_row_param
-- params: ["(1,Alice,alice@example.com,2024-01-05,10,gold,happy,\"{vip,early}\")"]
SELECT a.id FROM accounts a WHERE a = $1;
-- name: hunt_r3_whole_row_compare_row_ctor
SELECT a.id FROM accounts a WHERE (a.id, a.loyalty) = (1, 10) OR ROW(a.tier, a.mood) = ROW('bronze', 'sad'::mood) ORDER BY 1;
-- name: hunt_r3_exists_star_limit
SELECT EXISTS (SELECT * FROM accounts WHERE loyalty > 9 LIMIT 1), EXISTS (SELECT * FROM bills WHERE due < '2024-01-01');
-- name: hunt_r3_lateral_outer_shadow_in_limit_where
SELECT a.id, t.label FROM accounts a CROSS JOIN LATERAL (SELECT label FROM tags WHERE tags.loyalty <= a.loyalty ORDER BY id LIMIT 1) t ORDER BY a.id;
-- name: hunt_r3_lateral_inner_shadow_outer_tags
SELECT t.id, x.n FROM tags t, LATERAL (SELECT count(*) AS n FROM accounts a WHERE a.loyalty = t.loyalty) x ORDER BY t.id;
-- name: hunt_r3_full_join_coalesce_shadow
SELECT coalesce(a.id, t.id) AS id, a.loyalty, t.loyalty FROM accounts a FULL JOIN tags t ON t.loyalty = a.loyalty ORDER BY 1, 3 NULLS LAST;
-- name: hunt_r3_join_on_two_shadow_tables
SELECT a.id, b.id FROM accounts a JOIN bills b ON b.account_id = a.id AND (b.paid OR a.loyalty > 5) AND b.due > DATE '2024-07-01' ORDER BY 1, 2;
-- name: hunt_r3_union_order_by_expression_error
-- expect: 0A000
SELECT loyalty FROM accounts UNION SELECT loyalty FROM tags ORDER BY loyalty + 1;
-- name: hunt_r3_set_op_types_enum_text
-- expect: 42804
SELECT mood FROM accounts UNION SELECT tier FROM accounts;
-- name: hunt_r3_values_types_with_shadow_column
SELECT * FROM (VALUES (1), (2)) v(x) WHERE x IN (SELECT loyalty FROM accounts) OR x::text IN (SELECT tier FROM accounts) ORDER BY 1;
-- name: hunt_r3_aggregate_order_by_whole_row
SELECT string_agg(a.name, ',' ORDER BY a.loyalty NULLS FIRST, a) FROM accounts a;
-- name: hunt_r3_subquery_in_order_by_shadow
SELECT id FROM accounts a ORDER BY (SELECT count(*) FROM bills b WHERE b.account_id = a.id AND NOT b.paid) DESC, a.loyalty NULLS LAST, id;
-- name: hunt_r3_case_in_group_by_shadow
SELECT CASE WHEN loyalty >= 5 THEN 'hi' WHEN loyalty IS NULL THEN '?' ELSE 'lo' END AS bucket, count(*) FROM accounts GROUP BY 1 ORDER BY 1;
-- name: hunt_r3_cte_materialized_with_window
WITH m AS MATERIALIZED (SELECT id, loyalty, avg(loyalty) OVER () AS av FROM accounts) SELECT id, loyalty > av FROM m ORDER BY id;
-- name: hunt_r3_error_typo_in_qualified_star_join
-- expect: 42P01
SELECT acc.*, b.paid FROM accounts a JOIN bills b ON b.account_id = a.id;
-- name: hunt_r3_error_unknown_function_shadow
-- expect: 42883
SELECT no_such_fn(loyalty) FROM accounts;
-- name: hunt_r3_error_ambiguous_shadow_in_self_join
-- expect: 42702
SELECT tier FROM accounts a JOIN accounts b ON a.id = b.id;
-- name: hunt_r3_functional_notation_column
SELECT tier(a), loyalty(a), name(a) FROM accounts a ORDER BY a.id;
-- name: hunt_r3_functional_notation_unaliased
SELECT mood(accounts) FROM accounts ORDER BY id;
-- name: hunt_r3_group_by_key_sublink_outer_ref
SELECT a.id, (SELECT count(*) FROM bills b WHERE b.due > a.created_on + a.loyalty) FROM accounts a GROUP BY a.id ORDER BY 1;
-- name: hunt_r3_group_by_key_exists_outer_ref
SELECT a.id, count(*) FROM accounts a GROUP BY a.id HAVING EXISTS (SELECT 1 FROM tags t WHERE t.loyalty = a.loyalty) ORDER BY 1;
-- name: hunt_r3_group_by_using_merged_key
SELECT id, loyalty, count(*) FROM accounts JOIN bills USING (id) GROUP BY id ORDER BY id;
-- name: hunt_r3_group_by_qualified_mix
SELECT public.accounts.loyalty, count(b.id) FROM public.accounts LEFT JOIN bills b ON b.account_id = accounts.id GROUP BY accounts.id ORDER BY accounts.id;
-- name: hunt_r3_group_by_composite_key
SELECT order_id, line, discount, qty FROM line_items GROUP BY order_id, line ORDER BY 1, 2;
-- name: hunt_r3_group_by_partial_composite_key
-- expect: 42803
SELECT order_id, discount FROM line_items GROUP BY order_id;
-- name: hunt_r3_group_by_partition_key
SELECT s.region, s.id, s.status, s.priority FROM shipments s GROUP BY s.region, s.id ORDER BY 1, 2;
-- name: hunt_r3_group_by_key_grouped_subquery_inside
SELECT a.id, (SELECT max(b.amount) FROM bills b WHERE b.account_id = a.id GROUP BY b.paid ORDER BY 1 DESC LIMIT 1) FROM accounts a WHERE a.loyalty IS NOT NULL ORDER BY 1;
-- name: hunt_r3_group_by_key_in_cte
WITH g AS (SELECT a.id, a.tier, count(b.id) AS n FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id) SELECT tier, sum(n) FROM g GROUP BY tier ORDER BY tier NULLS FIRST;
-- name: hunt_r3_group_by_key_whole_row_json
SELECT to_jsonb(a), count(b.id) FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY a.id;
-- name: hunt_r3_group_by_key_star
SELECT a.*, count(b.id) FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY a.id;
-- name: hunt_r3_group_by_key_distinct_on
SELECT DISTINCT ON (a.mood) a.mood, a.id, count(b.id) FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY a.mood, a.id;
-- name: hunt_r3_aliased_join_column_list
SELECT j.* FROM (accounts a CROSS JOIN tags t) AS j(a1, a2) WHERE j.a1 = 1 ORDER BY j.a2, t.id;
-- name: hunt_r3_aliased_join_shadow_through_alias
SELECT j.tier, j.paid FROM (accounts a JOIN bills b ON b.account_id = a.id) AS j ORDER BY j.amount;
-- name: hunt_r3_subquery_output_clash_ambiguous
-- expect: 42702
SELECT loyalty FROM (SELECT 1 AS loyalty) s, accounts;
-- name: hunt_r3_subquery_hides_shadow
-- expect: 42703
SELECT s.loyalty FROM (SELECT id FROM accounts) s;
-- name: hunt_r3_view_over_served_table
SELECT r.id, a.loyalty FROM rich_accounts r JOIN accounts a USING (id) ORDER BY 1;
-- name: hunt_r3_view_has_no_shadow
-- expect: 42703
SELECT loyalty FROM rich_accounts;
-- name: hunt_r3_partition_direct_with_parent_join
SELECT e.id, e.status, s.priority FROM shipments_eu e JOIN shipments s USING (region, id) ORDER BY 1;
-- name: hunt_r3_inheritance_tableoid_shadow
SELECT tableoid::regclass, id, legs FROM animals ORDER BY id;
-- name: hunt_r3_child_star
SELECT * FROM dogs ORDER BY id;
-- name: hunt_r3_functional_notation_grouped
SELECT tier(a), count(*) FROM accounts a GROUP BY tier(a) ORDER BY 1 NULLS FIRST;
-- name: hunt_r3_star_qualified_sub_select_list
SELECT (SELECT count(*) FROM bills b WHERE b.account_id = a.id), a.* FROM accounts a ORDER BY a.id;
-- name: hunt_r3_order_by_output_alias_shadow_name
SELECT id AS loyalty, loyalty AS id FROM accounts ORDER BY loyalty;
-- name: hunt_r3_order_by_output_alias_expression
SELECT id, loyalty AS l FROM accounts ORDER BY l + 0 NULLS FIRST, id;
-- name: hunt_r3_group_by_output_name_shadow_conflict
SELECT tier AS name, count(*) FROM accounts GROUP BY name ORDER BY 1;
-- name: hunt_r3_emoji_before_error
-- expect: 42703
SELECT '😀 ok', tier, loyality FROM accounts;
-- name: hunt_r3_emoji_alias_and_where_error
-- expect: 42703
SELECT '😀' AS "🙂", a.tier FROM accounts a WHERE a.loyalty > 1 AND a.nme = '😀';
-- name: hunt_r3_emoji_in_literal_compare
SELECT id, tier = '😀' FROM accounts WHERE tier IS DISTINCT FROM '🙂' ORDER BY id;
-- name: hunt_r3_emoji_constant_shape_error_one
-- expect: 22P02
SELECT id FROM accounts WHERE tier = '😀😀' AND loyalty > 'x1';
-- name: hunt_r3_emoji_constant_shape_error_two
-- expect: 22P02
SELECT id FROM accounts WHERE tier = 'ü' AND loyalty > 'yy2';
-- name: hunt_r3_emoji_constant_shape_error_three
-- expect: 22P02
SELECT id FROM accounts WHERE tier = '東京東京東京' AND loyalty > 'z';
-- name: hunt_r3_table_order_limit
TABLE accounts ORDER BY loyalty DESC NULLS LAST, id LIMIT 3;
-- name: hunt_r3_table_union_table
(TABLE accounts) UNION ALL (TABLE accounts) ORDER BY id, loyalty LIMIT 4;
-- name: hunt_r3_table_only_animals
TABLE ONLY animals ORDER BY id;
-- name: hunt_r3_table_sales
TABLE sales.accounts ORDER BY id;
-- name: hunt_r3_values_top_level_subquery
VALUES ((SELECT loyalty FROM accounts WHERE id = 1), (SELECT tier FROM accounts WHERE id = 2));
-- name: hunt_r3_star_is_not_null
SELECT id FROM accounts WHERE (accounts.*) IS NOT NULL ORDER BY id;
-- name: hunt_r3_json_build_array_row
SELECT json_build_array(a.id, a.loyalty, a.labels) FROM accounts a ORDER BY a.id;
-- name: hunt_r3_u_escape_names
SELECT U&"\0074ier", U&"loy\0061lty" FROM U&"\0061ccounts" ORDER BY id;
-- name: hunt_r3_long_alias_truncated
SELECT aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.loyalty FROM accounts aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ORDER BY 1;
-- name: hunt_r3_long_alias_truncated_other_suffix
SELECT aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaxxxxx.tier FROM accounts aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaayyyyy ORDER BY 1;
-- name: hunt_r3_long_column_name_truncated
SELECT loyaltyxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx FROM accounts;
-- name: hunt_r3_set_config_where_false_changes_nothing
SELECT set_config('search_path', 'sales, public', false) WHERE false; SELECT id, loyalty FROM accounts ORDER BY id;
-- name: hunt_r3_set_config_limit_0_changes_nothing
SELECT set_config('search_path', 'sales, public', false) LIMIT 0; SELECT id, loyalty FROM accounts ORDER BY id;
-- name: hunt_r3_set_config_beside_other_output
SELECT set_config('search_path', 'sales, public', false), 1; SELECT id, score FROM accounts ORDER BY id;
-- name: hunt_r3_set_config_local_second_output
SELECT 1 AS x, set_config('search_path', 'sales, public', true) AS p; SELECT id, score FROM accounts ORDER BY id;
-- name: hunt_r3_landing_whole_row_json
SELECT row_to_json(s), to_jsonb(s) ->> 'score' FROM sales.accounts s ORDER BY s.id;
-- name: hunt_r3_landing_row_field_star
SELECT (s).*, (s).score FROM sales.accounts s ORDER BY (s).id;
-- name: hunt_r3_landing_star_join_public
SELECT * FROM sales.accounts JOIN public.accounts p USING (id) WHERE sales.accounts.score > 15 ORDER BY id;
-- name: hunt_r3_landing_group_by_key
SELECT s.id, s.score, count(p.id) FROM sales.accounts s LEFT JOIN public.accounts p ON p.loyalty = s.score GROUP BY s.id ORDER BY 1;
-- name: hunt_r3_landing_distinct_order
SELECT DISTINCT score FROM sales.accounts ORDER BY score DESC;
-- name: hunt_r3_landing_param
-- params: ["20"]
SELECT id FROM sales.accounts WHERE score = $1;
-- name: hunt_r3_landing_whole_row_compare
SELECT a.id FROM sales.accounts a JOIN sales.accounts b ON a = b ORDER BY 1;
-- name: hunt_r3_landing_is_distinct_row
SELECT s.id FROM sales.accounts s WHERE s IS DISTINCT FROM ROW(1, 'north', 99) ORDER BY 1;
-- name: hunt_r3_update_subquery_alias_same_as_target
UPDATE accounts a SET name = name WHERE EXISTS (SELECT 1 FROM tags a WHERE a.loyalty = 5) AND a.id < 3 RETURNING a.id, a.loyalty;
-- name: hunt_r3_update_subquery_unqualified_inner_real
UPDATE accounts SET name = name WHERE id IN (SELECT id FROM tags WHERE loyalty = 5) RETURNING id, loyalty;
-- name: hunt_r3_update_subquery_unqualified_outer_shadow
UPDATE accounts SET name = name WHERE EXISTS (SELECT 1 FROM bills WHERE bills.account_id = accounts.id AND loyalty > 5) RETURNING id;
-- name: hunt_r3_update_from_unqualified_other_table
UPDATE bills SET note = note FROM tags WHERE tags.id = bills.id AND loyalty > 1 RETURNING bills.id, paid, loyalty;
-- name: hunt_r3_update_from_ambiguous_shadow
-- expect: 42702
UPDATE accounts SET name = name FROM tags WHERE tags.id = accounts.id AND loyalty > 1;
-- name: hunt_r3_update_from_subquery_output_ambiguous
-- expect: 42702
UPDATE accounts SET name = name FROM (SELECT 1 AS loyalty) s WHERE loyalty = 1;
-- name: hunt_r3_update_returning_subselects
UPDATE accounts SET name = name WHERE id IN (1, 2) RETURNING id, (SELECT loyalty), (SELECT t.loyalty FROM tags t WHERE t.id = accounts.id), (SELECT count(*) FROM bills b WHERE b.account_id = accounts.id AND NOT b.paid AND accounts.tier IS NOT NULL);
-- name: hunt_r3_update_alias_hides_table_name
-- expect: 42P01
UPDATE accounts AS a SET name = name RETURNING accounts.loyalty;
-- name: hunt_r3_update_from_aliased_join_ambiguous
-- expect: 42702
UPDATE bills SET note = note FROM (accounts JOIN tags USING (id)) j WHERE j.id = bills.account_id AND j.loyalty > 0;
-- name: hunt_r3_update_from_aliased_join_shadow
UPDATE bills SET note = j.tier FROM (accounts JOIN sales.accounts USING (id)) j WHERE j.id = bills.account_id AND j.mood <> 'sad' RETURNING bills.id, j.score, note;
-- name: hunt_r3_update_returning_whole_row_target
UPDATE accounts SET name = name WHERE id = 1 RETURNING accounts, accounts.loyalty;
-- name: hunt_r3_update_returning_old_error
-- expect: 42P01
UPDATE accounts SET name = name WHERE id = 1 RETURNING old.loyalty;
-- name: hunt_r3_delete_avg_inner_unqualified
DELETE FROM accounts a WHERE a.loyalty > (SELECT avg(loyalty) FROM accounts) RETURNING a.id, a.loyalty, a.tier;
-- name: hunt_r3_delete_using_lateral_target_error
-- expect: 42P10
DELETE FROM accounts a USING LATERAL (SELECT a.loyalty) x WHERE x.loyalty > 0;
-- name: hunt_r3_update_cte_reads_shadow
WITH top AS (SELECT id FROM accounts ORDER BY loyalty DESC NULLS LAST LIMIT 2) UPDATE bills SET note = note FROM top WHERE bills.account_id = top.id RETURNING bills.id, bills.due;
-- name: hunt_r3_update_where_row_comparison
UPDATE accounts SET email = email WHERE (loyalty, tier) = (10, 'gold') RETURNING id, mood;
-- name: hunt_r3_update_set_live_from_case_shadow
UPDATE accounts SET name = CASE WHEN loyalty IS NULL THEN name ELSE name || loyalty END WHERE id < 4 RETURNING name;
-- name: hunt_r3_update_returning_star_param
-- params: ["2"]
UPDATE accounts SET name = name WHERE id = $1 RETURNING *;
-- name: hunt_r3_update_returning_param_type
-- params: ["3"]
UPDATE accounts SET name = name WHERE loyalty > $1 RETURNING id, loyalty + $1 AS bumped;
-- name: hunt_r3_delete_returning_mood_param
-- params: ["sad"]
DELETE FROM accounts WHERE mood = $1 AND id NOT IN (SELECT account_id FROM bills WHERE account_id IS NOT NULL) RETURNING id;
-- name: hunt_r3_delete_where_subquery_same_name_cte
WITH accounts AS (SELECT 3 AS id, 1 AS loyalty) DELETE FROM bills WHERE account_id IN (SELECT id FROM accounts WHERE loyalty = 1) RETURNING id, paid;
-- name: hunt_r3_update_nested_subquery_levels
UPDATE bills b SET note = note WHERE b.account_id IN (SELECT a.id FROM accounts a WHERE a.loyalty > (SELECT min(t.loyalty) FROM tags t WHERE t.id <> b.id)) RETURNING b.id, b.due;
-- name: hunt_r3_update_exists_inner_alias_is_target_name
UPDATE bills SET note = note WHERE EXISTS (SELECT 1 FROM accounts bills WHERE bills.loyalty > 5) AND id = 1 RETURNING id, paid;
-- name: hunt_r3_update_returning_paid_from_subquery_shadow_name
UPDATE bills SET note = note WHERE id = 2 RETURNING (SELECT paid FROM (SELECT true AS paid) s), paid;
-- name: hunt_r3_aliased_join_two_schemas_select
SELECT j.id, j.tier, j.score FROM (accounts JOIN sales.accounts USING (id)) j ORDER BY j.id;
-- name: hunt_r3_join_two_schemas_unaliased_select
SELECT id, tier, score FROM accounts JOIN sales.accounts USING (id) ORDER BY id;
-- name: hunt_r3_join_two_schemas_unaliased_update
UPDATE bills SET note = note FROM accounts JOIN sales.accounts USING (id) WHERE id = bills.account_id RETURNING bills.id, tier, score;
-- name: hunt_r3_aliased_join_two_schemas_update_shadow_only
UPDATE bills SET note = note FROM (accounts JOIN sales.accounts USING (id)) j WHERE j.id = bills.account_id RETURNING bills.id, j.tier;
-- name: hunt_r3_aliased_join_two_schemas_on_qualified
SELECT j.tier, j.score, j.region FROM (public.accounts JOIN sales.accounts ON public.accounts.id = sales.accounts.id) AS j ORDER BY 1;
-- name: hunt_r3_aliased_join_two_schemas_on_bare_ambiguous
-- expect: 42P09
SELECT j.tier FROM (accounts JOIN sales.accounts ON accounts.id = sales.accounts.id) AS j;
-- name: hunt_r3_aliased_join_two_schemas_star
SELECT * FROM (accounts JOIN sales.accounts ON sales.accounts.id = public.accounts.id AND public.accounts.loyalty IS NOT NULL) AS j(a, b) ORDER BY a;
-- name: hunt_r3_aliased_join_two_schemas_outer_same_name
SELECT j.score, accounts.tier FROM (accounts JOIN sales.accounts USING (id)) j JOIN accounts ON accounts.id = j.id ORDER BY 1, 2;
-- name: hunt_r3_aliased_join_nested_two_schemas
SELECT k.tier, k.score, k.paid FROM ((accounts JOIN bills ON bills.account_id = accounts.id) JOIN sales.accounts USING (id)) AS k ORDER BY k.amount;
-- name: hunt_r3_aliased_join_two_schemas_whole_row
SELECT j FROM (accounts JOIN sales.accounts USING (id)) j ORDER BY j.id;
-- name: hunt_r3_aliased_join_same_table_twice_error
-- expect: 42712
SELECT j.id FROM (accounts JOIN accounts USING (id)) j;
-- name: hunt_r3_aliased_join_two_schemas_lateral_inside
SELECT j.tier, j.score FROM (accounts JOIN LATERAL (SELECT sales.accounts.score, id FROM sales.accounts WHERE sales.accounts.id = accounts.id) s USING (id)) j ORDER BY 1;
-- name: hunt_r3_typmod_through_union_and_subquery
SELECT n FROM (SELECT "Nick" AS n FROM "Users" UNION SELECT "Nick" FROM "Users" WHERE "Id" = 1) s ORDER BY 1 NULLS LAST;
-- name: hunt_r3_typmod_through_case_and_coalesce
SELECT CASE WHEN "Id" > 1 THEN "Nick" ELSE "Nick" END, coalesce("Nick", "Nick"), greatest("Nick", 'a') FROM "Users" ORDER BY "Id";
-- name: hunt_r3_typmod_through_sublink_array_cte
WITH c AS (SELECT discount FROM line_items) SELECT (SELECT "Nick" FROM "Users" WHERE "Id" = 1), ARRAY(SELECT "Nick" FROM "Users" ORDER BY "Id"), (SELECT max(discount) FROM c);
-- name: hunt_r3_typmod_through_recursive_cte
WITH RECURSIVE r(d, n) AS (SELECT discount, 1 FROM line_items WHERE order_id = 2 UNION ALL SELECT d, n + 1 FROM r WHERE n < 2) SELECT d, n FROM r ORDER BY n;
-- name: hunt_r3_typmod_through_window_and_distinct
SELECT DISTINCT discount, first_value(discount) OVER (ORDER BY discount) FROM line_items ORDER BY 1;
-- name: hunt_r3_typmod_through_lateral_values
SELECT v.x, l.d FROM (VALUES (1), (2)) v(x) CROSS JOIN LATERAL (SELECT discount AS d FROM line_items WHERE order_id = v.x ORDER BY line LIMIT 1) l ORDER BY 1;
-- name: hunt_r3_typmod_grouped_key_composite
SELECT order_id, line, discount FROM line_items GROUP BY order_id, line, discount HAVING discount >= 0 ORDER BY 1, 2;
-- name: hunt_r3_set_config_is_local_as_string
SELECT set_config('search_path', 'sales, public', 'off'); SELECT id, score FROM accounts ORDER BY id;
-- name: hunt_r3_set_config_is_local_as_string_true
SELECT set_config('search_path', 'sales, public', 'TRUE'); SELECT id, score FROM accounts ORDER BY id;
-- name: hunt_r3_set_config_null_value_resets
SET search_path = sales, public; SELECT set_config('search_path', NULL, false); SELECT id, loyalty FROM accounts ORDER BY id;
-- name: hunt_r3_set_config_bad_is_local_changes_nothing
-- expect: 22P02
SELECT set_config('search_path', 'sales, public', 'maybe'); SELECT id, loyalty FROM accounts ORDER BY id;
-- name: hunt_r3_set_config_null_is_local
SELECT set_config('search_path', 'sales, public', NULL); SELECT id, score FROM accounts ORDER BY id;
-- name: hunt_r3_set_before_begin_rolled_back
SET search_path = sales, public; BEGIN; ROLLBACK; SELECT id, loyalty FROM accounts ORDER BY id; BEGIN;
-- name: hunt_r3_set_before_begin_savepoint_rolled_back
SET search_path = sales, public; BEGIN; SAVEPOINT s; SELECT id, score FROM accounts ORDER BY id; ROLLBACK; SELECT id, loyalty FROM accounts ORDER BY id; BEGIN;
-- name: hunt_r3_rollback_to_savepoint_twice
SET search_path = sales, public; SAVEPOINT s; ROLLBACK TO s; SET search_path = public; ROLLBACK TO s; SELECT id, score FROM accounts ORDER BY id;
-- name: hunt_r3_release_inner_savepoint_of_same_name
SAVEPOINT s; SET search_path = sales, public; SAVEPOINT s; SET search_path = public; RELEASE s; ROLLBACK TO s; SELECT id, loyalty FROM accounts ORDER BY id;
-- name: hunt_r3_aliased_join_two_schemas_for_update_of_bare
SELECT j.tier, j.score FROM (accounts JOIN sales.accounts USING (id)) j ORDER BY 1 FOR UPDATE OF accounts;
-- name: hunt_r3_aliased_join_for_update_of_member
SELECT j.tier FROM (accounts a JOIN bills b ON b.account_id = a.id) j ORDER BY j.amount FOR UPDATE OF a;
-- name: hunt_r3_aliased_join_group_by_member_key
SELECT j.id, j.tier, count(*) FROM (accounts JOIN bills ON bills.account_id = accounts.id) AS j GROUP BY j.id ORDER BY 1;
-- name: hunt_r3_aliased_join_two_schemas_group_by_key
SELECT j.id, j.tier, j.region FROM (accounts JOIN sales.accounts USING (id)) j GROUP BY j.id ORDER BY 1;
-- name: hunt_r3_aliased_join_two_schemas_natural
SELECT * FROM (accounts NATURAL JOIN sales.accounts) j ORDER BY id;
-- name: hunt_r3_recursive_with_forward_cte_reference
WITH RECURSIVE a AS (SELECT * FROM accounts), accounts AS (SELECT 1 AS id, 5 AS loyalty) SELECT * FROM a;
-- name: hunt_r3_recursive_with_forward_cte_shadow_name
WITH RECURSIVE a AS (SELECT loyalty FROM accounts), accounts AS (SELECT 7 AS loyalty) SELECT * FROM a;
-- name: hunt_r3_nonrecursive_with_forward_reference_is_table
WITH a AS (SELECT loyalty FROM accounts WHERE id = 1), accounts AS (SELECT 7 AS loyalty) SELECT * FROM a;
-- name: hunt_r3_recursive_with_self_name_table
WITH RECURSIVE accounts(id, loyalty) AS (SELECT 1, 1 UNION ALL SELECT id + 1, loyalty * 2 FROM accounts WHERE id < 4) SELECT * FROM accounts ORDER BY id;
-- name: hunt_r3_merge_source_shadow_into_tags
MERGE INTO tags t USING accounts a ON t.id = a.id WHEN MATCHED AND a.loyalty > 5 THEN UPDATE SET loyalty = a.loyalty WHEN NOT MATCHED AND a.tier IS NOT NULL THEN INSERT VALUES (a.id + 100, a.tier, a.loyalty);
-- name: hunt_r3_merge_target_shadow_condition
MERGE INTO accounts a USING (VALUES (1), (2), (3)) v(id) ON a.id = v.id WHEN MATCHED AND a.loyalty > 5 THEN UPDATE SET name = a.name || '!' WHEN MATCHED AND a.tier = 'bronze' THEN DELETE;
-- name: hunt_r3_merge_target_shadow_in_live_set
MERGE INTO accounts a USING (SELECT 1 AS id) v ON a.id = v.id WHEN MATCHED THEN UPDATE SET name = a.name || coalesce(a.tier, '-') || a.loyalty;
-- name: hunt_r3_merge_source_subquery_shadow
MERGE INTO tags t USING (SELECT id, loyalty FROM accounts WHERE mood = 'happy') s ON t.id = s.id WHEN MATCHED THEN UPDATE SET loyalty = s.loyalty;
-- name: hunt_r3_merge_ambiguous_shadow
-- expect: 42702
MERGE INTO tags t USING accounts a ON t.id = a.id WHEN MATCHED AND loyalty > 5 THEN DO NOTHING;
-- name: hunt_r3_group_by_input_name_beats_output_key
SELECT a.loyalty AS id, a.tier FROM accounts a GROUP BY id ORDER BY a.id;
-- name: hunt_r3_group_by_input_shadow_beats_output_alias
-- expect: 42803
SELECT a.id AS loyalty, a.tier FROM accounts a GROUP BY loyalty;
-- name: hunt_r3_group_by_output_alias_of_key
SELECT a.id AS pk, a.tier, a.mood FROM accounts a GROUP BY pk ORDER BY pk;
-- name: hunt_r3_window_named_like_shadow
SELECT id, sum(id) OVER loyalty FROM accounts WINDOW loyalty AS (ORDER BY id) ORDER BY id;
-- name: hunt_r3_order_by_output_beats_input
SELECT id, tier AS loyalty FROM accounts ORDER BY loyalty NULLS FIRST, id;
-- name: hunt_r3_group_by_key_order_by_output_name_of_shadow
SELECT a.id, a.loyalty AS pts FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY pts DESC NULLS LAST, a.id;
-- name: hunt_r3_group_by_key_distinct
SELECT DISTINCT a.tier, a.mood FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY 1 NULLS FIRST, 2;
-- name: hunt_r3_group_by_key_in_lateral_subquery
SELECT x.* FROM (VALUES (1), (3)) v(n), LATERAL (SELECT a.id, a.tier, count(b.id) FROM accounts a LEFT JOIN bills b ON b.account_id = a.id WHERE a.id >= v.n GROUP BY a.id ORDER BY a.id LIMIT 1) x ORDER BY 1;
-- name: hunt_r3_group_by_key_via_join_alias
SELECT j.id, j.tier FROM (accounts a JOIN bills b ON b.account_id = a.id) j GROUP BY j.id ORDER BY 1;
-- name: hunt_r3_whole_rows_swapped_names
SELECT a AS b, b AS a FROM accounts a JOIN bills b ON b.account_id = a.id ORDER BY b.id;
-- name: hunt_r3_whole_rows_same_output_name_two_types
SELECT b AS x, x FROM bills b JOIN accounts x ON x.id = b.account_id ORDER BY b.id;
-- name: hunt_r3_whole_row_named_like_live_column
SELECT a AS id, b.id FROM accounts a JOIN bills b ON b.account_id = a.id ORDER BY b.id;
-- name: hunt_r3_whole_row_and_record_same_name
SELECT a AS r, ROW(b.id, b.paid) AS r FROM accounts a JOIN bills b ON b.account_id = a.id ORDER BY b.id;
-- name: hunt_r3_whole_row_users_quoted
SELECT u AS "Users", u."Nick" FROM "Users" u ORDER BY u."Id";
-- name: hunt_r3_ctas_whole_row_refused
-- refused
CREATE TEMP TABLE hunt_r3_rows AS SELECT a FROM accounts a;
-- name: hunt_r3_select_into_whole_row_refused
-- refused
SELECT a.id, a INTO TEMP hunt_r3_rows2 FROM accounts a;
-- name: hunt_r3_ctas_array_of_rows_refused
-- refused
CREATE TEMP TABLE hunt_r3_rows3 AS SELECT array_agg(a ORDER BY a.id) AS all_rows FROM accounts a;
-- name: hunt_r3_ctas_scalar_subquery_row_refused
-- refused
CREATE TEMP TABLE hunt_r3_rows4 AS SELECT b.id, (SELECT a FROM accounts a WHERE a.id = b.account_id) FROM bills b;
-- name: hunt_r3_ctas_union_rows_refused
-- refused
CREATE TEMP TABLE hunt_r3_rows5 AS SELECT 1 AS n, a FROM accounts a UNION ALL SELECT 2, coalesce(x, x) FROM accounts x;
-- name: hunt_r3_ctas_row_as_json_served
CREATE TEMP TABLE hunt_r3_rows6 AS SELECT a.id, row_to_json(a) AS doc, (a).loyalty FROM accounts a; SELECT * FROM hunt_r3_rows6 ORDER BY id; DROP TABLE hunt_r3_rows6;
-- name: hunt_r3_ctas_record_fails_alike
-- expect: 42P16
CREATE TEMP TABLE hunt_r3_rows7 AS SELECT ROW(a.id, a.loyalty) AS r FROM accounts a;
-- name: hunt_r3_select_into_star_served
SELECT a.* INTO TEMP hunt_r3_rows8 FROM accounts a WHERE a.loyalty > 0; SELECT * FROM hunt_r3_rows8 ORDER BY id; DROP TABLE hunt_r3_rows8;
-- name: hunt_r3_ctas_column_named_like_table
CREATE TEMP TABLE hunt_r3_rows9 AS SELECT name FROM accounts name WHERE name.loyalty > 0; SELECT * FROM hunt_r3_rows9 ORDER BY 1; DROP TABLE hunt_r3_rows9;
-- name: hunt_r3_union_rows_of_two_tables
-- expect: 42846
SELECT a FROM accounts a WHERE a.id = 1 UNION ALL SELECT b FROM bills b WHERE b.id = 1;
-- name: hunt_r3_union_row_with_plain_table_row
-- expect: 42846
SELECT a FROM accounts a WHERE a.id = 1 UNION ALL SELECT t FROM tags t WHERE t.id = 1;
-- name: hunt_r3_coalesce_rows_of_two_tables
-- expect: 42846
SELECT coalesce(a, b) FROM accounts a JOIN bills b ON b.account_id = a.id WHERE b.id = 1;
-- name: hunt_r3_case_rows_of_two_tables
-- expect: 42846
SELECT CASE WHEN a.id > 1 THEN a ELSE t END FROM accounts a JOIN tags t ON t.id = a.id WHERE a.id = 1;
-- name: hunt_r3_array_rows_of_two_tables
-- expect: 42846
SELECT ARRAY[a, b] FROM accounts a JOIN bills b ON b.account_id = a.id WHERE b.id = 1;
-- name: hunt_r3_union_rows_same_table_served
SELECT a FROM accounts a WHERE a.id = 1 UNION ALL SELECT x FROM accounts x WHERE x.id = 2;
-- name: hunt_r3_union_rows_other_schema_message
-- expect: 42846
SELECT s FROM sales.accounts s UNION SELECT a FROM accounts a;
-- name: hunt_r3_case_rows_without_else
-- expect: 42846
SELECT CASE WHEN a.id = 1 THEN a WHEN a.id = 2 THEN b END FROM accounts a JOIN bills b ON b.account_id = a.id;
-- name: hunt_r3_coalesce_row_and_null_served
SELECT coalesce(NULL, a, NULL) FROM accounts a WHERE a.id = 1;
-- name: hunt_r3_union_three_arms_rows
-- expect: 42846
SELECT a FROM accounts a UNION ALL SELECT x FROM accounts x UNION ALL SELECT u FROM "Users" u;
-- name: hunt_r4_django_select_related_t2_t3
SELECT "bills"."id", "bills"."paid", "bills"."due", T2."id", T2."loyalty", T2."tier", T3."loyalty" FROM "bills" LEFT OUTER JOIN "accounts" T2 ON ("bills"."account_id" = T2."id") LEFT OUTER JOIN "accounts" T3 ON (T2."id" = T3."id") ORDER BY "bills"."id" ASC;
-- name: hunt_r4_django_prefetch_in
SELECT "bills"."id", "bills"."account_id", "bills"."paid" FROM "bills" WHERE "bills"."account_id" IN (1, 3, 5) ORDER BY "bills"."id";
-- name: hunt_r4_django_exists
SELECT 1 AS "a" FROM "accounts" WHERE "accounts"."loyalty" > 0 LIMIT 1;
-- name: hunt_r4_django_exists_params
-- params: ["gold"]
SELECT 1 AS "a" FROM "accounts" WHERE "accounts"."tier" = $1 LIMIT 1;
-- name: hunt_r4_django_annotate_filter
SELECT "accounts"."id", COUNT("bills"."id") FILTER (WHERE "bills"."paid") AS "paid_count", SUM("bills"."amount") FILTER (WHERE NOT "bills"."paid") AS "open" FROM "accounts" LEFT OUTER JOIN "bills" ON ("accounts"."id" = "bills"."account_id") GROUP BY "accounts"."id" ORDER BY "accounts"."id";
-- name: hunt_r4_django_aggregate_coalesce
SELECT COALESCE(SUM("accounts"."loyalty"), 0) AS "total", MAX("accounts"."tier") AS "top" FROM "accounts";
-- name: hunt_r4_django_values_list_flat
SELECT "accounts"."tier" FROM "accounts" WHERE "accounts"."tier" IS NOT NULL ORDER BY "accounts"."tier" DESC, "accounts"."id";
-- name: hunt_r4_django_cast_annotation
SELECT "accounts"."id", ("accounts"."loyalty")::numeric(12, 2) AS "l", ("accounts"."mood")::text AS "m" FROM "accounts" ORDER BY 1;
-- name: hunt_r4_django_window_rank
SELECT "accounts"."id", RANK() OVER (PARTITION BY "accounts"."tier" ORDER BY "accounts"."loyalty" DESC) AS "rk" FROM "accounts" ORDER BY "accounts"."id";
-- name: hunt_r4_django_group_by_shadow_count
SELECT "accounts"."tier", COUNT("accounts"."id") AS "n" FROM "accounts" GROUP BY "accounts"."tier" ORDER BY "accounts"."tier" NULLS FIRST;
-- name: hunt_r4_django_subquery_outerref
SELECT "accounts"."id", (SELECT U0."paid" FROM "bills" U0 WHERE U0."account_id" = ("accounts"."id") ORDER BY U0."id" DESC LIMIT 1) AS "last_paid" FROM "accounts" ORDER BY "accounts"."id";
-- name: hunt_r4_django_exists_subquery
SELECT "accounts"."id" FROM "accounts" WHERE EXISTS(SELECT 1 AS "a" FROM "bills" U0 WHERE (U0."account_id" = ("accounts"."id") AND U0."paid") LIMIT 1) ORDER BY 1;
-- name: hunt_r4_sqla_joinedload_anon
SELECT accounts.id AS accounts_id, accounts.loyalty AS accounts_loyalty, bills_1.id AS bills_1_id, bills_1.paid AS bills_1_paid FROM accounts LEFT OUTER JOIN bills AS bills_1 ON accounts.id = bills_1.account_id ORDER BY accounts.id, bills_1.id;
-- name: hunt_r4_sqla_selectinload_params
-- params: ["1", "2", "3"]
SELECT bills.account_id AS bills_account_id, bills.id AS bills_id, bills.due AS bills_due FROM bills WHERE bills.account_id IN ($1::INTEGER, $2::INTEGER, $3::INTEGER) ORDER BY bills.id;
-- name: hunt_r4_sqla_subquery_anon_1
SELECT anon_1.accounts_id, anon_1.accounts_tier, bills_1.paid FROM (SELECT accounts.id AS accounts_id, accounts.tier AS accounts_tier FROM accounts WHERE accounts.loyalty >= 0 ORDER BY accounts.id LIMIT 4) AS anon_1 LEFT OUTER JOIN bills AS bills_1 ON anon_1.accounts_id = bills_1.account_id ORDER BY anon_1.accounts_id, bills_1.id;
-- name: hunt_r4_sqla_lateral
SELECT a.id, anon_1.paid, anon_1.due FROM accounts AS a LEFT OUTER JOIN LATERAL (SELECT bills.paid AS paid, bills.due AS due FROM bills WHERE bills.account_id = a.id ORDER BY bills.due DESC NULLS LAST, bills.id LIMIT 1) AS anon_1 ON true ORDER BY a.id;
-- name: hunt_r4_prisma_three_part
SELECT "public"."accounts"."id", "public"."accounts"."loyalty", "public"."accounts"."mood" FROM "public"."accounts" WHERE "public"."accounts"."loyalty" >= 0 ORDER BY "public"."accounts"."id" ASC OFFSET 0;
-- name: hunt_r4_prisma_three_part_p
-- params: ["0", "0"]
SELECT "public"."accounts"."id", "public"."accounts"."loyalty", "public"."accounts"."mood" FROM "public"."accounts" WHERE "public"."accounts"."loyalty" >= $1 ORDER BY "public"."accounts"."id" ASC OFFSET $2;
-- name: hunt_r4_prisma_json_relation
SELECT "t1"."id", "t1"."tier", (SELECT COALESCE(JSON_AGG("__prisma_data__"), '[]') AS "__prisma_data__" FROM (SELECT "t2"."__prisma_data__" FROM (SELECT JSON_BUILD_OBJECT('id', "t3"."id", 'paid', "t3"."paid", 'due', "t3"."due") AS "__prisma_data__", "t3"."id" FROM "public"."bills" AS "t3" WHERE "t1"."id" = "t3"."account_id" ORDER BY "t3"."id") AS "t2") AS "t4") AS "bills" FROM "public"."accounts" AS "t1" ORDER BY "t1"."id";
-- name: hunt_r4_row_to_json_subselect
SELECT a.id, (SELECT row_to_json(x) FROM (SELECT b.paid, b.due FROM bills b WHERE b.account_id = a.id ORDER BY b.id LIMIT 1) x) AS first_bill FROM accounts a ORDER BY a.id;
-- name: hunt_r4_rails_pluck
SELECT "accounts"."tier", "accounts"."loyalty" FROM "accounts" WHERE "accounts"."mood" != 'sad' ORDER BY "accounts"."id" ASC;
-- name: hunt_r4_rails_pluck_p
-- params: ["sad"]
SELECT "accounts"."tier", "accounts"."loyalty" FROM "accounts" WHERE "accounts"."mood" != $1 ORDER BY "accounts"."id" ASC;
-- name: hunt_r4_rails_where_not_null
SELECT "accounts".* FROM "accounts" WHERE NOT ("accounts"."tier" IS NULL OR "accounts"."loyalty" = 0) ORDER BY "accounts"."id";
-- name: hunt_r4_rails_order_arel
SELECT "accounts"."id" FROM "accounts" ORDER BY CASE WHEN accounts.tier IS NULL THEN 1 ELSE 0 END, accounts.loyalty DESC, accounts.id;
-- name: hunt_r4_rails_includes_in
-- params: ["1", "2", "3", "4"]
SELECT "bills".* FROM "bills" WHERE "bills"."account_id" IN ($1, $2, $3, $4) ORDER BY "bills"."id";
-- name: hunt_r4_keyset_row_comparison
-- params: ["0", "1"]
SELECT id, loyalty FROM accounts WHERE (loyalty, id) > ($1, $2) ORDER BY loyalty, id LIMIT 3;
-- name: hunt_r4_keyset_row_comparison_desc
SELECT id, due FROM bills WHERE (due, id) < ('2025-01-01'::date, 100) ORDER BY due DESC, id DESC LIMIT 4;
-- name: hunt_r4_jsonb_agg_shadow
SELECT a.tier, jsonb_agg(a.loyalty ORDER BY a.id) AS l FROM accounts a GROUP BY a.tier ORDER BY a.tier NULLS LAST;
-- name: hunt_r4_jsonb_build_object_labels
SELECT jsonb_build_object('id', id, 'labels', labels, 'mood', mood) FROM accounts ORDER BY id;
-- name: hunt_r4_to_jsonb_whole_row
SELECT to_jsonb(a) FROM accounts a ORDER BY a.id;
-- name: hunt_r4_to_jsonb_whole_row_minus
SELECT to_jsonb(a) - 'email' AS j FROM accounts a WHERE a.loyalty > 0 ORDER BY a.id;
-- name: hunt_r4_json_agg_whole_rows
SELECT json_agg(b ORDER BY b.id) FROM bills b WHERE b.paid;
-- name: hunt_r4_grouping_sets
SELECT tier, mood, count(*), GROUPING(tier, mood) FROM accounts GROUP BY GROUPING SETS ((tier), (mood), ()) ORDER BY 4, 1 NULLS FIRST, 2 NULLS FIRST;
-- name: hunt_r4_rollup
SELECT tier, mood, sum(loyalty) FROM accounts GROUP BY ROLLUP (tier, mood) ORDER BY 1 NULLS LAST, 2 NULLS LAST;
-- name: hunt_r4_cube
SELECT paid, due, count(*) FROM bills GROUP BY CUBE (paid, due) ORDER BY 1 NULLS LAST, 2 NULLS LAST, 3;
-- name: hunt_r4_distinct_on
SELECT DISTINCT ON (tier) tier, id, loyalty FROM accounts ORDER BY tier NULLS FIRST, loyalty DESC, id;
-- name: hunt_r4_recursive_cte
WITH RECURSIVE r(n, l) AS (SELECT 1, (SELECT loyalty FROM accounts WHERE id = 1) UNION ALL SELECT n + 1, l + 1 FROM r WHERE n < 4) SELECT * FROM r;
-- name: hunt_r4_recursive_cte_over_table
WITH RECURSIVE chain AS (SELECT id, loyalty, 1 AS depth FROM accounts WHERE id = 1 UNION ALL SELECT a.id, a.loyalty, c.depth + 1 FROM accounts a JOIN chain c ON a.id = c.id + 1 WHERE c.depth < 5) SELECT * FROM chain ORDER BY id;
-- name: hunt_r4_union_order_limit
SELECT id, tier AS t FROM accounts UNION SELECT id, note FROM bills ORDER BY 2 NULLS LAST, 1 LIMIT 5;
-- name: hunt_r4_except_shadow
(SELECT loyalty FROM accounts EXCEPT SELECT 0) ORDER BY 1;
-- name: hunt_r4_intersect_all
SELECT paid FROM bills INTERSECT ALL SELECT seen FROM events ORDER BY 1;
-- name: hunt_r4_is_distinct_from
SELECT id FROM accounts WHERE tier IS DISTINCT FROM 'gold' ORDER BY id;
-- name: hunt_r4_is_not_distinct_from_param
-- params: [null]
SELECT id FROM accounts WHERE tier IS NOT DISTINCT FROM $1 ORDER BY id;
-- name: hunt_r4_any_labels
SELECT id FROM accounts WHERE 'new' = ANY (labels) ORDER BY id;
-- name: hunt_r4_all_nums
SELECT id FROM gadgets WHERE 0 < ALL (nums) ORDER BY id;
-- name: hunt_r4_any_param_array
-- params: ["{gold,silver}"]
SELECT id, tier FROM accounts WHERE tier = ANY ($1) ORDER BY id;
-- name: hunt_r4_unnest_labels
SELECT a.id, l FROM accounts a, unnest(a.labels) AS l ORDER BY a.id, l;
-- name: hunt_r4_unnest_with_ordinality
SELECT a.id, u.l, u.n FROM accounts a CROSS JOIN LATERAL unnest(a.labels) WITH ORDINALITY AS u(l, n) ORDER BY 1, 3;
-- name: hunt_r4_array_agg_order
SELECT array_agg(tier ORDER BY loyalty DESC NULLS LAST, id) FROM accounts;
-- name: hunt_r4_cast_domain
SELECT id, units::posint, (units + 1)::posint FROM gadgets ORDER BY id;
-- name: hunt_r4_cast_enum
SELECT id FROM accounts WHERE mood = 'sad'::mood OR mood::text = 'grumpy' ORDER BY id;
-- name: hunt_r4_enum_compare
SELECT id, mood FROM accounts WHERE mood > 'happy' ORDER BY mood, id;
-- name: hunt_r4_collate
SELECT tier FROM accounts ORDER BY tier COLLATE "C" NULLS LAST, id;
-- name: hunt_r4_collate_in_where
SELECT id FROM accounts WHERE tier COLLATE "C" < 'h' ORDER BY id;
-- name: hunt_r4_fetch_with_ties
SELECT id, loyalty FROM accounts ORDER BY loyalty DESC FETCH FIRST 2 ROWS WITH TIES;
-- name: hunt_r4_for_update_skip_locked_of
SELECT a.id, a.loyalty FROM accounts a JOIN bills b ON b.account_id = a.id WHERE b.paid ORDER BY a.id FOR UPDATE OF a SKIP LOCKED;
-- name: hunt_r4_for_share_nowait
SELECT id, tier FROM accounts WHERE loyalty > 0 ORDER BY id FOR SHARE NOWAIT;
-- name: hunt_r4_typo_next_to_shadow
-- expect: 42703
SELECT loyalty, loyalyt FROM accounts;
-- name: hunt_r4_typo_after_shadow_in_where
-- expect: 42703
SELECT id FROM accounts WHERE tier = 'gold' AND teir = 'x';
-- name: hunt_r4_typo_qualified
-- expect: 42703
SELECT a.loyalty, a.tierr FROM accounts a;
-- name: hunt_r4_typo_in_order_by
-- expect: 42703
SELECT loyalty FROM accounts ORDER BY loyaltyy;
-- name: hunt_r4_param_typed_by_shadow
-- params: ["3"]
SELECT id FROM accounts WHERE loyalty = $1 ORDER BY id;
-- name: hunt_r4_param_typed_by_shadow_arith
-- params: ["2"]
SELECT id, loyalty + $1 FROM accounts ORDER BY id;
-- name: hunt_r4_param_typed_by_date
-- params: ["2024-06-01"]
SELECT id FROM bills WHERE due > $1 ORDER BY id;
-- name: hunt_r4_param_in_coalesce
-- params: ["none"]
SELECT id, COALESCE(tier, $1) FROM accounts ORDER BY id;
-- name: hunt_r4_param_like
-- params: ["g%"]
SELECT id FROM accounts WHERE tier LIKE $1 ORDER BY id;
-- name: hunt_r4_non_ascii_alias
SELECT a.loyalty AS "忠誠度", a.tier AS "Stufe_ü" FROM accounts a ORDER BY a.id;
-- name: hunt_r4_non_ascii_text_compare
SELECT id FROM accounts WHERE coalesce(tier, 'Zoë') = 'Zoë' ORDER BY id;
-- name: hunt_r4_non_ascii_table_alias
SELECT "東".id, "東".loyalty FROM accounts "東" WHERE "東".loyalty >= 0 ORDER BY 1;
-- name: hunt_r4_sqla_exists_select
SELECT EXISTS (SELECT * FROM accounts WHERE accounts.tier = 'gold') AS anon_1;
-- name: hunt_r4_count_subquery_wrap
SELECT count(*) AS count_1 FROM (SELECT accounts.id AS accounts_id, accounts.loyalty AS accounts_loyalty FROM accounts WHERE accounts.loyalty > 0) AS anon_1;
-- name: hunt_r4_django_values_annotate_order_nulls
SELECT "accounts"."tier", SUM("accounts"."loyalty") AS "s" FROM "accounts" GROUP BY 1 ORDER BY "s" DESC NULLS LAST, 1;
-- name: hunt_r4_shadow_in_having
SELECT tier, count(*) FROM accounts GROUP BY tier HAVING max(loyalty) > 0 ORDER BY 1;
-- name: hunt_r4_window_frame
SELECT id, sum(loyalty) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM accounts ORDER BY id;
-- name: hunt_r4_window_named
SELECT id, lag(tier) OVER w, lead(loyalty, 1, -1) OVER w FROM accounts WINDOW w AS (ORDER BY id) ORDER BY id;
-- name: hunt_r4_filter_array_agg
SELECT array_agg(id ORDER BY id) FILTER (WHERE paid) AS p, array_agg(id ORDER BY id) FILTER (WHERE NOT paid) AS u FROM bills;
-- name: hunt_r4_gadgets_types_json
SELECT json_build_object('made', made_at, 'span', span, 'pt', pt, 'slots', slots) FROM gadgets ORDER BY id;
-- name: hunt_r4_gadgets_composite_field
SELECT id, (pt).x, (pt).label FROM gadgets WHERE (pt).x IS NOT NULL ORDER BY id;
-- name: hunt_r4_range_contains
SELECT id FROM gadgets WHERE slots @> 3 ORDER BY id;
-- name: hunt_r4_jsonb_path
SELECT id, doc -> 'v', doc ->> 'v' FROM gadgets WHERE doc ? 'v' ORDER BY id;
-- name: hunt_r4_string_agg_shadow
SELECT string_agg(tier, ', ' ORDER BY tier) FROM accounts;
-- name: hunt_r4_values_join_shadow
SELECT v.k, a.loyalty FROM (VALUES (1), (3)) v(k) JOIN accounts a ON a.id = v.k ORDER BY 1;
-- name: hunt_r4_partition_read
SELECT region, id, status, priority FROM shipments_eu ORDER BY id;
-- name: hunt_r4_inherit_tableoid
SELECT tableoid::regclass::text, id, legs FROM animals ORDER BY id;
-- name: hunt_r4_param_between
-- params: ["0", "5"]
SELECT id FROM accounts WHERE loyalty BETWEEN $1 AND $2 ORDER BY id;
-- name: hunt_r4_param_in_list_enum
-- params: ["sad", "grumpy"]
SELECT id FROM accounts WHERE mood IN ($1, $2) ORDER BY id;
-- name: hunt_r4_param_labels_contains
-- params: ["{new}"]
SELECT id FROM accounts WHERE labels @> $1 ORDER BY id;
-- name: hunt_r4_param_any_labels
-- params: ["new"]
SELECT id FROM accounts WHERE $1 = ANY (labels) ORDER BY id;
-- name: hunt_r4_param_optional_filter
-- params: [null]
SELECT id FROM accounts WHERE ($1::text IS NULL OR tier = $1) ORDER BY id;
-- name: hunt_r4_param_domain_compare
-- params: ["1"]
SELECT id FROM gadgets WHERE units = $1 ORDER BY id;
-- name: hunt_r4_param_composite_compare
-- params: ["(0,none)"]
SELECT id FROM gadgets WHERE pt = $1 ORDER BY id;
-- name: hunt_r4_param_jsonb_contains
-- params: ["{\"v\": 1}"]
SELECT id FROM gadgets WHERE doc @> $1 ORDER BY id;
-- name: hunt_r4_param_range_contains
-- params: ["3"]
SELECT id FROM gadgets WHERE slots @> $1::int ORDER BY id;
-- name: hunt_r4_param_concat
-- params: ["!"]
SELECT id, tier || $1 FROM accounts ORDER BY id;
-- name: hunt_r4_param_limit_offset
-- params: ["2", "1"]
SELECT id, loyalty FROM accounts ORDER BY loyalty DESC, id LIMIT $1 OFFSET $2;
-- name: hunt_r4_param_fetch_first
-- params: ["2"]
SELECT id, loyalty FROM accounts ORDER BY loyalty DESC FETCH FIRST $1 ROWS WITH TIES;
-- name: hunt_r4_param_untyped_output
-- params: ["x"]
SELECT $1 AS x, tier FROM accounts ORDER BY id;
-- name: hunt_r4_param_case_result
-- params: ["none"]
SELECT id, CASE WHEN tier IS NULL THEN $1 ELSE tier END FROM accounts ORDER BY id;
-- name: hunt_r4_param_greatest
-- params: ["3"]
SELECT id, GREATEST(loyalty, $1) FROM accounts ORDER BY id;
-- name: hunt_r4_param_nullif
-- params: ["0"]
SELECT id, NULLIF(loyalty, $1) FROM accounts ORDER BY id;
-- name: hunt_r4_param_row_in
-- params: ["gold", "happy"]
SELECT id FROM accounts WHERE (tier, mood) = ($1, $2) ORDER BY id;
-- name: hunt_r4_param_due_interval
-- params: ["2024-06-01"]
SELECT id, due - $1::date FROM bills ORDER BY id;
-- name: hunt_r4_param_date_plus
-- params: ["30"]
SELECT id, due + $1::int FROM bills ORDER BY id;
-- name: hunt_r4_param_char4
-- params: ["ab"]
SELECT id FROM gadgets WHERE tag4 = $1 ORDER BY id;
-- name: hunt_r4_param_varchar_nick
-- params: ["anon"]
SELECT "Id" FROM "Users" WHERE "Nick" = $1 ORDER BY 1;
-- name: hunt_r4_param_bytea
-- params: ["\\x00"]
SELECT id FROM gadgets WHERE blob > $1 ORDER BY id;
-- name: hunt_r4_param_subquery_compare
-- params: ["0"]
SELECT id FROM accounts a WHERE (SELECT count(*) FROM bills b WHERE b.account_id = a.id AND b.paid) > $1 ORDER BY id;
-- name: hunt_r4_typmod_union
SELECT discount FROM line_items UNION ALL SELECT discount FROM line_items ORDER BY 1;
-- name: hunt_r4_typmod_coalesce
SELECT coalesce(discount, discount), CASE WHEN qty > 1 THEN discount ELSE discount END FROM line_items ORDER BY 1;
-- name: hunt_r4_typmod_array_element
SELECT codes[1], codes[1:1], codes FROM gadgets ORDER BY id;
-- name: hunt_r4_typmod_nick_subquery
SELECT n FROM (SELECT "Nick" AS n FROM "Users") s ORDER BY 1;
-- name: hunt_r4_typmod_stamp_cte
WITH s AS (SELECT stamp, tag4 FROM gadgets) SELECT * FROM s ORDER BY stamp, tag4;
-- name: hunt_r4_typmod_values_mix
SELECT x FROM (VALUES ((SELECT discount FROM line_items WHERE order_id = 1 AND line = 1))) v(x);
-- name: hunt_r4_typmod_array_agg_codes
SELECT array_agg(tag4 ORDER BY id) FROM gadgets;
-- name: hunt_r4_typmod_min
SELECT min(tag4), max(stamp), min(discount) FROM gadgets, line_items;
-- name: hunt_r4_order_by_output_named_like_shadow
SELECT id AS loyalty FROM accounts ORDER BY loyalty DESC;
-- name: hunt_r4_group_by_output_named_like_shadow
-- expect: 42803
SELECT id AS tier, count(*) FROM accounts GROUP BY tier;
-- name: hunt_r4_group_by_output_alias_of_shadow
SELECT tier AS t, count(*) FROM accounts GROUP BY t ORDER BY t NULLS FIRST;
-- name: hunt_r4_order_by_expression_of_alias_input
SELECT id AS loyalty FROM accounts ORDER BY loyalty + 0, id;
-- name: hunt_r4_distinct_order_not_in_list
-- expect: 42P10
SELECT DISTINCT tier FROM accounts ORDER BY loyalty;
-- name: hunt_r4_ungrouped_shadow_position
-- expect: 42803
SELECT id, tier, count(*) FROM accounts a GROUP BY a.mood;
-- name: hunt_r4_ambiguous_shadow
-- expect: 42702
SELECT loyalty FROM accounts a JOIN accounts b ON a.id = b.id;
-- name: hunt_r4_ambiguous_shadow_vs_real
-- expect: 42702
SELECT id FROM accounts a JOIN tags t ON t.loyalty = loyalty;
-- name: hunt_r4_missing_from_entry
-- expect: 42P01
SELECT x.loyalty FROM accounts a;
-- name: hunt_r4_shadow_of_other_table
-- expect: 42703
SELECT id, paid FROM accounts;
-- name: hunt_r4_shadow_functional_notation
SELECT loyalty(a) FROM accounts a;
-- name: hunt_r4_shadow_attribute_notation
SELECT (a).loyalty, (a.*).tier FROM accounts a ORDER BY a.id;
-- name: hunt_r4_shadow_functional_notation_text
SELECT tier(a) FROM accounts a;
-- name: hunt_r4_aggregate_outer_level
SELECT a.id, (SELECT max(a.loyalty) FROM tags LIMIT 1) FROM accounts a GROUP BY a.id ORDER BY 1;
-- name: hunt_r4_aggregate_outer_only
SELECT (SELECT sum(a.loyalty) FROM tags t WHERE t.id = 1) FROM accounts a;
-- name: hunt_r4_lateral_function_arg
SELECT a.id, g FROM accounts a, generate_series(1, least(a.loyalty, 3)) g ORDER BY 1, 2;
-- name: hunt_r4_lateral_select_outer
SELECT a.id, x.l FROM accounts a, LATERAL (SELECT a.loyalty * 2 AS l) x ORDER BY 1;
-- name: hunt_r4_mixed_qualification
SELECT public.accounts.loyalty, accounts.tier FROM accounts ORDER BY public.accounts.id;
-- name: hunt_r4_mixed_qualification_rev
SELECT accounts.loyalty FROM public.accounts ORDER BY accounts.id;
-- name: hunt_r4_wrong_schema_qualification
-- expect: 42P01
SELECT sales.accounts.loyalty FROM public.accounts;
-- name: hunt_r4_order_using
SELECT id, tier FROM accounts ORDER BY tier USING ~>~ NULLS LAST, id;
-- name: hunt_r4_in_subquery_shadow
SELECT id FROM accounts WHERE loyalty IN (SELECT loyalty FROM tags WHERE loyalty IS NOT NULL) ORDER BY id;
-- name: hunt_r4_not_in_subquery_shadow_nulls
SELECT id FROM tags WHERE loyalty NOT IN (SELECT loyalty FROM accounts) ORDER BY id;
-- name: hunt_r4_exists_star
SELECT id FROM bills b WHERE EXISTS (SELECT * FROM accounts a WHERE a.id = b.account_id AND a.tier IS NULL) ORDER BY id;
-- name: hunt_r4_row_is_null
SELECT id, a IS NULL, a IS NOT NULL, ROW(a.tier, a.loyalty) IS NULL FROM accounts a ORDER BY id;
-- name: hunt_r4_count_row
SELECT count(a), count(DISTINCT a.tier), count(a.*) FROM accounts a;
-- name: hunt_r4_star_and_shadow_again
SELECT a.*, a.loyalty AS again FROM accounts a ORDER BY a.id;
-- name: hunt_r4_nested_star
SELECT s.* FROM (SELECT * FROM (SELECT * FROM accounts) t) s ORDER BY s.id;
-- name: hunt_r4_row_to_json_star
SELECT row_to_json(a.*) FROM accounts a ORDER BY a.id;
-- name: hunt_r4_json_each_shadow
SELECT g.id, e.key, e.value FROM gadgets g, jsonb_each(g.doc) e ORDER BY 1, 2;
-- name: hunt_r4_string_functions
SELECT id, upper(tier), length(tier), position('o' IN tier), substring(tier FROM 2 FOR 2), tier ~ '^g' FROM accounts ORDER BY id;
-- name: hunt_r4_format_shadow
SELECT format('%s:%s:%L', id, loyalty, tier) FROM accounts ORDER BY id;
-- name: hunt_r4_interval_math
SELECT id, made_at + span, extract(epoch FROM span), date_trunc('day', stamp) FROM gadgets ORDER BY id;
-- name: hunt_r4_tsvector
SELECT id FROM accounts WHERE to_tsvector('simple', coalesce(tier, '')) @@ to_tsquery('simple', 'gold') ORDER BY id;
-- name: hunt_r4_xmlforest
SELECT xmlforest(id, tier, loyalty) FROM accounts ORDER BY id;
-- name: hunt_r4_limit_all
SELECT id, tier FROM accounts ORDER BY id LIMIT ALL OFFSET 6;
-- name: hunt_r4_cursor_fetch
BEGIN; DECLARE hunt_r4_c CURSOR FOR SELECT id, loyalty FROM accounts ORDER BY id; FETCH 2 FROM hunt_r4_c; FETCH NEXT FROM hunt_r4_c; CLOSE hunt_r4_c; COMMIT;
-- name: hunt_r4_search_breadth
WITH RECURSIVE t(n, l) AS (SELECT id, loyalty FROM accounts WHERE id = 1 UNION ALL SELECT a.id, a.loyalty FROM t JOIN accounts a ON a.id = t.n + 1) SEARCH BREADTH FIRST BY n SET ord SELECT n, l FROM t ORDER BY ord;
-- name: hunt_r4_grouping_sets_shadow_expr
SELECT loyalty > 0 AS pos, tier, count(*) FROM accounts GROUP BY GROUPING SETS ((loyalty > 0), (tier, loyalty > 0)) ORDER BY 1, 2 NULLS FIRST, 3;
-- name: hunt_r4_group_by_pk_with_grouping_sets
SELECT a.id, a.tier, count(*) FROM accounts a GROUP BY ROLLUP (a.id) ORDER BY 1 NULLS LAST;
-- name: hunt_r4_group_by_pk_window
SELECT a.id, a.loyalty, sum(count(b.id)) OVER (ORDER BY a.loyalty, a.id) FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY a.id;
-- name: hunt_r4_distinct_on_param
-- params: ["0"]
SELECT DISTINCT ON (mood) mood, id FROM accounts WHERE loyalty >= $1 ORDER BY mood, id DESC;
-- name: hunt_r4_fd_other_table_not_dependent
-- expect: 42803
SELECT a.id, b.paid FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id;
-- name: hunt_r4_fd_bills_key_reads_account_shadow
-- expect: 42803
SELECT b.id, b.paid, a.loyalty FROM bills b JOIN accounts a ON a.id = b.account_id GROUP BY b.id;
-- name: hunt_r4_fd_both_keys
SELECT b.id, b.paid, a.loyalty, count(*) FROM bills b JOIN accounts a ON a.id = b.account_id GROUP BY b.id, a.id ORDER BY 1;
-- name: hunt_r4_fd_subquery_no_key
-- expect: 42803
SELECT s.id, s.loyalty FROM (SELECT * FROM accounts) s GROUP BY s.id;
-- name: hunt_r4_fd_cte_no_key
-- expect: 42803
WITH c AS (SELECT * FROM accounts) SELECT c.id, c.loyalty FROM c GROUP BY c.id;
-- name: hunt_r4_fd_composite_key_partial
-- expect: 42803
SELECT order_id, discount FROM line_items GROUP BY order_id;
-- name: hunt_r4_fd_composite_key_full
SELECT order_id, line, discount, count(*) FROM line_items GROUP BY order_id, line ORDER BY 1, 2;
-- name: hunt_r4_fd_inherit_child_no_key
-- expect: 42803
SELECT id, legs FROM dogs GROUP BY id;
-- name: hunt_r4_fd_parent_key
SELECT id, legs, count(*) FROM animals GROUP BY id ORDER BY id;
-- name: hunt_r4_fd_partition_key
SELECT region, id, status, count(*) FROM shipments_eu GROUP BY region, id ORDER BY id;
-- name: hunt_r4_fd_partitioned_parent_key
SELECT region, id, status, count(*) FROM shipments GROUP BY region, id ORDER BY 1, 2;
-- name: hunt_r4_fd_having_shadow
SELECT a.id, count(b.id) FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id HAVING a.loyalty > 0 ORDER BY 1;
-- name: hunt_r4_fd_order_by_shadow_only
SELECT a.id, count(b.id) FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY a.tier NULLS FIRST, a.id;
-- name: hunt_r4_fd_landing_key
SELECT id, score, count(*) FROM sales.accounts GROUP BY id ORDER BY id;
-- name: hunt_r4_fd_users_quoted
SELECT "Id", "Nick", count(*) FROM "Users" GROUP BY "Id" ORDER BY 1;
-- name: hunt_r4_fd_grouping_sets_common
-- expect: 42803
SELECT id, tier FROM accounts GROUP BY GROUPING SETS ((id), ());
-- name: hunt_r4_fd_cube_of_key_and_more
-- expect: 42803
SELECT id, tier, count(*) FROM accounts GROUP BY CUBE (id, name);
-- name: hunt_r4_fd_grouping_sets_key_in_all
SELECT id, tier, count(*) FROM accounts GROUP BY id, GROUPING SETS ((name), ()) ORDER BY 1, 2;
-- name: hunt_r4_fd_group_by_key_expression
-- expect: 42803
SELECT id + 0, tier FROM accounts GROUP BY id + 0;
-- name: hunt_r4_fd_distinct_on_group
SELECT DISTINCT ON (a.tier) a.tier, a.id FROM accounts a GROUP BY a.id ORDER BY a.tier, a.id;
-- name: hunt_r4_fd_window_partition_shadow
SELECT a.id, rank() OVER (PARTITION BY a.mood ORDER BY a.loyalty) FROM accounts a GROUP BY a.id ORDER BY 1;
-- name: hunt_r4_fd_outer_ref_in_subquery
SELECT a.id, (SELECT count(*) FROM bills b WHERE b.account_id = a.id AND a.loyalty > 0) FROM accounts a GROUP BY a.id ORDER BY 1;
-- name: hunt_r4_fd_json_agg_columns
SELECT a.id, a.tier, json_agg(json_build_object('paid', b.paid) ORDER BY b.id) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY 1;
-- name: hunt_r4_err_operator_text_int
-- expect: 42883
SELECT loyalty FROM accounts WHERE tier = 1;
-- name: hunt_r4_err_literal_for_shadow_int
-- expect: 22P02
SELECT loyalty + 'x' FROM accounts;
-- name: hunt_r4_err_bad_date_literal
-- expect: 22007
SELECT id FROM bills WHERE due = 'notadate';
-- name: hunt_r4_err_sum_text
-- expect: 42883
SELECT sum(tier) FROM accounts;
-- name: hunt_r4_err_field_of_scalar
-- expect: 42809
SELECT (loyalty).x FROM accounts;
-- name: hunt_r4_err_field_of_composite_missing
-- expect: 42703
SELECT (pt).z FROM gadgets;
-- name: hunt_r4_err_table_named_like_column
-- expect: 42P01
SELECT loyalty.x FROM accounts;
-- name: hunt_r4_err_too_many_aliases
-- expect: 42P10
SELECT * FROM accounts a(c1, c2, c3, c4, c5, c6, c7, c8, c9, c10);
-- name: hunt_r4_err_too_many_aliases_exact
SELECT * FROM accounts a(c1, c2, c3, c4, c5, c6, c7, c8) ORDER BY c1;
-- name: hunt_r4_err_too_many_aliases_by_one
-- expect: 42P10
SELECT * FROM accounts a(c1, c2, c3, c4, c5, c6, c7, c8, c9);
-- name: hunt_r4_err_enum_bad_label
-- expect: 22P02
SELECT id FROM accounts WHERE mood = 'angry';
-- name: hunt_r4_err_enum_bad_label_later
-- expect: 22P02
SELECT id, tier FROM accounts WHERE loyalty > 0 AND mood IN ('happy', 'angry');
-- name: hunt_r4_err_array_subscript_text
-- expect: 22P02
SELECT labels['x'] FROM accounts;
-- name: hunt_r4_err_case_types
-- expect: 42804
SELECT CASE WHEN paid THEN due ELSE paid END FROM bills;
-- name: hunt_r4_err_union_types
-- expect: 42804
SELECT due FROM bills UNION SELECT paid FROM bills;
-- name: hunt_r4_err_where_not_boolean
-- expect: 42804
SELECT id FROM accounts WHERE loyalty;
-- name: hunt_r4_err_having_not_boolean
-- expect: 42804
SELECT tier FROM accounts GROUP BY tier HAVING max(loyalty);
-- name: hunt_r4_err_order_by_position_out
-- expect: 42P10
SELECT loyalty, tier FROM accounts ORDER BY 3;
-- name: hunt_r4_err_group_by_position_agg
-- expect: 42803
SELECT count(loyalty) FROM accounts GROUP BY 1;
-- name: hunt_r4_err_nested_aggregate
-- expect: 42803
SELECT sum(max(loyalty)) FROM accounts;
-- name: hunt_r4_err_aggregate_in_where
-- expect: 42803
SELECT id FROM accounts WHERE max(loyalty) > 1;
-- name: hunt_r4_err_window_in_where
-- expect: 42P20
SELECT id FROM accounts WHERE rank() OVER (ORDER BY loyalty) > 1;
-- name: hunt_r4_err_srf_in_where
-- expect: 0A000
SELECT id FROM accounts WHERE unnest(labels) = 'new';
-- name: hunt_r4_srf_in_select
SELECT id, unnest(labels), generate_series(1, 2) FROM accounts ORDER BY 1, 2, 3;
-- name: hunt_r4_err_column_typo_hint_shadow
-- expect: 42703
SELECT a.loyalt FROM accounts a JOIN bills b ON b.account_id = a.id;
-- name: hunt_r4_err_unknown_in_using
-- expect: 42703
SELECT * FROM accounts a JOIN bills b USING (paid);
-- name: hunt_r4_err_using_ambiguous_type
-- expect: 42883
SELECT * FROM accounts a JOIN gadgets g USING (id, name) JOIN bills b ON b.id = a.id JOIN events e ON e.seen = a.mood;
-- name: hunt_r4_err_compare_shadow_date_text_column
-- expect: 42883
SELECT b.id FROM bills b JOIN accounts a ON b.due = a.name;
-- name: hunt_r4_err_limit_shadow
-- expect: 42P10
SELECT id FROM accounts LIMIT loyalty;
-- name: hunt_r4_err_div_zero_shadow
-- expect: 22012
SELECT id, 1 / loyalty FROM accounts WHERE id = 8;
-- name: hunt_r4_err_cast_tier_int
-- expect: 22P02
SELECT tier::int FROM accounts WHERE tier IS NOT NULL;
-- name: hunt_r4_err_posint_cast
-- expect: 23514
SELECT (units - 5)::posint FROM gadgets;
-- name: hunt_r4_err_second_statement_position
-- expect: 42703
SELECT loyalty FROM accounts WHERE id = 1; SELECT tier, nope FROM accounts;
-- name: hunt_r4_pos_non_ascii_before_error
-- expect: 42703
SELECT '東京東京' AS x, loyalty FROM accounts WHERE nope = 1;
-- name: hunt_r4_pos_non_ascii_alias_before_error
-- expect: 42703
SELECT a.loyalty AS "忠誠度", a.tier AS "ü" FROM accounts a WHERE a.nope = 'Zoë';
-- name: hunt_r4_pos_non_ascii_after_from
-- expect: 42883
SELECT a.id FROM accounts a WHERE a.tier = 'Émile' AND a.loyalty = 'x'::text;
-- name: hunt_r4_pos_leading_comment
-- expect: 42703
/* app=shop,controller='orders' */ SELECT loyalty, nope FROM accounts;
-- name: hunt_r4_pos_trailing_sqlcommenter
-- expect: 42703
SELECT loyalty FROM accounts WHERE nope IS NULL /*controller='orders',action='index'*/;
-- name: hunt_r4_pos_line_comment_non_ascii
-- expect: 42703
-- 東京 comment
SELECT tier FROM accounts a WHERE a.zzz = 1;
-- name: hunt_r4_sqlcommenter_read
SELECT loyalty, tier FROM accounts WHERE id < 3 ORDER BY id /*traceparent='00-abc-def-01'*/;
-- name: hunt_r4_dollar_quoted_text
SELECT id FROM accounts WHERE coalesce(tier, $$none$$) <> $q$gold's$q$ ORDER BY id;
-- name: hunt_r4_escape_string
SELECT id, E'tab\there' || coalesce(tier, E'\u00e9') FROM accounts ORDER BY id;
-- name: hunt_r4_unicode_escape_ident
SELECT U&"\006Coyalty" FROM accounts ORDER BY id;
-- name: hunt_r4_pos_unicode_escape_error
-- expect: 42703
SELECT U&"\006Coyalty", U&"\0078yz" FROM accounts;
-- name: hunt_r4_pos_emoji_before_error
-- expect: 42703
SELECT '🎉🎉' AS party, a.loyalty, a.missing FROM accounts a;
-- name: hunt_r4_pos_emoji_in_param_query
-- expect: 42883
-- params: ["🎉"]
SELECT id FROM accounts WHERE tier = $1 AND loyalty = 'x'::text;
-- name: hunt_r4_pos_multi_stmt_non_ascii
-- expect: 42703
SELECT 'Zoë', tier FROM accounts WHERE id = 3; SELECT '東京', loyalty, bad FROM accounts;
-- name: hunt_r4_pos_error_in_group_by_after_repair
-- expect: 42703
SELECT a.id, a.loyalty FROM accounts a GROUP BY a.id, a.nope;
-- name: hunt_r4_pos_error_in_order_after_repair
-- expect: 42703
SELECT a.id, a.loyalty FROM accounts a GROUP BY a.id ORDER BY a.nope;
-- name: hunt_r4_pos_error_in_having_after_repair
-- expect: 42703
SELECT '東' AS k, a.id, a.loyalty FROM accounts a GROUP BY a.id HAVING a.nope > 0;
-- name: hunt_r4_pos_error_in_join_on
-- expect: 42703
SELECT a.loyalty FROM accounts a JOIN bills b ON b.paid AND b.nope = a.id;
-- name: hunt_r4_pos_error_in_second_wrapped_table
-- expect: 42703
SELECT a.tier FROM accounts a, bills b, "Users" u WHERE u."Nick" = a.tier AND u."nick" = 'x';
-- name: hunt_r4_any_int_array_param
-- params: ["{1,3,5}"]
SELECT id, loyalty FROM accounts WHERE id = ANY($1::int[]) ORDER BY id;
-- name: hunt_r4_unnest_ordinality_using
-- params: ["{5,1,3}"]
SELECT a.id, a.tier, u.ord FROM unnest($1::int[]) WITH ORDINALITY AS u(id, ord) JOIN accounts a USING (id) ORDER BY u.ord;
-- name: hunt_r4_hasura_root
SELECT coalesce(json_agg("root" ORDER BY "root.pg.id"), '[]') AS "root" FROM (SELECT row_to_json((SELECT "_e" FROM (SELECT "_root.base"."id" AS "id", "_root.base"."loyalty" AS "loyalty", "_root.base"."tier" AS "tier") AS "_e")) AS "root", "_root.base"."id" AS "root.pg.id" FROM (SELECT * FROM "public"."accounts" WHERE ('true')) AS "_root.base") AS "_root";
-- name: hunt_r4_hasura_nested_object
SELECT json_agg("root" ORDER BY "k") AS "root" FROM (SELECT row_to_json((SELECT "_e" FROM (SELECT "_root.base"."paid" AS "paid", "_root.or.account"."account" AS "account") AS "_e")) AS "root", "_root.base"."id" AS "k" FROM (SELECT * FROM "public"."bills" WHERE ("public"."bills"."due" IS NOT NULL)) AS "_root.base" LEFT OUTER JOIN LATERAL (SELECT row_to_json((SELECT "_e" FROM (SELECT "_root.or.account.base"."loyalty" AS "loyalty", "_root.or.account.base"."mood" AS "mood") AS "_e")) AS "account" FROM (SELECT * FROM "public"."accounts" WHERE (("_root.base"."account_id") = ("id")) LIMIT 1) AS "_root.or.account.base") AS "_root.or.account" ON ('true')) AS "_root";
-- name: hunt_r4_postgrest_read
WITH pgrst_source AS (SELECT "public"."accounts"."id", "public"."accounts"."loyalty", "public"."accounts"."labels" FROM "public"."accounts" WHERE "public"."accounts"."loyalty" >= 0 ORDER BY "public"."accounts"."id") SELECT null::bigint AS total_result_set, pg_catalog.count(_postgrest_t) AS page_total, coalesce(json_agg(_postgrest_t), '[]') AS body, nullif(current_setting('response.headers', true), '') AS response_headers FROM (SELECT * FROM pgrst_source) _postgrest_t;
-- name: hunt_r4_postgrest_embed
WITH pgrst_source AS (SELECT "public"."accounts".*, COALESCE("accounts_bills_1"."accounts_bills_1", '[]') AS "bills" FROM "public"."accounts" LEFT JOIN LATERAL (SELECT json_agg("accounts_bills_1" ORDER BY "accounts_bills_1"."id")::jsonb AS "accounts_bills_1" FROM (SELECT "bills_1".* FROM "public"."bills" AS "bills_1" WHERE "bills_1"."account_id" = "public"."accounts"."id") AS "accounts_bills_1") AS "accounts_bills_1" ON TRUE ORDER BY "public"."accounts"."id") SELECT coalesce(json_agg(_postgrest_t), '[]')::character varying AS body FROM (SELECT * FROM pgrst_source) _postgrest_t;
-- name: hunt_r4_postgrest_count_exact
WITH pgrst_source AS (SELECT "public"."bills".* FROM "public"."bills" WHERE "public"."bills"."paid" = 'false') SELECT (SELECT pg_catalog.count(*) FROM pgrst_source) AS total_result_set, pg_catalog.count(_postgrest_t) AS page_total, coalesce(json_agg(_postgrest_t), '[]') AS body FROM (SELECT * FROM pgrst_source ORDER BY id LIMIT 3 OFFSET 0) _postgrest_t;
-- name: hunt_r4_ecto_preload
-- params: ["{1,3}"]
SELECT b0."id", b0."account_id", b0."paid", b0."due", b0."account_id" FROM "bills" AS b0 WHERE (b0."account_id" = ANY($1)) ORDER BY b0."account_id", b0."id";
-- name: hunt_r4_ecto_where
-- params: ["gold"]
SELECT a0."id", a0."loyalty" FROM "accounts" AS a0 WHERE (a0."tier" = $1);
-- name: hunt_r4_sequelize_include
SELECT "Account"."id", "Account"."loyalty", "bills"."id" AS "bills.id", "bills"."paid" AS "bills.paid" FROM "accounts" AS "Account" LEFT OUTER JOIN "bills" AS "bills" ON "Account"."id" = "bills"."account_id" ORDER BY "Account"."id", "bills"."id";
-- name: hunt_r4_sequelize_subquery_limit
SELECT "Account".*, "bills"."id" AS "bills.id", "bills"."due" AS "bills.due" FROM (SELECT "Account"."id", "Account"."tier", "Account"."mood" FROM "accounts" AS "Account" WHERE "Account"."loyalty" >= 0 ORDER BY "Account"."id" LIMIT 3) AS "Account" LEFT OUTER JOIN "bills" AS "bills" ON "Account"."id" = "bills"."account_id" ORDER BY "Account"."id", "bills"."id";
-- name: hunt_r4_django_for_update_of_self
BEGIN; SELECT "accounts"."id", "accounts"."loyalty" FROM "accounts" WHERE "accounts"."id" = 1 FOR UPDATE OF "accounts"; COMMIT;
-- name: hunt_r4_django_for_update_of_related
BEGIN; SELECT "bills"."id", "bills"."paid", T2."loyalty" FROM "bills" INNER JOIN "accounts" T2 ON ("bills"."account_id" = T2."id") WHERE "bills"."id" < 4 ORDER BY 1 FOR UPDATE OF "bills", T2; COMMIT;
-- name: hunt_r4_for_no_key_update
BEGIN; SELECT id, tier FROM accounts WHERE loyalty >= 0 ORDER BY id LIMIT 2 FOR NO KEY UPDATE; COMMIT;
-- name: hunt_r4_for_key_share_skip
BEGIN; SELECT b.id, b.due FROM bills b ORDER BY b.id FOR KEY SHARE OF b SKIP LOCKED; COMMIT;
-- name: hunt_r4_jooq_multiset
SELECT "a"."id", (SELECT coalesce(jsonb_agg(jsonb_build_array("t"."v0", "t"."v1")), jsonb_build_array()) FROM (SELECT "b"."id" AS "v0", "b"."paid" AS "v1" FROM "public"."bills" AS "b" WHERE "b"."account_id" = "a"."id" ORDER BY "b"."id") AS "t") AS "bills" FROM "public"."accounts" AS "a" ORDER BY "a"."id";
-- name: hunt_r4_alias_same_as_other_table
SELECT bills.id, bills.loyalty FROM accounts AS bills ORDER BY 1;
-- name: hunt_r4_alias_swap
SELECT accounts.paid, bills.loyalty FROM bills AS accounts JOIN accounts AS bills ON bills.id = accounts.account_id ORDER BY accounts.id;
-- name: hunt_r4_kysely_json_object
SELECT "a"."id", (SELECT coalesce(json_agg(agg), '[]') FROM (SELECT "b"."id", "b"."paid" FROM "bills" AS "b" WHERE "b"."account_id" = "a"."id" ORDER BY "b"."id") AS agg) AS "bills", (SELECT to_json(obj) FROM (SELECT "a2"."tier", "a2"."loyalty" FROM "accounts" AS "a2" WHERE "a2"."id" = "a"."id") AS obj) AS "self" FROM "accounts" AS "a" ORDER BY "a"."id";
-- name: hunt_r4_drizzle_relational
SELECT "id", "loyalty", "accounts_bills"."data" AS "bills" FROM "accounts" LEFT JOIN LATERAL (SELECT coalesce(json_agg(json_build_array("accounts_bills"."id", "accounts_bills"."paid") ORDER BY "accounts_bills"."id"), '[]'::json) AS "data" FROM "bills" "accounts_bills" WHERE "accounts_bills"."account_id" = "accounts"."id") "accounts_bills" ON true ORDER BY "accounts"."id";
-- name: hunt_r4_typeorm_aliases
SELECT "Account"."id" AS "Account_id", "Account"."loyalty" AS "Account_loyalty", "Account__Account_bills"."paid" AS "Account__Account_bills_paid" FROM "accounts" "Account" LEFT JOIN "bills" "Account__Account_bills" ON "Account__Account_bills"."account_id"="Account"."id" WHERE ( "Account"."tier" IS NULL ) ORDER BY "Account"."id", "Account__Account_bills"."id";
-- name: hunt_r4_typeorm_distinct_paginate
SELECT DISTINCT "distinctAlias"."Account_id" AS "ids_Account_id", "distinctAlias"."Account_loyalty" FROM (SELECT "Account"."id" AS "Account_id", "Account"."loyalty" AS "Account_loyalty" FROM "accounts" "Account" LEFT JOIN "bills" "b" ON "b"."account_id"="Account"."id") "distinctAlias" ORDER BY "distinctAlias"."Account_loyalty" DESC, "Account_id" ASC LIMIT 3;
-- name: hunt_r4_gorm_preload
SELECT * FROM "bills" WHERE "bills"."account_id" IN (1,2,3) AND "bills"."due" IS NOT NULL ORDER BY "bills"."id";
-- name: hunt_r4_sqlx_count_over
SELECT id, tier, count(*) OVER () AS total FROM accounts WHERE loyalty >= 0 ORDER BY id LIMIT 3;
-- name: hunt_r4_row_field_from_array_agg
-- refused
SELECT (array_agg(a ORDER BY a.id))[2].loyalty FROM accounts a;
-- name: hunt_r4_row_field_from_lag
-- refused
SELECT a.id, (lag(a) OVER (ORDER BY a.id)).tier FROM accounts a ORDER BY a.id;
-- name: hunt_r4_row_field_from_coalesce
-- refused
SELECT (coalesce(a, NULL)).loyalty FROM accounts a ORDER BY a.id;
-- name: hunt_r4_row_field_from_case
-- refused
SELECT (CASE WHEN a.id > 2 THEN a END).tier FROM accounts a ORDER BY a.id;
-- name: hunt_r4_row_field_from_scalar_subquery
-- refused
SELECT ((SELECT a FROM accounts a WHERE a.id = 3)).loyalty;
-- name: hunt_r4_row_star_from_scalar_subquery
-- refused
SELECT ((SELECT a FROM accounts a WHERE a.id = 3)).*;
-- name: hunt_r4_row_field_from_array_subquery
-- refused
SELECT ((SELECT array_agg(a ORDER BY a.id) FROM accounts a))[1].tier;
-- name: hunt_r4_row_text_cast
SELECT a::text, a.*::text FROM accounts a ORDER BY a.id;
-- name: hunt_r4_row_format
SELECT format('%s', a), concat(a, '!') FROM accounts a ORDER BY a.id;
-- name: hunt_r4_row_in_subquery
SELECT a.id FROM accounts a WHERE a IN (SELECT x FROM accounts x WHERE x.loyalty > 0) ORDER BY 1;
-- name: hunt_r4_row_compare_self
SELECT a.id FROM accounts a JOIN accounts b ON a = b ORDER BY 1;
-- name: hunt_r4_row_compare_lt
SELECT a.id, b.id FROM accounts a JOIN accounts b ON a.id + 1 = b.id WHERE a < b ORDER BY 1;
-- name: hunt_r4_unnest_array_agg_rows
-- refused
SELECT (unnest(array_agg(a ORDER BY a.id))).loyalty FROM accounts a;
-- name: hunt_r4_row_field_lateral_subquery
SELECT x.r FROM (SELECT a AS r FROM accounts a) x ORDER BY (x.r).id;
-- name: hunt_r4_row_field_of_subquery_column
SELECT (x.r).loyalty, (x.r).tier FROM (SELECT a AS r FROM accounts a) x ORDER BY (x.r).id;
-- name: hunt_r4_row_field_of_cte_column
WITH x AS (SELECT a AS r FROM accounts a) SELECT (r).loyalty FROM x ORDER BY (r).id;
-- name: hunt_r4_jsonb_each_of_row
SELECT a.id, j.key, j.value FROM accounts a, jsonb_each_text(to_jsonb(a)) j WHERE j.key IN ('loyalty', 'tier') ORDER BY 1, 2;
-- name: hunt_r4_row_to_json_pretty
SELECT row_to_json(a, true) FROM accounts a WHERE a.id = 1;
-- name: hunt_r4_json_populate_from_other
SELECT (json_populate_record(NULL::tags, json_build_object('id', a.id, 'loyalty', a.loyalty))).* FROM accounts a ORDER BY a.id;
-- name: hunt_r4_array_of_rows_length
SELECT cardinality(array_agg(a)), array_length(array_agg(b), 1) FROM accounts a JOIN bills b ON b.account_id = a.id;
-- name: hunt_r4_row_distinct_count
SELECT count(DISTINCT a) FROM accounts a JOIN bills b ON b.account_id = a.id;
-- name: hunt_r4_row_field_from_array_agg_plain_table
SELECT (array_agg(t ORDER BY t.id))[2].label, (lag(t) OVER (ORDER BY t.id)).loyalty FROM tags t GROUP BY t.id ORDER BY 1, 2;
-- name: hunt_r4_row_field_from_row_constructor
SELECT (ROW(a.id, a.loyalty)).f2 FROM accounts a ORDER BY a.id;
-- name: hunt_r4_row_field_from_composite_function
SELECT (json_populate_record(NULL::tags, json_build_object('id', a.id, 'loyalty', a.loyalty))).loyalty FROM accounts a ORDER BY a.id;
-- name: hunt_r4_row_field_of_shadow_composite_via_coalesce
SELECT (coalesce(g.pt, NULL)).label, (array_agg(g.pt ORDER BY g.id))[1].x FROM gadgets g GROUP BY g.id, g.pt ORDER BY g.id;
-- name: hunt_r4_row_field_of_subquery_window_column
-- refused
SELECT (x.r).id FROM (SELECT lag(a) OVER (ORDER BY a.id) AS r FROM accounts a) x ORDER BY 1 NULLS FIRST;
-- name: hunt_r4_row_field_of_subquery_unqualified
-- refused
SELECT (r).tier FROM (SELECT coalesce(a, NULL) AS r FROM accounts a) x;
-- name: hunt_r4_row_field_of_subquery_renamed_column
-- refused
SELECT (x.w).tier FROM (SELECT a.id, (SELECT b FROM accounts b WHERE b.id = a.id) FROM accounts a) x(i, w);
-- name: hunt_r4_row_field_of_subquery_other_column_served
SELECT (x.p).label, x.l FROM (SELECT coalesce(g.pt, NULL) AS p, lag(g.ratio) OVER (ORDER BY g.id) AS l FROM gadgets g) x ORDER BY 1, 2;
-- name: hunt_r4_row_field_of_subquery_star_served
SELECT (x.r).tier FROM (SELECT *, a AS r FROM accounts a) x ORDER BY (x.r).id;
-- name: hunt_r4_percentile_mode
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY loyalty), percentile_disc(0.5) WITHIN GROUP (ORDER BY due), mode() WITHIN GROUP (ORDER BY tier) FROM accounts, bills;
-- name: hunt_r4_hypothetical_rank
SELECT rank(3) WITHIN GROUP (ORDER BY loyalty), dense_rank('gold') WITHIN GROUP (ORDER BY tier) FROM accounts;
-- name: hunt_r4_grouping_in_having
SELECT tier, mood, count(*) FROM accounts GROUP BY ROLLUP (tier, mood) HAVING GROUPING(mood) = 1 ORDER BY 1 NULLS LAST, 3;
-- name: hunt_r4_window_groups_exclude
SELECT id, sum(loyalty) OVER (ORDER BY loyalty GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW EXCLUDE TIES) FROM accounts ORDER BY id;
-- name: hunt_r4_window_range_offset
SELECT id, count(*) OVER (ORDER BY due RANGE BETWEEN INTERVAL '30 days' PRECEDING AND CURRENT ROW) FROM bills ORDER BY id;
-- name: hunt_r4_window_filter
SELECT id, count(*) FILTER (WHERE paid) OVER (ORDER BY id) FROM bills ORDER BY id;
-- name: hunt_r4_object_agg
SELECT json_object_agg(id, tier ORDER BY id), jsonb_object_agg(id, loyalty) FROM accounts;
-- name: hunt_r4_bool_aggs
SELECT account_id, bool_and(paid), bool_or(paid), every(due > '2024-01-01') FROM bills GROUP BY account_id ORDER BY 1 NULLS LAST;
-- name: hunt_r4_string_agg_distinct
SELECT string_agg(DISTINCT tier, ',' ORDER BY tier) FROM accounts;
-- name: hunt_r4_array_agg_distinct_mood
SELECT array_agg(DISTINCT mood ORDER BY mood) FROM accounts;
-- name: hunt_r4_stat_aggs
SELECT avg(loyalty), stddev_samp(loyalty), variance(loyalty), round(corr(loyalty, id)::numeric, 10), round(regr_slope(loyalty, id)::numeric, 10) FROM accounts;
-- name: hunt_r4_nth_value_frame
SELECT id, nth_value(tier, 2) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM accounts ORDER BY id;
-- name: hunt_r4_ntile_cume
SELECT id, ntile(3) OVER (ORDER BY loyalty, id), cume_dist() OVER (ORDER BY loyalty), percent_rank() OVER (PARTITION BY mood ORDER BY loyalty) FROM accounts ORDER BY id;
-- name: hunt_r4_enum_functions
SELECT id, mood, enum_first(mood), enum_range(mood, NULL) FROM accounts ORDER BY id;
-- name: hunt_r4_array_functions
SELECT id, array_length(labels, 1), array_position(labels, 'new'), array_to_string(labels, '|'), labels || 'x'::text, array_remove(labels, 'new') FROM accounts ORDER BY id;
-- name: hunt_r4_array_overlap_param
-- params: ["{vip,new}"]
SELECT id FROM accounts WHERE labels && $1 ORDER BY id;
-- name: hunt_r4_array_slice_compare
SELECT id FROM gadgets WHERE nums[1:2] = ARRAY[1, 2] OR nums = '{}' ORDER BY id;
-- name: hunt_r4_range_functions
SELECT id, lower(slots), upper(slots), isempty(slots), period && tstzrange('2024-01-01', '2025-01-01') FROM gadgets ORDER BY id;
-- name: hunt_r4_bytea_functions
SELECT id, length(blob), encode(blob, 'hex'), md5(blob) FROM gadgets ORDER BY id;
-- name: hunt_r4_time_functions
SELECT id, opens, opens + interval '1 hour', to_char(made_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI'), age(stamp, '2024-01-01') FROM gadgets ORDER BY id;
-- name: hunt_r4_numeric_functions
SELECT id, round(total, 1), trunc(ratio::numeric, 2), big * 2, fscore::numeric, units * 2 FROM gadgets ORDER BY id;
-- name: hunt_r4_char_padding
SELECT id, tag4, length(tag4), tag4 || '|', tag4::text || '|', octet_length(tag4) FROM gadgets ORDER BY id;
-- name: hunt_r4_bit_ops
SELECT id, mask, mask & B'101', vmask, length(vmask) FROM hunt_w_members ORDER BY id;
-- name: hunt_r4_uuid_compare
SELECT id FROM gadgets WHERE token IS NULL OR token > '00000000-0000-0000-0000-000000000000' ORDER BY id;
-- name: hunt_r4_composite_compare
SELECT id FROM gadgets WHERE pt > ROW(0, 'a')::pair ORDER BY id;
-- name: hunt_r4_composite_star
SELECT id, (pt).* FROM gadgets ORDER BY id;
-- name: hunt_r4_json_ops
SELECT id, raw -> 'v', raw::text, jsonb_typeof(doc), doc #> '{v}', jsonb_pretty(doc) FROM gadgets ORDER BY id;
-- name: hunt_r4_jsonb_path_query
SELECT id, jsonb_path_query_first(doc, '$.v'), jsonb_path_exists(doc, '$.v ? (@ > 0)') FROM gadgets ORDER BY id;
-- name: hunt_r4_jsonb_set
SELECT id, jsonb_set(doc, '{w}', to_jsonb(id)), doc || jsonb_build_object('n', name) FROM gadgets ORDER BY id;
-- name: hunt_r4_domain_ops
SELECT id, units, units + 1, pg_typeof(units), units::int FROM gadgets ORDER BY id;
-- name: hunt_r4_interval_extract
SELECT id, extract(hour FROM span), justify_hours(span), span * 2 FROM gadgets ORDER BY id;
-- name: hunt_r4_float_special
SELECT id, ratio, ratio * 1e10, fscore, ratio::real FROM gadgets ORDER BY id;
-- name: hunt_r4_landing_column
SELECT id, score, region FROM sales.accounts ORDER BY id;
-- name: hunt_r4_landing_join_public
SELECT s.id, s.score, a.loyalty FROM sales.accounts s LEFT JOIN public.accounts a ON a.id = s.id ORDER BY s.id;
-- name: hunt_r4_search_path_sales
SET search_path = sales, public; SELECT id, score FROM accounts ORDER BY id; SELECT a.loyalty FROM public.accounts a WHERE a.id = 1; RESET search_path;
-- name: hunt_r4_appliances_generated
SELECT id, price_x2, color, stock FROM appliances ORDER BY id;
-- name: hunt_r4_counters
SELECT name, serial_no, twice, hits FROM counters ORDER BY name;
-- name: hunt_r4_views_over_shadow
SELECT h.region, h.id, s.status FROM heavy_shipments h JOIN shipments s USING (region, id) ORDER BY 1, 2;
-- name: hunt_r4_inherit_only_children
SELECT id, legs, vaccinated FROM ONLY animals ORDER BY id;
-- name: hunt_r4_dogs_breed
SELECT id, breed, legs FROM dogs ORDER BY id;
-- name: hunt_r4_members_bits
SELECT id, points, lo, hi, nick, mask FROM hunt_w_members ORDER BY id;
-- name: hunt_r4_unnest_rows_in_from
-- refused
SELECT u.id, u.loyalty FROM (SELECT array_agg(a ORDER BY a.id) AS arr FROM accounts a) s, unnest(s.arr) u ORDER BY 1;
-- name: hunt_r4_unnest_row_array_literal_in_from
-- refused
SELECT u.tier FROM accounts a0, unnest(ARRAY[a0]) u ORDER BY a0.id;
-- name: hunt_r4_unnest_subquery_rows_in_from
-- refused
SELECT * FROM unnest((SELECT array_agg(a ORDER BY a.id) FROM accounts a)) ORDER BY 1;
-- name: hunt_r4_unnest_array_sublink_in_from
-- refused
SELECT x.loyalty FROM unnest(ARRAY(SELECT a FROM accounts a ORDER BY a.id)) x;
-- name: hunt_r4_cte_row_column_field
WITH x AS (SELECT a FROM accounts a) SELECT (x.a).loyalty FROM x ORDER BY (x.a).id;
-- name: hunt_r4_row_expr_field_of_star
SELECT (ROW(a.*)).f5 FROM accounts a ORDER BY a.id;
-- name: hunt_r4_row_is_distinct
SELECT a.id FROM accounts a JOIN accounts b ON a.id = b.id WHERE a IS NOT DISTINCT FROM b ORDER BY 1;
-- name: hunt_r4_to_json_lag_row
SELECT a.id, to_json(lag(a) OVER (ORDER BY a.id)) FROM accounts a ORDER BY a.id;
-- name: hunt_r4_row_in_values
SELECT a.id FROM accounts a WHERE (a.id, a.tier) IN (VALUES (1, 'gold'), (3, NULL)) ORDER BY 1;
-- name: hunt_r4_lateral_row_function
SELECT a.id, j.* FROM accounts a, LATERAL json_each_text(row_to_json(a)) j WHERE j.key = 'mood' ORDER BY 1;
-- name: hunt_r4_unnest_plain_rows_in_from
SELECT u.id, u.label FROM (SELECT array_agg(t ORDER BY t.id) AS arr FROM tags t) s, unnest(s.arr) u ORDER BY 1;
-- name: hunt_r4_unnest_shadow_array_in_from_served
SELECT s.id, u.l FROM (SELECT a.id, array_agg(l ORDER BY l) AS arr FROM accounts a, unnest(a.labels) l GROUP BY a.id) s, unnest(s.arr) u(l) ORDER BY 1, 2;
-- name: hunt_r4_rows_from_unnest_rows
-- refused
SELECT * FROM ROWS FROM (unnest((SELECT array_agg(a ORDER BY a.id) FROM accounts a))) WITH ORDINALITY AS r;
-- name: hunt_r4_values_statement_subquery
VALUES ((SELECT loyalty FROM accounts WHERE id = 1), (SELECT tier FROM accounts WHERE id = 2));
-- name: hunt_r4_lateral_rows_from
SELECT a.id, r.g, r.l FROM accounts a, LATERAL ROWS FROM (generate_series(1, least(a.loyalty, 2)), unnest(a.labels)) AS r(g, l) ORDER BY 1, 2 NULLS LAST, 3 NULLS LAST;
-- name: hunt_r4_some_subquery
SELECT id FROM accounts a WHERE a.loyalty = SOME (SELECT t.loyalty FROM tags t) ORDER BY 1;
-- name: hunt_r4_cast_syntax
SELECT CAST(loyalty AS text), CAST(tier AS varchar(3)), CAST(labels AS varchar[]) FROM accounts ORDER BY id;
-- name: hunt_r4_output_collation
SELECT tier COLLATE "C" AS t FROM accounts ORDER BY 1 NULLS FIRST;
-- name: hunt_r4_offset_fetch_next
SELECT id, loyalty FROM accounts ORDER BY id OFFSET 2 ROWS FETCH NEXT 3 ROWS ONLY;
-- name: hunt_r4_similar_ilike_any
SELECT id FROM accounts WHERE tier SIMILAR TO '(g|s)%' OR tier ILIKE ANY (ARRAY['BR%', 'it%']) ORDER BY id;
-- name: hunt_r4_is_true_chain
SELECT id FROM accounts WHERE (tier IS NOT NULL) IS TRUE AND (loyalty > 0) IS NOT FALSE ORDER BY id;
-- name: hunt_r4_union_values
SELECT loyalty FROM accounts UNION ALL VALUES (1) ORDER BY 1;
-- name: hunt_r4_parenthesized_set_arms
(SELECT loyalty FROM accounts ORDER BY 1 DESC LIMIT 1) UNION (SELECT 5) ORDER BY 1;
-- name: hunt_r4_nested_join_parens
SELECT a.id, b.paid, u."Nick" FROM (accounts a JOIN bills b ON a.id = b.account_id) JOIN "Users" u ON u."Id" = a.id ORDER BY b.id;
-- name: hunt_r4_lateral_values
SELECT a.id, v.x FROM accounts a CROSS JOIN LATERAL (VALUES (a.loyalty), (a.id)) v(x) ORDER BY 1, 2;
-- name: hunt_r4_right_join_null_extended
SELECT b.id, a.loyalty, a.tier, a.mood, a.labels FROM accounts a RIGHT JOIN bills b ON a.id = b.account_id ORDER BY b.id;
-- name: hunt_r4_full_join_using_shadow_both
SELECT id, a.loyalty, b.loyalty FROM accounts a FULL JOIN (SELECT id, loyalty FROM accounts WHERE id > 4) b USING (id) ORDER BY id;
-- name: hunt_r4_deep_correlation
SELECT a.id, (SELECT (SELECT a.loyalty + b.id FROM bills b WHERE b.account_id = a.id ORDER BY b.id LIMIT 1)) FROM accounts a ORDER BY 1;
-- name: hunt_r4_correlated_in_where
SELECT count(*) FROM accounts a WHERE (SELECT a.tier) IS NULL;
-- name: hunt_r4_cte_chain
WITH x AS (SELECT * FROM accounts), y AS (SELECT * FROM x WHERE loyalty > 0) SELECT id, tier FROM y ORDER BY id;
-- name: hunt_r4_cte_column_aliases
WITH x(i, l) AS (SELECT id, loyalty FROM accounts) SELECT l, i FROM x ORDER BY i;
-- name: hunt_r4_cte_shadow_name_collision
WITH loyalty AS (SELECT 1 AS loyalty) SELECT a.id, loyalty.loyalty, a.loyalty FROM accounts a, loyalty ORDER BY 1;
-- name: hunt_r4_subquery_alias_shadow_name
SELECT tier.tier, tier.loyalty FROM (SELECT tier, loyalty FROM accounts) tier ORDER BY 2, 1;
-- name: hunt_r4_table_alias_like_shadow_column
SELECT tier.id, tier.tier FROM accounts tier ORDER BY 1;
-- name: hunt_r4_table_alias_like_shadow_column_whole
SELECT loyalty FROM accounts loyalty ORDER BY loyalty.id;
-- name: hunt_r4_case_when_shadow_in_order
SELECT id FROM accounts ORDER BY CASE mood WHEN 'happy' THEN 0 WHEN 'sad' THEN 1 ELSE 2 END, id;
-- name: hunt_r4_in_large_list
SELECT count(*) FROM accounts WHERE loyalty IN (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30);
-- name: hunt_r4_not_exists_anti_join
SELECT a.id FROM accounts a WHERE NOT EXISTS (SELECT 1 FROM bills b WHERE b.account_id = a.id AND b.paid) AND a.loyalty >= 0 ORDER BY 1;
-- name: hunt_r4_scalar_subquery_multiple_rows
-- expect: 21000
SELECT (SELECT loyalty FROM accounts) FROM bills;
-- name: hunt_r4_union_column_count_mismatch
-- expect: 42601
SELECT loyalty, tier FROM accounts UNION SELECT loyalty FROM accounts;
-- name: hunt_r4_explain_costs_off
EXPLAIN (COSTS OFF, FORMAT JSON) SELECT 1 FROM accounts WHERE id = -1 AND false;
-- name: hunt_r4_three_part_column_field_shadow_composite
SELECT g.pt.x, g.pt.label FROM gadgets g ORDER BY g.id;
-- name: hunt_r4_three_part_column_field_unaliased
SELECT gadgets.pt.label FROM gadgets ORDER BY gadgets.id;
-- name: hunt_r4_three_part_column_star_shadow_composite
SELECT g.pt.* FROM gadgets g ORDER BY g.id;
-- name: hunt_r4_three_part_subquery_row_field
SELECT s.b.loyalty FROM (SELECT a AS b FROM accounts a) s ORDER BY s.b.id;
-- name: hunt_r4_four_part_schema_table_column_field
SELECT public.gadgets.pt.x FROM public.gadgets ORDER BY public.gadgets.id;
-- name: hunt_r4_three_part_field_where
SELECT g.id FROM gadgets g WHERE g.pt.x = 0 ORDER BY 1;
-- name: hunt_r4_three_part_field_missing
-- expect: 42P01
SELECT g.pt.zz FROM gadgets g;
-- name: hunt_r4_fd_group_by_name_of_output_and_shadow
SELECT a.id, a.loyalty AS tier, count(*) FROM accounts a GROUP BY a.id, tier ORDER BY 1;
-- name: hunt_r4_fd_output_named_like_shadow
SELECT a.id AS tier, a.tier AS t2 FROM accounts a GROUP BY a.id ORDER BY 1;
-- name: hunt_r4_fd_group_by_distinct
SELECT a.id, a.tier, count(*) FROM accounts a GROUP BY DISTINCT a.id, ROLLUP (a.id) ORDER BY 1;
-- name: hunt_r4_fd_group_by_all
SELECT a.id, a.tier FROM accounts a GROUP BY ALL a.id ORDER BY 1;
-- name: hunt_r4_fd_two_tables_same_name
SELECT a.id, a.tier, s.id, s.score FROM accounts a JOIN sales.accounts s ON s.id = a.id GROUP BY a.id, s.id ORDER BY 1;
-- name: hunt_r4_fd_unaliased_two_schemas
SELECT public.accounts.id, public.accounts.loyalty, sales.accounts.score FROM public.accounts JOIN sales.accounts ON sales.accounts.id = public.accounts.id GROUP BY public.accounts.id, sales.accounts.id ORDER BY 1;
-- name: hunt_r4_fd_subquery_in_group_level
SELECT a.id, (SELECT count(*) FROM bills b WHERE b.account_id = a.id AND b.due > '2024-01-01') AS n, a.mood FROM accounts a GROUP BY a.id ORDER BY 1;
-- name: hunt_r4_fd_grouping_function
SELECT a.id, a.tier, GROUPING(a.id) FROM accounts a GROUP BY a.id ORDER BY 1;
-- name: hunt_r4_fd_star_grouped
SELECT a.* FROM accounts a GROUP BY a.id ORDER BY a.id;
-- name: hunt_r4_fd_count_star_join
SELECT a.*, count(b.id) AS n FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY a.id;
-- name: hunt_r4_fd_join_alias_grouped
SELECT j.id, j.loyalty FROM (accounts a JOIN tags t USING (id)) j GROUP BY j.id ORDER BY 1;
-- name: hunt_r4_copy_binary
COPY (SELECT id, loyalty, mood FROM accounts ORDER BY id) TO STDOUT (FORMAT binary);
-- name: hunt_r4_copy_force_quote_shadow
COPY accounts (id, tier) TO STDOUT (FORMAT csv, FORCE_QUOTE (tier));
-- name: hunt_r4_copy_gadgets_types
COPY gadgets (id, pt, raw, doc, nums, blob) TO STDOUT (FORMAT csv, HEADER);
-- name: hunt_r4_copy_unknown_column
-- expect: 42703
COPY accounts (id, loyalty, nope) TO STDOUT;
-- name: hunt_r4_copy_duplicate_shadow_column
-- expect: 42701
COPY accounts (loyalty, loyalty) TO STDOUT;
-- name: hunt_r4_copy_force_quote_not_listed
-- expect: 42P10
COPY accounts (id) TO STDOUT (FORMAT csv, FORCE_QUOTE (tier));
-- name: hunt_r4_copy_query_with_params_like_text
COPY (SELECT id, tier FROM accounts WHERE tier LIKE '%$1%' OR loyalty > 0 ORDER BY id) TO STDOUT;
-- name: hunt_r4_copy_delimiter
COPY accounts (id, labels, mood) TO STDOUT WITH (DELIMITER '|', NULL '');
-- name: hunt_r4_copy_force_quote_legacy_not_listed
-- expect: 42P10
COPY accounts (id, loyalty) TO STDOUT CSV FORCE QUOTE id, tier;
-- name: hunt_r4_copy_force_quote_text_format
-- expect: 0A000
COPY accounts (id, loyalty) TO STDOUT (FORCE_QUOTE (tier));
-- name: hunt_r4_copy_force_quote_unknown_column
-- expect: 42703
COPY accounts (id, loyalty) TO STDOUT (FORMAT csv, FORCE_QUOTE (nope));
-- name: hunt_r4_copy_force_quote_star
COPY accounts (id, loyalty, tier) TO STDOUT (FORMAT csv, FORCE_QUOTE *);
-- name: hunt_r4_copy_unknown_live_column
-- expect: 42703
COPY accounts (loyalty, nme) TO STDOUT;
-- name: hunt_r4_copy_duplicate_live_column
-- expect: 42701
COPY accounts (id, tier, id) TO STDOUT;
-- name: hunt_r4_copy_quoted_column_names
COPY "Users" ("Id", "Nick") TO STDOUT;
-- name: hunt_r4_copy_unknown_quoted_column
-- expect: 42703
COPY "Users" ("Id", "Nick", "nick") TO STDOUT;
-- name: hunt_r4_prepare_untyped_param
PREPARE hunt_r4_p AS SELECT id FROM accounts WHERE tier = $1 ORDER BY id; EXECUTE hunt_r4_p('gold'); DEALLOCATE hunt_r4_p;
-- name: hunt_r4_prepare_typed_param_shadow
PREPARE hunt_r4_p2(int, mood) AS SELECT id, loyalty FROM accounts WHERE loyalty >= $1 AND mood = $2 ORDER BY id; EXECUTE hunt_r4_p2(0, 'happy'); DEALLOCATE hunt_r4_p2;
-- name: hunt_r4_prepare_error_position
-- expect: 42703
PREPARE hunt_r4_p3 AS SELECT loyalty, nope FROM accounts;
-- name: hunt_r4_ctas_error_position
-- expect: 42703
CREATE TEMP TABLE hunt_r4_t AS SELECT loyalty, nope FROM accounts;
-- name: hunt_r4_declare_error_position
-- expect: 42703
DECLARE hunt_r4_c2 CURSOR WITH HOLD FOR SELECT tier, nope FROM accounts;
-- name: hunt_r4_explain_error_position
-- expect: 42703
EXPLAIN SELECT tier, nope FROM accounts;
-- name: hunt_r4_cursor_scroll_backward
BEGIN; DECLARE hunt_r4_c3 SCROLL CURSOR FOR SELECT id, tier, loyalty FROM accounts ORDER BY loyalty DESC, id; FETCH LAST FROM hunt_r4_c3; FETCH BACKWARD 2 FROM hunt_r4_c3; FETCH ABSOLUTE 1 FROM hunt_r4_c3; COMMIT;
-- name: hunt_r4_select_into_shadow_then_read
SELECT id, loyalty, mood, labels INTO TEMP hunt_r4_into FROM accounts WHERE loyalty >= 0; SELECT * FROM hunt_r4_into ORDER BY id; DROP TABLE hunt_r4_into;
-- name: hunt_r4_ctas_with_no_data
CREATE TEMP TABLE hunt_r4_nodata AS SELECT id, tier FROM accounts WITH NO DATA; SELECT count(*) FROM hunt_r4_nodata; DROP TABLE hunt_r4_nodata;
-- name: hunt_r4_ctas_column_names
CREATE TEMP TABLE hunt_r4_cols (a, b) AS SELECT id, loyalty FROM accounts; SELECT * FROM hunt_r4_cols ORDER BY a; DROP TABLE hunt_r4_cols;
-- name: hunt_r4_long_table_alias
SELECT xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.id, xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.loyalty FROM accounts AS xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ORDER BY 1;
-- name: hunt_r4_long_table_alias_truncated_differently
SELECT xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxyyyyyyy.id, xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxyyyyyyy.loyalty FROM accounts AS xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ORDER BY 1;
-- name: hunt_r4_long_output_alias
SELECT loyalty AS xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx, tier AS "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxyyyyyyy" FROM accounts ORDER BY id;
-- name: hunt_r4_long_subquery_column
SELECT s.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxyyyyyyy FROM (SELECT loyalty AS xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx FROM accounts) s ORDER BY 1;
-- name: hunt_r4_long_cte_name
WITH xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx AS (SELECT id, tier FROM accounts) SELECT xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxyyyyyyy.tier FROM xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ORDER BY xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.id;
-- name: hunt_r4_long_column_typo
-- expect: 42703
SELECT a.loyalty, a.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx FROM accounts a;
-- name: hunt_r4_non_ascii_unquoted_alias_quoted_ref
SELECT Ä.loyalty, "Ä".tier FROM accounts "Ä" ORDER BY Ä.id;
-- name: hunt_r4_non_ascii_upper_alias_fold
-- expect: 42P01
SELECT ä.loyalty FROM accounts Ä;
-- name: hunt_r4_upper_ascii_names
SELECT A.LOYALTY, A."tier" FROM PUBLIC.ACCOUNTS A ORDER BY A.ID;
-- name: hunt_r4_quoted_upper_shadow_missing
-- expect: 42703
SELECT "LOYALTY" FROM accounts;
-- name: hunt_r4_setting_intervalstyle_sql_standard
SET intervalstyle = 'sql_standard'; SELECT id, span, lap, span + interval '1 hour' FROM gadgets ORDER BY id; RESET intervalstyle;
-- name: hunt_r4_setting_intervalstyle_iso
SET intervalstyle = 'iso_8601'; SELECT id, span FROM gadgets WHERE span > interval '0' ORDER BY id; RESET intervalstyle;
-- name: hunt_r4_setting_intervalstyle_verbose
SET intervalstyle = 'postgres_verbose'; SELECT id, span FROM gadgets ORDER BY id; RESET intervalstyle;
-- name: hunt_r4_setting_datestyle_german
SET datestyle = 'German, DMY'; SELECT id, made_at, stamp, due FROM gadgets, bills WHERE bills.id = gadgets.id ORDER BY gadgets.id; RESET datestyle;
-- name: hunt_r4_setting_datestyle_sql_mdy
SET datestyle = 'SQL, MDY'; SELECT id, stamp, period FROM gadgets WHERE stamp > '01/02/2024' ORDER BY id; RESET datestyle;
-- name: hunt_r4_setting_datestyle_dmy_literal
SET datestyle = 'ISO, DMY'; SELECT id FROM bills WHERE due < '01/06/2024' ORDER BY id; RESET datestyle;
-- name: hunt_r4_setting_timezone
SET TimeZone = 'Asia/Tokyo'; SELECT id, made_at, period, made_at::date FROM gadgets ORDER BY id; RESET TimeZone;
-- name: hunt_r4_setting_timezone_offset
SET TIME ZONE INTERVAL '+05:30' HOUR TO MINUTE; SELECT id, made_at FROM gadgets ORDER BY id; RESET TimeZone;
-- name: hunt_r4_setting_bytea_escape
SET bytea_output = 'escape'; SELECT id, blob FROM gadgets ORDER BY id; RESET bytea_output;
-- name: hunt_r4_setting_extra_float_digits_3
SET extra_float_digits = 3; SELECT id, ratio, fscore FROM gadgets ORDER BY id; RESET extra_float_digits;
-- name: hunt_r4_setting_local_in_transaction
BEGIN; SET LOCAL intervalstyle = 'sql_standard'; SELECT id, span FROM gadgets ORDER BY id; COMMIT; SELECT id, span FROM gadgets ORDER BY id;
-- name: hunt_r4_setting_set_config
SELECT set_config('intervalstyle', 'iso_8601', false); SELECT id, span FROM gadgets ORDER BY id; RESET intervalstyle;
-- name: hunt_r4_for_update_with_aggregate
-- expect: 0A000
SELECT count(loyalty) FROM accounts FOR UPDATE;
-- name: hunt_r4_for_update_with_distinct
-- expect: 0A000
SELECT DISTINCT tier FROM accounts FOR UPDATE;
-- name: hunt_r4_for_update_nullable_side
-- expect: 0A000
SELECT b.id, a.loyalty FROM bills b LEFT JOIN accounts a ON a.id = b.account_id FOR UPDATE;
-- name: hunt_r4_for_update_of_non_nullable_side
BEGIN; SELECT b.id, a.loyalty FROM bills b LEFT JOIN accounts a ON a.id = b.account_id ORDER BY b.id FOR UPDATE OF b; COMMIT;
-- name: hunt_r4_for_update_of_unknown
-- expect: 42P01
SELECT a.loyalty FROM accounts a FOR UPDATE OF x;
-- name: hunt_r4_for_update_of_table_name_aliased
-- expect: 42P01
SELECT a.loyalty FROM accounts a FOR UPDATE OF accounts;
-- name: hunt_r4_for_update_with_window
-- expect: 0A000
SELECT rank() OVER (ORDER BY loyalty) FROM accounts FOR UPDATE;
-- name: hunt_r4_for_update_in_subquery
BEGIN; SELECT s.id, s.loyalty FROM (SELECT id, loyalty FROM accounts WHERE loyalty > 0 FOR UPDATE) s ORDER BY 1; COMMIT;
-- name: hunt_r4_for_update_union
-- expect: 0A000
SELECT loyalty FROM accounts UNION SELECT 1 FOR UPDATE;
-- name: hunt_r4_for_update_cte
BEGIN; WITH x AS (SELECT id, tier FROM accounts FOR UPDATE) SELECT * FROM x ORDER BY id; COMMIT;
-- name: hunt_r4_ctas_column_types_gadgets
CREATE TEMP TABLE hunt_r4_types AS SELECT stamp, tag4, codes, units, total, pt, slots FROM gadgets; SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'hunt_r4_types'::regclass AND attnum > 0 ORDER BY attnum; DROP TABLE hunt_r4_types;
-- name: hunt_r4_ctas_column_types_others
CREATE TEMP TABLE hunt_r4_types2 AS SELECT u."Nick", l.discount, m.mask, m.vmask FROM "Users" u, line_items l, hunt_w_members m; SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'hunt_r4_types2'::regclass AND attnum > 0 ORDER BY attnum; DROP TABLE hunt_r4_types2;
-- name: hunt_r4_ctas_column_types_through_subquery
CREATE TEMP TABLE hunt_r4_types3 AS SELECT * FROM (SELECT "Nick" FROM "Users" UNION ALL SELECT "Nick" FROM "Users") s; SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'hunt_r4_types3'::regclass AND attnum > 0 ORDER BY attnum; DROP TABLE hunt_r4_types3;
-- name: hunt_r4_select_into_column_types
SELECT o.code, o.qty, o.note INTO TEMP hunt_r4_types4 FROM orders o; SELECT attname, format_type(atttypid, atttypmod), attnotnull FROM pg_attribute WHERE attrelid = 'hunt_r4_types4'::regclass AND attnum > 0 ORDER BY attnum; DROP TABLE hunt_r4_types4;
-- name: hunt_r4_ctas_collation
CREATE TEMP TABLE hunt_r4_coll AS SELECT tier, tier COLLATE "C" AS c FROM accounts; SELECT attname, attcollation::regcollation FROM pg_attribute WHERE attrelid = 'hunt_r4_coll'::regclass AND attnum > 0 ORDER BY attnum; DROP TABLE hunt_r4_coll;
-- name: hunt_r4_row_field_of_cte_window_column
-- refused
WITH x AS (SELECT lag(a) OVER (ORDER BY a.id) AS r FROM accounts a) SELECT (r).id FROM x;
-- name: hunt_r4_row_field_of_cte_aliased_column
-- refused
WITH x(i, w) AS (SELECT a.id, coalesce(a, NULL) FROM accounts a) SELECT (x.w).tier FROM x;
-- name: hunt_r4_row_field_of_cte_plain_row_served
WITH x AS (SELECT a AS r FROM accounts a) SELECT (x.r).tier, (r).loyalty FROM x ORDER BY (r).id;
-- name: hunt_r4_unnest_cte_rows_in_from
-- refused
WITH x AS (SELECT array_agg(a) AS arr FROM accounts a) SELECT u.id FROM x, unnest(x.arr) u;
-- name: hunt_r4_whole_row_nested_field
SELECT (g).pt.x, (g).pt.label FROM gadgets g ORDER BY g.id;
-- name: hunt_r4_param_in_subquery_shadow
-- params: ["0"]
SELECT id FROM tags WHERE loyalty IN (SELECT loyalty + $1 FROM accounts) ORDER BY id;
-- name: hunt_r4_param_coalesce_first
-- params: ["7"]
SELECT id, COALESCE($1, loyalty) FROM accounts ORDER BY id;
-- name: hunt_r4_param_case_operand
-- params: ["gold"]
SELECT id, CASE $1 WHEN tier THEN 'match' ELSE 'no' END FROM accounts ORDER BY id;
-- name: hunt_r4_param_array_constructor
-- params: ["9"]
SELECT id, ARRAY[$1, loyalty] FROM accounts ORDER BY id;
-- name: hunt_r4_param_subscript
-- params: ["1"]
SELECT id, labels[$1], nums[$1] FROM accounts JOIN gadgets USING (id) ORDER BY id;
-- name: hunt_r4_param_json_arrow
-- params: ["v"]
SELECT id, doc -> $1, doc ->> $1 FROM gadgets ORDER BY id;
-- name: hunt_r4_param_interval_arith
-- params: ["1 day"]
SELECT id, span + $1, made_at - $1 FROM gadgets ORDER BY id;
-- name: hunt_r4_param_range_overlap
-- params: ["[2,4)"]
SELECT id FROM gadgets WHERE slots && $1 ORDER BY id;
-- name: hunt_r4_param_bit
-- params: ["101"]
SELECT id FROM hunt_w_members WHERE mask = $1 ORDER BY id;
-- name: hunt_r4_param_uuid
-- params: ["a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"]
SELECT id FROM gadgets WHERE token = $1 ORDER BY id;
-- name: hunt_r4_param_time
-- params: ["12:00"]
SELECT id FROM gadgets WHERE opens > $1 ORDER BY id;
-- name: hunt_r4_param_timestamp3
-- params: ["2024-01-01 12:00:00.1234"]
SELECT id, stamp = $1 FROM gadgets ORDER BY id;
-- name: hunt_r4_param_same_twice_two_types
-- expect: 42883
-- params: ["1"]
SELECT id FROM accounts WHERE loyalty = $1 AND tier = $1;
-- name: hunt_r4_param_unused_gap
-- expect: 42P18
-- params: ["1", "2"]
SELECT id FROM accounts WHERE loyalty = $2;
-- name: hunt_r4_param_numeric_typmod
-- params: ["1.234"]
SELECT order_id, discount = $1, discount + $1 FROM line_items ORDER BY 1, 2;
-- name: hunt_r4_param_varchar_limit
-- params: ["anon-and-more-than-twenty-chars"]
SELECT "Id" FROM "Users" WHERE "Nick" = $1 ORDER BY 1;
-- name: hunt_r4_param_landing
-- params: ["15"]
SELECT id FROM sales.accounts WHERE score > $1 ORDER BY id;
-- name: hunt_r4_whole_row_inheritance_child
SELECT row_to_json(d), d::text FROM dogs d ORDER BY d.id;
-- name: hunt_r4_whole_row_partition
SELECT row_to_json(s) FROM shipments_eu s ORDER BY s.id;
-- name: hunt_r4_whole_row_partitioned_parent
SELECT s FROM shipments s ORDER BY s.region, s.id;
-- name: hunt_r4_star_inheritance_parent_and_child
SELECT a.*, d.* FROM animals a JOIN dogs d USING (id) ORDER BY a.id;
-- name: hunt_r4_to_jsonb_members
SELECT to_jsonb(m) FROM hunt_w_members m ORDER BY m.id;
-- name: hunt_r4_whole_row_gadgets_text
SELECT g::text FROM gadgets g ORDER BY g.id;
-- name: hunt_r4_insert_select_reads_shadow
BEGIN; INSERT INTO tags (id, label, loyalty) SELECT id + 100, name, loyalty FROM accounts WHERE tier IS NOT NULL RETURNING id, loyalty; SELECT id, label, loyalty FROM tags ORDER BY id; ROLLBACK;
-- name: hunt_r4_update_from_reads_shadow
BEGIN; UPDATE tags t SET loyalty = a.loyalty FROM accounts a WHERE a.id = t.id AND a.mood = 'happy' RETURNING t.id, t.loyalty, a.tier; ROLLBACK;
-- name: hunt_r4_delete_using_reads_shadow
BEGIN; DELETE FROM tags t USING accounts a WHERE a.id = t.id AND a.loyalty > 0 RETURNING t.id, a.labels; ROLLBACK;
-- name: hunt_r4_insert_select_shadow_on_conflict
BEGIN; INSERT INTO tags (id, label, loyalty) SELECT id, name || '!', loyalty FROM accounts WHERE id <= 4 ON CONFLICT (id) DO UPDATE SET loyalty = excluded.loyalty RETURNING id, label, loyalty; ROLLBACK;
-- name: hunt_r4_cte_read_then_insert
BEGIN; WITH src AS (SELECT id, loyalty FROM accounts WHERE loyalty > 0) INSERT INTO tags (id, label, loyalty) SELECT id + 200, 'x', loyalty FROM src RETURNING *; ROLLBACK;
-- name: hunt_r4_ordinal_after_star
SELECT a.*, b.paid FROM accounts a JOIN bills b ON b.account_id = a.id ORDER BY 9, 5 DESC, b.id;
-- name: hunt_r4_ordinal_star_shadow
SELECT * FROM accounts ORDER BY 6 NULLS FIRST, 1;
-- name: hunt_r4_distinct_on_ordinal_star
SELECT DISTINCT ON (7) * FROM accounts ORDER BY 7, 1;
-- name: hunt_r4_group_by_ordinal_star_key
SELECT a.*, count(b.id) FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY 1 ORDER BY 1;
-- name: hunt_r4_group_by_ordinal_shadow_after_star
-- expect: 42803
SELECT t.*, a.loyalty FROM tags t JOIN accounts a ON a.id = t.id GROUP BY 4;
-- name: hunt_r4_ordinal_out_of_range_star
-- expect: 42P10
SELECT * FROM accounts ORDER BY 9;
-- name: hunt_r4_group_by_ordinal_bare_star_key
SELECT *, count(*) OVER () FROM accounts GROUP BY 1 ORDER BY 1;
-- name: hunt_r4_group_by_ordinal_unaliased_star
SELECT accounts.*, count(bills.id) FROM accounts LEFT JOIN bills ON bills.account_id = accounts.id GROUP BY 1 ORDER BY 1;
-- name: hunt_r4_group_by_ordinal_star_shadow_not_key
-- expect: 42803
SELECT a.*, count(*) FROM accounts a GROUP BY 5;
-- name: hunt_r4_group_by_ordinal_second_star
SELECT b.id, a.*, count(*) FROM bills b JOIN accounts a ON a.id = b.account_id GROUP BY 2, 1 ORDER BY 1;
-- name: hunt_r4_group_by_ordinal_star_rollup
-- expect: 42803
SELECT a.*, count(*) FROM accounts a GROUP BY ROLLUP (1);
-- name: hunt_r4_group_by_ordinal_star_in_sets
SELECT a.*, count(*) FROM accounts a GROUP BY GROUPING SETS ((1, 2)) ORDER BY 1;
-- name: hunt_r4_group_by_ordinal_star_users
SELECT u.*, count(*) FROM "Users" u GROUP BY 1 ORDER BY 1;
-- name: hunt_r4_group_by_ordinal_star_join_using
-- expect: 42803
SELECT *, count(*) FROM accounts a JOIN tags t USING (id) GROUP BY 1;
-- name: hunt_r4_group_by_ordinal_zero
-- expect: 42P10
SELECT a.*, count(*) FROM accounts a GROUP BY 0;
-- name: hunt_r4_fd_schema_qualified_key
SELECT public.accounts.id, accounts.loyalty, count(*) FROM public.accounts GROUP BY public.accounts.id ORDER BY 1;
-- name: hunt_r4_fd_parenthesized_list
SELECT a.id, a.name, a.tier FROM accounts a GROUP BY (a.id, a.name) ORDER BY 1;
-- name: hunt_r4_fd_cast_key_other_type
-- expect: 42803
SELECT a.id, a.tier FROM accounts a GROUP BY a.id::bigint;
-- name: hunt_r4_fd_key_in_subquery_group
SELECT s.n, s.t FROM (SELECT a.id AS n, a.tier AS t, count(*) AS c FROM accounts a GROUP BY a.id) s ORDER BY 1;
-- name: hunt_r4_fd_key_in_cte_group
WITH s AS (SELECT a.id, a.loyalty, max(b.due) AS last_due FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id) SELECT * FROM s ORDER BY id;
-- name: hunt_r4_fd_key_in_lateral_group
SELECT b.id, x.tier FROM bills b, LATERAL (SELECT a.id, a.tier FROM accounts a WHERE a.id = b.account_id GROUP BY a.id) x ORDER BY 1;
-- name: hunt_r4_fd_key_in_exists_group
SELECT b.id FROM bills b WHERE EXISTS (SELECT 1 FROM accounts a WHERE a.id = b.account_id GROUP BY a.id HAVING a.loyalty > 0) ORDER BY 1;

-- ---------------------------------------------------------------- functions returning rows
-- name: rows_function_star
SELECT * FROM accounts_up_to(3);
-- name: rows_function_shadow_columns
SELECT id, loyalty, tier FROM accounts_up_to(5) ORDER BY loyalty DESC, id;
-- name: rows_function_alias_where
SELECT a.id, a.mood FROM accounts_up_to(10) AS a WHERE a.loyalty > 0 ORDER BY a.id;
-- name: rows_function_alias_without_as
SELECT a.id, a.labels, a.* FROM accounts_up_to(10) a WHERE a.tier IS NULL ORDER BY a.id;
-- name: rows_function_single_row
SELECT name, loyalty, labels FROM account_by_id(2);
-- name: rows_function_single_row_not_found
SELECT * FROM account_by_id(999);
-- name: rows_function_joined
SELECT a.id, b.amount, a.tier FROM accounts_up_to(4) a JOIN bills b ON b.account_id = a.id ORDER BY b.id;
-- name: rows_function_lateral
SELECT x.id, f.loyalty FROM (VALUES (1), (3)) AS x(id), LATERAL account_by_id(x.id) f ORDER BY x.id;
-- name: rows_function_implicit_lateral
SELECT x.id, f.tier, f.mood FROM (VALUES (1), (3), (999)) AS x(id), account_by_id(x.id) AS f ORDER BY x.id;
-- name: rows_function_from_served_table
SELECT a.id, f.id, f.loyalty + a.loyalty FROM accounts a CROSS JOIN LATERAL accounts_up_to(a.loyalty) f ORDER BY 1, 2;
-- name: rows_function_composite_key
SELECT * FROM items_of_order(1) ORDER BY line;
-- name: rows_function_params
-- params: ["2"]
SELECT id, loyalty FROM accounts_up_to($1) ORDER BY id;
-- name: rows_function_qualified_call
SELECT accounts_up_to.loyalty FROM public.accounts_up_to(2) ORDER BY 1;
-- name: rows_function_in_subquery
SELECT count(*) FROM accounts WHERE id IN (SELECT id FROM accounts_up_to(10) WHERE tier IS NOT NULL);
-- name: rows_function_landing_column
SELECT * FROM sales_accounts() ORDER BY id;
-- name: rows_function_group
SELECT mood, count(*), sum(loyalty) FROM accounts_up_to(100) GROUP BY mood ORDER BY mood;
-- name: rows_function_in_cte
WITH r AS (SELECT * FROM accounts_up_to(4)) SELECT id, loyalty, tier FROM r ORDER BY id;
-- name: rows_function_whole_row_json
SELECT row_to_json(a) FROM account_by_id(1) a;
-- name: rows_function_unknown_column
-- expect: 42703
SELECT nosuch FROM accounts_up_to(2);
-- name: rows_function_overloaded_other_type
SELECT * FROM rows_or_count('x');
-- name: rows_function_postgrest_rpc
-- params: ["3"]
WITH pgrst_source AS (SELECT pgrst_call.* FROM "public"."accounts_up_to"("n" := $1) pgrst_call) SELECT null::bigint AS total_result_set, pg_catalog.count(_postgrest_t) AS page_total, coalesce(json_agg(_postgrest_t), '[]') AS body FROM (SELECT "pgrst_source".* FROM "pgrst_source") _postgrest_t;
-- name: rows_function_hasura_custom_function
SELECT coalesce(json_agg("root"), '[]') AS "root" FROM (SELECT row_to_json((SELECT "_e" FROM (SELECT "_root.base"."id" AS "id", "_root.base"."loyalty" AS "loyalty", "_root.base"."mood" AS "mood") AS "_e")) AS "root" FROM (SELECT * FROM "public"."accounts_up_to"(('3')::integer) WHERE ('true')) AS "_root.base") AS "_root";
-- name: rows_function_column_aliases
-- refused
SELECT * FROM accounts_up_to(2) AS a(i, n);

-- name: hunt_r5_param_in_list_shadow
-- params: ["7", "3"]
SELECT id FROM accounts WHERE loyalty IN ($1, $2) ORDER BY id;
-- name: hunt_r5_param_is_null_or_shadow
-- params: [null]
SELECT id FROM accounts WHERE $1 IS NULL OR loyalty = $1 ORDER BY id;
-- name: hunt_r5_param_case_shadow
-- params: ["10", "x"]
SELECT id, CASE WHEN loyalty = $1 THEN $2 ELSE tier END AS t FROM accounts ORDER BY id;
-- name: hunt_r5_param_coalesce_shadow
-- params: ["-1"]
SELECT id, coalesce(loyalty, $1) AS l FROM accounts ORDER BY id;
-- name: hunt_r5_param_row_comparison
-- params: ["1", "5"]
SELECT id FROM accounts WHERE (loyalty, id) > ($2, $1) ORDER BY id;
-- name: hunt_r5_param_limit_shadow_subquery
-- params: ["2"]
SELECT id FROM accounts ORDER BY id LIMIT (SELECT max(loyalty) FROM accounts) - $1;
-- name: hunt_r5_param_enum_any
-- params: ["{sad,grumpy}"]
SELECT id FROM accounts WHERE mood = ANY ($1) ORDER BY id;
-- name: hunt_r5_param_array_contains
-- params: ["{vip}"]
SELECT id FROM accounts WHERE labels @> $1 ORDER BY id;
-- name: hunt_r5_param_array_subscript
-- params: ["2"]
SELECT id, labels[$1] AS l FROM accounts ORDER BY id;
-- name: hunt_r5_param_distinct_from
-- params: ["gold"]
SELECT id FROM accounts WHERE tier IS DISTINCT FROM $1 ORDER BY id;
-- name: hunt_r5_param_greatest
-- params: ["5"]
SELECT id, greatest(loyalty, $1) AS g FROM accounts ORDER BY id;
-- name: hunt_r5_param_nullif
-- params: ["0"]
SELECT id, nullif(loyalty, $1) AS n FROM accounts ORDER BY id;
-- name: hunt_r5_param_between_shadow
-- params: ["1", "8"]
SELECT id FROM accounts WHERE loyalty BETWEEN $1 AND $2 ORDER BY id;
-- name: hunt_r5_param_like_shadow
-- params: ["%o%"]
SELECT id FROM accounts WHERE tier LIKE $1 ORDER BY id;
-- name: hunt_r5_param_in_subquery_shadow
-- params: ["1"]
SELECT id FROM bills WHERE paid = (SELECT loyalty > $1 FROM accounts WHERE id = 1) ORDER BY id;
-- name: hunt_r5_param_select_list_only
-- params: ["gold"]
SELECT id, tier = $1 AS is_gold FROM accounts ORDER BY id;
-- name: hunt_r5_param_date_shadow
-- params: ["2025-01-01"]
SELECT id FROM bills WHERE due < $1 ORDER BY id;
-- name: hunt_r5_param_date_arith
-- params: ["3"]
SELECT id, due + $1 AS d FROM bills ORDER BY id;
-- name: hunt_r5_param_varchar_nick
-- params: ["anon"]
SELECT "Id" FROM "Users" WHERE "Nick" = $1 ORDER BY 1;
-- name: hunt_r5_param_numeric_discount
-- params: ["5.5"]
SELECT order_id, line FROM line_items WHERE discount >= $1 ORDER BY 1, 2;
-- name: hunt_r5_param_union_typed_by_shadow
-- params: ["42"]
SELECT loyalty FROM accounts WHERE id = 1 UNION ALL SELECT $1 ORDER BY 1;
-- name: hunt_r5_union_shadow_null
SELECT loyalty FROM accounts UNION SELECT NULL ORDER BY 1;
-- name: hunt_r5_union_null_first
SELECT NULL AS x UNION SELECT tier FROM accounts ORDER BY 1;
-- name: hunt_r5_union_literal_enum
SELECT mood FROM accounts UNION SELECT 'sad' ORDER BY 1;
-- name: hunt_r5_union_literal_first_enum
SELECT 'sad' AS m UNION SELECT mood FROM accounts ORDER BY 1;
-- name: hunt_r5_union_int_numeric
SELECT loyalty FROM accounts UNION SELECT 1.5 ORDER BY 1;
-- name: hunt_r5_union_enum_text_mismatch
SELECT mood FROM accounts UNION SELECT tier FROM accounts;
-- name: hunt_r5_union_column_names
SELECT tier, loyalty FROM accounts UNION ALL SELECT label, loyalty FROM tags ORDER BY 1, 2;
-- name: hunt_r5_union_name_from_second_arm
SELECT 1 UNION SELECT loyalty FROM accounts ORDER BY 1;
-- name: hunt_r5_intersect_shadow_live
SELECT loyalty FROM accounts INTERSECT SELECT loyalty FROM tags ORDER BY 1;
-- name: hunt_r5_except_shadow_live
SELECT loyalty FROM accounts EXCEPT ALL SELECT loyalty FROM tags ORDER BY 1;
-- name: hunt_r5_union_array_literal
SELECT labels FROM accounts UNION SELECT '{x,y}' ORDER BY 1;
-- name: hunt_r5_union_date_literal
SELECT due FROM bills UNION SELECT '2024-01-01' ORDER BY 1;
-- name: hunt_r5_union_varchar_text
SELECT "Nick" FROM "Users" UNION SELECT 'x'::text ORDER BY 1;
-- name: hunt_r5_union_varchar_types
SELECT "Nick" FROM "Users" UNION ALL SELECT "Nick" FROM "Users" ORDER BY 1;
-- name: hunt_r5_union_numeric_typmod
SELECT discount FROM line_items UNION ALL SELECT discount FROM line_items ORDER BY 1;
-- name: hunt_r5_union_numeric_int
SELECT discount FROM line_items UNION SELECT 1 ORDER BY 1;
-- name: hunt_r5_values_join_shadow
SELECT v.n, a.tier FROM (VALUES (1, 'a'), (4, 'b')) AS v (n, s) JOIN accounts a ON a.id = v.n ORDER BY 1;
-- name: hunt_r5_values_compare_shadow
SELECT v.x, a.id FROM (VALUES (7), (10)) v (x) JOIN accounts a ON a.loyalty = v.x ORDER BY 1;
-- name: hunt_r5_values_enum_compare
SELECT a.id FROM accounts a JOIN (VALUES ('sad'), ('grumpy')) v (m) ON a.mood = v.m::mood ORDER BY 1;
-- name: hunt_r5_values_in_shadow
SELECT id FROM accounts WHERE (id, loyalty) IN (VALUES (1, 10), (4, 7)) ORDER BY id;
-- name: hunt_r5_row_compare_literal
SELECT id FROM accounts WHERE (id, loyalty) > (1, 2) ORDER BY id;
-- name: hunt_r5_row_compare_null
SELECT id, (loyalty, tier) IS NULL AS n, ROW(loyalty, tier) IS NOT NULL AS nn FROM accounts ORDER BY id;
-- name: hunt_r5_is_distinct_from_live
SELECT a.id FROM accounts a JOIN tags t ON t.id = a.id WHERE a.loyalty IS DISTINCT FROM t.loyalty ORDER BY 1;
-- name: hunt_r5_is_not_distinct_null
SELECT id FROM accounts WHERE loyalty IS NOT DISTINCT FROM NULL ORDER BY id;
-- name: hunt_r5_array_ops
SELECT id, labels || 'x'::text AS l, 'y' || labels AS m, labels && '{vip,new}' AS o, array_position(labels, 'early') AS p FROM accounts ORDER BY id;
-- name: hunt_r5_array_slice
SELECT id, labels[1:1] AS a, labels[2:] AS b, labels[:1] AS c, cardinality(labels) FROM accounts ORDER BY id;
-- name: hunt_r5_array_subscript_out_of_range
SELECT id, labels[5] AS x, labels[0] FROM accounts ORDER BY id;
-- name: hunt_r5_array_to_string
SELECT id, array_to_string(labels, ',') FROM accounts WHERE labels <> '{new}' ORDER BY id;
-- name: hunt_r5_enum_order
SELECT id, mood FROM accounts ORDER BY mood DESC, id;
-- name: hunt_r5_enum_range
SELECT enum_range(mood), enum_first(mood), enum_last(mood) FROM accounts WHERE id = 1;
-- name: hunt_r5_enum_range_bounds
SELECT id, enum_range(NULL::mood, mood) FROM accounts ORDER BY id;
-- name: hunt_r5_enum_compare_text
-- expect: 42883
SELECT id FROM accounts WHERE mood = 'sad'::text;
-- name: hunt_r5_enum_text_cast_compare
SELECT id FROM accounts WHERE mood::text > 'happy' ORDER BY id;
-- name: hunt_r5_enum_min_max
SELECT min(mood), max(mood) FROM accounts;
-- name: hunt_r5_collate_c_order
SELECT id, tier FROM accounts ORDER BY tier COLLATE "C" NULLS FIRST, id;
-- name: hunt_r5_collate_in_where
SELECT id FROM accounts WHERE tier COLLATE "C" < 'h' ORDER BY id;
-- name: hunt_r5_collate_output_column
SELECT tier COLLATE "C" FROM accounts ORDER BY 1;
-- name: hunt_r5_order_by_using
SELECT id, loyalty FROM accounts ORDER BY loyalty USING > NULLS LAST, id USING <;
-- name: hunt_r5_distinct_on_shadow_expr
SELECT DISTINCT ON (mood) mood, id, tier FROM accounts ORDER BY mood, id DESC;
-- name: hunt_r5_distinct_on_two_shadow
SELECT DISTINCT ON (tier IS NULL, mood) id FROM accounts ORDER BY tier IS NULL, mood, id;
-- name: hunt_r5_fetch_with_ties
SELECT * FROM (SELECT id, loyalty FROM accounts ORDER BY loyalty NULLS LAST FETCH FIRST 3 ROWS WITH TIES) s ORDER BY id;
-- name: hunt_r5_fetch_with_ties_enum
SELECT * FROM (SELECT id, mood FROM accounts ORDER BY mood FETCH FIRST 1 ROW WITH TIES) s ORDER BY id;
-- name: hunt_r5_fetch_with_ties_param
-- params: ["2"]
SELECT * FROM (SELECT id, mood FROM accounts ORDER BY mood DESC FETCH FIRST $1 ROWS WITH TIES) s ORDER BY id;
-- name: hunt_r5_offset_fetch
SELECT id FROM accounts ORDER BY loyalty DESC NULLS LAST, id OFFSET 2 ROWS FETCH NEXT 2 ROWS ONLY;
-- name: hunt_r5_tablesample_repeatable
SELECT count(*) >= 0 AS ok, count(loyalty) <= count(*) AS ok2 FROM accounts TABLESAMPLE BERNOULLI (100) REPEATABLE (42);
-- name: hunt_r5_tablesample_system_rows
SELECT id, tier FROM accounts AS a TABLESAMPLE SYSTEM (100) REPEATABLE (1) ORDER BY id;
-- name: hunt_r5_tablesample_alias_cols
SELECT x, y FROM accounts AS a (x, n, e, c, l) TABLESAMPLE SYSTEM (100) JOIN LATERAL (SELECT a.l AS y) s ON true ORDER BY x;
-- name: hunt_r5_only_animals
SELECT id, legs, vaccinated FROM ONLY animals ORDER BY id;
-- name: hunt_r5_inheritance_star
SELECT * FROM animals ORDER BY id;
-- name: hunt_r5_inheritance_tableoid
SELECT tableoid::regclass AS t, id, legs FROM animals ORDER BY id;
-- name: hunt_r5_inheritance_child_star
SELECT * FROM dogs ORDER BY id;
-- name: hunt_r5_partition_shadow
SELECT region, id, status, priority FROM shipments_eu ORDER BY id;
-- name: hunt_r5_partition_tableoid
SELECT tableoid::regclass::text AS t, region, id, fragile FROM shipments ORDER BY region, id;
-- name: hunt_r5_only_partitioned
SELECT count(*), count(status) FROM ONLY shipments;
-- name: hunt_r5_natural_join_tags
SELECT * FROM accounts NATURAL JOIN tags ORDER BY id;
-- name: hunt_r5_natural_join_tags_cols
SELECT id, loyalty, name, label FROM accounts NATURAL JOIN tags ORDER BY id;
-- name: hunt_r5_join_using_loyalty
SELECT loyalty, a.id AS aid, t.id AS tid FROM accounts a JOIN tags t USING (loyalty) ORDER BY 1, 2;
-- name: hunt_r5_join_using_loyalty_star
SELECT * FROM accounts a JOIN tags t USING (id, loyalty) ORDER BY id;
-- name: hunt_r5_full_join_using_loyalty
SELECT loyalty, a.id, t.id FROM accounts a FULL JOIN tags t USING (loyalty) ORDER BY 1 NULLS FIRST, 2 NULLS FIRST, 3 NULLS FIRST;
-- name: hunt_r5_join_using_alias
SELECT j.loyalty, j.id FROM accounts a JOIN tags t USING (loyalty) AS j ORDER BY 1, 2;
-- name: hunt_r5_natural_left_join
SELECT id, loyalty, label FROM tags NATURAL LEFT JOIN accounts ORDER BY id;
-- name: hunt_r5_unqualified_ambiguous_loyalty
-- expect: 42702
SELECT loyalty FROM accounts a JOIN tags t ON t.id = a.id;
-- name: hunt_r5_correlated_order_by
SELECT b.id FROM bills b ORDER BY (SELECT a.loyalty FROM accounts a WHERE a.id = b.account_id) NULLS FIRST, b.id;
-- name: hunt_r5_correlated_group_by
SELECT (SELECT a.tier FROM accounts a WHERE a.id = b.account_id) AS t, count(*) FROM bills b GROUP BY 1 ORDER BY 1 NULLS FIRST;
-- name: hunt_r5_correlated_limit
SELECT id FROM accounts ORDER BY id LIMIT (SELECT loyalty FROM accounts WHERE id = 5);
-- name: hunt_r5_offset_subquery
SELECT id FROM accounts ORDER BY id OFFSET (SELECT loyalty FROM accounts WHERE id = 5);
-- name: hunt_r5_lateral_unnest_labels
SELECT a.id, l.label, l.n FROM accounts a, LATERAL unnest(a.labels) WITH ORDINALITY AS l (label, n) ORDER BY 1, 3;
-- name: hunt_r5_unnest_labels_select_list
SELECT id, unnest(labels) AS l FROM accounts ORDER BY id, l;
-- name: hunt_r5_lateral_unnest_no_alias
SELECT a.id, u FROM accounts a CROSS JOIN LATERAL unnest(a.labels) u ORDER BY 1, 2;
-- name: hunt_r5_lateral_generate_series_loyalty
SELECT a.id, g FROM accounts a, generate_series(1, coalesce(a.loyalty, 0)) g WHERE a.id IN (4, 5) ORDER BY 1, 2;
-- name: hunt_r5_rows_from_shadow
SELECT a.id, x, y FROM accounts a, ROWS FROM (unnest(a.labels), generate_series(1, 2)) AS r (x, y) WHERE a.id = 1 ORDER BY 2 NULLS LAST, 3;
-- name: hunt_r5_unnest_unqualified_labels
SELECT id, l FROM accounts, unnest(labels) l WHERE id < 3 ORDER BY 1, 2;
-- name: hunt_r5_explain_costs_off_error
-- expect: 42883
EXPLAIN (COSTS OFF) SELECT id FROM accounts WHERE mood = 1;
-- name: hunt_r5_explain_analyze_error
-- expect: 22012
EXPLAIN ANALYZE SELECT 1 / (loyalty - 7) FROM accounts WHERE id = 4;
-- name: hunt_r5_create_temp_table_as
CREATE TEMP TABLE hunt_r5_t AS SELECT id, loyalty, tier, mood, labels FROM accounts; SELECT * FROM hunt_r5_t ORDER BY id; SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'hunt_r5_t'::regclass AND attnum > 0 ORDER BY attnum; DROP TABLE hunt_r5_t;
-- name: hunt_r5_select_into_temp
SELECT id, "Nick" INTO TEMP hunt_r5_u FROM "Users"; SELECT * FROM hunt_r5_u ORDER BY 1; SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'hunt_r5_u'::regclass AND attname = 'Nick'; DROP TABLE hunt_r5_u;
-- name: hunt_r5_create_temp_table_as_star
CREATE TEMP TABLE hunt_r5_v AS SELECT * FROM line_items; SELECT * FROM hunt_r5_v ORDER BY 1, 2; SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'hunt_r5_v'::regclass AND attname = 'discount'; DROP TABLE hunt_r5_v;
-- name: hunt_r5_create_table_as_with_no_data
CREATE TEMP TABLE hunt_r5_w AS SELECT a.*, b.due FROM accounts a JOIN bills b ON b.account_id = a.id WITH NO DATA; SELECT count(*) FROM hunt_r5_w; SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'hunt_r5_w'::regclass AND attnum > 0 ORDER BY attnum; DROP TABLE hunt_r5_w;
-- name: hunt_r5_for_update_of_join
BEGIN; SELECT a.id, a.tier, b.paid FROM accounts a JOIN bills b ON b.account_id = a.id WHERE a.id < 3 ORDER BY b.id FOR UPDATE OF a; ROLLBACK;
-- name: hunt_r5_for_share_of_b_nowait
BEGIN; SELECT a.loyalty, b.id FROM accounts a JOIN bills b ON b.account_id = a.id ORDER BY b.id FOR SHARE OF b NOWAIT; ROLLBACK;
-- name: hunt_r5_for_update_of_both_skip
BEGIN; SELECT a.mood, b.due FROM accounts a, bills b WHERE b.account_id = a.id ORDER BY b.id FOR NO KEY UPDATE OF a, b SKIP LOCKED; ROLLBACK;
-- name: hunt_r5_for_update_outer_join_nullable
-- expect: 0A000
SELECT a.id, b.paid FROM accounts a LEFT JOIN bills b ON b.account_id = a.id FOR UPDATE OF b;
-- name: hunt_r5_for_update_of_unknown
-- expect: 42P01
SELECT a.tier FROM accounts a FOR UPDATE OF accounts;
-- name: hunt_r5_cte_named_like_table
WITH accounts AS (SELECT 1 AS id, 99 AS loyalty) SELECT loyalty FROM accounts;
-- name: hunt_r5_cte_named_like_table_reads_real
WITH accounts AS (SELECT id, loyalty FROM public.accounts WHERE id < 3) SELECT id, loyalty FROM accounts ORDER BY id;
-- name: hunt_r5_cte_named_like_table_inner_ref
WITH accounts AS (SELECT id, loyalty + 1 AS loyalty FROM accounts) SELECT * FROM accounts ORDER BY id;
-- name: hunt_r5_cte_named_like_table_no_shadow
-- expect: 42703
WITH accounts AS (SELECT id FROM public.accounts) SELECT loyalty FROM accounts;
-- name: hunt_r5_cte_shadowing_in_subquery_only
SELECT (WITH accounts AS (SELECT 5 AS loyalty) SELECT loyalty FROM accounts) AS x, a.loyalty FROM accounts a ORDER BY a.id;
-- name: hunt_r5_cte_named_bills_reads_accounts
WITH bills AS (SELECT id, tier AS paid FROM accounts) SELECT b.id, b.paid FROM bills b ORDER BY 1;
-- name: hunt_r5_recursive_cte_shadow
WITH RECURSIVE r (n, l) AS (SELECT 1, loyalty FROM accounts WHERE id = 1 UNION ALL SELECT n + 1, l - 3 FROM r WHERE l > 0) SELECT * FROM r ORDER BY n;
-- name: hunt_r5_recursive_cte_named_accounts
WITH RECURSIVE accounts (id, loyalty) AS (SELECT 1, 1 UNION ALL SELECT id + 1, loyalty * 2 FROM accounts WHERE id < 4) SELECT * FROM accounts ORDER BY id;
-- name: hunt_r5_subselect_alias_named_loyalty
SELECT loyalty FROM (SELECT id, tier FROM accounts) loyalty ORDER BY 1;
-- name: hunt_r5_subselect_alias_named_loyalty_beside_table
SELECT a.id, loyalty FROM accounts a, (SELECT 1 AS one) loyalty ORDER BY a.id;
-- name: hunt_r5_alias_named_loyalty_whole_row
SELECT loyalty.* FROM (SELECT 1 AS x, 2 AS y) loyalty;
-- name: hunt_r5_table_alias_named_tier
SELECT tier.id, tier.tier FROM accounts tier ORDER BY 1;
-- name: hunt_r5_table_alias_named_column_bare
SELECT tier FROM accounts tier ORDER BY id;
-- name: hunt_r5_alias_named_like_other_served
SELECT bills.id, bills.loyalty FROM accounts bills ORDER BY 1;
-- name: hunt_r5_alias_named_like_other_served_wrong_col
-- expect: 42703
SELECT bills.paid FROM accounts bills;
-- name: hunt_r5_alias_swap
SELECT accounts.paid, bills.loyalty FROM bills accounts JOIN accounts bills ON bills.id = accounts.account_id ORDER BY accounts.id;
-- name: hunt_r5_quoted_mixed_case_alias
SELECT "A".loyalty, "a".tier FROM accounts "A" JOIN accounts a ON a.id = "A".id ORDER BY "A".id;
-- name: hunt_r5_quoted_alias_wrong_case
-- expect: 42P01
SELECT "A".loyalty FROM accounts a;
-- name: hunt_r5_quoted_alias_named_accounts_upper
SELECT "ACCOUNTS".tier FROM accounts "ACCOUNTS" ORDER BY "ACCOUNTS".id;
-- name: hunt_r5_uppercase_table_name
SELECT ACCOUNTS.loyalty FROM Accounts ORDER BY Accounts.id;
-- name: hunt_r5_quoted_lower_table
SELECT "accounts"."loyalty" FROM "accounts" ORDER BY 1 NULLS FIRST;
-- name: hunt_r5_quoted_upper_table_missing
-- expect: 42P01
SELECT loyalty FROM "Accounts";
-- name: hunt_r5_users_alias_users_lower
SELECT users."Nick" FROM "Users" users ORDER BY users."Id";
-- name: hunt_r5_users_nick_unquoted
-- expect: 42703
SELECT Nick FROM "Users";
-- name: hunt_r5_deep_nesting
SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT id, loyalty FROM accounts) a) b) c) d) e WHERE loyalty > (((((1))))) ORDER BY id;
-- name: hunt_r5_deep_nested_subqueries_where
SELECT id FROM accounts WHERE loyalty IN (SELECT loyalty FROM accounts WHERE tier IN (SELECT tier FROM accounts WHERE mood IN (SELECT mood FROM accounts WHERE labels IS NOT NULL))) ORDER BY id;
-- name: hunt_r5_huge_in_list_shadow
SELECT id FROM accounts WHERE loyalty IN (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299, 300, 301, 302, 303, 304, 305, 306, 307, 308, 309, 310, 311, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 332, 333, 334, 335, 336, 337, 338, 339, 340, 341, 342, 343, 344, 345, 346, 347, 348, 349, 350, 351, 352, 353, 354, 355, 356, 357, 358, 359, 360, 361, 362, 363, 364, 365, 366, 367, 368, 369, 370, 371, 372, 373, 374, 375, 376, 377, 378, 379, 380, 381, 382, 383, 384, 385, 386, 387, 388, 389, 390, 391, 392, 393, 394, 395, 396, 397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 442, 443, 444, 445, 446, 447, 448, 449, 450, 451, 452, 453, 454, 455, 456, 457, 458, 459, 460, 461, 462, 463, 464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 475, 476, 477, 478, 479, 480, 481, 482, 483, 484, 485, 486, 487, 488, 489, 490, 491, 492, 493, 494, 495, 496, 497, 498, 499, 500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 510, 511, 512, 513, 514, 515, 516, 517, 518, 519, 520, 521, 522, 523, 524, 525, 526, 527, 528, 529, 530, 531, 532, 533, 534, 535, 536, 537, 538, 539, 540, 541, 542, 543, 544, 545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 557, 558, 559, 560, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 572, 573, 574, 575, 576, 577, 578, 579, 580, 581, 582, 583, 584, 585, 586, 587, 588, 589, 590, 591, 592, 593, 594, 595, 596, 597, 598, 599, 600, 601, 602, 603, 604, 605, 606, 607, 608, 609, 610, 611, 612, 613, 614, 615, 616, 617, 618, 619, 620, 621, 622, 623, 624, 625, 626, 627, 628, 629, 630, 631, 632, 633, 634, 635, 636, 637, 638, 639, 640, 641, 642, 643, 644, 645, 646, 647, 648, 649, 650, 651, 652, 653, 654, 655, 656, 657, 658, 659, 660, 661, 662, 663, 664, 665, 666, 667, 668, 669, 670, 671, 672, 673, 674, 675, 676, 677, 678, 679, 680, 681, 682, 683, 684, 685, 686, 687, 688, 689, 690, 691, 692, 693, 694, 695, 696, 697, 698, 699, 700, 701, 702, 703, 704, 705, 706, 707, 708, 709, 710, 711, 712, 713, 714, 715, 716, 717, 718, 719, 720, 721, 722, 723, 724, 725, 726, 727, 728, 729, 730, 731, 732, 733, 734, 735, 736, 737, 738, 739, 740, 741, 742, 743, 744, 745, 746, 747, 748, 749, 750, 751, 752, 753, 754, 755, 756, 757, 758, 759, 760, 761, 762, 763, 764, 765, 766, 767, 768, 769, 770, 771, 772, 773, 774, 775, 776, 777, 778, 779, 780, 781, 782, 783, 784, 785, 786, 787, 788, 789, 790, 791, 792, 793, 794, 795, 796, 797, 798, 799, 800, 801, 802, 803, 804, 805, 806, 807, 808, 809, 810, 811, 812, 813, 814, 815, 816, 817, 818, 819, 820, 821, 822, 823, 824, 825, 826, 827, 828, 829, 830, 831, 832, 833, 834, 835, 836, 837, 838, 839, 840, 841, 842, 843, 844, 845, 846, 847, 848, 849, 850, 851, 852, 853, 854, 855, 856, 857, 858, 859, 860, 861, 862, 863, 864, 865, 866, 867, 868, 869, 870, 871, 872, 873, 874, 875, 876, 877, 878, 879, 880, 881, 882, 883, 884, 885, 886, 887, 888, 889, 890, 891, 892, 893, 894, 895, 896, 897, 898, 899, 900, 901, 902, 903, 904, 905, 906, 907, 908, 909, 910, 911, 912, 913, 914, 915, 916, 917, 918, 919, 920, 921, 922, 923, 924, 925, 926, 927, 928, 929, 930, 931, 932, 933, 934, 935, 936, 937, 938, 939, 940, 941, 942, 943, 944, 945, 946, 947, 948, 949, 950, 951, 952, 953, 954, 955, 956, 957, 958, 959, 960, 961, 962, 963, 964, 965, 966, 967, 968, 969, 970, 971, 972, 973, 974, 975, 976, 977, 978, 979, 980, 981, 982, 983, 984, 985, 986, 987, 988, 989, 990, 991, 992, 993, 994, 995, 996, 997, 998, 999, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1022, 1023, 1024, 1025, 1026, 1027, 1028, 1029, 1030, 1031, 1032, 1033, 1034, 1035, 1036, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044, 1045, 1046, 1047, 1048, 1049, 1050, 1051, 1052, 1053, 1054, 1055, 1056, 1057, 1058, 1059, 1060, 1061, 1062, 1063, 1064, 1065, 1066, 1067, 1068, 1069, 1070, 1071, 1072, 1073, 1074, 1075, 1076, 1077, 1078, 1079, 1080, 1081, 1082, 1083, 1084, 1085, 1086, 1087, 1088, 1089, 1090, 1091, 1092, 1093, 1094, 1095, 1096, 1097, 1098, 1099, 1100, 1101, 1102, 1103, 1104, 1105, 1106, 1107, 1108, 1109, 1110, 1111, 1112, 1113, 1114, 1115, 1116, 1117, 1118, 1119, 1120, 1121, 1122, 1123, 1124, 1125, 1126, 1127, 1128, 1129, 1130, 1131, 1132, 1133, 1134, 1135, 1136, 1137, 1138, 1139, 1140, 1141, 1142, 1143, 1144, 1145, 1146, 1147, 1148, 1149, 1150, 1151, 1152, 1153, 1154, 1155, 1156, 1157, 1158, 1159, 1160, 1161, 1162, 1163, 1164, 1165, 1166, 1167, 1168, 1169, 1170, 1171, 1172, 1173, 1174, 1175, 1176, 1177, 1178, 1179, 1180, 1181, 1182, 1183, 1184, 1185, 1186, 1187, 1188, 1189, 1190, 1191, 1192, 1193, 1194, 1195, 1196, 1197, 1198, 1199, 1200, 1201, 1202, 1203, 1204, 1205, 1206, 1207, 1208, 1209, 1210, 1211, 1212, 1213, 1214, 1215, 1216, 1217, 1218, 1219, 1220, 1221, 1222, 1223, 1224, 1225, 1226, 1227, 1228, 1229, 1230, 1231, 1232, 1233, 1234, 1235, 1236, 1237, 1238, 1239, 1240, 1241, 1242, 1243, 1244, 1245, 1246, 1247, 1248, 1249, 1250, 1251, 1252, 1253, 1254, 1255, 1256, 1257, 1258, 1259, 1260, 1261, 1262, 1263, 1264, 1265, 1266, 1267, 1268, 1269, 1270, 1271, 1272, 1273, 1274, 1275, 1276, 1277, 1278, 1279, 1280, 1281, 1282, 1283, 1284, 1285, 1286, 1287, 1288, 1289, 1290, 1291, 1292, 1293, 1294, 1295, 1296, 1297, 1298, 1299, 1300, 1301, 1302, 1303, 1304, 1305, 1306, 1307, 1308, 1309, 1310, 1311, 1312, 1313, 1314, 1315, 1316, 1317, 1318, 1319, 1320, 1321, 1322, 1323, 1324, 1325, 1326, 1327, 1328, 1329, 1330, 1331, 1332, 1333, 1334, 1335, 1336, 1337, 1338, 1339, 1340, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1353, 1354, 1355, 1356, 1357, 1358, 1359, 1360, 1361, 1362, 1363, 1364, 1365, 1366, 1367, 1368, 1369, 1370, 1371, 1372, 1373, 1374, 1375, 1376, 1377, 1378, 1379, 1380, 1381, 1382, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1403, 1404, 1405, 1406, 1407, 1408, 1409, 1410, 1411, 1412, 1413, 1414, 1415, 1416, 1417, 1418, 1419, 1420, 1421, 1422, 1423, 1424, 1425, 1426, 1427, 1428, 1429, 1430, 1431, 1432, 1433, 1434, 1435, 1436, 1437, 1438, 1439, 1440, 1441, 1442, 1443, 1444, 1445, 1446, 1447, 1448, 1449, 1450, 1451, 1452, 1453, 1454, 1455, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1470, 1471, 1472, 1473, 1474, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1485, 1486, 1487, 1488, 1489, 1490, 1491, 1492, 1493, 1494, 1495, 1496, 1497, 1498, 1499, 1500, 1501, 1502, 1503, 1504, 1505, 1506, 1507, 1508, 1509, 1510, 1511, 1512, 1513, 1514, 1515, 1516, 1517, 1518, 1519, 1520, 1521, 1522, 1523, 1524, 1525, 1526, 1527, 1528, 1529, 1530, 1531, 1532, 1533, 1534, 1535, 1536, 1537, 1538, 1539, 1540, 1541, 1542, 1543, 1544, 1545, 1546, 1547, 1548, 1549, 1550, 1551, 1552, 1553, 1554, 1555, 1556, 1557, 1558, 1559, 1560, 1561, 1562, 1563, 1564, 1565, 1566, 1567, 1568, 1569, 1570, 1571, 1572, 1573, 1574, 1575, 1576, 1577, 1578, 1579, 1580, 1581, 1582, 1583, 1584, 1585, 1586, 1587, 1588, 1589, 1590, 1591, 1592, 1593, 1594, 1595, 1596, 1597, 1598, 1599, 1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 1641, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649, 1650, 1651, 1652, 1653, 1654, 1655, 1656, 1657, 1658, 1659, 1660, 1661, 1662, 1663, 1664, 1665, 1666, 1667, 1668, 1669, 1670, 1671, 1672, 1673, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 1694, 1695, 1696, 1697, 1698, 1699, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 1707, 1708, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1724, 1725, 1726, 1727, 1728, 1729, 1730, 1731, 1732, 1733, 1734, 1735, 1736, 1737, 1738, 1739, 1740, 1741, 1742, 1743, 1744, 1745, 1746, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 1754, 1755, 1756, 1757, 1758, 1759, 1760, 1761, 1762, 1763, 1764, 1765, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 1775, 1776, 1777, 1778, 1779, 1780, 1781, 1782, 1783, 1784, 1785, 1786, 1787, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 1802, 1803, 1804, 1805, 1806, 1807, 1808, 1809, 1810, 1811, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 1819, 1820, 1821, 1822, 1823, 1824, 1825, 1826, 1827, 1828, 1829, 1830, 1831, 1832, 1833, 1834, 1835, 1836, 1837, 1838, 1839, 1840, 1841, 1842, 1843, 1844, 1845, 1846, 1847, 1848, 1849, 1850, 1851, 1852, 1853, 1854, 1855, 1856, 1857, 1858, 1859, 1860, 1861, 1862, 1863, 1864, 1865, 1866, 1867, 1868, 1869, 1870, 1871, 1872, 1873, 1874, 1875, 1876, 1877, 1878, 1879, 1880, 1881, 1882, 1883, 1884, 1885, 1886, 1887, 1888, 1889, 1890, 1891, 1892, 1893, 1894, 1895, 1896, 1897, 1898, 1899, 1900, 1901, 1902, 1903, 1904, 1905, 1906, 1907, 1908, 1909, 1910, 1911, 1912, 1913, 1914, 1915, 1916, 1917, 1918, 1919, 1920, 1921, 1922, 1923, 1924, 1925, 1926, 1927, 1928, 1929, 1930, 1931, 1932, 1933, 1934, 1935, 1936, 1937, 1938, 1939, 1940, 1941, 1942, 1943, 1944, 1945, 1946, 1947, 1948, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 1959, 1960, 1961, 1962, 1963, 1964, 1965, 1966, 1967, 1968, 1969, 1970, 1971, 1972, 1973, 1974, 1975, 1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989, 1990, 1991, 1992, 1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036, 2037, 2038, 2039, 2040, 2041, 2042, 2043, 2044, 2045, 2046, 2047, 2048, 2049, 2050, 2051, 2052, 2053, 2054, 2055, 2056, 2057, 2058, 2059, 2060, 2061, 2062, 2063, 2064, 2065, 2066, 2067, 2068, 2069, 2070, 2071, 2072, 2073, 2074, 2075, 2076, 2077, 2078, 2079, 2080, 2081, 2082, 2083, 2084, 2085, 2086, 2087, 2088, 2089, 2090, 2091, 2092, 2093, 2094, 2095, 2096, 2097, 2098, 2099, 2100, 2101, 2102, 2103, 2104, 2105, 2106, 2107, 2108, 2109, 2110, 2111, 2112, 2113, 2114, 2115, 2116, 2117, 2118, 2119, 2120, 2121, 2122, 2123, 2124, 2125, 2126, 2127, 2128, 2129, 2130, 2131, 2132, 2133, 2134, 2135, 2136, 2137, 2138, 2139, 2140, 2141, 2142, 2143, 2144, 2145, 2146, 2147, 2148, 2149, 2150, 2151, 2152, 2153, 2154, 2155, 2156, 2157, 2158, 2159, 2160, 2161, 2162, 2163, 2164, 2165, 2166, 2167, 2168, 2169, 2170, 2171, 2172, 2173, 2174, 2175, 2176, 2177, 2178, 2179, 2180, 2181, 2182, 2183, 2184, 2185, 2186, 2187, 2188, 2189, 2190, 2191, 2192, 2193, 2194, 2195, 2196, 2197, 2198, 2199, 2200, 2201, 2202, 2203, 2204, 2205, 2206, 2207, 2208, 2209, 2210, 2211, 2212, 2213, 2214, 2215, 2216, 2217, 2218, 2219, 2220, 2221, 2222, 2223, 2224, 2225, 2226, 2227, 2228, 2229, 2230, 2231, 2232, 2233, 2234, 2235, 2236, 2237, 2238, 2239, 2240, 2241, 2242, 2243, 2244, 2245, 2246, 2247, 2248, 2249, 2250, 2251, 2252, 2253, 2254, 2255, 2256, 2257, 2258, 2259, 2260, 2261, 2262, 2263, 2264, 2265, 2266, 2267, 2268, 2269, 2270, 2271, 2272, 2273, 2274, 2275, 2276, 2277, 2278, 2279, 2280, 2281, 2282, 2283, 2284, 2285, 2286, 2287, 2288, 2289, 2290, 2291, 2292, 2293, 2294, 2295, 2296, 2297, 2298, 2299, 2300, 2301, 2302, 2303, 2304, 2305, 2306, 2307, 2308, 2309, 2310, 2311, 2312, 2313, 2314, 2315, 2316, 2317, 2318, 2319, 2320, 2321, 2322, 2323, 2324, 2325, 2326, 2327, 2328, 2329, 2330, 2331, 2332, 2333, 2334, 2335, 2336, 2337, 2338, 2339, 2340, 2341, 2342, 2343, 2344, 2345, 2346, 2347, 2348, 2349, 2350, 2351, 2352, 2353, 2354, 2355, 2356, 2357, 2358, 2359, 2360, 2361, 2362, 2363, 2364, 2365, 2366, 2367, 2368, 2369, 2370, 2371, 2372, 2373, 2374, 2375, 2376, 2377, 2378, 2379, 2380, 2381, 2382, 2383, 2384, 2385, 2386, 2387, 2388, 2389, 2390, 2391, 2392, 2393, 2394, 2395, 2396, 2397, 2398, 2399, 2400, 2401, 2402, 2403, 2404, 2405, 2406, 2407, 2408, 2409, 2410, 2411, 2412, 2413, 2414, 2415, 2416, 2417, 2418, 2419, 2420, 2421, 2422, 2423, 2424, 2425, 2426, 2427, 2428, 2429, 2430, 2431, 2432, 2433, 2434, 2435, 2436, 2437, 2438, 2439, 2440, 2441, 2442, 2443, 2444, 2445, 2446, 2447, 2448, 2449, 2450, 2451, 2452, 2453, 2454, 2455, 2456, 2457, 2458, 2459, 2460, 2461, 2462, 2463, 2464, 2465, 2466, 2467, 2468, 2469, 2470, 2471, 2472, 2473, 2474, 2475, 2476, 2477, 2478, 2479, 2480, 2481, 2482, 2483, 2484, 2485, 2486, 2487, 2488, 2489, 2490, 2491, 2492, 2493, 2494, 2495, 2496, 2497, 2498, 2499, 2500, 2501, 2502, 2503, 2504, 2505, 2506, 2507, 2508, 2509, 2510, 2511, 2512, 2513, 2514, 2515, 2516, 2517, 2518, 2519, 2520, 2521, 2522, 2523, 2524, 2525, 2526, 2527, 2528, 2529, 2530, 2531, 2532, 2533, 2534, 2535, 2536, 2537, 2538, 2539, 2540, 2541, 2542, 2543, 2544, 2545, 2546, 2547, 2548, 2549, 2550, 2551, 2552, 2553, 2554, 2555, 2556, 2557, 2558, 2559, 2560, 2561, 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569, 2570, 2571, 2572, 2573, 2574, 2575, 2576, 2577, 2578, 2579, 2580, 2581, 2582, 2583, 2584, 2585, 2586, 2587, 2588, 2589, 2590, 2591, 2592, 2593, 2594, 2595, 2596, 2597, 2598, 2599, 2600, 2601, 2602, 2603, 2604, 2605, 2606, 2607, 2608, 2609, 2610, 2611, 2612, 2613, 2614, 2615, 2616, 2617, 2618, 2619, 2620, 2621, 2622, 2623, 2624, 2625, 2626, 2627, 2628, 2629, 2630, 2631, 2632, 2633, 2634, 2635, 2636, 2637, 2638, 2639, 2640, 2641, 2642, 2643, 2644, 2645, 2646, 2647, 2648, 2649, 2650, 2651, 2652, 2653, 2654, 2655, 2656, 2657, 2658, 2659, 2660, 2661, 2662, 2663, 2664, 2665, 2666, 2667, 2668, 2669, 2670, 2671, 2672, 2673, 2674, 2675, 2676, 2677, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2692, 2693, 2694, 2695, 2696, 2697, 2698, 2699, 2700, 2701, 2702, 2703, 2704, 2705, 2706, 2707, 2708, 2709, 2710, 2711, 2712, 2713, 2714, 2715, 2716, 2717, 2718, 2719, 2720, 2721, 2722, 2723, 2724, 2725, 2726, 2727, 2728, 2729, 2730, 2731, 2732, 2733, 2734, 2735, 2736, 2737, 2738, 2739, 2740, 2741, 2742, 2743, 2744, 2745, 2746, 2747, 2748, 2749, 2750, 2751, 2752, 2753, 2754, 2755, 2756, 2757, 2758, 2759, 2760, 2761, 2762, 2763, 2764, 2765, 2766, 2767, 2768, 2769, 2770, 2771, 2772, 2773, 2774, 2775, 2776, 2777, 2778, 2779, 2780, 2781, 2782, 2783, 2784, 2785, 2786, 2787, 2788, 2789, 2790, 2791, 2792, 2793, 2794, 2795, 2796, 2797, 2798, 2799, 2800, 2801, 2802, 2803, 2804, 2805, 2806, 2807, 2808, 2809, 2810, 2811, 2812, 2813, 2814, 2815, 2816, 2817, 2818, 2819, 2820, 2821, 2822, 2823, 2824, 2825, 2826, 2827, 2828, 2829, 2830, 2831, 2832, 2833, 2834, 2835, 2836, 2837, 2838, 2839, 2840, 2841, 2842, 2843, 2844, 2845, 2846, 2847, 2848, 2849, 2850, 2851, 2852, 2853, 2854, 2855, 2856, 2857, 2858, 2859, 2860, 2861, 2862, 2863, 2864, 2865, 2866, 2867, 2868, 2869, 2870, 2871, 2872, 2873, 2874, 2875, 2876, 2877, 2878, 2879, 2880, 2881, 2882, 2883, 2884, 2885, 2886, 2887, 2888, 2889, 2890, 2891, 2892, 2893, 2894, 2895, 2896, 2897, 2898, 2899, 2900, 2901, 2902, 2903, 2904, 2905, 2906, 2907, 2908, 2909, 2910, 2911, 2912, 2913, 2914, 2915, 2916, 2917, 2918, 2919, 2920, 2921, 2922, 2923, 2924, 2925, 2926, 2927, 2928, 2929, 2930, 2931, 2932, 2933, 2934, 2935, 2936, 2937, 2938, 2939, 2940, 2941, 2942, 2943, 2944, 2945, 2946, 2947, 2948, 2949, 2950, 2951, 2952, 2953, 2954, 2955, 2956, 2957, 2958, 2959, 2960, 2961, 2962, 2963, 2964, 2965, 2966, 2967, 2968, 2969, 2970, 2971, 2972, 2973, 2974, 2975, 2976, 2977, 2978, 2979, 2980, 2981, 2982, 2983, 2984, 2985, 2986, 2987, 2988, 2989, 2990, 2991, 2992, 2993, 2994, 2995, 2996, 2997, 2998, 2999) ORDER BY id;
-- name: hunt_r5_huge_not_in_list_shadow
SELECT count(*) FROM accounts WHERE loyalty NOT IN (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299, 300, 301, 302, 303, 304, 305, 306, 307, 308, 309, 310, 311, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 332, 333, 334, 335, 336, 337, 338, 339, 340, 341, 342, 343, 344, 345, 346, 347, 348, 349, 350, 351, 352, 353, 354, 355, 356, 357, 358, 359, 360, 361, 362, 363, 364, 365, 366, 367, 368, 369, 370, 371, 372, 373, 374, 375, 376, 377, 378, 379, 380, 381, 382, 383, 384, 385, 386, 387, 388, 389, 390, 391, 392, 393, 394, 395, 396, 397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 442, 443, 444, 445, 446, 447, 448, 449, 450, 451, 452, 453, 454, 455, 456, 457, 458, 459, 460, 461, 462, 463, 464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 475, 476, 477, 478, 479, 480, 481, 482, 483, 484, 485, 486, 487, 488, 489, 490, 491, 492, 493, 494, 495, 496, 497, 498, 499, 500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 510, 511, 512, 513, 514, 515, 516, 517, 518, 519, 520, 521, 522, 523, 524, 525, 526, 527, 528, 529, 530, 531, 532, 533, 534, 535, 536, 537, 538, 539, 540, 541, 542, 543, 544, 545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 557, 558, 559, 560, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 572, 573, 574, 575, 576, 577, 578, 579, 580, 581, 582, 583, 584, 585, 586, 587, 588, 589, 590, 591, 592, 593, 594, 595, 596, 597, 598, 599, 600, 601, 602, 603, 604, 605, 606, 607, 608, 609, 610, 611, 612, 613, 614, 615, 616, 617, 618, 619, 620, 621, 622, 623, 624, 625, 626, 627, 628, 629, 630, 631, 632, 633, 634, 635, 636, 637, 638, 639, 640, 641, 642, 643, 644, 645, 646, 647, 648, 649, 650, 651, 652, 653, 654, 655, 656, 657, 658, 659, 660, 661, 662, 663, 664, 665, 666, 667, 668, 669, 670, 671, 672, 673, 674, 675, 676, 677, 678, 679, 680, 681, 682, 683, 684, 685, 686, 687, 688, 689, 690, 691, 692, 693, 694, 695, 696, 697, 698, 699, 700, 701, 702, 703, 704, 705, 706, 707, 708, 709, 710, 711, 712, 713, 714, 715, 716, 717, 718, 719, 720, 721, 722, 723, 724, 725, 726, 727, 728, 729, 730, 731, 732, 733, 734, 735, 736, 737, 738, 739, 740, 741, 742, 743, 744, 745, 746, 747, 748, 749, 750, 751, 752, 753, 754, 755, 756, 757, 758, 759, 760, 761, 762, 763, 764, 765, 766, 767, 768, 769, 770, 771, 772, 773, 774, 775, 776, 777, 778, 779, 780, 781, 782, 783, 784, 785, 786, 787, 788, 789, 790, 791, 792, 793, 794, 795, 796, 797, 798, 799, 800, 801, 802, 803, 804, 805, 806, 807, 808, 809, 810, 811, 812, 813, 814, 815, 816, 817, 818, 819, 820, 821, 822, 823, 824, 825, 826, 827, 828, 829, 830, 831, 832, 833, 834, 835, 836, 837, 838, 839, 840, 841, 842, 843, 844, 845, 846, 847, 848, 849, 850, 851, 852, 853, 854, 855, 856, 857, 858, 859, 860, 861, 862, 863, 864, 865, 866, 867, 868, 869, 870, 871, 872, 873, 874, 875, 876, 877, 878, 879, 880, 881, 882, 883, 884, 885, 886, 887, 888, 889, 890, 891, 892, 893, 894, 895, 896, 897, 898, 899, 900, 901, 902, 903, 904, 905, 906, 907, 908, 909, 910, 911, 912, 913, 914, 915, 916, 917, 918, 919, 920, 921, 922, 923, 924, 925, 926, 927, 928, 929, 930, 931, 932, 933, 934, 935, 936, 937, 938, 939, 940, 941, 942, 943, 944, 945, 946, 947, 948, 949, 950, 951, 952, 953, 954, 955, 956, 957, 958, 959, 960, 961, 962, 963, 964, 965, 966, 967, 968, 969, 970, 971, 972, 973, 974, 975, 976, 977, 978, 979, 980, 981, 982, 983, 984, 985, 986, 987, 988, 989, 990, 991, 992, 993, 994, 995, 996, 997, 998, 999, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1022, 1023, 1024, 1025, 1026, 1027, 1028, 1029, 1030, 1031, 1032, 1033, 1034, 1035, 1036, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044, 1045, 1046, 1047, 1048, 1049, 1050, 1051, 1052, 1053, 1054, 1055, 1056, 1057, 1058, 1059, 1060, 1061, 1062, 1063, 1064, 1065, 1066, 1067, 1068, 1069, 1070, 1071, 1072, 1073, 1074, 1075, 1076, 1077, 1078, 1079, 1080, 1081, 1082, 1083, 1084, 1085, 1086, 1087, 1088, 1089, 1090, 1091, 1092, 1093, 1094, 1095, 1096, 1097, 1098, 1099, 1100, 1101, 1102, 1103, 1104, 1105, 1106, 1107, 1108, 1109, 1110, 1111, 1112, 1113, 1114, 1115, 1116, 1117, 1118, 1119, 1120, 1121, 1122, 1123, 1124, 1125, 1126, 1127, 1128, 1129, 1130, 1131, 1132, 1133, 1134, 1135, 1136, 1137, 1138, 1139, 1140, 1141, 1142, 1143, 1144, 1145, 1146, 1147, 1148, 1149, 1150, 1151, 1152, 1153, 1154, 1155, 1156, 1157, 1158, 1159, 1160, 1161, 1162, 1163, 1164, 1165, 1166, 1167, 1168, 1169, 1170, 1171, 1172, 1173, 1174, 1175, 1176, 1177, 1178, 1179, 1180, 1181, 1182, 1183, 1184, 1185, 1186, 1187, 1188, 1189, 1190, 1191, 1192, 1193, 1194, 1195, 1196, 1197, 1198, 1199, 1200, 1201, 1202, 1203, 1204, 1205, 1206, 1207, 1208, 1209, 1210, 1211, 1212, 1213, 1214, 1215, 1216, 1217, 1218, 1219, 1220, 1221, 1222, 1223, 1224, 1225, 1226, 1227, 1228, 1229, 1230, 1231, 1232, 1233, 1234, 1235, 1236, 1237, 1238, 1239, 1240, 1241, 1242, 1243, 1244, 1245, 1246, 1247, 1248, 1249, 1250, 1251, 1252, 1253, 1254, 1255, 1256, 1257, 1258, 1259, 1260, 1261, 1262, 1263, 1264, 1265, 1266, 1267, 1268, 1269, 1270, 1271, 1272, 1273, 1274, 1275, 1276, 1277, 1278, 1279, 1280, 1281, 1282, 1283, 1284, 1285, 1286, 1287, 1288, 1289, 1290, 1291, 1292, 1293, 1294, 1295, 1296, 1297, 1298, 1299, 1300, 1301, 1302, 1303, 1304, 1305, 1306, 1307, 1308, 1309, 1310, 1311, 1312, 1313, 1314, 1315, 1316, 1317, 1318, 1319, 1320, 1321, 1322, 1323, 1324, 1325, 1326, 1327, 1328, 1329, 1330, 1331, 1332, 1333, 1334, 1335, 1336, 1337, 1338, 1339, 1340, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1353, 1354, 1355, 1356, 1357, 1358, 1359, 1360, 1361, 1362, 1363, 1364, 1365, 1366, 1367, 1368, 1369, 1370, 1371, 1372, 1373, 1374, 1375, 1376, 1377, 1378, 1379, 1380, 1381, 1382, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1403, 1404, 1405, 1406, 1407, 1408, 1409, 1410, 1411, 1412, 1413, 1414, 1415, 1416, 1417, 1418, 1419, 1420, 1421, 1422, 1423, 1424, 1425, 1426, 1427, 1428, 1429, 1430, 1431, 1432, 1433, 1434, 1435, 1436, 1437, 1438, 1439, 1440, 1441, 1442, 1443, 1444, 1445, 1446, 1447, 1448, 1449, 1450, 1451, 1452, 1453, 1454, 1455, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1470, 1471, 1472, 1473, 1474, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1485, 1486, 1487, 1488, 1489, 1490, 1491, 1492, 1493, 1494, 1495, 1496, 1497, 1498, 1499, 1500, 1501, 1502, 1503, 1504, 1505, 1506, 1507, 1508, 1509, 1510, 1511, 1512, 1513, 1514, 1515, 1516, 1517, 1518, 1519, 1520, 1521, 1522, 1523, 1524, 1525, 1526, 1527, 1528, 1529, 1530, 1531, 1532, 1533, 1534, 1535, 1536, 1537, 1538, 1539, 1540, 1541, 1542, 1543, 1544, 1545, 1546, 1547, 1548, 1549, 1550, 1551, 1552, 1553, 1554, 1555, 1556, 1557, 1558, 1559, 1560, 1561, 1562, 1563, 1564, 1565, 1566, 1567, 1568, 1569, 1570, 1571, 1572, 1573, 1574, 1575, 1576, 1577, 1578, 1579, 1580, 1581, 1582, 1583, 1584, 1585, 1586, 1587, 1588, 1589, 1590, 1591, 1592, 1593, 1594, 1595, 1596, 1597, 1598, 1599, 1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 1641, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649, 1650, 1651, 1652, 1653, 1654, 1655, 1656, 1657, 1658, 1659, 1660, 1661, 1662, 1663, 1664, 1665, 1666, 1667, 1668, 1669, 1670, 1671, 1672, 1673, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 1694, 1695, 1696, 1697, 1698, 1699, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 1707, 1708, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1724, 1725, 1726, 1727, 1728, 1729, 1730, 1731, 1732, 1733, 1734, 1735, 1736, 1737, 1738, 1739, 1740, 1741, 1742, 1743, 1744, 1745, 1746, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 1754, 1755, 1756, 1757, 1758, 1759, 1760, 1761, 1762, 1763, 1764, 1765, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 1775, 1776, 1777, 1778, 1779, 1780, 1781, 1782, 1783, 1784, 1785, 1786, 1787, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 1802, 1803, 1804, 1805, 1806, 1807, 1808, 1809, 1810, 1811, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 1819, 1820, 1821, 1822, 1823, 1824, 1825, 1826, 1827, 1828, 1829, 1830, 1831, 1832, 1833, 1834, 1835, 1836, 1837, 1838, 1839, 1840, 1841, 1842, 1843, 1844, 1845, 1846, 1847, 1848, 1849, 1850, 1851, 1852, 1853, 1854, 1855, 1856, 1857, 1858, 1859, 1860, 1861, 1862, 1863, 1864, 1865, 1866, 1867, 1868, 1869, 1870, 1871, 1872, 1873, 1874, 1875, 1876, 1877, 1878, 1879, 1880, 1881, 1882, 1883, 1884, 1885, 1886, 1887, 1888, 1889, 1890, 1891, 1892, 1893, 1894, 1895, 1896, 1897, 1898, 1899, 1900, 1901, 1902, 1903, 1904, 1905, 1906, 1907, 1908, 1909, 1910, 1911, 1912, 1913, 1914, 1915, 1916, 1917, 1918, 1919, 1920, 1921, 1922, 1923, 1924, 1925, 1926, 1927, 1928, 1929, 1930, 1931, 1932, 1933, 1934, 1935, 1936, 1937, 1938, 1939, 1940, 1941, 1942, 1943, 1944, 1945, 1946, 1947, 1948, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 1959, 1960, 1961, 1962, 1963, 1964, 1965, 1966, 1967, 1968, 1969, 1970, 1971, 1972, 1973, 1974, 1975, 1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989, 1990, 1991, 1992, 1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036, 2037, 2038, 2039, 2040, 2041, 2042, 2043, 2044, 2045, 2046, 2047, 2048, 2049, 2050, 2051, 2052, 2053, 2054, 2055, 2056, 2057, 2058, 2059, 2060, 2061, 2062, 2063, 2064, 2065, 2066, 2067, 2068, 2069, 2070, 2071, 2072, 2073, 2074, 2075, 2076, 2077, 2078, 2079, 2080, 2081, 2082, 2083, 2084, 2085, 2086, 2087, 2088, 2089, 2090, 2091, 2092, 2093, 2094, 2095, 2096, 2097, 2098, 2099, 2100, 2101, 2102, 2103, 2104, 2105, 2106, 2107, 2108, 2109, 2110, 2111, 2112, 2113, 2114, 2115, 2116, 2117, 2118, 2119, 2120, 2121, 2122, 2123, 2124, 2125, 2126, 2127, 2128, 2129, 2130, 2131, 2132, 2133, 2134, 2135, 2136, 2137, 2138, 2139, 2140, 2141, 2142, 2143, 2144, 2145, 2146, 2147, 2148, 2149, 2150, 2151, 2152, 2153, 2154, 2155, 2156, 2157, 2158, 2159, 2160, 2161, 2162, 2163, 2164, 2165, 2166, 2167, 2168, 2169, 2170, 2171, 2172, 2173, 2174, 2175, 2176, 2177, 2178, 2179, 2180, 2181, 2182, 2183, 2184, 2185, 2186, 2187, 2188, 2189, 2190, 2191, 2192, 2193, 2194, 2195, 2196, 2197, 2198, 2199, 2200, 2201, 2202, 2203, 2204, 2205, 2206, 2207, 2208, 2209, 2210, 2211, 2212, 2213, 2214, 2215, 2216, 2217, 2218, 2219, 2220, 2221, 2222, 2223, 2224, 2225, 2226, 2227, 2228, 2229, 2230, 2231, 2232, 2233, 2234, 2235, 2236, 2237, 2238, 2239, 2240, 2241, 2242, 2243, 2244, 2245, 2246, 2247, 2248, 2249, 2250, 2251, 2252, 2253, 2254, 2255, 2256, 2257, 2258, 2259, 2260, 2261, 2262, 2263, 2264, 2265, 2266, 2267, 2268, 2269, 2270, 2271, 2272, 2273, 2274, 2275, 2276, 2277, 2278, 2279, 2280, 2281, 2282, 2283, 2284, 2285, 2286, 2287, 2288, 2289, 2290, 2291, 2292, 2293, 2294, 2295, 2296, 2297, 2298, 2299, 2300, 2301, 2302, 2303, 2304, 2305, 2306, 2307, 2308, 2309, 2310, 2311, 2312, 2313, 2314, 2315, 2316, 2317, 2318, 2319, 2320, 2321, 2322, 2323, 2324, 2325, 2326, 2327, 2328, 2329, 2330, 2331, 2332, 2333, 2334, 2335, 2336, 2337, 2338, 2339, 2340, 2341, 2342, 2343, 2344, 2345, 2346, 2347, 2348, 2349, 2350, 2351, 2352, 2353, 2354, 2355, 2356, 2357, 2358, 2359, 2360, 2361, 2362, 2363, 2364, 2365, 2366, 2367, 2368, 2369, 2370, 2371, 2372, 2373, 2374, 2375, 2376, 2377, 2378, 2379, 2380, 2381, 2382, 2383, 2384, 2385, 2386, 2387, 2388, 2389, 2390, 2391, 2392, 2393, 2394, 2395, 2396, 2397, 2398, 2399, 2400, 2401, 2402, 2403, 2404, 2405, 2406, 2407, 2408, 2409, 2410, 2411, 2412, 2413, 2414, 2415, 2416, 2417, 2418, 2419, 2420, 2421, 2422, 2423, 2424, 2425, 2426, 2427, 2428, 2429, 2430, 2431, 2432, 2433, 2434, 2435, 2436, 2437, 2438, 2439, 2440, 2441, 2442, 2443, 2444, 2445, 2446, 2447, 2448, 2449, 2450, 2451, 2452, 2453, 2454, 2455, 2456, 2457, 2458, 2459, 2460, 2461, 2462, 2463, 2464, 2465, 2466, 2467, 2468, 2469, 2470, 2471, 2472, 2473, 2474, 2475, 2476, 2477, 2478, 2479, 2480, 2481, 2482, 2483, 2484, 2485, 2486, 2487, 2488, 2489, 2490, 2491, 2492, 2493, 2494, 2495, 2496, 2497, 2498, 2499, 2500, 2501, 2502, 2503, 2504, 2505, 2506, 2507, 2508, 2509, 2510, 2511, 2512, 2513, 2514, 2515, 2516, 2517, 2518, 2519, 2520, 2521, 2522, 2523, 2524, 2525, 2526, 2527, 2528, 2529, 2530, 2531, 2532, 2533, 2534, 2535, 2536, 2537, 2538, 2539, 2540, 2541, 2542, 2543, 2544, 2545, 2546, 2547, 2548, 2549, 2550, 2551, 2552, 2553, 2554, 2555, 2556, 2557, 2558, 2559, 2560, 2561, 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569, 2570, 2571, 2572, 2573, 2574, 2575, 2576, 2577, 2578, 2579, 2580, 2581, 2582, 2583, 2584, 2585, 2586, 2587, 2588, 2589, 2590, 2591, 2592, 2593, 2594, 2595, 2596, 2597, 2598, 2599, 2600, 2601, 2602, 2603, 2604, 2605, 2606, 2607, 2608, 2609, 2610, 2611, 2612, 2613, 2614, 2615, 2616, 2617, 2618, 2619, 2620, 2621, 2622, 2623, 2624, 2625, 2626, 2627, 2628, 2629, 2630, 2631, 2632, 2633, 2634, 2635, 2636, 2637, 2638, 2639, 2640, 2641, 2642, 2643, 2644, 2645, 2646, 2647, 2648, 2649, 2650, 2651, 2652, 2653, 2654, 2655, 2656, 2657, 2658, 2659, 2660, 2661, 2662, 2663, 2664, 2665, 2666, 2667, 2668, 2669, 2670, 2671, 2672, 2673, 2674, 2675, 2676, 2677, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2692, 2693, 2694, 2695, 2696, 2697, 2698, 2699, 2700, 2701, 2702, 2703, 2704, 2705, 2706, 2707, 2708, 2709, 2710, 2711, 2712, 2713, 2714, 2715, 2716, 2717, 2718, 2719, 2720, 2721, 2722, 2723, 2724, 2725, 2726, 2727, 2728, 2729, 2730, 2731, 2732, 2733, 2734, 2735, 2736, 2737, 2738, 2739, 2740, 2741, 2742, 2743, 2744, 2745, 2746, 2747, 2748, 2749, 2750, 2751, 2752, 2753, 2754, 2755, 2756, 2757, 2758, 2759, 2760, 2761, 2762, 2763, 2764, 2765, 2766, 2767, 2768, 2769, 2770, 2771, 2772, 2773, 2774, 2775, 2776, 2777, 2778, 2779, 2780, 2781, 2782, 2783, 2784, 2785, 2786, 2787, 2788, 2789, 2790, 2791, 2792, 2793, 2794, 2795, 2796, 2797, 2798, 2799, 2800, 2801, 2802, 2803, 2804, 2805, 2806, 2807, 2808, 2809, 2810, 2811, 2812, 2813, 2814, 2815, 2816, 2817, 2818, 2819, 2820, 2821, 2822, 2823, 2824, 2825, 2826, 2827, 2828, 2829, 2830, 2831, 2832, 2833, 2834, 2835, 2836, 2837, 2838, 2839, 2840, 2841, 2842, 2843, 2844, 2845, 2846, 2847, 2848, 2849, 2850, 2851, 2852, 2853, 2854, 2855, 2856, 2857, 2858, 2859, 2860, 2861, 2862, 2863, 2864, 2865, 2866, 2867, 2868, 2869, 2870, 2871, 2872, 2873, 2874, 2875, 2876, 2877, 2878, 2879, 2880, 2881, 2882, 2883, 2884, 2885, 2886, 2887, 2888, 2889, 2890, 2891, 2892, 2893, 2894, 2895, 2896, 2897, 2898, 2899, 2900, 2901, 2902, 2903, 2904, 2905, 2906, 2907, 2908, 2909, 2910, 2911, 2912, 2913, 2914, 2915, 2916, 2917, 2918, 2919, 2920, 2921, 2922, 2923, 2924, 2925, 2926, 2927, 2928, 2929, 2930, 2931, 2932, 2933, 2934, 2935, 2936, 2937, 2938, 2939, 2940, 2941, 2942, 2943, 2944, 2945, 2946, 2947, 2948, 2949, 2950, 2951, 2952, 2953, 2954, 2955, 2956, 2957, 2958, 2959, 2960, 2961, 2962, 2963, 2964, 2965, 2966, 2967, 2968, 2969, 2970, 2971, 2972, 2973, 2974, 2975, 2976, 2977, 2978, 2979, 2980, 2981, 2982, 2983, 2984, 2985, 2986, 2987, 2988, 2989, 2990, 2991, 2992, 2993, 2994, 2995, 2996, 2997, 2998, 2999);
-- name: hunt_r5_values_huge_join
SELECT count(*) FROM (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15), (16), (17), (18), (19), (20), (21), (22), (23), (24), (25), (26), (27), (28), (29), (30), (31), (32), (33), (34), (35), (36), (37), (38), (39), (40), (41), (42), (43), (44), (45), (46), (47), (48), (49), (50), (51), (52), (53), (54), (55), (56), (57), (58), (59), (60), (61), (62), (63), (64), (65), (66), (67), (68), (69), (70), (71), (72), (73), (74), (75), (76), (77), (78), (79), (80), (81), (82), (83), (84), (85), (86), (87), (88), (89), (90), (91), (92), (93), (94), (95), (96), (97), (98), (99), (100), (101), (102), (103), (104), (105), (106), (107), (108), (109), (110), (111), (112), (113), (114), (115), (116), (117), (118), (119), (120), (121), (122), (123), (124), (125), (126), (127), (128), (129), (130), (131), (132), (133), (134), (135), (136), (137), (138), (139), (140), (141), (142), (143), (144), (145), (146), (147), (148), (149), (150), (151), (152), (153), (154), (155), (156), (157), (158), (159), (160), (161), (162), (163), (164), (165), (166), (167), (168), (169), (170), (171), (172), (173), (174), (175), (176), (177), (178), (179), (180), (181), (182), (183), (184), (185), (186), (187), (188), (189), (190), (191), (192), (193), (194), (195), (196), (197), (198), (199), (200), (201), (202), (203), (204), (205), (206), (207), (208), (209), (210), (211), (212), (213), (214), (215), (216), (217), (218), (219), (220), (221), (222), (223), (224), (225), (226), (227), (228), (229), (230), (231), (232), (233), (234), (235), (236), (237), (238), (239), (240), (241), (242), (243), (244), (245), (246), (247), (248), (249), (250), (251), (252), (253), (254), (255), (256), (257), (258), (259), (260), (261), (262), (263), (264), (265), (266), (267), (268), (269), (270), (271), (272), (273), (274), (275), (276), (277), (278), (279), (280), (281), (282), (283), (284), (285), (286), (287), (288), (289), (290), (291), (292), (293), (294), (295), (296), (297), (298), (299), (300), (301), (302), (303), (304), (305), (306), (307), (308), (309), (310), (311), (312), (313), (314), (315), (316), (317), (318), (319), (320), (321), (322), (323), (324), (325), (326), (327), (328), (329), (330), (331), (332), (333), (334), (335), (336), (337), (338), (339), (340), (341), (342), (343), (344), (345), (346), (347), (348), (349), (350), (351), (352), (353), (354), (355), (356), (357), (358), (359), (360), (361), (362), (363), (364), (365), (366), (367), (368), (369), (370), (371), (372), (373), (374), (375), (376), (377), (378), (379), (380), (381), (382), (383), (384), (385), (386), (387), (388), (389), (390), (391), (392), (393), (394), (395), (396), (397), (398), (399), (400), (401), (402), (403), (404), (405), (406), (407), (408), (409), (410), (411), (412), (413), (414), (415), (416), (417), (418), (419), (420), (421), (422), (423), (424), (425), (426), (427), (428), (429), (430), (431), (432), (433), (434), (435), (436), (437), (438), (439), (440), (441), (442), (443), (444), (445), (446), (447), (448), (449), (450), (451), (452), (453), (454), (455), (456), (457), (458), (459), (460), (461), (462), (463), (464), (465), (466), (467), (468), (469), (470), (471), (472), (473), (474), (475), (476), (477), (478), (479), (480), (481), (482), (483), (484), (485), (486), (487), (488), (489), (490), (491), (492), (493), (494), (495), (496), (497), (498), (499), (500), (501), (502), (503), (504), (505), (506), (507), (508), (509), (510), (511), (512), (513), (514), (515), (516), (517), (518), (519), (520), (521), (522), (523), (524), (525), (526), (527), (528), (529), (530), (531), (532), (533), (534), (535), (536), (537), (538), (539), (540), (541), (542), (543), (544), (545), (546), (547), (548), (549), (550), (551), (552), (553), (554), (555), (556), (557), (558), (559), (560), (561), (562), (563), (564), (565), (566), (567), (568), (569), (570), (571), (572), (573), (574), (575), (576), (577), (578), (579), (580), (581), (582), (583), (584), (585), (586), (587), (588), (589), (590), (591), (592), (593), (594), (595), (596), (597), (598), (599), (600), (601), (602), (603), (604), (605), (606), (607), (608), (609), (610), (611), (612), (613), (614), (615), (616), (617), (618), (619), (620), (621), (622), (623), (624), (625), (626), (627), (628), (629), (630), (631), (632), (633), (634), (635), (636), (637), (638), (639), (640), (641), (642), (643), (644), (645), (646), (647), (648), (649), (650), (651), (652), (653), (654), (655), (656), (657), (658), (659), (660), (661), (662), (663), (664), (665), (666), (667), (668), (669), (670), (671), (672), (673), (674), (675), (676), (677), (678), (679), (680), (681), (682), (683), (684), (685), (686), (687), (688), (689), (690), (691), (692), (693), (694), (695), (696), (697), (698), (699), (700), (701), (702), (703), (704), (705), (706), (707), (708), (709), (710), (711), (712), (713), (714), (715), (716), (717), (718), (719), (720), (721), (722), (723), (724), (725), (726), (727), (728), (729), (730), (731), (732), (733), (734), (735), (736), (737), (738), (739), (740), (741), (742), (743), (744), (745), (746), (747), (748), (749), (750), (751), (752), (753), (754), (755), (756), (757), (758), (759), (760), (761), (762), (763), (764), (765), (766), (767), (768), (769), (770), (771), (772), (773), (774), (775), (776), (777), (778), (779), (780), (781), (782), (783), (784), (785), (786), (787), (788), (789), (790), (791), (792), (793), (794), (795), (796), (797), (798), (799), (800), (801), (802), (803), (804), (805), (806), (807), (808), (809), (810), (811), (812), (813), (814), (815), (816), (817), (818), (819), (820), (821), (822), (823), (824), (825), (826), (827), (828), (829), (830), (831), (832), (833), (834), (835), (836), (837), (838), (839), (840), (841), (842), (843), (844), (845), (846), (847), (848), (849), (850), (851), (852), (853), (854), (855), (856), (857), (858), (859), (860), (861), (862), (863), (864), (865), (866), (867), (868), (869), (870), (871), (872), (873), (874), (875), (876), (877), (878), (879), (880), (881), (882), (883), (884), (885), (886), (887), (888), (889), (890), (891), (892), (893), (894), (895), (896), (897), (898), (899), (900), (901), (902), (903), (904), (905), (906), (907), (908), (909), (910), (911), (912), (913), (914), (915), (916), (917), (918), (919), (920), (921), (922), (923), (924), (925), (926), (927), (928), (929), (930), (931), (932), (933), (934), (935), (936), (937), (938), (939), (940), (941), (942), (943), (944), (945), (946), (947), (948), (949), (950), (951), (952), (953), (954), (955), (956), (957), (958), (959), (960), (961), (962), (963), (964), (965), (966), (967), (968), (969), (970), (971), (972), (973), (974), (975), (976), (977), (978), (979), (980), (981), (982), (983), (984), (985), (986), (987), (988), (989), (990), (991), (992), (993), (994), (995), (996), (997), (998), (999), (1000), (1001), (1002), (1003), (1004), (1005), (1006), (1007), (1008), (1009), (1010), (1011), (1012), (1013), (1014), (1015), (1016), (1017), (1018), (1019), (1020), (1021), (1022), (1023), (1024), (1025), (1026), (1027), (1028), (1029), (1030), (1031), (1032), (1033), (1034), (1035), (1036), (1037), (1038), (1039), (1040), (1041), (1042), (1043), (1044), (1045), (1046), (1047), (1048), (1049), (1050), (1051), (1052), (1053), (1054), (1055), (1056), (1057), (1058), (1059), (1060), (1061), (1062), (1063), (1064), (1065), (1066), (1067), (1068), (1069), (1070), (1071), (1072), (1073), (1074), (1075), (1076), (1077), (1078), (1079), (1080), (1081), (1082), (1083), (1084), (1085), (1086), (1087), (1088), (1089), (1090), (1091), (1092), (1093), (1094), (1095), (1096), (1097), (1098), (1099), (1100), (1101), (1102), (1103), (1104), (1105), (1106), (1107), (1108), (1109), (1110), (1111), (1112), (1113), (1114), (1115), (1116), (1117), (1118), (1119), (1120), (1121), (1122), (1123), (1124), (1125), (1126), (1127), (1128), (1129), (1130), (1131), (1132), (1133), (1134), (1135), (1136), (1137), (1138), (1139), (1140), (1141), (1142), (1143), (1144), (1145), (1146), (1147), (1148), (1149), (1150), (1151), (1152), (1153), (1154), (1155), (1156), (1157), (1158), (1159), (1160), (1161), (1162), (1163), (1164), (1165), (1166), (1167), (1168), (1169), (1170), (1171), (1172), (1173), (1174), (1175), (1176), (1177), (1178), (1179), (1180), (1181), (1182), (1183), (1184), (1185), (1186), (1187), (1188), (1189), (1190), (1191), (1192), (1193), (1194), (1195), (1196), (1197), (1198), (1199), (1200), (1201), (1202), (1203), (1204), (1205), (1206), (1207), (1208), (1209), (1210), (1211), (1212), (1213), (1214), (1215), (1216), (1217), (1218), (1219), (1220), (1221), (1222), (1223), (1224), (1225), (1226), (1227), (1228), (1229), (1230), (1231), (1232), (1233), (1234), (1235), (1236), (1237), (1238), (1239), (1240), (1241), (1242), (1243), (1244), (1245), (1246), (1247), (1248), (1249), (1250), (1251), (1252), (1253), (1254), (1255), (1256), (1257), (1258), (1259), (1260), (1261), (1262), (1263), (1264), (1265), (1266), (1267), (1268), (1269), (1270), (1271), (1272), (1273), (1274), (1275), (1276), (1277), (1278), (1279), (1280), (1281), (1282), (1283), (1284), (1285), (1286), (1287), (1288), (1289), (1290), (1291), (1292), (1293), (1294), (1295), (1296), (1297), (1298), (1299), (1300), (1301), (1302), (1303), (1304), (1305), (1306), (1307), (1308), (1309), (1310), (1311), (1312), (1313), (1314), (1315), (1316), (1317), (1318), (1319), (1320), (1321), (1322), (1323), (1324), (1325), (1326), (1327), (1328), (1329), (1330), (1331), (1332), (1333), (1334), (1335), (1336), (1337), (1338), (1339), (1340), (1341), (1342), (1343), (1344), (1345), (1346), (1347), (1348), (1349), (1350), (1351), (1352), (1353), (1354), (1355), (1356), (1357), (1358), (1359), (1360), (1361), (1362), (1363), (1364), (1365), (1366), (1367), (1368), (1369), (1370), (1371), (1372), (1373), (1374), (1375), (1376), (1377), (1378), (1379), (1380), (1381), (1382), (1383), (1384), (1385), (1386), (1387), (1388), (1389), (1390), (1391), (1392), (1393), (1394), (1395), (1396), (1397), (1398), (1399), (1400), (1401), (1402), (1403), (1404), (1405), (1406), (1407), (1408), (1409), (1410), (1411), (1412), (1413), (1414), (1415), (1416), (1417), (1418), (1419), (1420), (1421), (1422), (1423), (1424), (1425), (1426), (1427), (1428), (1429), (1430), (1431), (1432), (1433), (1434), (1435), (1436), (1437), (1438), (1439), (1440), (1441), (1442), (1443), (1444), (1445), (1446), (1447), (1448), (1449), (1450), (1451), (1452), (1453), (1454), (1455), (1456), (1457), (1458), (1459), (1460), (1461), (1462), (1463), (1464), (1465), (1466), (1467), (1468), (1469), (1470), (1471), (1472), (1473), (1474), (1475), (1476), (1477), (1478), (1479), (1480), (1481), (1482), (1483), (1484), (1485), (1486), (1487), (1488), (1489), (1490), (1491), (1492), (1493), (1494), (1495), (1496), (1497), (1498), (1499), (1500), (1501), (1502), (1503), (1504), (1505), (1506), (1507), (1508), (1509), (1510), (1511), (1512), (1513), (1514), (1515), (1516), (1517), (1518), (1519), (1520), (1521), (1522), (1523), (1524), (1525), (1526), (1527), (1528), (1529), (1530), (1531), (1532), (1533), (1534), (1535), (1536), (1537), (1538), (1539), (1540), (1541), (1542), (1543), (1544), (1545), (1546), (1547), (1548), (1549), (1550), (1551), (1552), (1553), (1554), (1555), (1556), (1557), (1558), (1559), (1560), (1561), (1562), (1563), (1564), (1565), (1566), (1567), (1568), (1569), (1570), (1571), (1572), (1573), (1574), (1575), (1576), (1577), (1578), (1579), (1580), (1581), (1582), (1583), (1584), (1585), (1586), (1587), (1588), (1589), (1590), (1591), (1592), (1593), (1594), (1595), (1596), (1597), (1598), (1599), (1600), (1601), (1602), (1603), (1604), (1605), (1606), (1607), (1608), (1609), (1610), (1611), (1612), (1613), (1614), (1615), (1616), (1617), (1618), (1619), (1620), (1621), (1622), (1623), (1624), (1625), (1626), (1627), (1628), (1629), (1630), (1631), (1632), (1633), (1634), (1635), (1636), (1637), (1638), (1639), (1640), (1641), (1642), (1643), (1644), (1645), (1646), (1647), (1648), (1649), (1650), (1651), (1652), (1653), (1654), (1655), (1656), (1657), (1658), (1659), (1660), (1661), (1662), (1663), (1664), (1665), (1666), (1667), (1668), (1669), (1670), (1671), (1672), (1673), (1674), (1675), (1676), (1677), (1678), (1679), (1680), (1681), (1682), (1683), (1684), (1685), (1686), (1687), (1688), (1689), (1690), (1691), (1692), (1693), (1694), (1695), (1696), (1697), (1698), (1699), (1700), (1701), (1702), (1703), (1704), (1705), (1706), (1707), (1708), (1709), (1710), (1711), (1712), (1713), (1714), (1715), (1716), (1717), (1718), (1719), (1720), (1721), (1722), (1723), (1724), (1725), (1726), (1727), (1728), (1729), (1730), (1731), (1732), (1733), (1734), (1735), (1736), (1737), (1738), (1739), (1740), (1741), (1742), (1743), (1744), (1745), (1746), (1747), (1748), (1749), (1750), (1751), (1752), (1753), (1754), (1755), (1756), (1757), (1758), (1759), (1760), (1761), (1762), (1763), (1764), (1765), (1766), (1767), (1768), (1769), (1770), (1771), (1772), (1773), (1774), (1775), (1776), (1777), (1778), (1779), (1780), (1781), (1782), (1783), (1784), (1785), (1786), (1787), (1788), (1789), (1790), (1791), (1792), (1793), (1794), (1795), (1796), (1797), (1798), (1799), (1800), (1801), (1802), (1803), (1804), (1805), (1806), (1807), (1808), (1809), (1810), (1811), (1812), (1813), (1814), (1815), (1816), (1817), (1818), (1819), (1820), (1821), (1822), (1823), (1824), (1825), (1826), (1827), (1828), (1829), (1830), (1831), (1832), (1833), (1834), (1835), (1836), (1837), (1838), (1839), (1840), (1841), (1842), (1843), (1844), (1845), (1846), (1847), (1848), (1849), (1850), (1851), (1852), (1853), (1854), (1855), (1856), (1857), (1858), (1859), (1860), (1861), (1862), (1863), (1864), (1865), (1866), (1867), (1868), (1869), (1870), (1871), (1872), (1873), (1874), (1875), (1876), (1877), (1878), (1879), (1880), (1881), (1882), (1883), (1884), (1885), (1886), (1887), (1888), (1889), (1890), (1891), (1892), (1893), (1894), (1895), (1896), (1897), (1898), (1899), (1900), (1901), (1902), (1903), (1904), (1905), (1906), (1907), (1908), (1909), (1910), (1911), (1912), (1913), (1914), (1915), (1916), (1917), (1918), (1919), (1920), (1921), (1922), (1923), (1924), (1925), (1926), (1927), (1928), (1929), (1930), (1931), (1932), (1933), (1934), (1935), (1936), (1937), (1938), (1939), (1940), (1941), (1942), (1943), (1944), (1945), (1946), (1947), (1948), (1949), (1950), (1951), (1952), (1953), (1954), (1955), (1956), (1957), (1958), (1959), (1960), (1961), (1962), (1963), (1964), (1965), (1966), (1967), (1968), (1969), (1970), (1971), (1972), (1973), (1974), (1975), (1976), (1977), (1978), (1979), (1980), (1981), (1982), (1983), (1984), (1985), (1986), (1987), (1988), (1989), (1990), (1991), (1992), (1993), (1994), (1995), (1996), (1997), (1998), (1999)) v (n) JOIN accounts a ON a.loyalty = v.n;
-- name: hunt_r5_fd_shadow_in_correlated_subquery
SELECT a.id, (SELECT a.tier) AS t FROM accounts a GROUP BY a.id ORDER BY 1;
-- name: hunt_r5_fd_shadow_in_exists_of_grouped
SELECT a.id FROM accounts a GROUP BY a.id HAVING EXISTS (SELECT 1 FROM bills b WHERE b.account_id = a.id AND a.loyalty > 0) ORDER BY 1;
-- name: hunt_r5_fd_shadow_in_window_order
SELECT a.id, rank() OVER (ORDER BY a.loyalty NULLS FIRST, a.id) AS r FROM accounts a GROUP BY a.id ORDER BY 1;
-- name: hunt_r5_fd_using_merged_key
SELECT id, tier, count(*) FROM accounts JOIN bills b ON b.account_id = accounts.id GROUP BY id ORDER BY 1;
-- name: hunt_r5_fd_join_using_merged_key
SELECT id, tier FROM accounts JOIN tags USING (id) GROUP BY id ORDER BY 1;
-- name: hunt_r5_fd_natural_join_group
SELECT id, mood FROM accounts NATURAL JOIN tags GROUP BY id ORDER BY 1;
-- name: hunt_r5_fd_order_by_shadow_only
SELECT a.id FROM accounts a GROUP BY a.id ORDER BY a.loyalty NULLS FIRST, a.id;
-- name: hunt_r5_fd_distinct_on_grouped
SELECT DISTINCT ON (a.mood) a.mood, a.id FROM accounts a GROUP BY a.id ORDER BY a.mood, a.id;
-- name: hunt_r5_fd_in_lateral_reference
SELECT a.id, s.x FROM accounts a, LATERAL (SELECT a.loyalty AS x) s GROUP BY a.id, s.x ORDER BY 1;
-- name: hunt_r5_fd_grouped_union_arm
SELECT a.id, a.tier FROM accounts a GROUP BY a.id UNION ALL SELECT b.id, b.note FROM bills b ORDER BY 1, 2;
-- name: hunt_r5_fd_group_by_output_name_key
SELECT a.id AS k, a.labels FROM accounts a GROUP BY k ORDER BY k;
-- name: hunt_r5_fd_shadow_in_case_in_having
SELECT a.id FROM accounts a GROUP BY a.id HAVING CASE WHEN a.mood = 'sad' THEN true ELSE a.loyalty > 5 END ORDER BY 1;
-- name: hunt_r5_whole_row_distinct
SELECT DISTINCT a FROM accounts a ORDER BY 1;
-- name: hunt_r5_whole_row_union
SELECT a FROM accounts a WHERE id < 3 UNION SELECT a FROM accounts a WHERE id > 6 ORDER BY 1;
-- name: hunt_r5_whole_row_count_distinct
SELECT count(DISTINCT a), count(DISTINCT (a.loyalty, a.tier)) FROM accounts a;
-- name: hunt_r5_whole_row_is_null
SELECT id, a IS NULL AS n, a IS NOT NULL AS nn FROM accounts a ORDER BY id;
-- name: hunt_r5_whole_row_equals_self
SELECT count(*) FROM accounts a JOIN accounts b ON a = b;
-- name: hunt_r5_whole_row_field_star
SELECT (a).* FROM accounts a ORDER BY id;
-- name: hunt_r5_row_star_constructor
SELECT ROW(a.*) IS NOT NULL AS x, to_jsonb(a) - 'email' AS j FROM accounts a ORDER BY a.id;
-- name: hunt_r5_array_agg_whole_row_order
SELECT array_agg(a ORDER BY a.loyalty NULLS FIRST, a.id) FROM accounts a;
-- name: hunt_r5_json_agg_whole_row
SELECT json_agg(b ORDER BY b.id) FROM bills b WHERE b.id < 4;
-- name: hunt_r5_whole_row_in_values
SELECT v.r FROM accounts a, LATERAL (VALUES (a)) v (r) WHERE a.id = 1;
-- name: hunt_r5_whole_row_text_cast
SELECT a::text FROM accounts a ORDER BY a.id;
-- name: hunt_r5_whole_row_compare_row_constructor
SELECT id FROM accounts a WHERE (a.id, a.loyalty) = (1, 10);
-- name: hunt_r5_row_to_json_sub
SELECT row_to_json(s) FROM (SELECT id, loyalty, mood FROM accounts) s ORDER BY s.id;
-- name: hunt_r5_whole_row_lateral_function
SELECT a.id, account_label(a) FROM accounts a WHERE a.loyalty > 0 ORDER BY 1;
-- name: hunt_r5_whole_row_attr_notation
SELECT a.account_label, a.tier FROM accounts a ORDER BY a.id;
-- name: hunt_r5_join_using_shadow_only_in_using
SELECT a.id AS aid, t.id AS tid FROM accounts a JOIN tags t USING (loyalty) ORDER BY 1, 2;
-- name: hunt_r5_join_using_shadow_only_in_using_count
SELECT count(*) FROM tags JOIN accounts USING (loyalty);
-- name: hunt_r5_join_using_enum_only_in_using
SELECT count(*) FROM accounts a JOIN (SELECT 'sad'::mood AS mood) m USING (mood);
-- name: hunt_r5_join_using_alias_only
SELECT j.loyalty FROM accounts JOIN tags USING (id, loyalty) AS j ORDER BY 1;
-- name: hunt_r5_functional_notation_tier
SELECT tier(a), loyalty(accounts) FROM accounts a JOIN accounts USING (id) ORDER BY a.id;
-- name: hunt_r5_field_of_whole_row
SELECT (a).loyalty, (accounts).tier FROM accounts a, accounts WHERE a.id = accounts.id ORDER BY a.id;
-- name: hunt_r5_window_clause_shadow
SELECT id, sum(id) OVER w AS s FROM accounts WINDOW w AS (PARTITION BY mood ORDER BY id) ORDER BY id;
-- name: hunt_r5_json_table_passing_shadow
SELECT a.id, j.v FROM accounts a, JSON_TABLE(to_jsonb(a.labels), '$[*]' COLUMNS (v text PATH '$')) j ORDER BY 1, 2;
-- name: hunt_r5_xmltable_shadow
SELECT a.id, x.t FROM accounts a, XMLTABLE('/r' PASSING xmlparse(document '<r><t>' || coalesce(a.tier, '-') || '</t></r>') COLUMNS t text PATH 't') x WHERE a.id < 4 ORDER BY 1;
-- name: hunt_r5_tier_in_grouping_func
SELECT tier, GROUPING(tier), count(*) FROM accounts GROUP BY ROLLUP (tier) ORDER BY 1 NULLS FIRST, 2;
-- name: hunt_r5_filter_shadow
SELECT count(*) FILTER (WHERE loyalty > 3) AS c, array_agg(id ORDER BY id) FILTER (WHERE mood <> 'happy') AS ids FROM accounts;
-- name: hunt_r5_within_group_shadow
SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY loyalty) FROM accounts;
-- name: hunt_r5_string_agg_tier
SELECT string_agg(tier, ',' ORDER BY tier COLLATE "C") FROM accounts;
-- name: hunt_r5_column_alias_list_rename_shadow_name
-- expect: 42702
SELECT loyalty FROM accounts a (loyalty);
-- name: hunt_r5_column_alias_list_rename_live_to_tier
SELECT x.tier FROM accounts x (tier) ORDER BY 1;
-- name: hunt_r5_column_alias_list_all
SELECT l, t, m FROM accounts AS x (i, n, e, c, l, t, m, lb) ORDER BY i;
-- name: hunt_r5_column_alias_list_too_many
-- expect: 42P10
SELECT * FROM accounts AS x (a, b, c, d, e, f, g, h, i);
-- name: hunt_r5_gadgets_whole_row_in_subquery
-- expect: 42883
SELECT g.id FROM gadgets g WHERE g IN (SELECT h FROM gadgets h);
-- name: hunt_r5_gadgets_whole_row_array_agg_distinct
-- expect: 42883
SELECT array_agg(DISTINCT g) FROM gadgets g;
-- name: hunt_r5_gadgets_whole_row_min
-- expect: 42883
SELECT min(g) FROM gadgets g;
-- name: hunt_r5_gadgets_whole_row_count_distinct_cols
SELECT count(DISTINCT (g.id, g.raw)) FROM gadgets g;
-- name: hunt_r5_gadgets_row_compare_self
-- expect: 42883
SELECT g = g FROM gadgets g;
-- name: hunt_r5_gadgets_whole_row_intersect
-- expect: 42883
SELECT g FROM gadgets g INTERSECT SELECT g FROM gadgets g;
-- name: hunt_r5_gadgets_whole_row_window_partition
-- expect: 42883
SELECT rank() OVER (PARTITION BY g ORDER BY g.id) FROM gadgets g;
-- name: hunt_r5_gadgets_whole_row_is_distinct
-- expect: 42883
SELECT g IS DISTINCT FROM g FROM gadgets g;
-- name: hunt_r5_gadgets_whole_row_union_all_ok
SELECT g FROM gadgets g WHERE g.id = 2 UNION ALL SELECT g FROM gadgets g WHERE g.id = 3;
-- name: hunt_r5_gadgets_whole_row_distinct_subquery
-- expect: 42883
SELECT count(*) FROM (SELECT DISTINCT g FROM gadgets g) s;
-- name: hunt_r5_gadgets_whole_row_group_by_subquery
-- expect: 42883
SELECT count(*) FROM (SELECT g FROM gadgets g GROUP BY g) s;
-- name: hunt_r5_gadgets_whole_row_row_number_order
-- expect: 42883
SELECT row_number() OVER (ORDER BY g) FROM gadgets g;
-- name: hunt_r5_gadgets_whole_row_not_in
-- expect: 42883
SELECT count(*) FROM gadgets g WHERE g NOT IN (SELECT h FROM gadgets h WHERE h.id = 1);
-- name: hunt_r5_gadgets_whole_row_any
-- expect: 42883
SELECT count(*) FROM gadgets g WHERE g = ANY (SELECT h FROM gadgets h);
-- name: hunt_r5_gadgets_whole_row_case
-- expect: 42883
SELECT CASE g WHEN g THEN 1 END FROM gadgets g;
-- name: hunt_r5_gadgets_whole_row_nullif
-- expect: 42883
SELECT nullif(g, g) FROM gadgets g;
-- name: hunt_r5_gadgets_cte_whole_row_distinct
-- expect: 42883
WITH s AS (SELECT g AS r FROM gadgets g) SELECT DISTINCT r FROM s;
-- name: hunt_r5_gadgets_lateral_whole_row_distinct
-- expect: 42883
SELECT DISTINCT x.r FROM gadgets g, LATERAL (SELECT g AS r) x;
-- name: hunt_r5_gadgets_subquery_whole_row_order
-- expect: 42883
SELECT s.r FROM (SELECT g AS r, g.id FROM gadgets g) s ORDER BY s.r;
-- name: hunt_r5_gadgets_nested_subquery_whole_row_group
-- expect: 42883
SELECT t.q FROM (SELECT s.r AS q FROM (SELECT g AS r FROM gadgets g) s) t GROUP BY t.q;
-- name: hunt_r5_gadgets_subquery_union_arm_whole_row_distinct
-- expect: 42883
SELECT DISTINCT s.r FROM (SELECT NULL AS r UNION ALL SELECT g FROM gadgets g) s;
-- name: hunt_r5_gadgets_cte_whole_row_union
-- expect: 42883
WITH s AS (SELECT g AS r FROM gadgets g) SELECT r FROM s UNION SELECT r FROM s;
-- name: hunt_r5_gadgets_subquery_star_not_row
SELECT DISTINCT s.id FROM (SELECT g.*, 1 AS one FROM gadgets g) s ORDER BY 1;
-- name: hunt_r5_accounts_subquery_whole_row_distinct
SELECT DISTINCT s.r FROM (SELECT a AS r FROM accounts a) s ORDER BY 1;
-- name: hunt_r5_gadgets_recursive_cte_whole_row
-- expect: 42883
WITH RECURSIVE s (r, n) AS (SELECT g, 1 FROM gadgets g WHERE g.id = 1 UNION ALL SELECT r, n + 1 FROM s WHERE n < 2) SELECT DISTINCT r FROM s;
-- name: hunt_r5_fd_group_by_distinct
SELECT a.id, a.tier FROM accounts a GROUP BY DISTINCT a.id ORDER BY 1;
-- name: hunt_r5_fd_group_by_key_and_empty_set
SELECT a.id, a.tier, count(*) FROM accounts a GROUP BY a.id, () ORDER BY 1;
-- name: hunt_r5_fd_group_by_key_with_sets
SELECT a.id, a.tier, a.name, count(*) FROM accounts a GROUP BY a.id, GROUPING SETS ((), (a.name)) ORDER BY 1, 3 NULLS FIRST;
-- name: hunt_r5_fd_group_by_key_param
-- params: ["1"]
SELECT a.id, a.loyalty, count(*) FROM accounts a GROUP BY a.id, $1 ORDER BY 1;
-- name: hunt_r5_fd_group_by_key_comment_before_order
SELECT a.id, a.mood FROM accounts a GROUP BY a.id /* key */ -- done
ORDER BY a.mood, a.id;
-- name: hunt_r5_fd_group_by_key_window_clause
SELECT a.id, a.loyalty, sum(a.loyalty) OVER w AS s FROM accounts a GROUP BY a.id WINDOW w AS (ORDER BY a.id) ORDER BY 1;
-- name: hunt_r5_fd_group_by_key_having_limit
SELECT a.id, a.labels FROM accounts a GROUP BY a.id HAVING count(*) > 0 ORDER BY 1 LIMIT 3;
-- name: hunt_r5_fd_group_by_key_for_share
BEGIN; SELECT a.id FROM accounts a WHERE a.id < 3 GROUP BY a.id HAVING a.loyalty IS NOT NULL; ROLLBACK;
-- name: hunt_r5_fd_group_by_key_union_sorted
(SELECT a.id, a.tier FROM accounts a GROUP BY a.id) UNION (SELECT 100, 'x') ORDER BY 1;
-- name: hunt_r5_fd_two_tables_keys
SELECT a.id, a.tier, b.id, b.paid FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id, b.id ORDER BY 3;
-- name: hunt_r5_fd_group_by_key_expression_of_key
-- expect: 42803
SELECT a.id + 0, a.tier FROM accounts a GROUP BY a.id + 0;
-- name: hunt_r5_fd_group_by_two_keys_one_table_only
-- expect: 42803
SELECT a.id, a.tier, b.paid FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id;
-- name: hunt_r5_fd_cube_key
-- expect: 42803
SELECT a.id, a.tier FROM accounts a GROUP BY CUBE (a.id);
-- name: hunt_r5_fd_in_set_returning_select
SELECT a.id, unnest(a.labels) AS l FROM accounts a GROUP BY a.id ORDER BY 1, 2;
-- name: hunt_r5_fd_in_aggregate_arg_mixed
SELECT a.id, max(a.loyalty) + a.loyalty AS x FROM accounts a GROUP BY a.id ORDER BY 1;
-- name: hunt_r5_fd_group_by_users_quoted_key
SELECT u."Id", u."Nick" FROM "Users" u GROUP BY u."Id" ORDER BY 1;
-- name: hunt_r5_fd_composite_key
SELECT l.order_id, l.line, l.discount FROM line_items l GROUP BY l.order_id, l.line ORDER BY 1, 2;
-- name: hunt_r5_fd_composite_key_partial
-- expect: 42803
SELECT l.order_id, l.discount FROM line_items l GROUP BY l.order_id;
-- name: hunt_r5_fd_events_no_key
-- expect: 42803
SELECT e.kind, e.seen FROM events e GROUP BY e.kind;
-- name: hunt_r5_fd_partition_key
SELECT s.region, s.id, s.status FROM shipments s GROUP BY s.region, s.id ORDER BY 1, 2;
-- name: hunt_r5_fd_inheritance_child_key
-- expect: 42803
SELECT d.id, d.legs FROM dogs d GROUP BY d.id;
-- name: hunt_r5_fd_inheritance_parent_key
SELECT a.id, a.legs FROM animals a GROUP BY a.id ORDER BY 1;
-- name: hunt_r5_order_by_negative_ordinal_a
-- expect: 42P10
SELECT id, loyalty FROM accounts ORDER BY -1;
-- name: hunt_r5_order_by_negative_ordinal_b
-- expect: 42P10
SELECT id, loyalty FROM accounts ORDER BY -2;
-- name: hunt_r5_order_by_negative_ordinal_c
-- expect: 42P10
SELECT id, loyalty FROM accounts ORDER BY -3;
-- name: hunt_r5_group_by_negative_ordinal_a
-- expect: 42P10
SELECT tier, count(*) FROM accounts GROUP BY -1;
-- name: hunt_r5_group_by_negative_ordinal_b
-- expect: 42P10
SELECT tier, count(*) FROM accounts GROUP BY -2;
-- name: hunt_r5_group_by_negative_ordinal_c
-- expect: 42P10
SELECT tier, count(*) FROM accounts GROUP BY -3;
-- name: hunt_r5_distinct_on_negative_ordinal_a
-- expect: 42P10
SELECT DISTINCT ON (-1) mood FROM accounts;
-- name: hunt_r5_distinct_on_negative_ordinal_b
-- expect: 42P10
SELECT DISTINCT ON (-2) mood FROM accounts;
-- name: hunt_r5_distinct_on_negative_ordinal_c
-- expect: 42P10
SELECT DISTINCT ON (-3) mood FROM accounts;
-- name: hunt_r5_deep_parens_shadow
SELECT ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((loyalty)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))) AS l FROM accounts ORDER BY id;
-- name: hunt_r5_deep_not_shadow
SELECT id FROM accounts WHERE NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT (loyalty > 3) ORDER BY id;
-- name: hunt_r5_deep_subqueries_shadow
SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM (SELECT * FROM accounts) s0) s1) s2) s3) s4) s5) s6) s7) s8) s9) s10) s11) s12) s13) s14) s15) s16) s17) s18) s19) s20) s21) s22) s23) s24) s25) s26) s27) s28) s29) s30) s31) s32) s33) s34) s35) s36) s37) s38) s39 ORDER BY id;
-- name: hunt_r5_deep_scalar_subqueries_shadow
SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT (SELECT a.loyalty)))))))))))))))))))))))))))))))))))))))) AS x FROM accounts a ORDER BY a.id;
-- name: hunt_r5_deep_case_shadow
SELECT id, CASE WHEN loyalty = 0 THEN 0 ELSE CASE WHEN loyalty = 1 THEN 1 ELSE CASE WHEN loyalty = 2 THEN 2 ELSE CASE WHEN loyalty = 3 THEN 3 ELSE CASE WHEN loyalty = 4 THEN 4 ELSE CASE WHEN loyalty = 5 THEN 5 ELSE CASE WHEN loyalty = 6 THEN 6 ELSE CASE WHEN loyalty = 7 THEN 7 ELSE CASE WHEN loyalty = 8 THEN 8 ELSE CASE WHEN loyalty = 9 THEN 9 ELSE CASE WHEN loyalty = 10 THEN 10 ELSE CASE WHEN loyalty = 11 THEN 11 ELSE CASE WHEN loyalty = 12 THEN 12 ELSE CASE WHEN loyalty = 13 THEN 13 ELSE CASE WHEN loyalty = 14 THEN 14 ELSE CASE WHEN loyalty = 15 THEN 15 ELSE CASE WHEN loyalty = 16 THEN 16 ELSE CASE WHEN loyalty = 17 THEN 17 ELSE CASE WHEN loyalty = 18 THEN 18 ELSE CASE WHEN loyalty = 19 THEN 19 ELSE CASE WHEN loyalty = 20 THEN 20 ELSE CASE WHEN loyalty = 21 THEN 21 ELSE CASE WHEN loyalty = 22 THEN 22 ELSE CASE WHEN loyalty = 23 THEN 23 ELSE CASE WHEN loyalty = 24 THEN 24 ELSE CASE WHEN loyalty = 25 THEN 25 ELSE CASE WHEN loyalty = 26 THEN 26 ELSE CASE WHEN loyalty = 27 THEN 27 ELSE CASE WHEN loyalty = 28 THEN 28 ELSE CASE WHEN loyalty = 29 THEN 29 ELSE CASE WHEN loyalty = 30 THEN 30 ELSE CASE WHEN loyalty = 31 THEN 31 ELSE CASE WHEN loyalty = 32 THEN 32 ELSE CASE WHEN loyalty = 33 THEN 33 ELSE CASE WHEN loyalty = 34 THEN 34 ELSE CASE WHEN loyalty = 35 THEN 35 ELSE CASE WHEN loyalty = 36 THEN 36 ELSE CASE WHEN loyalty = 37 THEN 37 ELSE CASE WHEN loyalty = 38 THEN 38 ELSE CASE WHEN loyalty = 39 THEN 39 ELSE CASE WHEN loyalty = 40 THEN 40 ELSE CASE WHEN loyalty = 41 THEN 41 ELSE CASE WHEN loyalty = 42 THEN 42 ELSE CASE WHEN loyalty = 43 THEN 43 ELSE CASE WHEN loyalty = 44 THEN 44 ELSE CASE WHEN loyalty = 45 THEN 45 ELSE CASE WHEN loyalty = 46 THEN 46 ELSE CASE WHEN loyalty = 47 THEN 47 ELSE CASE WHEN loyalty = 48 THEN 48 ELSE CASE WHEN loyalty = 49 THEN 49 ELSE CASE WHEN loyalty = 50 THEN 50 ELSE CASE WHEN loyalty = 51 THEN 51 ELSE CASE WHEN loyalty = 52 THEN 52 ELSE CASE WHEN loyalty = 53 THEN 53 ELSE CASE WHEN loyalty = 54 THEN 54 ELSE CASE WHEN loyalty = 55 THEN 55 ELSE CASE WHEN loyalty = 56 THEN 56 ELSE CASE WHEN loyalty = 57 THEN 57 ELSE CASE WHEN loyalty = 58 THEN 58 ELSE CASE WHEN loyalty = 59 THEN 59 ELSE -1 END END END END END END END END END END END END END END END END END END END END END END END END END END END END END END END END END END END END END END END END END END END END END END END END END END END END END END END END END END END END AS c FROM accounts ORDER BY id;
-- name: hunt_r5_many_or_shadow
SELECT id FROM accounts WHERE loyalty = 0 OR loyalty = 1 OR loyalty = 2 OR loyalty = 3 OR loyalty = 4 OR loyalty = 5 OR loyalty = 6 OR loyalty = 7 OR loyalty = 8 OR loyalty = 9 OR loyalty = 10 OR loyalty = 11 OR loyalty = 12 OR loyalty = 13 OR loyalty = 14 OR loyalty = 15 OR loyalty = 16 OR loyalty = 17 OR loyalty = 18 OR loyalty = 19 OR loyalty = 20 OR loyalty = 21 OR loyalty = 22 OR loyalty = 23 OR loyalty = 24 OR loyalty = 25 OR loyalty = 26 OR loyalty = 27 OR loyalty = 28 OR loyalty = 29 OR loyalty = 30 OR loyalty = 31 OR loyalty = 32 OR loyalty = 33 OR loyalty = 34 OR loyalty = 35 OR loyalty = 36 OR loyalty = 37 OR loyalty = 38 OR loyalty = 39 OR loyalty = 40 OR loyalty = 41 OR loyalty = 42 OR loyalty = 43 OR loyalty = 44 OR loyalty = 45 OR loyalty = 46 OR loyalty = 47 OR loyalty = 48 OR loyalty = 49 OR loyalty = 50 OR loyalty = 51 OR loyalty = 52 OR loyalty = 53 OR loyalty = 54 OR loyalty = 55 OR loyalty = 56 OR loyalty = 57 OR loyalty = 58 OR loyalty = 59 OR loyalty = 60 OR loyalty = 61 OR loyalty = 62 OR loyalty = 63 OR loyalty = 64 OR loyalty = 65 OR loyalty = 66 OR loyalty = 67 OR loyalty = 68 OR loyalty = 69 OR loyalty = 70 OR loyalty = 71 OR loyalty = 72 OR loyalty = 73 OR loyalty = 74 OR loyalty = 75 OR loyalty = 76 OR loyalty = 77 OR loyalty = 78 OR loyalty = 79 OR loyalty = 80 OR loyalty = 81 OR loyalty = 82 OR loyalty = 83 OR loyalty = 84 OR loyalty = 85 OR loyalty = 86 OR loyalty = 87 OR loyalty = 88 OR loyalty = 89 OR loyalty = 90 OR loyalty = 91 OR loyalty = 92 OR loyalty = 93 OR loyalty = 94 OR loyalty = 95 OR loyalty = 96 OR loyalty = 97 OR loyalty = 98 OR loyalty = 99 OR loyalty = 100 OR loyalty = 101 OR loyalty = 102 OR loyalty = 103 OR loyalty = 104 OR loyalty = 105 OR loyalty = 106 OR loyalty = 107 OR loyalty = 108 OR loyalty = 109 OR loyalty = 110 OR loyalty = 111 OR loyalty = 112 OR loyalty = 113 OR loyalty = 114 OR loyalty = 115 OR loyalty = 116 OR loyalty = 117 OR loyalty = 118 OR loyalty = 119 OR loyalty = 120 OR loyalty = 121 OR loyalty = 122 OR loyalty = 123 OR loyalty = 124 OR loyalty = 125 OR loyalty = 126 OR loyalty = 127 OR loyalty = 128 OR loyalty = 129 OR loyalty = 130 OR loyalty = 131 OR loyalty = 132 OR loyalty = 133 OR loyalty = 134 OR loyalty = 135 OR loyalty = 136 OR loyalty = 137 OR loyalty = 138 OR loyalty = 139 OR loyalty = 140 OR loyalty = 141 OR loyalty = 142 OR loyalty = 143 OR loyalty = 144 OR loyalty = 145 OR loyalty = 146 OR loyalty = 147 OR loyalty = 148 OR loyalty = 149 OR loyalty = 150 OR loyalty = 151 OR loyalty = 152 OR loyalty = 153 OR loyalty = 154 OR loyalty = 155 OR loyalty = 156 OR loyalty = 157 OR loyalty = 158 OR loyalty = 159 OR loyalty = 160 OR loyalty = 161 OR loyalty = 162 OR loyalty = 163 OR loyalty = 164 OR loyalty = 165 OR loyalty = 166 OR loyalty = 167 OR loyalty = 168 OR loyalty = 169 OR loyalty = 170 OR loyalty = 171 OR loyalty = 172 OR loyalty = 173 OR loyalty = 174 OR loyalty = 175 OR loyalty = 176 OR loyalty = 177 OR loyalty = 178 OR loyalty = 179 OR loyalty = 180 OR loyalty = 181 OR loyalty = 182 OR loyalty = 183 OR loyalty = 184 OR loyalty = 185 OR loyalty = 186 OR loyalty = 187 OR loyalty = 188 OR loyalty = 189 OR loyalty = 190 OR loyalty = 191 OR loyalty = 192 OR loyalty = 193 OR loyalty = 194 OR loyalty = 195 OR loyalty = 196 OR loyalty = 197 OR loyalty = 198 OR loyalty = 199 OR loyalty = 200 OR loyalty = 201 OR loyalty = 202 OR loyalty = 203 OR loyalty = 204 OR loyalty = 205 OR loyalty = 206 OR loyalty = 207 OR loyalty = 208 OR loyalty = 209 OR loyalty = 210 OR loyalty = 211 OR loyalty = 212 OR loyalty = 213 OR loyalty = 214 OR loyalty = 215 OR loyalty = 216 OR loyalty = 217 OR loyalty = 218 OR loyalty = 219 OR loyalty = 220 OR loyalty = 221 OR loyalty = 222 OR loyalty = 223 OR loyalty = 224 OR loyalty = 225 OR loyalty = 226 OR loyalty = 227 OR loyalty = 228 OR loyalty = 229 OR loyalty = 230 OR loyalty = 231 OR loyalty = 232 OR loyalty = 233 OR loyalty = 234 OR loyalty = 235 OR loyalty = 236 OR loyalty = 237 OR loyalty = 238 OR loyalty = 239 OR loyalty = 240 OR loyalty = 241 OR loyalty = 242 OR loyalty = 243 OR loyalty = 244 OR loyalty = 245 OR loyalty = 246 OR loyalty = 247 OR loyalty = 248 OR loyalty = 249 OR loyalty = 250 OR loyalty = 251 OR loyalty = 252 OR loyalty = 253 OR loyalty = 254 OR loyalty = 255 OR loyalty = 256 OR loyalty = 257 OR loyalty = 258 OR loyalty = 259 OR loyalty = 260 OR loyalty = 261 OR loyalty = 262 OR loyalty = 263 OR loyalty = 264 OR loyalty = 265 OR loyalty = 266 OR loyalty = 267 OR loyalty = 268 OR loyalty = 269 OR loyalty = 270 OR loyalty = 271 OR loyalty = 272 OR loyalty = 273 OR loyalty = 274 OR loyalty = 275 OR loyalty = 276 OR loyalty = 277 OR loyalty = 278 OR loyalty = 279 OR loyalty = 280 OR loyalty = 281 OR loyalty = 282 OR loyalty = 283 OR loyalty = 284 OR loyalty = 285 OR loyalty = 286 OR loyalty = 287 OR loyalty = 288 OR loyalty = 289 OR loyalty = 290 OR loyalty = 291 OR loyalty = 292 OR loyalty = 293 OR loyalty = 294 OR loyalty = 295 OR loyalty = 296 OR loyalty = 297 OR loyalty = 298 OR loyalty = 299 OR loyalty = 300 OR loyalty = 301 OR loyalty = 302 OR loyalty = 303 OR loyalty = 304 OR loyalty = 305 OR loyalty = 306 OR loyalty = 307 OR loyalty = 308 OR loyalty = 309 OR loyalty = 310 OR loyalty = 311 OR loyalty = 312 OR loyalty = 313 OR loyalty = 314 OR loyalty = 315 OR loyalty = 316 OR loyalty = 317 OR loyalty = 318 OR loyalty = 319 OR loyalty = 320 OR loyalty = 321 OR loyalty = 322 OR loyalty = 323 OR loyalty = 324 OR loyalty = 325 OR loyalty = 326 OR loyalty = 327 OR loyalty = 328 OR loyalty = 329 OR loyalty = 330 OR loyalty = 331 OR loyalty = 332 OR loyalty = 333 OR loyalty = 334 OR loyalty = 335 OR loyalty = 336 OR loyalty = 337 OR loyalty = 338 OR loyalty = 339 OR loyalty = 340 OR loyalty = 341 OR loyalty = 342 OR loyalty = 343 OR loyalty = 344 OR loyalty = 345 OR loyalty = 346 OR loyalty = 347 OR loyalty = 348 OR loyalty = 349 OR loyalty = 350 OR loyalty = 351 OR loyalty = 352 OR loyalty = 353 OR loyalty = 354 OR loyalty = 355 OR loyalty = 356 OR loyalty = 357 OR loyalty = 358 OR loyalty = 359 OR loyalty = 360 OR loyalty = 361 OR loyalty = 362 OR loyalty = 363 OR loyalty = 364 OR loyalty = 365 OR loyalty = 366 OR loyalty = 367 OR loyalty = 368 OR loyalty = 369 OR loyalty = 370 OR loyalty = 371 OR loyalty = 372 OR loyalty = 373 OR loyalty = 374 OR loyalty = 375 OR loyalty = 376 OR loyalty = 377 OR loyalty = 378 OR loyalty = 379 OR loyalty = 380 OR loyalty = 381 OR loyalty = 382 OR loyalty = 383 OR loyalty = 384 OR loyalty = 385 OR loyalty = 386 OR loyalty = 387 OR loyalty = 388 OR loyalty = 389 OR loyalty = 390 OR loyalty = 391 OR loyalty = 392 OR loyalty = 393 OR loyalty = 394 OR loyalty = 395 OR loyalty = 396 OR loyalty = 397 OR loyalty = 398 OR loyalty = 399 OR loyalty = 400 OR loyalty = 401 OR loyalty = 402 OR loyalty = 403 OR loyalty = 404 OR loyalty = 405 OR loyalty = 406 OR loyalty = 407 OR loyalty = 408 OR loyalty = 409 OR loyalty = 410 OR loyalty = 411 OR loyalty = 412 OR loyalty = 413 OR loyalty = 414 OR loyalty = 415 OR loyalty = 416 OR loyalty = 417 OR loyalty = 418 OR loyalty = 419 OR loyalty = 420 OR loyalty = 421 OR loyalty = 422 OR loyalty = 423 OR loyalty = 424 OR loyalty = 425 OR loyalty = 426 OR loyalty = 427 OR loyalty = 428 OR loyalty = 429 OR loyalty = 430 OR loyalty = 431 OR loyalty = 432 OR loyalty = 433 OR loyalty = 434 OR loyalty = 435 OR loyalty = 436 OR loyalty = 437 OR loyalty = 438 OR loyalty = 439 OR loyalty = 440 OR loyalty = 441 OR loyalty = 442 OR loyalty = 443 OR loyalty = 444 OR loyalty = 445 OR loyalty = 446 OR loyalty = 447 OR loyalty = 448 OR loyalty = 449 OR loyalty = 450 OR loyalty = 451 OR loyalty = 452 OR loyalty = 453 OR loyalty = 454 OR loyalty = 455 OR loyalty = 456 OR loyalty = 457 OR loyalty = 458 OR loyalty = 459 OR loyalty = 460 OR loyalty = 461 OR loyalty = 462 OR loyalty = 463 OR loyalty = 464 OR loyalty = 465 OR loyalty = 466 OR loyalty = 467 OR loyalty = 468 OR loyalty = 469 OR loyalty = 470 OR loyalty = 471 OR loyalty = 472 OR loyalty = 473 OR loyalty = 474 OR loyalty = 475 OR loyalty = 476 OR loyalty = 477 OR loyalty = 478 OR loyalty = 479 OR loyalty = 480 OR loyalty = 481 OR loyalty = 482 OR loyalty = 483 OR loyalty = 484 OR loyalty = 485 OR loyalty = 486 OR loyalty = 487 OR loyalty = 488 OR loyalty = 489 OR loyalty = 490 OR loyalty = 491 OR loyalty = 492 OR loyalty = 493 OR loyalty = 494 OR loyalty = 495 OR loyalty = 496 OR loyalty = 497 OR loyalty = 498 OR loyalty = 499 OR loyalty = 500 OR loyalty = 501 OR loyalty = 502 OR loyalty = 503 OR loyalty = 504 OR loyalty = 505 OR loyalty = 506 OR loyalty = 507 OR loyalty = 508 OR loyalty = 509 OR loyalty = 510 OR loyalty = 511 OR loyalty = 512 OR loyalty = 513 OR loyalty = 514 OR loyalty = 515 OR loyalty = 516 OR loyalty = 517 OR loyalty = 518 OR loyalty = 519 OR loyalty = 520 OR loyalty = 521 OR loyalty = 522 OR loyalty = 523 OR loyalty = 524 OR loyalty = 525 OR loyalty = 526 OR loyalty = 527 OR loyalty = 528 OR loyalty = 529 OR loyalty = 530 OR loyalty = 531 OR loyalty = 532 OR loyalty = 533 OR loyalty = 534 OR loyalty = 535 OR loyalty = 536 OR loyalty = 537 OR loyalty = 538 OR loyalty = 539 OR loyalty = 540 OR loyalty = 541 OR loyalty = 542 OR loyalty = 543 OR loyalty = 544 OR loyalty = 545 OR loyalty = 546 OR loyalty = 547 OR loyalty = 548 OR loyalty = 549 OR loyalty = 550 OR loyalty = 551 OR loyalty = 552 OR loyalty = 553 OR loyalty = 554 OR loyalty = 555 OR loyalty = 556 OR loyalty = 557 OR loyalty = 558 OR loyalty = 559 OR loyalty = 560 OR loyalty = 561 OR loyalty = 562 OR loyalty = 563 OR loyalty = 564 OR loyalty = 565 OR loyalty = 566 OR loyalty = 567 OR loyalty = 568 OR loyalty = 569 OR loyalty = 570 OR loyalty = 571 OR loyalty = 572 OR loyalty = 573 OR loyalty = 574 OR loyalty = 575 OR loyalty = 576 OR loyalty = 577 OR loyalty = 578 OR loyalty = 579 OR loyalty = 580 OR loyalty = 581 OR loyalty = 582 OR loyalty = 583 OR loyalty = 584 OR loyalty = 585 OR loyalty = 586 OR loyalty = 587 OR loyalty = 588 OR loyalty = 589 OR loyalty = 590 OR loyalty = 591 OR loyalty = 592 OR loyalty = 593 OR loyalty = 594 OR loyalty = 595 OR loyalty = 596 OR loyalty = 597 OR loyalty = 598 OR loyalty = 599 OR loyalty = 600 OR loyalty = 601 OR loyalty = 602 OR loyalty = 603 OR loyalty = 604 OR loyalty = 605 OR loyalty = 606 OR loyalty = 607 OR loyalty = 608 OR loyalty = 609 OR loyalty = 610 OR loyalty = 611 OR loyalty = 612 OR loyalty = 613 OR loyalty = 614 OR loyalty = 615 OR loyalty = 616 OR loyalty = 617 OR loyalty = 618 OR loyalty = 619 OR loyalty = 620 OR loyalty = 621 OR loyalty = 622 OR loyalty = 623 OR loyalty = 624 OR loyalty = 625 OR loyalty = 626 OR loyalty = 627 OR loyalty = 628 OR loyalty = 629 OR loyalty = 630 OR loyalty = 631 OR loyalty = 632 OR loyalty = 633 OR loyalty = 634 OR loyalty = 635 OR loyalty = 636 OR loyalty = 637 OR loyalty = 638 OR loyalty = 639 OR loyalty = 640 OR loyalty = 641 OR loyalty = 642 OR loyalty = 643 OR loyalty = 644 OR loyalty = 645 OR loyalty = 646 OR loyalty = 647 OR loyalty = 648 OR loyalty = 649 OR loyalty = 650 OR loyalty = 651 OR loyalty = 652 OR loyalty = 653 OR loyalty = 654 OR loyalty = 655 OR loyalty = 656 OR loyalty = 657 OR loyalty = 658 OR loyalty = 659 OR loyalty = 660 OR loyalty = 661 OR loyalty = 662 OR loyalty = 663 OR loyalty = 664 OR loyalty = 665 OR loyalty = 666 OR loyalty = 667 OR loyalty = 668 OR loyalty = 669 OR loyalty = 670 OR loyalty = 671 OR loyalty = 672 OR loyalty = 673 OR loyalty = 674 OR loyalty = 675 OR loyalty = 676 OR loyalty = 677 OR loyalty = 678 OR loyalty = 679 OR loyalty = 680 OR loyalty = 681 OR loyalty = 682 OR loyalty = 683 OR loyalty = 684 OR loyalty = 685 OR loyalty = 686 OR loyalty = 687 OR loyalty = 688 OR loyalty = 689 OR loyalty = 690 OR loyalty = 691 OR loyalty = 692 OR loyalty = 693 OR loyalty = 694 OR loyalty = 695 OR loyalty = 696 OR loyalty = 697 OR loyalty = 698 OR loyalty = 699 OR loyalty = 700 OR loyalty = 701 OR loyalty = 702 OR loyalty = 703 OR loyalty = 704 OR loyalty = 705 OR loyalty = 706 OR loyalty = 707 OR loyalty = 708 OR loyalty = 709 OR loyalty = 710 OR loyalty = 711 OR loyalty = 712 OR loyalty = 713 OR loyalty = 714 OR loyalty = 715 OR loyalty = 716 OR loyalty = 717 OR loyalty = 718 OR loyalty = 719 OR loyalty = 720 OR loyalty = 721 OR loyalty = 722 OR loyalty = 723 OR loyalty = 724 OR loyalty = 725 OR loyalty = 726 OR loyalty = 727 OR loyalty = 728 OR loyalty = 729 OR loyalty = 730 OR loyalty = 731 OR loyalty = 732 OR loyalty = 733 OR loyalty = 734 OR loyalty = 735 OR loyalty = 736 OR loyalty = 737 OR loyalty = 738 OR loyalty = 739 OR loyalty = 740 OR loyalty = 741 OR loyalty = 742 OR loyalty = 743 OR loyalty = 744 OR loyalty = 745 OR loyalty = 746 OR loyalty = 747 OR loyalty = 748 OR loyalty = 749 OR loyalty = 750 OR loyalty = 751 OR loyalty = 752 OR loyalty = 753 OR loyalty = 754 OR loyalty = 755 OR loyalty = 756 OR loyalty = 757 OR loyalty = 758 OR loyalty = 759 OR loyalty = 760 OR loyalty = 761 OR loyalty = 762 OR loyalty = 763 OR loyalty = 764 OR loyalty = 765 OR loyalty = 766 OR loyalty = 767 OR loyalty = 768 OR loyalty = 769 OR loyalty = 770 OR loyalty = 771 OR loyalty = 772 OR loyalty = 773 OR loyalty = 774 OR loyalty = 775 OR loyalty = 776 OR loyalty = 777 OR loyalty = 778 OR loyalty = 779 OR loyalty = 780 OR loyalty = 781 OR loyalty = 782 OR loyalty = 783 OR loyalty = 784 OR loyalty = 785 OR loyalty = 786 OR loyalty = 787 OR loyalty = 788 OR loyalty = 789 OR loyalty = 790 OR loyalty = 791 OR loyalty = 792 OR loyalty = 793 OR loyalty = 794 OR loyalty = 795 OR loyalty = 796 OR loyalty = 797 OR loyalty = 798 OR loyalty = 799 OR loyalty = 800 OR loyalty = 801 OR loyalty = 802 OR loyalty = 803 OR loyalty = 804 OR loyalty = 805 OR loyalty = 806 OR loyalty = 807 OR loyalty = 808 OR loyalty = 809 OR loyalty = 810 OR loyalty = 811 OR loyalty = 812 OR loyalty = 813 OR loyalty = 814 OR loyalty = 815 OR loyalty = 816 OR loyalty = 817 OR loyalty = 818 OR loyalty = 819 OR loyalty = 820 OR loyalty = 821 OR loyalty = 822 OR loyalty = 823 OR loyalty = 824 OR loyalty = 825 OR loyalty = 826 OR loyalty = 827 OR loyalty = 828 OR loyalty = 829 OR loyalty = 830 OR loyalty = 831 OR loyalty = 832 OR loyalty = 833 OR loyalty = 834 OR loyalty = 835 OR loyalty = 836 OR loyalty = 837 OR loyalty = 838 OR loyalty = 839 OR loyalty = 840 OR loyalty = 841 OR loyalty = 842 OR loyalty = 843 OR loyalty = 844 OR loyalty = 845 OR loyalty = 846 OR loyalty = 847 OR loyalty = 848 OR loyalty = 849 OR loyalty = 850 OR loyalty = 851 OR loyalty = 852 OR loyalty = 853 OR loyalty = 854 OR loyalty = 855 OR loyalty = 856 OR loyalty = 857 OR loyalty = 858 OR loyalty = 859 OR loyalty = 860 OR loyalty = 861 OR loyalty = 862 OR loyalty = 863 OR loyalty = 864 OR loyalty = 865 OR loyalty = 866 OR loyalty = 867 OR loyalty = 868 OR loyalty = 869 OR loyalty = 870 OR loyalty = 871 OR loyalty = 872 OR loyalty = 873 OR loyalty = 874 OR loyalty = 875 OR loyalty = 876 OR loyalty = 877 OR loyalty = 878 OR loyalty = 879 OR loyalty = 880 OR loyalty = 881 OR loyalty = 882 OR loyalty = 883 OR loyalty = 884 OR loyalty = 885 OR loyalty = 886 OR loyalty = 887 OR loyalty = 888 OR loyalty = 889 OR loyalty = 890 OR loyalty = 891 OR loyalty = 892 OR loyalty = 893 OR loyalty = 894 OR loyalty = 895 OR loyalty = 896 OR loyalty = 897 OR loyalty = 898 OR loyalty = 899 OR loyalty = 900 OR loyalty = 901 OR loyalty = 902 OR loyalty = 903 OR loyalty = 904 OR loyalty = 905 OR loyalty = 906 OR loyalty = 907 OR loyalty = 908 OR loyalty = 909 OR loyalty = 910 OR loyalty = 911 OR loyalty = 912 OR loyalty = 913 OR loyalty = 914 OR loyalty = 915 OR loyalty = 916 OR loyalty = 917 OR loyalty = 918 OR loyalty = 919 OR loyalty = 920 OR loyalty = 921 OR loyalty = 922 OR loyalty = 923 OR loyalty = 924 OR loyalty = 925 OR loyalty = 926 OR loyalty = 927 OR loyalty = 928 OR loyalty = 929 OR loyalty = 930 OR loyalty = 931 OR loyalty = 932 OR loyalty = 933 OR loyalty = 934 OR loyalty = 935 OR loyalty = 936 OR loyalty = 937 OR loyalty = 938 OR loyalty = 939 OR loyalty = 940 OR loyalty = 941 OR loyalty = 942 OR loyalty = 943 OR loyalty = 944 OR loyalty = 945 OR loyalty = 946 OR loyalty = 947 OR loyalty = 948 OR loyalty = 949 OR loyalty = 950 OR loyalty = 951 OR loyalty = 952 OR loyalty = 953 OR loyalty = 954 OR loyalty = 955 OR loyalty = 956 OR loyalty = 957 OR loyalty = 958 OR loyalty = 959 OR loyalty = 960 OR loyalty = 961 OR loyalty = 962 OR loyalty = 963 OR loyalty = 964 OR loyalty = 965 OR loyalty = 966 OR loyalty = 967 OR loyalty = 968 OR loyalty = 969 OR loyalty = 970 OR loyalty = 971 OR loyalty = 972 OR loyalty = 973 OR loyalty = 974 OR loyalty = 975 OR loyalty = 976 OR loyalty = 977 OR loyalty = 978 OR loyalty = 979 OR loyalty = 980 OR loyalty = 981 OR loyalty = 982 OR loyalty = 983 OR loyalty = 984 OR loyalty = 985 OR loyalty = 986 OR loyalty = 987 OR loyalty = 988 OR loyalty = 989 OR loyalty = 990 OR loyalty = 991 OR loyalty = 992 OR loyalty = 993 OR loyalty = 994 OR loyalty = 995 OR loyalty = 996 OR loyalty = 997 OR loyalty = 998 OR loyalty = 999 OR loyalty = 1000 OR loyalty = 1001 OR loyalty = 1002 OR loyalty = 1003 OR loyalty = 1004 OR loyalty = 1005 OR loyalty = 1006 OR loyalty = 1007 OR loyalty = 1008 OR loyalty = 1009 OR loyalty = 1010 OR loyalty = 1011 OR loyalty = 1012 OR loyalty = 1013 OR loyalty = 1014 OR loyalty = 1015 OR loyalty = 1016 OR loyalty = 1017 OR loyalty = 1018 OR loyalty = 1019 OR loyalty = 1020 OR loyalty = 1021 OR loyalty = 1022 OR loyalty = 1023 OR loyalty = 1024 OR loyalty = 1025 OR loyalty = 1026 OR loyalty = 1027 OR loyalty = 1028 OR loyalty = 1029 OR loyalty = 1030 OR loyalty = 1031 OR loyalty = 1032 OR loyalty = 1033 OR loyalty = 1034 OR loyalty = 1035 OR loyalty = 1036 OR loyalty = 1037 OR loyalty = 1038 OR loyalty = 1039 OR loyalty = 1040 OR loyalty = 1041 OR loyalty = 1042 OR loyalty = 1043 OR loyalty = 1044 OR loyalty = 1045 OR loyalty = 1046 OR loyalty = 1047 OR loyalty = 1048 OR loyalty = 1049 OR loyalty = 1050 OR loyalty = 1051 OR loyalty = 1052 OR loyalty = 1053 OR loyalty = 1054 OR loyalty = 1055 OR loyalty = 1056 OR loyalty = 1057 OR loyalty = 1058 OR loyalty = 1059 OR loyalty = 1060 OR loyalty = 1061 OR loyalty = 1062 OR loyalty = 1063 OR loyalty = 1064 OR loyalty = 1065 OR loyalty = 1066 OR loyalty = 1067 OR loyalty = 1068 OR loyalty = 1069 OR loyalty = 1070 OR loyalty = 1071 OR loyalty = 1072 OR loyalty = 1073 OR loyalty = 1074 OR loyalty = 1075 OR loyalty = 1076 OR loyalty = 1077 OR loyalty = 1078 OR loyalty = 1079 OR loyalty = 1080 OR loyalty = 1081 OR loyalty = 1082 OR loyalty = 1083 OR loyalty = 1084 OR loyalty = 1085 OR loyalty = 1086 OR loyalty = 1087 OR loyalty = 1088 OR loyalty = 1089 OR loyalty = 1090 OR loyalty = 1091 OR loyalty = 1092 OR loyalty = 1093 OR loyalty = 1094 OR loyalty = 1095 OR loyalty = 1096 OR loyalty = 1097 OR loyalty = 1098 OR loyalty = 1099 OR loyalty = 1100 OR loyalty = 1101 OR loyalty = 1102 OR loyalty = 1103 OR loyalty = 1104 OR loyalty = 1105 OR loyalty = 1106 OR loyalty = 1107 OR loyalty = 1108 OR loyalty = 1109 OR loyalty = 1110 OR loyalty = 1111 OR loyalty = 1112 OR loyalty = 1113 OR loyalty = 1114 OR loyalty = 1115 OR loyalty = 1116 OR loyalty = 1117 OR loyalty = 1118 OR loyalty = 1119 OR loyalty = 1120 OR loyalty = 1121 OR loyalty = 1122 OR loyalty = 1123 OR loyalty = 1124 OR loyalty = 1125 OR loyalty = 1126 OR loyalty = 1127 OR loyalty = 1128 OR loyalty = 1129 OR loyalty = 1130 OR loyalty = 1131 OR loyalty = 1132 OR loyalty = 1133 OR loyalty = 1134 OR loyalty = 1135 OR loyalty = 1136 OR loyalty = 1137 OR loyalty = 1138 OR loyalty = 1139 OR loyalty = 1140 OR loyalty = 1141 OR loyalty = 1142 OR loyalty = 1143 OR loyalty = 1144 OR loyalty = 1145 OR loyalty = 1146 OR loyalty = 1147 OR loyalty = 1148 OR loyalty = 1149 OR loyalty = 1150 OR loyalty = 1151 OR loyalty = 1152 OR loyalty = 1153 OR loyalty = 1154 OR loyalty = 1155 OR loyalty = 1156 OR loyalty = 1157 OR loyalty = 1158 OR loyalty = 1159 OR loyalty = 1160 OR loyalty = 1161 OR loyalty = 1162 OR loyalty = 1163 OR loyalty = 1164 OR loyalty = 1165 OR loyalty = 1166 OR loyalty = 1167 OR loyalty = 1168 OR loyalty = 1169 OR loyalty = 1170 OR loyalty = 1171 OR loyalty = 1172 OR loyalty = 1173 OR loyalty = 1174 OR loyalty = 1175 OR loyalty = 1176 OR loyalty = 1177 OR loyalty = 1178 OR loyalty = 1179 OR loyalty = 1180 OR loyalty = 1181 OR loyalty = 1182 OR loyalty = 1183 OR loyalty = 1184 OR loyalty = 1185 OR loyalty = 1186 OR loyalty = 1187 OR loyalty = 1188 OR loyalty = 1189 OR loyalty = 1190 OR loyalty = 1191 OR loyalty = 1192 OR loyalty = 1193 OR loyalty = 1194 OR loyalty = 1195 OR loyalty = 1196 OR loyalty = 1197 OR loyalty = 1198 OR loyalty = 1199 OR loyalty = 1200 OR loyalty = 1201 OR loyalty = 1202 OR loyalty = 1203 OR loyalty = 1204 OR loyalty = 1205 OR loyalty = 1206 OR loyalty = 1207 OR loyalty = 1208 OR loyalty = 1209 OR loyalty = 1210 OR loyalty = 1211 OR loyalty = 1212 OR loyalty = 1213 OR loyalty = 1214 OR loyalty = 1215 OR loyalty = 1216 OR loyalty = 1217 OR loyalty = 1218 OR loyalty = 1219 OR loyalty = 1220 OR loyalty = 1221 OR loyalty = 1222 OR loyalty = 1223 OR loyalty = 1224 OR loyalty = 1225 OR loyalty = 1226 OR loyalty = 1227 OR loyalty = 1228 OR loyalty = 1229 OR loyalty = 1230 OR loyalty = 1231 OR loyalty = 1232 OR loyalty = 1233 OR loyalty = 1234 OR loyalty = 1235 OR loyalty = 1236 OR loyalty = 1237 OR loyalty = 1238 OR loyalty = 1239 OR loyalty = 1240 OR loyalty = 1241 OR loyalty = 1242 OR loyalty = 1243 OR loyalty = 1244 OR loyalty = 1245 OR loyalty = 1246 OR loyalty = 1247 OR loyalty = 1248 OR loyalty = 1249 OR loyalty = 1250 OR loyalty = 1251 OR loyalty = 1252 OR loyalty = 1253 OR loyalty = 1254 OR loyalty = 1255 OR loyalty = 1256 OR loyalty = 1257 OR loyalty = 1258 OR loyalty = 1259 OR loyalty = 1260 OR loyalty = 1261 OR loyalty = 1262 OR loyalty = 1263 OR loyalty = 1264 OR loyalty = 1265 OR loyalty = 1266 OR loyalty = 1267 OR loyalty = 1268 OR loyalty = 1269 OR loyalty = 1270 OR loyalty = 1271 OR loyalty = 1272 OR loyalty = 1273 OR loyalty = 1274 OR loyalty = 1275 OR loyalty = 1276 OR loyalty = 1277 OR loyalty = 1278 OR loyalty = 1279 OR loyalty = 1280 OR loyalty = 1281 OR loyalty = 1282 OR loyalty = 1283 OR loyalty = 1284 OR loyalty = 1285 OR loyalty = 1286 OR loyalty = 1287 OR loyalty = 1288 OR loyalty = 1289 OR loyalty = 1290 OR loyalty = 1291 OR loyalty = 1292 OR loyalty = 1293 OR loyalty = 1294 OR loyalty = 1295 OR loyalty = 1296 OR loyalty = 1297 OR loyalty = 1298 OR loyalty = 1299 OR loyalty = 1300 OR loyalty = 1301 OR loyalty = 1302 OR loyalty = 1303 OR loyalty = 1304 OR loyalty = 1305 OR loyalty = 1306 OR loyalty = 1307 OR loyalty = 1308 OR loyalty = 1309 OR loyalty = 1310 OR loyalty = 1311 OR loyalty = 1312 OR loyalty = 1313 OR loyalty = 1314 OR loyalty = 1315 OR loyalty = 1316 OR loyalty = 1317 OR loyalty = 1318 OR loyalty = 1319 OR loyalty = 1320 OR loyalty = 1321 OR loyalty = 1322 OR loyalty = 1323 OR loyalty = 1324 OR loyalty = 1325 OR loyalty = 1326 OR loyalty = 1327 OR loyalty = 1328 OR loyalty = 1329 OR loyalty = 1330 OR loyalty = 1331 OR loyalty = 1332 OR loyalty = 1333 OR loyalty = 1334 OR loyalty = 1335 OR loyalty = 1336 OR loyalty = 1337 OR loyalty = 1338 OR loyalty = 1339 OR loyalty = 1340 OR loyalty = 1341 OR loyalty = 1342 OR loyalty = 1343 OR loyalty = 1344 OR loyalty = 1345 OR loyalty = 1346 OR loyalty = 1347 OR loyalty = 1348 OR loyalty = 1349 OR loyalty = 1350 OR loyalty = 1351 OR loyalty = 1352 OR loyalty = 1353 OR loyalty = 1354 OR loyalty = 1355 OR loyalty = 1356 OR loyalty = 1357 OR loyalty = 1358 OR loyalty = 1359 OR loyalty = 1360 OR loyalty = 1361 OR loyalty = 1362 OR loyalty = 1363 OR loyalty = 1364 OR loyalty = 1365 OR loyalty = 1366 OR loyalty = 1367 OR loyalty = 1368 OR loyalty = 1369 OR loyalty = 1370 OR loyalty = 1371 OR loyalty = 1372 OR loyalty = 1373 OR loyalty = 1374 OR loyalty = 1375 OR loyalty = 1376 OR loyalty = 1377 OR loyalty = 1378 OR loyalty = 1379 OR loyalty = 1380 OR loyalty = 1381 OR loyalty = 1382 OR loyalty = 1383 OR loyalty = 1384 OR loyalty = 1385 OR loyalty = 1386 OR loyalty = 1387 OR loyalty = 1388 OR loyalty = 1389 OR loyalty = 1390 OR loyalty = 1391 OR loyalty = 1392 OR loyalty = 1393 OR loyalty = 1394 OR loyalty = 1395 OR loyalty = 1396 OR loyalty = 1397 OR loyalty = 1398 OR loyalty = 1399 OR loyalty = 1400 OR loyalty = 1401 OR loyalty = 1402 OR loyalty = 1403 OR loyalty = 1404 OR loyalty = 1405 OR loyalty = 1406 OR loyalty = 1407 OR loyalty = 1408 OR loyalty = 1409 OR loyalty = 1410 OR loyalty = 1411 OR loyalty = 1412 OR loyalty = 1413 OR loyalty = 1414 OR loyalty = 1415 OR loyalty = 1416 OR loyalty = 1417 OR loyalty = 1418 OR loyalty = 1419 OR loyalty = 1420 OR loyalty = 1421 OR loyalty = 1422 OR loyalty = 1423 OR loyalty = 1424 OR loyalty = 1425 OR loyalty = 1426 OR loyalty = 1427 OR loyalty = 1428 OR loyalty = 1429 OR loyalty = 1430 OR loyalty = 1431 OR loyalty = 1432 OR loyalty = 1433 OR loyalty = 1434 OR loyalty = 1435 OR loyalty = 1436 OR loyalty = 1437 OR loyalty = 1438 OR loyalty = 1439 OR loyalty = 1440 OR loyalty = 1441 OR loyalty = 1442 OR loyalty = 1443 OR loyalty = 1444 OR loyalty = 1445 OR loyalty = 1446 OR loyalty = 1447 OR loyalty = 1448 OR loyalty = 1449 OR loyalty = 1450 OR loyalty = 1451 OR loyalty = 1452 OR loyalty = 1453 OR loyalty = 1454 OR loyalty = 1455 OR loyalty = 1456 OR loyalty = 1457 OR loyalty = 1458 OR loyalty = 1459 OR loyalty = 1460 OR loyalty = 1461 OR loyalty = 1462 OR loyalty = 1463 OR loyalty = 1464 OR loyalty = 1465 OR loyalty = 1466 OR loyalty = 1467 OR loyalty = 1468 OR loyalty = 1469 OR loyalty = 1470 OR loyalty = 1471 OR loyalty = 1472 OR loyalty = 1473 OR loyalty = 1474 OR loyalty = 1475 OR loyalty = 1476 OR loyalty = 1477 OR loyalty = 1478 OR loyalty = 1479 OR loyalty = 1480 OR loyalty = 1481 OR loyalty = 1482 OR loyalty = 1483 OR loyalty = 1484 OR loyalty = 1485 OR loyalty = 1486 OR loyalty = 1487 OR loyalty = 1488 OR loyalty = 1489 OR loyalty = 1490 OR loyalty = 1491 OR loyalty = 1492 OR loyalty = 1493 OR loyalty = 1494 OR loyalty = 1495 OR loyalty = 1496 OR loyalty = 1497 OR loyalty = 1498 OR loyalty = 1499 OR loyalty = 1500 OR loyalty = 1501 OR loyalty = 1502 OR loyalty = 1503 OR loyalty = 1504 OR loyalty = 1505 OR loyalty = 1506 OR loyalty = 1507 OR loyalty = 1508 OR loyalty = 1509 OR loyalty = 1510 OR loyalty = 1511 OR loyalty = 1512 OR loyalty = 1513 OR loyalty = 1514 OR loyalty = 1515 OR loyalty = 1516 OR loyalty = 1517 OR loyalty = 1518 OR loyalty = 1519 OR loyalty = 1520 OR loyalty = 1521 OR loyalty = 1522 OR loyalty = 1523 OR loyalty = 1524 OR loyalty = 1525 OR loyalty = 1526 OR loyalty = 1527 OR loyalty = 1528 OR loyalty = 1529 OR loyalty = 1530 OR loyalty = 1531 OR loyalty = 1532 OR loyalty = 1533 OR loyalty = 1534 OR loyalty = 1535 OR loyalty = 1536 OR loyalty = 1537 OR loyalty = 1538 OR loyalty = 1539 OR loyalty = 1540 OR loyalty = 1541 OR loyalty = 1542 OR loyalty = 1543 OR loyalty = 1544 OR loyalty = 1545 OR loyalty = 1546 OR loyalty = 1547 OR loyalty = 1548 OR loyalty = 1549 OR loyalty = 1550 OR loyalty = 1551 OR loyalty = 1552 OR loyalty = 1553 OR loyalty = 1554 OR loyalty = 1555 OR loyalty = 1556 OR loyalty = 1557 OR loyalty = 1558 OR loyalty = 1559 OR loyalty = 1560 OR loyalty = 1561 OR loyalty = 1562 OR loyalty = 1563 OR loyalty = 1564 OR loyalty = 1565 OR loyalty = 1566 OR loyalty = 1567 OR loyalty = 1568 OR loyalty = 1569 OR loyalty = 1570 OR loyalty = 1571 OR loyalty = 1572 OR loyalty = 1573 OR loyalty = 1574 OR loyalty = 1575 OR loyalty = 1576 OR loyalty = 1577 OR loyalty = 1578 OR loyalty = 1579 OR loyalty = 1580 OR loyalty = 1581 OR loyalty = 1582 OR loyalty = 1583 OR loyalty = 1584 OR loyalty = 1585 OR loyalty = 1586 OR loyalty = 1587 OR loyalty = 1588 OR loyalty = 1589 OR loyalty = 1590 OR loyalty = 1591 OR loyalty = 1592 OR loyalty = 1593 OR loyalty = 1594 OR loyalty = 1595 OR loyalty = 1596 OR loyalty = 1597 OR loyalty = 1598 OR loyalty = 1599 OR loyalty = 1600 OR loyalty = 1601 OR loyalty = 1602 OR loyalty = 1603 OR loyalty = 1604 OR loyalty = 1605 OR loyalty = 1606 OR loyalty = 1607 OR loyalty = 1608 OR loyalty = 1609 OR loyalty = 1610 OR loyalty = 1611 OR loyalty = 1612 OR loyalty = 1613 OR loyalty = 1614 OR loyalty = 1615 OR loyalty = 1616 OR loyalty = 1617 OR loyalty = 1618 OR loyalty = 1619 OR loyalty = 1620 OR loyalty = 1621 OR loyalty = 1622 OR loyalty = 1623 OR loyalty = 1624 OR loyalty = 1625 OR loyalty = 1626 OR loyalty = 1627 OR loyalty = 1628 OR loyalty = 1629 OR loyalty = 1630 OR loyalty = 1631 OR loyalty = 1632 OR loyalty = 1633 OR loyalty = 1634 OR loyalty = 1635 OR loyalty = 1636 OR loyalty = 1637 OR loyalty = 1638 OR loyalty = 1639 OR loyalty = 1640 OR loyalty = 1641 OR loyalty = 1642 OR loyalty = 1643 OR loyalty = 1644 OR loyalty = 1645 OR loyalty = 1646 OR loyalty = 1647 OR loyalty = 1648 OR loyalty = 1649 OR loyalty = 1650 OR loyalty = 1651 OR loyalty = 1652 OR loyalty = 1653 OR loyalty = 1654 OR loyalty = 1655 OR loyalty = 1656 OR loyalty = 1657 OR loyalty = 1658 OR loyalty = 1659 OR loyalty = 1660 OR loyalty = 1661 OR loyalty = 1662 OR loyalty = 1663 OR loyalty = 1664 OR loyalty = 1665 OR loyalty = 1666 OR loyalty = 1667 OR loyalty = 1668 OR loyalty = 1669 OR loyalty = 1670 OR loyalty = 1671 OR loyalty = 1672 OR loyalty = 1673 OR loyalty = 1674 OR loyalty = 1675 OR loyalty = 1676 OR loyalty = 1677 OR loyalty = 1678 OR loyalty = 1679 OR loyalty = 1680 OR loyalty = 1681 OR loyalty = 1682 OR loyalty = 1683 OR loyalty = 1684 OR loyalty = 1685 OR loyalty = 1686 OR loyalty = 1687 OR loyalty = 1688 OR loyalty = 1689 OR loyalty = 1690 OR loyalty = 1691 OR loyalty = 1692 OR loyalty = 1693 OR loyalty = 1694 OR loyalty = 1695 OR loyalty = 1696 OR loyalty = 1697 OR loyalty = 1698 OR loyalty = 1699 OR loyalty = 1700 OR loyalty = 1701 OR loyalty = 1702 OR loyalty = 1703 OR loyalty = 1704 OR loyalty = 1705 OR loyalty = 1706 OR loyalty = 1707 OR loyalty = 1708 OR loyalty = 1709 OR loyalty = 1710 OR loyalty = 1711 OR loyalty = 1712 OR loyalty = 1713 OR loyalty = 1714 OR loyalty = 1715 OR loyalty = 1716 OR loyalty = 1717 OR loyalty = 1718 OR loyalty = 1719 OR loyalty = 1720 OR loyalty = 1721 OR loyalty = 1722 OR loyalty = 1723 OR loyalty = 1724 OR loyalty = 1725 OR loyalty = 1726 OR loyalty = 1727 OR loyalty = 1728 OR loyalty = 1729 OR loyalty = 1730 OR loyalty = 1731 OR loyalty = 1732 OR loyalty = 1733 OR loyalty = 1734 OR loyalty = 1735 OR loyalty = 1736 OR loyalty = 1737 OR loyalty = 1738 OR loyalty = 1739 OR loyalty = 1740 OR loyalty = 1741 OR loyalty = 1742 OR loyalty = 1743 OR loyalty = 1744 OR loyalty = 1745 OR loyalty = 1746 OR loyalty = 1747 OR loyalty = 1748 OR loyalty = 1749 OR loyalty = 1750 OR loyalty = 1751 OR loyalty = 1752 OR loyalty = 1753 OR loyalty = 1754 OR loyalty = 1755 OR loyalty = 1756 OR loyalty = 1757 OR loyalty = 1758 OR loyalty = 1759 OR loyalty = 1760 OR loyalty = 1761 OR loyalty = 1762 OR loyalty = 1763 OR loyalty = 1764 OR loyalty = 1765 OR loyalty = 1766 OR loyalty = 1767 OR loyalty = 1768 OR loyalty = 1769 OR loyalty = 1770 OR loyalty = 1771 OR loyalty = 1772 OR loyalty = 1773 OR loyalty = 1774 OR loyalty = 1775 OR loyalty = 1776 OR loyalty = 1777 OR loyalty = 1778 OR loyalty = 1779 OR loyalty = 1780 OR loyalty = 1781 OR loyalty = 1782 OR loyalty = 1783 OR loyalty = 1784 OR loyalty = 1785 OR loyalty = 1786 OR loyalty = 1787 OR loyalty = 1788 OR loyalty = 1789 OR loyalty = 1790 OR loyalty = 1791 OR loyalty = 1792 OR loyalty = 1793 OR loyalty = 1794 OR loyalty = 1795 OR loyalty = 1796 OR loyalty = 1797 OR loyalty = 1798 OR loyalty = 1799 OR loyalty = 1800 OR loyalty = 1801 OR loyalty = 1802 OR loyalty = 1803 OR loyalty = 1804 OR loyalty = 1805 OR loyalty = 1806 OR loyalty = 1807 OR loyalty = 1808 OR loyalty = 1809 OR loyalty = 1810 OR loyalty = 1811 OR loyalty = 1812 OR loyalty = 1813 OR loyalty = 1814 OR loyalty = 1815 OR loyalty = 1816 OR loyalty = 1817 OR loyalty = 1818 OR loyalty = 1819 OR loyalty = 1820 OR loyalty = 1821 OR loyalty = 1822 OR loyalty = 1823 OR loyalty = 1824 OR loyalty = 1825 OR loyalty = 1826 OR loyalty = 1827 OR loyalty = 1828 OR loyalty = 1829 OR loyalty = 1830 OR loyalty = 1831 OR loyalty = 1832 OR loyalty = 1833 OR loyalty = 1834 OR loyalty = 1835 OR loyalty = 1836 OR loyalty = 1837 OR loyalty = 1838 OR loyalty = 1839 OR loyalty = 1840 OR loyalty = 1841 OR loyalty = 1842 OR loyalty = 1843 OR loyalty = 1844 OR loyalty = 1845 OR loyalty = 1846 OR loyalty = 1847 OR loyalty = 1848 OR loyalty = 1849 OR loyalty = 1850 OR loyalty = 1851 OR loyalty = 1852 OR loyalty = 1853 OR loyalty = 1854 OR loyalty = 1855 OR loyalty = 1856 OR loyalty = 1857 OR loyalty = 1858 OR loyalty = 1859 OR loyalty = 1860 OR loyalty = 1861 OR loyalty = 1862 OR loyalty = 1863 OR loyalty = 1864 OR loyalty = 1865 OR loyalty = 1866 OR loyalty = 1867 OR loyalty = 1868 OR loyalty = 1869 OR loyalty = 1870 OR loyalty = 1871 OR loyalty = 1872 OR loyalty = 1873 OR loyalty = 1874 OR loyalty = 1875 OR loyalty = 1876 OR loyalty = 1877 OR loyalty = 1878 OR loyalty = 1879 OR loyalty = 1880 OR loyalty = 1881 OR loyalty = 1882 OR loyalty = 1883 OR loyalty = 1884 OR loyalty = 1885 OR loyalty = 1886 OR loyalty = 1887 OR loyalty = 1888 OR loyalty = 1889 OR loyalty = 1890 OR loyalty = 1891 OR loyalty = 1892 OR loyalty = 1893 OR loyalty = 1894 OR loyalty = 1895 OR loyalty = 1896 OR loyalty = 1897 OR loyalty = 1898 OR loyalty = 1899 OR loyalty = 1900 OR loyalty = 1901 OR loyalty = 1902 OR loyalty = 1903 OR loyalty = 1904 OR loyalty = 1905 OR loyalty = 1906 OR loyalty = 1907 OR loyalty = 1908 OR loyalty = 1909 OR loyalty = 1910 OR loyalty = 1911 OR loyalty = 1912 OR loyalty = 1913 OR loyalty = 1914 OR loyalty = 1915 OR loyalty = 1916 OR loyalty = 1917 OR loyalty = 1918 OR loyalty = 1919 OR loyalty = 1920 OR loyalty = 1921 OR loyalty = 1922 OR loyalty = 1923 OR loyalty = 1924 OR loyalty = 1925 OR loyalty = 1926 OR loyalty = 1927 OR loyalty = 1928 OR loyalty = 1929 OR loyalty = 1930 OR loyalty = 1931 OR loyalty = 1932 OR loyalty = 1933 OR loyalty = 1934 OR loyalty = 1935 OR loyalty = 1936 OR loyalty = 1937 OR loyalty = 1938 OR loyalty = 1939 OR loyalty = 1940 OR loyalty = 1941 OR loyalty = 1942 OR loyalty = 1943 OR loyalty = 1944 OR loyalty = 1945 OR loyalty = 1946 OR loyalty = 1947 OR loyalty = 1948 OR loyalty = 1949 OR loyalty = 1950 OR loyalty = 1951 OR loyalty = 1952 OR loyalty = 1953 OR loyalty = 1954 OR loyalty = 1955 OR loyalty = 1956 OR loyalty = 1957 OR loyalty = 1958 OR loyalty = 1959 OR loyalty = 1960 OR loyalty = 1961 OR loyalty = 1962 OR loyalty = 1963 OR loyalty = 1964 OR loyalty = 1965 OR loyalty = 1966 OR loyalty = 1967 OR loyalty = 1968 OR loyalty = 1969 OR loyalty = 1970 OR loyalty = 1971 OR loyalty = 1972 OR loyalty = 1973 OR loyalty = 1974 OR loyalty = 1975 OR loyalty = 1976 OR loyalty = 1977 OR loyalty = 1978 OR loyalty = 1979 OR loyalty = 1980 OR loyalty = 1981 OR loyalty = 1982 OR loyalty = 1983 OR loyalty = 1984 OR loyalty = 1985 OR loyalty = 1986 OR loyalty = 1987 OR loyalty = 1988 OR loyalty = 1989 OR loyalty = 1990 OR loyalty = 1991 OR loyalty = 1992 OR loyalty = 1993 OR loyalty = 1994 OR loyalty = 1995 OR loyalty = 1996 OR loyalty = 1997 OR loyalty = 1998 OR loyalty = 1999 OR loyalty = 2000 OR loyalty = 2001 OR loyalty = 2002 OR loyalty = 2003 OR loyalty = 2004 OR loyalty = 2005 OR loyalty = 2006 OR loyalty = 2007 OR loyalty = 2008 OR loyalty = 2009 OR loyalty = 2010 OR loyalty = 2011 OR loyalty = 2012 OR loyalty = 2013 OR loyalty = 2014 OR loyalty = 2015 OR loyalty = 2016 OR loyalty = 2017 OR loyalty = 2018 OR loyalty = 2019 OR loyalty = 2020 OR loyalty = 2021 OR loyalty = 2022 OR loyalty = 2023 OR loyalty = 2024 OR loyalty = 2025 OR loyalty = 2026 OR loyalty = 2027 OR loyalty = 2028 OR loyalty = 2029 OR loyalty = 2030 OR loyalty = 2031 OR loyalty = 2032 OR loyalty = 2033 OR loyalty = 2034 OR loyalty = 2035 OR loyalty = 2036 OR loyalty = 2037 OR loyalty = 2038 OR loyalty = 2039 OR loyalty = 2040 OR loyalty = 2041 OR loyalty = 2042 OR loyalty = 2043 OR loyalty = 2044 OR loyalty = 2045 OR loyalty = 2046 OR loyalty = 2047 OR loyalty = 2048 OR loyalty = 2049 OR loyalty = 2050 OR loyalty = 2051 OR loyalty = 2052 OR loyalty = 2053 OR loyalty = 2054 OR loyalty = 2055 OR loyalty = 2056 OR loyalty = 2057 OR loyalty = 2058 OR loyalty = 2059 OR loyalty = 2060 OR loyalty = 2061 OR loyalty = 2062 OR loyalty = 2063 OR loyalty = 2064 OR loyalty = 2065 OR loyalty = 2066 OR loyalty = 2067 OR loyalty = 2068 OR loyalty = 2069 OR loyalty = 2070 OR loyalty = 2071 OR loyalty = 2072 OR loyalty = 2073 OR loyalty = 2074 OR loyalty = 2075 OR loyalty = 2076 OR loyalty = 2077 OR loyalty = 2078 OR loyalty = 2079 OR loyalty = 2080 OR loyalty = 2081 OR loyalty = 2082 OR loyalty = 2083 OR loyalty = 2084 OR loyalty = 2085 OR loyalty = 2086 OR loyalty = 2087 OR loyalty = 2088 OR loyalty = 2089 OR loyalty = 2090 OR loyalty = 2091 OR loyalty = 2092 OR loyalty = 2093 OR loyalty = 2094 OR loyalty = 2095 OR loyalty = 2096 OR loyalty = 2097 OR loyalty = 2098 OR loyalty = 2099 OR loyalty = 2100 OR loyalty = 2101 OR loyalty = 2102 OR loyalty = 2103 OR loyalty = 2104 OR loyalty = 2105 OR loyalty = 2106 OR loyalty = 2107 OR loyalty = 2108 OR loyalty = 2109 OR loyalty = 2110 OR loyalty = 2111 OR loyalty = 2112 OR loyalty = 2113 OR loyalty = 2114 OR loyalty = 2115 OR loyalty = 2116 OR loyalty = 2117 OR loyalty = 2118 OR loyalty = 2119 OR loyalty = 2120 OR loyalty = 2121 OR loyalty = 2122 OR loyalty = 2123 OR loyalty = 2124 OR loyalty = 2125 OR loyalty = 2126 OR loyalty = 2127 OR loyalty = 2128 OR loyalty = 2129 OR loyalty = 2130 OR loyalty = 2131 OR loyalty = 2132 OR loyalty = 2133 OR loyalty = 2134 OR loyalty = 2135 OR loyalty = 2136 OR loyalty = 2137 OR loyalty = 2138 OR loyalty = 2139 OR loyalty = 2140 OR loyalty = 2141 OR loyalty = 2142 OR loyalty = 2143 OR loyalty = 2144 OR loyalty = 2145 OR loyalty = 2146 OR loyalty = 2147 OR loyalty = 2148 OR loyalty = 2149 OR loyalty = 2150 OR loyalty = 2151 OR loyalty = 2152 OR loyalty = 2153 OR loyalty = 2154 OR loyalty = 2155 OR loyalty = 2156 OR loyalty = 2157 OR loyalty = 2158 OR loyalty = 2159 OR loyalty = 2160 OR loyalty = 2161 OR loyalty = 2162 OR loyalty = 2163 OR loyalty = 2164 OR loyalty = 2165 OR loyalty = 2166 OR loyalty = 2167 OR loyalty = 2168 OR loyalty = 2169 OR loyalty = 2170 OR loyalty = 2171 OR loyalty = 2172 OR loyalty = 2173 OR loyalty = 2174 OR loyalty = 2175 OR loyalty = 2176 OR loyalty = 2177 OR loyalty = 2178 OR loyalty = 2179 OR loyalty = 2180 OR loyalty = 2181 OR loyalty = 2182 OR loyalty = 2183 OR loyalty = 2184 OR loyalty = 2185 OR loyalty = 2186 OR loyalty = 2187 OR loyalty = 2188 OR loyalty = 2189 OR loyalty = 2190 OR loyalty = 2191 OR loyalty = 2192 OR loyalty = 2193 OR loyalty = 2194 OR loyalty = 2195 OR loyalty = 2196 OR loyalty = 2197 OR loyalty = 2198 OR loyalty = 2199 OR loyalty = 2200 OR loyalty = 2201 OR loyalty = 2202 OR loyalty = 2203 OR loyalty = 2204 OR loyalty = 2205 OR loyalty = 2206 OR loyalty = 2207 OR loyalty = 2208 OR loyalty = 2209 OR loyalty = 2210 OR loyalty = 2211 OR loyalty = 2212 OR loyalty = 2213 OR loyalty = 2214 OR loyalty = 2215 OR loyalty = 2216 OR loyalty = 2217 OR loyalty = 2218 OR loyalty = 2219 OR loyalty = 2220 OR loyalty = 2221 OR loyalty = 2222 OR loyalty = 2223 OR loyalty = 2224 OR loyalty = 2225 OR loyalty = 2226 OR loyalty = 2227 OR loyalty = 2228 OR loyalty = 2229 OR loyalty = 2230 OR loyalty = 2231 OR loyalty = 2232 OR loyalty = 2233 OR loyalty = 2234 OR loyalty = 2235 OR loyalty = 2236 OR loyalty = 2237 OR loyalty = 2238 OR loyalty = 2239 OR loyalty = 2240 OR loyalty = 2241 OR loyalty = 2242 OR loyalty = 2243 OR loyalty = 2244 OR loyalty = 2245 OR loyalty = 2246 OR loyalty = 2247 OR loyalty = 2248 OR loyalty = 2249 OR loyalty = 2250 OR loyalty = 2251 OR loyalty = 2252 OR loyalty = 2253 OR loyalty = 2254 OR loyalty = 2255 OR loyalty = 2256 OR loyalty = 2257 OR loyalty = 2258 OR loyalty = 2259 OR loyalty = 2260 OR loyalty = 2261 OR loyalty = 2262 OR loyalty = 2263 OR loyalty = 2264 OR loyalty = 2265 OR loyalty = 2266 OR loyalty = 2267 OR loyalty = 2268 OR loyalty = 2269 OR loyalty = 2270 OR loyalty = 2271 OR loyalty = 2272 OR loyalty = 2273 OR loyalty = 2274 OR loyalty = 2275 OR loyalty = 2276 OR loyalty = 2277 OR loyalty = 2278 OR loyalty = 2279 OR loyalty = 2280 OR loyalty = 2281 OR loyalty = 2282 OR loyalty = 2283 OR loyalty = 2284 OR loyalty = 2285 OR loyalty = 2286 OR loyalty = 2287 OR loyalty = 2288 OR loyalty = 2289 OR loyalty = 2290 OR loyalty = 2291 OR loyalty = 2292 OR loyalty = 2293 OR loyalty = 2294 OR loyalty = 2295 OR loyalty = 2296 OR loyalty = 2297 OR loyalty = 2298 OR loyalty = 2299 OR loyalty = 2300 OR loyalty = 2301 OR loyalty = 2302 OR loyalty = 2303 OR loyalty = 2304 OR loyalty = 2305 OR loyalty = 2306 OR loyalty = 2307 OR loyalty = 2308 OR loyalty = 2309 OR loyalty = 2310 OR loyalty = 2311 OR loyalty = 2312 OR loyalty = 2313 OR loyalty = 2314 OR loyalty = 2315 OR loyalty = 2316 OR loyalty = 2317 OR loyalty = 2318 OR loyalty = 2319 OR loyalty = 2320 OR loyalty = 2321 OR loyalty = 2322 OR loyalty = 2323 OR loyalty = 2324 OR loyalty = 2325 OR loyalty = 2326 OR loyalty = 2327 OR loyalty = 2328 OR loyalty = 2329 OR loyalty = 2330 OR loyalty = 2331 OR loyalty = 2332 OR loyalty = 2333 OR loyalty = 2334 OR loyalty = 2335 OR loyalty = 2336 OR loyalty = 2337 OR loyalty = 2338 OR loyalty = 2339 OR loyalty = 2340 OR loyalty = 2341 OR loyalty = 2342 OR loyalty = 2343 OR loyalty = 2344 OR loyalty = 2345 OR loyalty = 2346 OR loyalty = 2347 OR loyalty = 2348 OR loyalty = 2349 OR loyalty = 2350 OR loyalty = 2351 OR loyalty = 2352 OR loyalty = 2353 OR loyalty = 2354 OR loyalty = 2355 OR loyalty = 2356 OR loyalty = 2357 OR loyalty = 2358 OR loyalty = 2359 OR loyalty = 2360 OR loyalty = 2361 OR loyalty = 2362 OR loyalty = 2363 OR loyalty = 2364 OR loyalty = 2365 OR loyalty = 2366 OR loyalty = 2367 OR loyalty = 2368 OR loyalty = 2369 OR loyalty = 2370 OR loyalty = 2371 OR loyalty = 2372 OR loyalty = 2373 OR loyalty = 2374 OR loyalty = 2375 OR loyalty = 2376 OR loyalty = 2377 OR loyalty = 2378 OR loyalty = 2379 OR loyalty = 2380 OR loyalty = 2381 OR loyalty = 2382 OR loyalty = 2383 OR loyalty = 2384 OR loyalty = 2385 OR loyalty = 2386 OR loyalty = 2387 OR loyalty = 2388 OR loyalty = 2389 OR loyalty = 2390 OR loyalty = 2391 OR loyalty = 2392 OR loyalty = 2393 OR loyalty = 2394 OR loyalty = 2395 OR loyalty = 2396 OR loyalty = 2397 OR loyalty = 2398 OR loyalty = 2399 OR loyalty = 2400 OR loyalty = 2401 OR loyalty = 2402 OR loyalty = 2403 OR loyalty = 2404 OR loyalty = 2405 OR loyalty = 2406 OR loyalty = 2407 OR loyalty = 2408 OR loyalty = 2409 OR loyalty = 2410 OR loyalty = 2411 OR loyalty = 2412 OR loyalty = 2413 OR loyalty = 2414 OR loyalty = 2415 OR loyalty = 2416 OR loyalty = 2417 OR loyalty = 2418 OR loyalty = 2419 OR loyalty = 2420 OR loyalty = 2421 OR loyalty = 2422 OR loyalty = 2423 OR loyalty = 2424 OR loyalty = 2425 OR loyalty = 2426 OR loyalty = 2427 OR loyalty = 2428 OR loyalty = 2429 OR loyalty = 2430 OR loyalty = 2431 OR loyalty = 2432 OR loyalty = 2433 OR loyalty = 2434 OR loyalty = 2435 OR loyalty = 2436 OR loyalty = 2437 OR loyalty = 2438 OR loyalty = 2439 OR loyalty = 2440 OR loyalty = 2441 OR loyalty = 2442 OR loyalty = 2443 OR loyalty = 2444 OR loyalty = 2445 OR loyalty = 2446 OR loyalty = 2447 OR loyalty = 2448 OR loyalty = 2449 OR loyalty = 2450 OR loyalty = 2451 OR loyalty = 2452 OR loyalty = 2453 OR loyalty = 2454 OR loyalty = 2455 OR loyalty = 2456 OR loyalty = 2457 OR loyalty = 2458 OR loyalty = 2459 OR loyalty = 2460 OR loyalty = 2461 OR loyalty = 2462 OR loyalty = 2463 OR loyalty = 2464 OR loyalty = 2465 OR loyalty = 2466 OR loyalty = 2467 OR loyalty = 2468 OR loyalty = 2469 OR loyalty = 2470 OR loyalty = 2471 OR loyalty = 2472 OR loyalty = 2473 OR loyalty = 2474 OR loyalty = 2475 OR loyalty = 2476 OR loyalty = 2477 OR loyalty = 2478 OR loyalty = 2479 OR loyalty = 2480 OR loyalty = 2481 OR loyalty = 2482 OR loyalty = 2483 OR loyalty = 2484 OR loyalty = 2485 OR loyalty = 2486 OR loyalty = 2487 OR loyalty = 2488 OR loyalty = 2489 OR loyalty = 2490 OR loyalty = 2491 OR loyalty = 2492 OR loyalty = 2493 OR loyalty = 2494 OR loyalty = 2495 OR loyalty = 2496 OR loyalty = 2497 OR loyalty = 2498 OR loyalty = 2499 OR loyalty = 2500 OR loyalty = 2501 OR loyalty = 2502 OR loyalty = 2503 OR loyalty = 2504 OR loyalty = 2505 OR loyalty = 2506 OR loyalty = 2507 OR loyalty = 2508 OR loyalty = 2509 OR loyalty = 2510 OR loyalty = 2511 OR loyalty = 2512 OR loyalty = 2513 OR loyalty = 2514 OR loyalty = 2515 OR loyalty = 2516 OR loyalty = 2517 OR loyalty = 2518 OR loyalty = 2519 OR loyalty = 2520 OR loyalty = 2521 OR loyalty = 2522 OR loyalty = 2523 OR loyalty = 2524 OR loyalty = 2525 OR loyalty = 2526 OR loyalty = 2527 OR loyalty = 2528 OR loyalty = 2529 OR loyalty = 2530 OR loyalty = 2531 OR loyalty = 2532 OR loyalty = 2533 OR loyalty = 2534 OR loyalty = 2535 OR loyalty = 2536 OR loyalty = 2537 OR loyalty = 2538 OR loyalty = 2539 OR loyalty = 2540 OR loyalty = 2541 OR loyalty = 2542 OR loyalty = 2543 OR loyalty = 2544 OR loyalty = 2545 OR loyalty = 2546 OR loyalty = 2547 OR loyalty = 2548 OR loyalty = 2549 OR loyalty = 2550 OR loyalty = 2551 OR loyalty = 2552 OR loyalty = 2553 OR loyalty = 2554 OR loyalty = 2555 OR loyalty = 2556 OR loyalty = 2557 OR loyalty = 2558 OR loyalty = 2559 OR loyalty = 2560 OR loyalty = 2561 OR loyalty = 2562 OR loyalty = 2563 OR loyalty = 2564 OR loyalty = 2565 OR loyalty = 2566 OR loyalty = 2567 OR loyalty = 2568 OR loyalty = 2569 OR loyalty = 2570 OR loyalty = 2571 OR loyalty = 2572 OR loyalty = 2573 OR loyalty = 2574 OR loyalty = 2575 OR loyalty = 2576 OR loyalty = 2577 OR loyalty = 2578 OR loyalty = 2579 OR loyalty = 2580 OR loyalty = 2581 OR loyalty = 2582 OR loyalty = 2583 OR loyalty = 2584 OR loyalty = 2585 OR loyalty = 2586 OR loyalty = 2587 OR loyalty = 2588 OR loyalty = 2589 OR loyalty = 2590 OR loyalty = 2591 OR loyalty = 2592 OR loyalty = 2593 OR loyalty = 2594 OR loyalty = 2595 OR loyalty = 2596 OR loyalty = 2597 OR loyalty = 2598 OR loyalty = 2599 OR loyalty = 2600 OR loyalty = 2601 OR loyalty = 2602 OR loyalty = 2603 OR loyalty = 2604 OR loyalty = 2605 OR loyalty = 2606 OR loyalty = 2607 OR loyalty = 2608 OR loyalty = 2609 OR loyalty = 2610 OR loyalty = 2611 OR loyalty = 2612 OR loyalty = 2613 OR loyalty = 2614 OR loyalty = 2615 OR loyalty = 2616 OR loyalty = 2617 OR loyalty = 2618 OR loyalty = 2619 OR loyalty = 2620 OR loyalty = 2621 OR loyalty = 2622 OR loyalty = 2623 OR loyalty = 2624 OR loyalty = 2625 OR loyalty = 2626 OR loyalty = 2627 OR loyalty = 2628 OR loyalty = 2629 OR loyalty = 2630 OR loyalty = 2631 OR loyalty = 2632 OR loyalty = 2633 OR loyalty = 2634 OR loyalty = 2635 OR loyalty = 2636 OR loyalty = 2637 OR loyalty = 2638 OR loyalty = 2639 OR loyalty = 2640 OR loyalty = 2641 OR loyalty = 2642 OR loyalty = 2643 OR loyalty = 2644 OR loyalty = 2645 OR loyalty = 2646 OR loyalty = 2647 OR loyalty = 2648 OR loyalty = 2649 OR loyalty = 2650 OR loyalty = 2651 OR loyalty = 2652 OR loyalty = 2653 OR loyalty = 2654 OR loyalty = 2655 OR loyalty = 2656 OR loyalty = 2657 OR loyalty = 2658 OR loyalty = 2659 OR loyalty = 2660 OR loyalty = 2661 OR loyalty = 2662 OR loyalty = 2663 OR loyalty = 2664 OR loyalty = 2665 OR loyalty = 2666 OR loyalty = 2667 OR loyalty = 2668 OR loyalty = 2669 OR loyalty = 2670 OR loyalty = 2671 OR loyalty = 2672 OR loyalty = 2673 OR loyalty = 2674 OR loyalty = 2675 OR loyalty = 2676 OR loyalty = 2677 OR loyalty = 2678 OR loyalty = 2679 OR loyalty = 2680 OR loyalty = 2681 OR loyalty = 2682 OR loyalty = 2683 OR loyalty = 2684 OR loyalty = 2685 OR loyalty = 2686 OR loyalty = 2687 OR loyalty = 2688 OR loyalty = 2689 OR loyalty = 2690 OR loyalty = 2691 OR loyalty = 2692 OR loyalty = 2693 OR loyalty = 2694 OR loyalty = 2695 OR loyalty = 2696 OR loyalty = 2697 OR loyalty = 2698 OR loyalty = 2699 OR loyalty = 2700 OR loyalty = 2701 OR loyalty = 2702 OR loyalty = 2703 OR loyalty = 2704 OR loyalty = 2705 OR loyalty = 2706 OR loyalty = 2707 OR loyalty = 2708 OR loyalty = 2709 OR loyalty = 2710 OR loyalty = 2711 OR loyalty = 2712 OR loyalty = 2713 OR loyalty = 2714 OR loyalty = 2715 OR loyalty = 2716 OR loyalty = 2717 OR loyalty = 2718 OR loyalty = 2719 OR loyalty = 2720 OR loyalty = 2721 OR loyalty = 2722 OR loyalty = 2723 OR loyalty = 2724 OR loyalty = 2725 OR loyalty = 2726 OR loyalty = 2727 OR loyalty = 2728 OR loyalty = 2729 OR loyalty = 2730 OR loyalty = 2731 OR loyalty = 2732 OR loyalty = 2733 OR loyalty = 2734 OR loyalty = 2735 OR loyalty = 2736 OR loyalty = 2737 OR loyalty = 2738 OR loyalty = 2739 OR loyalty = 2740 OR loyalty = 2741 OR loyalty = 2742 OR loyalty = 2743 OR loyalty = 2744 OR loyalty = 2745 OR loyalty = 2746 OR loyalty = 2747 OR loyalty = 2748 OR loyalty = 2749 OR loyalty = 2750 OR loyalty = 2751 OR loyalty = 2752 OR loyalty = 2753 OR loyalty = 2754 OR loyalty = 2755 OR loyalty = 2756 OR loyalty = 2757 OR loyalty = 2758 OR loyalty = 2759 OR loyalty = 2760 OR loyalty = 2761 OR loyalty = 2762 OR loyalty = 2763 OR loyalty = 2764 OR loyalty = 2765 OR loyalty = 2766 OR loyalty = 2767 OR loyalty = 2768 OR loyalty = 2769 OR loyalty = 2770 OR loyalty = 2771 OR loyalty = 2772 OR loyalty = 2773 OR loyalty = 2774 OR loyalty = 2775 OR loyalty = 2776 OR loyalty = 2777 OR loyalty = 2778 OR loyalty = 2779 OR loyalty = 2780 OR loyalty = 2781 OR loyalty = 2782 OR loyalty = 2783 OR loyalty = 2784 OR loyalty = 2785 OR loyalty = 2786 OR loyalty = 2787 OR loyalty = 2788 OR loyalty = 2789 OR loyalty = 2790 OR loyalty = 2791 OR loyalty = 2792 OR loyalty = 2793 OR loyalty = 2794 OR loyalty = 2795 OR loyalty = 2796 OR loyalty = 2797 OR loyalty = 2798 OR loyalty = 2799 OR loyalty = 2800 OR loyalty = 2801 OR loyalty = 2802 OR loyalty = 2803 OR loyalty = 2804 OR loyalty = 2805 OR loyalty = 2806 OR loyalty = 2807 OR loyalty = 2808 OR loyalty = 2809 OR loyalty = 2810 OR loyalty = 2811 OR loyalty = 2812 OR loyalty = 2813 OR loyalty = 2814 OR loyalty = 2815 OR loyalty = 2816 OR loyalty = 2817 OR loyalty = 2818 OR loyalty = 2819 OR loyalty = 2820 OR loyalty = 2821 OR loyalty = 2822 OR loyalty = 2823 OR loyalty = 2824 OR loyalty = 2825 OR loyalty = 2826 OR loyalty = 2827 OR loyalty = 2828 OR loyalty = 2829 OR loyalty = 2830 OR loyalty = 2831 OR loyalty = 2832 OR loyalty = 2833 OR loyalty = 2834 OR loyalty = 2835 OR loyalty = 2836 OR loyalty = 2837 OR loyalty = 2838 OR loyalty = 2839 OR loyalty = 2840 OR loyalty = 2841 OR loyalty = 2842 OR loyalty = 2843 OR loyalty = 2844 OR loyalty = 2845 OR loyalty = 2846 OR loyalty = 2847 OR loyalty = 2848 OR loyalty = 2849 OR loyalty = 2850 OR loyalty = 2851 OR loyalty = 2852 OR loyalty = 2853 OR loyalty = 2854 OR loyalty = 2855 OR loyalty = 2856 OR loyalty = 2857 OR loyalty = 2858 OR loyalty = 2859 OR loyalty = 2860 OR loyalty = 2861 OR loyalty = 2862 OR loyalty = 2863 OR loyalty = 2864 OR loyalty = 2865 OR loyalty = 2866 OR loyalty = 2867 OR loyalty = 2868 OR loyalty = 2869 OR loyalty = 2870 OR loyalty = 2871 OR loyalty = 2872 OR loyalty = 2873 OR loyalty = 2874 OR loyalty = 2875 OR loyalty = 2876 OR loyalty = 2877 OR loyalty = 2878 OR loyalty = 2879 OR loyalty = 2880 OR loyalty = 2881 OR loyalty = 2882 OR loyalty = 2883 OR loyalty = 2884 OR loyalty = 2885 OR loyalty = 2886 OR loyalty = 2887 OR loyalty = 2888 OR loyalty = 2889 OR loyalty = 2890 OR loyalty = 2891 OR loyalty = 2892 OR loyalty = 2893 OR loyalty = 2894 OR loyalty = 2895 OR loyalty = 2896 OR loyalty = 2897 OR loyalty = 2898 OR loyalty = 2899 OR loyalty = 2900 OR loyalty = 2901 OR loyalty = 2902 OR loyalty = 2903 OR loyalty = 2904 OR loyalty = 2905 OR loyalty = 2906 OR loyalty = 2907 OR loyalty = 2908 OR loyalty = 2909 OR loyalty = 2910 OR loyalty = 2911 OR loyalty = 2912 OR loyalty = 2913 OR loyalty = 2914 OR loyalty = 2915 OR loyalty = 2916 OR loyalty = 2917 OR loyalty = 2918 OR loyalty = 2919 OR loyalty = 2920 OR loyalty = 2921 OR loyalty = 2922 OR loyalty = 2923 OR loyalty = 2924 OR loyalty = 2925 OR loyalty = 2926 OR loyalty = 2927 OR loyalty = 2928 OR loyalty = 2929 OR loyalty = 2930 OR loyalty = 2931 OR loyalty = 2932 OR loyalty = 2933 OR loyalty = 2934 OR loyalty = 2935 OR loyalty = 2936 OR loyalty = 2937 OR loyalty = 2938 OR loyalty = 2939 OR loyalty = 2940 OR loyalty = 2941 OR loyalty = 2942 OR loyalty = 2943 OR loyalty = 2944 OR loyalty = 2945 OR loyalty = 2946 OR loyalty = 2947 OR loyalty = 2948 OR loyalty = 2949 OR loyalty = 2950 OR loyalty = 2951 OR loyalty = 2952 OR loyalty = 2953 OR loyalty = 2954 OR loyalty = 2955 OR loyalty = 2956 OR loyalty = 2957 OR loyalty = 2958 OR loyalty = 2959 OR loyalty = 2960 OR loyalty = 2961 OR loyalty = 2962 OR loyalty = 2963 OR loyalty = 2964 OR loyalty = 2965 OR loyalty = 2966 OR loyalty = 2967 OR loyalty = 2968 OR loyalty = 2969 OR loyalty = 2970 OR loyalty = 2971 OR loyalty = 2972 OR loyalty = 2973 OR loyalty = 2974 OR loyalty = 2975 OR loyalty = 2976 OR loyalty = 2977 OR loyalty = 2978 OR loyalty = 2979 OR loyalty = 2980 OR loyalty = 2981 OR loyalty = 2982 OR loyalty = 2983 OR loyalty = 2984 OR loyalty = 2985 OR loyalty = 2986 OR loyalty = 2987 OR loyalty = 2988 OR loyalty = 2989 OR loyalty = 2990 OR loyalty = 2991 OR loyalty = 2992 OR loyalty = 2993 OR loyalty = 2994 OR loyalty = 2995 OR loyalty = 2996 OR loyalty = 2997 OR loyalty = 2998 OR loyalty = 2999 OR loyalty = 3000 OR loyalty = 3001 OR loyalty = 3002 OR loyalty = 3003 OR loyalty = 3004 OR loyalty = 3005 OR loyalty = 3006 OR loyalty = 3007 OR loyalty = 3008 OR loyalty = 3009 OR loyalty = 3010 OR loyalty = 3011 OR loyalty = 3012 OR loyalty = 3013 OR loyalty = 3014 OR loyalty = 3015 OR loyalty = 3016 OR loyalty = 3017 OR loyalty = 3018 OR loyalty = 3019 OR loyalty = 3020 OR loyalty = 3021 OR loyalty = 3022 OR loyalty = 3023 OR loyalty = 3024 OR loyalty = 3025 OR loyalty = 3026 OR loyalty = 3027 OR loyalty = 3028 OR loyalty = 3029 OR loyalty = 3030 OR loyalty = 3031 OR loyalty = 3032 OR loyalty = 3033 OR loyalty = 3034 OR loyalty = 3035 OR loyalty = 3036 OR loyalty = 3037 OR loyalty = 3038 OR loyalty = 3039 OR loyalty = 3040 OR loyalty = 3041 OR loyalty = 3042 OR loyalty = 3043 OR loyalty = 3044 OR loyalty = 3045 OR loyalty = 3046 OR loyalty = 3047 OR loyalty = 3048 OR loyalty = 3049 OR loyalty = 3050 OR loyalty = 3051 OR loyalty = 3052 OR loyalty = 3053 OR loyalty = 3054 OR loyalty = 3055 OR loyalty = 3056 OR loyalty = 3057 OR loyalty = 3058 OR loyalty = 3059 OR loyalty = 3060 OR loyalty = 3061 OR loyalty = 3062 OR loyalty = 3063 OR loyalty = 3064 OR loyalty = 3065 OR loyalty = 3066 OR loyalty = 3067 OR loyalty = 3068 OR loyalty = 3069 OR loyalty = 3070 OR loyalty = 3071 OR loyalty = 3072 OR loyalty = 3073 OR loyalty = 3074 OR loyalty = 3075 OR loyalty = 3076 OR loyalty = 3077 OR loyalty = 3078 OR loyalty = 3079 OR loyalty = 3080 OR loyalty = 3081 OR loyalty = 3082 OR loyalty = 3083 OR loyalty = 3084 OR loyalty = 3085 OR loyalty = 3086 OR loyalty = 3087 OR loyalty = 3088 OR loyalty = 3089 OR loyalty = 3090 OR loyalty = 3091 OR loyalty = 3092 OR loyalty = 3093 OR loyalty = 3094 OR loyalty = 3095 OR loyalty = 3096 OR loyalty = 3097 OR loyalty = 3098 OR loyalty = 3099 OR loyalty = 3100 OR loyalty = 3101 OR loyalty = 3102 OR loyalty = 3103 OR loyalty = 3104 OR loyalty = 3105 OR loyalty = 3106 OR loyalty = 3107 OR loyalty = 3108 OR loyalty = 3109 OR loyalty = 3110 OR loyalty = 3111 OR loyalty = 3112 OR loyalty = 3113 OR loyalty = 3114 OR loyalty = 3115 OR loyalty = 3116 OR loyalty = 3117 OR loyalty = 3118 OR loyalty = 3119 OR loyalty = 3120 OR loyalty = 3121 OR loyalty = 3122 OR loyalty = 3123 OR loyalty = 3124 OR loyalty = 3125 OR loyalty = 3126 OR loyalty = 3127 OR loyalty = 3128 OR loyalty = 3129 OR loyalty = 3130 OR loyalty = 3131 OR loyalty = 3132 OR loyalty = 3133 OR loyalty = 3134 OR loyalty = 3135 OR loyalty = 3136 OR loyalty = 3137 OR loyalty = 3138 OR loyalty = 3139 OR loyalty = 3140 OR loyalty = 3141 OR loyalty = 3142 OR loyalty = 3143 OR loyalty = 3144 OR loyalty = 3145 OR loyalty = 3146 OR loyalty = 3147 OR loyalty = 3148 OR loyalty = 3149 OR loyalty = 3150 OR loyalty = 3151 OR loyalty = 3152 OR loyalty = 3153 OR loyalty = 3154 OR loyalty = 3155 OR loyalty = 3156 OR loyalty = 3157 OR loyalty = 3158 OR loyalty = 3159 OR loyalty = 3160 OR loyalty = 3161 OR loyalty = 3162 OR loyalty = 3163 OR loyalty = 3164 OR loyalty = 3165 OR loyalty = 3166 OR loyalty = 3167 OR loyalty = 3168 OR loyalty = 3169 OR loyalty = 3170 OR loyalty = 3171 OR loyalty = 3172 OR loyalty = 3173 OR loyalty = 3174 OR loyalty = 3175 OR loyalty = 3176 OR loyalty = 3177 OR loyalty = 3178 OR loyalty = 3179 OR loyalty = 3180 OR loyalty = 3181 OR loyalty = 3182 OR loyalty = 3183 OR loyalty = 3184 OR loyalty = 3185 OR loyalty = 3186 OR loyalty = 3187 OR loyalty = 3188 OR loyalty = 3189 OR loyalty = 3190 OR loyalty = 3191 OR loyalty = 3192 OR loyalty = 3193 OR loyalty = 3194 OR loyalty = 3195 OR loyalty = 3196 OR loyalty = 3197 OR loyalty = 3198 OR loyalty = 3199 OR loyalty = 3200 OR loyalty = 3201 OR loyalty = 3202 OR loyalty = 3203 OR loyalty = 3204 OR loyalty = 3205 OR loyalty = 3206 OR loyalty = 3207 OR loyalty = 3208 OR loyalty = 3209 OR loyalty = 3210 OR loyalty = 3211 OR loyalty = 3212 OR loyalty = 3213 OR loyalty = 3214 OR loyalty = 3215 OR loyalty = 3216 OR loyalty = 3217 OR loyalty = 3218 OR loyalty = 3219 OR loyalty = 3220 OR loyalty = 3221 OR loyalty = 3222 OR loyalty = 3223 OR loyalty = 3224 OR loyalty = 3225 OR loyalty = 3226 OR loyalty = 3227 OR loyalty = 3228 OR loyalty = 3229 OR loyalty = 3230 OR loyalty = 3231 OR loyalty = 3232 OR loyalty = 3233 OR loyalty = 3234 OR loyalty = 3235 OR loyalty = 3236 OR loyalty = 3237 OR loyalty = 3238 OR loyalty = 3239 OR loyalty = 3240 OR loyalty = 3241 OR loyalty = 3242 OR loyalty = 3243 OR loyalty = 3244 OR loyalty = 3245 OR loyalty = 3246 OR loyalty = 3247 OR loyalty = 3248 OR loyalty = 3249 OR loyalty = 3250 OR loyalty = 3251 OR loyalty = 3252 OR loyalty = 3253 OR loyalty = 3254 OR loyalty = 3255 OR loyalty = 3256 OR loyalty = 3257 OR loyalty = 3258 OR loyalty = 3259 OR loyalty = 3260 OR loyalty = 3261 OR loyalty = 3262 OR loyalty = 3263 OR loyalty = 3264 OR loyalty = 3265 OR loyalty = 3266 OR loyalty = 3267 OR loyalty = 3268 OR loyalty = 3269 OR loyalty = 3270 OR loyalty = 3271 OR loyalty = 3272 OR loyalty = 3273 OR loyalty = 3274 OR loyalty = 3275 OR loyalty = 3276 OR loyalty = 3277 OR loyalty = 3278 OR loyalty = 3279 OR loyalty = 3280 OR loyalty = 3281 OR loyalty = 3282 OR loyalty = 3283 OR loyalty = 3284 OR loyalty = 3285 OR loyalty = 3286 OR loyalty = 3287 OR loyalty = 3288 OR loyalty = 3289 OR loyalty = 3290 OR loyalty = 3291 OR loyalty = 3292 OR loyalty = 3293 OR loyalty = 3294 OR loyalty = 3295 OR loyalty = 3296 OR loyalty = 3297 OR loyalty = 3298 OR loyalty = 3299 OR loyalty = 3300 OR loyalty = 3301 OR loyalty = 3302 OR loyalty = 3303 OR loyalty = 3304 OR loyalty = 3305 OR loyalty = 3306 OR loyalty = 3307 OR loyalty = 3308 OR loyalty = 3309 OR loyalty = 3310 OR loyalty = 3311 OR loyalty = 3312 OR loyalty = 3313 OR loyalty = 3314 OR loyalty = 3315 OR loyalty = 3316 OR loyalty = 3317 OR loyalty = 3318 OR loyalty = 3319 OR loyalty = 3320 OR loyalty = 3321 OR loyalty = 3322 OR loyalty = 3323 OR loyalty = 3324 OR loyalty = 3325 OR loyalty = 3326 OR loyalty = 3327 OR loyalty = 3328 OR loyalty = 3329 OR loyalty = 3330 OR loyalty = 3331 OR loyalty = 3332 OR loyalty = 3333 OR loyalty = 3334 OR loyalty = 3335 OR loyalty = 3336 OR loyalty = 3337 OR loyalty = 3338 OR loyalty = 3339 OR loyalty = 3340 OR loyalty = 3341 OR loyalty = 3342 OR loyalty = 3343 OR loyalty = 3344 OR loyalty = 3345 OR loyalty = 3346 OR loyalty = 3347 OR loyalty = 3348 OR loyalty = 3349 OR loyalty = 3350 OR loyalty = 3351 OR loyalty = 3352 OR loyalty = 3353 OR loyalty = 3354 OR loyalty = 3355 OR loyalty = 3356 OR loyalty = 3357 OR loyalty = 3358 OR loyalty = 3359 OR loyalty = 3360 OR loyalty = 3361 OR loyalty = 3362 OR loyalty = 3363 OR loyalty = 3364 OR loyalty = 3365 OR loyalty = 3366 OR loyalty = 3367 OR loyalty = 3368 OR loyalty = 3369 OR loyalty = 3370 OR loyalty = 3371 OR loyalty = 3372 OR loyalty = 3373 OR loyalty = 3374 OR loyalty = 3375 OR loyalty = 3376 OR loyalty = 3377 OR loyalty = 3378 OR loyalty = 3379 OR loyalty = 3380 OR loyalty = 3381 OR loyalty = 3382 OR loyalty = 3383 OR loyalty = 3384 OR loyalty = 3385 OR loyalty = 3386 OR loyalty = 3387 OR loyalty = 3388 OR loyalty = 3389 OR loyalty = 3390 OR loyalty = 3391 OR loyalty = 3392 OR loyalty = 3393 OR loyalty = 3394 OR loyalty = 3395 OR loyalty = 3396 OR loyalty = 3397 OR loyalty = 3398 OR loyalty = 3399 OR loyalty = 3400 OR loyalty = 3401 OR loyalty = 3402 OR loyalty = 3403 OR loyalty = 3404 OR loyalty = 3405 OR loyalty = 3406 OR loyalty = 3407 OR loyalty = 3408 OR loyalty = 3409 OR loyalty = 3410 OR loyalty = 3411 OR loyalty = 3412 OR loyalty = 3413 OR loyalty = 3414 OR loyalty = 3415 OR loyalty = 3416 OR loyalty = 3417 OR loyalty = 3418 OR loyalty = 3419 OR loyalty = 3420 OR loyalty = 3421 OR loyalty = 3422 OR loyalty = 3423 OR loyalty = 3424 OR loyalty = 3425 OR loyalty = 3426 OR loyalty = 3427 OR loyalty = 3428 OR loyalty = 3429 OR loyalty = 3430 OR loyalty = 3431 OR loyalty = 3432 OR loyalty = 3433 OR loyalty = 3434 OR loyalty = 3435 OR loyalty = 3436 OR loyalty = 3437 OR loyalty = 3438 OR loyalty = 3439 OR loyalty = 3440 OR loyalty = 3441 OR loyalty = 3442 OR loyalty = 3443 OR loyalty = 3444 OR loyalty = 3445 OR loyalty = 3446 OR loyalty = 3447 OR loyalty = 3448 OR loyalty = 3449 OR loyalty = 3450 OR loyalty = 3451 OR loyalty = 3452 OR loyalty = 3453 OR loyalty = 3454 OR loyalty = 3455 OR loyalty = 3456 OR loyalty = 3457 OR loyalty = 3458 OR loyalty = 3459 OR loyalty = 3460 OR loyalty = 3461 OR loyalty = 3462 OR loyalty = 3463 OR loyalty = 3464 OR loyalty = 3465 OR loyalty = 3466 OR loyalty = 3467 OR loyalty = 3468 OR loyalty = 3469 OR loyalty = 3470 OR loyalty = 3471 OR loyalty = 3472 OR loyalty = 3473 OR loyalty = 3474 OR loyalty = 3475 OR loyalty = 3476 OR loyalty = 3477 OR loyalty = 3478 OR loyalty = 3479 OR loyalty = 3480 OR loyalty = 3481 OR loyalty = 3482 OR loyalty = 3483 OR loyalty = 3484 OR loyalty = 3485 OR loyalty = 3486 OR loyalty = 3487 OR loyalty = 3488 OR loyalty = 3489 OR loyalty = 3490 OR loyalty = 3491 OR loyalty = 3492 OR loyalty = 3493 OR loyalty = 3494 OR loyalty = 3495 OR loyalty = 3496 OR loyalty = 3497 OR loyalty = 3498 OR loyalty = 3499 OR loyalty = 3500 OR loyalty = 3501 OR loyalty = 3502 OR loyalty = 3503 OR loyalty = 3504 OR loyalty = 3505 OR loyalty = 3506 OR loyalty = 3507 OR loyalty = 3508 OR loyalty = 3509 OR loyalty = 3510 OR loyalty = 3511 OR loyalty = 3512 OR loyalty = 3513 OR loyalty = 3514 OR loyalty = 3515 OR loyalty = 3516 OR loyalty = 3517 OR loyalty = 3518 OR loyalty = 3519 OR loyalty = 3520 OR loyalty = 3521 OR loyalty = 3522 OR loyalty = 3523 OR loyalty = 3524 OR loyalty = 3525 OR loyalty = 3526 OR loyalty = 3527 OR loyalty = 3528 OR loyalty = 3529 OR loyalty = 3530 OR loyalty = 3531 OR loyalty = 3532 OR loyalty = 3533 OR loyalty = 3534 OR loyalty = 3535 OR loyalty = 3536 OR loyalty = 3537 OR loyalty = 3538 OR loyalty = 3539 OR loyalty = 3540 OR loyalty = 3541 OR loyalty = 3542 OR loyalty = 3543 OR loyalty = 3544 OR loyalty = 3545 OR loyalty = 3546 OR loyalty = 3547 OR loyalty = 3548 OR loyalty = 3549 OR loyalty = 3550 OR loyalty = 3551 OR loyalty = 3552 OR loyalty = 3553 OR loyalty = 3554 OR loyalty = 3555 OR loyalty = 3556 OR loyalty = 3557 OR loyalty = 3558 OR loyalty = 3559 OR loyalty = 3560 OR loyalty = 3561 OR loyalty = 3562 OR loyalty = 3563 OR loyalty = 3564 OR loyalty = 3565 OR loyalty = 3566 OR loyalty = 3567 OR loyalty = 3568 OR loyalty = 3569 OR loyalty = 3570 OR loyalty = 3571 OR loyalty = 3572 OR loyalty = 3573 OR loyalty = 3574 OR loyalty = 3575 OR loyalty = 3576 OR loyalty = 3577 OR loyalty = 3578 OR loyalty = 3579 OR loyalty = 3580 OR loyalty = 3581 OR loyalty = 3582 OR loyalty = 3583 OR loyalty = 3584 OR loyalty = 3585 OR loyalty = 3586 OR loyalty = 3587 OR loyalty = 3588 OR loyalty = 3589 OR loyalty = 3590 OR loyalty = 3591 OR loyalty = 3592 OR loyalty = 3593 OR loyalty = 3594 OR loyalty = 3595 OR loyalty = 3596 OR loyalty = 3597 OR loyalty = 3598 OR loyalty = 3599 OR loyalty = 3600 OR loyalty = 3601 OR loyalty = 3602 OR loyalty = 3603 OR loyalty = 3604 OR loyalty = 3605 OR loyalty = 3606 OR loyalty = 3607 OR loyalty = 3608 OR loyalty = 3609 OR loyalty = 3610 OR loyalty = 3611 OR loyalty = 3612 OR loyalty = 3613 OR loyalty = 3614 OR loyalty = 3615 OR loyalty = 3616 OR loyalty = 3617 OR loyalty = 3618 OR loyalty = 3619 OR loyalty = 3620 OR loyalty = 3621 OR loyalty = 3622 OR loyalty = 3623 OR loyalty = 3624 OR loyalty = 3625 OR loyalty = 3626 OR loyalty = 3627 OR loyalty = 3628 OR loyalty = 3629 OR loyalty = 3630 OR loyalty = 3631 OR loyalty = 3632 OR loyalty = 3633 OR loyalty = 3634 OR loyalty = 3635 OR loyalty = 3636 OR loyalty = 3637 OR loyalty = 3638 OR loyalty = 3639 OR loyalty = 3640 OR loyalty = 3641 OR loyalty = 3642 OR loyalty = 3643 OR loyalty = 3644 OR loyalty = 3645 OR loyalty = 3646 OR loyalty = 3647 OR loyalty = 3648 OR loyalty = 3649 OR loyalty = 3650 OR loyalty = 3651 OR loyalty = 3652 OR loyalty = 3653 OR loyalty = 3654 OR loyalty = 3655 OR loyalty = 3656 OR loyalty = 3657 OR loyalty = 3658 OR loyalty = 3659 OR loyalty = 3660 OR loyalty = 3661 OR loyalty = 3662 OR loyalty = 3663 OR loyalty = 3664 OR loyalty = 3665 OR loyalty = 3666 OR loyalty = 3667 OR loyalty = 3668 OR loyalty = 3669 OR loyalty = 3670 OR loyalty = 3671 OR loyalty = 3672 OR loyalty = 3673 OR loyalty = 3674 OR loyalty = 3675 OR loyalty = 3676 OR loyalty = 3677 OR loyalty = 3678 OR loyalty = 3679 OR loyalty = 3680 OR loyalty = 3681 OR loyalty = 3682 OR loyalty = 3683 OR loyalty = 3684 OR loyalty = 3685 OR loyalty = 3686 OR loyalty = 3687 OR loyalty = 3688 OR loyalty = 3689 OR loyalty = 3690 OR loyalty = 3691 OR loyalty = 3692 OR loyalty = 3693 OR loyalty = 3694 OR loyalty = 3695 OR loyalty = 3696 OR loyalty = 3697 OR loyalty = 3698 OR loyalty = 3699 OR loyalty = 3700 OR loyalty = 3701 OR loyalty = 3702 OR loyalty = 3703 OR loyalty = 3704 OR loyalty = 3705 OR loyalty = 3706 OR loyalty = 3707 OR loyalty = 3708 OR loyalty = 3709 OR loyalty = 3710 OR loyalty = 3711 OR loyalty = 3712 OR loyalty = 3713 OR loyalty = 3714 OR loyalty = 3715 OR loyalty = 3716 OR loyalty = 3717 OR loyalty = 3718 OR loyalty = 3719 OR loyalty = 3720 OR loyalty = 3721 OR loyalty = 3722 OR loyalty = 3723 OR loyalty = 3724 OR loyalty = 3725 OR loyalty = 3726 OR loyalty = 3727 OR loyalty = 3728 OR loyalty = 3729 OR loyalty = 3730 OR loyalty = 3731 OR loyalty = 3732 OR loyalty = 3733 OR loyalty = 3734 OR loyalty = 3735 OR loyalty = 3736 OR loyalty = 3737 OR loyalty = 3738 OR loyalty = 3739 OR loyalty = 3740 OR loyalty = 3741 OR loyalty = 3742 OR loyalty = 3743 OR loyalty = 3744 OR loyalty = 3745 OR loyalty = 3746 OR loyalty = 3747 OR loyalty = 3748 OR loyalty = 3749 OR loyalty = 3750 OR loyalty = 3751 OR loyalty = 3752 OR loyalty = 3753 OR loyalty = 3754 OR loyalty = 3755 OR loyalty = 3756 OR loyalty = 3757 OR loyalty = 3758 OR loyalty = 3759 OR loyalty = 3760 OR loyalty = 3761 OR loyalty = 3762 OR loyalty = 3763 OR loyalty = 3764 OR loyalty = 3765 OR loyalty = 3766 OR loyalty = 3767 OR loyalty = 3768 OR loyalty = 3769 OR loyalty = 3770 OR loyalty = 3771 OR loyalty = 3772 OR loyalty = 3773 OR loyalty = 3774 OR loyalty = 3775 OR loyalty = 3776 OR loyalty = 3777 OR loyalty = 3778 OR loyalty = 3779 OR loyalty = 3780 OR loyalty = 3781 OR loyalty = 3782 OR loyalty = 3783 OR loyalty = 3784 OR loyalty = 3785 OR loyalty = 3786 OR loyalty = 3787 OR loyalty = 3788 OR loyalty = 3789 OR loyalty = 3790 OR loyalty = 3791 OR loyalty = 3792 OR loyalty = 3793 OR loyalty = 3794 OR loyalty = 3795 OR loyalty = 3796 OR loyalty = 3797 OR loyalty = 3798 OR loyalty = 3799 OR loyalty = 3800 OR loyalty = 3801 OR loyalty = 3802 OR loyalty = 3803 OR loyalty = 3804 OR loyalty = 3805 OR loyalty = 3806 OR loyalty = 3807 OR loyalty = 3808 OR loyalty = 3809 OR loyalty = 3810 OR loyalty = 3811 OR loyalty = 3812 OR loyalty = 3813 OR loyalty = 3814 OR loyalty = 3815 OR loyalty = 3816 OR loyalty = 3817 OR loyalty = 3818 OR loyalty = 3819 OR loyalty = 3820 OR loyalty = 3821 OR loyalty = 3822 OR loyalty = 3823 OR loyalty = 3824 OR loyalty = 3825 OR loyalty = 3826 OR loyalty = 3827 OR loyalty = 3828 OR loyalty = 3829 OR loyalty = 3830 OR loyalty = 3831 OR loyalty = 3832 OR loyalty = 3833 OR loyalty = 3834 OR loyalty = 3835 OR loyalty = 3836 OR loyalty = 3837 OR loyalty = 3838 OR loyalty = 3839 OR loyalty = 3840 OR loyalty = 3841 OR loyalty = 3842 OR loyalty = 3843 OR loyalty = 3844 OR loyalty = 3845 OR loyalty = 3846 OR loyalty = 3847 OR loyalty = 3848 OR loyalty = 3849 OR loyalty = 3850 OR loyalty = 3851 OR loyalty = 3852 OR loyalty = 3853 OR loyalty = 3854 OR loyalty = 3855 OR loyalty = 3856 OR loyalty = 3857 OR loyalty = 3858 OR loyalty = 3859 OR loyalty = 3860 OR loyalty = 3861 OR loyalty = 3862 OR loyalty = 3863 OR loyalty = 3864 OR loyalty = 3865 OR loyalty = 3866 OR loyalty = 3867 OR loyalty = 3868 OR loyalty = 3869 OR loyalty = 3870 OR loyalty = 3871 OR loyalty = 3872 OR loyalty = 3873 OR loyalty = 3874 OR loyalty = 3875 OR loyalty = 3876 OR loyalty = 3877 OR loyalty = 3878 OR loyalty = 3879 OR loyalty = 3880 OR loyalty = 3881 OR loyalty = 3882 OR loyalty = 3883 OR loyalty = 3884 OR loyalty = 3885 OR loyalty = 3886 OR loyalty = 3887 OR loyalty = 3888 OR loyalty = 3889 OR loyalty = 3890 OR loyalty = 3891 OR loyalty = 3892 OR loyalty = 3893 OR loyalty = 3894 OR loyalty = 3895 OR loyalty = 3896 OR loyalty = 3897 OR loyalty = 3898 OR loyalty = 3899 OR loyalty = 3900 OR loyalty = 3901 OR loyalty = 3902 OR loyalty = 3903 OR loyalty = 3904 OR loyalty = 3905 OR loyalty = 3906 OR loyalty = 3907 OR loyalty = 3908 OR loyalty = 3909 OR loyalty = 3910 OR loyalty = 3911 OR loyalty = 3912 OR loyalty = 3913 OR loyalty = 3914 OR loyalty = 3915 OR loyalty = 3916 OR loyalty = 3917 OR loyalty = 3918 OR loyalty = 3919 OR loyalty = 3920 OR loyalty = 3921 OR loyalty = 3922 OR loyalty = 3923 OR loyalty = 3924 OR loyalty = 3925 OR loyalty = 3926 OR loyalty = 3927 OR loyalty = 3928 OR loyalty = 3929 OR loyalty = 3930 OR loyalty = 3931 OR loyalty = 3932 OR loyalty = 3933 OR loyalty = 3934 OR loyalty = 3935 OR loyalty = 3936 OR loyalty = 3937 OR loyalty = 3938 OR loyalty = 3939 OR loyalty = 3940 OR loyalty = 3941 OR loyalty = 3942 OR loyalty = 3943 OR loyalty = 3944 OR loyalty = 3945 OR loyalty = 3946 OR loyalty = 3947 OR loyalty = 3948 OR loyalty = 3949 OR loyalty = 3950 OR loyalty = 3951 OR loyalty = 3952 OR loyalty = 3953 OR loyalty = 3954 OR loyalty = 3955 OR loyalty = 3956 OR loyalty = 3957 OR loyalty = 3958 OR loyalty = 3959 OR loyalty = 3960 OR loyalty = 3961 OR loyalty = 3962 OR loyalty = 3963 OR loyalty = 3964 OR loyalty = 3965 OR loyalty = 3966 OR loyalty = 3967 OR loyalty = 3968 OR loyalty = 3969 OR loyalty = 3970 OR loyalty = 3971 OR loyalty = 3972 OR loyalty = 3973 OR loyalty = 3974 OR loyalty = 3975 OR loyalty = 3976 OR loyalty = 3977 OR loyalty = 3978 OR loyalty = 3979 OR loyalty = 3980 OR loyalty = 3981 OR loyalty = 3982 OR loyalty = 3983 OR loyalty = 3984 OR loyalty = 3985 OR loyalty = 3986 OR loyalty = 3987 OR loyalty = 3988 OR loyalty = 3989 OR loyalty = 3990 OR loyalty = 3991 OR loyalty = 3992 OR loyalty = 3993 OR loyalty = 3994 OR loyalty = 3995 OR loyalty = 3996 OR loyalty = 3997 OR loyalty = 3998 OR loyalty = 3999 OR loyalty = 4000 OR loyalty = 4001 OR loyalty = 4002 OR loyalty = 4003 OR loyalty = 4004 OR loyalty = 4005 OR loyalty = 4006 OR loyalty = 4007 OR loyalty = 4008 OR loyalty = 4009 OR loyalty = 4010 OR loyalty = 4011 OR loyalty = 4012 OR loyalty = 4013 OR loyalty = 4014 OR loyalty = 4015 OR loyalty = 4016 OR loyalty = 4017 OR loyalty = 4018 OR loyalty = 4019 OR loyalty = 4020 OR loyalty = 4021 OR loyalty = 4022 OR loyalty = 4023 OR loyalty = 4024 OR loyalty = 4025 OR loyalty = 4026 OR loyalty = 4027 OR loyalty = 4028 OR loyalty = 4029 OR loyalty = 4030 OR loyalty = 4031 OR loyalty = 4032 OR loyalty = 4033 OR loyalty = 4034 OR loyalty = 4035 OR loyalty = 4036 OR loyalty = 4037 OR loyalty = 4038 OR loyalty = 4039 OR loyalty = 4040 OR loyalty = 4041 OR loyalty = 4042 OR loyalty = 4043 OR loyalty = 4044 OR loyalty = 4045 OR loyalty = 4046 OR loyalty = 4047 OR loyalty = 4048 OR loyalty = 4049 OR loyalty = 4050 OR loyalty = 4051 OR loyalty = 4052 OR loyalty = 4053 OR loyalty = 4054 OR loyalty = 4055 OR loyalty = 4056 OR loyalty = 4057 OR loyalty = 4058 OR loyalty = 4059 OR loyalty = 4060 OR loyalty = 4061 OR loyalty = 4062 OR loyalty = 4063 OR loyalty = 4064 OR loyalty = 4065 OR loyalty = 4066 OR loyalty = 4067 OR loyalty = 4068 OR loyalty = 4069 OR loyalty = 4070 OR loyalty = 4071 OR loyalty = 4072 OR loyalty = 4073 OR loyalty = 4074 OR loyalty = 4075 OR loyalty = 4076 OR loyalty = 4077 OR loyalty = 4078 OR loyalty = 4079 OR loyalty = 4080 OR loyalty = 4081 OR loyalty = 4082 OR loyalty = 4083 OR loyalty = 4084 OR loyalty = 4085 OR loyalty = 4086 OR loyalty = 4087 OR loyalty = 4088 OR loyalty = 4089 OR loyalty = 4090 OR loyalty = 4091 OR loyalty = 4092 OR loyalty = 4093 OR loyalty = 4094 OR loyalty = 4095 OR loyalty = 4096 OR loyalty = 4097 OR loyalty = 4098 OR loyalty = 4099 OR loyalty = 4100 OR loyalty = 4101 OR loyalty = 4102 OR loyalty = 4103 OR loyalty = 4104 OR loyalty = 4105 OR loyalty = 4106 OR loyalty = 4107 OR loyalty = 4108 OR loyalty = 4109 OR loyalty = 4110 OR loyalty = 4111 OR loyalty = 4112 OR loyalty = 4113 OR loyalty = 4114 OR loyalty = 4115 OR loyalty = 4116 OR loyalty = 4117 OR loyalty = 4118 OR loyalty = 4119 OR loyalty = 4120 OR loyalty = 4121 OR loyalty = 4122 OR loyalty = 4123 OR loyalty = 4124 OR loyalty = 4125 OR loyalty = 4126 OR loyalty = 4127 OR loyalty = 4128 OR loyalty = 4129 OR loyalty = 4130 OR loyalty = 4131 OR loyalty = 4132 OR loyalty = 4133 OR loyalty = 4134 OR loyalty = 4135 OR loyalty = 4136 OR loyalty = 4137 OR loyalty = 4138 OR loyalty = 4139 OR loyalty = 4140 OR loyalty = 4141 OR loyalty = 4142 OR loyalty = 4143 OR loyalty = 4144 OR loyalty = 4145 OR loyalty = 4146 OR loyalty = 4147 OR loyalty = 4148 OR loyalty = 4149 OR loyalty = 4150 OR loyalty = 4151 OR loyalty = 4152 OR loyalty = 4153 OR loyalty = 4154 OR loyalty = 4155 OR loyalty = 4156 OR loyalty = 4157 OR loyalty = 4158 OR loyalty = 4159 OR loyalty = 4160 OR loyalty = 4161 OR loyalty = 4162 OR loyalty = 4163 OR loyalty = 4164 OR loyalty = 4165 OR loyalty = 4166 OR loyalty = 4167 OR loyalty = 4168 OR loyalty = 4169 OR loyalty = 4170 OR loyalty = 4171 OR loyalty = 4172 OR loyalty = 4173 OR loyalty = 4174 OR loyalty = 4175 OR loyalty = 4176 OR loyalty = 4177 OR loyalty = 4178 OR loyalty = 4179 OR loyalty = 4180 OR loyalty = 4181 OR loyalty = 4182 OR loyalty = 4183 OR loyalty = 4184 OR loyalty = 4185 OR loyalty = 4186 OR loyalty = 4187 OR loyalty = 4188 OR loyalty = 4189 OR loyalty = 4190 OR loyalty = 4191 OR loyalty = 4192 OR loyalty = 4193 OR loyalty = 4194 OR loyalty = 4195 OR loyalty = 4196 OR loyalty = 4197 OR loyalty = 4198 OR loyalty = 4199 OR loyalty = 4200 OR loyalty = 4201 OR loyalty = 4202 OR loyalty = 4203 OR loyalty = 4204 OR loyalty = 4205 OR loyalty = 4206 OR loyalty = 4207 OR loyalty = 4208 OR loyalty = 4209 OR loyalty = 4210 OR loyalty = 4211 OR loyalty = 4212 OR loyalty = 4213 OR loyalty = 4214 OR loyalty = 4215 OR loyalty = 4216 OR loyalty = 4217 OR loyalty = 4218 OR loyalty = 4219 OR loyalty = 4220 OR loyalty = 4221 OR loyalty = 4222 OR loyalty = 4223 OR loyalty = 4224 OR loyalty = 4225 OR loyalty = 4226 OR loyalty = 4227 OR loyalty = 4228 OR loyalty = 4229 OR loyalty = 4230 OR loyalty = 4231 OR loyalty = 4232 OR loyalty = 4233 OR loyalty = 4234 OR loyalty = 4235 OR loyalty = 4236 OR loyalty = 4237 OR loyalty = 4238 OR loyalty = 4239 OR loyalty = 4240 OR loyalty = 4241 OR loyalty = 4242 OR loyalty = 4243 OR loyalty = 4244 OR loyalty = 4245 OR loyalty = 4246 OR loyalty = 4247 OR loyalty = 4248 OR loyalty = 4249 OR loyalty = 4250 OR loyalty = 4251 OR loyalty = 4252 OR loyalty = 4253 OR loyalty = 4254 OR loyalty = 4255 OR loyalty = 4256 OR loyalty = 4257 OR loyalty = 4258 OR loyalty = 4259 OR loyalty = 4260 OR loyalty = 4261 OR loyalty = 4262 OR loyalty = 4263 OR loyalty = 4264 OR loyalty = 4265 OR loyalty = 4266 OR loyalty = 4267 OR loyalty = 4268 OR loyalty = 4269 OR loyalty = 4270 OR loyalty = 4271 OR loyalty = 4272 OR loyalty = 4273 OR loyalty = 4274 OR loyalty = 4275 OR loyalty = 4276 OR loyalty = 4277 OR loyalty = 4278 OR loyalty = 4279 OR loyalty = 4280 OR loyalty = 4281 OR loyalty = 4282 OR loyalty = 4283 OR loyalty = 4284 OR loyalty = 4285 OR loyalty = 4286 OR loyalty = 4287 OR loyalty = 4288 OR loyalty = 4289 OR loyalty = 4290 OR loyalty = 4291 OR loyalty = 4292 OR loyalty = 4293 OR loyalty = 4294 OR loyalty = 4295 OR loyalty = 4296 OR loyalty = 4297 OR loyalty = 4298 OR loyalty = 4299 OR loyalty = 4300 OR loyalty = 4301 OR loyalty = 4302 OR loyalty = 4303 OR loyalty = 4304 OR loyalty = 4305 OR loyalty = 4306 OR loyalty = 4307 OR loyalty = 4308 OR loyalty = 4309 OR loyalty = 4310 OR loyalty = 4311 OR loyalty = 4312 OR loyalty = 4313 OR loyalty = 4314 OR loyalty = 4315 OR loyalty = 4316 OR loyalty = 4317 OR loyalty = 4318 OR loyalty = 4319 OR loyalty = 4320 OR loyalty = 4321 OR loyalty = 4322 OR loyalty = 4323 OR loyalty = 4324 OR loyalty = 4325 OR loyalty = 4326 OR loyalty = 4327 OR loyalty = 4328 OR loyalty = 4329 OR loyalty = 4330 OR loyalty = 4331 OR loyalty = 4332 OR loyalty = 4333 OR loyalty = 4334 OR loyalty = 4335 OR loyalty = 4336 OR loyalty = 4337 OR loyalty = 4338 OR loyalty = 4339 OR loyalty = 4340 OR loyalty = 4341 OR loyalty = 4342 OR loyalty = 4343 OR loyalty = 4344 OR loyalty = 4345 OR loyalty = 4346 OR loyalty = 4347 OR loyalty = 4348 OR loyalty = 4349 OR loyalty = 4350 OR loyalty = 4351 OR loyalty = 4352 OR loyalty = 4353 OR loyalty = 4354 OR loyalty = 4355 OR loyalty = 4356 OR loyalty = 4357 OR loyalty = 4358 OR loyalty = 4359 OR loyalty = 4360 OR loyalty = 4361 OR loyalty = 4362 OR loyalty = 4363 OR loyalty = 4364 OR loyalty = 4365 OR loyalty = 4366 OR loyalty = 4367 OR loyalty = 4368 OR loyalty = 4369 OR loyalty = 4370 OR loyalty = 4371 OR loyalty = 4372 OR loyalty = 4373 OR loyalty = 4374 OR loyalty = 4375 OR loyalty = 4376 OR loyalty = 4377 OR loyalty = 4378 OR loyalty = 4379 OR loyalty = 4380 OR loyalty = 4381 OR loyalty = 4382 OR loyalty = 4383 OR loyalty = 4384 OR loyalty = 4385 OR loyalty = 4386 OR loyalty = 4387 OR loyalty = 4388 OR loyalty = 4389 OR loyalty = 4390 OR loyalty = 4391 OR loyalty = 4392 OR loyalty = 4393 OR loyalty = 4394 OR loyalty = 4395 OR loyalty = 4396 OR loyalty = 4397 OR loyalty = 4398 OR loyalty = 4399 OR loyalty = 4400 OR loyalty = 4401 OR loyalty = 4402 OR loyalty = 4403 OR loyalty = 4404 OR loyalty = 4405 OR loyalty = 4406 OR loyalty = 4407 OR loyalty = 4408 OR loyalty = 4409 OR loyalty = 4410 OR loyalty = 4411 OR loyalty = 4412 OR loyalty = 4413 OR loyalty = 4414 OR loyalty = 4415 OR loyalty = 4416 OR loyalty = 4417 OR loyalty = 4418 OR loyalty = 4419 OR loyalty = 4420 OR loyalty = 4421 OR loyalty = 4422 OR loyalty = 4423 OR loyalty = 4424 OR loyalty = 4425 OR loyalty = 4426 OR loyalty = 4427 OR loyalty = 4428 OR loyalty = 4429 OR loyalty = 4430 OR loyalty = 4431 OR loyalty = 4432 OR loyalty = 4433 OR loyalty = 4434 OR loyalty = 4435 OR loyalty = 4436 OR loyalty = 4437 OR loyalty = 4438 OR loyalty = 4439 OR loyalty = 4440 OR loyalty = 4441 OR loyalty = 4442 OR loyalty = 4443 OR loyalty = 4444 OR loyalty = 4445 OR loyalty = 4446 OR loyalty = 4447 OR loyalty = 4448 OR loyalty = 4449 OR loyalty = 4450 OR loyalty = 4451 OR loyalty = 4452 OR loyalty = 4453 OR loyalty = 4454 OR loyalty = 4455 OR loyalty = 4456 OR loyalty = 4457 OR loyalty = 4458 OR loyalty = 4459 OR loyalty = 4460 OR loyalty = 4461 OR loyalty = 4462 OR loyalty = 4463 OR loyalty = 4464 OR loyalty = 4465 OR loyalty = 4466 OR loyalty = 4467 OR loyalty = 4468 OR loyalty = 4469 OR loyalty = 4470 OR loyalty = 4471 OR loyalty = 4472 OR loyalty = 4473 OR loyalty = 4474 OR loyalty = 4475 OR loyalty = 4476 OR loyalty = 4477 OR loyalty = 4478 OR loyalty = 4479 OR loyalty = 4480 OR loyalty = 4481 OR loyalty = 4482 OR loyalty = 4483 OR loyalty = 4484 OR loyalty = 4485 OR loyalty = 4486 OR loyalty = 4487 OR loyalty = 4488 OR loyalty = 4489 OR loyalty = 4490 OR loyalty = 4491 OR loyalty = 4492 OR loyalty = 4493 OR loyalty = 4494 OR loyalty = 4495 OR loyalty = 4496 OR loyalty = 4497 OR loyalty = 4498 OR loyalty = 4499 OR loyalty = 4500 OR loyalty = 4501 OR loyalty = 4502 OR loyalty = 4503 OR loyalty = 4504 OR loyalty = 4505 OR loyalty = 4506 OR loyalty = 4507 OR loyalty = 4508 OR loyalty = 4509 OR loyalty = 4510 OR loyalty = 4511 OR loyalty = 4512 OR loyalty = 4513 OR loyalty = 4514 OR loyalty = 4515 OR loyalty = 4516 OR loyalty = 4517 OR loyalty = 4518 OR loyalty = 4519 OR loyalty = 4520 OR loyalty = 4521 OR loyalty = 4522 OR loyalty = 4523 OR loyalty = 4524 OR loyalty = 4525 OR loyalty = 4526 OR loyalty = 4527 OR loyalty = 4528 OR loyalty = 4529 OR loyalty = 4530 OR loyalty = 4531 OR loyalty = 4532 OR loyalty = 4533 OR loyalty = 4534 OR loyalty = 4535 OR loyalty = 4536 OR loyalty = 4537 OR loyalty = 4538 OR loyalty = 4539 OR loyalty = 4540 OR loyalty = 4541 OR loyalty = 4542 OR loyalty = 4543 OR loyalty = 4544 OR loyalty = 4545 OR loyalty = 4546 OR loyalty = 4547 OR loyalty = 4548 OR loyalty = 4549 OR loyalty = 4550 OR loyalty = 4551 OR loyalty = 4552 OR loyalty = 4553 OR loyalty = 4554 OR loyalty = 4555 OR loyalty = 4556 OR loyalty = 4557 OR loyalty = 4558 OR loyalty = 4559 OR loyalty = 4560 OR loyalty = 4561 OR loyalty = 4562 OR loyalty = 4563 OR loyalty = 4564 OR loyalty = 4565 OR loyalty = 4566 OR loyalty = 4567 OR loyalty = 4568 OR loyalty = 4569 OR loyalty = 4570 OR loyalty = 4571 OR loyalty = 4572 OR loyalty = 4573 OR loyalty = 4574 OR loyalty = 4575 OR loyalty = 4576 OR loyalty = 4577 OR loyalty = 4578 OR loyalty = 4579 OR loyalty = 4580 OR loyalty = 4581 OR loyalty = 4582 OR loyalty = 4583 OR loyalty = 4584 OR loyalty = 4585 OR loyalty = 4586 OR loyalty = 4587 OR loyalty = 4588 OR loyalty = 4589 OR loyalty = 4590 OR loyalty = 4591 OR loyalty = 4592 OR loyalty = 4593 OR loyalty = 4594 OR loyalty = 4595 OR loyalty = 4596 OR loyalty = 4597 OR loyalty = 4598 OR loyalty = 4599 OR loyalty = 4600 OR loyalty = 4601 OR loyalty = 4602 OR loyalty = 4603 OR loyalty = 4604 OR loyalty = 4605 OR loyalty = 4606 OR loyalty = 4607 OR loyalty = 4608 OR loyalty = 4609 OR loyalty = 4610 OR loyalty = 4611 OR loyalty = 4612 OR loyalty = 4613 OR loyalty = 4614 OR loyalty = 4615 OR loyalty = 4616 OR loyalty = 4617 OR loyalty = 4618 OR loyalty = 4619 OR loyalty = 4620 OR loyalty = 4621 OR loyalty = 4622 OR loyalty = 4623 OR loyalty = 4624 OR loyalty = 4625 OR loyalty = 4626 OR loyalty = 4627 OR loyalty = 4628 OR loyalty = 4629 OR loyalty = 4630 OR loyalty = 4631 OR loyalty = 4632 OR loyalty = 4633 OR loyalty = 4634 OR loyalty = 4635 OR loyalty = 4636 OR loyalty = 4637 OR loyalty = 4638 OR loyalty = 4639 OR loyalty = 4640 OR loyalty = 4641 OR loyalty = 4642 OR loyalty = 4643 OR loyalty = 4644 OR loyalty = 4645 OR loyalty = 4646 OR loyalty = 4647 OR loyalty = 4648 OR loyalty = 4649 OR loyalty = 4650 OR loyalty = 4651 OR loyalty = 4652 OR loyalty = 4653 OR loyalty = 4654 OR loyalty = 4655 OR loyalty = 4656 OR loyalty = 4657 OR loyalty = 4658 OR loyalty = 4659 OR loyalty = 4660 OR loyalty = 4661 OR loyalty = 4662 OR loyalty = 4663 OR loyalty = 4664 OR loyalty = 4665 OR loyalty = 4666 OR loyalty = 4667 OR loyalty = 4668 OR loyalty = 4669 OR loyalty = 4670 OR loyalty = 4671 OR loyalty = 4672 OR loyalty = 4673 OR loyalty = 4674 OR loyalty = 4675 OR loyalty = 4676 OR loyalty = 4677 OR loyalty = 4678 OR loyalty = 4679 OR loyalty = 4680 OR loyalty = 4681 OR loyalty = 4682 OR loyalty = 4683 OR loyalty = 4684 OR loyalty = 4685 OR loyalty = 4686 OR loyalty = 4687 OR loyalty = 4688 OR loyalty = 4689 OR loyalty = 4690 OR loyalty = 4691 OR loyalty = 4692 OR loyalty = 4693 OR loyalty = 4694 OR loyalty = 4695 OR loyalty = 4696 OR loyalty = 4697 OR loyalty = 4698 OR loyalty = 4699 OR loyalty = 4700 OR loyalty = 4701 OR loyalty = 4702 OR loyalty = 4703 OR loyalty = 4704 OR loyalty = 4705 OR loyalty = 4706 OR loyalty = 4707 OR loyalty = 4708 OR loyalty = 4709 OR loyalty = 4710 OR loyalty = 4711 OR loyalty = 4712 OR loyalty = 4713 OR loyalty = 4714 OR loyalty = 4715 OR loyalty = 4716 OR loyalty = 4717 OR loyalty = 4718 OR loyalty = 4719 OR loyalty = 4720 OR loyalty = 4721 OR loyalty = 4722 OR loyalty = 4723 OR loyalty = 4724 OR loyalty = 4725 OR loyalty = 4726 OR loyalty = 4727 OR loyalty = 4728 OR loyalty = 4729 OR loyalty = 4730 OR loyalty = 4731 OR loyalty = 4732 OR loyalty = 4733 OR loyalty = 4734 OR loyalty = 4735 OR loyalty = 4736 OR loyalty = 4737 OR loyalty = 4738 OR loyalty = 4739 OR loyalty = 4740 OR loyalty = 4741 OR loyalty = 4742 OR loyalty = 4743 OR loyalty = 4744 OR loyalty = 4745 OR loyalty = 4746 OR loyalty = 4747 OR loyalty = 4748 OR loyalty = 4749 OR loyalty = 4750 OR loyalty = 4751 OR loyalty = 4752 OR loyalty = 4753 OR loyalty = 4754 OR loyalty = 4755 OR loyalty = 4756 OR loyalty = 4757 OR loyalty = 4758 OR loyalty = 4759 OR loyalty = 4760 OR loyalty = 4761 OR loyalty = 4762 OR loyalty = 4763 OR loyalty = 4764 OR loyalty = 4765 OR loyalty = 4766 OR loyalty = 4767 OR loyalty = 4768 OR loyalty = 4769 OR loyalty = 4770 OR loyalty = 4771 OR loyalty = 4772 OR loyalty = 4773 OR loyalty = 4774 OR loyalty = 4775 OR loyalty = 4776 OR loyalty = 4777 OR loyalty = 4778 OR loyalty = 4779 OR loyalty = 4780 OR loyalty = 4781 OR loyalty = 4782 OR loyalty = 4783 OR loyalty = 4784 OR loyalty = 4785 OR loyalty = 4786 OR loyalty = 4787 OR loyalty = 4788 OR loyalty = 4789 OR loyalty = 4790 OR loyalty = 4791 OR loyalty = 4792 OR loyalty = 4793 OR loyalty = 4794 OR loyalty = 4795 OR loyalty = 4796 OR loyalty = 4797 OR loyalty = 4798 OR loyalty = 4799 OR loyalty = 4800 OR loyalty = 4801 OR loyalty = 4802 OR loyalty = 4803 OR loyalty = 4804 OR loyalty = 4805 OR loyalty = 4806 OR loyalty = 4807 OR loyalty = 4808 OR loyalty = 4809 OR loyalty = 4810 OR loyalty = 4811 OR loyalty = 4812 OR loyalty = 4813 OR loyalty = 4814 OR loyalty = 4815 OR loyalty = 4816 OR loyalty = 4817 OR loyalty = 4818 OR loyalty = 4819 OR loyalty = 4820 OR loyalty = 4821 OR loyalty = 4822 OR loyalty = 4823 OR loyalty = 4824 OR loyalty = 4825 OR loyalty = 4826 OR loyalty = 4827 OR loyalty = 4828 OR loyalty = 4829 OR loyalty = 4830 OR loyalty = 4831 OR loyalty = 4832 OR loyalty = 4833 OR loyalty = 4834 OR loyalty = 4835 OR loyalty = 4836 OR loyalty = 4837 OR loyalty = 4838 OR loyalty = 4839 OR loyalty = 4840 OR loyalty = 4841 OR loyalty = 4842 OR loyalty = 4843 OR loyalty = 4844 OR loyalty = 4845 OR loyalty = 4846 OR loyalty = 4847 OR loyalty = 4848 OR loyalty = 4849 OR loyalty = 4850 OR loyalty = 4851 OR loyalty = 4852 OR loyalty = 4853 OR loyalty = 4854 OR loyalty = 4855 OR loyalty = 4856 OR loyalty = 4857 OR loyalty = 4858 OR loyalty = 4859 OR loyalty = 4860 OR loyalty = 4861 OR loyalty = 4862 OR loyalty = 4863 OR loyalty = 4864 OR loyalty = 4865 OR loyalty = 4866 OR loyalty = 4867 OR loyalty = 4868 OR loyalty = 4869 OR loyalty = 4870 OR loyalty = 4871 OR loyalty = 4872 OR loyalty = 4873 OR loyalty = 4874 OR loyalty = 4875 OR loyalty = 4876 OR loyalty = 4877 OR loyalty = 4878 OR loyalty = 4879 OR loyalty = 4880 OR loyalty = 4881 OR loyalty = 4882 OR loyalty = 4883 OR loyalty = 4884 OR loyalty = 4885 OR loyalty = 4886 OR loyalty = 4887 OR loyalty = 4888 OR loyalty = 4889 OR loyalty = 4890 OR loyalty = 4891 OR loyalty = 4892 OR loyalty = 4893 OR loyalty = 4894 OR loyalty = 4895 OR loyalty = 4896 OR loyalty = 4897 OR loyalty = 4898 OR loyalty = 4899 OR loyalty = 4900 OR loyalty = 4901 OR loyalty = 4902 OR loyalty = 4903 OR loyalty = 4904 OR loyalty = 4905 OR loyalty = 4906 OR loyalty = 4907 OR loyalty = 4908 OR loyalty = 4909 OR loyalty = 4910 OR loyalty = 4911 OR loyalty = 4912 OR loyalty = 4913 OR loyalty = 4914 OR loyalty = 4915 OR loyalty = 4916 OR loyalty = 4917 OR loyalty = 4918 OR loyalty = 4919 OR loyalty = 4920 OR loyalty = 4921 OR loyalty = 4922 OR loyalty = 4923 OR loyalty = 4924 OR loyalty = 4925 OR loyalty = 4926 OR loyalty = 4927 OR loyalty = 4928 OR loyalty = 4929 OR loyalty = 4930 OR loyalty = 4931 OR loyalty = 4932 OR loyalty = 4933 OR loyalty = 4934 OR loyalty = 4935 OR loyalty = 4936 OR loyalty = 4937 OR loyalty = 4938 OR loyalty = 4939 OR loyalty = 4940 OR loyalty = 4941 OR loyalty = 4942 OR loyalty = 4943 OR loyalty = 4944 OR loyalty = 4945 OR loyalty = 4946 OR loyalty = 4947 OR loyalty = 4948 OR loyalty = 4949 OR loyalty = 4950 OR loyalty = 4951 OR loyalty = 4952 OR loyalty = 4953 OR loyalty = 4954 OR loyalty = 4955 OR loyalty = 4956 OR loyalty = 4957 OR loyalty = 4958 OR loyalty = 4959 OR loyalty = 4960 OR loyalty = 4961 OR loyalty = 4962 OR loyalty = 4963 OR loyalty = 4964 OR loyalty = 4965 OR loyalty = 4966 OR loyalty = 4967 OR loyalty = 4968 OR loyalty = 4969 OR loyalty = 4970 OR loyalty = 4971 OR loyalty = 4972 OR loyalty = 4973 OR loyalty = 4974 OR loyalty = 4975 OR loyalty = 4976 OR loyalty = 4977 OR loyalty = 4978 OR loyalty = 4979 OR loyalty = 4980 OR loyalty = 4981 OR loyalty = 4982 OR loyalty = 4983 OR loyalty = 4984 OR loyalty = 4985 OR loyalty = 4986 OR loyalty = 4987 OR loyalty = 4988 OR loyalty = 4989 OR loyalty = 4990 OR loyalty = 4991 OR loyalty = 4992 OR loyalty = 4993 OR loyalty = 4994 OR loyalty = 4995 OR loyalty = 4996 OR loyalty = 4997 OR loyalty = 4998 OR loyalty = 4999 ORDER BY id;
-- name: hunt_r5_param_enum_in_list
-- params: ["sad", "grumpy"]
SELECT id FROM accounts WHERE mood IN ($1, $2) ORDER BY id;
-- name: hunt_r5_param_scalar_subquery_compare
-- params: ["4", "7"]
SELECT count(*) FROM bills WHERE (SELECT loyalty FROM accounts WHERE id = $1) = $2;
-- name: hunt_r5_param_slice_bounds
-- params: ["1", "1"]
SELECT id, labels[$1:$2] AS s FROM accounts ORDER BY id;
-- name: hunt_r5_param_collate
-- params: ["gold"]
SELECT id FROM accounts WHERE tier = $1 COLLATE "C" ORDER BY id;
-- name: hunt_r5_param_order_expr
-- params: ["1"]
SELECT id FROM accounts ORDER BY loyalty + $1 NULLS FIRST, id;
-- name: hunt_r5_param_array_append
-- params: ["z"]
SELECT id, array_append(labels, $1) AS l FROM accounts ORDER BY id;
-- name: hunt_r5_param_array_concat_unknown
-- params: ["{a,b}"]
SELECT id, labels || $1 AS l FROM accounts ORDER BY id;
-- name: hunt_r5_param_enum_range
-- params: ["sad"]
SELECT id FROM accounts WHERE mood = ANY (enum_range(NULL::mood, $1)) ORDER BY id;
-- name: hunt_r5_param_row_in
-- params: ["1", "10", "4", "7"]
SELECT id FROM accounts WHERE (id, loyalty) IN (($1, $2), ($3, $4)) ORDER BY id;
-- name: hunt_r5_param_is_distinct_from_enum
-- params: ["happy"]
SELECT id FROM accounts WHERE mood IS DISTINCT FROM $1 ORDER BY id;
-- name: hunt_r5_param_case_simple_form
-- params: ["sad", "S", "O"]
SELECT id, CASE mood WHEN $1 THEN $2 ELSE $3 END AS m FROM accounts ORDER BY id;
-- name: hunt_r5_param_coalesce_nick
-- params: ["none"]
SELECT coalesce("Nick", $1) AS n FROM "Users" ORDER BY "Id";
-- name: hunt_r5_param_only_in_union_second
-- params: ["x"]
SELECT tier FROM accounts WHERE id = 1 UNION SELECT $1 ORDER BY 1;
-- name: hunt_r5_param_union_enum
-- params: ["sad"]
SELECT mood FROM accounts UNION SELECT $1 ORDER BY 1;
-- name: hunt_r5_param_values_enum_union
-- params: ["grumpy"]
SELECT * FROM (SELECT mood FROM accounts UNION ALL VALUES ($1)) s ORDER BY 1;
-- name: hunt_r5_param_limit_offset
-- params: ["2", "1"]
SELECT id, tier FROM accounts ORDER BY id LIMIT $1 OFFSET $2;
-- name: hunt_r5_param_greatest_date
-- params: ["2025-01-01"]
SELECT id, greatest(due, $1) AS d FROM bills ORDER BY id;
-- name: hunt_r5_param_numeric_round
-- params: ["1"]
SELECT order_id, round(discount, $1) AS r FROM line_items ORDER BY 1, 2;
-- name: hunt_r5_param_jsonb_build_shadow
-- params: ["k"]
SELECT jsonb_build_object($1, loyalty) FROM accounts ORDER BY id;
-- name: hunt_r5_param_exists_shadow
-- params: ["sad"]
SELECT b.id FROM bills b WHERE EXISTS (SELECT 1 FROM accounts a WHERE a.id = b.account_id AND a.mood = $1) ORDER BY 1;
-- name: hunt_r5_sys_unqualified_ctid
SELECT ctid IS NOT NULL AS c, loyalty FROM accounts ORDER BY id;
-- name: hunt_r5_sys_unqualified_two_tables
-- expect: 42703
SELECT xmin, tier FROM accounts a JOIN bills b ON b.account_id = a.id;
-- name: hunt_r5_sys_correlated_no_from
SELECT (SELECT tableoid::regclass::text) AS t, loyalty FROM accounts ORDER BY id;
-- name: hunt_r5_sys_inner_from_wins
SELECT (SELECT tableoid::regclass::text FROM bills WHERE bills.id = 1) AS c, tier FROM accounts ORDER BY id;
-- name: hunt_r5_sys_with_subquery_beside
SELECT tableoid::regclass::text AS t, tier FROM accounts JOIN (SELECT 1 AS x) s ON true ORDER BY id;
-- name: hunt_r5_sys_aliased_join_hides
-- expect: 42703
SELECT tableoid, tier FROM (accounts a JOIN bills b ON b.account_id = a.id) j;
-- name: hunt_r5_sys_join_using_ambiguous
-- expect: 42703
SELECT xmin FROM accounts JOIN tags USING (id, loyalty);
-- name: hunt_r5_sys_self_join_ctid
SELECT a.id, a.ctid = b.ctid AS same FROM accounts a JOIN accounts b USING (id) WHERE a.loyalty IS NOT NULL ORDER BY 1;
-- name: hunt_r5_sys_lateral_outer
SELECT a.id, s.t FROM accounts a, LATERAL (SELECT a.tableoid::regclass::text AS t, a.tier) s ORDER BY 1;
-- name: hunt_r5_sys_unqualified_in_lateral_no_from
SELECT a.id, s.t FROM accounts a, LATERAL (SELECT tableoid::regclass::text AS t, tier) s ORDER BY 1;
-- name: hunt_r5_sys_in_where_and_group
SELECT tableoid::regclass::text, count(*) FROM animals WHERE legs = 4 GROUP BY tableoid ORDER BY 1;
-- name: hunt_r5_sys_partition_tableoid_group_key
SELECT s.tableoid::regclass::text AS p, s.region, s.id, s.status FROM shipments s GROUP BY s.region, s.id ORDER BY 2, 3;
-- name: hunt_r5_sys_unqualified_cte_beside
WITH c AS (SELECT 1 AS x) SELECT ctid IS NOT NULL AS y, tier FROM accounts, c ORDER BY id;
-- name: hunt_r5_sys_cte_has_none
-- expect: 42703
WITH c AS (SELECT id, loyalty FROM accounts) SELECT ctid FROM c;
-- name: hunt_r5_table_union_table
TABLE accounts UNION TABLE accounts ORDER BY 1;
-- name: hunt_r5_table_only_animals
TABLE ONLY animals ORDER BY id;
-- name: hunt_r5_table_star_animals
TABLE animals * ORDER BY id;
-- name: hunt_r5_table_parenthesized_order_shadow
(TABLE accounts) ORDER BY 5 NULLS FIRST, 1;
-- name: hunt_r5_table_in_subquery
SELECT t.loyalty FROM (TABLE accounts) t ORDER BY t.id;
-- name: hunt_r5_table_in_cte
WITH x AS (TABLE bills) SELECT id, paid, due FROM x ORDER BY id;
-- name: hunt_r5_table_schema_landing
TABLE sales.accounts ORDER BY id;
-- name: hunt_r5_table_limit_order_by_name
TABLE accounts ORDER BY loyalty DESC NULLS LAST, id LIMIT 3;
-- name: hunt_r5_table_in_exists
SELECT count(*) FROM bills WHERE EXISTS (TABLE accounts);
-- name: hunt_r5_table_in_in
SELECT id FROM tags WHERE (id, label, loyalty) IN (SELECT id, name, loyalty FROM accounts) ORDER BY 1;
-- name: hunt_r5_table_except
SELECT * FROM (TABLE accounts EXCEPT SELECT * FROM accounts WHERE id > 2) s ORDER BY id;
-- name: hunt_r5_table_quoted_users
TABLE "Users" ORDER BY 1;
-- name: hunt_r5_table_for_update
BEGIN; TABLE accounts FOR UPDATE; ROLLBACK;
-- name: hunt_r5_like_insert_table
CREATE TEMP TABLE hunt_r5_like (LIKE accounts); INSERT INTO hunt_r5_like TABLE accounts; SELECT * FROM hunt_r5_like ORDER BY id; DROP TABLE hunt_r5_like;
-- name: hunt_r5_like_columns
CREATE TEMP TABLE hunt_r5_like (LIKE accounts); SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a LEFT JOIN pg_attrdef d ON (d.adrelid, d.adnum) = (a.attrelid, a.attnum) WHERE a.attrelid = 'hunt_r5_like'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum; DROP TABLE hunt_r5_like;
-- name: hunt_r5_like_including_defaults
CREATE TEMP TABLE hunt_r5_like (id int, LIKE bills INCLUDING DEFAULTS, extra text); SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a LEFT JOIN pg_attrdef d ON (d.adrelid, d.adnum) = (a.attrelid, a.attnum) WHERE a.attrelid = 'hunt_r5_like'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum; DROP TABLE hunt_r5_like;
-- name: hunt_r5_like_including_all_checks
CREATE TEMP TABLE hunt_r5_like (LIKE orders INCLUDING ALL); SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a LEFT JOIN pg_attrdef d ON (d.adrelid, d.adnum) = (a.attrelid, a.attnum) WHERE a.attrelid = 'hunt_r5_like'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum; SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'hunt_r5_like'::regclass ORDER BY 1; DROP TABLE hunt_r5_like;
-- name: hunt_r5_like_including_all_excluding
CREATE TEMP TABLE hunt_r5_like (LIKE orders INCLUDING ALL EXCLUDING DEFAULTS EXCLUDING CONSTRAINTS /* no rules */); SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a LEFT JOIN pg_attrdef d ON (d.adrelid, d.adnum) = (a.attrelid, a.attnum) WHERE a.attrelid = 'hunt_r5_like'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum; SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'hunt_r5_like'::regclass ORDER BY 1; DROP TABLE hunt_r5_like;
-- name: hunt_r5_like_landing
CREATE TEMP TABLE hunt_r5_like (LIKE sales.accounts INCLUDING DEFAULTS); SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a LEFT JOIN pg_attrdef d ON (d.adrelid, d.adnum) = (a.attrelid, a.attnum) WHERE a.attrelid = 'hunt_r5_like'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum; DROP TABLE hunt_r5_like;
-- name: hunt_r5_like_inheritance_child
CREATE TEMP TABLE hunt_r5_like (LIKE dogs INCLUDING DEFAULTS); SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a LEFT JOIN pg_attrdef d ON (d.adrelid, d.adnum) = (a.attrelid, a.attnum) WHERE a.attrelid = 'hunt_r5_like'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum; DROP TABLE hunt_r5_like;
-- name: hunt_r5_like_partition
CREATE TEMP TABLE hunt_r5_like (LIKE shipments_us INCLUDING ALL); SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a LEFT JOIN pg_attrdef d ON (d.adrelid, d.adnum) = (a.attrelid, a.attnum) WHERE a.attrelid = 'hunt_r5_like'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum; SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'hunt_r5_like'::regclass ORDER BY 1; DROP TABLE hunt_r5_like;
-- name: hunt_r5_like_quoted_two
CREATE TEMP TABLE hunt_r5_like (LIKE public."Users" INCLUDING DEFAULTS, LIKE line_items); SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a LEFT JOIN pg_attrdef d ON (d.adrelid, d.adnum) = (a.attrelid, a.attnum) WHERE a.attrelid = 'hunt_r5_like'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum; DROP TABLE hunt_r5_like;
-- name: hunt_r5_like_gadgets_all
CREATE TEMP TABLE hunt_r5_like (LIKE gadgets INCLUDING ALL); SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a LEFT JOIN pg_attrdef d ON (d.adrelid, d.adnum) = (a.attrelid, a.attnum) WHERE a.attrelid = 'hunt_r5_like'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum; SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'hunt_r5_like'::regclass ORDER BY 1; DROP TABLE hunt_r5_like;
-- name: hunt_r5_like_no_primary_key
CREATE TEMP TABLE hunt_r5_like (LIKE events INCLUDING DEFAULTS); SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a LEFT JOIN pg_attrdef d ON (d.adrelid, d.adnum) = (a.attrelid, a.attnum) WHERE a.attrelid = 'hunt_r5_like'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum; DROP TABLE hunt_r5_like;
-- name: hunt_r5_like_duplicate_column
-- expect: 42701
CREATE TEMP TABLE hunt_r5_like (loyalty text, LIKE accounts);
-- name: hunt_r5_like_not_a_served_table
CREATE TEMP TABLE hunt_r5_like (LIKE tags); SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a LEFT JOIN pg_attrdef d ON (d.adrelid, d.adnum) = (a.attrelid, a.attnum) WHERE a.attrelid = 'hunt_r5_like'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum; DROP TABLE hunt_r5_like;
-- name: hunt_r5_create_table_of_row_type
-- refused
BEGIN; CREATE TEMP TABLE hunt_r5_typed OF accounts; ROLLBACK;
-- name: hunt_r5_create_table_column_of_row_type
-- refused
BEGIN; CREATE TEMP TABLE hunt_r5_typed (id int, a accounts); ROLLBACK;
-- name: hunt_r5_create_table_column_of_row_array
-- refused
BEGIN; CREATE TEMP TABLE hunt_r5_typed (rows public.accounts[]); ROLLBACK;
-- name: hunt_r5_create_table_column_of_other_type
CREATE TEMP TABLE hunt_r5_typed (t tags, m mood, n text); SELECT count(*) FROM hunt_r5_typed; DROP TABLE hunt_r5_typed;
-- name: hunt_r5_insert_select_text_error_position_after_multibyte
-- expect: 42804
INSERT INTO accounts (id, name, created_on) SELECT DISTINCT 90, 'é東🙂', 'x';
-- name: hunt_r5_insert_select_union_error_position_after_multibyte
-- expect: 42804
INSERT INTO accounts (id, name, created_on) SELECT 90, 'é東🙂', 'x' UNION SELECT 91, 'ü', 'y';
-- name: hunt_r5_lock_two_schemas_unaliased
BEGIN; SELECT public.accounts.loyalty, sales.accounts.score FROM public.accounts JOIN sales.accounts ON public.accounts.id = sales.accounts.id ORDER BY 1 FOR UPDATE OF accounts; ROLLBACK;
-- name: hunt_r5_lock_of_cte
-- expect: 0A000
WITH c AS (SELECT id, loyalty FROM accounts) SELECT * FROM c FOR UPDATE OF c;
-- name: hunt_r5_lock_of_subquery
SELECT s.loyalty FROM (SELECT id, loyalty FROM accounts WHERE id < 3) s ORDER BY 1 FOR UPDATE OF s;
-- name: hunt_r5_lock_with_aggregate
-- expect: 0A000
SELECT count(loyalty) FROM accounts FOR UPDATE;
-- name: hunt_r5_lock_with_distinct
-- expect: 0A000
SELECT DISTINCT tier FROM accounts FOR SHARE;
-- name: hunt_r5_lock_with_union
-- expect: 0A000
SELECT loyalty FROM accounts UNION SELECT loyalty FROM tags FOR UPDATE;
-- name: hunt_r5_lock_with_window
-- expect: 0A000
SELECT rank() OVER (ORDER BY loyalty) FROM accounts FOR KEY SHARE;
-- name: hunt_r5_lock_in_subquery_in_from
SELECT x.tier FROM (SELECT tier, id FROM accounts FOR UPDATE) x ORDER BY x.id;
-- name: hunt_r5_lock_in_exists
SELECT b.id FROM bills b WHERE EXISTS (SELECT 1 FROM accounts a WHERE a.id = b.account_id AND a.loyalty > 5 FOR SHARE) ORDER BY 1;
-- name: hunt_r5_lock_of_unaliased_with_alias
-- expect: 42P01
SELECT a.loyalty FROM accounts a JOIN bills ON bills.account_id = a.id FOR UPDATE OF accounts;
-- name: hunt_r5_lock_of_join_alias
-- expect: 0A000
SELECT j.loyalty FROM (accounts a JOIN tags t USING (id, loyalty)) j FOR UPDATE OF j;
-- name: hunt_r5_lock_of_lateral_outer
BEGIN; SELECT a.id, l FROM accounts a, LATERAL unnest(a.labels) l WHERE a.id = 1 ORDER BY 2 FOR UPDATE OF a; ROLLBACK;
-- name: hunt_r5_lock_outer_join_nullable_side_shadow
-- expect: 0A000
SELECT b.id, a.tier FROM bills b LEFT JOIN accounts a ON a.id = b.account_id FOR UPDATE OF a;
-- name: hunt_r5_lock_skip_locked_limit
BEGIN; SELECT id, mood FROM accounts WHERE mood <> 'happy' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED; ROLLBACK;
-- name: hunt_r5_unicode_escape_column
SELECT U&"\006Coyalty" FROM accounts ORDER BY id;
-- name: hunt_r5_unicode_escape_table
SELECT tier FROM U&"\0061ccounts" ORDER BY id;
-- name: hunt_r5_unicode_escape_uescape
SELECT U&"!0074ier" UESCAPE '!' FROM accounts ORDER BY id;
-- name: hunt_r5_uppercase_quoted_column_missing
-- expect: 42703
SELECT "LOYALTY" FROM accounts;
-- name: hunt_r5_quoted_schema_table_column
SELECT "accounts"."tier" FROM "public"."accounts" ORDER BY "accounts"."id";
-- name: hunt_r5_unicode_escape_alias_qualifier
SELECT U&"\0061".loyalty FROM accounts a ORDER BY 1 NULLS FIRST;
-- name: hunt_r5_gadgets_distinct_coalesce_row
-- expect: 42883
SELECT DISTINCT coalesce(g, h) FROM gadgets g JOIN gadgets h USING (id);
-- name: hunt_r5_gadgets_distinct_scalar_subquery_row
-- expect: 42883
SELECT DISTINCT (SELECT h FROM gadgets h WHERE h.id = g.id) FROM gadgets g;
-- name: hunt_r5_gadgets_order_by_lag_row
-- expect: 42883
SELECT g.id FROM gadgets g ORDER BY lag(g) OVER (ORDER BY g.id);
-- name: hunt_r5_gadgets_union_nullif_row
-- expect: 42883
SELECT nullif(g, NULL) FROM gadgets g UNION SELECT NULL;
-- name: hunt_r5_gadgets_partition_by_coalesce_row
-- expect: 42883
SELECT count(*) OVER (PARTITION BY coalesce(g, NULL)) FROM gadgets g;
-- name: hunt_r5_gadgets_group_by_output_name_case_row
-- expect: 42883
SELECT CASE WHEN g.id > 0 THEN g END AS r FROM gadgets g GROUP BY r;
-- name: hunt_r5_gadgets_distinct_array_agg_ok_shape
SELECT count(*) FROM (SELECT DISTINCT g.id, (SELECT count(*) FROM gadgets h WHERE h.id < g.id) FROM gadgets g) s;
-- name: hunt_r5_accounts_distinct_coalesce_row
SELECT DISTINCT coalesce(a, b) FROM accounts a LEFT JOIN accounts b ON b.id = a.id + 100 ORDER BY 1;
-- name: hunt_r5_gadgets_group_by_case_row
-- expect: 42883
SELECT count(*) FROM gadgets g GROUP BY CASE WHEN g.id > 2 THEN g END;
-- name: hunt_r5_merge_source_reads_shadow
BEGIN; MERGE INTO tags t USING accounts a ON t.id = a.id WHEN MATCHED AND a.tier IS NOT NULL THEN UPDATE SET loyalty = a.loyalty WHEN NOT MATCHED AND a.id < 6 THEN INSERT (id, label, loyalty) VALUES (a.id, a.name, a.loyalty); SELECT * FROM tags ORDER BY id; ROLLBACK;
-- name: hunt_r5_merge_source_subquery_shadow
BEGIN; MERGE INTO tags t USING (SELECT id, mood::text AS m, loyalty FROM accounts WHERE loyalty IS NOT NULL) s ON t.id = s.id WHEN MATCHED THEN UPDATE SET label = s.m WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.m, s.loyalty); SELECT * FROM tags ORDER BY id; ROLLBACK;
-- name: hunt_r5_lateral_function_whole_row
SELECT a.id, l FROM accounts a, account_label(a) l WHERE a.loyalty > 0 ORDER BY 1;
-- name: hunt_r5_function_whole_row_star
SELECT account_label(a.*) FROM accounts a WHERE a.mood = 'sad';
-- name: hunt_r5_recursive_join_served
WITH RECURSIVE r AS (SELECT id, loyalty FROM accounts WHERE id = 1 UNION ALL SELECT a.id, a.loyalty FROM accounts a JOIN r ON a.id = r.id + 1) SELECT * FROM r ORDER BY id;
-- name: hunt_r5_window_range_offset_shadow
SELECT id, loyalty, count(*) OVER (ORDER BY loyalty RANGE BETWEEN 3 PRECEDING AND 3 FOLLOWING) AS c FROM accounts WHERE loyalty IS NOT NULL ORDER BY id;
-- name: hunt_r5_window_range_date_shadow
SELECT id, count(*) OVER (ORDER BY due RANGE BETWEEN '200 days' PRECEDING AND CURRENT ROW) AS c FROM bills ORDER BY id;
-- name: hunt_r5_window_range_param
-- params: ["3"]
SELECT id, count(*) OVER (ORDER BY loyalty RANGE BETWEEN $1 PRECEDING AND CURRENT ROW) AS c FROM accounts ORDER BY id;
-- name: hunt_r5_in_unnest_param
-- params: ["{3,7}"]
SELECT id FROM accounts WHERE loyalty IN (SELECT unnest($1::int[])) ORDER BY id;
-- name: hunt_r5_ctas_table_form
CREATE TEMP TABLE hunt_r5_ctas AS TABLE accounts; SELECT * FROM hunt_r5_ctas ORDER BY id; DROP TABLE hunt_r5_ctas;
-- name: hunt_r5_ctas_execute
PREPARE hunt_r5_p AS SELECT id, mood, labels FROM accounts WHERE id < 4; CREATE TEMP TABLE hunt_r5_ctas AS EXECUTE hunt_r5_p; SELECT * FROM hunt_r5_ctas ORDER BY id; DROP TABLE hunt_r5_ctas; DEALLOCATE hunt_r5_p;
-- name: hunt_r5_select_star_into
SELECT * INTO TEMP hunt_r5_into FROM bills WHERE paid; SELECT * FROM hunt_r5_into ORDER BY id; DROP TABLE hunt_r5_into;
-- name: hunt_r5_ctas_column_names
CREATE TEMP TABLE hunt_r5_ctas (k, l) AS SELECT id, loyalty FROM accounts; SELECT * FROM hunt_r5_ctas ORDER BY k; DROP TABLE hunt_r5_ctas;
-- name: hunt_r5_like_search_path_in_string
SET search_path = sales, public; CREATE TEMP TABLE hunt_r5_like (LIKE accounts INCLUDING DEFAULTS); SELECT attname FROM pg_attribute WHERE attrelid = 'hunt_r5_like'::regclass AND attnum > 0 ORDER BY attnum; DROP TABLE hunt_r5_like; RESET search_path;
-- name: hunt_r5_like_then_insert_defaults
CREATE TEMP TABLE hunt_r5_like (LIKE accounts INCLUDING DEFAULTS); INSERT INTO hunt_r5_like (id, name) VALUES (1, 'x'); SELECT * FROM hunt_r5_like; DROP TABLE hunt_r5_like;
-- name: hunt_r5_enum_invalid_literal_position
-- expect: 22P02
SELECT id FROM accounts WHERE mood IN ('happy', 'nope');
-- name: hunt_r5_enum_between
SELECT id FROM accounts WHERE mood BETWEEN 'happy' AND 'sad' ORDER BY id;
-- name: hunt_r5_enum_compare_text_column
-- expect: 42883
SELECT id FROM accounts WHERE mood = name;
-- name: hunt_r5_enum_order_using
SELECT id, mood FROM accounts ORDER BY mood USING >, id USING <;
-- name: hunt_r5_enum_array_agg_ordered
SELECT array_agg(mood ORDER BY mood DESC, id) FROM accounts;
-- name: hunt_r5_enum_cast_roundtrip
SELECT id, mood::text::mood AS m, mood::text || '!' AS t FROM accounts ORDER BY id;
-- name: hunt_r5_array_invalid_subscript_type
-- expect: 42804
SELECT labels['x'::text] FROM accounts;
-- name: hunt_r5_array_compare_literal_position
-- expect: 22P02
SELECT id FROM accounts WHERE labels = '{unterminated';
-- name: hunt_r5_date_invalid_literal_position
-- expect: 22008
SELECT id FROM bills WHERE due > '2024-13-45';
-- name: hunt_r5_int_overflow_position
-- expect: 22003
SELECT loyalty * 2147483647 FROM accounts WHERE id = 1;
-- name: hunt_r5_division_by_zero_shadow
-- expect: 22012
SELECT 1 / loyalty FROM accounts WHERE loyalty = 0 OR id = 8;
-- name: hunt_r5_like_identity_generated_all
CREATE TEMP TABLE hunt_r5_like (LIKE appliances INCLUDING ALL); SELECT attname, format_type(atttypid, atttypmod), attidentity, attgenerated FROM pg_attribute WHERE attrelid = 'hunt_r5_like'::regclass AND attnum > 0 ORDER BY attnum; INSERT INTO hunt_r5_like (name) VALUES ('x') RETURNING *; DROP TABLE hunt_r5_like;
-- name: hunt_r5_like_counters_comment_between
CREATE TEMP TABLE hunt_r5_like (LIKE counters /* , ) */ INCLUDING DEFAULTS -- ,
, extra int); SELECT attname FROM pg_attribute WHERE attrelid = 'hunt_r5_like'::regclass AND attnum > 0 ORDER BY attnum; DROP TABLE hunt_r5_like;
-- name: hunt_r5_fd_full_join_using_key
-- expect: 42803
SELECT id, tier FROM accounts FULL JOIN tags USING (id) GROUP BY id;
-- name: hunt_r5_fd_right_join_using_key
-- expect: 42803
SELECT id, tier FROM accounts RIGHT JOIN tags USING (id) GROUP BY id;
-- name: hunt_r5_fd_left_join_using_key
SELECT id, tier, count(tags.label) FROM accounts LEFT JOIN tags USING (id) GROUP BY id ORDER BY 1;
-- name: hunt_r5_fd_right_join_using_key_right_table
SELECT id, a.tier FROM tags t RIGHT JOIN accounts a USING (id) GROUP BY id ORDER BY 1;
-- name: hunt_r5_fd_window_arg_shadow
SELECT a.id, sum(a.loyalty) OVER () AS s FROM accounts a GROUP BY a.id ORDER BY 1;
-- name: hunt_r5_fd_natural_join_two_served_keys
SELECT id, a.tier, s.score FROM accounts a JOIN sales.accounts s USING (id) GROUP BY id, s.id ORDER BY 1;
-- name: hunt_r5_fd_join_alias_using_key
SELECT j.id, a.tier FROM accounts a JOIN tags t USING (id) AS j GROUP BY j.id ORDER BY 1;
-- name: hunt_r5_fd_aliased_join_key
SELECT x.id, x.tier FROM (accounts JOIN bills ON bills.account_id = accounts.id) AS x (id, n, e, c, l, tier) GROUP BY x.id;
-- name: hunt_r5_cte_named_accounts_qualified_real
WITH accounts AS (SELECT 1 AS x) SELECT loyalty FROM public.accounts ORDER BY id;
-- name: hunt_r5_cte_named_accounts_and_qualified_real
-- expect: 42712
WITH accounts AS (SELECT 1 AS x) SELECT x FROM accounts, public.accounts;
-- name: hunt_r5_cte_named_accounts_qualified_alias
WITH accounts AS (SELECT 1 AS x) SELECT c.x, p.tier FROM accounts c, public.accounts p ORDER BY p.id;
-- name: hunt_r5_cte_named_accounts_star_both
WITH accounts AS (SELECT 5 AS loyalty) SELECT * FROM accounts c JOIN public.accounts p USING (loyalty) ORDER BY p.id;
-- name: hunt_r5_cte_named_accounts_in_subquery_scope
SELECT (SELECT loyalty FROM accounts) AS inner_cte FROM (WITH accounts AS (SELECT 1 AS loyalty) SELECT 1) s;
-- name: hunt_r5_cte_named_bills_inner_outer_real
SELECT b.paid, (WITH bills AS (SELECT 2 AS paid) SELECT paid FROM bills) AS p FROM bills b ORDER BY b.id;
-- name: hunt_r5_cte_materialized_shadow
WITH c AS MATERIALIZED (SELECT id, loyalty, tier FROM accounts) SELECT * FROM c WHERE loyalty > 3 ORDER BY id;
-- name: hunt_r5_cte_search_depth_first
WITH RECURSIVE t (id, loyalty) AS (SELECT id, loyalty FROM accounts WHERE id = 1 UNION ALL SELECT a.id, a.loyalty FROM accounts a JOIN t ON a.id = t.id + 3) SEARCH DEPTH FIRST BY id SET ord SELECT * FROM t ORDER BY ord;
-- name: hunt_r5_cte_cycle
WITH RECURSIVE t (id, tier) AS (SELECT id, tier FROM accounts WHERE id = 1 UNION ALL SELECT a.id, a.tier FROM accounts a JOIN t ON a.id = t.id % 3 + 1) CYCLE id SET is_cycle USING path SELECT id, tier, is_cycle FROM t ORDER BY path;
-- name: hunt_r5_like_checks_between_shadow_columns
CREATE TEMP TABLE hunt_r5_like (LIKE hunt_w_members INCLUDING ALL); SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a LEFT JOIN pg_attrdef d ON (d.adrelid, d.adnum) = (a.attrelid, a.attnum) WHERE a.attrelid = 'hunt_r5_like'::regclass AND a.attnum > 0 ORDER BY a.attnum; SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'hunt_r5_like'::regclass ORDER BY 1; DROP TABLE hunt_r5_like;
-- name: hunt_r5_like_check_violation
-- expect: 23514
CREATE TEMP TABLE hunt_r5_like (LIKE orders INCLUDING ALL); INSERT INTO hunt_r5_like (item, qty, note) VALUES ('x', 0, 'n');
-- name: hunt_r5_copy_force_quote_shadow
COPY accounts TO STDOUT WITH (FORMAT csv, FORCE_QUOTE (tier));
-- name: hunt_r5_copy_force_quote_star_header
COPY accounts (id, tier, labels) TO STDOUT WITH (FORMAT csv, HEADER, FORCE_QUOTE *);
-- name: hunt_r5_copy_force_quote_unknown_column
-- expect: 42P10
COPY accounts (id, tier) TO STDOUT WITH (FORMAT csv, FORCE_QUOTE (mood));
-- name: hunt_r5_copy_query_force_quote
COPY (SELECT id, mood FROM accounts ORDER BY id) TO STDOUT WITH (FORMAT csv, FORCE_QUOTE (mood), HEADER);
-- name: hunt_r5_copy_delimiter_null
COPY bills (id, due, paid) TO STDOUT WITH (DELIMITER '|', NULL 'NIL');
-- name: hunt_r5_copy_users_quoted
COPY "Users" ("Id", "Nick") TO STDOUT WITH (FORMAT csv, FORCE_QUOTE ("Nick"));
-- name: hunt_r5_create_schema_like
BEGIN; CREATE SCHEMA hunt_r5_s CREATE TABLE t (LIKE accounts INCLUDING DEFAULTS); SELECT attname FROM pg_attribute WHERE attrelid = 'hunt_r5_s.t'::regclass AND attnum > 0 ORDER BY attnum; ROLLBACK;
-- name: hunt_r5_create_schema_typed_table
-- refused
BEGIN; CREATE SCHEMA hunt_r5_s2 CREATE TABLE t OF accounts; ROLLBACK;
-- name: hunt_r5_create_type_attribute_of_row_type
-- refused
BEGIN; CREATE TYPE hunt_r5_pair AS (a accounts, n int); ROLLBACK;
-- name: hunt_r5_create_type_other_attributes
BEGIN; CREATE TYPE hunt_r5_pair AS (t tags, m mood); SELECT ROW(NULL, 'sad')::hunt_r5_pair; ROLLBACK;
-- name: hunt_r5_gadgets_subquery_column_named_like_alias
SELECT DISTINCT g FROM (SELECT g.id AS g FROM gadgets g) s ORDER BY 1;
-- name: hunt_r5_gadgets_subquery_qualified_column_named_like_alias
SELECT DISTINCT s.g FROM (SELECT g.id AS g, g.raw FROM gadgets g) s ORDER BY 1;
-- name: hunt_r5_gadgets_subquery_row_not_sorted
SELECT s.r IS NULL AS n FROM (SELECT g AS r, g.id FROM gadgets g) s ORDER BY s.id;
-- name: hunt_r5_gadgets_cte_row_json
SELECT count(DISTINCT row_to_json(s.r)::text) FROM (SELECT g AS r FROM gadgets g) s;

-- ---------------------------------------------------------------- hunt r6: SQL as ORMs and query builders write it
-- name: hunt_r6_prisma_find_many_fully_qualified
-- params: ["0", "5", "0"]
SELECT "public"."accounts"."id", "public"."accounts"."name", "public"."accounts"."loyalty", "public"."accounts"."tier", "public"."accounts"."mood", "public"."accounts"."labels" FROM "public"."accounts" WHERE ("public"."accounts"."loyalty" >= $1 AND 1=1) ORDER BY "public"."accounts"."id" ASC LIMIT $2 OFFSET $3;
-- name: hunt_r6_prisma_cursor_by_shadow_order
-- params: ["4", "3", "0"]
SELECT "public"."accounts"."id", "public"."accounts"."loyalty" FROM "public"."accounts" WHERE ("public"."accounts"."loyalty" <= (SELECT "public"."accounts"."loyalty" FROM "public"."accounts" WHERE ("public"."accounts"."id") = ($1)) AND 1=1) ORDER BY "public"."accounts"."loyalty" DESC, "public"."accounts"."id" ASC LIMIT $2 OFFSET $3;
-- name: hunt_r6_prisma_count_sub
-- params: ["0", "0"]
SELECT COUNT(*) AS "_count._all" FROM (SELECT "public"."accounts"."id" FROM "public"."accounts" WHERE "public"."accounts"."loyalty" > $1 OFFSET $2) AS "sub";
-- name: hunt_r6_prisma_aggregate_sub
-- params: ["0"]
SELECT AVG("loyalty") AS "_avg.loyalty", MAX("loyalty") AS "_max.loyalty", MIN("tier") AS "_min.tier", COUNT("mood") AS "_count.mood" FROM (SELECT "public"."accounts"."loyalty", "public"."accounts"."tier", "public"."accounts"."mood" FROM "public"."accounts" WHERE 1=1 OFFSET $1) AS "sub";
-- name: hunt_r6_prisma_group_by_having
-- params: ["0", "0"]
SELECT "public"."accounts"."tier", COUNT("public"."accounts"."id") AS "_count.id", SUM("public"."accounts"."loyalty") AS "_sum.loyalty" FROM "public"."accounts" WHERE 1=1 GROUP BY "public"."accounts"."tier" HAVING SUM("public"."accounts"."loyalty") >= $1 ORDER BY "public"."accounts"."tier" ASC NULLS FIRST OFFSET $2;
-- name: hunt_r6_prisma_group_by_enum_array
SELECT "public"."accounts"."mood", "public"."accounts"."labels", COUNT(*) AS "_count._all" FROM "public"."accounts" WHERE 1=1 GROUP BY "public"."accounts"."mood", "public"."accounts"."labels" ORDER BY "public"."accounts"."mood" ASC, "public"."accounts"."labels" ASC OFFSET 0;
-- name: hunt_r6_prisma_relation_in
-- params: ["1", "3", "4", "0"]
SELECT "public"."bills"."id", "public"."bills"."paid", "public"."bills"."due", "public"."bills"."account_id" FROM "public"."bills" WHERE "public"."bills"."account_id" IN ($1,$2,$3) OFFSET $4;
-- name: hunt_r6_prisma_relation_filter_some
-- params: ["true", "0"]
SELECT "public"."accounts"."id", "public"."accounts"."tier" FROM "public"."accounts" WHERE ("public"."accounts"."id") IN (SELECT "t1"."account_id" FROM "public"."bills" AS "t1" WHERE ("t1"."paid" = $1 AND "t1"."account_id" IS NOT NULL)) ORDER BY "public"."accounts"."id" ASC OFFSET $2;
-- name: hunt_r6_prisma_relation_filter_none
SELECT "public"."accounts"."id" FROM "public"."accounts" WHERE ("public"."accounts"."id") NOT IN (SELECT "t1"."account_id" FROM "public"."bills" AS "t1" WHERE ("t1"."due" < '2024-12-31'::date AND "t1"."account_id" IS NOT NULL)) ORDER BY "public"."accounts"."id" ASC OFFSET 0;
-- name: hunt_r6_prisma_relation_join_lateral
SELECT "t1"."id", "t1"."loyalty", "Account_bills"."__prisma_data__" AS "bills" FROM "public"."accounts" AS "t1" LEFT JOIN LATERAL (SELECT COALESCE(JSONB_AGG("__prisma_data__"), '[]') AS "__prisma_data__" FROM (SELECT "t4"."__prisma_data__" FROM (SELECT JSONB_BUILD_OBJECT('id', "t3"."id", 'paid', "t3"."paid", 'due', "t3"."due") AS "__prisma_data__", "t3"."id" FROM (SELECT "t2".* FROM "public"."bills" AS "t2" WHERE "t1"."id" = "t2"."account_id") AS "t3" ORDER BY "t3"."id" ASC) AS "t4") AS "t5") AS "Account_bills" ON true ORDER BY "t1"."id" ASC;
-- name: hunt_r6_prisma_relation_join_to_one
SELECT "t1"."id", "t1"."paid", "Bill_account"."__prisma_data__" AS "account" FROM "public"."bills" AS "t1" LEFT JOIN LATERAL (SELECT JSONB_BUILD_OBJECT('id', "t2"."id", 'loyalty', "t2"."loyalty", 'mood', "t2"."mood", 'labels', "t2"."labels") AS "__prisma_data__" FROM "public"."accounts" AS "t2" WHERE "t1"."account_id" = "t2"."id" LIMIT 1) AS "Bill_account" ON true ORDER BY "t1"."id";
-- name: hunt_r6_prisma_relation_count
SELECT "t1"."id", COALESCE("aggr_selection_0_Bill"."_aggr_count_bills", 0) AS "_aggr_count_bills" FROM "public"."accounts" AS "t1" LEFT JOIN (SELECT "public"."bills"."account_id", COUNT(*) AS "_aggr_count_bills" FROM "public"."bills" WHERE "public"."bills"."paid" = false GROUP BY "public"."bills"."account_id") AS "aggr_selection_0_Bill" ON ("t1"."id" = "aggr_selection_0_Bill"."account_id") WHERE "t1"."loyalty" IS NOT NULL ORDER BY "t1"."id";
-- name: hunt_r6_prisma_distinct_in_memory_order
SELECT "public"."accounts"."id", "public"."accounts"."tier", "public"."accounts"."mood" FROM "public"."accounts" WHERE 1=1 ORDER BY "public"."accounts"."mood" DESC, "public"."accounts"."tier" DESC NULLS LAST, "public"."accounts"."id" OFFSET 0;
-- name: hunt_r6_prisma_has_some_array
-- params: ["{vip,new}"]
SELECT "public"."accounts"."id" FROM "public"."accounts" WHERE "public"."accounts"."labels" && $1 ORDER BY "public"."accounts"."id";
-- name: hunt_r6_prisma_has_array_element
-- params: ["early"]
SELECT "public"."accounts"."id" FROM "public"."accounts" WHERE "public"."accounts"."labels" @> ARRAY[$1]::text[] ORDER BY "public"."accounts"."id";
-- name: hunt_r6_prisma_is_empty_array
SELECT "public"."accounts"."id" FROM "public"."accounts" WHERE COALESCE(array_length("public"."accounts"."labels", 1), 0) = 0 ORDER BY 1;
-- name: hunt_r6_prisma_insensitive_contains
-- params: ["%GOL%"]
SELECT "public"."accounts"."id" FROM "public"."accounts" WHERE "public"."accounts"."tier"::text ILIKE $1 ORDER BY 1;
-- name: hunt_r6_prisma_enum_in_cast
-- params: ["sad", "grumpy"]
SELECT "public"."accounts"."id" FROM "public"."accounts" WHERE "public"."accounts"."mood" IN (CAST($1::text AS "public"."mood"), CAST($2::text AS "public"."mood")) ORDER BY 1;
-- name: hunt_r6_prisma_users_quoted
SELECT "public"."Users"."Id", "public"."Users"."Full Name", "public"."Users"."Nick" FROM "public"."Users" WHERE "public"."Users"."Nick" IS NOT NULL ORDER BY "public"."Users"."Id" ASC;
-- name: hunt_r6_prisma_composite_key_in
SELECT "public"."line_items"."order_id", "public"."line_items"."line", "public"."line_items"."discount" FROM "public"."line_items" WHERE ("public"."line_items"."order_id", "public"."line_items"."line") IN ((1, 2), (2, 1), (3, 1)) ORDER BY 1, 2;
-- name: hunt_r6_drizzle_relational_json_agg
select "accounts"."id", "accounts"."loyalty", "accounts_bills"."data" as "bills" from "accounts" left join lateral (select coalesce(json_agg(json_build_array("accounts_bills"."id", "accounts_bills"."paid", "accounts_bills"."due") order by "accounts_bills"."id"), '[]'::json) as "data" from "bills" "accounts_bills" where "accounts_bills"."account_id" = "accounts"."id") "accounts_bills" on true order by "accounts"."id";
-- name: hunt_r6_drizzle_relational_one
select "bills"."id", "bills"."due", "bills_account"."data" as "account" from "bills" left join lateral (select json_build_array("bills_account"."id", "bills_account"."loyalty", "bills_account"."tier") as "data" from (select * from "accounts" "bills_account" where "bills_account"."id" = "bills"."account_id" limit 1) "bills_account") "bills_account" on true order by "bills"."id";
-- name: hunt_r6_drizzle_select_params
-- params: ["1"]
select "id", "loyalty", "tier" from "accounts" where "accounts"."loyalty" > $1 order by "accounts"."loyalty" desc;
-- name: hunt_r6_drizzle_count_sql
-- params: ["gold"]
select count(*) from "accounts" where "accounts"."tier" = $1;
-- name: hunt_r6_drizzle_left_join_partial
select "accounts"."id", "accounts"."mood", "bills"."paid" from "accounts" left join "bills" on "accounts"."id" = "bills"."account_id" where ("accounts"."loyalty" is not null and "bills"."paid" = false) order by "accounts"."id", "bills"."id";
-- name: hunt_r6_drizzle_nested_lateral_two_levels
select "accounts"."id", "accounts_bills"."data" as "bills" from "accounts" left join lateral (select coalesce(json_agg(json_build_array("accounts_bills"."paid", "accounts_bills_account"."data") order by "accounts_bills"."id"), '[]'::json) as "data" from "bills" "accounts_bills" left join lateral (select json_build_array("accounts_bills_account"."loyalty", "accounts_bills_account"."labels") as "data" from (select * from "accounts" "accounts_bills_account" where "accounts_bills_account"."id" = "accounts_bills"."account_id" limit 1) "accounts_bills_account") "accounts_bills_account" on true where "accounts_bills"."account_id" = "accounts"."id") "accounts_bills" on true order by "accounts"."id";
-- name: hunt_r6_drizzle_inarray
-- params: ["1", "2", "4"]
select "id", "loyalty" from "accounts" where "accounts"."id" in ($1, $2, $3) order by "accounts"."id";
-- name: hunt_r6_drizzle_between_and_not_null
select "id" from "accounts" where ("accounts"."loyalty" between 1 and 10 and "accounts"."mood" is not null) order by "id";
-- name: hunt_r6_typeorm_find_alias
-- params: ["0"]
SELECT "Account"."id" AS "Account_id", "Account"."name" AS "Account_name", "Account"."loyalty" AS "Account_loyalty", "Account"."tier" AS "Account_tier", "Account"."mood" AS "Account_mood", "Account"."labels" AS "Account_labels" FROM "accounts" "Account" WHERE (("Account"."loyalty" > $1)) ORDER BY "Account"."id" ASC;
-- name: hunt_r6_typeorm_relations_join
SELECT "Account"."id" AS "Account_id", "Account"."loyalty" AS "Account_loyalty", "Account__Account_bills"."id" AS "Account__Account_bills_id", "Account__Account_bills"."paid" AS "Account__Account_bills_paid", "Account__Account_bills"."due" AS "Account__Account_bills_due" FROM "accounts" "Account" LEFT JOIN "bills" "Account__Account_bills" ON "Account__Account_bills"."account_id"="Account"."id" WHERE "Account"."id" IN (1, 3, 4) ORDER BY "Account"."loyalty" DESC NULLS LAST, "Account__Account_bills"."id";
-- name: hunt_r6_typeorm_distinct_pagination_ids
SELECT DISTINCT "distinctAlias"."Account_id" AS "ids_Account_id", "distinctAlias"."Account_tier", "distinctAlias"."Account_id" FROM (SELECT "Account"."id" AS "Account_id", "Account"."tier" AS "Account_tier", "Account__Account_bills"."paid" AS "Account__Account_bills_paid" FROM "accounts" "Account" LEFT JOIN "bills" "Account__Account_bills" ON "Account__Account_bills"."account_id"="Account"."id" WHERE "Account__Account_bills"."paid" = false) "distinctAlias" ORDER BY "distinctAlias"."Account_tier" ASC NULLS LAST, "distinctAlias"."Account_id" ASC, "Account_id" ASC LIMIT 3;
-- name: hunt_r6_typeorm_count_distinct
SELECT COUNT(DISTINCT("Account"."id")) AS "cnt" FROM "accounts" "Account" LEFT JOIN "bills" "Account__Account_bills" ON "Account__Account_bills"."account_id"="Account"."id" WHERE "Account"."tier" IS NOT NULL OR "Account__Account_bills"."paid" = true;
-- name: hunt_r6_typeorm_query_builder_raw_many
SELECT "a"."tier" AS "tier", SUM("a"."loyalty") AS "total", COUNT("a"."id") AS "n" FROM "accounts" "a" GROUP BY "a"."tier" ORDER BY "total" DESC NULLS LAST, "tier";
-- name: hunt_r6_typeorm_where_in_ids_order_shadow
SELECT "Account"."id" AS "Account_id", "Account"."mood" AS "Account_mood" FROM "accounts" "Account" WHERE "Account"."id" IN (2, 3, 4) ORDER BY "Account"."mood" ASC, "Account"."id" ASC;
-- name: hunt_r6_typeorm_add_select_subquery
SELECT "Account"."id" AS "Account_id", (SELECT COUNT("b"."id") AS "cnt" FROM "bills" "b" WHERE "b"."account_id" = "Account"."id" AND "b"."paid" = false) AS "unpaid" FROM "accounts" "Account" ORDER BY "Account"."id";
-- name: hunt_r6_typeorm_exists_subquery
SELECT 1 AS "row_exists" FROM (SELECT 1 AS dummy_column) "dummy_table" WHERE EXISTS (SELECT 1 FROM "accounts" "Account" WHERE "Account"."tier" = 'gold') LIMIT 1;
-- name: hunt_r6_sequelize_find_all
SELECT "id", "name", "loyalty", "tier" FROM "accounts" AS "Account" WHERE "Account"."loyalty" > 1 ORDER BY "Account"."id";
-- name: hunt_r6_sequelize_include_limit_subquery
SELECT "Account".*, "bills"."id" AS "bills.id", "bills"."paid" AS "bills.paid", "bills"."due" AS "bills.due" FROM (SELECT "Account"."id", "Account"."loyalty", "Account"."tier" FROM "accounts" AS "Account" WHERE "Account"."loyalty" IS NOT NULL ORDER BY "Account"."id" LIMIT 3) AS "Account" LEFT OUTER JOIN "bills" AS "bills" ON "Account"."id" = "bills"."account_id" ORDER BY "Account"."id", "bills"."id";
-- name: hunt_r6_sequelize_required_include_limit
SELECT "Account".* FROM (SELECT "Account"."id", "Account"."mood" FROM "accounts" AS "Account" WHERE ( SELECT "account_id" FROM "bills" AS "bills" WHERE ("bills"."account_id" = "Account"."id" AND "bills"."paid" = false) LIMIT 1 ) IS NOT NULL ORDER BY "Account"."id" LIMIT 4) AS "Account" ORDER BY "Account"."id";
-- name: hunt_r6_sequelize_count_distinct_include
SELECT count(DISTINCT("Account"."id")) AS "count" FROM "accounts" AS "Account" LEFT OUTER JOIN "bills" AS "bills" ON "Account"."id" = "bills"."account_id" WHERE "bills"."due" > '2024-07-01';
-- name: hunt_r6_sequelize_group_fn
SELECT "tier", COUNT("id") AS "n", MAX("loyalty") AS "best" FROM "accounts" AS "Account" GROUP BY "tier" ORDER BY "tier";
-- name: hunt_r6_sequelize_nested_include_alias
SELECT "Bill"."id", "Bill"."paid", "account"."id" AS "account.id", "account"."loyalty" AS "account.loyalty", "account"."labels" AS "account.labels" FROM "bills" AS "Bill" LEFT OUTER JOIN "accounts" AS "account" ON "Bill"."account_id" = "account"."id" ORDER BY "Bill"."id";
-- name: hunt_r6_sequelize_op_in_and_or
SELECT "id" FROM "accounts" AS "Account" WHERE ("Account"."tier" IN ('gold', 'bronze') OR "Account"."loyalty" IS NULL) ORDER BY "id";
-- name: hunt_r6_sequelize_literal_order
SELECT "id", "loyalty" FROM "accounts" AS "Account" ORDER BY "Account"."loyalty" DESC NULLS LAST, "Account"."id" ASC LIMIT 5 OFFSET 1;
-- name: hunt_r6_sequelize_user_quoted_model
SELECT "Id", "Full Name", "Nick" FROM "Users" AS "User" WHERE "User"."Nick" = 'anon' OR "User"."Nick" IS NULL ORDER BY "User"."Id";
-- name: hunt_r6_activerecord_where_limit
-- params: ["1", "3"]
SELECT "accounts".* FROM "accounts" WHERE "accounts"."loyalty" > $1 ORDER BY "accounts"."id" ASC LIMIT $2;
-- name: hunt_r6_activerecord_count_one_limit
-- params: ["3"]
SELECT COUNT(*) FROM (SELECT 1 AS one FROM "accounts" WHERE "accounts"."tier" IS NOT NULL LIMIT $1) subquery_for_count;
-- name: hunt_r6_activerecord_exists_one
-- params: ["sad", "1"]
SELECT 1 AS one FROM "accounts" WHERE "accounts"."mood" = $1 LIMIT $2;
-- name: hunt_r6_activerecord_group_count_all
SELECT COUNT(*) AS "count_all", "accounts"."mood" AS "accounts_mood" FROM "accounts" GROUP BY "accounts"."mood";
-- name: hunt_r6_activerecord_group_sum_having
SELECT SUM("accounts"."loyalty") AS "sum_loyalty", "accounts"."tier" AS "accounts_tier" FROM "accounts" GROUP BY "accounts"."tier" HAVING (SUM(loyalty) > 1);
-- name: hunt_r6_activerecord_pluck
SELECT "accounts"."loyalty", "accounts"."labels" FROM "accounts" WHERE "accounts"."id" IN (1, 2, 3);
-- name: hunt_r6_activerecord_distinct_count
SELECT COUNT(DISTINCT "accounts"."tier") FROM "accounts";
-- name: hunt_r6_activerecord_minimum_maximum
SELECT MIN("accounts"."loyalty"), MAX("accounts"."due") FROM "accounts" CROSS JOIN "bills";
-- name: hunt_r6_activerecord_eager_load_t0
SELECT "accounts"."id" AS t0_r0, "accounts"."name" AS t0_r1, "accounts"."loyalty" AS t0_r2, "accounts"."tier" AS t0_r3, "bills"."id" AS t1_r0, "bills"."paid" AS t1_r1, "bills"."due" AS t1_r2 FROM "accounts" LEFT OUTER JOIN "bills" ON "bills"."account_id" = "accounts"."id" WHERE "accounts"."loyalty" IS NOT NULL ORDER BY t0_r0, t1_r0;
-- name: hunt_r6_activerecord_in_order_of
SELECT "accounts".* FROM "accounts" WHERE "accounts"."tier" IN ('gold', 'silver', 'bronze') ORDER BY CASE "accounts"."tier" WHEN 'silver' THEN 1 WHEN 'gold' THEN 2 WHEN 'bronze' THEN 3 END ASC;
-- name: hunt_r6_activerecord_joins_where_shadow
-- params: ["true"]
SELECT DISTINCT "accounts".* FROM "accounts" INNER JOIN "bills" ON "bills"."account_id" = "accounts"."id" WHERE "bills"."paid" = $1 ORDER BY "accounts"."id";
-- name: hunt_r6_activerecord_where_subquery_ids
SELECT "bills".* FROM "bills" WHERE "bills"."account_id" IN (SELECT "accounts"."id" FROM "accounts" WHERE "accounts"."loyalty" >= 5) ORDER BY "bills"."id";
-- name: hunt_r6_activerecord_composite_cursor
-- params: ["7", "4"]
SELECT "accounts"."id", "accounts"."loyalty" FROM "accounts" WHERE ("accounts"."loyalty", "accounts"."id") < ($1, $2) ORDER BY "accounts"."loyalty" DESC, "accounts"."id" DESC LIMIT 10;
-- name: hunt_r6_activerecord_find_each_batches
-- params: ["0", "3"]
SELECT "accounts".* FROM "accounts" WHERE "accounts"."id" > $1 ORDER BY "accounts"."id" ASC LIMIT $2;
-- name: hunt_r6_activerecord_arel_sql_fragment
SELECT "accounts".* FROM "accounts" WHERE (loyalty > 1 AND tier IS NOT NULL) ORDER BY id;
-- name: hunt_r6_activerecord_calculate_average
SELECT AVG("accounts"."loyalty") FROM "accounts" WHERE "accounts"."mood" <> 'grumpy';
-- name: hunt_r6_ecto_select
-- params: ["1"]
SELECT a0."id", a0."loyalty", a0."tier" FROM "accounts" AS a0 WHERE (a0."loyalty" > $1) ORDER BY a0."id";
-- name: hunt_r6_ecto_any_array
-- params: ["{1,3,4}"]
SELECT a0."id", a0."mood" FROM "accounts" AS a0 WHERE (a0."id" = ANY($1)) ORDER BY a0."id";
-- name: hunt_r6_ecto_preload
-- params: ["{1,3,4}"]
SELECT b0."id", b0."paid", b0."due", b0."account_id", b0."account_id" FROM "bills" AS b0 WHERE (b0."account_id" = ANY($1)) ORDER BY b0."account_id", b0."id";
-- name: hunt_r6_ecto_subquery_s0
SELECT s0."tier", s0."total" FROM (SELECT sa0."tier" AS "tier", sum(sa0."loyalty") AS "total" FROM "accounts" AS sa0 GROUP BY sa0."tier") AS s0 WHERE (s0."total" > 0) ORDER BY s0."tier";
-- name: hunt_r6_ecto_exists
-- params: ["gold"]
SELECT TRUE FROM "accounts" AS a0 WHERE (a0."tier" = $1) LIMIT 1;
-- name: hunt_r6_ecto_count_distinct
SELECT count(DISTINCT a0."tier") FROM "accounts" AS a0;
-- name: hunt_r6_ecto_coalesce_param
-- params: ["-1"]
SELECT a0."id", coalesce(a0."loyalty", $1::bigint) FROM "accounts" AS a0 ORDER BY a0."id";
-- name: hunt_r6_ecto_join_assoc
SELECT a0."id", b1."due" FROM "accounts" AS a0 INNER JOIN "bills" AS b1 ON b1."account_id" = a0."id" WHERE (b1."paid" = FALSE) AND (a0."mood" = 'happy') ORDER BY b1."id";
-- name: hunt_r6_ecto_fragment_contains
-- params: ["{vip}"]
SELECT a0."id" FROM "accounts" AS a0 WHERE (a0."labels" @> $1::text[]) ORDER BY a0."id";
-- name: hunt_r6_ecto_cte
WITH "ranked" AS (SELECT sa0."id" AS "id", rank() OVER (ORDER BY sa0."loyalty" DESC NULLS LAST) AS "rank" FROM "accounts" AS sa0) SELECT a0."id", r1."rank" FROM "accounts" AS a0 INNER JOIN "ranked" AS r1 ON r1."id" = a0."id" ORDER BY r1."rank", a0."id";
-- name: hunt_r6_ecto_window_named
SELECT a0."id", sum(a0."loyalty") OVER "w" FROM "accounts" AS a0 WINDOW "w" AS (PARTITION BY a0."mood" ORDER BY a0."id") ORDER BY a0."id";
-- name: hunt_r6_ecto_union
SELECT a0."id", a0."tier" FROM "accounts" AS a0 WHERE (a0."loyalty" > 5) UNION (SELECT a0."id", a0."tier" FROM "accounts" AS a0 WHERE (a0."mood" = 'sad')) ORDER BY 1;
-- name: hunt_r6_ecto_type_cast
-- params: ["2024-07-01"]
SELECT b0."id" FROM "bills" AS b0 WHERE (b0."due" > $1::date) ORDER BY b0."id";
-- name: hunt_r6_gorm_first
-- params: ["1", "1"]
SELECT * FROM "accounts" WHERE "accounts"."loyalty" > $1 ORDER BY "accounts"."id" LIMIT $2;
-- name: hunt_r6_gorm_count_where
-- params: ["gold"]
SELECT count(*) FROM "accounts" WHERE tier = $1;
-- name: hunt_r6_gorm_preload
-- params: ["1", "3", "4"]
SELECT * FROM "bills" WHERE "bills"."account_id" IN ($1,$2,$3);
-- name: hunt_r6_gorm_joins_struct
SELECT "bills"."id","bills"."paid","Account"."id" AS "Account__id","Account"."loyalty" AS "Account__loyalty","Account"."mood" AS "Account__mood" FROM "bills" LEFT JOIN "accounts" "Account" ON "bills"."account_id" = "Account"."id" ORDER BY "bills"."id";
-- name: hunt_r6_gorm_pluck
SELECT "loyalty" FROM "accounts" WHERE loyalty IS NOT NULL;
-- name: hunt_r6_gorm_scan_group
SELECT tier, sum(loyalty) as total FROM "accounts" GROUP BY "tier" HAVING sum(loyalty) > 0;
-- name: hunt_r6_gorm_find_in_batches
SELECT * FROM "accounts" WHERE mood <> 'grumpy' ORDER BY "accounts"."id" LIMIT 3;
-- name: hunt_r6_gorm_named_arg_struct
-- params: ["gold", "3"]
SELECT * FROM "accounts" WHERE tier = $1 OR loyalty = $2 ORDER BY id;
-- name: hunt_r6_knex_select_star_where
-- params: ["1"]
select "accounts".* from "accounts" where "loyalty" > $1 order by "id" asc;
-- name: hunt_r6_knex_count_as
select count("id") as "count" from "accounts" where "tier" is not null;
-- name: hunt_r6_knex_sum_group_order_alias
select "tier", sum("loyalty") as "total" from "accounts" group by "tier" order by "total" desc nulls last, "tier" nulls first;
-- name: hunt_r6_knex_first
-- params: ["sad", "1"]
select "id", "mood" from "accounts" where "mood" = $1 limit $2;
-- name: hunt_r6_knex_where_in_tuple
select * from "accounts" where ("loyalty", "tier") in ((10, 'gold'), (3, null)) order by "id";
-- name: hunt_r6_knex_distinct_on
select distinct on ("mood") "mood", "id" from "accounts" order by "mood" asc, "id" desc;
-- name: hunt_r6_knex_ilike
-- params: ["%r%"]
select "id" from "accounts" where "tier" ilike $1 order by "id";
-- name: hunt_r6_knex_left_join_alias
select "a"."id", "b"."paid" as "bill_paid" from "accounts" as "a" left join "bills" as "b" on "b"."account_id" = "a"."id" where "a"."loyalty" is null order by "a"."id", "b"."id";
-- name: hunt_r6_knex_json_column_pluck
select "id", "labels"[1] as "first_label" from "accounts" order by "id";
-- name: hunt_r6_django_exists_filter
SELECT "accounts"."id", "accounts"."loyalty" FROM "accounts" WHERE EXISTS(SELECT 1 AS "a" FROM "bills" U1 WHERE (U1."account_id" = ("accounts"."id") AND NOT U1."paid") LIMIT 1) ORDER BY "accounts"."id" ASC;
-- name: hunt_r6_django_exists_queryset
SELECT 1 AS "a" FROM "accounts" WHERE "accounts"."tier" = 'gold' LIMIT 1;
-- name: hunt_r6_django_subquery_outerref
SELECT "accounts"."id", (SELECT U0."due" FROM "bills" U0 WHERE U0."account_id" = ("accounts"."id") ORDER BY U0."due" DESC LIMIT 1) AS "last_due" FROM "accounts" ORDER BY "accounts"."id" ASC;
-- name: hunt_r6_django_subquery_outerref_shadow_filter
SELECT "bills"."id", (SELECT U0."tier" FROM "accounts" U0 WHERE (U0."id" = ("bills"."account_id") AND U0."loyalty" IS NOT NULL) LIMIT 1) AS "tier" FROM "bills" ORDER BY "bills"."id" ASC;
-- name: hunt_r6_django_coalesce_annotation
SELECT "accounts"."id", COALESCE("accounts"."loyalty", 0) AS "l" FROM "accounts" ORDER BY "l" DESC, "accounts"."id" ASC;
-- name: hunt_r6_django_aggregate_over_annotation
SELECT SUM("l") FROM (SELECT COALESCE("accounts"."loyalty", 0) AS "l" FROM "accounts") subquery;
-- name: hunt_r6_django_count_distinct_values
SELECT COUNT(*) FROM (SELECT DISTINCT "accounts"."tier" AS "col1" FROM "accounts") subquery;
-- name: hunt_r6_django_values_annotate_group_by_ordinal
SELECT "accounts"."mood" AS "mood", COUNT("accounts"."id") AS "n" FROM "accounts" GROUP BY 1 ORDER BY 1 ASC;
-- name: hunt_r6_django_values_annotate_group_by_two
SELECT "accounts"."tier", "accounts"."mood", SUM("accounts"."loyalty") AS "total" FROM "accounts" GROUP BY 1, 2 ORDER BY 3 DESC NULLS LAST, 1 ASC NULLS FIRST, 2;
-- name: hunt_r6_django_window_rank
SELECT "accounts"."id", RANK() OVER (PARTITION BY "accounts"."mood" ORDER BY "accounts"."loyalty" DESC) AS "rank" FROM "accounts" ORDER BY "accounts"."id" ASC;
-- name: hunt_r6_django_window_running_sum
SELECT "accounts"."id", SUM("accounts"."loyalty") OVER (ORDER BY "accounts"."id" ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS "running" FROM "accounts" ORDER BY "accounts"."id";
-- name: hunt_r6_django_case_when_annotation
SELECT "accounts"."id", CASE WHEN "accounts"."loyalty" > 5 THEN 'high' WHEN "accounts"."loyalty" IS NULL THEN 'none' ELSE 'low' END AS "band" FROM "accounts" ORDER BY "band", "accounts"."id";
-- name: hunt_r6_django_f_compare
SELECT "accounts"."id" FROM "accounts" WHERE "accounts"."loyalty" > ("accounts"."id") ORDER BY "accounts"."id" ASC;
-- name: hunt_r6_django_in_subquery_u0
SELECT "bills"."id" FROM "bills" WHERE "bills"."account_id" IN (SELECT U0."id" FROM "accounts" U0 WHERE U0."loyalty" > 1) ORDER BY "bills"."id" ASC;
-- name: hunt_r6_django_jsonobject
SELECT "accounts"."id", JSONB_BUILD_OBJECT('l', "accounts"."loyalty", 't', "accounts"."tier", 'm', "accounts"."mood", 'labels', "accounts"."labels") AS "obj" FROM "accounts" ORDER BY "accounts"."id";
-- name: hunt_r6_django_arrayagg_ordered
SELECT "accounts"."mood", ARRAY_AGG("accounts"."tier" ORDER BY "accounts"."loyalty" DESC NULLS LAST, "accounts"."id") AS "tiers" FROM "accounts" GROUP BY "accounts"."mood" ORDER BY 1;
-- name: hunt_r6_django_stringagg
SELECT STRING_AGG("accounts"."tier", ',' ORDER BY "accounts"."id") AS "tiers" FROM "accounts";
-- name: hunt_r6_django_exists_annotation
SELECT "accounts"."id", EXISTS(SELECT 1 AS "a" FROM "bills" U0 WHERE (U0."account_id" = ("accounts"."id") AND U0."paid") LIMIT 1) AS "has_paid" FROM "accounts" ORDER BY "accounts"."id";
-- name: hunt_r6_django_nulls_last
SELECT "accounts"."id" FROM "accounts" ORDER BY "accounts"."tier" DESC NULLS LAST, "accounts"."id" ASC;
-- name: hunt_r6_django_trunc_month
SELECT DATE_TRUNC('month', "bills"."due") AS "m", COUNT("bills"."id") AS "n" FROM "bills" GROUP BY DATE_TRUNC('month', "bills"."due") ORDER BY 1;
-- name: hunt_r6_django_extract_year_filter
SELECT "bills"."id" FROM "bills" WHERE "bills"."due" BETWEEN '2024-01-01'::date AND '2024-12-31'::date ORDER BY "bills"."id";
-- name: hunt_r6_django_extract_year
SELECT EXTRACT(YEAR FROM "bills"."due") AS "y", COUNT(*) FROM "bills" GROUP BY 1 ORDER BY 1;
-- name: hunt_r6_django_array_contains
SELECT "accounts"."id" FROM "accounts" WHERE "accounts"."labels" @> ARRAY['vip']::text[] ORDER BY 1;
-- name: hunt_r6_django_array_len
SELECT "accounts"."id", CASE WHEN "accounts"."labels" IS NULL THEN NULL ELSE coalesce(array_length("accounts"."labels", 1), 0) END AS "n" FROM "accounts" ORDER BY 1;
-- name: hunt_r6_django_icontains
SELECT "accounts"."id" FROM "accounts" WHERE UPPER("accounts"."tier"::text) LIKE UPPER('%OL%') ORDER BY 1;
-- name: hunt_r6_django_iexact_enum
SELECT "accounts"."id" FROM "accounts" WHERE UPPER("accounts"."mood"::text) = UPPER('SAD') ORDER BY 1;
-- name: hunt_r6_django_select_related
SELECT "bills"."id", "bills"."paid", "bills"."due", "accounts"."id", "accounts"."loyalty", "accounts"."tier" FROM "bills" LEFT OUTER JOIN "accounts" ON ("bills"."account_id" = "accounts"."id") ORDER BY "bills"."id" ASC;
-- name: hunt_r6_django_prefetch_window_qualify
SELECT * FROM (SELECT "bills"."id" AS "col1", "bills"."account_id" AS "col2", "bills"."due" AS "col3", ROW_NUMBER() OVER (PARTITION BY "bills"."account_id" ORDER BY "bills"."due" DESC, "bills"."id") AS "qual0" FROM "bills" WHERE "bills"."account_id" IN (1, 3)) "qualify" WHERE "qual0" <= 1 ORDER BY "col1";
-- name: hunt_r6_django_distinct_on_fields
SELECT DISTINCT ON ("accounts"."mood") "accounts"."id", "accounts"."mood", "accounts"."loyalty" FROM "accounts" ORDER BY "accounts"."mood" ASC, "accounts"."loyalty" DESC NULLS LAST;
-- name: hunt_r6_django_greatest_least_nullif
SELECT "accounts"."id", GREATEST("accounts"."loyalty", 5) AS "g", LEAST("accounts"."loyalty", 5) AS "l", NULLIF("accounts"."tier", 'gold') AS "n" FROM "accounts" ORDER BY 1;
-- name: hunt_r6_django_cast_varchar
SELECT "accounts"."id", ("accounts"."loyalty")::varchar AS "s" FROM "accounts" ORDER BY 1;
-- name: hunt_r6_django_concat_coalesce
SELECT "accounts"."id", COALESCE("accounts"."name", '') || COALESCE("accounts"."tier", '') AS "c" FROM "accounts" ORDER BY 1;
-- name: hunt_r6_django_concat_function
SELECT "accounts"."id", CONCAT(("accounts"."name")::text, (CONCAT((':')::text, ("accounts"."tier")::text))::text) AS "c" FROM "accounts" ORDER BY 1;
-- name: hunt_r6_django_count_over_filter
SELECT COUNT("accounts"."id") FILTER (WHERE "accounts"."loyalty" > 1) AS "high", COUNT("accounts"."id") FILTER (WHERE "accounts"."tier" IS NULL) AS "untiered" FROM "accounts";
-- name: hunt_r6_django_annotate_subquery_count_group
SELECT "accounts"."id", "accounts"."tier", COUNT("bills"."id") AS "n" FROM "accounts" LEFT OUTER JOIN "bills" ON ("accounts"."id" = "bills"."account_id") GROUP BY "accounts"."id" ORDER BY "accounts"."id";
-- name: hunt_r6_django_annotate_group_by_pk_with_shadow_order
SELECT "accounts"."id", "accounts"."loyalty", SUM("bills"."amount") AS "spent" FROM "accounts" LEFT OUTER JOIN "bills" ON ("accounts"."id" = "bills"."account_id") GROUP BY "accounts"."id" ORDER BY "accounts"."loyalty" DESC NULLS LAST, "accounts"."id";
-- name: hunt_r6_django_having_shadow_aggregate
SELECT "bills"."account_id", COUNT(*) FILTER (WHERE "bills"."paid") AS "paid_n" FROM "bills" GROUP BY "bills"."account_id" HAVING COUNT(*) FILTER (WHERE NOT "bills"."paid") > 0 ORDER BY 1 NULLS FIRST;
-- name: hunt_r6_django_union_values
(SELECT "accounts"."tier" AS "col1" FROM "accounts" WHERE "accounts"."loyalty" > 5) UNION (SELECT "accounts"."tier" AS "col1" FROM "accounts" WHERE "accounts"."mood" = 'sad') ORDER BY 1;
-- name: hunt_r6_sqlalchemy_in_expanding
-- params: ["1", "4", "7"]
SELECT accounts.id, accounts.loyalty, accounts.tier FROM accounts WHERE accounts.id IN ($1::INTEGER, $2::INTEGER, $3::INTEGER) ORDER BY accounts.id;
-- name: hunt_r6_sqlalchemy_anon_group_subquery
-- params: ["0"]
SELECT anon_1.tier, anon_1.total FROM (SELECT accounts.tier AS tier, sum(accounts.loyalty) AS total FROM accounts GROUP BY accounts.tier) AS anon_1 WHERE anon_1.total > $1::INTEGER ORDER BY anon_1.tier;
-- name: hunt_r6_sqlalchemy_offset_fetch
-- params: ["2", "3"]
SELECT accounts.id, accounts.loyalty FROM accounts ORDER BY accounts.loyalty DESC NULLS LAST, accounts.id OFFSET $1::INTEGER ROWS FETCH FIRST $2::INTEGER ROWS ONLY;
-- name: hunt_r6_sqlalchemy_fetch_with_ties
SELECT accounts.id, accounts.loyalty FROM accounts ORDER BY accounts.loyalty DESC NULLS LAST FETCH FIRST 2 ROWS WITH TIES;
-- name: hunt_r6_sqlalchemy_select_from_join
SELECT accounts.tier, bills.paid FROM accounts JOIN bills ON accounts.id = bills.account_id ORDER BY bills.id;
-- name: hunt_r6_sqlalchemy_aliased
SELECT accounts_1.id, accounts_1.loyalty, accounts_2.id AS id_1 FROM accounts AS accounts_1 JOIN accounts AS accounts_2 ON accounts_1.loyalty = accounts_2.loyalty AND accounts_1.id < accounts_2.id ORDER BY 1, 3;
-- name: hunt_r6_sqlalchemy_tuple_in
SELECT accounts.id FROM accounts WHERE (accounts.loyalty, accounts.id) IN ((10, 1), (7, 4), (0, 3)) ORDER BY accounts.id;
-- name: hunt_r6_sqlalchemy_coalesce_sum
SELECT coalesce(sum(accounts.loyalty), 0) AS coalesce_1 FROM accounts WHERE accounts.tier = 'nobody';
-- name: hunt_r6_sqlalchemy_selectinload
-- params: ["1", "3"]
SELECT bills.account_id AS bills_account_id, bills.id AS bills_id, bills.paid AS bills_paid, bills.due AS bills_due FROM bills WHERE bills.account_id IN ($1::INTEGER, $2::INTEGER) ORDER BY bills.id;
-- name: hunt_r6_sqlalchemy_exists_select
SELECT EXISTS (SELECT 1 FROM accounts WHERE accounts.mood = 'grumpy') AS anon_1;
-- name: hunt_r6_sqlalchemy_scalar_subquery
SELECT accounts.id, (SELECT max(bills.due) AS max_1 FROM bills WHERE bills.account_id = accounts.id) AS anon_1 FROM accounts ORDER BY accounts.id;
-- name: hunt_r6_sqlalchemy_case_else
SELECT accounts.id, CASE WHEN (accounts.loyalty > 5) THEN 'hi' WHEN (accounts.mood = 'sad') THEN 'sad' ELSE 'lo' END AS anon_1 FROM accounts ORDER BY accounts.id;
-- name: hunt_r6_sqlalchemy_over_partition
SELECT accounts.id, row_number() OVER (PARTITION BY accounts.tier IS NULL ORDER BY accounts.loyalty DESC NULLS LAST, accounts.id) AS anon_1 FROM accounts ORDER BY accounts.id;
-- name: hunt_r6_sqlalchemy_union_all_subquery
SELECT anon_1.id, anon_1.tier FROM (SELECT accounts.id AS id, accounts.tier AS tier FROM accounts WHERE accounts.loyalty > 5 UNION ALL SELECT accounts.id AS id, accounts.tier AS tier FROM accounts WHERE accounts.mood = 'sad') AS anon_1 ORDER BY anon_1.id;
-- name: hunt_r6_sqlalchemy_aggregate_order_by
SELECT array_agg(accounts.tier ORDER BY accounts.loyalty NULLS FIRST, accounts.id) AS array_agg_1 FROM accounts;
-- name: hunt_r6_sqlalchemy_distinct_on
SELECT DISTINCT ON (accounts.tier) accounts.tier, accounts.id FROM accounts ORDER BY accounts.tier, accounts.id DESC;
-- name: hunt_r6_sqlalchemy_lateral
SELECT accounts.id, anon_1.due FROM accounts JOIN LATERAL (SELECT bills.due AS due FROM bills WHERE bills.account_id = accounts.id ORDER BY bills.due DESC LIMIT 1) AS anon_1 ON true ORDER BY accounts.id;
-- name: hunt_r6_sqlalchemy_cte_recursive
WITH RECURSIVE anon_1(n, l) AS (SELECT 1, (SELECT accounts.loyalty FROM accounts WHERE accounts.id = 1) UNION ALL SELECT anon_1.n + 1, anon_1.l + 1 FROM anon_1 WHERE anon_1.n < 3) SELECT anon_1.n, anon_1.l FROM anon_1 ORDER BY anon_1.n;
-- name: hunt_r6_sqlalchemy_for_update_of
SELECT accounts.id, accounts.loyalty FROM accounts WHERE accounts.id = 1 FOR UPDATE OF accounts;
-- name: hunt_r6_sqlalchemy_any_param_array
-- params: ["{gold,silver}"]
SELECT accounts.id FROM accounts WHERE accounts.tier = ANY ($1::VARCHAR[]) ORDER BY accounts.id;
-- name: hunt_r6_sqlalchemy_count_from_subquery_orm
SELECT count(*) AS count_1 FROM (SELECT accounts.id AS accounts_id, accounts.name AS accounts_name, accounts.loyalty AS accounts_loyalty, accounts.mood AS accounts_mood FROM accounts WHERE accounts.mood != 'happy') AS anon_1;
-- name: hunt_r6_sqlalchemy_joinedload_limit
SELECT anon_1.accounts_id, anon_1.accounts_mood, bills_1.id AS bills_1_id, bills_1.due AS bills_1_due FROM (SELECT accounts.id AS accounts_id, accounts.mood AS accounts_mood FROM accounts ORDER BY accounts.mood DESC, accounts.id LIMIT 3) AS anon_1 LEFT OUTER JOIN bills AS bills_1 ON anon_1.accounts_id = bills_1.account_id ORDER BY anon_1.accounts_mood DESC, anon_1.accounts_id, bills_1.id;
-- name: hunt_r6_sqlalchemy_sales_schema
SELECT sales.accounts.id, sales.accounts.score, public.accounts.loyalty FROM sales.accounts LEFT OUTER JOIN public.accounts ON public.accounts.id = sales.accounts.id ORDER BY sales.accounts.id;
-- name: hunt_r6_jooq_offset_fetch_next
-- params: ["0", "0", "4"]
select "public"."accounts"."id", "public"."accounts"."loyalty" from "public"."accounts" where "public"."accounts"."loyalty" >= cast($1 as int) order by "public"."accounts"."id" asc offset $2 rows fetch next $3 rows only;
-- name: hunt_r6_jooq_multiset_correlated
select "public"."accounts"."id", (select coalesce(jsonb_agg(jsonb_build_array("v0", "v1")), jsonb_build_array()) from (select "public"."bills"."id" as "v0", "public"."bills"."paid" as "v1" from "public"."bills" where "public"."bills"."account_id" = "public"."accounts"."id" order by "public"."bills"."id") as "t") as "bills" from "public"."accounts" order by 1;
-- name: hunt_r6_jooq_multiset_of_accounts
select "public"."bills"."id", (select coalesce(jsonb_agg(jsonb_build_array("v0", "v1", "v2")), jsonb_build_array()) from (select "public"."accounts"."loyalty" as "v0", "public"."accounts"."mood" as "v1", "public"."accounts"."labels" as "v2" from "public"."accounts" where "public"."accounts"."id" = "public"."bills"."account_id") as "t") as "account" from "public"."bills" order by 1;
-- name: hunt_r6_jooq_row_compare
-- params: ["7", "4"]
select "public"."accounts"."id" from "public"."accounts" where ("public"."accounts"."loyalty", "public"."accounts"."id") > (cast($1 as int), cast($2 as int)) order by 1;
-- name: hunt_r6_jooq_count_over
select "public"."accounts"."id", count(*) over () as "total" from "public"."accounts" where "public"."accounts"."tier" is not null order by "public"."accounts"."id" offset 1 rows fetch next 2 rows only;
-- name: hunt_r6_jooq_fetch_exists
select exists (select 1 as "one" from "public"."accounts" where "public"."accounts"."labels" @> cast('{vip}' as varchar[]));
-- name: hunt_r6_jooq_alias_numbered
select "alias_42"."id", "alias_42"."tier" from "public"."accounts" as "alias_42" where "alias_42"."mood" = cast('sad' as "public"."mood") order by "alias_42"."id";
-- name: hunt_r6_jooq_derived_table_column_aliases
select "t"."a", "t"."b" from (select "public"."accounts"."id", "public"."accounts"."loyalty" from "public"."accounts") as "t" ("a", "b") order by "t"."b" desc nulls last, "t"."a";
-- name: hunt_r6_jooq_sales_qualified
select "sales"."accounts"."id", "sales"."accounts"."score" from "sales"."accounts" order by "sales"."accounts"."score" desc, 1;
-- name: hunt_r6_jooq_both_accounts_qualified
select "public"."accounts"."id", "public"."accounts"."tier", "sales"."accounts"."score" from "public"."accounts" join "sales"."accounts" on "sales"."accounts"."id" = "public"."accounts"."id" order by 1;
-- name: hunt_r6_jooq_users_qualified
select "public"."Users"."Id", "public"."Users"."Nick" from "public"."Users" where "public"."Users"."Nick" <> 'anon' order by 1;
-- name: hunt_r6_hibernate_like_escape_empty
-- params: ["%o%"]
select a1_0.id,a1_0.loyalty from accounts a1_0 where a1_0.loyalty is not null and a1_0.name like $1 escape '' order by a1_0.id;
-- name: hunt_r6_hibernate_tier_like_escape
-- params: ["g%"]
select a1_0.id from accounts a1_0 where a1_0.tier like $1 escape '\' order by 1;
-- name: hunt_r6_hibernate_count
select count(a1_0.id) from accounts a1_0 where a1_0.mood<>'happy';
-- name: hunt_r6_hibernate_any_array
-- params: ["{1,2,5}"]
select a1_0.id,a1_0.loyalty from accounts a1_0 where a1_0.id = any ($1) order by a1_0.id;
-- name: hunt_r6_hibernate_join_fetch_all
select a1_0.id,b1_0.account_id,b1_0.id,b1_0.amount,b1_0.due,b1_0.note,b1_0.paid,a1_0.email,a1_0.labels,a1_0.loyalty,a1_0.mood,a1_0.name,a1_0.tier from accounts a1_0 left join bills b1_0 on a1_0.id=b1_0.account_id order by a1_0.id,b1_0.id;
-- name: hunt_r6_hibernate_subquery_max
select a1_0.id,(select max(b2_0.due) from bills b2_0 where b2_0.account_id=a1_0.id) from accounts a1_0 order by 1;
-- name: hunt_r6_hibernate_extract
select extract(year from b1_0.due),extract(month from b1_0.due) from bills b1_0 order by b1_0.id;
-- name: hunt_r6_hibernate_tuple_cursor
-- params: ["3", "5"]
select a1_0.id,a1_0.loyalty from accounts a1_0 where (a1_0.loyalty,a1_0.id)>($1,$2) order by a1_0.loyalty,a1_0.id fetch first 5 rows only;
-- name: hunt_r6_hibernate_cast_varchar
select cast(a1_0.loyalty as varchar),cast(a1_0.mood as varchar) from accounts a1_0 order by a1_0.id;
-- name: hunt_r6_hibernate_string_agg
select string_agg(a1_0.tier,',' order by a1_0.tier) from accounts a1_0;
-- name: hunt_r6_hibernate_case_coalesce
select a1_0.id,coalesce(a1_0.loyalty,0),case a1_0.mood when 'sad' then 1 when 'grumpy' then 2 else 0 end from accounts a1_0 order by 1;
-- name: hunt_r6_hibernate_in_subquery_join
select b1_0.id from bills b1_0 join accounts a1_0 on a1_0.id=b1_0.account_id where a1_0.id in (select a2_0.id from accounts a2_0 where a2_0.loyalty>=3) order by 1;
-- name: hunt_r6_hibernate_group_having
select a1_0.mood,count(*),avg(a1_0.loyalty) from accounts a1_0 group by a1_0.mood having count(*)>1 order by 1;
-- name: hunt_r6_hibernate_array_contains_function
-- params: ["vip"]
select a1_0.id from accounts a1_0 where array_position(a1_0.labels,$1) is not null order by 1;
-- name: hunt_r6_hibernate_users_quoted
select u1_0."Id",u1_0."Nick" from "Users" u1_0 order by u1_0."Id";
-- name: hunt_r6_hibernate_offset_fetch
-- params: ["1", "2"]
select a1_0.id,a1_0.tier from accounts a1_0 order by a1_0.tier nulls first,a1_0.id offset $1 rows fetch first $2 rows only;
-- name: hunt_r6_sqlc_any_int_array
-- params: ["{1,2,3}"]
SELECT id, loyalty, tier FROM accounts WHERE id = ANY($1::int[]) ORDER BY id;
-- name: hunt_r6_sqlc_unnest_join
-- params: ["{4,1,3}"]
SELECT a.id, a.loyalty FROM accounts a JOIN unnest($1::int[]) AS u(id) ON u.id = a.id ORDER BY a.loyalty DESC NULLS LAST, a.id;
-- name: hunt_r6_sqlc_unnest_ordinality_using
-- params: ["{4,1,3}"]
SELECT a.id, a.tier, u.ord FROM unnest($1::int[]) WITH ORDINALITY AS u(id, ord) JOIN accounts a USING (id) ORDER BY u.ord;
-- name: hunt_r6_sqlc_unnest_ordinality_using_unqualified
-- params: ["{4,1,3}"]
SELECT id, tier, loyalty, ord FROM unnest($1::int[]) WITH ORDINALITY AS u(id, ord) JOIN accounts USING (id) ORDER BY ord;
-- name: hunt_r6_sqlc_shadow_any
-- params: ["{10,7}"]
SELECT id FROM accounts WHERE loyalty = ANY($1::int[]) ORDER BY id;
-- name: hunt_r6_sqlc_narg_null
-- params: [null]
SELECT id FROM accounts WHERE ($1::int IS NULL OR loyalty = $1) ORDER BY id;
-- name: hunt_r6_sqlc_narg_value
-- params: ["10"]
SELECT id FROM accounts WHERE ($1::int IS NULL OR loyalty = $1) ORDER BY id;
-- name: hunt_r6_sqlc_coalesce_narg
-- params: [null]
SELECT id, tier FROM accounts WHERE tier = COALESCE($1, tier) ORDER BY id;
-- name: hunt_r6_sqlc_embed
SELECT accounts.id, accounts.name, accounts.email, accounts.created_on, accounts.loyalty, accounts.tier, accounts.mood, accounts.labels, bills.id, bills.paid FROM accounts JOIN bills ON bills.account_id = accounts.id ORDER BY bills.id;
-- name: hunt_r6_sqlc_unnest_two_arrays
-- params: ["{1,3}", "{10,0}"]
SELECT a.id, a.loyalty IS NOT DISTINCT FROM u.want AS same FROM accounts a JOIN unnest($1::int[], $2::int[]) AS u(id, want) ON u.id = a.id ORDER BY a.id;
-- name: hunt_r6_pgx_enum_array_param
-- params: ["{sad,grumpy}"]
SELECT id FROM accounts WHERE mood = ANY($1::mood[]) ORDER BY id;
-- name: hunt_r6_pgx_text_array_overlap
-- params: ["{early}"]
SELECT id, labels FROM accounts WHERE labels && $1::text[] ORDER BY id;
-- name: hunt_r6_other_database_column
-- expect: 0A000
SELECT otherdb.public.accounts.loyalty FROM accounts;
-- name: hunt_r6_other_database_star
-- expect: 0A000
SELECT otherdb.public.accounts.* FROM public.accounts;
-- name: hunt_r6_other_database_in_order_by
-- expect: 0A000
SELECT id FROM accounts ORDER BY otherdb.public.accounts.loyalty;
-- name: hunt_r6_other_database_quoted_jooq
-- expect: 0A000
select "otherdb"."public"."accounts"."id", "otherdb"."public"."accounts"."tier" from "public"."accounts";
-- name: hunt_r6_too_many_dotted_names
-- expect: 42601
SELECT x.y.public.accounts.loyalty FROM accounts;
-- name: hunt_r6_too_many_dotted_names_star
-- expect: 42601
SELECT x.y.public.accounts.* FROM accounts;
-- name: hunt_r6_other_database_in_write_returning
-- expect: 0A000
UPDATE accounts SET loyalty = 1 WHERE id = 1 RETURNING otherdb.public.accounts.loyalty;
-- name: hunt_r6_schema_as_database_field_of_composite
-- expect: 0A000
SELECT public.gadgets.pt.label FROM gadgets;
-- name: hunt_r6_json_to_jsonb_minus_key
SELECT to_jsonb(a) - 'email' - 'created_on' FROM accounts a ORDER BY a.id;
-- name: hunt_r6_json_row_to_json_field
SELECT row_to_json(a)::jsonb ->> 'loyalty', row_to_json(a) -> 'labels' FROM accounts a ORDER BY a.id;
-- name: hunt_r6_json_agg_whole_row_ordered
SELECT json_agg(a ORDER BY a.loyalty DESC NULLS LAST, a.id) FROM accounts a;
-- name: hunt_r6_jsonb_agg_whole_row_filter
SELECT jsonb_agg(a ORDER BY a.id) FILTER (WHERE a.tier IS NOT NULL) FROM accounts a;
-- name: hunt_r6_json_agg_whole_row_grouped
SELECT a.mood, json_agg(a ORDER BY a.id) FROM accounts a GROUP BY a.mood ORDER BY a.mood;
-- name: hunt_r6_jsonb_object_keys_order
SELECT k FROM accounts a, jsonb_object_keys(to_jsonb(a)) AS k WHERE a.id = 1 ORDER BY k;
-- name: hunt_r6_json_each_text_row
SELECT e.key, e.value FROM accounts a, json_each_text(row_to_json(a)) e WHERE a.id = 3;
-- name: hunt_r6_jsonb_to_record_from_row
SELECT r.loyalty, r.tier FROM accounts a, jsonb_to_record(to_jsonb(a)) AS r(loyalty int, tier text) ORDER BY a.id;
-- name: hunt_r6_jsonb_populate_record_other_type
SELECT (jsonb_populate_record(NULL::tags, jsonb_build_object('id', a.id, 'label', a.tier, 'loyalty', a.loyalty))).* FROM accounts a ORDER BY a.id;
-- name: hunt_r6_json_build_object_nested_agg
SELECT json_build_object('mood', a.mood, 'accounts', json_agg(json_build_object('id', a.id, 'loyalty', a.loyalty) ORDER BY a.id)) FROM accounts a GROUP BY a.mood ORDER BY a.mood;
-- name: hunt_r6_jsonb_build_object_row_subselect
SELECT a.id, (SELECT jsonb_build_object('bills', coalesce(jsonb_agg(b ORDER BY b.id), '[]')) FROM bills b WHERE b.account_id = a.id) FROM accounts a ORDER BY a.id;
-- name: hunt_r6_row_to_json_subquery_row
SELECT row_to_json(s) FROM (SELECT a.id, a.loyalty, a.labels FROM accounts a) s ORDER BY s.id;
-- name: hunt_r6_row_to_json_pretty
SELECT row_to_json(b, true) FROM bills b WHERE b.id IN (1, 4) ORDER BY b.id;
-- name: hunt_r6_to_json_array_agg_rows
SELECT to_json(array_agg(b ORDER BY b.id)) FROM bills b WHERE b.paid;
-- name: hunt_r6_array_agg_shadow_ordered
SELECT array_agg(a.loyalty ORDER BY a.id), array_agg(DISTINCT a.mood), array_agg(a.labels ORDER BY a.id) FROM accounts a WHERE a.id <= 4;
-- name: hunt_r6_record_compare_row_ctor
SELECT a.id FROM accounts a WHERE ROW(a.loyalty, a.tier) IS NOT DISTINCT FROM ROW(10, 'gold'::text);
-- name: hunt_r6_record_compare_less
SELECT a.id FROM accounts a WHERE (a.mood, a.id) < ('sad', 5) ORDER BY a.id;
-- name: hunt_r6_record_compare_in_list
SELECT b.id FROM bills b WHERE (b.paid, b.due) IN ((true, '2025-01-15'::date), (false, '2024-06-01'::date)) ORDER BY b.id;
-- name: hunt_r6_whole_row_equality_self_join
SELECT a.id FROM accounts a JOIN accounts a2 ON a = a2 ORDER BY a.id;
-- name: hunt_r6_whole_row_is_null
SELECT a.id, a IS NULL, a IS NOT NULL FROM accounts a ORDER BY a.id;
-- name: hunt_r6_whole_row_text
SELECT a::text FROM accounts a ORDER BY a.id;
-- name: hunt_r6_whole_row_distinct_count
SELECT count(DISTINCT a) FROM accounts a;
-- name: hunt_r6_hstore_like_json_strip_nulls
SELECT json_strip_nulls(row_to_json(a)) FROM accounts a ORDER BY a.id;
-- name: hunt_r6_jsonb_path_over_row
SELECT a.id FROM accounts a WHERE jsonb_path_exists(to_jsonb(a), '$.labels[*] ? (@ == "vip")') ORDER BY 1;
-- name: hunt_r6_jsonb_contains_over_row
SELECT a.id FROM accounts a WHERE to_jsonb(a) @> '{"tier": "gold"}' ORDER BY 1;
-- name: hunt_r6_json_populate_recordset_other_type
SELECT * FROM json_populate_recordset(NULL::tags, (SELECT json_agg(json_build_object('id', a.id, 'loyalty', a.loyalty)) FROM accounts a WHERE a.id < 4)) ORDER BY id;
-- name: hunt_r6_keyset_row_comparison_shadow_desc
SELECT a.id, a.loyalty FROM accounts a WHERE (coalesce(a.loyalty, -1), a.id) < (10, 1) ORDER BY coalesce(a.loyalty, -1) DESC, a.id DESC LIMIT 3;
-- name: hunt_r6_keyset_expanded_or
-- params: ["7", "4"]
SELECT a.id, a.loyalty FROM accounts a WHERE a.loyalty < $1 OR (a.loyalty = $1 AND a.id > $2) ORDER BY a.loyalty DESC, a.id LIMIT 5;
-- name: hunt_r6_keyset_date_row
SELECT b.id, b.due FROM bills b WHERE (b.due, b.id) > ('2024-06-01'::date, 6) ORDER BY b.due, b.id;
-- name: hunt_r6_count_over_pagination
SELECT a.id, a.tier, count(*) OVER () AS full_count FROM accounts a WHERE a.loyalty IS NOT NULL ORDER BY a.loyalty DESC, a.id LIMIT 2 OFFSET 1;
-- name: hunt_r6_count_over_partition_shadow
SELECT a.id, count(*) OVER (PARTITION BY a.mood) FROM accounts a ORDER BY a.id;
-- name: hunt_r6_nested_coalesce_nullif
SELECT a.id, coalesce(nullif(a.tier, ''), nullif(a.mood::text, 'happy'), 'none') FROM accounts a ORDER BY a.id;
-- name: hunt_r6_nullif_shadow_arith
SELECT a.id, 100 / nullif(a.loyalty, 0) FROM accounts a ORDER BY a.id;
-- name: hunt_r6_case_in_order_by
SELECT a.id FROM accounts a ORDER BY CASE WHEN a.tier IS NULL THEN 1 ELSE 0 END, CASE a.mood WHEN 'grumpy' THEN 0 ELSE 1 END, a.id;
-- name: hunt_r6_order_by_nulls_last_shadow_expr
SELECT a.id FROM accounts a ORDER BY a.loyalty * 2 DESC NULLS LAST, a.id;
-- name: hunt_r6_order_by_nulls_first_asc_enum
SELECT a.id, a.mood FROM accounts a ORDER BY a.mood ASC NULLS FIRST, a.id DESC;
-- name: hunt_r6_group_by_alias_shadow
SELECT a.tier AS t, count(*) FROM accounts a GROUP BY t ORDER BY t NULLS FIRST;
-- name: hunt_r6_group_by_ordinal_expr
SELECT coalesce(a.loyalty, 0) > 5 AS high, count(*) FROM accounts a GROUP BY 1 ORDER BY 1;
-- name: hunt_r6_group_by_ordinal_order_by_2
SELECT a.mood, sum(a.loyalty) FROM accounts a GROUP BY 1 ORDER BY 2 DESC NULLS LAST, 1;
-- name: hunt_r6_group_by_alias_same_as_shadow_name
SELECT coalesce(a.loyalty, 0) AS loyalty, count(*) FROM accounts a GROUP BY loyalty ORDER BY 1, 2;
-- name: hunt_r6_group_by_output_name_shadows_input
SELECT a.tier AS mood, count(*) FROM accounts a GROUP BY mood ORDER BY 2, 1;
-- name: hunt_r6_order_by_output_name_shadows_input
SELECT a.id AS loyalty, a.loyalty AS id FROM accounts a ORDER BY loyalty;
-- name: hunt_r6_group_by_rollup_shadow
SELECT a.mood, a.tier IS NULL AS untiered, count(*) FROM accounts a GROUP BY ROLLUP (a.mood, 2) ORDER BY 1 NULLS LAST, 2 NULLS LAST;
-- name: hunt_r6_group_by_cube_shadow
SELECT b.paid, extract(year FROM b.due) AS y, count(*) FROM bills b GROUP BY CUBE (b.paid, y) ORDER BY 1 NULLS LAST, 2 NULLS LAST;
-- name: hunt_r6_grouping_function
SELECT a.mood, grouping(a.mood), sum(a.loyalty) FROM accounts a GROUP BY GROUPING SETS ((a.mood), ()) ORDER BY 2, 1;
-- name: hunt_r6_percentile_shadow
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY a.loyalty), mode() WITHIN GROUP (ORDER BY a.mood) FROM accounts a;
-- name: hunt_r6_bool_and_or_shadow
SELECT bool_and(b.paid), bool_or(b.paid), every(b.due > '2024-01-01') FROM bills b;
-- name: hunt_r6_window_lag_lead_shadow
SELECT a.id, lag(a.loyalty) OVER w, lead(a.tier, 1, 'end') OVER w, first_value(a.mood) OVER w FROM accounts a WINDOW w AS (ORDER BY a.id) ORDER BY a.id;
-- name: hunt_r6_window_ntile_partition_enum
SELECT a.id, ntile(2) OVER (PARTITION BY a.mood ORDER BY a.loyalty NULLS FIRST, a.id) FROM accounts a ORDER BY a.id;
-- name: hunt_r6_window_range_frame_shadow
SELECT a.id, sum(a.loyalty) OVER (ORDER BY a.loyalty RANGE BETWEEN 3 PRECEDING AND CURRENT ROW) FROM accounts a ORDER BY a.id;
-- name: hunt_r6_window_filter_agg
SELECT a.id, count(*) FILTER (WHERE a.tier IS NOT NULL) OVER (ORDER BY a.id) FROM accounts a ORDER BY a.id;
-- name: hunt_r6_lateral_json_agg_of_row
SELECT a.id, x.bills FROM accounts a LEFT JOIN LATERAL (SELECT json_agg(b ORDER BY b.id) AS bills FROM bills b WHERE b.account_id = a.id) x ON true ORDER BY a.id;
-- name: hunt_r6_lateral_row_to_json_of_row
SELECT b.id, x.acc FROM bills b LEFT JOIN LATERAL (SELECT row_to_json(a) AS acc FROM accounts a WHERE a.id = b.account_id) x ON true ORDER BY b.id;
-- name: hunt_r6_lateral_to_jsonb_subquery_alias
SELECT b.id, to_jsonb(x) FROM bills b CROSS JOIN LATERAL (SELECT a.loyalty, a.tier FROM accounts a WHERE a.id = b.account_id) x ORDER BY b.id;
-- name: hunt_r6_row_to_json_join_alias
SELECT row_to_json(j) FROM (accounts a JOIN bills b ON b.account_id = a.id) j WHERE j.paid ORDER BY 1::text;
-- name: hunt_r6_json_agg_join_alias_row
SELECT count(*) FROM (SELECT json_agg(j) AS x FROM (bills JOIN accounts ON accounts.id = bills.account_id) AS j) s;
-- name: hunt_r6_array_agg_whole_row_index_text
SELECT (array_agg(a ORDER BY a.id))[2]::text FROM accounts a;
-- name: hunt_r6_unnest_shadow_array_lateral
SELECT a.id, l FROM accounts a, unnest(a.labels) AS l ORDER BY a.id, l;
-- name: hunt_r6_unnest_shadow_array_ordinality
SELECT a.id, l.v, l.n FROM accounts a CROSS JOIN LATERAL unnest(a.labels) WITH ORDINALITY AS l(v, n) ORDER BY a.id, l.n;
-- name: hunt_r6_array_to_string_shadow
SELECT a.id, array_to_string(a.labels, '|', '*') FROM accounts a ORDER BY a.id;
-- name: hunt_r6_cardinality_shadow
SELECT a.id FROM accounts a WHERE cardinality(a.labels) > 1 ORDER BY a.id;
-- name: hunt_r6_whole_row_schema_qualified_json
SELECT row_to_json(public.accounts) FROM public.accounts ORDER BY public.accounts.id;
-- name: hunt_r6_whole_row_schema_qualified_unqualified_from
SELECT to_jsonb(public.accounts) ->> 'tier' FROM accounts ORDER BY id;
-- name: hunt_r6_whole_row_schema_qualified_two_schemas
SELECT public.accounts IS NULL, to_jsonb(sales.accounts) FROM public.accounts JOIN sales.accounts USING (id) ORDER BY 2::text;
-- name: hunt_r6_natural_join_tags
SELECT * FROM accounts NATURAL JOIN tags ORDER BY id;
-- name: hunt_r6_using_loyalty_tags
SELECT loyalty, a.id, t.id FROM accounts a JOIN tags t USING (loyalty) ORDER BY 2, 3;
-- name: hunt_r6_using_loyalty_tags_star
SELECT * FROM accounts a LEFT JOIN tags t USING (loyalty) ORDER BY a.id, t.id;
-- name: hunt_r6_group_by_pk_star
SELECT a.*, count(b.id) FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY a.id;
-- name: hunt_r6_hasura_nested_e
SELECT coalesce(json_agg("root" ORDER BY "root.pg.id" ASC NULLS LAST), '[]') AS "root" FROM (SELECT row_to_json((SELECT "_e" FROM (SELECT "_root.base"."id" AS "id", "_root.base"."loyalty" AS "loyalty", "_root.base"."labels" AS "labels") AS "_e")) AS "root", "_root.base"."id" AS "root.pg.id" FROM (SELECT * FROM "public"."accounts" WHERE ((("public"."accounts"."loyalty") > (('1')::integer)))) AS "_root.base") AS "_root";
-- name: hunt_r6_postgrest_computed_column
SELECT coalesce(json_agg(_postgrest_t), '[]')::character varying AS body FROM (SELECT "accounts"."id", "accounts"."loyalty", "public"."account_label"("accounts") AS "label" FROM "public"."accounts" WHERE "accounts"."tier" IS NOT NULL ORDER BY "accounts"."id") _postgrest_t;
-- name: hunt_r6_param_types_shadow
-- params: ["10", "gold", "sad", "{vip}", "2025-01-15"]
SELECT a.id FROM accounts a LEFT JOIN bills b ON b.account_id = a.id WHERE a.loyalty = $1 OR a.tier = $2 OR a.mood = $3 OR a.labels = $4 OR b.due = $5 ORDER BY 1;
-- name: hunt_r6_param_types_any_shadow
-- params: ["{10,7}"]
SELECT a.id FROM accounts a WHERE a.loyalty = ANY ($1) ORDER BY 1;
-- name: hunt_r6_param_types_coalesce_case
-- params: ["-1", "t"]
SELECT coalesce(a.loyalty, $1), CASE WHEN $2 THEN a.tier END FROM accounts a ORDER BY a.id;
-- name: hunt_r6_param_types_row_in
-- params: ["10", "gold"]
SELECT a.id FROM accounts a WHERE (a.loyalty, a.tier) = ($1, $2);
-- name: hunt_r6_param_types_arith
-- params: ["5"]
SELECT a.loyalty + $1 FROM accounts a ORDER BY a.id;
-- name: hunt_r6_values_join
SELECT v.id, a.tier FROM (VALUES (1, 10), (4, 7), (2, 0)) v(id, l) JOIN accounts a ON a.id = v.id AND a.loyalty IS NOT DISTINCT FROM v.l ORDER BY 1;
-- name: hunt_r6_outer_aggregate_in_subquery
SELECT (SELECT sum(a.loyalty)) FROM accounts a;
-- name: hunt_r6_having_fd_shadow
SELECT a.id, a.loyalty FROM accounts a GROUP BY a.id HAVING a.loyalty > 1 ORDER BY 1;
-- name: hunt_r6_group_by_two_pks_join
SELECT b.id, b.paid, a.tier FROM bills b JOIN accounts a ON a.id = b.account_id GROUP BY b.id, a.id ORDER BY b.id;
-- name: hunt_r6_distinct_star_order_shadow
SELECT DISTINCT a.* FROM accounts a ORDER BY a.loyalty NULLS FIRST, a.id;
-- name: hunt_r6_row_eq_subquery
SELECT a.id FROM accounts a WHERE (a.loyalty, a.tier) = (SELECT 10, 'gold');
-- name: hunt_r6_any_subquery_tags_loyalty
SELECT a.id FROM accounts a WHERE a.loyalty = ANY (SELECT t.loyalty FROM tags t) ORDER BY 1;
-- name: hunt_r6_bare_table_whole_row
SELECT accounts FROM accounts ORDER BY accounts.id;
-- name: hunt_r6_field_of_bare_table
SELECT (accounts).loyalty, (accounts).tier FROM accounts ORDER BY id;
-- name: hunt_r6_star_cast_text
SELECT (a.*)::text FROM accounts a ORDER BY a.id;
-- name: hunt_r6_star_is_null
SELECT a.id FROM accounts a WHERE a.* IS NOT NULL;
-- name: hunt_r6_collate_order_shadow
SELECT a.tier FROM accounts a ORDER BY a.tier COLLATE "C" NULLS FIRST;
-- name: hunt_r6_order_using_shadow
SELECT a.tier FROM accounts a ORDER BY a.tier USING > NULLS LAST;
-- name: hunt_r6_queue_skip_locked
SELECT b.id FROM bills b WHERE NOT b.paid ORDER BY b.due, b.id LIMIT 1 FOR UPDATE SKIP LOCKED;
-- name: hunt_r6_for_share_of_nowait
SELECT a.id, a.tier, b.paid FROM accounts a JOIN bills b ON b.account_id = a.id WHERE b.paid FOR SHARE OF a NOWAIT;
-- name: hunt_r6_cursor_fetch
BEGIN; DECLARE c CURSOR FOR SELECT a.id, a.loyalty FROM accounts a ORDER BY a.loyalty NULLS FIRST, a.id; FETCH 3 FROM c; FETCH NEXT FROM c; CLOSE c; COMMIT;
-- name: hunt_r6_group_by_ordinal_shadow_order_ordinal
SELECT tier, count(*) FROM accounts GROUP BY 1 ORDER BY 1 NULLS FIRST;
-- name: hunt_r6_exists_schema_qualified_correlated
SELECT public.accounts.id FROM public.accounts WHERE EXISTS (SELECT 1 FROM sales.accounts WHERE sales.accounts.id = public.accounts.id AND public.accounts.loyalty > 1) ORDER BY 1;
-- name: hunt_r6_schema_qualified_inner_same_table
SELECT public.accounts.id FROM public.accounts WHERE public.accounts.loyalty = (SELECT max(public.accounts.loyalty) FROM public.accounts);
-- name: hunt_r6_cte_materialized_star
WITH x AS MATERIALIZED (SELECT * FROM accounts) SELECT x.loyalty, x.labels FROM x ORDER BY x.id;
-- name: hunt_r6_lateral_column_alias
SELECT a.id, s.l FROM accounts a, LATERAL (SELECT a.loyalty) s(l) ORDER BY a.id;
-- name: hunt_r6_except_star
SELECT * FROM accounts EXCEPT SELECT * FROM accounts WHERE loyalty IS NULL ORDER BY 1;
-- name: hunt_r6_intersect_shadow
SELECT tier FROM accounts WHERE id < 5 INTERSECT SELECT tier FROM accounts WHERE loyalty IS NOT NULL ORDER BY 1;
-- name: hunt_r6_dotted_with_spaces
SELECT public . accounts . loyalty FROM public . accounts ORDER BY public . accounts . id;
-- name: hunt_r6_dotted_with_comments
SELECT public/* s */.accounts/* t */.tier FROM public.accounts ORDER BY 1 NULLS FIRST;
-- name: hunt_r6_dotted_with_newlines
SELECT "public"
  ."accounts"
  ."mood" FROM "public"."accounts" ORDER BY "public"
  ."accounts"."id";
-- name: hunt_r6_unicode_escape_qualified
SELECT U&"publ\0069c".U&"accounts".U&"\0074ier" FROM public.accounts ORDER BY 1 NULLS FIRST;
-- name: hunt_r6_upper_unquoted
SELECT PUBLIC.ACCOUNTS.LOYALTY FROM PUBLIC.ACCOUNTS ORDER BY PUBLIC.ACCOUNTS.ID;
-- name: hunt_r6_mixed_case_alias_unquoted_ref
SELECT Account.loyalty FROM accounts AS "Account";
-- name: hunt_r6_quoted_alias_with_dot
SELECT "a.b".loyalty FROM accounts AS "a.b" ORDER BY "a.b".id;
-- name: hunt_r6_alias_named_public
SELECT public.loyalty FROM accounts public ORDER BY public.id;
-- name: hunt_r6_alias_named_public_schema_ref
SELECT public.accounts.loyalty FROM accounts public;
-- name: hunt_r6_alias_accounts_for_bills
SELECT accounts.paid, a.loyalty FROM bills accounts JOIN accounts a ON a.id = accounts.account_id ORDER BY accounts.id;
-- name: hunt_r6_alias_accounts_for_bills_schema_ref
SELECT public.accounts.loyalty FROM bills accounts JOIN public.accounts a ON a.id = accounts.account_id;
-- name: hunt_r6_sales_accounts_alias_accounts
SELECT accounts.score, p.loyalty FROM sales.accounts accounts JOIN public.accounts p USING (id) ORDER BY 1;
-- name: hunt_r6_sales_then_public_unaliased_sub
SELECT sales.accounts.id, (SELECT accounts.loyalty FROM public.accounts WHERE public.accounts.id = sales.accounts.id) FROM sales.accounts ORDER BY 1;
-- name: hunt_r6_public_inner_refs_outer_sales
SELECT accounts.id, (SELECT sales.accounts.score FROM public.accounts p WHERE p.id = sales.accounts.id AND p.loyalty IS NOT NULL) FROM sales.accounts ORDER BY 1;
-- name: hunt_r6_schema_ref_from_subquery_to_outer_same_name
SELECT a.id FROM public.accounts a WHERE EXISTS (SELECT 1 FROM sales.accounts WHERE accounts.id = a.id AND accounts.score > 10) ORDER BY 1;
-- name: hunt_r6_search_path_sales_first
SET search_path = sales, public; SELECT accounts.id, accounts.score, public.accounts.tier FROM accounts JOIN public.accounts USING (id) ORDER BY 1; RESET search_path;
-- name: hunt_r6_xmlforest_shadow
SELECT xmlforest(a.id, a.loyalty, a.tier, a.mood) FROM accounts a ORDER BY a.id;
-- name: hunt_r6_xmlattributes_shadow
SELECT xmlelement(name account, xmlattributes(a.id, a.loyalty AS points), a.tier) FROM accounts a ORDER BY a.id;
-- name: hunt_r6_xmlagg_shadow
SELECT xmlagg(xmlelement(name t, a.tier) ORDER BY a.id) FROM accounts a;
-- name: hunt_r6_returning_xmlforest
UPDATE accounts SET name = name WHERE id = 1 RETURNING xmlforest(loyalty, tier);
-- name: hunt_r6_returning_xmlattributes
UPDATE accounts SET name = name WHERE id = 1 RETURNING xmlelement(name a, xmlattributes(accounts.loyalty, mood));
-- name: hunt_r6_delete_returning_xmlforest
DELETE FROM bills WHERE id = 4 RETURNING xmlforest(paid, due);
-- name: hunt_r6_insert_returning_xmlforest
INSERT INTO bills (id, account_id, amount) VALUES (100, 1, 1) RETURNING xmlforest(paid, due);
-- name: hunt_r6_table_to_xml_query
SELECT query_to_xml('SELECT 1', true, false, '');
-- name: hunt_r6_returning_json_build_object
UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 1 RETURNING json_build_object('l', loyalty);
-- name: hunt_r6_returning_row_to_json_target
UPDATE accounts SET loyalty = 2 WHERE id = 4 RETURNING row_to_json(accounts);
-- name: hunt_r6_returning_to_jsonb_alias
UPDATE accounts AS a SET tier = 'x' WHERE a.id = 2 RETURNING to_jsonb(a) - 'email';
-- name: hunt_r6_cursor_where_current_of_for_update
BEGIN; DECLARE c CURSOR FOR SELECT id, loyalty FROM accounts WHERE id >= 3 ORDER BY id FOR UPDATE; FETCH c; UPDATE accounts SET name = 'x' WHERE CURRENT OF c RETURNING id, loyalty; ROLLBACK;
-- name: hunt_r6_cursor_where_current_of_plain
BEGIN; DECLARE c CURSOR FOR SELECT id, tier FROM accounts WHERE tier IS NOT NULL; FETCH c; UPDATE accounts SET name = 'y' WHERE CURRENT OF c RETURNING id, tier; ROLLBACK;
-- name: hunt_r6_cursor_where_current_of_set_shadow
-- refused
BEGIN; DECLARE c CURSOR FOR SELECT id, loyalty FROM accounts ORDER BY id FOR UPDATE; FETCH 2 FROM c; UPDATE accounts SET loyalty = 99 WHERE CURRENT OF c; SELECT id, loyalty FROM accounts WHERE id <= 3 ORDER BY id; ROLLBACK;
-- name: hunt_r6_cursor_delete_current_of
-- refused
BEGIN; DECLARE c CURSOR FOR SELECT id, paid FROM bills WHERE paid FOR UPDATE; FETCH c; DELETE FROM bills WHERE CURRENT OF c RETURNING id, paid; ROLLBACK;
-- name: hunt_r6_cursor_scroll_backward
BEGIN; DECLARE c SCROLL CURSOR FOR SELECT id, mood FROM accounts ORDER BY mood, id; FETCH LAST FROM c; FETCH BACKWARD 2 FROM c; FETCH ABSOLUTE 1 FROM c; MOVE FORWARD 2 IN c; FETCH c; COMMIT;
-- name: hunt_r6_cursor_with_hold
DECLARE hc CURSOR WITH HOLD FOR SELECT id, labels FROM accounts ORDER BY id; FETCH 2 FROM hc; CLOSE hc;
-- name: hunt_r6_for_key_share_limit
SELECT a.id FROM accounts a WHERE a.loyalty IS NOT NULL ORDER BY a.id LIMIT 2 FOR KEY SHARE;
-- name: hunt_r6_for_update_of_both
SELECT a.id, b.id FROM accounts a JOIN bills b ON b.account_id = a.id WHERE b.paid OR a.tier = 'gold' ORDER BY b.id FOR UPDATE OF a, b;
-- name: hunt_r6_for_no_key_update_sub
SELECT s.id FROM (SELECT a.id, a.loyalty FROM accounts a WHERE a.loyalty > 1 FOR NO KEY UPDATE) s ORDER BY 1;
-- name: hunt_r6_doctrine_aliases
-- params: ["gold"]
SELECT a0_.id AS id_0, a0_.loyalty AS loyalty_1, a0_.tier AS tier_2 FROM accounts a0_ WHERE a0_.tier = $1;
-- name: hunt_r6_doctrine_distinct_pagination
SELECT DISTINCT id_0, loyalty_1 FROM (SELECT DISTINCT id_0, loyalty_1 FROM (SELECT a0_.id AS id_0, a0_.loyalty AS loyalty_1 FROM accounts a0_ LEFT JOIN bills b1_ ON a0_.id = b1_.account_id) dctrn_result_inner) dctrn_result ORDER BY loyalty_1 DESC NULLS LAST, id_0 LIMIT 3;
-- name: hunt_r6_doctrine_row_number_pagination
SELECT id_0, MIN(sclr_2) AS dctrn_minrownum FROM (SELECT a0_.id AS id_0, a0_.loyalty AS loyalty_1, ROW_NUMBER() OVER(ORDER BY a0_.loyalty DESC NULLS LAST, a0_.id ASC) AS sclr_2 FROM accounts a0_ LEFT JOIN bills b1_ ON a0_.id = b1_.account_id) dctrn_result GROUP BY id_0 ORDER BY dctrn_minrownum ASC LIMIT 3 OFFSET 1;
-- name: hunt_r6_doctrine_count_distinct
SELECT COUNT(DISTINCT a0_.id) AS sclr_0 FROM accounts a0_ INNER JOIN bills b1_ ON a0_.id = b1_.account_id WHERE b1_.paid = false AND a0_.mood <> 'grumpy';
-- name: hunt_r6_laravel_select_where
-- params: ["1"]
select * from "accounts" where "loyalty" > $1 order by "id" asc;
-- name: hunt_r6_laravel_count_aggregate
select count(*) as aggregate from "accounts" where "tier" is not null;
-- name: hunt_r6_laravel_exists
-- params: ["sad"]
select exists(select * from "accounts" where "mood" = $1) as "exists";
-- name: hunt_r6_laravel_with_count
-- params: ["false"]
select "accounts".*, (select count(*) from "bills" where "accounts"."id" = "bills"."account_id" and "paid" = $1) as "bills_count" from "accounts" order by "id";
-- name: hunt_r6_laravel_paginate_group_count
select count(*) as aggregate from (select "tier" from "accounts" group by "tier") as "aggregate_table";
-- name: hunt_r6_laravel_having_output_alias
-- expect: 42703
select "tier", sum("loyalty") as "total" from "accounts" group by "tier" having "total" > 1;
-- name: hunt_r6_laravel_chunk_by_id
-- params: ["2", "3"]
select * from "accounts" where "id" > $1 and "loyalty" is not null order by "id" asc limit $2;
-- name: hunt_r6_laravel_latest
select * from "bills" order by "due" desc, "id" desc limit 3;
-- name: hunt_r6_laravel_where_has
select * from "accounts" where exists (select * from "bills" where "accounts"."id" = "bills"."account_id" and "due" < '2024-12-31') order by "id";
-- name: hunt_r6_laravel_with_sum
select "accounts".*, (select sum("bills"."amount") from "bills" where "accounts"."id" = "bills"."account_id" and "bills"."paid" = false) as "bills_sum_amount" from "accounts" where "accounts"."loyalty" is not null order by "accounts"."id";
-- name: hunt_r6_efcore_params
-- params: ["1", "3", "1"]
SELECT a.id, a.loyalty, a.tier FROM accounts AS a WHERE a.loyalty > $1 ORDER BY a.id LIMIT $2 OFFSET $3;
-- name: hunt_r6_efcore_include_subquery_t
-- params: ["3"]
SELECT t.id, t.loyalty, b.id, b.paid FROM (SELECT a.id, a.loyalty FROM accounts AS a ORDER BY a.loyalty DESC NULLS LAST, a.id LIMIT $1) AS t LEFT JOIN bills AS b ON t.id = b.account_id ORDER BY t.loyalty DESC NULLS LAST, t.id, b.id;
-- name: hunt_r6_efcore_like_not_null
SELECT a.id FROM accounts AS a WHERE a.tier IS NOT NULL AND (a.tier LIKE 'g%') ORDER BY a.id;
-- name: hunt_r6_efcore_strpos
SELECT a.id FROM accounts AS a WHERE strpos(a.tier, 'ver') > 0 ORDER BY a.id;
-- name: hunt_r6_efcore_exists_any
SELECT a.id, EXISTS (SELECT 1 FROM bills AS b WHERE a.id = b.account_id AND b.paid) FROM accounts AS a ORDER BY a.id;
-- name: hunt_r6_efcore_group_key_count
SELECT a.tier AS "Key", count(*)::int AS "Count", COALESCE(sum(a.loyalty), 0)::int AS "Sum" FROM accounts AS a GROUP BY a.tier ORDER BY a.tier NULLS FIRST;
-- name: hunt_r6_efcore_first_per_group
SELECT t0.id, t0.due, t0.account_id FROM (SELECT b.id, b.due, b.account_id, ROW_NUMBER() OVER(PARTITION BY b.account_id ORDER BY b.due DESC, b.id) AS row FROM bills AS b) AS t0 WHERE t0.row <= 1 ORDER BY t0.account_id NULLS FIRST;
-- name: hunt_r6_efcore_enum_cast
SELECT a.id FROM accounts AS a WHERE a.mood = 'sad'::mood OR a.mood = 'grumpy'::mood ORDER BY a.id;
-- name: hunt_r6_efcore_array_cardinality_position
SELECT a.id, cardinality(a.labels), array_position(a.labels, 'vip') FROM accounts AS a ORDER BY a.id;
-- name: hunt_r6_efcore_date_part
SELECT b.id, date_part('day', b.due)::int FROM bills AS b ORDER BY b.id;
-- name: hunt_r6_diesel_any_limit
-- params: ["{10,3,7}", "10"]
SELECT "accounts"."id", "accounts"."loyalty" FROM "accounts" WHERE "accounts"."loyalty" = ANY($1) ORDER BY "accounts"."id" LIMIT $2;
-- name: hunt_r6_diesel_is_not_distinct_param
-- params: [null]
SELECT "accounts"."id" FROM "accounts" WHERE "accounts"."tier" IS NOT DISTINCT FROM $1 ORDER BY "accounts"."id";
-- name: hunt_r6_diesel_group_by
SELECT "accounts"."mood", COUNT("accounts"."id") FROM "accounts" GROUP BY "accounts"."mood" ORDER BY "accounts"."mood";
-- name: hunt_r6_diesel_belonging_to
-- params: ["1", "3"]
SELECT "bills"."id", "bills"."account_id", "bills"."amount", "bills"."note", "bills"."paid", "bills"."due" FROM "bills" WHERE "bills"."account_id" IN ($1, $2) ORDER BY "bills"."id";
-- name: hunt_r6_seaorm_enum_cast_text
SELECT "accounts"."id", CAST("accounts"."mood" AS text), "accounts"."labels" FROM "accounts" ORDER BY "accounts"."id" ASC;
-- name: hunt_r6_seaorm_enum_filter_cast
-- params: ["sad", "2"]
SELECT "accounts"."id", CAST("accounts"."mood" AS text) FROM "accounts" WHERE "accounts"."mood" = CAST($1 AS mood) LIMIT $2;
-- name: hunt_r6_ent_select_distinct
-- params: ["gold"]
SELECT DISTINCT "accounts"."id", "accounts"."loyalty", "accounts"."tier" FROM "accounts" WHERE "accounts"."tier" = $1;
-- name: hunt_r6_ent_count_distinct
SELECT COUNT(DISTINCT "accounts"."id") FROM "accounts" WHERE "accounts"."loyalty" > 0;
-- name: hunt_r6_ent_order_desc_limit
SELECT DISTINCT "accounts"."id", "accounts"."loyalty" FROM "accounts" ORDER BY "accounts"."loyalty" DESC NULLS LAST, "accounts"."id" LIMIT 4;
-- name: hunt_r6_bun_alias
SELECT "a"."id", "a"."loyalty" FROM "accounts" AS "a" WHERE ("a"."tier" = 'gold');
-- name: hunt_r6_bun_relation_join
SELECT "b"."id", "b"."paid", "account"."id" AS "account__id", "account"."loyalty" AS "account__loyalty", "account"."mood" AS "account__mood" FROM "bills" AS "b" LEFT JOIN "accounts" AS "account" ON ("account"."id" = "b"."account_id") ORDER BY "b"."id";
-- name: hunt_r6_bun_scan_and_count
SELECT "a"."id", "a"."tier", count(*) OVER () AS "__count" FROM "accounts" AS "a" WHERE ("a"."loyalty" IS NOT NULL) ORDER BY "a"."id" LIMIT 2;
-- name: hunt_r6_mikroorm_star_alias
select "a0".* from "accounts" as "a0" where "a0"."loyalty" > 1 order by "a0"."id";
-- name: hunt_r6_mikroorm_joined_populate
select "a0".*, "b1"."id" as "b1__id", "b1"."paid" as "b1__paid" from "accounts" as "a0" left join "bills" as "b1" on "a0"."id" = "b1"."account_id" where "a0"."mood" = 'happy' order by "a0"."id", "b1"."id";
-- name: hunt_r6_slick_x2
select x2."id", x2."loyalty" from "accounts" x2 where x2."tier" = 'gold';
-- name: hunt_r6_exposed_upper_unquoted
SELECT ACCOUNTS.ID, ACCOUNTS.LOYALTY, ACCOUNTS.TIER FROM ACCOUNTS WHERE ACCOUNTS.LOYALTY > 1 ORDER BY ACCOUNTS.ID;
-- name: hunt_r6_exposed_join_upper
SELECT ACCOUNTS.ID, BILLS.PAID, BILLS.DUE FROM ACCOUNTS INNER JOIN BILLS ON ACCOUNTS.ID = BILLS.ACCOUNT_ID ORDER BY BILLS.ID;
-- name: hunt_r6_peewee_t1
-- params: ["1"]
SELECT "t1"."id", "t1"."loyalty" FROM "accounts" AS "t1" WHERE ("t1"."loyalty" > $1) ORDER BY "t1"."id";
-- name: hunt_r6_peewee_wrapped_count
SELECT COUNT(1) FROM (SELECT 1 FROM "accounts" AS "t1" WHERE ("t1"."tier" IS NOT NULL) LIMIT 5) AS "_wrapped";
-- name: hunt_r6_peewee_prefetch_subquery
SELECT "t1"."id", "t1"."paid" FROM "bills" AS "t1" WHERE ("t1"."account_id" IN (SELECT "t2"."id" FROM "accounts" AS "t2" WHERE ("t2"."mood" = 'sad'))) ORDER BY "t1"."id";
-- name: hunt_r6_tortoise_limit_one
SELECT "id","loyalty","tier" FROM "accounts" WHERE "tier"='gold' LIMIT 1;
-- name: hunt_r6_kysely_json_array_from
select "accounts"."id", (select coalesce(json_agg(agg), '[]') from (select "bills"."id", "bills"."paid", "bills"."due" from "bills" where "bills"."account_id" = "accounts"."id" order by "bills"."id") as agg) as "bills" from "accounts" order by "accounts"."id";
-- name: hunt_r6_kysely_json_object_from
select "bills"."id", (select to_json(obj) from (select "accounts"."loyalty", "accounts"."mood" from "accounts" where "accounts"."id" = "bills"."account_id") as obj) as "account" from "bills" order by "bills"."id";
-- name: hunt_r6_kysely_ref_tuple
-- params: ["3", "5"]
select "accounts"."id" from "accounts" where ("accounts"."loyalty", "accounts"."id") > ($1, $2) order by "accounts"."loyalty", "accounts"."id";
-- name: hunt_r6_postgrest_row_to_json_star
SELECT "public"."bills"."id", row_to_json("bills_account_1".*)::jsonb AS "account" FROM "public"."bills" LEFT JOIN LATERAL (SELECT "accounts_1"."loyalty", "accounts_1"."tier" FROM "public"."accounts" AS "accounts_1" WHERE "accounts_1"."id" = "public"."bills"."account_id") AS "bills_account_1" ON TRUE ORDER BY "public"."bills"."id";
-- name: hunt_r6_row_to_json_of_table_star
SELECT row_to_json(a.*) FROM accounts a ORDER BY a.id;
-- name: hunt_r6_to_jsonb_of_table_star_unaliased
SELECT to_jsonb(accounts.*) - 'name' FROM accounts ORDER BY accounts.id;
-- name: hunt_r6_json_agg_of_table_star
SELECT json_agg(b.* ORDER BY b.id) FROM bills b WHERE b.paid;
-- name: hunt_r6_postgrest_embed_json_agg_star
SELECT "public"."accounts"."id", COALESCE("accounts_bills_1"."accounts_bills_1", '[]') AS "bills" FROM "public"."accounts" LEFT JOIN LATERAL (SELECT json_agg("accounts_bills_1")::jsonb AS "accounts_bills_1" FROM (SELECT "bills_1"."paid", "bills_1"."due" FROM "public"."bills" AS "bills_1" WHERE "bills_1"."account_id" = "public"."accounts"."id" ORDER BY "bills_1"."id") AS "accounts_bills_1") AS "accounts_bills_1" ON TRUE WHERE "public"."accounts"."loyalty" IS NOT NULL ORDER BY "public"."accounts"."id";
-- name: hunt_r6_postgrest_count_exact
WITH pgrst_source AS (SELECT "public"."accounts".* FROM "public"."accounts" WHERE "public"."accounts"."mood" = 'happy'::mood) SELECT (SELECT pg_catalog.count(*) FROM pgrst_source) AS total_result_set, pg_catalog.count(_postgrest_t) AS page_total, coalesce(json_agg(_postgrest_t), '[]') AS body FROM (SELECT * FROM pgrst_source ORDER BY id LIMIT 3) _postgrest_t;
-- name: hunt_r6_for_update_group_by
SELECT a.tier, count(*) FROM accounts a GROUP BY a.tier FOR UPDATE;
-- name: hunt_r6_for_update_aggregate
SELECT max(a.loyalty) FROM accounts a FOR UPDATE;
-- name: hunt_r6_for_update_distinct
SELECT DISTINCT a.mood FROM accounts a FOR SHARE;
-- name: hunt_r6_for_update_window
SELECT a.id, rank() OVER (ORDER BY a.loyalty) FROM accounts a FOR UPDATE;
-- name: hunt_r6_for_update_union
SELECT a.id FROM accounts a WHERE a.loyalty > 1 UNION SELECT 1 FOR UPDATE;
-- name: hunt_r6_for_update_nullable_side
SELECT b.id, a.tier FROM bills b LEFT JOIN accounts a ON a.id = b.account_id FOR UPDATE OF a;
-- name: hunt_r6_for_update_nullable_side_all
SELECT b.id, a.tier FROM bills b LEFT JOIN accounts a ON a.id = b.account_id ORDER BY b.id FOR UPDATE;
-- name: hunt_r6_for_update_of_missing
SELECT a.tier FROM accounts a FOR UPDATE OF b;
-- name: hunt_r6_for_update_of_table_name_when_aliased
SELECT a.tier FROM accounts a FOR UPDATE OF accounts;
-- name: hunt_r6_for_update_having
SELECT a.id FROM accounts a GROUP BY a.id HAVING a.loyalty > 1 FOR UPDATE;
-- name: hunt_r6_for_update_srf
SELECT a.id, unnest(a.labels) FROM accounts a ORDER BY 1, 2 FOR UPDATE;
-- name: hunt_r6_for_update_subquery_outer
SELECT s.id FROM (SELECT a.id, a.tier FROM accounts a) s ORDER BY 1 FOR UPDATE;
-- name: hunt_r6_for_update_subquery_group_outer
SELECT s.tier FROM (SELECT a.tier FROM accounts a GROUP BY a.tier) s FOR UPDATE;
-- name: hunt_r6_for_update_cte_ref
WITH c AS (SELECT a.id, a.loyalty FROM accounts a) SELECT c.id FROM c ORDER BY 1 FOR UPDATE OF c;
-- name: hunt_r6_for_update_values
SELECT a.id, v.x FROM accounts a, (VALUES (1)) v(x) WHERE a.loyalty > 5 FOR UPDATE;
-- name: hunt_r6_for_update_function_in_from
SELECT a.id, f.l FROM accounts a, unnest(a.labels) f(l) ORDER BY 1, 2 FOR UPDATE;
-- name: hunt_r6_for_update_limit_skip_locked_shadow_order
SELECT a.id FROM accounts a ORDER BY a.loyalty DESC NULLS LAST, a.id LIMIT 2 FOR UPDATE SKIP LOCKED;
-- name: hunt_r6_for_update_in_exists
SELECT b.id FROM bills b WHERE EXISTS (SELECT 1 FROM accounts a WHERE a.id = b.account_id AND a.loyalty > 1 FOR UPDATE) ORDER BY 1;
-- name: hunt_r6_for_update_returning_set_op_inside
SELECT a.id FROM accounts a WHERE a.tier IS NOT NULL INTERSECT SELECT a.id FROM accounts a FOR SHARE;
-- name: hunt_r6_sqlcommenter_trailing
SELECT "accounts"."id", "accounts"."loyalty" FROM "accounts" ORDER BY "accounts"."id" /*controller='accounts',framework='django%3A4.2',route='%5Eaccounts/%24'*/;
-- name: hunt_r6_rails_query_log_tags
SELECT "accounts".* FROM "accounts" WHERE "accounts"."tier" IS NOT NULL /*application:Shop,controller:accounts,action:index*/;
-- name: hunt_r6_hibernate_leading_comment
/* select a from Account a where a.loyalty > :l */ select a1_0.id,a1_0.loyalty from accounts a1_0 where a1_0.loyalty>1 order by 1;
-- name: hunt_r6_prisma_traceparent
SELECT "public"."accounts"."id" FROM "public"."accounts" WHERE "public"."accounts"."mood" = CAST('sad'::text AS "public"."mood") OFFSET 0 /* traceparent='00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' */;
-- name: hunt_r6_comment_between_table_and_alias
SELECT a.loyalty FROM accounts/*x*/AS/*y*/a ORDER BY a.id;
-- name: hunt_r6_comment_inside_schema_table
SELECT loyalty FROM public/*s*/./*t*/accounts ORDER BY id;
-- name: hunt_r6_line_comment_before_alias
SELECT a.tier FROM accounts -- the accounts
  a ORDER BY a.id;
-- name: hunt_r6_only_parenthesized
SELECT loyalty FROM ONLY (accounts) ORDER BY id;
-- name: hunt_r6_only_aliased
SELECT a.tier FROM ONLY public.accounts a ORDER BY a.id;
-- name: hunt_r6_inheritance_star_quoted
SELECT "accounts"."mood" FROM "public"."accounts" * ORDER BY "accounts"."id";
-- name: hunt_r6_pg_hint_comment
/*+ SeqScan(a) */ SELECT a.id FROM accounts a WHERE a.loyalty > 1 ORDER BY 1;
-- name: hunt_r6_comment_mentions_shadow_only
/* loyalty tier accounts */ SELECT count(*) FROM bills;
-- name: hunt_r6_nested_block_comment
SELECT /* outer /* inner */ still comment */ a.loyalty FROM accounts a ORDER BY a.id;
-- name: hunt_r6_semicolon_in_comment_multi
SELECT a.tier FROM accounts a WHERE a.id = 1 /* ; */; SELECT b.paid FROM bills b WHERE b.id = 1 -- ; trailing
;
-- name: hunt_r6_dollar_quoted_near_shadow
SELECT a.id, $$loyalty$$ AS label, a.loyalty FROM accounts a WHERE a.tier <> $tag$it's$tag$ ORDER BY a.id;
-- name: hunt_r6_e_string_near_shadow
SELECT a.id FROM accounts a WHERE a.tier = E'it\'s a \\ quoted $$ tier';
-- name: hunt_r6_u_string_near_shadow
SELECT a.id FROM accounts a WHERE a.tier = U&'\0067old';
-- name: hunt_r6_tab_and_crlf
SELECT	a.id,	a.loyalty
FROM	accounts	a
WHERE	a.loyalty	IS	NOT	NULL
ORDER	BY	1;
-- name: hunt_r6_rows_function_ordinality_star
SELECT * FROM accounts_up_to(3) WITH ORDINALITY ORDER BY 1;
-- name: hunt_r6_rows_function_ordinality_alias
SELECT a.loyalty, a.ordinality FROM accounts_up_to(3) WITH ORDINALITY a ORDER BY 2;
-- name: hunt_r6_rows_function_ordinality_live_only
SELECT a.id, a.ordinality FROM accounts_up_to(3) WITH ORDINALITY AS a ORDER BY 2;
-- name: hunt_r6_rows_function_ordinality_single_row
SELECT loyalty, ordinality FROM account_by_id(4) WITH ORDINALITY;
-- name: hunt_r6_rows_function_ordinality_filter
SELECT a.mood, a.ordinality FROM accounts_up_to(8) WITH ORDINALITY AS a WHERE a.loyalty IS NULL ORDER BY 2;
-- name: hunt_r6_rows_function_ordinality_count
SELECT count(*) FROM accounts_up_to(3) WITH ORDINALITY;
-- name: hunt_r6_rows_function_ordinality_whole_row
SELECT a FROM accounts_up_to(2) WITH ORDINALITY a ORDER BY a.ordinality;
-- name: hunt_r6_rows_function_ordinality_column_aliases
-- refused
SELECT t.* FROM accounts_up_to(3) WITH ORDINALITY AS t(i, n) ORDER BY 1;
-- name: hunt_r6_rows_from_one_function_star
SELECT * FROM ROWS FROM (accounts_up_to(2)) ORDER BY 1;
-- name: hunt_r6_rows_from_one_function_live
SELECT id FROM ROWS FROM (accounts_up_to(2)) ORDER BY 1;
-- name: hunt_r6_rows_from_one_function_json
SELECT row_to_json(r) FROM ROWS FROM (account_by_id(1)) r;
-- name: hunt_r6_rows_from_one_function_ordinality
SELECT id, tier FROM ROWS FROM (accounts_up_to(3)) WITH ORDINALITY AS r ORDER BY ordinality;
-- name: hunt_r6_rows_from_one_function_unaliased_ordinality
SELECT accounts_up_to.loyalty, accounts_up_to.ordinality FROM ROWS FROM (accounts_up_to(2)) WITH ORDINALITY ORDER BY 2;
-- name: hunt_r6_rows_from_one_function_qualified
SELECT accounts_up_to.tier FROM ROWS FROM (public.accounts_up_to(3)) ORDER BY 1 NULLS FIRST;
-- name: hunt_r6_rows_from_lateral_ordinality
SELECT x.id, r.loyalty, r.ordinality FROM (VALUES (1), (4)) x(id), LATERAL ROWS FROM (account_by_id(x.id)) WITH ORDINALITY r ORDER BY 1;
-- name: hunt_r6_rows_from_two_functions_star
-- refused
SELECT * FROM ROWS FROM (accounts_up_to(2), generate_series(1, 3)) ORDER BY 1;
-- name: hunt_r6_rows_from_two_functions_shadow
-- refused
SELECT r.loyalty FROM ROWS FROM (accounts_up_to(2), generate_series(1, 3)) r;
-- name: hunt_r6_rows_from_two_functions_live_only
SELECT id FROM ROWS FROM (accounts_up_to(2), generate_series(1, 3)) ORDER BY 1 NULLS LAST;
-- name: hunt_r6_group_pk_json_agg_rows
SELECT a.id, a.tier, json_agg(b ORDER BY b.id) FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY a.id;
-- name: hunt_r6_group_pk_star_json_agg_filter
SELECT a.*, json_agg(b.* ORDER BY b.id) FILTER (WHERE b.id IS NOT NULL) AS bills FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY a.id;
-- name: hunt_r6_group_pk_to_jsonb_concat
SELECT to_jsonb(a) || jsonb_build_object('bills', jsonb_agg(b.paid ORDER BY b.id)) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY a.id;
-- name: hunt_r6_group_two_pks
SELECT a.id, b.id, a.loyalty, b.paid, count(*) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id, b.id ORDER BY 2;
-- name: hunt_r6_postgraphile_nodes
select to_json((json_build_object('id'::text, (__local_0__."id"), 'loyalty'::text, (__local_0__."loyalty"), 'mood'::text, (__local_0__."mood")))) as "@nodes" from "public"."accounts" as __local_0__ where (TRUE) and (TRUE) order by __local_0__."id" ASC;
-- name: hunt_r6_postgraphile_total_count
select (select json_build_object('totalCount'::text, count(1)) from "public"."accounts" as __local_0__ where (__local_0__."tier" is not null)) as "aggregates";
-- name: hunt_r6_postgraphile_nested
select to_json(json_build_object('id'::text, (__local_0__."id"), '@bills'::text, (select coalesce((select json_agg(__z.data) from (select json_build_object('paid'::text, (__local_1__."paid"), 'due'::text, (__local_1__."due")) as data from "public"."bills" as __local_1__ where (__local_1__."account_id" = __local_0__."id") order by __local_1__."id" ASC) as __z), '[]'::json)))) as "@nodes" from "public"."accounts" as __local_0__ order by __local_0__."id" ASC;
-- name: hunt_r6_group_pk_having_shadow_count
SELECT a.id, a.mood FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id HAVING count(*) FILTER (WHERE NOT b.paid) >= 1 AND a.mood <> 'grumpy' ORDER BY 1;
-- name: hunt_r6_group_pk_order_by_shadow_agg
SELECT a.id, a.loyalty, max(b.due) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY a.loyalty NULLS FIRST, max(b.due) DESC, a.id;
-- name: hunt_r6_group_composite_pk_line_items
SELECT li.order_id, li.line, li.discount, count(*) FROM line_items li GROUP BY li.order_id, li.line ORDER BY 1, 2;
-- name: hunt_r6_group_users_quoted_pk
SELECT u."Id", u."Nick", count(*) FROM "Users" u CROSS JOIN accounts a GROUP BY u."Id" ORDER BY 1;
-- name: hunt_r6_other_database_insert_returning
-- expect: 0A000
INSERT INTO accounts (id, name) VALUES (51, 'n') RETURNING otherdb.public.accounts.loyalty;
-- name: hunt_r6_landing_prisma_select
SELECT "sales"."accounts"."id", "sales"."accounts"."region", "sales"."accounts"."score" FROM "sales"."accounts" WHERE 1=1 ORDER BY "sales"."accounts"."id" ASC OFFSET 0;
-- name: hunt_r6_landing_star_alias
SELECT s.* FROM sales.accounts s ORDER BY s.id;
-- name: hunt_r6_landing_group_pk_json
SELECT s.id, s.score, to_jsonb(s), count(*) FROM sales.accounts s CROSS JOIN bills b GROUP BY s.id ORDER BY 1;
-- name: hunt_r6_landing_keyset
SELECT s.id FROM sales.accounts s WHERE (s.score, s.id) < (99, 9) ORDER BY s.score DESC, s.id DESC;
-- name: hunt_r6_landing_typeorm
SELECT "SalesAccount"."id" AS "SalesAccount_id", "SalesAccount"."score" AS "SalesAccount_score" FROM "sales"."accounts" "SalesAccount" ORDER BY "SalesAccount"."score" DESC;
-- name: hunt_r6_landing_activerecord_sum
SELECT SUM("accounts"."score") FROM "sales"."accounts";
-- name: hunt_r6_landing_json_agg
SELECT json_agg(s ORDER BY s.id) FROM sales.accounts s;
-- name: hunt_r6_landing_join_public
SELECT p.id, p.loyalty, s.score, coalesce(p.loyalty, 0) + s.score AS total FROM public.accounts p JOIN sales.accounts s ON s.id = p.id ORDER BY total DESC, p.id;
-- name: hunt_r6_landing_rows_function_ordinality
SELECT f.id, f.score, f.ordinality > 0 FROM sales_accounts() WITH ORDINALITY f ORDER BY f.id;
-- name: hunt_r6_postgrest_computed_attribute_notation
SELECT a.id, a.account_label, a.loyalty FROM accounts a ORDER BY a.id;
-- name: hunt_r6_computed_attribute_unaliased
SELECT accounts.account_label FROM accounts WHERE accounts.tier IS NOT NULL ORDER BY 1;
-- name: hunt_r6_computed_paren_attribute
SELECT (a).account_label FROM accounts a ORDER BY 1;
-- name: hunt_r6_computed_function_call_in_where
SELECT a.id FROM accounts a WHERE account_label(a) LIKE 'A%' AND a.loyalty > 1;
-- name: hunt_r6_computed_in_order_by
SELECT a.id FROM accounts a ORDER BY public.account_label(a) DESC;
-- name: hunt_r6_computed_in_group_by
SELECT account_label(a), sum(a.loyalty) FROM accounts a GROUP BY 1 ORDER BY 1;
-- name: hunt_r6_computed_in_returning
UPDATE accounts a SET name = 'Zed' WHERE a.id = 2 RETURNING a.account_label, account_label(a), a.loyalty;
-- name: hunt_r6_computed_in_json_object
SELECT json_build_object('label', account_label(a), 'tier', a.tier) FROM accounts a ORDER BY a.id;
-- name: hunt_r6_computed_insert_returning
INSERT INTO accounts (id, name) VALUES (60, 'Neo') RETURNING account_label(accounts), accounts.account_label, loyalty;
-- name: hunt_r6_computed_delete_returning_star_typeof
DELETE FROM accounts WHERE id = 8 RETURNING account_label(accounts.*), pg_typeof(accounts), tier;
-- name: hunt_r6_computed_update_returning_alias_forms
UPDATE accounts a SET loyalty = 5 WHERE a.id = 3 RETURNING pg_typeof(a), account_label(a.*), (a).account_label, a.loyalty;
-- name: hunt_r6_computed_typeof_and_paren_select
SELECT pg_typeof(a), (a).account_label FROM accounts a WHERE a.id = 1;
-- name: hunt_r6_computed_paren_with_shadow_fields
SELECT (a).account_label, (a).loyalty, (a).tier FROM accounts a ORDER BY a.id;
-- name: hunt_r6_computed_update_from_returning
UPDATE accounts a SET name = b.note FROM bills b WHERE b.account_id = a.id AND b.id = 3 RETURNING account_label(a), (a).account_label, b.paid;
-- name: hunt_r6_computed_insert_returning_alias_forms
INSERT INTO accounts AS n (id, name) VALUES (61, 'Neo') RETURNING account_label(n.*), n.account_label, (n).account_label, n.tier;
-- name: hunt_r6_computed_insert_returning_typeof_whole_row
INSERT INTO accounts (id, name) VALUES (62, 'Neo') RETURNING pg_typeof(accounts), accounts;
-- name: hunt_r6_django_subquery_outerref_shadow
SELECT "accounts"."id", (SELECT COUNT(U0."id") FROM "accounts" U0 WHERE U0."tier" = ("accounts"."tier") GROUP BY U0."tier") AS "same_tier" FROM "accounts" ORDER BY "accounts"."id" ASC;
-- name: hunt_r6_django_filtered_relation
SELECT "accounts"."id", COUNT(unpaid."id") AS "n" FROM "accounts" LEFT OUTER JOIN "bills" unpaid ON ("accounts"."id" = unpaid."account_id" AND (NOT unpaid."paid")) GROUP BY "accounts"."id" ORDER BY "accounts"."id" ASC;
-- name: hunt_r6_django_values_count_order_desc
SELECT "accounts"."tier", COUNT("accounts"."id") AS "n" FROM "accounts" GROUP BY "accounts"."tier" ORDER BY "n" DESC, "accounts"."tier" ASC NULLS FIRST;
-- name: hunt_r6_django_q_f_multiply
SELECT "accounts"."id" FROM "accounts" WHERE "accounts"."loyalty" > ("accounts"."id" * 2) ORDER BY "accounts"."id" ASC;
-- name: hunt_r6_django_not_exists
SELECT "accounts"."id" FROM "accounts" WHERE NOT (EXISTS(SELECT 1 AS "a" FROM "bills" U1 WHERE (U1."account_id" = ("accounts"."id") AND U1."paid") LIMIT 1)) AND "accounts"."mood" IS NOT NULL ORDER BY "accounts"."id" ASC;
-- name: hunt_r6_django_only_deferred
SELECT "accounts"."id", "accounts"."tier" FROM "accounts" WHERE "accounts"."labels" && ARRAY['new', 'vip']::text[] ORDER BY "accounts"."id" ASC;
-- name: hunt_r6_django_window_lag
SELECT "accounts"."id", LAG("accounts"."loyalty", 1) OVER (ORDER BY "accounts"."id" ASC) AS "prev" FROM "accounts" ORDER BY "accounts"."id" ASC;
-- name: hunt_r6_sqlalchemy_empty_in
SELECT accounts.id FROM accounts WHERE accounts.tier IN (SELECT CAST(NULL AS VARCHAR) WHERE 1!=1) ORDER BY accounts.id;
-- name: hunt_r6_sqlalchemy_empty_not_in
SELECT accounts.id FROM accounts WHERE (accounts.tier NOT IN (SELECT CAST(NULL AS VARCHAR) WHERE 1!=1)) ORDER BY accounts.id;
-- name: hunt_r6_sqlalchemy_any_element
SELECT accounts.id FROM accounts WHERE 'vip' = ANY (accounts.labels) ORDER BY accounts.id;
-- name: hunt_r6_sqlalchemy_array_contains
SELECT accounts.id FROM accounts WHERE accounts.labels @> ARRAY['new'] ORDER BY accounts.id;
-- name: hunt_r6_sqlalchemy_between_nulls_last
SELECT accounts.id, accounts.loyalty FROM accounts WHERE accounts.loyalty BETWEEN 1 AND 9 ORDER BY accounts.loyalty DESC NULLS LAST, accounts.id;
-- name: hunt_r6_sqlalchemy_tuple_in_select
SELECT bills.id FROM bills WHERE (bills.account_id, bills.paid) IN (SELECT accounts.id, accounts.loyalty > 5 FROM accounts) ORDER BY bills.id;
-- name: hunt_r6_sqlalchemy_group_count_mood
SELECT count(accounts.id) AS count_1, accounts.mood FROM accounts GROUP BY accounts.mood ORDER BY accounts.mood;
-- name: hunt_r6_sqlalchemy_json_build_object_label
SELECT json_build_object('id', accounts.id, 'tier', accounts.tier) AS json_build_object_1 FROM accounts WHERE accounts.loyalty IS NOT NULL ORDER BY accounts.id;

-- ---------------------------------------------------------------- hunt r7: ORM shapes, parameters typed by shadow columns, whole rows as JSON
-- name: hunt_r7_hibernate_find_by_id_nospace
-- params: ["1"]
select a1_0.id,a1_0.created_on,a1_0.email,a1_0.labels,a1_0.loyalty,a1_0.mood,a1_0.name,a1_0.tier from accounts a1_0 where a1_0.id=$1
-- name: hunt_r7_hibernate_offset_fetch_params
-- params: ["1", "3"]
select a1_0.id,a1_0.loyalty from accounts a1_0 order by a1_0.loyalty desc nulls last,a1_0.id offset $1 rows fetch first $2 rows only
-- name: hunt_r7_hibernate_fetch_first_with_ties_shadow
-- params: ["2"]
select * from (select a1_0.id,a1_0.loyalty from accounts a1_0 order by a1_0.loyalty fetch first $1 rows with ties) t order by 1
-- name: hunt_r7_hibernate_fetch_join_bills
-- params: ["1"]
select a1_0.id,b1_0.account_id,b1_0.id,b1_0.amount,b1_0.due,b1_0.note,b1_0.paid,a1_0.loyalty,a1_0.tier from accounts a1_0 left join bills b1_0 on a1_0.id=b1_0.account_id where a1_0.id=$1 order by b1_0.id
-- name: hunt_r7_hibernate_inner_fetch_where_shadow_both
-- params: ["false", "0"]
select b1_0.id,a1_0.id,a1_0.loyalty,b1_0.paid from bills b1_0 join accounts a1_0 on a1_0.id=b1_0.account_id where b1_0.paid=$1 and coalesce(a1_0.loyalty,0)>=$2 order by b1_0.id
-- name: hunt_r7_hibernate_cast_param_as_integer
-- params: ["5"]
select a1_0.id from accounts a1_0 where a1_0.loyalty>cast($1 as integer) order by 1
-- name: hunt_r7_hibernate_tuple_gt_params
-- params: ["3", "1"]
select a1_0.id,a1_0.loyalty from accounts a1_0 where (a1_0.loyalty,a1_0.id)>($1,$2) order by a1_0.loyalty,a1_0.id
-- name: hunt_r7_hibernate_enum_ordinal_case
select a1_0.id,case a1_0.mood when 'happy' then 0 when 'sad' then 1 else 2 end from accounts a1_0 order by 1
-- name: hunt_r7_hibernate_count_distinct_param
-- params: ["gold"]
select count(distinct a1_0.id) from accounts a1_0 where a1_0.tier<>$1 or a1_0.tier is null
-- name: hunt_r7_hibernate_array_param_any
-- params: ["{1,4,5}"]
select a1_0.id,a1_0.loyalty from accounts a1_0 where a1_0.loyalty=any($1) order by 1
-- name: hunt_r7_hibernate_array_param_array_contains
-- params: ["vip"]
select a1_0.id from accounts a1_0 where array_position(a1_0.labels,$1) is not null order by 1
-- name: hunt_r7_hibernate_in_list_params
-- params: ["gold", "bronze", "silver"]
select a1_0.id,a1_0.tier from accounts a1_0 where a1_0.tier in ($1,$2,$3) order by a1_0.tier
-- name: hunt_r7_hibernate_subquery_in_select
select a1_0.id,(select max(b1_0.due) from bills b1_0 where b1_0.account_id=a1_0.id and b1_0.paid) from accounts a1_0 order by 1
-- name: hunt_r7_hibernate_treat_literal_param_select
-- params: ["7"]
select a1_0.id,$1 from accounts a1_0 where a1_0.loyalty=$1 order by 1
-- name: hunt_r7_jooq_fully_qualified
-- params: ["3"]
select "public"."accounts"."id", "public"."accounts"."loyalty", "public"."accounts"."mood" from "public"."accounts" where "public"."accounts"."loyalty" > $1 order by "public"."accounts"."id" asc
-- name: hunt_r7_jooq_join_fully_qualified
select "public"."accounts"."id", "public"."bills"."paid", "public"."accounts"."tier" from "public"."accounts" join "public"."bills" on "public"."bills"."account_id" = "public"."accounts"."id" where "public"."bills"."paid" = false order by "public"."bills"."id"
-- name: hunt_r7_jooq_limit_offset_params
-- params: ["2", "1"]
select "public"."accounts"."loyalty" from "public"."accounts" order by "public"."accounts"."id" offset $2 rows fetch next $1 rows only
-- name: hunt_r7_jooq_row_value_in
-- params: ["1", "10", "4", "7"]
select "public"."accounts"."id" from "public"."accounts" where ("public"."accounts"."id", "public"."accounts"."loyalty") in (($1, $2), ($3, $4)) order by 1
-- name: hunt_r7_jooq_multiset_jsonb
select "a"."id", (select coalesce(jsonb_agg(jsonb_build_array("v0", "v1")), jsonb_build_array()) from (select "b"."paid" as "v0", "b"."due" as "v1" from "public"."bills" as "b" where "b"."account_id" = "a"."id" order by "b"."id") as "t") as "bills" from "public"."accounts" as "a" order by "a"."id"
-- name: hunt_r7_jooq_cast_param_varchar
-- params: ["gold"]
select "public"."accounts"."id" from "public"."accounts" where "public"."accounts"."tier" = cast($1 as varchar) order by 1
-- name: hunt_r7_jooq_select_star_qualified
select "public"."accounts".* from "public"."accounts" where "public"."accounts"."id" < 4 order by "public"."accounts"."id"
-- name: hunt_r7_jooq_record_compare_shadow
select "a"."id" from "public"."accounts" as "a" where row ("a"."loyalty", "a"."tier") is distinct from row (null, null) order by 1
-- name: hunt_r7_ecto_select_as
-- params: ["1"]
SELECT a0."id", a0."loyalty" FROM "accounts" AS a0 WHERE (a0."id" = $1)
-- name: hunt_r7_ecto_in_array_shadow
-- params: ["{gold,bronze}"]
SELECT a0."id", a0."tier" FROM "accounts" AS a0 WHERE (a0."tier" = ANY($1)) ORDER BY a0."id"
-- name: hunt_r7_ecto_enum_param
-- params: ["sad"]
SELECT a0."id" FROM "accounts" AS a0 WHERE (a0."mood" = $1) ORDER BY a0."id"
-- name: hunt_r7_ecto_enum_any_param
-- params: ["{sad,grumpy}"]
SELECT a0."id" FROM "accounts" AS a0 WHERE (a0."mood" = ANY($1)) ORDER BY a0."id"
-- name: hunt_r7_ecto_limit_param_shadow_order
-- params: ["2"]
SELECT a0."id", a0."loyalty" FROM "accounts" AS a0 ORDER BY a0."loyalty" DESC NULLS LAST LIMIT $1
-- name: hunt_r7_ecto_preload_lateral
SELECT a0."id", b1."id", b1."paid" FROM "accounts" AS a0 CROSS JOIN LATERAL (SELECT sb0."id" AS "id", sb0."paid" AS "paid" FROM "bills" AS sb0 WHERE (sb0."account_id" = a0."id") ORDER BY sb0."due", sb0."id" LIMIT 1) AS b1 ORDER BY a0."id"
-- name: hunt_r7_ecto_json_extract_param
-- params: ["vip"]
SELECT a0."id" FROM "accounts" AS a0 WHERE ($1 = ANY(a0."labels")) ORDER BY a0."id"
-- name: hunt_r7_ecto_type_param_cast_shadow
-- params: ["3"]
SELECT a0."id", a0."loyalty" + $1::integer FROM "accounts" AS a0 ORDER BY a0."id"
-- name: hunt_r7_ecto_exists_subquery_parent_as
SELECT a0."id" FROM "accounts" AS a0 WHERE exists((SELECT sb0."id" FROM "bills" AS sb0 WHERE (sb0."account_id" = a0."id") AND (sb0."due" < a0."created_on" OR sb0."paid")))  ORDER BY a0."id"
-- name: hunt_r7_gorm_first
-- params: ["1"]
SELECT * FROM "accounts" WHERE "accounts"."id" = $1 ORDER BY "accounts"."id" LIMIT 1
-- name: hunt_r7_gorm_where_struct
-- params: ["gold", "10"]
SELECT * FROM "accounts" WHERE "accounts"."tier" = $1 AND "accounts"."loyalty" = $2
-- name: hunt_r7_gorm_preload
-- params: ["1", "3"]
SELECT * FROM "bills" WHERE "bills"."account_id" IN ($1,$2) ORDER BY "bills"."id"
-- name: hunt_r7_gorm_pluck
SELECT "tier" FROM "accounts" WHERE loyalty > 1 ORDER BY id
-- name: hunt_r7_gorm_count
-- params: ["happy"]
SELECT count(*) FROM "accounts" WHERE mood = $1
-- name: hunt_r7_gorm_find_in_batches
-- params: ["2", "3"]
SELECT * FROM "accounts" WHERE "accounts"."id" > $1 ORDER BY "accounts"."id" LIMIT $2
-- name: hunt_r7_gorm_joins_select
SELECT accounts.name, bills.paid FROM "accounts" left join bills on bills.account_id = accounts.id WHERE accounts.loyalty IS NOT NULL ORDER BY bills.id, accounts.id
-- name: hunt_r7_diesel_any
-- params: ["{1,2,3}"]
SELECT "accounts"."id", "accounts"."name", "accounts"."loyalty", "accounts"."tier" FROM "accounts" WHERE "accounts"."id" = ANY($1) ORDER BY "accounts"."id"
-- name: hunt_r7_diesel_belonging_to
-- params: ["{1,4}"]
SELECT "bills"."id", "bills"."account_id", "bills"."paid", "bills"."due" FROM "bills" WHERE "bills"."account_id" = ANY($1) ORDER BY "bills"."id"
-- name: hunt_r7_diesel_shadow_any_param
-- params: ["{10,7}"]
SELECT "accounts"."id" FROM "accounts" WHERE "accounts"."loyalty" = ANY($1) ORDER BY "accounts"."id"
-- name: hunt_r7_diesel_count_star_filter
-- params: ["0"]
SELECT COUNT(*) FROM "accounts" WHERE "accounts"."loyalty" > $1
-- name: hunt_r7_diesel_is_not_distinct_param
-- params: ["silver"]
SELECT "accounts"."id" FROM "accounts" WHERE "accounts"."tier" IS NOT DISTINCT FROM $1
-- name: hunt_r7_sqlx_query_as
-- params: ["1", "5"]
SELECT id, loyalty, tier, mood AS "mood: Mood", labels FROM accounts WHERE id BETWEEN $1 AND $2 ORDER BY id
-- name: hunt_r7_sqlx_nullable_override
SELECT id, loyalty AS "loyalty!", tier AS "tier?" FROM accounts ORDER BY id
-- name: hunt_r7_sqlx_unnest_params
-- params: ["{1,2,3}", "{10,0,5}"]
SELECT a.id FROM accounts a JOIN unnest($1::int[], $2::int[]) AS u(id, l) ON u.id = a.id WHERE coalesce(a.loyalty, 0) = u.l ORDER BY a.id
-- name: hunt_r7_drizzle_rqb_json_build_array_lateral
select "accounts"."id", "accounts"."loyalty", "accounts"."mood", coalesce((select json_agg(json_build_array("accounts_bills"."id", "accounts_bills"."paid")) from (select * from "bills" "accounts_bills" where "accounts_bills"."account_id" = "accounts"."id" order by "accounts_bills"."due" desc, "accounts_bills"."id") "accounts_bills"), '[]'::json) as "bills" from "accounts" order by "accounts"."id"
-- name: hunt_r7_drizzle_rqb_v2_row_to_json
select "d0"."id" as "id", "d0"."loyalty" as "loyalty", "bills"."r" as "bills" from "accounts" as "d0" left join lateral (select coalesce(json_agg(row_to_json("t".*)), '[]') as "r" from (select "d1"."id" as "id", "d1"."paid" as "paid", "d1"."due" as "due" from "bills" as "d1" where "d0"."id" = "d1"."account_id" order by "d1"."id") as "t") as "bills" on true order by "d0"."id"
-- name: hunt_r7_drizzle_where_param_shadow
-- params: ["grumpy"]
select "id", "name", "mood" from "accounts" where "accounts"."mood" <> $1 order by "accounts"."id"
-- name: hunt_r7_drizzle_sql_template_limit
-- params: ["1", "2"]
select "id", "loyalty" from "accounts" where "accounts"."loyalty" >= $1 order by "accounts"."loyalty" limit $2
-- name: hunt_r7_drizzle_array_contains
-- params: ["{new}"]
select "id" from "accounts" where "accounts"."labels" @> $1 order by "accounts"."id"
-- name: hunt_r7_drizzle_array_contained
-- params: ["{vip,early,new}"]
select "id" from "accounts" where "accounts"."labels" <@ $1 order by "accounts"."id"
-- name: hunt_r7_kysely_select_all_from_alias
-- params: ["0"]
select "a".* from "accounts" as "a" where "a"."loyalty" > $1 order by "a"."id"
-- name: hunt_r7_kysely_json_agg_helper
select "accounts"."id", (select coalesce(json_agg(agg), '[]') from (select "bills"."id", "bills"."paid", "bills"."due" from "bills" where "bills"."account_id" = "accounts"."id" order by "bills"."id") as agg) as "bills" from "accounts" order by "accounts"."id"
-- name: hunt_r7_kysely_json_object_from
select "bills"."id", (select to_json(obj) from (select "accounts"."id", "accounts"."loyalty", "accounts"."tier" from "accounts" where "accounts"."id" = "bills"."account_id") as obj) as "account" from "bills" order by "bills"."id"
-- name: hunt_r7_kysely_json_build_object_helper
select "accounts"."id", json_build_object('loyalty', "accounts"."loyalty", 'labels', "accounts"."labels") as "info" from "accounts" order by "accounts"."id"
-- name: hunt_r7_kysely_where_ref_param
-- params: ["1", "gold"]
select "id" from "accounts" where ("loyalty" > $1 or "tier" = $2) order by "id"
-- name: hunt_r7_typeorm_find_one_by
-- params: ["4"]
SELECT "Account"."id" AS "Account_id", "Account"."name" AS "Account_name", "Account"."email" AS "Account_email", "Account"."created_on" AS "Account_created_on", "Account"."loyalty" AS "Account_loyalty", "Account"."tier" AS "Account_tier", "Account"."mood" AS "Account_mood", "Account"."labels" AS "Account_labels" FROM "accounts" "Account" WHERE (("Account"."id" = $1)) LIMIT 1
-- name: hunt_r7_typeorm_take_skip_distinct
SELECT DISTINCT "distinctAlias"."Account_id" AS "ids_Account_id", "distinctAlias"."Account_loyalty" FROM (SELECT "Account"."id" AS "Account_id", "Account"."loyalty" AS "Account_loyalty", "Account__Account_bills"."id" AS "Account__Account_bills_id", "Account__Account_bills"."paid" AS "Account__Account_bills_paid" FROM "accounts" "Account" LEFT JOIN "bills" "Account__Account_bills" ON "Account__Account_bills"."account_id"="Account"."id") "distinctAlias" ORDER BY "distinctAlias"."Account_loyalty" DESC NULLS FIRST, "Account_id" ASC LIMIT 3 OFFSET 1
-- name: hunt_r7_typeorm_in_param_shadow
-- params: ["happy", "sad"]
SELECT "Account"."id" AS "Account_id" FROM "accounts" "Account" WHERE "Account"."mood" IN ($1, $2) ORDER BY "Account"."id" ASC
-- name: hunt_r7_typeorm_any_param_shadow
-- params: ["{silver,bronze}"]
SELECT "Account"."id" AS "Account_id" FROM "accounts" "Account" WHERE "Account"."tier" = ANY($1) ORDER BY "Account"."id" ASC
-- name: hunt_r7_typeorm_count_query
-- params: ["0"]
SELECT COUNT(DISTINCT("Account"."id")) AS "cnt" FROM "accounts" "Account" WHERE "Account"."loyalty" > $1
-- name: hunt_r7_typeorm_select_qb_order_alias
SELECT "Account"."id" AS "Account_id", "Account"."loyalty" AS "Account_loyalty" FROM "accounts" "Account" ORDER BY "Account_loyalty" ASC NULLS LAST, "Account_id" ASC
-- name: hunt_r7_sequelize_find_and_count
SELECT count("Account"."id") AS "count" FROM "accounts" AS "Account" WHERE "Account"."tier" IS NOT NULL
-- name: hunt_r7_sequelize_include_separate_any
SELECT "id", "paid", "due", "account_id" FROM "bills" AS "Bill" WHERE "Bill"."account_id" IN (1, 3, 4) ORDER BY "Bill"."id"
-- name: hunt_r7_sequelize_bind_params
-- params: ["1", "3"]
SELECT "id", "loyalty", "mood" FROM "accounts" AS "Account" WHERE "Account"."loyalty" >= $1 LIMIT $2
-- name: hunt_r7_sequelize_include_required_subquery_limit
SELECT "Account".*, "bills"."id" AS "bills.id", "bills"."due" AS "bills.due" FROM (SELECT "Account"."id", "Account"."tier", "Account"."labels" FROM "accounts" AS "Account" WHERE ( SELECT "account_id" FROM "bills" AS "bills" WHERE ("bills"."account_id" = "Account"."id" AND "bills"."paid" = true) LIMIT 1 ) IS NOT NULL ORDER BY "Account"."id" LIMIT 10) AS "Account" INNER JOIN "bills" AS "bills" ON "Account"."id" = "bills"."account_id" AND "bills"."paid" = true ORDER BY "Account"."id", "bills"."id"
-- name: hunt_r7_sequelize_attributes_fn
SELECT "tier", max("loyalty") AS "max", array_agg("mood" ORDER BY "id") AS "moods" FROM "accounts" AS "Account" GROUP BY "tier" ORDER BY "tier" NULLS FIRST
-- name: hunt_r7_rails_exists_one
-- params: ["1"]
SELECT 1 AS one FROM "accounts" WHERE "accounts"."loyalty" IS NULL LIMIT $1
-- name: hunt_r7_rails_star_where_param
-- params: ["gold", "1"]
SELECT "accounts".* FROM "accounts" WHERE "accounts"."tier" = $1 LIMIT $2
-- name: hunt_r7_rails_pluck_two
-- params: ["sad"]
SELECT "accounts"."id", "accounts"."loyalty" FROM "accounts" WHERE "accounts"."mood" != $1 ORDER BY "accounts"."id" ASC
-- name: hunt_r7_rails_enum_in_params
-- params: ["sad", "grumpy"]
SELECT "accounts".* FROM "accounts" WHERE "accounts"."mood" IN ($1, $2) ORDER BY "accounts"."id" ASC
-- name: hunt_r7_rails_includes_preload
-- params: ["1", "2", "3"]
SELECT "bills".* FROM "bills" WHERE "bills"."account_id" IN ($1, $2, $3)
-- name: hunt_r7_rails_eager_load_limit_distinct
SELECT DISTINCT "accounts"."id", "accounts"."loyalty" AS alias_0 FROM "accounts" LEFT OUTER JOIN "bills" ON "bills"."account_id" = "accounts"."id" ORDER BY "accounts"."loyalty" DESC NULLS LAST, "accounts"."id" LIMIT 3
-- name: hunt_r7_rails_maximum_param
-- params: ["happy"]
SELECT MAX("accounts"."loyalty") FROM "accounts" WHERE "accounts"."mood" = $1
-- name: hunt_r7_rails_find_by_sql_array_param
-- params: ["vip"]
SELECT "accounts".* FROM "accounts" WHERE ($1 = ANY (labels)) ORDER BY "accounts"."id"
-- name: hunt_r7_rails_where_not_null_shadow
SELECT "accounts"."id" FROM "accounts" WHERE "accounts"."tier" IS NOT NULL AND "accounts"."loyalty" IS NULL
-- name: hunt_r7_rails_update_all_style_subquery_select
SELECT "accounts"."id" FROM "accounts" WHERE "accounts"."id" IN (SELECT "accounts"."id" FROM "accounts" WHERE "accounts"."loyalty" > 1 ORDER BY "accounts"."loyalty" DESC LIMIT 2)
-- name: hunt_r7_rails_in_batches_pluck_ids
-- params: ["1000"]
SELECT "accounts"."id" FROM "accounts" WHERE "accounts"."tier" IS NOT NULL ORDER BY "accounts"."id" ASC LIMIT $1
-- name: hunt_r7_django_exists_a
SELECT EXISTS(SELECT 1 AS "a" FROM "accounts" WHERE "accounts"."loyalty" > 5 LIMIT 1) AS "a"
-- name: hunt_r7_django_exists_param
-- params: ["sad"]
SELECT 1 AS "a" FROM "accounts" WHERE "accounts"."mood" = $1 LIMIT 1
-- name: hunt_r7_django_aggregate_filter
SELECT COUNT("accounts"."id") FILTER (WHERE "accounts"."loyalty" > 5) AS "hi", SUM("accounts"."loyalty") FILTER (WHERE "accounts"."mood" = 'happy') AS "happy_sum" FROM "accounts"
-- name: hunt_r7_django_annotate_filter_group
SELECT "accounts"."id", "accounts"."name", COUNT("bills"."id") FILTER (WHERE "bills"."paid") AS "paid_count" FROM "accounts" LEFT OUTER JOIN "bills" ON ("accounts"."id" = "bills"."account_id") GROUP BY "accounts"."id" ORDER BY "accounts"."id" ASC
-- name: hunt_r7_django_annotate_group_by_pk_shadow
SELECT "accounts"."id", "accounts"."loyalty", "accounts"."tier", COUNT("bills"."id") AS "n" FROM "accounts" LEFT OUTER JOIN "bills" ON ("accounts"."id" = "bills"."account_id") GROUP BY "accounts"."id" ORDER BY "n" DESC, "accounts"."loyalty" DESC NULLS LAST, "accounts"."id"
-- name: hunt_r7_django_subquery_outerref
SELECT "accounts"."id", (SELECT U0."due" FROM "bills" U0 WHERE (U0."account_id" = ("accounts"."id") AND NOT U0."paid") ORDER BY U0."due" DESC LIMIT 1) AS "next_due" FROM "accounts" ORDER BY "accounts"."id" ASC
-- name: hunt_r7_django_exists_outerref
SELECT "accounts"."id", EXISTS(SELECT 1 AS "a" FROM "bills" U0 WHERE (U0."account_id" = ("accounts"."id") AND U0."paid") LIMIT 1) AS "has_paid" FROM "accounts" WHERE "accounts"."loyalty" IS NOT NULL ORDER BY "accounts"."id" ASC
-- name: hunt_r7_django_values_list_flat_param
-- params: ["%o%"]
SELECT "accounts"."tier" FROM "accounts" WHERE "accounts"."tier"::text LIKE $1 ORDER BY "accounts"."tier" ASC
-- name: hunt_r7_django_icontains_upper
-- params: ["%GOLD%"]
SELECT "accounts"."id" FROM "accounts" WHERE UPPER("accounts"."tier"::text) LIKE UPPER($1)
-- name: hunt_r7_django_array_contains_param
-- params: ["{vip}"]
SELECT "accounts"."id" FROM "accounts" WHERE "accounts"."labels" @> ($1)::text[] ORDER BY "accounts"."id"
-- name: hunt_r7_django_array_len
-- params: ["2"]
SELECT "accounts"."id" FROM "accounts" WHERE CASE WHEN "accounts"."labels" IS NULL THEN NULL ELSE coalesce(array_length("accounts"."labels", 1), 0) END = $1
-- name: hunt_r7_django_coalesce_annotation
SELECT "accounts"."id", COALESCE("accounts"."loyalty", 0) AS "l" FROM "accounts" ORDER BY "l" DESC, "accounts"."id" ASC
-- name: hunt_r7_django_window_rank
SELECT "accounts"."id", RANK() OVER (PARTITION BY "accounts"."mood" ORDER BY "accounts"."loyalty" DESC) AS "r" FROM "accounts" ORDER BY "accounts"."id"
-- name: hunt_r7_django_in_bulk
-- params: ["1", "2"]
SELECT "accounts"."id", "accounts"."name", "accounts"."email", "accounts"."created_on", "accounts"."loyalty", "accounts"."tier", "accounts"."mood", "accounts"."labels" FROM "accounts" WHERE "accounts"."id" IN ($1, $2)
-- name: hunt_r7_django_count_subquery_distinct
SELECT COUNT(*) FROM (SELECT DISTINCT "accounts"."tier" AS "col1" FROM "accounts") subquery
-- name: hunt_r7_django_aggregate_over_annotate
SELECT SUM("__col1") FROM (SELECT "accounts"."id" AS "col1", COALESCE("accounts"."loyalty", 0) AS "__col1" FROM "accounts") subquery
-- name: hunt_r7_django_select_related
SELECT "bills"."id", "bills"."account_id", "bills"."amount", "bills"."note", "bills"."paid", "bills"."due", "accounts"."id", "accounts"."name", "accounts"."loyalty", "accounts"."mood" FROM "bills" LEFT OUTER JOIN "accounts" ON ("bills"."account_id" = "accounts"."id") ORDER BY "bills"."id" ASC
-- name: hunt_r7_django_f_expression_param
-- params: ["2"]
SELECT "accounts"."id", ("accounts"."loyalty" * $1) AS "double" FROM "accounts" ORDER BY "accounts"."id"
-- name: hunt_r7_django_case_when_annotation
-- params: ["gold", "1", "0"]
SELECT "accounts"."id", CASE WHEN "accounts"."tier" = $1 THEN $2 ELSE $3 END AS "is_gold" FROM "accounts" ORDER BY "accounts"."id"
-- name: hunt_r7_django_jsonobject
SELECT "accounts"."id", JSONB_BUILD_OBJECT('l', "accounts"."loyalty", 'm', "accounts"."mood") AS "obj" FROM "accounts" ORDER BY "accounts"."id"
-- name: hunt_r7_sqlalchemy_anon_subquery
SELECT anon_1.id, anon_1.loyalty FROM (SELECT accounts.id AS id, accounts.loyalty AS loyalty FROM accounts WHERE accounts.loyalty IS NOT NULL) AS anon_1 ORDER BY anon_1.loyalty DESC, anon_1.id
-- name: hunt_r7_sqlalchemy_postcompile_expanded
-- params: ["1", "2", "5"]
SELECT accounts.id, accounts.loyalty, accounts.tier FROM accounts WHERE accounts.id IN ($1, $2, $3) ORDER BY accounts.id
-- name: hunt_r7_sqlalchemy_postcompile_shadow
-- params: ["gold", "silver"]
SELECT accounts.id FROM accounts WHERE accounts.tier IN ($1, $2) ORDER BY accounts.id
-- name: hunt_r7_sqlalchemy_count_anon
SELECT count(*) AS count_1 FROM (SELECT accounts.id AS accounts_id, accounts.loyalty AS accounts_loyalty FROM accounts WHERE accounts.loyalty > 1) AS anon_1
-- name: hunt_r7_sqlalchemy_selectinload
-- params: ["1", "4"]
SELECT bills.account_id AS bills_account_id, bills.id AS bills_id, bills.paid AS bills_paid, bills.due AS bills_due FROM bills WHERE bills.account_id IN ($1, $2) ORDER BY bills.id
-- name: hunt_r7_sqlalchemy_joinedload_limit
-- params: ["2"]
SELECT anon_1.accounts_id, anon_1.accounts_loyalty, bills_1.id AS bills_1_id, bills_1.paid AS bills_1_paid FROM (SELECT accounts.id AS accounts_id, accounts.loyalty AS accounts_loyalty FROM accounts ORDER BY accounts.id LIMIT $1) AS anon_1 LEFT OUTER JOIN bills AS bills_1 ON anon_1.accounts_id = bills_1.account_id ORDER BY anon_1.accounts_id, bills_1.id
-- name: hunt_r7_sqlalchemy_scalar_subquery_label
SELECT accounts.id, (SELECT count(bills.id) AS count_1 FROM bills WHERE bills.account_id = accounts.id AND bills.paid = false) AS unpaid FROM accounts ORDER BY accounts.id
-- name: hunt_r7_sqlalchemy_lateral_alias
SELECT accounts.id, anon_1.due FROM accounts JOIN LATERAL (SELECT bills.due AS due FROM bills WHERE bills.account_id = accounts.id ORDER BY bills.due DESC LIMIT 1) AS anon_1 ON true ORDER BY accounts.id
-- name: hunt_r7_sqlalchemy_enum_cast_param
-- params: ["sad"]
SELECT accounts.id FROM accounts WHERE accounts.mood = $1::mood ORDER BY accounts.id
-- name: hunt_r7_sqlalchemy_any_array_literal
-- params: ["new"]
SELECT accounts.id FROM accounts WHERE $1 = ANY (accounts.labels) ORDER BY accounts.id
-- name: hunt_r7_sqlalchemy_tuple_in_values
SELECT accounts.id FROM accounts WHERE (accounts.id, accounts.tier) IN (VALUES (1, 'gold'), (3, 'bronze')) ORDER BY accounts.id
-- name: hunt_r7_sqlalchemy_cte_recursive_shadow
WITH RECURSIVE anon_1(id, loyalty, depth) AS (SELECT accounts.id AS id, accounts.loyalty AS loyalty, 1 AS depth FROM accounts WHERE accounts.id = 1 UNION ALL SELECT accounts.id, accounts.loyalty, anon_1.depth + 1 FROM accounts JOIN anon_1 ON accounts.id = anon_1.id + 1 WHERE anon_1.depth < 4) SELECT anon_1.id, anon_1.loyalty, anon_1.depth FROM anon_1 ORDER BY anon_1.id
-- name: hunt_r7_prisma_find_unique
-- params: ["1", "1", "0"]
SELECT "public"."accounts"."id", "public"."accounts"."loyalty", "public"."accounts"."labels" FROM "public"."accounts" WHERE ("public"."accounts"."id" = $1 AND 1=1) LIMIT $2 OFFSET $3
-- name: hunt_r7_prisma_enum_param_cast
-- params: ["sad"]
SELECT "public"."accounts"."id" FROM "public"."accounts" WHERE "public"."accounts"."mood" = CAST($1::text AS "public"."mood") ORDER BY "public"."accounts"."id"
-- name: hunt_r7_prisma_relation_load_json_agg
SELECT "t1"."id", (SELECT COALESCE(JSONB_AGG("t3"."__prisma_data__"), '[]') FROM (SELECT JSONB_BUILD_OBJECT('id', "t2"."id", 'paid', "t2"."paid", 'due', "t2"."due") AS "__prisma_data__" FROM "public"."bills" AS "t2" WHERE "t2"."account_id" = "t1"."id" ORDER BY "t2"."id") AS "t3") AS "bills" FROM "public"."accounts" AS "t1" ORDER BY "t1"."id"
-- name: hunt_r7_prisma_not_in_params
-- params: ["1", "2"]
SELECT "public"."accounts"."id" FROM "public"."accounts" WHERE "public"."accounts"."loyalty" NOT IN ($1,$2) ORDER BY "public"."accounts"."id"
-- name: hunt_r7_param_infer_eq_loyalty
-- params: ["10"]
SELECT id FROM accounts WHERE loyalty = $1
-- name: hunt_r7_param_infer_mood
-- params: ["grumpy"]
SELECT id FROM accounts WHERE mood = $1
-- name: hunt_r7_param_infer_mood_reversed
-- params: ["grumpy"]
SELECT id FROM accounts WHERE $1 = mood
-- name: hunt_r7_param_infer_any_labels
-- params: ["early"]
SELECT id FROM accounts WHERE $1 = ANY(labels) ORDER BY id
-- name: hunt_r7_param_infer_order_by_case
-- params: ["gold", "silver"]
SELECT id, tier FROM accounts ORDER BY CASE WHEN tier = $1 THEN 0 WHEN tier = $2 THEN 1 ELSE 2 END, id
-- name: hunt_r7_param_infer_limit_only
-- params: ["2"]
SELECT id, loyalty FROM accounts ORDER BY loyalty NULLS FIRST, id LIMIT $1
-- name: hunt_r7_param_infer_case_simple
-- params: ["sad", "x", "y"]
SELECT id, CASE mood WHEN $1 THEN $2 ELSE $3 END FROM accounts ORDER BY id
-- name: hunt_r7_param_infer_case_result_shadow
-- params: ["-1"]
SELECT id, CASE WHEN id > 3 THEN loyalty ELSE $1 END FROM accounts ORDER BY id
-- name: hunt_r7_param_infer_coalesce
-- params: ["-5"]
SELECT id, coalesce(loyalty, $1) FROM accounts ORDER BY id
-- name: hunt_r7_param_infer_coalesce_enum
-- params: ["sad"]
SELECT id, coalesce(mood, $1) FROM accounts ORDER BY id
-- name: hunt_r7_param_infer_nullif
-- params: ["gold"]
SELECT id, nullif(tier, $1) FROM accounts ORDER BY id
-- name: hunt_r7_param_infer_greatest
-- params: ["5"]
SELECT id, greatest(loyalty, $1), least($1, loyalty) FROM accounts ORDER BY id
-- name: hunt_r7_param_infer_between
-- params: ["3", "8"]
SELECT id FROM accounts WHERE loyalty BETWEEN $1 AND $2 ORDER BY id
-- name: hunt_r7_param_infer_between_symmetric
-- params: ["8", "3"]
SELECT id FROM accounts WHERE loyalty BETWEEN SYMMETRIC $1 AND $2 ORDER BY id
-- name: hunt_r7_param_infer_arith
-- params: ["3"]
SELECT id, loyalty + $1, loyalty * $1 FROM accounts ORDER BY id
-- name: hunt_r7_param_infer_in_list
-- params: ["10", "7"]
SELECT id FROM accounts WHERE loyalty IN ($1, $2) ORDER BY id
-- name: hunt_r7_param_infer_not_in_enum
-- params: ["happy"]
SELECT id FROM accounts WHERE mood NOT IN ($1) ORDER BY id
-- name: hunt_r7_param_infer_row_eq
-- params: ["10", "gold"]
SELECT id FROM accounts WHERE (loyalty, tier) = ($1, $2)
-- name: hunt_r7_param_infer_labels_overlap
-- params: ["{vip,none}"]
SELECT id FROM accounts WHERE labels && $1 ORDER BY id
-- name: hunt_r7_param_infer_labels_eq
-- params: ["{new}"]
SELECT id FROM accounts WHERE labels = $1 ORDER BY id
-- name: hunt_r7_param_infer_labels_concat_elem
-- params: ["x"]
SELECT id, labels || $1::text FROM accounts ORDER BY id
-- name: hunt_r7_param_infer_array_subscript
-- params: ["vip"]
SELECT id FROM accounts WHERE labels[1] = $1
-- name: hunt_r7_param_infer_like
-- params: ["%r%"]
SELECT id FROM accounts WHERE tier LIKE $1 ORDER BY id
-- name: hunt_r7_param_infer_ilike_not
-- params: ["G%"]
SELECT id FROM accounts WHERE tier NOT ILIKE $1 ORDER BY id
-- name: hunt_r7_param_infer_similar
-- params: ["(gold|bronze)"]
SELECT id FROM accounts WHERE tier SIMILAR TO $1 ORDER BY id
-- name: hunt_r7_param_infer_regex
-- params: ["^s"]
SELECT id FROM accounts WHERE tier ~ $1 ORDER BY id
-- name: hunt_r7_param_infer_is_distinct
-- params: ["10"]
SELECT id FROM accounts WHERE loyalty IS DISTINCT FROM $1 ORDER BY id
-- name: hunt_r7_param_infer_date
-- params: ["2024-12-31"]
SELECT id FROM bills WHERE due = $1 ORDER BY id
-- name: hunt_r7_param_infer_date_minus
-- params: ["2024-01-01"]
SELECT id, due - $1::date FROM bills ORDER BY id
-- name: hunt_r7_param_infer_bool
-- params: ["t"]
SELECT id FROM bills WHERE paid = $1 ORDER BY id
-- name: hunt_r7_param_infer_bool_is
-- params: ["true"]
SELECT id FROM bills WHERE paid IS NOT DISTINCT FROM $1 ORDER BY id
-- name: hunt_r7_param_infer_varchar
-- params: ["anon"]
SELECT "Id" FROM "Users" WHERE "Nick" = $1 ORDER BY 1
-- name: hunt_r7_param_infer_numeric
-- params: ["5.5"]
SELECT order_id, line FROM line_items WHERE discount = $1
-- name: hunt_r7_param_infer_numeric_gt
-- params: ["1"]
SELECT order_id, line, discount * $1 FROM line_items WHERE discount > $1 ORDER BY 1, 2
-- name: hunt_r7_param_infer_select_list_compare
-- params: ["5"]
SELECT id, loyalty > $1 AS big FROM accounts ORDER BY id
-- name: hunt_r7_param_infer_having
-- params: ["3"]
SELECT mood, count(*) FROM accounts GROUP BY mood HAVING max(loyalty) > $1 ORDER BY mood
-- name: hunt_r7_param_infer_subquery_compare
-- params: ["5"]
SELECT id FROM accounts WHERE id IN (SELECT id FROM accounts WHERE loyalty < $1) ORDER BY id
-- name: hunt_r7_param_infer_exists_correlated
-- params: ["2025-01-01"]
SELECT a.id FROM accounts a WHERE EXISTS (SELECT 1 FROM bills b WHERE b.account_id = a.id AND b.due < $1) ORDER BY a.id
-- name: hunt_r7_param_infer_lateral
-- params: ["1"]
SELECT a.id, x.l FROM accounts a, LATERAL (SELECT a.loyalty + $1 AS l) x ORDER BY a.id
-- name: hunt_r7_param_infer_cte
-- params: ["0"]
WITH hi AS (SELECT id, loyalty FROM accounts WHERE loyalty > $1) SELECT * FROM hi ORDER BY id
-- name: hunt_r7_param_infer_union_column
-- params: ["42"]
SELECT loyalty FROM accounts WHERE id = 1 UNION ALL SELECT $1 ORDER BY 1
-- name: hunt_r7_param_infer_union_first
-- params: ["42"]
SELECT $1 UNION SELECT loyalty FROM accounts WHERE id = 1
-- name: hunt_r7_param_infer_values_join
-- params: ["gold"]
SELECT a.id FROM accounts a JOIN (VALUES ($1)) v(t) ON v.t = a.tier
-- name: hunt_r7_param_infer_in_subquery_shadow
-- params: ["10"]
SELECT id FROM accounts WHERE $1 IN (SELECT loyalty FROM accounts) ORDER BY id LIMIT 1
-- name: hunt_r7_param_infer_any_subquery
-- params: ["7"]
SELECT id FROM accounts WHERE $1 = ANY (SELECT loyalty FROM accounts a2 WHERE a2.id = accounts.id) ORDER BY id
-- name: hunt_r7_param_infer_offset_limit_both
-- params: ["1", "2"]
SELECT id FROM accounts WHERE tier IS NOT NULL ORDER BY tier OFFSET $1 LIMIT $2
-- name: hunt_r7_param_infer_two_uses
-- params: ["7"]
SELECT id FROM accounts WHERE loyalty = $1 OR id = $1 ORDER BY id
-- name: hunt_r7_param_infer_enum_order_case
-- params: ["sad"]
SELECT id FROM accounts ORDER BY mood = $1 DESC, id
-- name: hunt_r7_param_infer_array_any_enum_param
-- params: ["{happy}"]
SELECT id FROM accounts WHERE mood <> ALL ($1) ORDER BY id
-- name: hunt_r7_param_infer_window_frame
-- params: ["1"]
SELECT id, sum(loyalty) OVER (ORDER BY id ROWS BETWEEN $1 PRECEDING AND CURRENT ROW) FROM accounts ORDER BY id
-- name: hunt_r7_param_infer_gadgets_types
-- params: ["0.1", "9007199254740993", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"]
SELECT id FROM gadgets WHERE ratio = $1 OR big = $2 OR token = $3 ORDER BY id
-- name: hunt_r7_param_infer_gadgets_jsonb
-- params: ["{\"b\": [1, 2]}"]
SELECT id FROM gadgets WHERE doc @> $1 ORDER BY id
-- name: hunt_r7_param_infer_gadgets_jsonb_key
-- params: ["a"]
SELECT id, doc -> $1 FROM gadgets WHERE doc ? $1 ORDER BY id
-- name: hunt_r7_param_infer_gadgets_range_contains
-- params: ["3"]
SELECT id FROM gadgets WHERE slots @> $1::int ORDER BY id
-- name: hunt_r7_param_infer_gadgets_domain
-- params: ["1"]
SELECT id FROM gadgets WHERE units = $1 ORDER BY id
-- name: hunt_r7_param_infer_gadgets_composite
-- params: ["(0,none)"]
SELECT id FROM gadgets WHERE pt = $1 ORDER BY id
-- name: hunt_r7_param_infer_gadgets_interval
-- params: ["1 day"]
SELECT id FROM gadgets WHERE span > $1 ORDER BY id
-- name: hunt_r7_param_infer_gadgets_timestamptz
-- params: ["2024-03-05 10:34:56.789+00"]
SELECT id FROM gadgets WHERE made_at = $1 ORDER BY id
-- name: hunt_r7_param_infer_gadgets_char
-- params: ["xy"]
SELECT id FROM gadgets WHERE tag4 = $1 ORDER BY id
-- name: hunt_r7_param_infer_gadgets_varchar_array
-- params: ["{abc}"]
SELECT id FROM gadgets WHERE codes = $1 ORDER BY id
-- name: hunt_r7_param_infer_gadgets_bytea
-- params: ["\\x00ff10"]
SELECT id FROM gadgets WHERE blob = $1 ORDER BY id
-- name: hunt_r7_json_row_to_json_alias
SELECT row_to_json(a) FROM accounts a ORDER BY a.id
-- name: hunt_r7_json_row_to_json_star_qualified
SELECT row_to_json(a.*) FROM accounts a ORDER BY a.id
-- name: hunt_r7_json_to_jsonb_star
SELECT to_jsonb(a.*) FROM accounts a ORDER BY a.id
-- name: hunt_r7_json_to_json_unaliased
SELECT to_json(accounts) FROM accounts ORDER BY id
-- name: hunt_r7_json_agg_order_by_shadow
SELECT json_agg(a ORDER BY a.loyalty DESC NULLS LAST, a.id) FROM accounts a
-- name: hunt_r7_jsonb_agg_filter
SELECT jsonb_agg(a ORDER BY a.id) FILTER (WHERE a.tier IS NOT NULL) FROM accounts a
-- name: hunt_r7_json_agg_grouped_by_shadow
SELECT a.mood, json_agg(a ORDER BY a.id) FROM accounts a GROUP BY a.mood ORDER BY a.mood
-- name: hunt_r7_json_object_agg_shadow
SELECT json_object_agg(a.id, a.loyalty ORDER BY a.id) FROM accounts a
-- name: hunt_r7_jsonb_object_agg_whole_row
SELECT jsonb_object_agg(a.id::text, a) FROM accounts a WHERE a.id < 4
-- name: hunt_r7_jsonb_build_object_whole_row
SELECT jsonb_build_object('acct', a, 'n', 1) FROM accounts a ORDER BY a.id
-- name: hunt_r7_json_build_array_whole_row
SELECT json_build_array(a, b) FROM accounts a JOIN bills b ON b.account_id = a.id ORDER BY b.id
-- name: hunt_r7_whole_row_field
SELECT (a).loyalty, (a).tier, (a).labels[1] FROM accounts a ORDER BY a.id
-- name: hunt_r7_whole_row_text
SELECT a::text FROM accounts a ORDER BY a.id
-- name: hunt_r7_whole_row_text_unaliased
SELECT accounts::text FROM accounts ORDER BY id
-- name: hunt_r7_whole_row_star_text
SELECT a.*::text FROM accounts a ORDER BY a.id
-- name: hunt_r7_whole_row_in_cast_text_bills
SELECT CAST(b AS text) FROM bills b ORDER BY b.id
-- name: hunt_r7_whole_row_equals_self
SELECT a.id, a = a FROM accounts a ORDER BY a.id
-- name: hunt_r7_whole_row_is_null
SELECT a.id, a IS NULL, a IS NOT NULL FROM accounts a ORDER BY a.id
-- name: hunt_r7_whole_row_compare_subquery
SELECT a.id FROM accounts a WHERE a = (SELECT a2 FROM accounts a2 WHERE a2.id = a.id) ORDER BY a.id
-- name: hunt_r7_row_compare_shadow_fields
SELECT a.id FROM accounts a WHERE ROW(a.loyalty, a.tier) = ROW(10, 'gold')
-- name: hunt_r7_row_compare_lt
SELECT a.id FROM accounts a WHERE ROW(a.loyalty, a.id) < ROW(7, 9) ORDER BY a.id
-- name: hunt_r7_whole_row_distinct
SELECT DISTINCT a FROM accounts a WHERE a.id < 3
-- name: hunt_r7_whole_row_count_distinct
SELECT count(DISTINCT a) FROM accounts a
-- name: hunt_r7_whole_row_array_agg_text
SELECT array_agg(a ORDER BY a.id)::text FROM accounts a
-- name: hunt_r7_whole_row_json_populate_refuse_free
SELECT json_strip_nulls(row_to_json(a)) FROM accounts a ORDER BY a.id
-- name: hunt_r7_row_to_json_pretty
SELECT row_to_json(b, true) FROM bills b ORDER BY b.id
-- name: hunt_r7_row_to_json_subquery_row
SELECT row_to_json(t) FROM (SELECT a.id, a.loyalty, a.mood FROM accounts a) t ORDER BY t.id
-- name: hunt_r7_row_to_json_row_constructor
SELECT row_to_json(ROW(a.id, a.loyalty, a.tier)) FROM accounts a ORDER BY a.id
-- name: hunt_r7_to_jsonb_minus_keys
SELECT to_jsonb(a) - 'email' - 'created_on' FROM accounts a ORDER BY a.id
-- name: hunt_r7_to_jsonb_field_extract
SELECT (to_jsonb(a) ->> 'loyalty')::int, to_jsonb(a) -> 'labels' FROM accounts a ORDER BY a.id
-- name: hunt_r7_jsonb_each_whole_row
SELECT a.id, e.key, e.value FROM accounts a, jsonb_each(to_jsonb(a)) e WHERE a.id = 1 ORDER BY e.key
-- name: hunt_r7_json_agg_join_two_rows
SELECT a.id, json_agg(b ORDER BY b.id) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY a.id
-- name: hunt_r7_json_agg_group_pk_whole_row_a
SELECT a.id, row_to_json(a), count(b.id) FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY a.id
-- name: hunt_r7_whole_row_lateral_json
SELECT x.j FROM accounts a CROSS JOIN LATERAL (SELECT to_json(a) AS j) x ORDER BY a.id
-- name: hunt_r7_whole_row_cte_json
WITH c AS (SELECT * FROM accounts WHERE loyalty IS NOT NULL) SELECT row_to_json(c) FROM c ORDER BY c.id
-- name: hunt_r7_whole_row_users_json
SELECT row_to_json(u) FROM "Users" u ORDER BY u."Id"
-- name: hunt_r7_whole_row_line_items_json
SELECT to_jsonb(l) FROM line_items l ORDER BY l.order_id, l.line
-- name: hunt_r7_whole_row_gadgets_json
SELECT to_jsonb(g) FROM gadgets g ORDER BY g.id
-- name: hunt_r7_whole_row_gadgets_text
SELECT g::text FROM gadgets g ORDER BY g.id
-- name: hunt_r7_composite_function_whole_row
SELECT account_label(a) FROM accounts a ORDER BY a.id
-- name: hunt_r7_composite_function_in_from_json
SELECT row_to_json(f) FROM accounts_up_to(3) f
-- name: hunt_r7_composite_function_by_id_from
SELECT f.id, f.loyalty, f.tier FROM account_by_id(1) f
-- name: hunt_r7_composite_function_star
SELECT * FROM accounts_up_to(2)
-- name: hunt_r7_jsonb_build_object_nested_agg
SELECT jsonb_build_object('account', jsonb_build_object('id', a.id, 'loyalty', a.loyalty), 'bills', coalesce((SELECT jsonb_agg(jsonb_build_object('id', b.id, 'paid', b.paid) ORDER BY b.id) FROM bills b WHERE b.account_id = a.id), '[]'::jsonb)) FROM accounts a ORDER BY a.id
-- name: hunt_r7_json_typeof_fields
SELECT json_typeof(row_to_json(a) -> 'loyalty'), json_typeof(row_to_json(a) -> 'labels') FROM accounts a ORDER BY a.id
-- name: hunt_r7_whole_row_hash
SELECT a.id, md5(a::text) FROM accounts a ORDER BY a.id
-- name: hunt_r7_whole_row_order_by
SELECT a.id FROM accounts a ORDER BY a
-- name: hunt_r7_whole_row_group_by
SELECT a, count(*) FROM accounts a WHERE a.id < 3 GROUP BY a ORDER BY 1
-- name: hunt_r7_whole_row_in_list
SELECT a.id FROM accounts a WHERE (a.loyalty, a.tier) IN ((10, 'gold'), (NULL, 'silver'), (7, NULL)) ORDER BY 1
-- name: hunt_r7_json_agg_subselect_param
-- params: ["3"]
SELECT json_agg(t ORDER BY t.id) FROM (SELECT id, loyalty FROM accounts WHERE loyalty >= $1) t
-- name: hunt_r7_row_to_json_param_where
-- params: ["gold"]
SELECT row_to_json(a) FROM accounts a WHERE a.tier = $1
-- name: hunt_r7_pk_group_having_dependent_shadow
SELECT a.id, a.tier, count(b.id) FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id HAVING a.loyalty IS NOT NULL ORDER BY a.id
-- name: hunt_r7_pk_group_order_by_dependent_shadow
SELECT a.id, count(b.id) FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY a.loyalty DESC NULLS LAST, a.id
-- name: hunt_r7_pk_group_window_dependent
SELECT a.id, sum(a.loyalty) OVER (ORDER BY a.id), count(b.id) FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY a.id
-- name: hunt_r7_pk_group_case_dependent
SELECT a.id, CASE WHEN a.mood = 'happy' THEN count(b.id) ELSE -1 END FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY a.id
-- name: hunt_r7_pk_group_composite_key_discount
SELECT l.order_id, l.line, l.discount, count(*) FROM line_items l GROUP BY l.order_id, l.line ORDER BY 1, 2
-- name: hunt_r7_pk_group_both_tables
SELECT a.id, a.loyalty, b.id, b.paid, count(*) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id, b.id ORDER BY b.id
-- name: hunt_r7_pk_group_json_of_dependent
SELECT a.id, json_build_object('l', a.loyalty, 'n', count(b.id)) FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY a.id
-- name: hunt_r7_pk_group_star_subquery_agg
SELECT a.*, (SELECT count(*) FROM bills b WHERE b.account_id = a.id) FROM accounts a GROUP BY a.id ORDER BY a.id
-- name: hunt_r7_pk_group_in_lateral
SELECT x.* FROM bills b2, LATERAL (SELECT a.id, a.loyalty, count(b.id) AS n FROM accounts a LEFT JOIN bills b ON b.account_id = a.id WHERE a.id = b2.account_id GROUP BY a.id) x ORDER BY b2.id
-- name: hunt_r7_pk_group_cte_then_json
WITH s AS (SELECT a.id, a.tier, a.labels, count(b.id) AS n FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id) SELECT json_agg(s ORDER BY s.id) FROM s
-- name: hunt_r7_pk_group_param_dependent
-- params: ["5"]
SELECT a.id, a.loyalty > $1, count(b.id) FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY a.id
-- name: hunt_r7_pk_group_having_param
-- params: ["sad"]
SELECT a.id FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id HAVING a.mood <> $1 ORDER BY a.id
-- name: hunt_r7_pk_group_distinct_on_dependent
SELECT DISTINCT ON (a.tier) a.tier, a.id, count(b.id) FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY a.tier, a.id
-- name: hunt_r7_pk_group_users_quoted
SELECT u."Id", u."Nick", count(*) FROM "Users" u GROUP BY u."Id" ORDER BY 1
-- name: hunt_r7_pk_group_unqualified
SELECT id, loyalty, tier, count(*) FROM accounts GROUP BY id ORDER BY id
-- name: hunt_r7_pk_group_rollup_key
SELECT a.id, a.loyalty, count(*) FROM accounts a GROUP BY ROLLUP (a.id) ORDER BY 1 NULLS LAST
-- name: hunt_r7_pk_group_filter_dependent
SELECT a.id, count(b.id) FILTER (WHERE b.due > a.created_on OR a.loyalty > 5) FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY a.id
-- name: hunt_r7_pk_group_sub_agg_of_dependent
SELECT a.id, (SELECT a.loyalty + count(*) FROM bills b WHERE b.account_id = a.id) FROM accounts a GROUP BY a.id ORDER BY a.id
-- name: hunt_r7_pk_group_whole_row_text
SELECT a.id, a::text, count(b.id) FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY a.id
-- name: hunt_r7_pk_group_by_output_name
SELECT a.id AS account_id, a.loyalty, count(b.id) FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY account_id ORDER BY 1
-- name: hunt_r7_sales_landing_json
SELECT row_to_json(s) FROM sales.accounts s ORDER BY s.id
-- name: hunt_r7_sales_landing_text
SELECT s::text, s.score FROM sales.accounts s ORDER BY s.id
-- name: hunt_r7_sales_landing_param
-- params: ["20"]
SELECT id FROM sales.accounts WHERE score = $1
-- name: hunt_r7_sales_landing_star_param
-- params: ["15"]
SELECT * FROM sales.accounts WHERE score > $1 ORDER BY id
-- name: hunt_r7_join_alias_whole_row_json
SELECT row_to_json(j) FROM (accounts a JOIN bills b ON b.account_id = a.id) AS j ORDER BY j.id
-- name: hunt_r7_join_using_alias_star
SELECT j.* FROM (accounts JOIN (SELECT account_id AS id, paid FROM bills) b USING (id)) AS j ORDER BY 1, 9
-- name: hunt_r7_row_star_constructor_json
SELECT row_to_json(ROW(a.*)) FROM accounts a ORDER BY a.id
-- name: hunt_r7_count_whole_row_star
SELECT count(a.*), count(a) FROM accounts a LEFT JOIN bills b ON false
-- name: hunt_r7_whole_row_left_join_null
SELECT b.id, a IS NULL, row_to_json(a) FROM bills b LEFT JOIN accounts a ON a.id = b.account_id AND a.loyalty > 5 ORDER BY b.id
-- name: hunt_r7_jsonb_to_record_roundtrip
SELECT x.* FROM accounts a, jsonb_to_record(to_jsonb(a)) AS x(id int, loyalty int, tier text, mood mood, labels text[]) ORDER BY x.id
-- name: hunt_r7_json_populate_recordset_type_other
SELECT * FROM json_to_recordset((SELECT json_agg(a) FROM accounts a)) AS x(id int, loyalty int) ORDER BY 1
-- name: hunt_r7_array_subquery_whole_rows_json
SELECT array_to_json(ARRAY(SELECT a FROM accounts a WHERE a.id < 3 ORDER BY a.id))
-- name: hunt_r7_whole_row_two_tables_equal
SELECT a.id FROM accounts a JOIN accounts a2 ON a2.id = a.id WHERE a = a2 ORDER BY a.id
-- name: hunt_r7_whole_row_is_distinct_from
SELECT a.id FROM accounts a JOIN accounts a2 ON a2.id = a.id + 1 WHERE a IS DISTINCT FROM a2 ORDER BY a.id
-- name: hunt_r7_whole_row_in_subquery
SELECT a.id FROM accounts a WHERE a IN (SELECT x FROM accounts x WHERE x.loyalty > 5) ORDER BY a.id
-- name: hunt_r7_whole_row_values_field
SELECT (a).id, (a).mood FROM accounts a WHERE (a).loyalty IS NULL ORDER BY 1
-- name: hunt_r7_whole_row_star_expand_field
SELECT (a).* FROM accounts a ORDER BY (a).id
-- name: hunt_r7_whole_row_sub_field
SELECT (x.r).loyalty FROM (SELECT a AS r FROM accounts a) x ORDER BY (x.r).id
-- name: hunt_r7_whole_row_sub_star
SELECT (x.r).* FROM (SELECT a AS r FROM accounts a WHERE a.id < 3) x ORDER BY 1
-- name: hunt_r7_json_agg_distinct_shadow
SELECT json_agg(DISTINCT a.tier) FROM accounts a WHERE a.tier <> 'x'
-- name: hunt_r7_jsonb_agg_whole_row_sorted_text
SELECT jsonb_agg(b ORDER BY b.due, b.id) FROM bills b
-- name: hunt_r7_row_to_json_users_key_order
SELECT row_to_json(u)::text FROM "Users" u ORDER BY u."Id"
-- name: hunt_r7_to_json_animals_parent_child
SELECT to_json(x) FROM animals x ORDER BY x.id
-- name: hunt_r7_to_json_only_animals
SELECT to_json(x) FROM ONLY animals x ORDER BY x.id
-- name: hunt_r7_to_json_partition
SELECT to_json(s) FROM shipments_eu s ORDER BY s.id
-- name: hunt_r7_to_json_partitioned_parent
SELECT to_json(s) FROM shipments s ORDER BY s.region, s.id
-- name: hunt_r7_json_build_object_star
SELECT json_build_object('a', a.*) FROM accounts a ORDER BY a.id
-- name: hunt_r7_json_object_keys_whole_row
SELECT json_object_keys(row_to_json(a)) FROM accounts a WHERE a.id = 1
-- name: hunt_r7_concat_whole_row
SELECT concat(a, '|') FROM accounts a ORDER BY a.id
-- name: hunt_r7_format_whole_row
SELECT format('%s', a) FROM accounts a ORDER BY a.id
-- name: hunt_r7_string_agg_whole_row_text
SELECT string_agg(a::text, ';' ORDER BY a.id) FROM accounts a
-- name: hunt_r7_row_to_json_in_union
SELECT row_to_json(a) FROM accounts a WHERE a.id = 1 UNION ALL SELECT row_to_json(a) FROM accounts a WHERE a.id = 4
-- name: hunt_r7_whole_row_unqualified_star_text
SELECT (accounts.*)::text FROM accounts WHERE id = 3
-- name: hunt_r7_typmod_numeric_constants_a
SELECT id, loyalty::numeric(10,2) FROM accounts WHERE id = 1
-- name: hunt_r7_typmod_numeric_constants_b
SELECT id, loyalty::numeric(10,2) FROM accounts WHERE id = 4
-- name: hunt_r7_typmod_numeric_constants_c
SELECT id, loyalty::numeric(10,2) FROM accounts WHERE id = 5
-- name: hunt_r7_typmod_decimal_cast_a
SELECT id, CAST(loyalty AS decimal(6,1)) FROM accounts WHERE id = 1
-- name: hunt_r7_typmod_decimal_cast_b
SELECT id, CAST(loyalty AS decimal(6,1)) FROM accounts WHERE id = 4
-- name: hunt_r7_typmod_bit_a
SELECT id, loyalty::bit(8) FROM accounts WHERE id = 1
-- name: hunt_r7_typmod_bit_b
SELECT id, loyalty::bit(8) FROM accounts WHERE id = 4
-- name: hunt_r7_node_limit_subquery
SELECT id FROM bills ORDER BY id LIMIT (SELECT loyalty FROM accounts WHERE id = 5)
-- name: hunt_r7_node_offset_subquery
SELECT id FROM bills ORDER BY id OFFSET (SELECT loyalty FROM accounts WHERE id = 5)
-- name: hunt_r7_node_fetch_subquery
SELECT id FROM bills ORDER BY id FETCH FIRST (SELECT loyalty FROM accounts WHERE id = 5) ROWS ONLY
-- name: hunt_r7_node_frame_offset_subquery
SELECT id, sum(amount) OVER (ORDER BY id ROWS BETWEEN (SELECT loyalty FROM accounts WHERE id = 5) PRECEDING AND CURRENT ROW) FROM bills ORDER BY id
-- name: hunt_r7_node_within_group
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY loyalty), mode() WITHIN GROUP (ORDER BY mood), percentile_disc(0.5) WITHIN GROUP (ORDER BY tier) FROM accounts
-- name: hunt_r7_node_hypothetical_rank
SELECT rank(5) WITHIN GROUP (ORDER BY loyalty), dense_rank('sad') WITHIN GROUP (ORDER BY mood) FROM accounts
-- name: hunt_r7_node_named_arg
SELECT id, make_interval(days => loyalty) FROM accounts WHERE loyalty IS NOT NULL ORDER BY id
-- name: hunt_r7_node_variadic
SELECT id, concat_ws(VARIADIC labels) FROM accounts ORDER BY id
-- name: hunt_r7_node_variadic_format
SELECT id, format('%s-%s', VARIADIC ARRAY[tier, mood::text]) FROM accounts ORDER BY id
-- name: hunt_r7_node_substring_for
SELECT id, substring(tier FROM 1 FOR 3), position('o' IN tier), overlay(tier PLACING 'X' FROM 1 FOR 1) FROM accounts ORDER BY id
-- name: hunt_r7_node_trim
SELECT id, trim(BOTH 'g' FROM tier), trim(LEADING FROM tier), btrim(tier, 'd') FROM accounts ORDER BY id
-- name: hunt_r7_node_extract_due
SELECT id, extract(year FROM due), date_part('month', due), EXTRACT(dow FROM due) FROM bills ORDER BY id
-- name: hunt_r7_node_at_time_zone
SELECT id, made_at AT TIME ZONE 'UTC', stamp AT TIME ZONE 'Europe/Paris' FROM gadgets ORDER BY id
-- name: hunt_r7_node_overlaps
SELECT id FROM bills WHERE (due, due + 10) OVERLAPS (DATE '2024-12-25', DATE '2025-01-05') ORDER BY id
-- name: hunt_r7_node_is_true_unknown
SELECT id, paid IS TRUE, paid IS NOT FALSE, (paid AND NULL) IS UNKNOWN FROM bills ORDER BY id
-- name: hunt_r7_node_collate
SELECT tier FROM accounts WHERE tier IS NOT NULL ORDER BY tier COLLATE "C"
-- name: hunt_r7_node_collate_compare
SELECT id FROM accounts WHERE tier COLLATE "C" < 'h' ORDER BY id
-- name: hunt_r7_node_grouping_fn
SELECT mood, tier, grouping(mood, tier), count(*) FROM accounts GROUP BY ROLLUP (mood, tier) ORDER BY 1, 2, 3
-- name: hunt_r7_node_groups_frame_exclude
SELECT id, sum(loyalty) OVER (ORDER BY loyalty GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE CURRENT ROW) FROM accounts ORDER BY id
-- name: hunt_r7_node_range_frame_offset
SELECT id, count(*) OVER (ORDER BY loyalty RANGE BETWEEN 3 PRECEDING AND 3 FOLLOWING) FROM accounts ORDER BY id
-- name: hunt_r7_node_filter_window
SELECT id, count(*) FILTER (WHERE paid) OVER (ORDER BY id) FROM bills ORDER BY id
-- name: hunt_r7_node_array_subquery
SELECT ARRAY(SELECT loyalty FROM accounts ORDER BY id)
-- name: hunt_r7_node_array_slice
SELECT id, labels[1:1], labels[2:], labels[:1] FROM accounts ORDER BY id
-- name: hunt_r7_node_order_using
SELECT id FROM accounts ORDER BY loyalty USING >, id
-- name: hunt_r7_node_xmlelement
SELECT xmlelement(name acct, xmlattributes(id, tier), loyalty) FROM accounts ORDER BY id
-- name: hunt_r7_node_xmlforest
SELECT xmlforest(id, loyalty, tier) FROM accounts ORDER BY id
-- name: hunt_r7_node_xmlagg
SELECT xmlagg(xmlelement(name t, tier) ORDER BY id) FROM accounts
-- name: hunt_r7_node_cte_search
WITH RECURSIVE r(id, l) AS (SELECT id, loyalty FROM accounts WHERE id = 1 UNION ALL SELECT a.id, a.loyalty FROM accounts a JOIN r ON a.id = r.id + 1) SEARCH DEPTH FIRST BY id SET ord SELECT id, l FROM r ORDER BY ord
-- name: hunt_r7_node_cte_cycle
WITH RECURSIVE r(id, l) AS (SELECT id, loyalty FROM accounts WHERE id = 1 UNION ALL SELECT a.id, a.loyalty FROM accounts a JOIN r ON a.id = r.id % 3 + 1) CYCLE id SET is_cycle USING path SELECT id, l, is_cycle FROM r ORDER BY path
-- name: hunt_r7_node_cte_materialized
WITH x AS MATERIALIZED (SELECT id, tier FROM accounts) SELECT * FROM x WHERE tier IS NOT NULL ORDER BY id
-- name: hunt_r7_node_cte_not_materialized
WITH x AS NOT MATERIALIZED (SELECT id, mood FROM accounts) SELECT * FROM x WHERE mood = 'sad' ORDER BY id
-- name: hunt_r7_node_rows_from_generate
SELECT a.id, g FROM accounts a, ROWS FROM (generate_series(1, a.loyalty)) g WHERE a.id IN (4, 5) ORDER BY 1, 2
-- name: hunt_r7_node_unnest_labels_ordinality
SELECT a.id, u.l, u.n FROM accounts a, unnest(a.labels) WITH ORDINALITY AS u(l, n) ORDER BY 1, 3
-- name: hunt_r7_node_json_table_like_to_recordset
SELECT a.id, j.k FROM accounts a, jsonb_array_elements_text(to_jsonb(a.labels)) AS j(k) ORDER BY 1, 2
-- name: hunt_r7_node_case_in_order_limit_param
-- params: ["2"]
SELECT id FROM accounts ORDER BY CASE mood WHEN 'sad' THEN 0 ELSE 1 END, id LIMIT $1
-- name: hunt_r7_node_cast_array_enum
SELECT id FROM accounts WHERE mood = ANY (CAST('{sad,grumpy}' AS mood[])) ORDER BY id
-- name: hunt_r7_node_in_select_values
SELECT id FROM accounts WHERE loyalty IN (VALUES (10), (3)) ORDER BY id
-- name: hunt_r7_node_exists_values_lateral
SELECT a.id FROM accounts a WHERE EXISTS (SELECT FROM (VALUES (a.loyalty)) v(x) WHERE v.x > 5) ORDER BY a.id
-- name: hunt_r7_node_row_in_subquery
SELECT id FROM accounts WHERE (tier, mood) IN (SELECT tier, mood FROM accounts WHERE loyalty IS NULL)
-- name: hunt_r7_node_all_subquery
SELECT id FROM accounts WHERE coalesce(loyalty, 0) >= ALL (SELECT coalesce(loyalty, 0) FROM accounts)
-- name: hunt_r7_node_some_array
SELECT id FROM accounts WHERE 'new' = SOME (labels) ORDER BY id
-- name: hunt_r7_node_is_document_like
SELECT id, tier IS NOT NULL AND tier ^@ 'g' FROM accounts ORDER BY id
-- name: hunt_r7_node_starts_with
SELECT id FROM accounts WHERE starts_with(tier, 's') ORDER BY id
-- name: hunt_r7_node_distinct_from_row
SELECT id FROM accounts WHERE ROW(loyalty, mood) IS NOT DISTINCT FROM ROW(NULL::int, 'happy'::mood)
-- name: hunt_r7_node_nullif_enum
SELECT id, nullif(mood, 'happy') FROM accounts ORDER BY id
-- name: hunt_r7_node_greatest_enum
SELECT id, greatest(mood, 'sad'), least(labels, '{m}') FROM accounts ORDER BY id
-- name: hunt_r7_node_case_array_subscript_set
SELECT id, (labels || tier)[array_upper(labels || tier, 1)] FROM accounts ORDER BY id
-- name: hunt_r7_node_array_agg_distinct_order
SELECT array_agg(DISTINCT mood ORDER BY mood) FROM accounts
-- name: hunt_r7_node_string_agg_order_shadow
SELECT string_agg(name, ',' ORDER BY loyalty DESC NULLS LAST, id) FROM accounts
-- name: hunt_r7_node_bool_aggs
SELECT bool_and(paid), bool_or(paid), every(due > '2024-01-01') FROM bills
-- name: hunt_r7_node_stats_aggs
SELECT stddev(loyalty)::numeric(10,4), variance(loyalty)::numeric(10,4), corr(loyalty, id)::numeric(10,4) FROM accounts
-- name: hunt_r7_node_bit_aggs
SELECT bit_and(loyalty), bit_or(loyalty), bit_xor(loyalty) FROM accounts
-- name: hunt_r7_node_range_agg
SELECT range_agg(slots) FROM gadgets
-- name: hunt_r7_node_json_path
SELECT id, jsonb_path_query_array(doc, '$.b[*] ? (@ > 1)') FROM gadgets ORDER BY id
-- name: hunt_r7_node_jsonb_set_shadow
SELECT id, jsonb_set(doc, '{c}', to_jsonb(ratio)) FROM gadgets ORDER BY id
-- name: hunt_r7_select_into_constants_a
SELECT id, loyalty INTO TEMP hunt_r7_into_a FROM accounts WHERE id = 1
-- name: hunt_r7_select_into_constants_b
SELECT id, loyalty INTO TEMP hunt_r7_into_a FROM accounts WHERE id = 4
-- name: hunt_r7_select_into_constants_c
SELECT id, loyalty INTO TEMP hunt_r7_into_a FROM accounts WHERE id = 5
-- name: hunt_r7_window_frame_constants_a
SELECT id, sum(loyalty) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 2 FOLLOWING) FROM accounts WHERE id > 0 ORDER BY id
-- name: hunt_r7_window_frame_constants_b
SELECT id, sum(loyalty) OVER (ORDER BY id ROWS BETWEEN 3 PRECEDING AND 4 FOLLOWING) FROM accounts WHERE id > 1 ORDER BY id
-- name: hunt_r7_window_frame_constants_c
SELECT id, sum(loyalty) OVER (ORDER BY id ROWS BETWEEN 5 PRECEDING AND 6 FOLLOWING) FROM accounts WHERE id > 2 ORDER BY id
-- name: hunt_r7_range_frame_constants_a
SELECT id, count(*) OVER (ORDER BY loyalty RANGE BETWEEN 1 PRECEDING AND 2 FOLLOWING) FROM accounts ORDER BY id
-- name: hunt_r7_range_frame_constants_b
SELECT id, count(*) OVER (ORDER BY loyalty RANGE BETWEEN 3 PRECEDING AND 4 FOLLOWING) FROM accounts ORDER BY id
-- name: hunt_r7_range_frame_constants_c
SELECT id, count(*) OVER (ORDER BY loyalty RANGE BETWEEN 5 PRECEDING AND 6 FOLLOWING) FROM accounts ORDER BY id
-- name: hunt_r7_ntile_lag_constants_a
SELECT id, ntile(2) OVER (ORDER BY id), lag(loyalty, 1) OVER (ORDER BY id) FROM accounts ORDER BY id
-- name: hunt_r7_ntile_lag_constants_b
SELECT id, ntile(3) OVER (ORDER BY id), lag(loyalty, 2) OVER (ORDER BY id) FROM accounts ORDER BY id
-- name: hunt_r7_ntile_lag_constants_c
SELECT id, ntile(4) OVER (ORDER BY id), lag(loyalty, 5) OVER (ORDER BY id) FROM accounts ORDER BY id
-- name: hunt_r7_generate_series_constants_a
SELECT a.id, g FROM accounts a, generate_series(1, 2) g WHERE a.loyalty > 3 ORDER BY 1, 2
-- name: hunt_r7_generate_series_constants_b
SELECT a.id, g FROM accounts a, generate_series(3, 4) g WHERE a.loyalty > 5 ORDER BY 1, 2
-- name: hunt_r7_generate_series_constants_c
SELECT a.id, g FROM accounts a, generate_series(6, 7) g WHERE a.loyalty > 8 ORDER BY 1, 2
-- name: hunt_r7_tablesample_constants_a
SELECT count(loyalty) FROM accounts TABLESAMPLE BERNOULLI (100) REPEATABLE (1)
-- name: hunt_r7_tablesample_constants_b
SELECT count(loyalty) FROM accounts TABLESAMPLE BERNOULLI (99) REPEATABLE (2)
-- name: hunt_r7_tablesample_constants_c
SELECT count(loyalty) FROM accounts TABLESAMPLE BERNOULLI (98) REPEATABLE (3)
-- name: hunt_r7_distinct_expr_constants_a
-- expect: 42P10
SELECT DISTINCT loyalty / 2 FROM accounts ORDER BY loyalty / 3
-- name: hunt_r7_distinct_expr_constants_b
-- expect: 42P10
SELECT DISTINCT loyalty / 4 FROM accounts ORDER BY loyalty / 5
-- name: hunt_r7_group_expr_constants_a
-- expect: 42803
SELECT loyalty % 2, count(*) FROM accounts GROUP BY loyalty % 3
-- name: hunt_r7_group_expr_constants_b
-- expect: 42803
SELECT loyalty % 4, count(*) FROM accounts GROUP BY loyalty % 5
-- name: hunt_r7_group_expr_constants_c
-- expect: 42803
SELECT loyalty % 6, count(*) FROM accounts GROUP BY loyalty % 7
-- name: hunt_r7_pk_group_const_expr_a
SELECT a.id + 1, a.loyalty FROM accounts a GROUP BY a.id ORDER BY 1
-- name: hunt_r7_pk_group_const_expr_b
SELECT a.id + 2, a.loyalty FROM accounts a GROUP BY a.id ORDER BY 1
-- name: hunt_r7_pk_group_const_expr_c
SELECT a.id + 3, a.loyalty FROM accounts a GROUP BY a.id ORDER BY 1
-- name: hunt_r7_int_overflow_constants_a
SELECT id, loyalty * 2147483 FROM accounts WHERE id = 1
-- name: hunt_r7_int_overflow_constants_b
-- expect: 22003
SELECT id, loyalty * 214748365 FROM accounts WHERE id = 1
-- name: hunt_r7_int_overflow_constants_c
SELECT id, loyalty * 2147485 FROM accounts WHERE id = 5
-- name: hunt_r7_div_zero_constants_a
SELECT id, loyalty / 1 FROM accounts WHERE id = 4
-- name: hunt_r7_div_zero_constants_b
-- expect: 22012
SELECT id, loyalty / 0 FROM accounts WHERE id = 5
-- name: hunt_r7_div_zero_constants_c
SELECT id, loyalty / 0 FROM accounts WHERE id = 99
-- name: hunt_r7_param_function_in_from
-- params: ["3"]
SELECT f.id, f.loyalty FROM accounts_up_to($1) f ORDER BY f.id
-- name: hunt_r7_param_function_single_row_from
-- params: ["4"]
SELECT f.loyalty, f.mood FROM account_by_id($1) f
-- name: hunt_r7_param_function_ordinality
-- params: ["2"]
SELECT f.tier, f.ordinality FROM accounts_up_to($1) WITH ORDINALITY f ORDER BY 2
-- name: hunt_r7_param_function_json_agg
-- params: ["5"]
SELECT json_agg(f ORDER BY f.id) FROM accounts_up_to($1) f
-- name: hunt_r7_param_tablesample
-- params: ["100", "7"]
SELECT count(*), sum(loyalty) FROM accounts TABLESAMPLE BERNOULLI ($1) REPEATABLE ($2)
-- name: hunt_r7_param_whole_row_label_function
-- params: ["1"]
SELECT account_label(a) FROM accounts a WHERE a.loyalty > $1 ORDER BY a.id
-- name: hunt_r7_param_to_jsonb_contains
-- params: ["{\"tier\": \"gold\"}"]
SELECT a.id FROM accounts a WHERE to_jsonb(a) @> $1 ORDER BY a.id
-- name: hunt_r7_param_row_to_json_key
-- params: ["mood"]
SELECT a.id, row_to_json(a) ->> $1 FROM accounts a ORDER BY a.id
-- name: hunt_r7_param_jsonb_build_object_value
-- params: ["k"]
SELECT jsonb_build_object($1::text, loyalty) FROM accounts ORDER BY id
-- name: hunt_r7_param_json_agg_filter
-- params: ["sad"]
SELECT json_agg(a.id ORDER BY a.id) FILTER (WHERE a.mood <> $1) FROM accounts a
-- name: hunt_r7_param_group_by_pk_whole_row_json
-- params: ["0"]
SELECT a.id, row_to_json(a), count(b.id) FROM accounts a LEFT JOIN bills b ON b.account_id = a.id WHERE coalesce(a.loyalty, 0) >= $1 GROUP BY a.id ORDER BY a.id
-- name: hunt_r7_param_select_list_only_typed_by_case
-- params: ["none"]
SELECT id, CASE WHEN tier IS NULL THEN $1 ELSE tier END FROM accounts ORDER BY id
-- name: hunt_r7_param_array_element_enum
-- params: ["happy", "sad"]
SELECT id FROM accounts WHERE mood = ANY (ARRAY[$1, $2]) ORDER BY id
-- name: hunt_r7_param_array_cast_enum
-- params: ["{happy,sad}"]
SELECT id FROM accounts WHERE mood = ANY (CAST($1 AS mood[])) ORDER BY id
-- name: hunt_r7_param_jooq_any_cast_int_array
-- params: ["{10,3}"]
select "public"."accounts"."id" from "public"."accounts" where "public"."accounts"."loyalty" = any (cast($1 as int[])) order by 1
-- name: hunt_r7_param_date_interval
-- params: ["30 days"]
SELECT id FROM bills WHERE due > DATE '2024-12-31' - $1::interval ORDER BY id
-- name: hunt_r7_param_date_plus_int
-- params: ["1"]
SELECT id, due + $1 FROM bills ORDER BY id
-- name: hunt_r7_param_labels_append
-- params: ["x"]
SELECT id, array_append(labels, $1) FROM accounts ORDER BY id
-- name: hunt_r7_param_labels_position
-- params: ["vip"]
SELECT id, array_position(labels, $1) FROM accounts ORDER BY id
-- name: hunt_r7_param_labels_subscript
-- params: ["2"]
SELECT id, labels[$1] FROM accounts ORDER BY id
-- name: hunt_r7_param_labels_contained_by_param
-- params: ["new"]
SELECT id FROM accounts WHERE ARRAY[$1] <@ labels ORDER BY id
-- name: hunt_r7_param_mood_text_compare
-- params: ["sad"]
SELECT id FROM accounts WHERE mood::text = $1 ORDER BY id
-- name: hunt_r7_param_enum_range
-- params: ["sad"]
SELECT id FROM accounts WHERE mood >= $1 ORDER BY id
-- name: hunt_r7_param_in_two_subqueries
-- params: ["gold"]
SELECT id FROM accounts WHERE tier = $1 OR id IN (SELECT account_id FROM bills WHERE note = $1) ORDER BY id
-- name: hunt_r7_param_union_arms_typed
-- params: ["3", "sad"]
SELECT id FROM accounts WHERE loyalty = $1 UNION SELECT id FROM accounts WHERE mood = $2 ORDER BY 1
-- name: hunt_r7_param_users_nick_like
-- params: ["Z%"]
SELECT "Id" FROM "Users" WHERE "Nick" LIKE $1
-- name: hunt_r7_param_events_seen_no_pk
-- params: ["false"]
SELECT kind FROM events WHERE seen = $1 ORDER BY kind
-- name: hunt_r7_param_visits_kind
-- params: ["web"]
SELECT count(*) FROM visits WHERE kind = $1
-- name: hunt_r7_param_shipments_status
-- params: ["new"]
SELECT region, id FROM shipments WHERE status = $1 ORDER BY 1, 2
-- name: hunt_r7_param_animals_legs
-- params: ["4"]
SELECT id FROM animals WHERE legs = $1 ORDER BY id
-- name: hunt_r7_param_dogs_legs
-- params: ["4"]
SELECT id, breed FROM dogs WHERE legs = $1 ORDER BY id
-- name: hunt_r7_param_notes_stars
-- params: ["5"]
SELECT slug FROM notes WHERE stars >= $1 ORDER BY slug
-- name: hunt_r7_whole_row_eq_param
-- params: ["(1,Alice,alice@example.com,2024-01-05,10,gold,happy,\"{vip,early}\")"]
SELECT a.id FROM accounts a WHERE a = $1
-- name: hunt_r7_function_row_field_in_select_list
SELECT (account_by_id(1)).loyalty
-- name: hunt_r7_err_enum_literal_invalid
-- expect: 22P02
SELECT id FROM accounts WHERE mood = 'angry'
-- name: hunt_r7_err_enum_literal_invalid_qualified
-- expect: 22P02
SELECT a1_0.id FROM accounts a1_0 WHERE a1_0.mood IN ('happy', 'angry')
-- name: hunt_r7_err_int_literal_invalid
-- expect: 22P02
SELECT "accounts"."id" FROM "accounts" WHERE "accounts"."loyalty" = 'abc'
-- name: hunt_r7_err_param_invalid_int
-- params: ["abc"]
-- expect: 22P02
SELECT id FROM accounts WHERE loyalty = $1
-- name: hunt_r7_err_param_invalid_enum
-- params: ["angry"]
-- expect: 22P02
SELECT a0."id" FROM "accounts" AS a0 WHERE (a0."mood" = $1)
-- name: hunt_r7_err_param_invalid_array
-- params: ["vip"]
-- expect: 22P02
SELECT id FROM accounts WHERE labels && $1
-- name: hunt_r7_err_date_literal_invalid
-- expect: 22008
SELECT id FROM bills WHERE due = '2024-13-01'
-- name: hunt_r7_err_param_invalid_date
-- params: ["2024-02-30"]
-- expect: 22008
SELECT id FROM bills WHERE due < $1
-- name: hunt_r7_err_typo_shadow_hibernate
-- expect: 42703
select a1_0.id,a1_0.loyalti from accounts a1_0 where a1_0.id=1
-- name: hunt_r7_err_typo_shadow_quoted_jooq
-- expect: 42703
select "public"."accounts"."loyalty", "public"."accounts"."teir" from "public"."accounts"
-- name: hunt_r7_err_wrong_alias_ecto
-- expect: 42P01
SELECT a1."loyalty" FROM "accounts" AS a0
-- name: hunt_r7_err_ambiguous_loyalty_tags
-- expect: 42702
SELECT loyalty FROM accounts JOIN tags USING (id)
-- name: hunt_r7_err_ambiguous_loyalty_tags_where
-- expect: 42702
SELECT accounts.id FROM accounts, tags WHERE loyalty > 1
-- name: hunt_r7_err_operator_enum_int
-- expect: 42883
SELECT id FROM accounts WHERE mood = 1
-- name: hunt_r7_err_operator_labels_int
-- expect: 42883
SELECT id FROM accounts WHERE labels @> 1
-- name: hunt_r7_err_sum_text
-- expect: 42883
SELECT sum(tier) FROM accounts
-- name: hunt_r7_err_group_by_missing_shadow
-- expect: 42803
SELECT tier, loyalty FROM accounts GROUP BY tier
-- name: hunt_r7_err_group_by_missing_shadow_qualified
-- expect: 42803
SELECT "accounts"."tier", count(*), "accounts"."mood" FROM "accounts" GROUP BY "accounts"."tier"
-- name: hunt_r7_err_having_missing
-- expect: 42803
SELECT mood FROM accounts GROUP BY mood HAVING loyalty > 1
-- name: hunt_r7_err_order_by_distinct_shadow
-- expect: 42P10
SELECT DISTINCT id FROM accounts ORDER BY loyalty
-- name: hunt_r7_err_union_types
-- expect: 42804
SELECT loyalty FROM accounts UNION SELECT tier FROM accounts
-- name: hunt_r7_err_case_types
-- expect: 42804
SELECT CASE WHEN id > 1 THEN loyalty ELSE tier END FROM accounts
-- name: hunt_r7_err_coalesce_types
-- expect: 42804
SELECT coalesce(mood, due) FROM accounts, bills
-- name: hunt_r7_err_cast_enum_to_int
-- expect: 42846
SELECT mood::int FROM accounts
-- name: hunt_r7_err_runtime_cast_tier_int
-- expect: 22P02
SELECT tier::int FROM accounts ORDER BY id
-- name: hunt_r7_err_div_by_zero_shadow
-- expect: 22012
SELECT id, 100 / loyalty FROM accounts WHERE id = 3
-- name: hunt_r7_err_array_subscript_type
-- expect: 22P02
SELECT labels['a'] FROM accounts
-- name: hunt_r7_err_window_missing_over_shadow
-- expect: 42809
SELECT rank(loyalty) FROM accounts
-- name: hunt_r7_err_agg_in_where_shadow
-- expect: 42803
SELECT id FROM accounts WHERE sum(loyalty) > 1
-- name: hunt_r7_err_nested_agg
-- expect: 42803
SELECT sum(max(loyalty)) FROM accounts
-- name: hunt_r7_err_subquery_multiple_rows
-- expect: 21000
SELECT (SELECT loyalty FROM accounts) FROM bills
-- name: hunt_r7_err_limit_negative_shadow
-- expect: 2201W
SELECT id FROM bills LIMIT (SELECT -loyalty FROM accounts WHERE id = 1)
-- name: hunt_r7_err_function_missing
-- expect: 42883
SELECT nosuchfn(loyalty) FROM accounts
-- name: hunt_r7_err_column_of_subquery_typo
-- expect: 42703
SELECT s.loyalty FROM (SELECT id, tier FROM accounts) s
-- name: hunt_r7_err_param_count_mismatch_enum
-- params: ["happy"]
-- expect: 42P18
SELECT id FROM accounts WHERE mood = $2
-- name: hunt_r7_err_record_field_missing
-- expect: 42703
SELECT (a).nosuch FROM accounts a
-- name: hunt_r7_err_json_agg_star
-- expect: 42883
SELECT json_agg(*) FROM accounts
-- name: hunt_r7_rails_lock_find
-- params: ["1", "1"]
SELECT "accounts".* FROM "accounts" WHERE "accounts"."id" = $1 LIMIT $2 FOR UPDATE
-- name: hunt_r7_django_select_for_update_of_self
SELECT "accounts"."id", "accounts"."loyalty" FROM "accounts" WHERE "accounts"."tier" IS NOT NULL ORDER BY "accounts"."id" FOR UPDATE OF "accounts"
-- name: hunt_r7_django_select_for_update_skip_locked
SELECT "accounts"."id", "accounts"."mood" FROM "accounts" WHERE "accounts"."loyalty" > 1 ORDER BY "accounts"."id" LIMIT 1 FOR UPDATE SKIP LOCKED
-- name: hunt_r7_hibernate_for_no_key_update_of
-- params: ["4"]
select a1_0.id,a1_0.loyalty from accounts a1_0 where a1_0.id=$1 for no key update of a1_0
-- name: hunt_r7_sqlalchemy_for_update_of_join
SELECT accounts.id, accounts.tier, bills.id AS bills_id FROM accounts JOIN bills ON bills.account_id = accounts.id WHERE bills.paid ORDER BY bills.id FOR UPDATE OF accounts
-- name: hunt_r7_django_values_annotate_group_ordinal
SELECT "accounts"."tier", COUNT("accounts"."id") AS "n" FROM "accounts" GROUP BY 1 ORDER BY 1 NULLS FIRST
-- name: hunt_r7_django_values_two_group_ordinal
SELECT "accounts"."mood", "accounts"."tier", SUM("accounts"."loyalty") AS "s" FROM "accounts" GROUP BY 1, 2 ORDER BY 1, 2
-- name: hunt_r7_django_group_pk_and_ordinal
SELECT "accounts"."id", "accounts"."loyalty", COUNT("bills"."id") AS "n" FROM "accounts" LEFT OUTER JOIN "bills" ON ("accounts"."id" = "bills"."account_id") GROUP BY 1 ORDER BY 1
-- name: hunt_r7_django_group_pk_ordinal_expression
SELECT "accounts"."id", COALESCE("accounts"."loyalty", 0) AS "l", COUNT("bills"."id") AS "n" FROM "accounts" LEFT OUTER JOIN "bills" ON ("accounts"."id" = "bills"."account_id") GROUP BY 1, 2 ORDER BY 1
-- name: hunt_r7_django_window_qualify
SELECT * FROM (SELECT "accounts"."id" AS "col1", "accounts"."tier" AS "col2", ROW_NUMBER() OVER (PARTITION BY "accounts"."mood" ORDER BY "accounts"."loyalty" DESC NULLS LAST, "accounts"."id") AS "rn" FROM "accounts") "qualify" WHERE "rn" = 1 ORDER BY "col1"
-- name: hunt_r7_django_distinct_on_field
SELECT DISTINCT ON ("accounts"."mood") "accounts"."id", "accounts"."mood", "accounts"."loyalty" FROM "accounts" ORDER BY "accounts"."mood" ASC, "accounts"."loyalty" DESC NULLS LAST
-- name: hunt_r7_django_union_order_paren
SELECT "accounts"."id", "accounts"."tier" FROM "accounts" WHERE "accounts"."loyalty" > 5 UNION SELECT "accounts"."id", "accounts"."tier" FROM "accounts" WHERE "accounts"."mood" = 'sad' ORDER BY (2) ASC, (1) ASC
-- name: hunt_r7_django_arrayagg_ordering
SELECT "accounts"."mood", ARRAY_AGG("accounts"."tier" ORDER BY "accounts"."id") AS "tiers" FROM "accounts" GROUP BY "accounts"."mood" ORDER BY 1
-- name: hunt_r7_django_jsonbagg
SELECT JSONB_AGG("accounts"."labels" ORDER BY "accounts"."id") AS "labels" FROM "accounts"
-- name: hunt_r7_django_stringagg_distinct
SELECT STRING_AGG(DISTINCT "accounts"."tier", ',' ) AS "tiers" FROM "accounts" WHERE "accounts"."tier" <> 'x'
-- name: hunt_r7_django_trunc_month
SELECT DATE_TRUNC('month', "bills"."due") AS "m", COUNT("bills"."id") AS "n" FROM "bills" GROUP BY 1 ORDER BY 1
-- name: hunt_r7_django_extract_year_filter
SELECT "bills"."id" FROM "bills" WHERE EXTRACT(YEAR FROM "bills"."due") = 2025 ORDER BY "bills"."id"
-- name: hunt_r7_django_year_lookup_between
-- params: ["2024-01-01", "2024-12-31"]
SELECT "bills"."id" FROM "bills" WHERE "bills"."due" BETWEEN $1 AND $2 ORDER BY "bills"."id"
-- name: hunt_r7_django_json_key_transform
SELECT "gadgets"."id" FROM "gadgets" WHERE ("gadgets"."doc" -> 'v') = '1'::jsonb ORDER BY 1
-- name: hunt_r7_django_json_has_key
SELECT "gadgets"."id" FROM "gadgets" WHERE "gadgets"."doc" ? 'a' ORDER BY 1
-- name: hunt_r7_django_json_has_any_keys
SELECT "gadgets"."id" FROM "gadgets" WHERE "gadgets"."doc" ?| ARRAY['a', 'v'] ORDER BY 1
-- name: hunt_r7_django_json_contains_param
-- params: ["{\"v\": 1}"]
SELECT "gadgets"."id" FROM "gadgets" WHERE "gadgets"."doc" @> $1::jsonb ORDER BY 1
-- name: hunt_r7_django_json_kt
SELECT "gadgets"."id", ("gadgets"."doc" #>> '{a,x}') AS "ax", ("gadgets"."doc" -> 'b' -> 0) AS "b0" FROM "gadgets" ORDER BY 1
-- name: hunt_r7_django_count_distinct_subquery_two
SELECT COUNT(*) FROM (SELECT DISTINCT "accounts"."mood" AS "col1", "accounts"."tier" AS "col2" FROM "accounts") subquery
-- name: hunt_r7_django_exists_filter_outer
SELECT "accounts"."id" FROM "accounts" WHERE EXISTS(SELECT 1 AS "a" FROM "bills" U0 WHERE (U0."account_id" = ("accounts"."id") AND NOT U0."paid" AND U0."due" > ("accounts"."created_on")) LIMIT 1) ORDER BY "accounts"."id" ASC
-- name: hunt_r7_django_subquery_annotation_shadow_outer
SELECT "bills"."id", (SELECT U0."loyalty" FROM "accounts" U0 WHERE U0."id" = ("bills"."account_id") LIMIT 1) AS "acct_loyalty" FROM "bills" ORDER BY "bills"."id"
-- name: hunt_r7_django_conditional_count
SELECT COUNT(CASE WHEN "accounts"."mood" = 'happy' THEN 1 ELSE NULL END) AS "happy", COUNT(CASE WHEN "accounts"."loyalty" > 5 THEN 1 ELSE NULL END) AS "loyal" FROM "accounts"
-- name: hunt_r7_django_greatest_annotation
SELECT "accounts"."id", GREATEST("accounts"."loyalty", 5) AS "g" FROM "accounts" ORDER BY "g" DESC, "accounts"."id" ASC
-- name: hunt_r7_django_isnull_false_ordering
SELECT "accounts"."id" FROM "accounts" WHERE "accounts"."loyalty" IS NOT NULL ORDER BY "accounts"."loyalty" ASC, "accounts"."id" DESC
-- name: hunt_r7_django_f_nulls_last_order
SELECT "accounts"."id", "accounts"."tier" FROM "accounts" ORDER BY "accounts"."tier" DESC NULLS LAST, "accounts"."id"
-- name: hunt_r7_django_in_subquery_values
SELECT "accounts"."id" FROM "accounts" WHERE "accounts"."id" IN (SELECT U0."account_id" FROM "bills" U0 WHERE U0."paid") ORDER BY "accounts"."id"
-- name: hunt_r7_django_prefetch_in
SELECT "bills"."id", "bills"."account_id", "bills"."paid", "bills"."due" FROM "bills" WHERE "bills"."account_id" IN (1, 2, 3, 4, 5) ORDER BY "bills"."id"
-- name: hunt_r7_hibernate_union_all_table_per_class
select a1_0.id,a1_0.clazz_,a1_0.loyalty,a1_0.region from (select id, loyalty, null::text as region, 1 as clazz_ from accounts union all select id, null::int as loyalty, region, 2 as clazz_ from sales.accounts) a1_0 order by a1_0.clazz_,a1_0.id
-- name: hunt_r7_hibernate_in_subquery_fetch
select a1_0.id,a1_0.tier from accounts a1_0 where a1_0.id in (select b1_0.account_id from bills b1_0 where b1_0.paid) order by a1_0.id
-- name: hunt_r7_hibernate_cast_text_array_param
-- params: ["{vip}"]
select a1_0.id from accounts a1_0 where a1_0.labels@>cast($1 as text[]) order by a1_0.id
-- name: hunt_r7_hibernate_array_length
select a1_0.id,array_length(a1_0.labels,1) from accounts a1_0 order by 1
-- name: hunt_r7_hibernate_coalesce_max_subquery
select coalesce(max(a1_0.loyalty),0) from accounts a1_0 where a1_0.mood<>'grumpy'
-- name: hunt_r7_hibernate_exists_row_limit
-- params: ["gold"]
select 1 from accounts a1_0 where a1_0.tier=$1 fetch first 1 rows only
-- name: hunt_r7_hibernate_left_join_on_shadow
select a1_0.id,b1_0.id from accounts a1_0 left join bills b1_0 on a1_0.id=b1_0.account_id and b1_0.paid and a1_0.loyalty is not null order by a1_0.id,b1_0.id
-- name: hunt_r7_hibernate_case_searched_param
-- params: ["5", "high", "low"]
select a1_0.id,case when a1_0.loyalty>$1 then $2 else $3 end from accounts a1_0 order by a1_0.id
-- name: hunt_r7_prisma_order_nulls_param_cursor
-- params: ["3", "2", "0"]
SELECT "public"."accounts"."id", "public"."accounts"."loyalty" FROM "public"."accounts", (SELECT "public"."accounts"."loyalty" AS "accounts_loyalty_0" FROM "public"."accounts" WHERE ("public"."accounts"."id") = ($1)) AS "order_cmp" WHERE ("public"."accounts"."loyalty" >= "order_cmp"."accounts_loyalty_0") ORDER BY "public"."accounts"."loyalty" ASC, "public"."accounts"."id" LIMIT $2 OFFSET $3
-- name: hunt_r7_prisma_labels_cast_text_array
SELECT "public"."accounts"."id", "public"."accounts"."labels"::text[] FROM "public"."accounts" ORDER BY 1
-- name: hunt_r7_prisma_enum_array_cast
SELECT "public"."accounts"."id", "public"."accounts"."mood"::text FROM "public"."accounts" ORDER BY 1
-- name: hunt_r7_kysely_select_from_subquery_alias_cols
select "t"."a", "t"."b" from (select "id" as "a", "loyalty" as "b" from "accounts") as "t" where "t"."b" is not null order by "t"."a"
-- name: hunt_r7_jooq_derived_column_alias_list
select "t"."x", "t"."y" from (select "a"."id", "a"."loyalty" from "public"."accounts" as "a") as "t" ("x", "y") order by "t"."x"
-- name: hunt_r7_jooq_table_alias_column_list_shadow
select "a"."i", "a"."l5" from "public"."accounts" as "a" ("i", "n", "e", "c", "l5") order by 1
-- name: hunt_r7_function_row_field_live
SELECT (account_by_id(1)).name
-- name: hunt_r7_function_row_field_two_shadow
SELECT (account_by_id(4)).mood, (account_by_id(4)).labels, (account_by_id(4)).id
-- name: hunt_r7_function_row_field_not_found
SELECT (account_by_id(999)).loyalty, (account_by_id(999)).labels
-- name: hunt_r7_function_row_field_correlated
SELECT b.id, (account_by_id(b.account_id)).tier FROM bills b ORDER BY b.id
-- name: hunt_r7_function_row_field_where
SELECT b.id FROM bills b WHERE (account_by_id(b.account_id)).loyalty > 5 ORDER BY b.id
-- name: hunt_r7_function_row_field_subscript
SELECT (account_by_id(1)).labels[2]
-- name: hunt_r7_function_row_field_qualified_call
SELECT (public.account_by_id(3)).mood
-- name: hunt_r7_function_row_field_param
-- params: ["4"]
SELECT (account_by_id($1)).loyalty
-- name: hunt_r7_function_row_field_alias
SELECT (account_by_id(1)).loyalty AS l
-- name: hunt_r7_function_row_field_nested
SELECT (account_by_id((account_by_id(5)).loyalty)).tier
-- name: hunt_r7_function_row_field_in_agg
SELECT sum((account_by_id(b.account_id)).loyalty) FROM bills b
-- name: hunt_r7_function_row_field_typo
-- expect: 42703
SELECT (account_by_id(1)).loyaltyy
-- name: hunt_r7_function_row_field_double_parens
SELECT ((account_by_id(2))).tier, ( (account_by_id(3)) ).mood
-- name: hunt_r7_function_row_field_in_from_function_argument
SELECT f.id, f.loyalty FROM accounts_up_to((account_by_id(5)).loyalty) f ORDER BY f.id
-- name: hunt_r7_function_row_field_in_where_subquery
SELECT a.id FROM accounts a WHERE a.loyalty = (account_by_id(4)).loyalty ORDER BY a.id
-- name: hunt_r7_function_row_field_order_by
SELECT b.id FROM bills b ORDER BY (account_by_id(b.account_id)).loyalty NULLS FIRST, b.id
-- name: hunt_r7_function_row_field_json
SELECT json_build_object('l', (account_by_id(1)).loyalty, 'labels', (account_by_id(1)).labels)
-- name: hunt_r7_function_row_field_live_and_label
SELECT (account_by_id(1)).email, account_label(account_by_id(1))
-- name: hunt_r7_function_setof_field_live
SELECT (accounts_up_to(2)).name
-- name: hunt_r7_param_gadgets_numeric_total
-- params: ["123456789.123456789"]
SELECT id FROM gadgets WHERE total = $1 ORDER BY id
-- name: hunt_r7_param_gadgets_real
-- params: ["3.14159"]
SELECT id FROM gadgets WHERE fscore = $1 ORDER BY id
-- name: hunt_r7_param_gadgets_timestamp3
-- params: ["2024-02-29 23:59:59.999"]
SELECT id FROM gadgets WHERE stamp = $1 ORDER BY id
-- name: hunt_r7_param_gadgets_time
-- params: ["09:00"]
SELECT id FROM gadgets WHERE opens > $1 ORDER BY id
-- name: hunt_r7_param_gadgets_int_array_any
-- params: ["2"]
SELECT id FROM gadgets WHERE $1 = ANY(nums) ORDER BY id
-- name: hunt_r7_param_gadgets_tstzrange_contains
-- params: ["2024-06-01 00:00:00+00"]
SELECT id FROM gadgets WHERE period @> $1::timestamptz ORDER BY id
-- name: hunt_r7_param_gadgets_range_overlap
-- params: ["[1,5)"]
SELECT id FROM gadgets WHERE slots && $1 ORDER BY id
-- name: hunt_r7_param_gadgets_varchar_array_any
-- params: ["abc"]
SELECT id FROM gadgets WHERE $1 = ANY(codes) ORDER BY id
-- name: hunt_r7_param_gadgets_json_text_compare
-- params: ["{\"a\":1,  \"a\": 2}"]
SELECT id FROM gadgets WHERE raw::text = $1 ORDER BY id
-- name: hunt_r7_param_gadgets_uuid_in
-- params: ["a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "00000000-0000-0000-0000-000000000000"]
SELECT id FROM gadgets WHERE token IN ($1, $2) ORDER BY id
-- name: hunt_r7_param_gadgets_interval_plus
-- params: ["1 hour"]
SELECT id, span + $1 FROM gadgets ORDER BY id
-- name: hunt_r7_param_gadgets_pair_field
-- params: ["0"]
SELECT id FROM gadgets WHERE (pt).x = $1 ORDER BY id
-- name: hunt_r7_json_line_items_agg_by_order
SELECT l.order_id, json_agg(l ORDER BY l.line) FROM line_items l GROUP BY l.order_id ORDER BY 1
-- name: hunt_r7_json_users_agg_param
-- params: ["0"]
SELECT json_agg(u ORDER BY u."Id") FROM "Users" u WHERE u."Id" > $1
-- name: hunt_r7_json_notes_row_to_json
SELECT row_to_json(n) FROM notes n ORDER BY n.slug
-- name: hunt_r7_json_visits_to_jsonb
SELECT to_jsonb(v) - 'visitor' - 'at' FROM visits v ORDER BY v.at
-- name: hunt_r7_json_events_no_pk
SELECT row_to_json(e) FROM events e ORDER BY e.kind, e.payload
-- name: hunt_r7_json_shipments_partition_rows_param
-- params: ["eu"]
SELECT to_jsonb(s) FROM shipments s WHERE s.region = $1 ORDER BY s.id
-- name: hunt_r7_json_dogs_child
SELECT row_to_json(d) FROM dogs d ORDER BY d.id
-- name: hunt_r7_json_appliances_generated
SELECT row_to_json(a) FROM appliances a ORDER BY a.id
-- name: hunt_r7_json_counters
SELECT to_json(c) FROM counters c ORDER BY c.name
-- name: hunt_r7_whole_row_text_gadgets_param
-- params: ["1"]
SELECT g::text FROM gadgets g WHERE g.id = $1
-- name: hunt_r7_json_hunt_w_members
SELECT to_jsonb(m) FROM hunt_w_members m ORDER BY m.id
-- name: hunt_r7_json_sales_accounts_agg
SELECT json_agg(s ORDER BY s.id) FROM sales.accounts s
-- name: hunt_r7_json_two_accounts_tables
SELECT row_to_json(p), row_to_json(s) FROM public.accounts p JOIN sales.accounts s USING (id) ORDER BY p.id
-- name: hunt_r7_function_row_field_group_by
SELECT (account_by_id(b.account_id)).tier, count(*) FROM bills b GROUP BY (account_by_id(b.account_id)).tier ORDER BY 1 NULLS FIRST
-- name: hunt_r7_function_row_field_distinct
SELECT DISTINCT (account_by_id(b.account_id)).mood FROM bills b ORDER BY 1
-- name: hunt_r7_function_row_field_case
SELECT b.id, CASE WHEN (account_by_id(b.account_id)).loyalty > 5 THEN 'hi' ELSE 'lo' END FROM bills b ORDER BY b.id
-- name: hunt_r7_function_row_field_cte
WITH x AS (SELECT (account_by_id(1)).labels AS l) SELECT l FROM x
-- name: hunt_r7_function_row_field_lateral
SELECT b.id, x.t FROM bills b, LATERAL (SELECT (account_by_id(b.account_id)).tier AS t) x ORDER BY b.id
-- name: hunt_r7_function_row_field_landing_sales
SELECT id, score FROM sales_accounts() ORDER BY id
-- name: hunt_r7_function_row_in_select_list
SELECT account_by_id(1)
-- name: hunt_r7_function_row_in_select_list_alias_not_found
SELECT account_by_id(999) AS a, account_by_id(4) AS b
-- name: hunt_r7_function_row_in_select_list_from_correlated
SELECT b.id, account_by_id(b.account_id) FROM bills b ORDER BY b.id
-- name: hunt_r7_function_row_in_select_list_param
-- params: ["3"]
SELECT public.account_by_id($1)
-- name: hunt_r7_function_row_in_select_list_text_and_json
SELECT row_to_json(account_by_id(1)), to_jsonb(account_by_id(999)), account_label(account_by_id(1))
-- name: hunt_r7_function_row_in_subquery_field_live
SELECT (x.r).name FROM (SELECT account_by_id(2) AS r) x
-- name: hunt_r7_function_row_json_agg_correlated
SELECT json_agg(account_by_id(b.account_id) ORDER BY b.id) FROM bills b
-- name: hunt_r7_function_row_to_json_pretty_qualified
SELECT row_to_json(public.account_by_id(4), true)
-- name: hunt_r7_function_row_named_argument
SELECT account_by_id(i => 5), (account_by_id(i => 5)).loyalty
-- name: hunt_r7_function_row_output_where_filter
SELECT b.id, account_by_id(b.account_id) AS acct FROM bills b WHERE (account_by_id(b.account_id)).tier IS NOT NULL ORDER BY b.id
-- name: hunt_r7_function_row_output_union
SELECT account_by_id(1) UNION ALL SELECT account_by_id(2)
-- name: hunt_r7_function_row_jsonb_agg_filter
SELECT jsonb_agg(account_by_id(b.account_id)) FILTER (WHERE b.paid) FROM bills b
-- name: hunt_r7_function_row_star_in_select_list
SELECT (account_by_id(4)).*
-- name: hunt_r7_function_row_star_not_found_with_more
SELECT 1 AS n, (account_by_id(999)).*, 2 AS m
-- name: hunt_r7_function_row_star_correlated
SELECT b.id, (account_by_id(b.account_id)).* FROM bills b ORDER BY b.id
-- name: hunt_r7_function_row_star_param
-- params: ["5"]
SELECT ((public.account_by_id($1))).*
-- name: hunt_r7_function_row_star_wrong_argument
-- expect: 42883
SELECT (account_by_id('x'::text)).*
-- name: hunt_r7_function_row_star_union
SELECT (account_by_id(1)).* UNION ALL SELECT (account_by_id(3)).* ORDER BY 1
-- name: hunt_r7_function_setof_in_select_list
SELECT accounts_up_to(3)
-- name: hunt_r7_function_setof_field_shadow
SELECT (accounts_up_to(5)).loyalty, (accounts_up_to(5)).id
-- name: hunt_r7_function_setof_field_alias_and_expression
SELECT (accounts_up_to(4)).tier AS t, (accounts_up_to(4)).loyalty * 2
-- name: hunt_r7_function_setof_empty
SELECT (accounts_up_to(0)).mood, 1 AS one
-- name: hunt_r7_function_setof_correlated
SELECT b.id, (accounts_up_to(b.account_id)).tier FROM bills b WHERE b.id < 3 ORDER BY 1, 2
-- name: hunt_r7_function_setof_in_where
-- expect: 0A000
SELECT id FROM bills WHERE (accounts_up_to(2)).loyalty > 1
-- name: hunt_r7_function_row_output_distinct
SELECT DISTINCT account_by_id(b.account_id) FROM bills b ORDER BY 1
-- name: hunt_r7_function_row_output_grouped
SELECT b.account_id, account_by_id(b.account_id), count(*) FROM bills b GROUP BY b.account_id ORDER BY 1
-- name: hunt_r7_function_row_output_cursor
DECLARE hunt_r7_c CURSOR FOR SELECT (account_by_id(1)).loyalty, (accounts_up_to(2)).tier
-- name: hunt_r7_function_row_field_in_update_returning
UPDATE bills SET note = note WHERE id = 1 RETURNING id, (account_by_id(account_id)).tier, paid
-- name: hunt_r7_function_row_field_in_insert_select
INSERT INTO tags (id, label, loyalty) SELECT 900, 'x', (account_by_id(1)).loyalty RETURNING loyalty
-- name: hunt_r7_function_row_output_with_star
SELECT b.*, account_by_id(b.account_id) FROM bills b WHERE b.id = 4
-- name: hunt_r7_function_row_star_with_shadow_where
SELECT (account_by_id(b.account_id)).* FROM bills b WHERE b.paid ORDER BY b.id
-- name: hunt_r8_json_agg_of_joined_rows_filtered
SELECT a.id, json_agg(b ORDER BY b.due DESC, b.id) FILTER (WHERE b.paid) AS paid_bills FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY a.id
-- name: hunt_r8_row_to_json_of_ranked_subquery
SELECT row_to_json(x) FROM (SELECT a.id, a.loyalty, rank() OVER (PARTITION BY a.mood ORDER BY a.loyalty DESC NULLS LAST, a.id) AS r FROM accounts a) x ORDER BY x.id
-- name: hunt_r8_distinct_on_shadow_desc_tiebreak_shadow
SELECT DISTINCT ON (a.mood) a.mood, a.id, a.tier FROM accounts a ORDER BY a.mood DESC, a.loyalty NULLS FIRST, a.id
-- name: hunt_r8_grouping_sets_with_expression_of_shadow
SELECT mood, tier IS NULL AS no_tier, GROUPING(mood, tier IS NULL) AS g, sum(loyalty) FROM accounts GROUP BY GROUPING SETS ((mood), (tier IS NULL), ()) ORDER BY 3, 1 NULLS FIRST, 2 NULLS FIRST
-- name: hunt_r8_recursive_running_total_of_shadow
WITH RECURSIVE r(id, total, depth) AS (SELECT id, loyalty, 1 FROM accounts WHERE id = 1 UNION ALL SELECT a.id, r.total + coalesce(a.loyalty, 0), r.depth + 1 FROM r JOIN accounts a ON a.id = r.id + 1 WHERE r.depth < 6) SELECT * FROM r ORDER BY depth
-- name: hunt_r8_json_agg_of_row_to_json_where_array_overlap
SELECT json_agg(row_to_json(a) ORDER BY a.id) FROM accounts a WHERE a.labels && '{vip,new}'
-- name: hunt_r8_jsonb_agg_of_star
SELECT jsonb_agg(a.* ORDER BY a.loyalty DESC NULLS LAST, a.id) FROM accounts a WHERE a.id < 5
-- name: hunt_r8_to_jsonb_minus_key
SELECT to_jsonb(a) - 'email' - 'created_on' AS j FROM accounts a ORDER BY a.id
-- name: hunt_r8_json_object_agg_ordered
SELECT json_object_agg(a.id, a.tier ORDER BY a.id) FROM accounts a WHERE a.tier IS NOT NULL
-- name: hunt_r8_window_partition_unknown_column
-- expect: 42703
SELECT id, sum(loyalty) OVER (PARTITION BY tierx) FROM accounts
-- name: hunt_r8_distinct_on_must_match_order_by
-- expect: 42P10
SELECT DISTINCT ON (loyalty) id, tier FROM accounts ORDER BY tier
-- name: hunt_r8_grouping_sets_ungrouped_shadow
-- expect: 42803
SELECT mood, loyalty FROM accounts GROUP BY GROUPING SETS ((mood), ())
-- name: hunt_r8_bad_int_literal_beside_shadow
-- expect: 22P02
SELECT id, loyalty + '1x'::int FROM accounts
-- name: hunt_r8_recursive_unknown_column_in_recursive_arm
-- expect: 42703
WITH RECURSIVE r AS (SELECT 1 AS n, tier FROM accounts WHERE id = 1 UNION ALL SELECT n + 1, loyalty FROM r WHERE n < 3) SELECT * FROM r
-- name: hunt_r8_row_to_json_named_window
SELECT row_to_json(t) FROM (SELECT a.tier, count(*) OVER w AS c, max(a.loyalty) OVER w AS m FROM accounts a WINDOW w AS (PARTITION BY a.mood)) t ORDER BY t.tier NULLS FIRST, t.c
-- name: hunt_r8_correlated_json_agg_of_bills
SELECT a.id, (SELECT json_agg(x) FROM (SELECT b.id, b.paid, b.due FROM bills b WHERE b.account_id = a.id ORDER BY b.id) x) AS bills FROM accounts a ORDER BY a.id
-- name: hunt_r8_window_range_interval_on_shadow_date
SELECT id, count(*) FILTER (WHERE paid) OVER (ORDER BY due, id RANGE BETWEEN INTERVAL '200 days' PRECEDING AND CURRENT ROW) AS n FROM bills ORDER BY id
-- name: hunt_r8_lag_lead_defaults_over_shadow_order
SELECT id, lag(tier, 1, 'none') OVER (ORDER BY id) AS prev_tier, lead(mood) OVER (ORDER BY loyalty NULLS LAST, id) AS next_mood FROM accounts ORDER BY id
-- name: hunt_r8_cube_across_join
SELECT a.mood, b.paid, count(*), sum(b.amount) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY CUBE (a.mood, b.paid) ORDER BY 1 NULLS LAST, 2 NULLS LAST
-- name: hunt_r8_rollup_unnest_labels
SELECT mood, array_agg(DISTINCT l ORDER BY l) FROM accounts, unnest(labels) l GROUP BY ROLLUP (mood) ORDER BY mood NULLS LAST
-- name: hunt_r8_recursive_search_breadth_by_shadow
WITH RECURSIVE r(id, tier, n) AS (SELECT id, tier, 0 FROM accounts WHERE id IN (1, 2) UNION ALL SELECT r.id, r.tier || '.', r.n + 1 FROM r WHERE r.n < 2) SEARCH BREADTH FIRST BY tier SET ord SELECT id, tier, n FROM r ORDER BY ord, id
-- name: hunt_r8_missing_from_entry_in_window
-- expect: 42P01
SELECT sum(loyalty) OVER (ORDER BY x.id) FROM accounts
-- name: hunt_r8_ambiguous_shadow_and_real_in_window
-- expect: 42702
SELECT a.id FROM accounts a JOIN tags t USING (id) ORDER BY sum(loyalty) OVER ()
-- name: hunt_r8_json_agg_whole_row_desc
SELECT json_agg(a ORDER BY a.loyalty DESC NULLS LAST, a.id) FROM accounts a
-- name: hunt_r8_whole_row_of_aliased_join
SELECT row_to_json(j) FROM (accounts a JOIN bills b ON b.account_id = a.id) j WHERE b.id < 4 ORDER BY b.id
-- name: hunt_r8_distinct_on_expression_of_shadow_with_window
SELECT DISTINCT ON (coalesce(tier, '-')) coalesce(tier, '-') AS t, id, row_number() OVER (ORDER BY id DESC) AS rn FROM accounts ORDER BY coalesce(tier, '-'), id
-- name: hunt_r8_grouping_sets_json_agg_rows
SELECT a.mood, json_agg(a.id ORDER BY a.id) FROM accounts a GROUP BY GROUPING SETS ((a.mood), ()) ORDER BY a.mood NULLS LAST
-- name: hunt_r8_recursive_error_bad_cast_position
-- expect: 22P02
WITH RECURSIVE r AS (SELECT id, tier FROM accounts WHERE id = 1 UNION ALL SELECT id + 1, tier FROM r WHERE id < 'x'::int) SELECT * FROM r
-- name: hunt_r8_percent_rank_partition_by_shadow_array
SELECT id, percent_rank() OVER (PARTITION BY labels ORDER BY id) FROM accounts ORDER BY id
-- name: hunt_r8_window_over_grouped_shadow
SELECT mood, count(*), sum(count(*)) OVER (ORDER BY mood) AS running FROM accounts GROUP BY mood ORDER BY mood
-- name: hunt_r8_error_position_after_non_ascii_in_window
-- expect: 22P02
SELECT '東京 ✓' AS t, id, sum(loyalty) OVER (PARTITION BY mood ORDER BY id ROWS 'x'::int PRECEDING) FROM accounts
-- name: hunt_r8_error_unknown_column_in_distinct_on_after_non_ascii
-- expect: 42703
SELECT DISTINCT ON ('é' || tier, loyaltyy) id FROM accounts ORDER BY 'é' || tier, loyaltyy
-- name: hunt_r8_error_unknown_table_in_grouping_sets
-- expect: 42P01
SELECT mood, count(*) FROM accounts GROUP BY GROUPING SETS ((mood), (b.paid))
-- name: hunt_r8_error_ambiguous_in_recursive_cte_join
-- expect: 42702
WITH RECURSIVE r AS (SELECT id, tier FROM accounts WHERE id = 1 UNION ALL SELECT a.id, tier FROM r JOIN accounts a ON a.id = r.id + 1 WHERE a.id < 4) SELECT * FROM r
-- name: hunt_r8_error_bad_enum_literal_in_json_agg_filter
-- expect: 22P02
SELECT json_agg(a.id) FILTER (WHERE a.mood = 'ecstatic') FROM accounts a
-- name: hunt_r8_error_in_second_statement_of_string
-- expect: 42703
SELECT id, loyalty FROM accounts WHERE id = 1; SELECT id, tierr FROM accounts
-- name: hunt_r8_error_bad_date_compare_shadow_in_lateral
-- expect: 22007
SELECT a.id, x.n FROM accounts a, LATERAL (SELECT count(*) AS n FROM bills b WHERE b.account_id = a.id AND b.due > 'not a date') x
-- name: hunt_r8_error_unknown_column_in_row_to_json_subquery
-- expect: 42703
SELECT row_to_json(x) FROM (SELECT a.id, a.loyalty, a.nope FROM accounts a) x
-- name: hunt_r8_error_window_function_in_where_beside_shadow
-- expect: 42P20
SELECT id FROM accounts WHERE loyalty > 0 AND row_number() OVER (ORDER BY tier) = 1
-- name: hunt_r8_error_aggregate_of_shadow_in_where
-- expect: 42803
SELECT id FROM accounts WHERE max(loyalty) > 1
-- name: hunt_r8_error_array_subscript_type
-- expect: 42804
SELECT labels['x'::text] FROM accounts
-- name: hunt_r8_error_unknown_column_qualified_by_cte
-- expect: 42703
WITH c AS (SELECT id, loyalty FROM accounts) SELECT c.tier FROM c
-- name: hunt_r8_error_shadow_of_other_table_via_wrong_alias
-- expect: 42703
SELECT b.loyalty FROM accounts a JOIN bills b ON b.account_id = a.id
-- name: hunt_r8_distinct_on_over_window_of_json
SELECT DISTINCT ON (x.mood) x.mood, x.j FROM (SELECT a.mood, a.id, row_to_json(a) AS j FROM accounts a) x ORDER BY x.mood, x.id DESC
-- name: hunt_r8_recursive_tree_of_bills_json
WITH RECURSIVE chain AS (SELECT b.id, b.account_id, b.paid, b.due, 1 AS depth FROM bills b WHERE b.id = 1 UNION ALL SELECT b.id, b.account_id, b.paid, b.due, c.depth + 1 FROM chain c JOIN bills b ON b.id = c.id + 1 WHERE c.depth < 5) SELECT json_agg(chain ORDER BY depth) FROM chain
-- name: hunt_r8_grouping_sets_distinct_on_shadow_order
SELECT DISTINCT ON (g) g, mood, n FROM (SELECT GROUPING(mood, tier) AS g, mood, tier, count(*) AS n FROM accounts GROUP BY GROUPING SETS ((mood, tier), (mood), ())) s ORDER BY g, mood NULLS LAST, n DESC
-- name: hunt_r8_window_first_value_whole_row_json
SELECT id, to_json(first_value(a.tier) OVER (PARTITION BY a.mood ORDER BY a.id)) FROM accounts a ORDER BY id
-- name: hunt_r8_jsonb_path_on_whole_row
SELECT a.id, jsonb_path_query_array(to_jsonb(a), '$.labels[*]') FROM accounts a ORDER BY a.id
-- name: hunt_r8_json_populate_into_record_definition
SELECT x.* FROM accounts a, json_to_record(row_to_json(a)) AS x(id int, loyalty int, tier text, labels text[]) ORDER BY x.id
-- name: hunt_r8_row_to_json_of_values_join
SELECT row_to_json(v), a.loyalty FROM (VALUES (1, 'one'), (2, 'two')) v(id, word) JOIN accounts a USING (id) ORDER BY a.id
-- ---------------------------------------------------------------- hunt round 9
-- name: hunt_r9_group_by_input_name_beats_output_alias
SELECT a.tier AS id, a.loyalty, a.mood FROM accounts a GROUP BY id ORDER BY 1 NULLS FIRST, 2
-- name: hunt_r9_group_by_shadow_input_name_beats_output_alias
-- expect: 42803
SELECT id AS loyalty, tier FROM accounts GROUP BY loyalty
-- name: hunt_r9_group_by_key_in_every_set_with_rollup
SELECT a.id, a.tier, a.mood, count(*) FROM accounts a GROUP BY a.id, ROLLUP (a.mood) ORDER BY 1, 3 NULLS LAST
-- name: hunt_r9_group_by_key_rollup_alone_ungrouped_shadow
-- expect: 42803
SELECT a.id, a.tier FROM accounts a GROUP BY ROLLUP (a.id)
-- name: hunt_r9_group_by_empty_set_and_key
SELECT a.id, a.loyalty, GROUPING(a.id) FROM accounts a GROUP BY (), a.id ORDER BY 1
-- name: hunt_r9_cte_named_like_table_has_no_key
-- expect: 42803
WITH accounts AS (SELECT * FROM public.accounts) SELECT id, tier FROM accounts GROUP BY id
-- name: hunt_r9_subquery_aliased_like_table_has_no_key
-- expect: 42803
SELECT id, tier FROM (SELECT * FROM accounts) accounts GROUP BY id
-- name: hunt_r9_table_aliased_like_other_table_grouped_by_key
SELECT bills.id, bills.loyalty, bills.tier FROM accounts bills GROUP BY bills.id ORDER BY 1
-- name: hunt_r9_outer_shadow_in_sublink_of_grouped_query
SELECT a.id, (SELECT max(b.amount) FROM bills b WHERE b.account_id = a.id AND a.loyalty IS NOT NULL) AS m FROM accounts a GROUP BY a.id ORDER BY 1
-- name: hunt_r9_earlier_sibling_cte_sees_table_not_later_cte
WITH x AS (SELECT id, tier FROM accounts), accounts AS (SELECT 1 AS id, 'cte' AS tier) SELECT x.* FROM x ORDER BY id
-- name: hunt_r9_recursive_with_sees_later_cte_named_like_table
WITH RECURSIVE x AS (SELECT id, tier FROM accounts), accounts AS (SELECT 1 AS id, 'cte' AS tier) SELECT * FROM x
-- name: hunt_r9_cte_not_materialized_over_shadow_filter
WITH s AS NOT MATERIALIZED (SELECT id, loyalty, tier FROM accounts) SELECT s.id, s.tier FROM s WHERE s.loyalty > 3 ORDER BY s.id
-- name: hunt_r9_cte_materialized_twice_referenced
WITH s AS MATERIALIZED (SELECT id, mood, loyalty FROM accounts) SELECT x.id, y.id FROM s x JOIN s y ON x.mood = y.mood AND x.id < y.id ORDER BY 1, 2
-- name: hunt_r9_schema_qualified_reference_through_same_named_alias
-- expect: 42P01
SELECT public.accounts.loyalty FROM accounts AS accounts
-- name: hunt_r9_alias_named_like_schema
SELECT sales.loyalty, sales.accounts.region FROM accounts sales JOIN sales.accounts ON sales.accounts.id = sales.id ORDER BY sales.id
-- name: hunt_r9_alias_named_like_schema_with_landing_column
SELECT sales.loyalty, sales.accounts.score FROM accounts sales JOIN sales.accounts ON sales.accounts.id = sales.id ORDER BY sales.id
-- name: hunt_r9_other_schema_table_aliased_like_table
SELECT accounts.score, a.loyalty FROM sales.accounts accounts JOIN public.accounts a ON a.id = accounts.id ORDER BY a.id
-- name: hunt_r9_quoted_aliases_with_quote_and_dot
SELECT "a""b".loyalty, "x.y".paid FROM accounts "a""b" JOIN bills "x.y" ON "x.y".account_id = "a""b".id ORDER BY "x.y".id
-- name: hunt_r9_non_ascii_alias_and_output_names
SELECT "帳戶".tier AS "Stufe ü", "帳戶".loyalty AS "積分" FROM accounts AS "帳戶" ORDER BY "帳戶".id
-- name: hunt_r9_unknown_column_after_non_ascii_alias
-- expect: 42703
SELECT "帳戶".tier, "帳戶".loyaltee FROM accounts AS "帳戶"
-- name: hunt_r9_unicode_escape_column_and_table
SELECT U&"\0074ier", U&"l\006Fyalty" FROM U&"\0061ccounts" ORDER BY id
-- name: hunt_r9_window_inherits_named_window
SELECT id, sum(loyalty) OVER w2 AS s FROM accounts WINDOW w AS (PARTITION BY mood), w2 AS (w ORDER BY loyalty NULLS FIRST, id) ORDER BY id
-- name: hunt_r9_window_override_order_error
-- expect: 42P20
SELECT id, sum(loyalty) OVER w2 FROM accounts WINDOW w AS (ORDER BY tier), w2 AS (w ORDER BY id)
-- name: hunt_r9_window_unknown_name
-- expect: 42704
SELECT id, rank() OVER nope FROM accounts WINDOW w AS (ORDER BY loyalty)
-- name: hunt_r9_nth_value_full_frame_partition_by_shadow
SELECT id, nth_value(tier, 2) OVER (PARTITION BY mood ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM accounts ORDER BY id
-- name: hunt_r9_ntile_cume_dist_ordered_by_shadow
SELECT id, ntile(3) OVER (ORDER BY loyalty NULLS FIRST, id), cume_dist() OVER (ORDER BY mood) FROM accounts ORDER BY id
-- name: hunt_r9_window_filter_shadow_boolean_named
SELECT id, count(*) FILTER (WHERE paid) OVER w, max(due) FILTER (WHERE NOT paid) OVER w FROM bills WINDOW w AS (PARTITION BY account_id) ORDER BY id
-- name: hunt_r9_fetch_with_ties_offset_by_enum
SELECT id, mood FROM accounts ORDER BY mood DESC OFFSET 1 ROWS FETCH NEXT 1 ROW WITH TIES
-- name: hunt_r9_with_ties_without_order
-- expect: 42601
SELECT id, tier FROM accounts FETCH FIRST 2 ROWS WITH TIES
-- name: hunt_r9_recursive_climb_by_shadow
WITH RECURSIVE t AS (SELECT id, loyalty FROM accounts WHERE id = 5 UNION SELECT a.id, a.loyalty FROM t JOIN accounts a ON a.loyalty > t.loyalty) SELECT * FROM t ORDER BY loyalty, id
-- name: hunt_r9_recursive_cycle_on_shadow_text
WITH RECURSIVE r(id, tier, n) AS (SELECT id, coalesce(tier, '-'), 0 FROM accounts WHERE id < 3 UNION ALL SELECT r.id, r.tier, r.n + 1 FROM r WHERE r.n < 3) CYCLE tier SET looped USING path SELECT id, tier, n, looped FROM r ORDER BY id, n
-- name: hunt_r9_union_inside_from_ordered
SELECT s.t FROM (SELECT tier AS t FROM accounts UNION SELECT note FROM bills) s ORDER BY 1 NULLS FIRST
-- name: hunt_r9_in_union_subquery_shadow
SELECT id FROM accounts WHERE tier IN (SELECT note FROM bills UNION SELECT 'gold' EXCEPT SELECT label FROM tags) ORDER BY id
-- name: hunt_r9_intersect_of_shadow_sets_in_from
SELECT * FROM (SELECT loyalty FROM accounts INTERSECT SELECT loyalty FROM tags) s ORDER BY 1 NULLS FIRST
-- name: hunt_r9_lateral_jsonb_to_recordset
SELECT a.id, r.* FROM accounts a, LATERAL jsonb_to_recordset(jsonb_build_array(jsonb_build_object('l', a.loyalty, 't', a.tier))) AS r(l int, t text) ORDER BY a.id
-- name: hunt_r9_rows_from_unnest_and_series_ordinality
SELECT a.id, x.* FROM accounts a, ROWS FROM (unnest(a.labels), generate_series(1, a.loyalty)) WITH ORDINALITY AS x(l, g, o) WHERE a.id < 6 ORDER BY a.id, x.o
-- name: hunt_r9_unnest_two_arrays_ordinality
SELECT a.id, u.* FROM accounts a, unnest(a.labels, ARRAY[a.tier, a.mood::text]) WITH ORDINALITY AS u(l, t, n) ORDER BY a.id, u.n
-- name: hunt_r9_generate_subscripts_of_shadow_array
SELECT id, i, labels[i] FROM accounts, generate_subscripts(labels, 1) AS i ORDER BY id, i
-- name: hunt_r9_row_comparison_greater
SELECT id FROM accounts WHERE ROW(coalesce(loyalty, 0), id) > ROW(3, 1) ORDER BY id
-- name: hunt_r9_row_is_distinct_from
SELECT id, (loyalty, tier) IS DISTINCT FROM (0, NULL::text) AS d FROM accounts ORDER BY id
-- name: hunt_r9_row_in_subquery
SELECT a.id FROM accounts a WHERE (a.loyalty, a.id) IN (SELECT t.loyalty, t.id FROM tags t) ORDER BY 1
-- name: hunt_r9_row_is_null_of_shadows
SELECT id, ROW(loyalty, tier) IS NULL AS n, ROW(loyalty, tier) IS NOT NULL AS nn FROM accounts ORDER BY id
-- name: hunt_r9_collate_c_order_and_compare
SELECT tier COLLATE "C" AS t FROM accounts WHERE tier COLLATE "C" < 'h' ORDER BY tier COLLATE "C" DESC NULLS FIRST
-- name: hunt_r9_collate_case_insensitive_shadow
SELECT id FROM accounts WHERE tier COLLATE hunt_w6_ci = 'GOLD' ORDER BY id
-- name: hunt_r9_regtype_and_casts
SELECT pg_typeof(loyalty)::regtype, pg_typeof(labels)::text, mood::text::mood, labels::varchar(3)[], loyalty::numeric(5,1) FROM accounts WHERE id = 1
-- name: hunt_r9_enum_functions_of_shadow
SELECT id, enum_first(mood), enum_range(mood, 'grumpy'::mood) FROM accounts ORDER BY id
-- name: hunt_r9_array_slices
SELECT id, labels[1:1], labels[2:], labels[:1], (labels)[array_upper(labels, 1)] FROM accounts ORDER BY id
-- name: hunt_r9_array_subscript_by_shadow
SELECT id, labels[coalesce(loyalty, 0) % 2 + 1] FROM accounts ORDER BY id
-- name: hunt_r9_gadget_nums_slice_and_cardinality
SELECT id, nums[2:3], cardinality(nums), nums || id FROM gadgets ORDER BY id
-- name: hunt_r9_any_all_arrays
SELECT id FROM accounts WHERE loyalty = ANY ('{3,7}'::int[]) OR 'early' <> ALL (labels) IS FALSE ORDER BY id
-- name: hunt_r9_like_any_shadow_array
SELECT id FROM accounts WHERE tier LIKE ANY (ARRAY['g%', 'b%']) ORDER BY id
-- name: hunt_r9_greater_than_all_subquery
SELECT id FROM accounts WHERE loyalty >= ALL (SELECT t.loyalty FROM tags t WHERE t.loyalty IS NOT NULL) ORDER BY id
-- name: hunt_r9_case_in_order_by
SELECT id, tier FROM accounts ORDER BY CASE WHEN tier IS NULL THEN 1 ELSE 0 END, loyalty DESC NULLS LAST, id
-- name: hunt_r9_order_by_output_names_swapped
SELECT id, loyalty AS tier, tier AS loyalty FROM accounts ORDER BY tier DESC NULLS LAST, loyalty NULLS FIRST, 1
-- name: hunt_r9_order_by_output_name_in_expression_is_input
SELECT id, tier AS loyalty FROM accounts ORDER BY loyalty + 0 NULLS FIRST, id
-- name: hunt_r9_having_aggregates_of_shadow
SELECT mood, avg(loyalty) FROM accounts GROUP BY mood HAVING count(tier) > 0 AND sum(loyalty) IS NOT NULL ORDER BY mood
-- name: hunt_r9_having_without_group_by
SELECT count(tier) FROM accounts HAVING count(loyalty) > 3
-- name: hunt_r9_having_ungrouped_shadow
-- expect: 42803
SELECT 1 FROM accounts HAVING tier IS NOT NULL
-- name: hunt_r9_ordered_aggregates
SELECT string_agg(tier, ',' ORDER BY loyalty DESC NULLS LAST, id), array_agg(DISTINCT mood ORDER BY mood DESC) FROM accounts
-- name: hunt_r9_percentiles_within_group
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY loyalty), percentile_disc(ARRAY[0.25, 0.75]) WITHIN GROUP (ORDER BY due), mode() WITHIN GROUP (ORDER BY mood) FROM accounts, bills WHERE bills.account_id = accounts.id
-- name: hunt_r9_hypothetical_rank_filtered
SELECT rank(5) WITHIN GROUP (ORDER BY loyalty), percentile_cont(0.5) WITHIN GROUP (ORDER BY loyalty) FILTER (WHERE tier IS NOT NULL) FROM accounts
-- name: hunt_r9_array_agg_of_arrays_dimension_error
-- expect: 2202E
SELECT array_agg(labels) FROM accounts
-- name: hunt_r9_jsonb_agg_build_object
SELECT jsonb_agg(jsonb_build_object('m', mood, 'l', labels, 'p', loyalty) ORDER BY id) FROM accounts WHERE id < 5
-- name: hunt_r9_json_each_of_whole_row
SELECT a.id, e.key, e.value FROM accounts a, jsonb_each(to_jsonb(a)) e WHERE e.key IN ('loyalty', 'tier') ORDER BY a.id, e.key
-- name: hunt_r9_values_left_join_not_distinct
SELECT v.t, a.id FROM (VALUES ('gold'), ('bronze'), (NULL)) v(t) LEFT JOIN accounts a ON a.tier IS NOT DISTINCT FROM v.t ORDER BY 1 NULLS FIRST, 2
-- name: hunt_r9_lateral_values_of_shadow
SELECT a.id, v.x FROM accounts a, LATERAL (VALUES (a.loyalty), (a.loyalty * 10)) v(x) ORDER BY 1, 2 NULLS FIRST
-- name: hunt_r9_exists_two_levels
SELECT a.id FROM accounts a WHERE EXISTS (SELECT 1 FROM bills b WHERE b.account_id = a.id AND EXISTS (SELECT 1 FROM tags t WHERE t.loyalty IS NOT DISTINCT FROM a.loyalty AND b.paid IS NOT NULL)) ORDER BY a.id
-- name: hunt_r9_scalar_subquery_outer_shadow
SELECT a.id, (SELECT count(*) FROM bills b WHERE b.account_id = a.id AND b.amount > a.loyalty) FROM accounts a ORDER BY 1
-- name: hunt_r9_for_share_of_two_aliases
SELECT a.id, a.tier, b.paid FROM accounts a JOIN bills b ON b.account_id = a.id WHERE b.due > '2024-01-01' ORDER BY b.id FOR SHARE OF a, b
-- name: hunt_r9_for_update_schema_qualified_error
-- expect: 42601
SELECT loyalty FROM accounts FOR UPDATE OF public.accounts
-- name: hunt_r9_for_update_nullable_side
-- expect: 0A000
SELECT a.id, b.paid FROM accounts a LEFT JOIN bills b ON b.account_id = a.id FOR UPDATE OF b
-- name: hunt_r9_for_update_in_from_subquery
SELECT s.id, s.tier FROM (SELECT id, tier FROM accounts WHERE loyalty > 0 FOR UPDATE) s ORDER BY 1
-- name: hunt_r9_tablesample_with_column_aliases
SELECT a.i, a.l FROM accounts AS a(i, n, e, c, l) TABLESAMPLE BERNOULLI (100) REPEATABLE (3) ORDER BY 1
-- name: hunt_r9_ambiguous_shadow_vs_lateral_subquery
-- expect: 42702
SELECT loyalty FROM accounts a, LATERAL (SELECT loyalty FROM tags t WHERE t.id = a.id) s
-- name: hunt_r9_ambiguous_shadow_in_join_on
-- expect: 42702
SELECT 1 FROM accounts a JOIN tags t ON loyalty = 1
-- name: hunt_r9_ambiguous_shadow_in_group_by
-- expect: 42702
SELECT count(*) FROM tags t, accounts a GROUP BY loyalty
-- name: hunt_r9_ambiguous_through_aliased_join
-- expect: 42702
SELECT x.loyalty FROM (accounts a JOIN tags t USING (id)) x
-- name: hunt_r9_aliased_join_unique_shadow
SELECT x.id, x.tier, x.label FROM (accounts a JOIN tags t USING (id)) x ORDER BY 1
-- name: hunt_r9_hidden_member_of_aliased_join
-- expect: 42P01
SELECT a.tier FROM (accounts a JOIN tags t USING (id)) x
-- name: hunt_r9_composite_field_three_part_error
-- expect: 42P01
SELECT g.pt.x FROM gadgets g
-- name: hunt_r9_composite_field_parenthesized
SELECT (g.pt).x, (g.pt).label, (pt).* FROM gadgets g ORDER BY g.id
-- name: hunt_r9_select_into_temp_then_read
SELECT id, tier, mood INTO TEMP hunt_r9_tmp FROM accounts WHERE loyalty IS NOT NULL; SELECT * FROM hunt_r9_tmp ORDER BY id; DROP TABLE hunt_r9_tmp
-- name: hunt_r9_create_temp_as_with_column_names
CREATE TEMP TABLE hunt_r9_t2 (k, pts) AS SELECT id, loyalty FROM accounts; SELECT * FROM hunt_r9_t2 ORDER BY k; DROP TABLE hunt_r9_t2
-- name: hunt_r9_create_temp_as_table_with_no_data
CREATE TEMP TABLE hunt_r9_t3 AS TABLE accounts WITH NO DATA; SELECT * FROM hunt_r9_t3; DROP TABLE hunt_r9_t3
-- name: hunt_r9_scroll_cursor_fetch_absolute_backward
BEGIN; DECLARE hunt_r9_c SCROLL CURSOR FOR SELECT id, tier, loyalty FROM accounts ORDER BY loyalty DESC NULLS LAST, id; FETCH ABSOLUTE 3 FROM hunt_r9_c; FETCH BACKWARD 2 FROM hunt_r9_c; CLOSE hunt_r9_c; COMMIT
-- name: hunt_r9_explain_unknown_column
-- expect: 42703
EXPLAIN (COSTS OFF) SELECT tierx FROM accounts
-- name: hunt_r9_union_column_count_mismatch_star
-- expect: 42601
SELECT id, name, email, created_on FROM accounts UNION ALL SELECT * FROM accounts
-- name: hunt_r9_subquery_column_aliases_rename_shadow
SELECT s.a, s.e, s.f FROM (SELECT * FROM accounts) AS s(a, b, c, d, e, f) ORDER BY 1
-- name: hunt_r9_json_is_json_unique_keys
SELECT id, raw IS JSON OBJECT WITH UNIQUE KEYS AS u, doc IS JSON ARRAY AS arr FROM gadgets ORDER BY id
-- name: hunt_r9_set_returning_in_select_list
SELECT id, unnest(labels) AS l, generate_series(1, coalesce(loyalty, 1) % 3 + 1) AS g FROM accounts ORDER BY id, l, g
-- name: hunt_r9_group_by_distinct_rollups
SELECT mood, tier IS NULL AS nt, count(*) FROM accounts GROUP BY DISTINCT ROLLUP (mood), ROLLUP (mood, tier IS NULL) ORDER BY 1 NULLS LAST, 2 NULLS LAST, 3
-- name: hunt_r9_grouping_in_having_and_order
SELECT mood, paid, GROUPING(mood, paid), count(*) FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY CUBE (mood, paid) HAVING GROUPING(mood) = 0 OR count(*) > 2 ORDER BY GROUPING(mood, paid), 1 NULLS LAST, 2 NULLS LAST
-- name: hunt_r9_string_to_table_of_shadow
SELECT a.id, w FROM accounts a, string_to_table(a.tier, ' ') AS w ORDER BY a.id, w
-- name: hunt_r9_between_symmetric_shadow
SELECT id FROM accounts WHERE loyalty BETWEEN SYMMETRIC 10 AND 3 ORDER BY id
-- name: hunt_r9_order_by_using_operator
SELECT id, loyalty FROM accounts ORDER BY loyalty USING > NULLS LAST, id USING <
-- name: hunt_r9_whole_row_in_subselect_in
SELECT a.id FROM accounts a WHERE a IN (SELECT x FROM accounts x WHERE x.loyalty > 3) ORDER BY 1
-- name: hunt_r9_except_of_stars
SELECT a.* FROM accounts a EXCEPT SELECT b.* FROM accounts b WHERE b.loyalty IS NULL ORDER BY 1
-- name: hunt_r9_group_by_ordinal_of_star_over_using_join
SELECT * FROM accounts a JOIN tags t USING (id) GROUP BY 1, t.id ORDER BY 1
-- name: hunt_r9_group_by_ordinal_of_star_over_comma_join
SELECT * FROM accounts a, tags t WHERE t.id = a.id GROUP BY 1, 9 ORDER BY 1
-- name: hunt_r9_group_by_ordinal_of_qualified_star_in_join
SELECT t.*, a.* FROM tags t JOIN accounts a ON a.id = t.id GROUP BY 1, 4 ORDER BY 1
-- name: hunt_r9_landing_column_through_join_alias_list
SELECT j.i, j.s FROM (sales.accounts JOIN tags USING (id)) AS j(i, r, s) ORDER BY 1
-- name: hunt_r9_landing_column_through_table_alias_list
SELECT x.i, x.pts FROM sales.accounts AS x(i, r, pts) ORDER BY 1
-- name: hunt_r9_landing_column_star_of_subquery_alias_list
SELECT q.* FROM (SELECT * FROM sales.accounts) q(i, r, pts) ORDER BY 1
-- name: hunt_r9_landing_function_with_ordinality_aggregated
SELECT count(*), sum(f.score), max(f.ordinality), sum(f.score) FILTER (WHERE f.region <> 'east') FROM sales_accounts() WITH ORDINALITY f
-- name: hunt_r9_landing_function_whole_row_json
SELECT row_to_json(s) FROM sales_accounts() s ORDER BY s.id
-- name: hunt_r9_star_paren_field
SELECT (a.*).loyalty, (a.*).tier FROM accounts a ORDER BY (a.*).id
-- name: hunt_r9_whole_row_field_then_field
SELECT (g).pt.x, ((g).pt).label FROM gadgets g ORDER BY g.id
-- name: hunt_r9_whole_row_array_field_subscript
SELECT ((a).labels)[1], (a.labels)[1:2] FROM accounts a ORDER BY a.id
-- name: hunt_r9_composite_compare_row
SELECT id FROM gadgets WHERE pt = ROW(0, 'none')::pair OR (pt).x > 1 ORDER BY id
-- name: hunt_r9_row_function_named_argument
SELECT id, loyalty FROM accounts_up_to(n => 3) ORDER BY id
-- name: hunt_r9_row_function_schema_and_named_argument
SELECT f.tier FROM public.account_by_id(i => 3) AS f
-- name: hunt_r9_row_function_in_join_implicit_lateral
SELECT b.id, f.tier FROM bills b JOIN account_by_id(b.account_id) f ON true ORDER BY b.id
-- name: hunt_r9_row_function_left_join_implicit_lateral
SELECT b.id, f.loyalty FROM bills b LEFT JOIN items_of_order(b.id) f ON f.discount > 0 ORDER BY b.id, f.line
-- name: hunt_r9_row_function_full_join_lateral_error
-- expect: 42P10
SELECT b.id, f.loyalty FROM bills b FULL JOIN account_by_id(b.account_id) f ON true
-- name: hunt_r9_row_field_correlated
SELECT b.id, (account_by_id(b.account_id)).tier FROM bills b ORDER BY b.id
-- name: hunt_r9_row_field_argument_reads_shadow
SELECT b.id, (account_by_id(CASE WHEN b.paid THEN b.account_id END)).loyalty FROM bills b ORDER BY b.id
-- name: hunt_r9_row_field_in_where
SELECT b.id FROM bills b WHERE (account_by_id(b.account_id)).loyalty > 3 ORDER BY b.id
-- name: hunt_r9_row_star_correlated
SELECT b.id, (account_by_id(b.account_id)).* FROM bills b WHERE b.id < 4 ORDER BY b.id
-- name: hunt_r9_set_row_field_correlated
SELECT b.id, (accounts_up_to(b.id)).tier FROM bills b WHERE b.id < 3 ORDER BY 1, 2 NULLS FIRST
-- name: hunt_r9_row_function_in_sublink
SELECT id FROM bills WHERE account_id IN (SELECT id FROM accounts_up_to(4) WHERE loyalty > 5) ORDER BY id
-- name: hunt_r9_row_function_in_cte_grouped
WITH f AS (SELECT * FROM accounts_up_to(5)) SELECT mood, count(*), sum(loyalty) FROM f GROUP BY mood ORDER BY mood
-- name: hunt_r9_row_function_whole_row_in_json_agg
SELECT json_agg(f ORDER BY f.id) FROM accounts_up_to(2) f
-- name: hunt_r9_row_function_rows_from_ordinality_star
SELECT * FROM ROWS FROM (accounts_up_to(2)) WITH ORDINALITY AS f ORDER BY f.ordinality
-- name: hunt_r9_items_of_order_discount_sum
SELECT sum(discount), count(*) FROM items_of_order(1)
-- name: hunt_r9_row_call_whole_in_union
SELECT account_by_id(1) UNION ALL SELECT account_by_id(3)
-- name: hunt_r9_row_call_to_jsonb
SELECT to_jsonb(account_by_id(4)), to_json(account_by_id(999))
-- name: hunt_r9_row_call_unknown_field
-- expect: 42703
SELECT (account_by_id(1)).nope
-- name: hunt_r9_users_quoted_columns_json
SELECT json_build_object('nick', u."Nick", 'id', u."Id") FROM "Users" u ORDER BY u."Id"
-- name: hunt_r9_users_case_folded_column_error
-- expect: 42703
SELECT nick FROM "Users"
-- name: hunt_r9_users_nick_varchar_concat_and_length
SELECT "Id", "Nick" || '|', octet_length("Nick"), "Nick"::char(3) FROM "Users" ORDER BY 1
-- name: hunt_r9_line_items_discount_numeric_agg
SELECT order_id, sum(qty * (1 - discount / 100)), max(discount), avg(discount)::numeric(6,3) FROM line_items GROUP BY order_id ORDER BY 1
-- name: hunt_r9_line_items_group_by_composite_key
SELECT order_id, line, product, discount FROM line_items GROUP BY order_id, line ORDER BY 1, 2
-- name: hunt_r9_line_items_group_by_partial_key_error
-- expect: 42803
SELECT order_id, line, discount FROM line_items GROUP BY order_id, product
-- name: hunt_r9_events_no_key_seen_defaults
SELECT kind, seen, count(*) FROM events GROUP BY kind, seen ORDER BY 1
-- name: hunt_r9_events_distinct_on_seen
SELECT DISTINCT ON (seen) seen, kind FROM events ORDER BY seen, kind DESC
-- name: hunt_r9_shipments_partition_grouped_by_key
SELECT region, id, status, priority FROM shipments_eu GROUP BY region, id ORDER BY 2
-- name: hunt_r9_shipments_tableoid_and_shadow
SELECT tableoid::regclass, region, id, status FROM shipments ORDER BY 2, 3
-- name: hunt_r9_animals_children_window
SELECT tableoid::regclass AS t, id, legs, rank() OVER (PARTITION BY tableoid ORDER BY legs DESC NULLS LAST, id) FROM animals ORDER BY id
-- name: hunt_r9_gadgets_interval_and_time_arith
SELECT id, span * 2, made_at + span, opens + interval '1 hour', stamp::date FROM gadgets ORDER BY id
-- name: hunt_r9_gadgets_range_operators
SELECT id, slots @> 3, upper(slots), isempty(slots), period && tstzrange('2024-01-01', '2025-01-01') FROM gadgets ORDER BY id
-- name: hunt_r9_gadgets_jsonb_path_and_arrow
SELECT id, doc -> 'a', doc #>> '{b,0}', jsonb_path_exists(doc, '$.b[*] ? (@ > 1)'), doc ? 'k' FROM gadgets ORDER BY id
-- name: hunt_r9_gadgets_bytea_and_uuid
SELECT id, encode(blob, 'hex'), length(blob), token::text, token IS NULL FROM gadgets ORDER BY id
-- name: hunt_r9_gadgets_float_formatting
SELECT id, ratio, fscore, ratio * 3, fscore::numeric(6,2), ratio::text FROM gadgets ORDER BY id
-- name: hunt_r9_gadgets_char4_and_domain
SELECT id, tag4, length(tag4), tag4 || '|', units, units + 1, pg_typeof(units) FROM gadgets ORDER BY id
-- name: hunt_r9_gadgets_codes_varchar_array
SELECT id, codes, codes[2], array_position(codes, 'ab'), codes IS NULL FROM gadgets ORDER BY id
-- name: hunt_r9_gadgets_json_not_comparable_distinct_error
-- expect: 42883
SELECT DISTINCT raw FROM gadgets
-- name: hunt_r9_gadgets_group_by_key_with_doc
SELECT id, doc, total FROM gadgets GROUP BY id ORDER BY id
-- name: hunt_r9_gadgets_total_numeric_precision
SELECT id, total, total / 3, round(total, 2), big * 2 FROM gadgets ORDER BY id
-- name: hunt_r9_notes_key_with_quotes_stars
SELECT slug, stars, rank() OVER (ORDER BY stars DESC, slug) FROM notes ORDER BY slug
-- name: hunt_r9_visits_kind_by_timestamptz_key
SELECT visitor, at, kind FROM visits ORDER BY at
-- name: hunt_r9_appliances_generated_and_shadow
SELECT id, price_x2, color, stock, price_x2 + stock FROM appliances ORDER BY id
-- name: hunt_r9_counters_identity_hits
SELECT name, serial_no, twice, hits FROM counters ORDER BY name
-- name: hunt_r9_hunt_w_members_bit_strings
SELECT id, mask, vmask, mask | B'001', bit_length(mask), points, lo, hi FROM hunt_w_members ORDER BY id
-- name: hunt_r9_group_by_ordinal_of_star_over_aliased_join
SELECT * FROM (accounts a JOIN tags t USING (id)) j GROUP BY 1, j.label ORDER BY 1
-- name: hunt_r9_group_by_ordinal_of_join_alias_star
SELECT j.* FROM (accounts a JOIN bills b ON b.account_id = a.id) j(aid) GROUP BY 1, 9 ORDER BY 9
-- name: hunt_r9_group_by_ordinal_of_star_over_right_join
SELECT * FROM tags t RIGHT JOIN accounts a USING (id) GROUP BY 1, t.id ORDER BY 1
-- name: hunt_r9_group_by_ordinal_of_star_over_left_join_right_key_missing
-- expect: 42803
SELECT * FROM tags t LEFT JOIN accounts a USING (id) GROUP BY 1
-- name: hunt_r9_group_by_ordinal_of_star_over_full_join
-- expect: 42803
SELECT * FROM accounts a FULL JOIN tags t USING (id) GROUP BY 1, t.id
-- name: hunt_r9_group_by_ordinal_of_star_over_nested_joins
SELECT * FROM accounts a JOIN tags t USING (id) JOIN bills b ON b.id = t.id GROUP BY 1, b.id, t.id ORDER BY 1
-- name: hunt_r9_group_by_ordinal_of_star_over_natural_join
SELECT * FROM accounts NATURAL JOIN tags GROUP BY 1, tags.id ORDER BY 1
-- name: hunt_r9_group_by_ordinals_of_star_over_join_grouping_sets
SELECT * FROM accounts a JOIN tags t USING (id) GROUP BY GROUPING SETS ((1, t.id, 2), (1, t.id)) ORDER BY 1, 2 NULLS LAST
-- name: hunt_r9_group_by_ordinal_of_star_over_join_second_table_key
SELECT * FROM tags t JOIN accounts a ON a.id = t.id GROUP BY 1, 4 ORDER BY 1
-- name: hunt_r9_group_by_ordinal_of_star_over_join_using_alias
SELECT * FROM accounts a JOIN tags t USING (id) AS u GROUP BY 1, t.id ORDER BY u.id
-- name: hunt_r9_only_parenthesized_table
SELECT id, loyalty FROM ONLY (accounts) ORDER BY id
-- name: hunt_r9_only_parenthesized_parent_aliased
SELECT a.id, a.legs FROM ONLY (animals) a ORDER BY a.id
-- name: hunt_r9_only_parenthesized_schema_table_sampled
SELECT count(x.loyalty) FROM ONLY (public.accounts) AS x TABLESAMPLE BERNOULLI (100) REPEATABLE (1)
-- name: hunt_r9_comment_inside_qualified_name
SELECT x.tier FROM public./* schema dot */accounts /* before alias */ AS /* after as */ x ORDER BY x.id
-- name: hunt_r9_trailing_line_comment_plain
SELECT id, loyalty FROM accounts ORDER BY id -- the end
-- name: hunt_r9_trailing_line_comment_grouped_by_key
SELECT a.id, a.tier FROM accounts a GROUP BY a.id ORDER BY a.id -- grouped
-- name: hunt_r9_trailing_line_comment_row_function
SELECT id, tier FROM accounts_up_to(2) -- rows of a function
-- name: hunt_r9_trailing_line_comment_row_field
SELECT (account_by_id(1)).tier -- a field
-- name: hunt_r9_trailing_line_comment_set_row_call
SELECT (accounts_up_to(2)).loyalty -- a set
-- name: hunt_r9_trailing_line_comment_table_form
TABLE accounts -- whole table
-- name: hunt_r9_trailing_line_comment_copy_to
COPY accounts TO STDOUT -- copy
-- name: hunt_r9_trailing_line_comment_copy_query
COPY (SELECT id, tier FROM accounts ORDER BY id) TO STDOUT -- copy query
-- name: hunt_r9_trailing_line_comment_whole_row_output
SELECT a FROM accounts a ORDER BY a.id -- whole rows
-- name: hunt_r9_trailing_line_comment_in_multi_statement
SELECT loyalty FROM accounts WHERE id = 1 -- one
; SELECT tier FROM accounts WHERE id = 2 -- two
-- name: hunt_r9_trailing_line_comment_create_temp_as
CREATE TEMP TABLE hunt_r9_t4 AS SELECT id, tier FROM accounts -- stored
;SELECT * FROM hunt_r9_t4 ORDER BY id; DROP TABLE hunt_r9_t4
-- name: hunt_r9_trailing_block_comment_unterminated_nested
SELECT loyalty FROM accounts /* outer /* inner */ still outer */ ORDER BY id
-- name: hunt_r9_dollar_quoted_table_name_text
SELECT $$accounts$$ AS t, $q$ loyalty FROM accounts $q$ AS u, loyalty FROM accounts ORDER BY id
-- name: hunt_r9_long_alias_truncated_whole_row
SELECT row_to_json(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa) FROM accounts AS aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ORDER BY aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.id
-- name: hunt_r9_long_alias_truncated_column
SELECT aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.loyalty FROM accounts AS aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ORDER BY aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.id
-- name: hunt_r9_long_alias_truncated_grouped_by_key
SELECT aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.tier, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.loyalty FROM accounts AS aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa GROUP BY aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.id ORDER BY aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.id
-- name: hunt_r9_long_quoted_multibyte_alias_truncated
SELECT "üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüü".tier FROM accounts AS "üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüü" ORDER BY 1 NULLS FIRST
-- name: hunt_r9_long_output_name_truncated
SELECT loyalty AS aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, tier AS "üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüü" FROM accounts ORDER BY id
-- name: hunt_r9_inner_unaliased_other_schema_table_takes_bare_name
SELECT accounts.id, (SELECT sales.accounts.score FROM sales.accounts WHERE accounts.id = public.accounts.id) FROM public.accounts ORDER BY 1
-- name: hunt_r9_inner_other_schema_compares_outer_shadow
SELECT public.accounts.tier, (SELECT count(*) FROM sales.accounts WHERE sales.accounts.score > public.accounts.loyalty) FROM public.accounts ORDER BY public.accounts.id
-- name: hunt_r9_inner_bare_name_is_inner_table
SELECT a.id, (SELECT accounts.score FROM sales.accounts WHERE accounts.id = a.id) FROM accounts a ORDER BY 1
-- name: hunt_r9_inner_alias_hides_outer_table_name
-- expect: 42703
SELECT (SELECT accounts.loyalty FROM bills accounts LIMIT 1) FROM accounts
-- name: hunt_r9_lateral_bare_name_resolves_other_schema
SELECT p.id, s.score FROM public.accounts p, LATERAL (SELECT accounts.score FROM sales.accounts WHERE accounts.id = p.id) s ORDER BY 1
-- name: hunt_r9_both_schemas_unaliased_with_subquery_reference
SELECT public.accounts.id, sales.accounts.score, (SELECT public.accounts.loyalty) FROM public.accounts JOIN sales.accounts ON sales.accounts.id = public.accounts.id ORDER BY 1
-- name: hunt_r9_bare_name_ambiguous_two_schemas
-- expect: 42P09
SELECT accounts.id FROM public.accounts, sales.accounts WHERE public.accounts.loyalty > 0
-- name: hunt_r9_set_config_search_path_cast_to_text
SELECT set_config('search_path', 'sales, public', false)::text; SELECT id, score FROM accounts ORDER BY id; RESET search_path
-- name: hunt_r9_set_config_search_path_cast_twice
SELECT CAST(set_config('search_path', 'sales', false) AS varchar(40))::text; SELECT id, region, score FROM accounts ORDER BY id; RESET search_path
-- name: hunt_r9_set_config_local_cast_in_transaction
BEGIN; SELECT set_config('search_path', 'sales', true)::text AS p; SELECT id, score FROM accounts ORDER BY id; COMMIT; SELECT id, tier FROM accounts ORDER BY id
-- name: hunt_r9_set_config_under_where_false_does_not_run
SELECT set_config('search_path', 'sales', false) WHERE false; SELECT id, tier FROM accounts ORDER BY id; RESET search_path
-- name: hunt_r9_commit_and_chain_reverts_local_path
BEGIN; SET LOCAL search_path = sales; SELECT id, score FROM accounts ORDER BY id; COMMIT AND CHAIN; SELECT id, tier FROM accounts ORDER BY id; COMMIT
-- name: hunt_r9_rollback_and_chain_reverts_session_path
BEGIN; SET search_path = sales; SELECT id, score FROM accounts ORDER BY id; ROLLBACK AND CHAIN; SELECT id, tier FROM accounts ORDER BY id; COMMIT
-- name: hunt_r9_row_field_cast_keeps_name
SELECT (account_by_id(1)).loyalty::text, (account_by_id(1)).tier::varchar(3)
-- name: hunt_r9_set_row_field_cast_keeps_name
SELECT (accounts_up_to(2)).loyalty::text ORDER BY 1 NULLS FIRST
-- name: hunt_r9_row_field_in_expressions_names
SELECT (account_by_id(1)).tier || '!', upper((account_by_id(1)).tier), coalesce((account_by_id(2)).loyalty, -1), ARRAY[(account_by_id(1)).loyalty]
-- name: hunt_r9_row_field_case_name
SELECT CASE WHEN true THEN (account_by_id(1)).tier END, CASE WHEN false THEN 1 ELSE (account_by_id(4)).loyalty END
-- name: hunt_r9_row_field_array_subscript
SELECT (account_by_id(1)).labels[1], ((account_by_id(1)).labels)[2], (account_by_id(1)).labels[1:1]
-- name: hunt_r9_row_field_order_and_group
SELECT b.account_id, count(*) FROM bills b GROUP BY b.account_id ORDER BY (account_by_id(b.account_id)).loyalty NULLS FIRST, 1 NULLS FIRST
-- name: hunt_r9_row_field_in_having
SELECT b.account_id FROM bills b GROUP BY b.account_id HAVING (account_by_id(b.account_id)).tier IS NOT NULL ORDER BY 1
-- name: hunt_r9_row_field_in_join_on
SELECT b.id, t.label FROM bills b JOIN tags t ON t.loyalty = (account_by_id(b.account_id)).loyalty ORDER BY 1
-- name: hunt_r9_row_field_nested_call
SELECT (account_by_id((account_by_id(5)).loyalty)).tier
-- name: hunt_r9_row_field_of_null_row
SELECT (account_by_id(999)).loyalty, (account_by_id(999)).tier IS NULL
-- name: hunt_r9_row_field_enum_compare
SELECT (account_by_id(3)).mood > 'happy', (account_by_id(4)).mood
-- name: hunt_r9_row_call_in_values
SELECT * FROM (VALUES ((account_by_id(1)).tier), ((account_by_id(2)).tier)) v(t) ORDER BY 1
-- name: hunt_r9_row_call_in_cte_then_field
WITH r AS (SELECT (account_by_id(1)).tier AS t, (account_by_id(1)).loyalty AS l) SELECT * FROM r
-- name: hunt_r9_row_call_row_to_json_in_subquery
SELECT (SELECT row_to_json(account_by_id(b.account_id))) FROM bills b WHERE b.id < 3 ORDER BY b.id
-- name: hunt_r9_row_call_json_agg_grouped
SELECT json_agg(account_by_id(b.account_id) ORDER BY b.id) FROM bills b WHERE b.account_id < 3
-- name: hunt_r9_row_call_in_exists
SELECT id FROM bills b WHERE EXISTS (SELECT 1 WHERE (account_by_id(b.account_id)).mood = 'sad') ORDER BY id
-- name: hunt_r9_row_field_unknown_in_set_call
-- expect: 42703
SELECT (accounts_up_to(2)).nope
-- name: hunt_r9_row_field_of_items_function
SELECT (items_of_order(1)).discount ORDER BY 1
-- name: hunt_r9_set_row_field_casts_and_collate_keep_name
SELECT (items_of_order(1)).discount::text, (accounts_up_to(2)).tier COLLATE "C" ORDER BY 1, 2
-- name: hunt_r9_set_row_field_cast_beside_from_and_order
SELECT b.id, (items_of_order(b.id)).discount::numeric(6,3) FROM bills b WHERE b.id < 3 ORDER BY 1, 2
-- name: hunt_r9_set_row_field_cast_in_union_arm
SELECT (accounts_up_to(1)).loyalty::bigint UNION ALL SELECT 5 ORDER BY 1
-- name: hunt_r9_set_row_field_varchar_typmod
SELECT (items_of_order(2)).discount, pg_typeof((items_of_order(2)).discount)
-- name: hunt_r9_row_function_lateral_set_in_select
SELECT b.id, (items_of_order(b.account_id)).product FROM bills b WHERE b.id < 3 ORDER BY 1, 2
-- name: hunt_r9_xmlforest_shadow_names
SELECT xmlforest(a.tier, a.loyalty, a.id AS "key") FROM accounts a WHERE a.id < 3 ORDER BY a.id
-- name: hunt_r9_xmlelement_attributes_shadow
SELECT xmlelement(name acc, xmlattributes(a.tier, a.loyalty AS pts), a.mood) FROM accounts a WHERE a.id < 5 ORDER BY a.id
-- name: hunt_r9_xmlagg_ordered_by_shadow
SELECT xmlagg(xmlelement(name t, tier) ORDER BY loyalty NULLS FIRST, id) FROM accounts
-- name: hunt_r9_for_update_of_cte_error
-- expect: 0A000
WITH c AS (SELECT id, loyalty FROM accounts) SELECT * FROM c FOR UPDATE OF c
-- name: hunt_r9_for_update_before_limit
SELECT id, loyalty FROM accounts WHERE loyalty IS NOT NULL ORDER BY id FOR UPDATE LIMIT 2
-- name: hunt_r9_for_update_of_grouped_subquery_error
-- expect: 0A000
SELECT s.mood FROM (SELECT mood, count(*) FROM accounts GROUP BY mood) s FOR UPDATE OF s
-- name: hunt_r9_for_key_share_of_one_side_of_join
SELECT a.id, b.id, b.due FROM accounts a JOIN bills b ON b.account_id = a.id WHERE a.tier IS NOT NULL ORDER BY 2 FOR KEY SHARE OF b
-- name: hunt_r9_tablesample_inside_join
SELECT a.id, b.paid FROM accounts a TABLESAMPLE SYSTEM (100) JOIN bills b TABLESAMPLE BERNOULLI (100) REPEATABLE (2) ON b.account_id = a.id WHERE a.loyalty > 0 ORDER BY b.id
-- name: hunt_r9_nested_parenthesized_joins_with_using_chain
SELECT id, a.tier, t.label, b.paid FROM ((accounts a JOIN tags t USING (id)) LEFT JOIN bills b USING (id)) ORDER BY id
-- name: hunt_r9_lateral_in_join_on_reads_left_shadow
SELECT a.id, x.n FROM accounts a JOIN LATERAL (SELECT count(*) AS n FROM bills b WHERE b.account_id = a.id AND b.paid) x ON x.n >= coalesce(a.loyalty, 0) % 2 ORDER BY a.id
-- name: hunt_r9_self_natural_join_on_all_columns
SELECT count(*) FROM accounts NATURAL JOIN (SELECT * FROM accounts) b
-- name: hunt_r9_group_by_key_other_instance_ungrouped
-- expect: 42803
SELECT a.id, b.tier FROM accounts a JOIN accounts b ON b.id = a.id + 1 GROUP BY a.id
-- name: hunt_r9_group_by_both_keys_self_join
SELECT a.id, a.tier, b.tier, b.loyalty FROM accounts a JOIN accounts b ON b.id = a.id + 1 GROUP BY a.id, b.id ORDER BY 1
-- name: hunt_r9_group_by_schema_qualified_key
SELECT public.accounts.tier, count(*) FROM public.accounts GROUP BY public.accounts.id ORDER BY public.accounts.id
-- name: hunt_r9_aggregate_order_by_shadow_in_grouped_by_key
SELECT a.id, string_agg(b.note, ',' ORDER BY b.due, b.id) FILTER (WHERE b.paid IS NOT NULL), a.tier FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY 1
-- name: hunt_r9_order_by_aggregate_not_in_list
SELECT sum(loyalty) FROM accounts ORDER BY count(tier)
-- name: hunt_r9_having_compares_scalar_subquery
SELECT loyalty, count(*) FROM accounts GROUP BY loyalty HAVING loyalty > (SELECT avg(loyalty) FROM accounts) ORDER BY 1
-- name: hunt_r9_window_over_grouping_sets_with_grouping
SELECT mood, tier IS NULL AS nt, count(*), rank() OVER (PARTITION BY GROUPING(mood, tier IS NULL) ORDER BY count(*) DESC, mood NULLS LAST) FROM accounts GROUP BY GROUPING SETS ((mood), (tier IS NULL)) ORDER BY GROUPING(mood, tier IS NULL), 1 NULLS LAST, 2 NULLS LAST
-- name: hunt_r9_window_frame_groups_exclude_ties_on_shadow
SELECT id, loyalty, sum(id) OVER (ORDER BY loyalty NULLS FIRST GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW EXCLUDE TIES) FROM accounts ORDER BY id
-- name: hunt_r9_window_range_offset_on_shadow_integer
SELECT id, loyalty, count(*) OVER (ORDER BY loyalty RANGE BETWEEN 3 PRECEDING AND 3 FOLLOWING) FROM accounts ORDER BY id
-- name: hunt_r9_params_enum_and_array
-- params: ["sad", "{vip}"]
SELECT id FROM accounts WHERE mood = $1 OR labels @> $2 ORDER BY id
-- name: hunt_r9_params_case_and_coalesce
-- params: ["true", "none"]
SELECT id, CASE WHEN $1 THEN loyalty END, coalesce(tier, $2) FROM accounts ORDER BY id
-- name: hunt_r9_params_between_shadow_dates
-- params: ["2024-06-01", "2025-01-31"]
SELECT id FROM bills WHERE due BETWEEN $1 AND $2 ORDER BY id
-- name: hunt_r9_params_any_of_shadow
-- params: ["{gold,bronze}"]
SELECT id FROM accounts WHERE tier = ANY ($1) ORDER BY id
-- name: hunt_r9_params_row_compare
-- params: ["3", "4"]
SELECT id FROM accounts WHERE (loyalty, id) >= ($1, $2) ORDER BY id
-- name: hunt_r9_params_limit_offset_order_by_shadow
-- params: ["2", "1"]
SELECT id, tier FROM accounts ORDER BY tier NULLS LAST, id LIMIT $1 OFFSET $2
-- name: hunt_r9_params_domain_posint
-- params: ["2"]
SELECT id FROM gadgets WHERE units >= $1 ORDER BY id
-- name: hunt_r9_params_bad_enum_value
-- params: ["ecstatic"]
-- expect: 22P02
SELECT id FROM accounts WHERE mood = $1
-- name: hunt_r9_distinct_on_window_and_grouped_key
SELECT DISTINCT ON (a.mood) a.mood, a.id, a.tier, count(b.id) OVER (PARTITION BY a.mood) FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id, b.id ORDER BY a.mood, a.id
-- name: hunt_r9_correlated_subquery_no_from_reads_outer
SELECT id FROM accounts a WHERE a.loyalty IN (SELECT loyalty) ORDER BY id
-- name: hunt_r9_union_enum_with_literal
SELECT mood FROM accounts UNION SELECT 'sad' ORDER BY 1
-- name: hunt_r9_union_types_int_and_literal
SELECT loyalty FROM accounts UNION SELECT '5' ORDER BY 1 NULLS FIRST
-- name: hunt_r9_union_shadow_enum_vs_text_error
-- expect: 42804
SELECT mood FROM accounts UNION SELECT tier FROM accounts
-- name: hunt_r9_intersect_all_whole_rows_without_equality
-- expect: 42883
SELECT g FROM gadgets g INTERSECT ALL SELECT h FROM gadgets h
-- name: hunt_r9_except_all_whole_rows_without_equality
-- expect: 42883
SELECT g FROM gadgets g WHERE g.id < 3 EXCEPT ALL SELECT h FROM gadgets h WHERE h.id = 1
-- name: hunt_r9_intersect_all_whole_rows_in_second_column
-- expect: 42883
SELECT 1, g FROM gadgets g INTERSECT ALL SELECT 2, h FROM gadgets h
-- name: hunt_r9_union_all_whole_rows_without_equality_runs
SELECT g.id, g FROM gadgets g WHERE g.id < 3 UNION ALL SELECT h.id, h FROM gadgets h WHERE h.id = 1 ORDER BY 1
-- name: hunt_r9_intersect_all_whole_rows_comparable
SELECT a FROM accounts a WHERE a.id < 4 INTERSECT ALL SELECT b FROM accounts b WHERE b.id > 1 ORDER BY 1
-- name: hunt_r9_except_all_inside_union_all
-- expect: 42883
SELECT g FROM gadgets g UNION ALL (SELECT g FROM gadgets g EXCEPT ALL SELECT g FROM gadgets g)
-- name: hunt_r9_rollup_of_whole_row_without_equality
-- expect: 42883
SELECT count(*) FROM gadgets g GROUP BY ROLLUP (g)
-- name: hunt_r9_grouping_sets_of_whole_row_without_equality
-- expect: 42883
SELECT count(*) FROM gadgets g GROUP BY GROUPING SETS ((g.id), (g), ())
-- name: hunt_r9_cube_of_whole_row_by_output_position
-- expect: 42883
SELECT g.id, g, count(*) FROM gadgets g GROUP BY CUBE (1, 2)
-- name: hunt_r9_group_by_parenthesized_list_with_whole_row
-- expect: 42883
SELECT count(*) FROM gadgets g GROUP BY (g.id, g)
-- name: hunt_r9_rollup_of_comparable_whole_row
SELECT a, count(*) FROM accounts a GROUP BY ROLLUP (a) ORDER BY 1 NULLS LAST
-- name: hunt_r9_grouping_sets_whole_row_by_output_name
-- expect: 42883
SELECT g AS r, count(*) FROM gadgets g GROUP BY GROUPING SETS ((r), ())
-- name: hunt_r9_distinct_join_alias_whole_row_with_json
SELECT DISTINCT j FROM (gadgets g JOIN tags t USING (id)) j WHERE j.id = 1
-- name: hunt_r9_parenthesized_star_target
SELECT (a.*) FROM accounts a WHERE a.id < 3 ORDER BY a.id
-- name: hunt_r9_distinct_parenthesized_star_of_gadgets
-- expect: 42883
SELECT DISTINCT (g.*) FROM gadgets g
-- name: hunt_r9_greatest_of_whole_rows_without_equality
-- expect: 42883
SELECT DISTINCT greatest(g, h) FROM gadgets g JOIN gadgets h ON h.id = g.id
-- name: hunt_r9_order_by_first_value_whole_row_without_equality
-- expect: 42883
SELECT g.id FROM gadgets g ORDER BY first_value(g) OVER (ORDER BY g.id)
-- name: hunt_r9_schema_qualified_outer_ref_past_inner_alias_of_same_name
SELECT (SELECT public.accounts.loyalty FROM bills accounts WHERE accounts.id = public.accounts.id) FROM public.accounts ORDER BY public.accounts.id
-- name: hunt_r9_schema_qualified_outer_ref_past_inner_cte_of_same_name
SELECT (WITH accounts AS (SELECT 1 AS id) SELECT public.accounts.tier FROM accounts) FROM public.accounts ORDER BY public.accounts.id
-- name: hunt_r9_schema_qualified_outer_ref_past_inner_function_alias
SELECT (SELECT public.accounts.mood FROM generate_series(1, 1) accounts) FROM public.accounts ORDER BY public.accounts.id
-- name: hunt_r9_schema_qualified_lateral_past_alias
SELECT s.t FROM public.accounts, LATERAL (SELECT public.accounts.tier AS t FROM tags accounts WHERE accounts.id = public.accounts.id) s ORDER BY 1 NULLS FIRST
-- name: hunt_r9_table_form_in_subquery_and_cte
WITH x AS (TABLE accounts) SELECT s.id, s.tier, (SELECT count(*) FROM x WHERE x.loyalty > 0) FROM (TABLE accounts) s ORDER BY 1
-- name: hunt_r9_table_form_union_and_exists
SELECT count(*) FROM (TABLE accounts UNION TABLE accounts) u WHERE EXISTS (TABLE bills)
-- name: hunt_r9_table_form_only_parent_ordered
TABLE ONLY animals ORDER BY legs NULLS FIRST, id
-- name: hunt_r9_error_too_many_column_aliases
-- expect: 42P10
SELECT 1 FROM accounts AS a(i, n, e, c, l, t, m, lb, extra)
-- name: hunt_r9_error_too_many_column_aliases_landing
-- expect: 42P10
SELECT sc FROM sales.accounts AS s(i, r, sc, extra)
-- name: hunt_r9_error_duplicate_alias
-- expect: 42712
SELECT a.loyalty FROM accounts a, bills a
-- name: hunt_r9_error_unknown_tablesample_method
-- expect: 42704
SELECT loyalty FROM accounts TABLESAMPLE nope (1)
-- name: hunt_r9_error_tablesample_bad_argument
-- expect: 22P02
SELECT tier FROM accounts a TABLESAMPLE SYSTEM ('x')
-- name: hunt_r9_error_tablesample_bad_repeatable
-- expect: 22P02
SELECT tier FROM accounts a TABLESAMPLE SYSTEM (10) REPEATABLE ('y')
-- name: hunt_r9_error_row_function_bad_argument
-- expect: 22P02
SELECT loyalty FROM accounts_up_to('x') f
-- name: hunt_r9_error_row_function_unknown_column_argument
-- expect: 42703
SELECT f.loyalty FROM accounts_up_to(nope) f
-- name: hunt_r9_error_row_function_missing_from_entry
-- expect: 42P01
SELECT f.tier FROM account_by_id(x.id) f
-- name: hunt_r9_error_row_field_bad_argument
-- expect: 22P02
SELECT (account_by_id('zz')).tier
-- name: hunt_r9_error_set_row_field_division_by_zero
-- expect: 22012
SELECT (accounts_up_to(1 / 0)).tier
-- name: hunt_r9_error_shadow_ambiguous_with_renamed_live
-- expect: 42702
SELECT tier FROM accounts AS a(tier)
-- name: hunt_r9_renamed_shadow_takes_live_name
SELECT a.name, a.n FROM accounts AS a(i, n, e, c, name) ORDER BY a.i
-- name: hunt_r9_error_set_returning_row_field_in_where
-- expect: 0A000
SELECT 1 FROM bills WHERE (accounts_up_to(2)).tier IS NOT NULL
-- name: hunt_r9_xmlserialize_and_xmlpi_of_shadow
SELECT XMLSERIALIZE(CONTENT xmlelement(name t, a.tier, xmlpi(name p, a.mood::text)) AS text) FROM accounts a WHERE a.id < 5 ORDER BY a.id
-- name: hunt_r9_xmlparse_of_shadow_text_error
-- expect: 2200M
SELECT XMLPARSE(DOCUMENT tier) FROM accounts WHERE id = 7
-- name: hunt_r9_xmlforest_unnamed_after_cast
SELECT xmlforest(a.loyalty::text, (a.tier), a.labels[1]) FROM accounts a WHERE a.id < 3 ORDER BY a.id
-- name: hunt_r9_xmlagg_with_xmlattributes_qualified
SELECT xmlagg(xmlelement(name a, xmlattributes(x.id, x.tier)) ORDER BY x.id) FROM accounts x WHERE x.tier IS NOT NULL
-- name: hunt_r9_collation_for_and_normalize
SELECT id, COLLATION FOR (tier), normalize(tier, NFC), tier IS NFC NORMALIZED FROM accounts WHERE tier IS NOT NULL ORDER BY id
-- name: hunt_r9_explicit_operator_syntax
SELECT id FROM accounts WHERE loyalty OPERATOR(pg_catalog.>) 3 AND tier OPERATOR(pg_catalog.~~) '%o%' ORDER BY id
-- name: hunt_r9_is_true_unknown_on_shadow_boolean
SELECT id, paid IS TRUE, paid IS NOT FALSE, (paid AND due > '2024-06-01') IS UNKNOWN FROM bills ORDER BY id
-- name: hunt_r9_regexp_matches_and_like_escape
SELECT id, regexp_matches(tier, '(\w+)', 'g') FROM accounts WHERE tier LIKE '%!$%' ESCAPE '!' OR tier ~ '^g' ORDER BY id
-- name: hunt_r9_date_bin_and_extract_of_shadow_date
SELECT id, EXTRACT(month FROM due), date_trunc('month', due)::date, due AT TIME ZONE 'UTC' FROM bills ORDER BY id
-- name: hunt_r9_jsonb_delete_path_and_set_on_shadow
SELECT id, doc #- '{a,x}', jsonb_set(doc, '{n}', to_jsonb(id)) FROM gadgets ORDER BY id
-- name: hunt_r9_trim_array_and_array_remove
SELECT id, trim_array(labels, 1), array_remove(labels, 'new'), array_replace(labels, 'vip', 'VIP') FROM accounts ORDER BY id
-- name: hunt_r9_num_nulls_of_shadow_columns
SELECT id, num_nulls(loyalty, tier, mood, labels), num_nonnulls(VARIADIC ARRAY[tier, mood::text]) FROM accounts ORDER BY id
-- name: hunt_r9_overlay_position_substring_similar
SELECT id, overlay(tier PLACING '*' FROM 1 FOR 1), position('o' IN tier), substring(tier SIMILAR '%#"o_d#"%' ESCAPE '#') FROM accounts ORDER BY id
-- name: hunt_r9_empty_statements_around
;;SELECT loyalty FROM accounts WHERE id = 1;;
-- name: hunt_r9_comment_only_after_last_statement
SELECT loyalty FROM accounts WHERE id = 1; -- done
-- name: hunt_r9_like_partition_and_child_columns
CREATE TEMP TABLE hunt_r9_like1 (LIKE shipments_eu INCLUDING DEFAULTS); CREATE TEMP TABLE hunt_r9_like2 (LIKE dogs); SELECT attrelid::regclass, attname FROM pg_attribute WHERE attrelid IN ('hunt_r9_like1'::regclass, 'hunt_r9_like2'::regclass) AND attnum > 0 ORDER BY attrelid, attnum; DROP TABLE hunt_r9_like1, hunt_r9_like2
-- name: hunt_r9_greatest_of_rows_of_two_tables
-- expect: 42846
SELECT greatest(a, b) FROM accounts a JOIN bills b ON b.id = a.id
-- name: hunt_r9_least_of_rows_of_two_tables
-- expect: 42846
SELECT least(b, a) FROM accounts a JOIN bills b ON b.id = a.id
-- name: hunt_r9_values_rows_of_two_tables
-- expect: 42846
SELECT v.column1 FROM accounts a JOIN bills b ON b.id = a.id, LATERAL (VALUES (a), (b)) v
-- name: hunt_r9_order_by_position_after_star_whole_row_without_equality
-- expect: 42883
SELECT t.*, g FROM tags t, gadgets g WHERE g.id = t.id ORDER BY 4
-- name: hunt_r9_distinct_on_position_after_star_whole_row_without_equality
-- expect: 42883
SELECT DISTINCT ON (4) t.*, g FROM tags t, gadgets g WHERE g.id = t.id
-- name: hunt_r9_group_by_position_after_star_whole_row_without_equality
-- expect: 42883
SELECT t.*, g FROM tags t, gadgets g WHERE g.id = t.id GROUP BY 1, 2, 3, 4
-- name: hunt_r9_order_by_position_after_star_comparable_whole_row
SELECT t.*, a FROM tags t, accounts a WHERE a.id = t.id ORDER BY 4
-- name: hunt_r9_distinct_subquery_whole_row_after_star
-- expect: 42883
SELECT DISTINCT s.r FROM (SELECT t.*, g AS r FROM tags t, gadgets g WHERE g.id = t.id) s
-- name: hunt_r9_order_by_cte_whole_row_after_star
-- expect: 42883
WITH c AS (SELECT t.*, g AS r FROM tags t JOIN gadgets g USING (id)) SELECT c.id FROM c ORDER BY c.r
-- name: hunt_r9_distinct_subquery_comparable_whole_row_after_star
SELECT DISTINCT s.r FROM (SELECT t.*, a AS r FROM tags t, accounts a WHERE a.id = t.id) s ORDER BY 1
-- name: hunt_r9_union_whole_rows_of_two_tables_after_star
-- expect: 42846
SELECT t.*, a FROM tags t, accounts a WHERE a.id = t.id UNION ALL SELECT 1, 'x', 2, b FROM bills b
-- name: hunt_r9_union_whole_rows_of_one_table_after_star
SELECT t.*, a FROM tags t, accounts a WHERE a.id = t.id UNION ALL SELECT 9, 'x', 2, b FROM accounts b WHERE b.id = 1 ORDER BY 1, 2

-- ---------------------------------------------------------------- hunt_r10
-- name: hunt_r10_values_field_of_whole_rows_from_sublinks
-- refused
SELECT (v.column1).tier FROM (VALUES ((SELECT a FROM accounts a WHERE a.id = 1)), ((SELECT a FROM accounts a WHERE a.id = 2))) v
-- name: hunt_r10_lateral_values_field_of_whole_row
-- refused
SELECT (v.column1).tier FROM accounts a, LATERAL (VALUES (a)) v ORDER BY a.id
-- name: hunt_r10_lateral_values_fields_of_two_whole_rows
-- refused
SELECT (v.column1).tier, (v.column2).loyalty FROM accounts a, accounts b, LATERAL (VALUES (a, b)) v WHERE a.id = b.id ORDER BY a.id
-- name: hunt_r10_lateral_values_star_of_whole_row_renamed
-- refused
SELECT (v.r).* FROM accounts a, LATERAL (VALUES (a)) v(r) ORDER BY a.id
-- name: hunt_r10_union_values_second_arm_field_of_whole_row
WITH v(r) AS (SELECT a FROM accounts a UNION ALL VALUES ((SELECT a FROM accounts a WHERE id = 1))) SELECT (v.r).tier, (v.r).id FROM v ORDER BY 2, 1
-- name: hunt_r10_lateral_values_whole_row_itself
SELECT v.column1 FROM accounts a, LATERAL (VALUES (a)) v ORDER BY a.id
-- name: hunt_r10_lag_default_row_of_other_table
-- expect: 42883
SELECT lag(a, 1, b) OVER (ORDER BY a.id) FROM accounts a JOIN bills b ON b.id = a.id
-- name: hunt_r10_lag_of_whole_row_joined
SELECT lag(a) OVER (ORDER BY a.id) FROM accounts a JOIN bills b ON b.id = a.id ORDER BY a.id
-- name: hunt_r10_lead_default_row_of_same_table
SELECT lead(a, 1, a2) OVER (ORDER BY a.id) FROM accounts a JOIN accounts a2 ON a2.id = a.id ORDER BY a.id
-- name: hunt_r10_lead_default_row_of_table_without_shadow_columns
-- expect: 42883
SELECT lead(a, 1, t) OVER (ORDER BY a.id) FROM accounts a JOIN tags t ON t.id = a.id
-- name: hunt_r10_array_append_rows_of_two_tables
-- expect: 42883
SELECT array_append(ARRAY[a], b) FROM accounts a JOIN bills b ON b.id = a.id
-- name: hunt_r10_array_append_aggregate_rows_of_two_tables
-- expect: 42883
SELECT array_append((SELECT array_agg(x ORDER BY x.id) FROM accounts x), b) FROM bills b
-- name: hunt_r10_array_prepend_rows_of_two_tables
-- expect: 42883
SELECT array_prepend(a, ARRAY[b]) FROM accounts a JOIN bills b ON b.id = a.id
-- name: hunt_r10_array_cat_rows_of_two_tables
-- expect: 42883
SELECT pg_catalog.array_cat(ARRAY[b], ARRAY[a]) FROM accounts a JOIN bills b ON b.id = a.id
-- name: hunt_r10_array_position_row_of_other_table
-- expect: 42883
SELECT array_position(ARRAY[a], b) FROM accounts a JOIN bills b ON b.id = a.id
-- name: hunt_r10_array_remove_row_of_other_table
-- expect: 42883
SELECT array_remove(ARRAY[b], a) FROM accounts a JOIN bills b ON b.id = a.id
-- name: hunt_r10_array_append_rows_of_one_table
SELECT array_append(ARRAY[a], a2) FROM accounts a JOIN accounts a2 ON a2.id = a.id ORDER BY a.id
-- name: hunt_r10_array_position_rows_of_one_table
SELECT a.id, array_position(ARRAY[a2, a], a) FROM accounts a JOIN accounts a2 ON a2.id = a.id + 1 ORDER BY a.id
-- name: hunt_r10_nullif_rows_of_two_tables
-- expect: 42804
SELECT NULLIF(a, b) FROM accounts a JOIN bills b ON b.id = a.id
-- name: hunt_r10_nullif_rows_of_one_table
SELECT a.id, NULLIF(a, a2) IS NULL FROM accounts a JOIN accounts a2 ON a2.id = a.id + 1 ORDER BY a.id
-- name: hunt_r10_array_concat_element_of_other_table
-- expect: 42883
SELECT ARRAY[a] || b FROM accounts a JOIN bills b ON b.id = a.id
-- name: hunt_r10_element_concat_array_of_other_table
-- expect: 42883
SELECT b || ARRAY[a] FROM accounts a JOIN bills b ON b.id = a.id
-- name: hunt_r10_array_concat_arrays_of_two_tables
-- expect: 42883
SELECT ARRAY[a] || ARRAY[b] FROM accounts a JOIN bills b ON b.id = a.id
-- name: hunt_r10_aggregates_concat_rows_of_two_tables
-- expect: 42883
SELECT array_agg(a) || array_agg(b) FROM accounts a JOIN bills b ON b.id = a.id
-- name: hunt_r10_array_sublinks_concat_rows_of_two_tables
-- expect: 42883
SELECT (SELECT array_agg(a) FROM accounts a) || ARRAY(SELECT b FROM bills b)
-- name: hunt_r10_array_sublink_concat_row_sublink_of_other_table
-- expect: 42883
SELECT ARRAY(SELECT a FROM accounts a) || (SELECT b FROM bills b WHERE b.id = 1)
-- name: hunt_r10_array_contains_rows_of_other_table
-- expect: 42883
SELECT ARRAY[a] @> ARRAY[b] FROM accounts a JOIN bills b ON b.id = a.id
-- name: hunt_r10_array_overlaps_rows_of_other_table
-- expect: 42883
SELECT ARRAY[a] && ARRAY[b] FROM accounts a JOIN bills b ON b.id = a.id
-- name: hunt_r10_array_equals_rows_of_other_table
-- expect: 42883
SELECT ARRAY[a] = ARRAY[b] FROM accounts a JOIN bills b ON b.id = a.id
-- name: hunt_r10_array_less_than_rows_of_other_table
-- expect: 42883
SELECT a.id FROM accounts a JOIN bills b ON b.id = a.id WHERE ARRAY[a] < ARRAY[b]
-- name: hunt_r10_array_distinct_from_rows_of_other_table
-- expect: 42883
SELECT ARRAY[b] IS DISTINCT FROM ARRAY[a] FROM accounts a JOIN bills b ON b.id = a.id
-- name: hunt_r10_array_concat_row_of_table_without_shadow_columns
-- expect: 42883
SELECT ARRAY[a] || t FROM accounts a JOIN tags t ON t.id = a.id
-- name: hunt_r10_array_concat_rows_of_one_table
SELECT ARRAY[a] || a2 FROM accounts a JOIN accounts a2 ON a2.id = a.id ORDER BY a.id
-- name: hunt_r10_array_not_equals_rows_of_one_table
SELECT a.id, ARRAY[a] <> ARRAY[a2] FROM accounts a JOIN accounts a2 ON a2.id = a.id ORDER BY 1
-- name: hunt_r10_row_equals_any_array_of_other_table
-- expect: 42804
SELECT a = ANY (ARRAY[b]) FROM accounts a JOIN bills b ON b.id = a.id
-- name: hunt_r10_array_cat_row_array_and_null
SELECT array_cat(ARRAY[a], NULL) FROM accounts a ORDER BY a.id
-- name: hunt_r10_array_append_to_null_row
SELECT array_append(NULL, a) FROM accounts a ORDER BY a.id
-- name: hunt_r10_lag_row_with_null_default
SELECT lag(a, 1, NULL) OVER (ORDER BY a.id) FROM accounts a ORDER BY a.id
-- name: hunt_r10_array_replace_with_row_of_other_table
-- expect: 42883
SELECT array_replace(ARRAY[a], a, b) FROM accounts a JOIN bills b ON b.id = a.id
-- name: hunt_r10_array_positions_row_sublink_of_other_table
-- expect: 42883
SELECT array_positions(array_agg(a), (SELECT b FROM bills b WHERE b.id = 1)) FROM accounts a
-- name: hunt_r10_union_arrays_of_rows_of_two_tables
-- expect: 42846
SELECT ARRAY[a] FROM accounts a UNION ALL SELECT ARRAY[b] FROM bills b
-- name: hunt_r10_union_aggregated_rows_of_two_tables
-- expect: 42846
SELECT array_agg(a) FROM accounts a UNION ALL SELECT array_agg(b) FROM bills b
-- name: hunt_r10_union_row_sublinks_of_two_tables
-- expect: 42846
SELECT (SELECT a FROM accounts a WHERE a.id = 1) UNION ALL SELECT (SELECT b FROM bills b WHERE b.id = 1)
-- name: hunt_r10_union_subquery_row_column_and_row_of_other_table
-- expect: 42846
SELECT s.r FROM (SELECT a AS r FROM accounts a) s UNION ALL SELECT b FROM bills b
-- name: hunt_r10_coalesce_arrays_of_rows_of_two_tables
-- expect: 42846
SELECT COALESCE(ARRAY[a], ARRAY[b]) FROM accounts a JOIN bills b ON b.id = a.id
-- name: hunt_r10_coalesce_row_sublinks_of_two_tables
-- expect: 42846
SELECT COALESCE((SELECT a FROM accounts a WHERE a.id = 1), (SELECT b FROM bills b WHERE b.id = 1))
-- name: hunt_r10_coalesce_lag_row_and_row_of_other_table
-- expect: 42846
SELECT COALESCE(lag(a) OVER (ORDER BY a.id), b) FROM accounts a JOIN bills b ON b.id = a.id
-- name: hunt_r10_coalesce_subquery_row_column_and_row_of_other_table
-- expect: 42846
SELECT COALESCE(s.r, b) FROM (SELECT a AS r, a.id FROM accounts a) s JOIN bills b ON b.id = s.id
-- name: hunt_r10_case_aggregated_rows_of_two_tables
-- expect: 42846
SELECT CASE WHEN a.id > 2 THEN array_agg(a) ELSE array_agg(b) END FROM accounts a JOIN bills b ON b.id = a.id GROUP BY a.id
-- name: hunt_r10_array_of_arrays_of_rows_of_two_tables
-- expect: 42846
SELECT ARRAY[ARRAY[a], ARRAY[b]] FROM accounts a JOIN bills b ON b.id = a.id
-- name: hunt_r10_lateral_values_arrays_of_rows_of_two_tables
-- expect: 42846
SELECT v.c FROM accounts a JOIN bills b ON b.id = a.id, LATERAL (VALUES (ARRAY[a]), (ARRAY[b])) v(c)
-- name: hunt_r10_greatest_arrays_of_rows_of_two_tables
-- expect: 42846
SELECT GREATEST(ARRAY[a], ARRAY[b]) FROM accounts a JOIN bills b ON b.id = a.id
-- name: hunt_r10_coalesce_array_subscript_and_row_of_other_table
-- expect: 42846
SELECT COALESCE((array_agg(a))[1], (array_agg(b))[1]) FROM accounts a JOIN bills b ON b.id = a.id
-- name: hunt_r10_union_arrays_of_rows_of_one_table
SELECT ARRAY[a] FROM accounts a WHERE a.id < 3 UNION ALL SELECT array_agg(x ORDER BY x.id) FROM accounts x WHERE x.id > 6 ORDER BY 1
-- name: hunt_r10_coalesce_row_sublink_and_row_of_one_table
SELECT a.id, COALESCE((SELECT x FROM accounts x WHERE x.id = a.id + 1), a) FROM accounts a ORDER BY 1
-- name: hunt_r10_case_array_slice_and_array_of_one_table
SELECT a.id, CASE WHEN a.id > 4 THEN (array_agg(a))[1:1] ELSE ARRAY[a] END FROM accounts a GROUP BY a.id ORDER BY 1
-- name: hunt_r10_nullif_arrays_of_rows_of_two_tables
-- expect: 42883
SELECT NULLIF(ARRAY[a], ARRAY[b]) FROM accounts a JOIN bills b ON b.id = a.id
-- name: hunt_r10_in_list_arrays_of_rows_of_two_tables
-- expect: 42883
SELECT ARRAY[a] IN (ARRAY[b]) FROM accounts a JOIN bills b ON b.id = a.id
-- name: hunt_r10_not_in_list_arrays_of_rows_of_two_tables
-- expect: 42883
SELECT ARRAY[a] NOT IN (ARRAY[b], ARRAY[b]) FROM accounts a JOIN bills b ON b.id = a.id
-- name: hunt_r10_not_distinct_from_window_array_of_other_table
-- expect: 42883
SELECT ARRAY[a] IS NOT DISTINCT FROM array_agg(b) OVER () FROM accounts a JOIN bills b ON b.id = a.id
-- name: hunt_r10_in_list_arrays_of_rows_of_one_table
SELECT a.id, ARRAY[a] IN (ARRAY[a2], array_agg(a2) OVER (ORDER BY a2.id ROWS CURRENT ROW)) FROM accounts a JOIN accounts a2 ON a2.id = a.id ORDER BY 1
-- name: hunt_r10_nullif_row_of_table_without_shadow_columns
SELECT t.id, NULLIF(t, a) FROM accounts a JOIN tags t ON t.id = a.id ORDER BY 1
-- name: hunt_r10_union_subquery_aggregated_rows_and_array_of_other_table
-- expect: 42846
SELECT s.arr FROM (SELECT array_agg(a) AS arr FROM accounts a) s UNION ALL SELECT ARRAY[b] FROM bills b
-- name: hunt_r10_coalesce_cte_row_sublink_column_and_row_of_other_table
-- expect: 42846
WITH s AS (SELECT (SELECT a FROM accounts a WHERE a.id = 1) AS r) SELECT COALESCE(s.r, b) FROM s, bills b
-- name: hunt_r10_subquery_aggregated_rows_concat_row_of_other_table
-- expect: 42883
SELECT s.r || b FROM (SELECT array_agg(a) AS r FROM accounts a) s, bills b
-- name: hunt_r10_array_append_to_subquery_aggregated_rows_row_of_other_table
-- expect: 42883
SELECT array_append(s.r, b) FROM (SELECT array_agg(a) AS r FROM accounts a) s, bills b
-- name: hunt_r10_union_subquery_lag_row_and_row_of_other_table
-- expect: 42846
SELECT s.r FROM (SELECT lag(a) OVER (ORDER BY a.id) AS r FROM accounts a) s UNION ALL SELECT b FROM bills b
-- name: hunt_r10_union_recursive_cte_row_column_and_row_of_other_table
-- expect: 42846
WITH RECURSIVE r(x, n) AS (SELECT a, 1 FROM accounts a WHERE a.id = 1 UNION ALL SELECT COALESCE(r.x, r.x), n + 1 FROM r WHERE n < 3) SELECT r.x FROM r UNION ALL SELECT b FROM bills b
-- name: hunt_r10_recursive_cte_coalesced_row_column
WITH RECURSIVE r(x, n) AS (SELECT COALESCE(r0.x, r0.x), 1 FROM (SELECT a AS x FROM accounts a WHERE a.id = 1) r0 UNION ALL SELECT COALESCE(r.x, r.x), n + 1 FROM r WHERE n < 3) SELECT r.n, COALESCE(r.x, r.x) FROM r ORDER BY 1
-- name: hunt_r10_union_subquery_aggregated_rows_and_array_of_one_table
SELECT s.arr FROM (SELECT array_agg(a ORDER BY a.id) AS arr FROM accounts a) s UNION ALL SELECT ARRAY[x] FROM accounts x WHERE x.id = 2 ORDER BY 1
-- name: hunt_r10_union_lateral_values_row_column_and_row_of_other_table
-- expect: 42846
SELECT v.column1 FROM accounts a, LATERAL (VALUES (a)) v UNION ALL SELECT b FROM bills b
-- name: hunt_r10_recursive_cte_array_of_rows_concat_row_of_other_table
-- expect: 42883
WITH RECURSIVE r(x) AS (SELECT ARRAY[a] FROM accounts a WHERE a.id = 1 UNION ALL SELECT r.x || b FROM r, bills b WHERE b.id = 1 AND cardinality(r.x) < 3) SELECT * FROM r
-- name: hunt_r10_row_function_argument_of_aliased_columns
SELECT account_label(a) FROM accounts a(i) ORDER BY a.i
-- name: hunt_r10_row_function_star_argument_of_aliased_columns
SELECT account_label(a.*), a.loyalty FROM accounts a(i) ORDER BY a.i
-- name: hunt_r10_row_function_attribute_notation_of_aliased_columns
SELECT a.account_label FROM accounts a(i, n) ORDER BY a.i
-- name: hunt_r10_pg_typeof_row_of_aliased_columns
SELECT pg_typeof(a) FROM accounts a(i) WHERE a.i = 1
-- name: hunt_r10_row_to_json_of_aliased_columns
SELECT row_to_json(a) FROM accounts a(i, n) ORDER BY a.i
-- name: hunt_r10_to_jsonb_of_aliased_shadow_column
SELECT to_jsonb(a) FROM accounts AS a(i, n, e, c, l) ORDER BY 1
-- name: hunt_r10_json_agg_of_aliased_columns
SELECT json_agg(a ORDER BY a.i) FROM accounts a(i)
-- name: hunt_r10_jsonb_agg_of_aliased_shadow_columns
SELECT jsonb_agg(a) FROM accounts a(i, n, e, c, l) WHERE a.i = 1
-- name: hunt_r10_to_json_star_of_aliased_shadow_columns
SELECT a.i, to_json(a.*) FROM accounts a(i, n, e, c, l, t) WHERE a.l > 0 ORDER BY a.i
-- name: hunt_r10_row_to_json_of_aliased_columns_missing_outer_join_side
SELECT b.id, a.i, row_to_json(a) FROM bills b LEFT JOIN accounts a(i) ON a.i = b.account_id ORDER BY b.id
-- name: hunt_r10_jsonb_build_object_of_aliased_row
SELECT jsonb_build_object('acc', a, 'n', a.n) FROM accounts a(i, n) WHERE a.i < 3 ORDER BY a.i
-- name: hunt_r10_json_object_agg_of_aliased_rows
SELECT json_object_agg(a.i, a ORDER BY a.i) FROM accounts a(i) WHERE a.i < 3
-- name: hunt_r10_row_to_json_of_aliased_columns_grouped_by_key
SELECT a.i, count(*), row_to_json(a) FROM accounts a(i) JOIN bills b ON b.account_id = a.i GROUP BY a.i ORDER BY 1
-- name: hunt_r10_row_to_json_of_aliased_columns_keeping_names
SELECT row_to_json(a) FROM accounts a(id, name) ORDER BY 1
-- name: hunt_r10_row_to_json_of_aliased_bills
SELECT row_to_json(b) FROM bills b(i, acc, amt) WHERE b.i < 3 ORDER BY b.i
-- name: hunt_r10_row_field_and_star_of_aliased_columns
SELECT (a).id, (a).loyalty, a.i FROM accounts a(i, n) ORDER BY a.i
-- name: hunt_r10_row_field_by_alias_name
SELECT (a).i, (a).n FROM accounts a(i, n) ORDER BY 1
-- name: hunt_r10_row_to_json_of_aliased_subquery
SELECT row_to_json(s) FROM (SELECT * FROM accounts) s(i) ORDER BY s.i
-- name: hunt_r10_row_to_json_of_aliased_join
SELECT row_to_json(x) FROM (accounts a JOIN bills b ON b.account_id = a.id) x(i) WHERE x.i = 2
-- name: hunt_r10_row_to_json_of_users_aliased
SELECT row_to_json(a) FROM "Users" a("I", "F") ORDER BY 1
-- name: hunt_r10_to_json_array_of_aliased_rows
SELECT to_json(ARRAY[a]) FROM accounts a(i) ORDER BY a.i
-- name: hunt_r10_array_to_json_aggregated_aliased_rows
SELECT array_to_json(array_agg(a ORDER BY a.i)) FROM accounts a(i)
-- name: hunt_r10_json_agg_coalesced_aliased_row
SELECT json_agg(COALESCE(a, a)) FROM accounts a(i) WHERE a.i = 1
-- name: hunt_r10_coalesce_star_rows_of_two_tables
-- expect: 42846
SELECT COALESCE(a.*, b.*) FROM accounts a JOIN bills b ON b.id = a.id
-- name: hunt_r10_array_of_star_row_concat_star_row_of_other_table
-- expect: 42883
SELECT ARRAY[a.*] || b.* FROM accounts a JOIN bills b ON b.id = a.id
-- name: hunt_r10_union_aggregated_star_rows_of_two_tables
-- expect: 42846
SELECT array_agg(a.*) FROM accounts a UNION ALL SELECT array_agg(b.*) FROM bills b
-- name: hunt_r10_lag_default_star_row_of_other_table
-- expect: 42883
SELECT lag(a.*, 1, b.*) OVER () FROM accounts a JOIN bills b ON b.id = a.id
-- name: hunt_r10_array_in_sub_select_arrays_of_other_table
-- expect: 42883
SELECT ARRAY[a] IN (SELECT ARRAY[b] FROM bills b) FROM accounts a
-- name: hunt_r10_array_equals_any_sub_select_aggregate_of_other_table
-- expect: 42883
SELECT ARRAY[a] = ANY (SELECT array_agg(b) FROM bills b) FROM accounts a
-- name: hunt_r10_array_not_equals_all_sub_select_aggregate_of_other_table
-- expect: 42883
SELECT a.id FROM accounts a WHERE ARRAY[a] <> ALL (SELECT array_agg(b) FROM bills b)
-- name: hunt_r10_array_equals_sub_select_aggregate_of_other_table
-- expect: 42883
SELECT ARRAY[a] = (SELECT array_agg(b) FROM bills b) FROM accounts a
-- name: hunt_r10_array_in_sub_select_arrays_of_one_table
SELECT a.id, ARRAY[a] IN (SELECT ARRAY[x] FROM accounts x WHERE x.id < 3) FROM accounts a ORDER BY 1
-- name: hunt_r10_coalesce_star_rows_of_one_table
SELECT a.id, COALESCE(x.*, a.*) FROM accounts a LEFT JOIN accounts x ON x.id = a.id + 5 ORDER BY 1
-- name: hunt_r10_row_to_json_of_aliased_columns_too_many_aliases
SELECT row_to_json(a) FROM accounts a(i, n, e, c, l, t, m, lb, extra)
-- name: hunt_r10_row_to_json_of_aliased_columns_beside_unknown_column
SELECT row_to_json(a), nope FROM accounts a(i)
-- name: hunt_r10_row_to_json_of_aliased_columns_ungrouped
SELECT row_to_json(a.*) FROM accounts a(i) GROUP BY a.n
-- name: hunt_r10_row_to_json_of_aliased_columns_in_sub_select
SELECT (SELECT row_to_json(a)) FROM accounts a(i) ORDER BY a.i
-- name: hunt_r10_json_agg_of_outer_aliased_row_in_correlated_sub_select
SELECT a.i, (SELECT json_agg(a) FROM bills b WHERE b.account_id = a.i) FROM accounts a(i) ORDER BY 1
-- name: hunt_r10_json_agg_filter_of_aliased_shadow_column
SELECT json_agg(a ORDER BY a.i) FILTER (WHERE a.l > 0) FROM accounts a(i, n, e, c, l)
-- name: hunt_r10_union_rows_of_parent_and_inheritance_child
-- refused
SELECT a FROM animals a UNION ALL SELECT d FROM dogs d
-- name: hunt_r10_union_rows_of_inheritance_child_and_parent
-- refused
SELECT d FROM dogs d UNION ALL SELECT a FROM animals a
-- name: hunt_r10_coalesce_rows_of_parent_and_inheritance_child
-- refused
SELECT COALESCE(a, d) FROM animals a JOIN dogs d ON d.id = a.id
-- name: hunt_r10_coalesce_rows_of_two_children_and_parent
-- refused
SELECT COALESCE(d, c, a) FROM dogs d, cats c, animals a
-- name: hunt_r10_union_rows_of_partitioned_table_and_partition
-- refused
SELECT s FROM shipments s UNION ALL SELECT e FROM shipments_eu e
-- name: hunt_r10_array_rows_of_parent_and_inheritance_child
-- refused
SELECT ARRAY[a, d] FROM ONLY animals a, dogs d WHERE d.id = 3
-- name: hunt_r10_array_append_row_of_inheritance_child
-- refused
SELECT array_append(ARRAY[a], d) FROM animals a JOIN dogs d ON d.id = a.id
-- name: hunt_r10_array_concat_row_of_inheritance_child
-- refused
SELECT ARRAY[a] || d FROM ONLY animals a, dogs d WHERE d.id = 3
-- name: hunt_r10_lag_default_row_of_inheritance_child
-- refused
SELECT lag(a, 1, d) OVER () FROM ONLY animals a, dogs d
-- name: hunt_r10_coalesce_rows_of_two_inheritance_children
-- expect: 42846
SELECT COALESCE(d, c) FROM dogs d, cats c
-- name: hunt_r10_union_rows_of_two_inheritance_children
-- expect: 42846
SELECT d FROM dogs d UNION ALL SELECT c FROM cats c
-- name: hunt_r10_array_equals_rows_of_parent_and_inheritance_child
-- expect: 42883
SELECT ARRAY[a] = ARRAY[d] FROM ONLY animals a, dogs d
-- name: hunt_r10_union_rows_of_inheritance_child_and_other_table
-- expect: 42846
SELECT a FROM dogs a UNION ALL SELECT b FROM bills b
-- name: hunt_r10_union_rows_of_table_and_view_of_it
-- expect: 42846
SELECT a FROM accounts a UNION SELECT r FROM rich_accounts r
-- name: hunt_r10_json_each_of_aliased_row_in_from
SELECT a.i, e.key, e.value FROM accounts a(i), jsonb_each(to_jsonb(a)) e WHERE a.i = 2 ORDER BY 2
-- name: hunt_r10_json_keys_of_aliased_row_lateral
SELECT a.i, k FROM accounts a(i) CROSS JOIN LATERAL jsonb_object_keys(to_jsonb(a)) k WHERE a.i = 1 ORDER BY 2
-- name: hunt_r10_row_to_json_of_aliased_row_in_lateral_sub_select
SELECT x.j FROM accounts a(i) JOIN LATERAL (SELECT row_to_json(a) AS j) x ON true WHERE a.i = 1
-- name: hunt_r10_row_to_json_of_aliased_row_in_cte
WITH c AS (SELECT row_to_json(a) AS j, a.i FROM accounts a(i)) SELECT j FROM c ORDER BY i
-- name: hunt_r10_row_function_of_subquery_star_row
SELECT _postgrest_t.id, public.account_label(_postgrest_t) FROM (SELECT "public"."accounts".* FROM "public"."accounts") _postgrest_t ORDER BY 1
-- name: hunt_r10_row_function_of_cte_star_row
WITH pgrst_source AS (SELECT "public"."accounts".* FROM "public"."accounts") SELECT s.id, "public"."account_label"(s.*) FROM pgrst_source s ORDER BY 1
-- name: hunt_r10_row_function_of_filtered_subquery_row
SELECT s.id, account_label(s) FROM (SELECT * FROM accounts WHERE loyalty > 0) s ORDER BY 1
-- name: hunt_r10_row_function_attribute_notation_of_subquery_row
SELECT s.id, s.account_label FROM (SELECT * FROM accounts) s ORDER BY 1
-- name: hunt_r10_row_function_of_subquery_row_with_live_columns_only
-- expect: 42846
SELECT s.id, account_label(s) FROM (SELECT id, name, email, created_on FROM accounts) s ORDER BY 1
-- name: hunt_r10_row_function_attribute_notation_of_subquery_row_with_live_columns_only
-- expect: 42846
SELECT s.id, s.account_label FROM (SELECT id, name, email, created_on FROM accounts) s ORDER BY 1
-- name: hunt_r10_row_function_of_subquery_row_with_extra_column
-- expect: 42846
SELECT account_label(s) FROM (SELECT a.*, 1 AS extra FROM accounts a) s
-- name: hunt_r10_row_function_of_renamed_subquery_row
SELECT x.id, account_label(x) FROM (SELECT * FROM accounts) x(id) ORDER BY 1
-- name: hunt_r10_union_unnested_array_of_rows_and_row_of_other_table
-- expect: 42846
SELECT unnest(ARRAY[a]) FROM accounts a UNION ALL SELECT b FROM bills b
-- name: hunt_r10_union_unnested_array_of_rows_of_one_table
SELECT unnest(ARRAY[a]) FROM accounts a WHERE a.id = 1 UNION ALL SELECT x FROM accounts x WHERE x.id = 2 ORDER BY 1
-- name: hunt_r10_cte_values_field_of_whole_row_sublink
-- refused
WITH v AS (VALUES ((SELECT a FROM accounts a WHERE a.id = 1))) SELECT (v.column1).tier FROM v
-- name: hunt_r10_lateral_values_field_of_unqualified_column
-- refused
SELECT (column1).tier FROM accounts a, LATERAL (VALUES (a)) v ORDER BY a.id
-- name: hunt_r10_values_field_of_composite_value
SELECT (v.column1).x, (v.column1).label FROM (VALUES ((1, 'a')::pair)) v
-- name: hunt_r10_lateral_values_field_of_row_of_table_without_shadow_columns
SELECT (v.column1).id FROM tags t, LATERAL (VALUES (t)) v ORDER BY 1
-- name: hunt_r10_row_to_json_of_aliased_gadgets_of_many_types
SELECT row_to_json(g) FROM gadgets g(i, n, w, f, l, m) ORDER BY g.i
-- name: hunt_r10_row_to_json_of_aliased_table_with_landing_column
SELECT row_to_json(s) FROM sales.accounts s(i, r) ORDER BY s.i
-- name: hunt_r10_row_to_json_of_aliased_inheritance_child
SELECT row_to_json(d) FROM dogs d(i, n, b) ORDER BY d.i
-- name: hunt_r10_row_to_json_of_aliased_partition_parent
SELECT row_to_json(s) FROM shipments s(r, i) ORDER BY s.r, s.i

-- ---------------------------------------------------------------- hunt_r11
-- name: hunt_r11_group_by_deferrable_primary_key_shadow_column
-- expect: 42803
SELECT id, rank FROM hunt_w6_slots GROUP BY id
-- name: hunt_r11_group_by_deferrable_primary_key_shadow_column_in_having
-- expect: 42803
SELECT id FROM hunt_w6_slots GROUP BY id HAVING rank > 0
-- name: hunt_r11_group_by_deferrable_primary_key_shadow_column_in_order_by
-- expect: 42803
SELECT id FROM hunt_w6_slots GROUP BY id ORDER BY note
-- name: hunt_r11_group_by_deferrable_primary_key_and_shadow_column
SELECT id, rank, count(*) FROM hunt_w6_slots GROUP BY id, rank ORDER BY id
-- name: hunt_r11_group_by_identity_primary_key_shadow_column
SELECT id, rank, note FROM hunt_w6_ids GROUP BY id ORDER BY id
-- name: hunt_r11_group_by_primary_key_cast_to_its_own_type
SELECT id, loyalty, tier FROM accounts GROUP BY id::int ORDER BY id
-- name: hunt_r11_group_by_primary_key_cast_function_syntax
SELECT id, loyalty FROM accounts GROUP BY CAST(id AS integer), name ORDER BY id
-- name: hunt_r11_group_by_primary_key_cast_twice_to_its_own_type
SELECT a.id, a.loyalty FROM accounts a GROUP BY (a.id)::int4::pg_catalog.int4 ORDER BY 1
-- name: hunt_r11_group_by_primary_key_cast_to_another_type
-- expect: 42803
SELECT id, loyalty FROM accounts GROUP BY id::bigint
-- name: hunt_r11_group_by_primary_key_cast_there_and_back
-- expect: 42803
SELECT id, loyalty FROM accounts GROUP BY id::bigint::int
-- name: hunt_r11_group_by_output_position_cast_to_its_own_type
SELECT id::integer, loyalty FROM accounts GROUP BY 1 ORDER BY 1
-- name: hunt_r11_group_by_output_name_cast_to_its_own_type
SELECT id::int AS k, mood FROM accounts GROUP BY k ORDER BY k
-- name: hunt_r11_group_by_text_primary_key_cast_to_text
SELECT name, rank, note FROM hunt_w6_names GROUP BY name::text ORDER BY 1
-- name: hunt_r11_group_by_char_primary_key_cast_with_its_length
SELECT code, rank FROM hunt_w6_codes GROUP BY code::char(5) ORDER BY 1
-- name: hunt_r11_group_by_char_primary_key_cast_without_length
-- expect: 42803
SELECT code, rank FROM hunt_w6_codes GROUP BY code::bpchar
-- name: hunt_r11_group_by_char_primary_key_cast_to_other_length
-- expect: 42803
SELECT code, rank FROM hunt_w6_codes GROUP BY code::char(6)
-- name: hunt_r11_group_by_domain_primary_key_cast_to_its_domain
SELECT day, rank FROM hunt_w6_days GROUP BY day::hunt_w6_day ORDER BY 1
-- name: hunt_r11_group_by_domain_primary_key_cast_to_base_type
-- expect: 42803
SELECT day, rank FROM hunt_w6_days GROUP BY day::date
-- name: hunt_r11_group_by_float_primary_key_cast_to_double_precision
SELECT x, rank FROM hunt_w6_floats GROUP BY x::double precision ORDER BY 1
-- name: hunt_r11_group_by_composite_key_columns_cast_to_own_types
SELECT order_id, line, discount FROM line_items GROUP BY order_id::int, line::int4 ORDER BY 1, 2
-- name: hunt_r11_group_by_partitioned_key_cast_to_own_types
SELECT region, id, status, priority FROM shipments GROUP BY region::text, id::integer ORDER BY 1, 2
-- name: hunt_r11_group_by_primary_key_collate
-- expect: 42803
SELECT name, rank FROM hunt_w6_names GROUP BY name COLLATE "C"
-- name: hunt_r11_group_by_primary_key_cast_in_grouping_sets
SELECT id, loyalty FROM accounts GROUP BY GROUPING SETS ((id::int, name)) ORDER BY 1
-- name: hunt_r11_group_by_aliased_key_cast_to_own_type
SELECT i, loyalty FROM accounts AS a(i) GROUP BY i::int ORDER BY 1
-- name: hunt_r11_group_by_joined_key_cast_to_own_type
SELECT a.id, a.tier, count(b.id) FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id::int ORDER BY 1
-- name: hunt_r11_group_by_deferrable_key_cast_to_own_type
-- expect: 42803
SELECT id, rank FROM hunt_w6_slots GROUP BY id::int
-- name: hunt_r11_group_by_primary_key_cast_by_type_named_call
SELECT id, loyalty FROM accounts GROUP BY int4(id) ORDER BY 1
-- name: hunt_r11_group_by_primary_key_cast_by_qualified_type_named_call
SELECT id, tier FROM accounts GROUP BY pg_catalog.int4(id) ORDER BY 1
-- name: hunt_r11_group_by_text_primary_key_cast_by_type_named_call
SELECT name, rank FROM hunt_w6_names GROUP BY text(name) ORDER BY 1
-- name: hunt_r11_group_by_primary_key_call_of_another_type
-- expect: 42803
SELECT id, loyalty FROM accounts GROUP BY int8(id)
-- name: hunt_r11_group_by_char_primary_key_type_named_call_keeps_its_length
SELECT code, rank FROM hunt_w6_codes GROUP BY bpchar(code) ORDER BY 1
-- name: hunt_r11_group_by_primary_key_other_function
-- expect: 42803
SELECT id, loyalty FROM accounts GROUP BY abs(id)
-- name: hunt_r11_group_by_output_position_type_named_call
SELECT float8(x), rank FROM hunt_w6_floats GROUP BY 1 ORDER BY 1
-- name: hunt_r11_group_by_domain_primary_key_type_named_call
SELECT day, rank FROM hunt_w6_days GROUP BY hunt_w6_day(day) ORDER BY 1
-- name: hunt_r11_group_by_domain_primary_key_call_of_base_type
-- expect: 42803
SELECT day, rank FROM hunt_w6_days GROUP BY date(day)
-- name: hunt_r11_datestyle_postgres_time_zone_abbreviation_timestamptz_default
SET datestyle = 'Postgres, MDY'; SET timezone = 'Asia/Kolkata'; SELECT id, made_at, made_at = '2024-01-01 00:00:00+00' FROM gadgets ORDER BY id; RESET timezone; RESET datestyle
-- name: hunt_r11_datestyle_sql_time_zone_abbreviation_timestamptz_default
SET datestyle = 'SQL, MDY'; SET timezone = 'Asia/Kolkata'; SELECT id, made_at::text FROM gadgets WHERE made_at < '2024-02-01 00:00:00+00' ORDER BY id; RESET timezone; RESET datestyle
-- name: hunt_r11_datestyle_sql_ymd_date_default
SET datestyle = 'SQL, YMD'; SELECT id, due FROM bills ORDER BY id; RESET datestyle
-- name: hunt_r11_datestyle_postgres_ymd_date_default
SET datestyle = 'Postgres, YMD'; SELECT id, due, due - DATE '2024-01-01' FROM bills ORDER BY id; RESET datestyle
-- name: hunt_r11_datestyle_german_mdy_date_default
SET datestyle = 'German, MDY'; SELECT id, due FROM bills WHERE due > '2024-07-01' ORDER BY id; RESET datestyle
-- name: hunt_r11_datestyle_sql_ymd_timestamp_default
SET datestyle = 'SQL, YMD'; SELECT id, stamp FROM gadgets ORDER BY id; RESET datestyle
-- name: hunt_r11_datestyle_german_mdy_timestamp_default_aggregated
SET datestyle = 'German, MDY'; SELECT max(stamp), min(made_at), count(DISTINCT stamp) FROM gadgets; RESET datestyle
-- name: hunt_r11_datestyle_sql_dmy_timestamp_defaults
SET datestyle = 'SQL, DMY'; SET timezone = 'Europe/Berlin'; SELECT id, made_at, stamp FROM gadgets ORDER BY id; RESET timezone; RESET datestyle
-- name: hunt_r11_group_by_casts_of_two_primary_keys_in_a_join
SELECT a.id, b.id, b.due, a.loyalty FROM accounts a JOIN bills b ON b.account_id = a.id GROUP BY a.id, b.id::integer ORDER BY 1, 2
-- name: hunt_r11_group_by_primary_key_and_its_cast_in_union_arms
SELECT id, loyalty FROM accounts GROUP BY id UNION ALL SELECT id, loyalty FROM accounts GROUP BY id::int ORDER BY 1, 2
-- name: hunt_r11_group_by_primary_key_cast_in_cte
WITH g AS (SELECT id, loyalty, tier FROM accounts GROUP BY int4(id)) SELECT * FROM g ORDER BY 1
-- name: hunt_r11_group_by_quoted_primary_key_cast_to_its_own_type
SELECT "Id", "Nick" FROM "Users" GROUP BY "Id"::int ORDER BY 1
-- name: hunt_r11_group_by_quoted_primary_key_qualified_cast_by_output_name
SELECT u."Id"::int4 AS "K", u."Nick" FROM public."Users" u GROUP BY "K" ORDER BY 1
-- name: hunt_r11_group_by_uuid_and_timestamptz_key_cast_to_own_types
SELECT visitor, at, kind FROM visits GROUP BY visitor::uuid, at::timestamptz ORDER BY 1, 2
-- name: hunt_r11_group_by_timestamptz_key_cast_to_timestamp
-- expect: 42803
SELECT visitor, at, kind FROM visits GROUP BY visitor, at::timestamp
-- name: hunt_r11_group_by_identity_bigint_key_cast_to_int8
SELECT id, rank, note FROM hunt_w6_ids GROUP BY id::int8 ORDER BY 1
-- name: hunt_r11_group_by_identity_bigint_key_cast_to_int4
-- expect: 42803
SELECT id, rank FROM hunt_w6_ids GROUP BY id::int4
-- name: hunt_r11_group_by_numeric_key_cast_to_numeric_with_scale
-- expect: 42803
SELECT n, rank FROM hunt_w6_nums GROUP BY n::numeric(10,2)
-- name: hunt_r11_group_by_numeric_key_cast_to_numeric
SELECT n, rank FROM hunt_w6_nums GROUP BY n::numeric ORDER BY 1
-- name: hunt_r11_group_by_bytea_key_cast_to_bytea
SELECT id, rank FROM hunt_w6_blobs GROUP BY id::bytea ORDER BY 1
-- name: hunt_r11_group_by_mixed_key_casts_to_own_types
SELECT flag, day, code, blob, rank FROM hunt_w6_mixed GROUP BY flag::bool, day::date, code::char(3), blob::bytea ORDER BY 1, 2, 3, 4
-- name: hunt_r11_group_by_mixed_key_one_cast_changes_length
-- expect: 42803
SELECT flag, day, code, blob, rank FROM hunt_w6_mixed GROUP BY flag, day, code::char(4), blob
-- name: hunt_r11_group_by_text_collated_key_cast_to_text_with_collation
-- expect: 42803
SELECT name, rank FROM hunt_w6_names GROUP BY name::text COLLATE "C"
-- name: hunt_r11_group_by_partition_key_cast_to_own_types
SELECT region, id, status FROM shipments_eu GROUP BY region::text, id::int ORDER BY 1, 2
-- name: hunt_r11_group_by_child_without_key_cast
-- expect: 42803
SELECT id, legs FROM dogs GROUP BY id::int
-- name: hunt_r11_group_by_only_parent_key_cast
SELECT id, legs, vaccinated FROM ONLY animals GROUP BY id::integer ORDER BY 1
-- name: hunt_r11_group_by_casts_of_keys_of_two_tables_of_one_name
SELECT public.accounts.id, public.accounts.loyalty, sales.accounts.score FROM public.accounts JOIN sales.accounts ON public.accounts.id = sales.accounts.id GROUP BY public.accounts.id::int, sales.accounts.id::int ORDER BY 1
-- name: hunt_r11_group_by_using_column_of_integer_and_bigint_keys
-- expect: 42803
SELECT id, a.loyalty FROM accounts a JOIN hunt_w6_ids h USING (id) GROUP BY id
-- name: hunt_r11_group_by_using_column_of_integer_and_bigint_keys_left_join
-- expect: 42803
SELECT id, a.tier FROM accounts a LEFT JOIN hunt_w6_ids h USING (id) GROUP BY id
-- name: hunt_r11_group_by_using_column_taken_from_the_bigint_side
SELECT id, h.rank, h.note FROM hunt_w6_ids h JOIN accounts a USING (id) GROUP BY id ORDER BY 1
-- name: hunt_r11_group_by_using_column_of_right_join_bigint_side
SELECT id, h.rank FROM accounts a RIGHT JOIN hunt_w6_ids h USING (id) GROUP BY id ORDER BY 1
-- name: hunt_r11_group_by_using_column_of_right_join_integer_side
-- expect: 42803
SELECT id, a.mood FROM hunt_w6_ids h RIGHT JOIN accounts a USING (id) GROUP BY id
-- name: hunt_r11_group_by_aliased_join_using_column_of_two_types
-- expect: 42803
SELECT j.id, j.loyalty FROM (accounts a JOIN hunt_w6_ids h USING (id)) j GROUP BY j.id
-- name: hunt_r11_group_by_using_column_of_integer_and_smallint
SELECT id, a.loyalty FROM accounts a JOIN (SELECT 1::smallint AS id) s USING (id) GROUP BY id ORDER BY 1
-- name: hunt_r11_group_by_using_column_of_same_type_keys
SELECT id, a.loyalty, b.paid FROM accounts a JOIN bills b USING (id) GROUP BY id, b.id ORDER BY 1
-- name: hunt_r11_group_by_using_char_columns_of_two_lengths
-- expect: 42803
SELECT code, c.rank FROM hunt_w6_codes c JOIN hunt_w6_mixed m USING (code) GROUP BY code
-- name: hunt_r11_group_by_natural_join_integer_and_bigint_keys
-- expect: 42803
SELECT id, loyalty FROM accounts NATURAL JOIN hunt_w6_ids GROUP BY id
-- name: hunt_r11_group_by_using_column_cast_of_integer_and_bigint_keys
-- expect: 42803
SELECT id, a.loyalty FROM accounts a JOIN hunt_w6_ids h USING (id) GROUP BY id::bigint
-- name: hunt_r11_grouping_sets_position_of_shadow_column_cast_to_its_type
SELECT id, loyalty::int FROM accounts GROUP BY id, GROUPING SETS ((2), ()) ORDER BY 1, 2 NULLS FIRST
-- name: hunt_r11_grouping_sets_output_name_of_shadow_column_cast_to_its_type
SELECT id, loyalty::int AS l FROM accounts GROUP BY id, GROUPING SETS ((l), ()) ORDER BY 1, 2 NULLS FIRST
-- name: hunt_r11_rollup_position_of_text_shadow_column_cast_to_text
SELECT id, tier::text FROM accounts GROUP BY id, ROLLUP (2) ORDER BY 1, 2 NULLS FIRST
-- name: hunt_r11_cube_output_name_of_enum_shadow_column_cast_to_its_type
SELECT id, mood::mood AS m, count(*) FROM accounts GROUP BY id, CUBE (m) ORDER BY 1, 2 NULLS FIRST
-- name: hunt_r11_grouping_sets_position_of_shadow_column_cast_to_another_type
SELECT id, loyalty::bigint, tier FROM accounts GROUP BY id, GROUPING SETS ((2), ()) ORDER BY 1, 2 NULLS FIRST
-- name: hunt_r11_rollup_position_of_date_shadow_column_with_grouping
SELECT id, due::date, grouping(due), paid FROM bills GROUP BY id, ROLLUP (2) ORDER BY 1, 3
-- name: hunt_r11_rollup_position_of_cast_shadow_column_through_join_alias
SELECT j.id, j.tier::text, j.mood FROM (accounts a JOIN tags t USING (id)) j GROUP BY j.id, ROLLUP (2) ORDER BY 1, 2 NULLS FIRST
-- name: hunt_r11_rollup_position_of_varchar_shadow_column_cast_to_its_length
SELECT "Id", "Nick"::varchar(20) FROM "Users" GROUP BY "Id", ROLLUP (2) ORDER BY 1, 2 NULLS FIRST
-- name: hunt_r11_rollup_position_of_array_shadow_column_cast_to_its_type
SELECT id, labels::text[], mood FROM accounts GROUP BY id, ROLLUP (2) ORDER BY 1, 2 NULLS FIRST
-- name: hunt_r11_group_by_using_column_cast_to_its_own_type
SELECT id, a.loyalty, b.paid FROM accounts a JOIN bills b USING (id) GROUP BY id::int, b.id ORDER BY 1
-- name: hunt_r11_group_by_using_column_of_the_bigint_side_cast_to_int8
SELECT id, h.rank FROM hunt_w6_ids h LEFT JOIN accounts a USING (id) GROUP BY id::int8 ORDER BY 1
