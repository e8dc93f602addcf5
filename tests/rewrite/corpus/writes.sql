-- Write scenarios (DESIGN.md §4). Each `-- scenario: NAME` is a sequence of steps sent one
-- after the other on one session, starting from the rows of data.sql; one line is one step
-- (one query string, maybe several statements). `-- params: [...]` gives the next step's $n
-- values; `-- refused` says pgstitch must answer the next step with 0A000 (it is not sent to
-- the twin, so such steps come last or outside transactions). At a `-- restart` line the
-- session is lost (an open transaction rolls back, settings go) and pgstitch is killed and
-- started again (with a durable store; the memory store keeps nothing by design, so there only
-- the session is new). Every answer and the final rows of every table must match the twin
-- database, where the shadow columns are real.
-- Shadow columns (tests/rewrite/conftest.py): accounts(loyalty integer DEFAULT 0, tier text,
-- mood mood DEFAULT 'happy', labels text[] DEFAULT '{new}'), bills(paid boolean DEFAULT false,
-- due date DEFAULT '2024-12-31'), "Users"("Nick" varchar(20) DEFAULT 'anon'),
-- line_items(discount numeric(5,2) DEFAULT 0), events(seen boolean DEFAULT false; no primary
-- key), sales.accounts(score integer DEFAULT 10; landing, really there too), orders(qty integer
-- NOT NULL DEFAULT 1 CHECK (qty > 0), code varchar(5), note text NOT NULL).

-- ---------------------------------------------------------------- INSERT
-- scenario: insert_column_list
INSERT INTO accounts (id, name, loyalty, tier) VALUES (20, 'New', 5, 'gold')
SELECT id, name, loyalty, tier, mood, labels FROM accounts WHERE id = 20

-- scenario: insert_stores_defaults
INSERT INTO accounts (id, name) VALUES (21, 'Defaults')
SELECT * FROM accounts WHERE id = 21

-- scenario: insert_several_rows_returning
INSERT INTO accounts (id, name, loyalty, tier) VALUES (22, 'A', 1, 'x'), (23, 'B', NULL, NULL), (24, 'C', 3, 'z') RETURNING id, loyalty, tier, mood
SELECT id, loyalty, tier FROM accounts WHERE id > 20 ORDER BY id

-- scenario: insert_positional
INSERT INTO accounts VALUES (25, 'Pos', NULL, '2024-01-01', 7, 'silver', 'sad', '{a,b}') RETURNING *
SELECT * FROM accounts WHERE id = 25

-- scenario: insert_positional_live_only
INSERT INTO accounts VALUES (26, 'Short') RETURNING *

-- scenario: insert_positional_some_shadow
INSERT INTO accounts VALUES (27, 'Some', NULL, NULL, 3), (28, 'More', 'm@x', '2020-02-02', 4) RETURNING id, loyalty, tier, mood

-- scenario: insert_default_keyword
INSERT INTO accounts (id, name, loyalty, mood, email) VALUES (29, 'D', DEFAULT, DEFAULT, DEFAULT), (30, 'E', 9, 'grumpy', 'e@x') RETURNING *

-- scenario: insert_select
INSERT INTO accounts (id, name, loyalty, tier) SELECT id + 100, name, loyalty * 2, coalesce(tier, 'none') FROM accounts WHERE id < 5 RETURNING id, loyalty, tier
SELECT id, name, loyalty, tier, mood FROM accounts WHERE id > 100 ORDER BY id

-- scenario: insert_select_literals_take_column_types
INSERT INTO bills (id, account_id, amount, paid, due) SELECT 50, 1, '12.5', 'true', '2025-02-02' RETURNING *

-- scenario: insert_select_star_of_served_table
INSERT INTO accounts SELECT id + 200, name, email, created_on, loyalty, tier, mood, labels FROM accounts WHERE id IN (1, 3) RETURNING id, loyalty, tier, labels

-- scenario: insert_cte_source
WITH src AS (SELECT 90 AS id, 'cte' AS name) INSERT INTO accounts (id, name, tier) SELECT id, name, 'from cte' FROM src RETURNING *

-- scenario: insert_returning_expressions
INSERT INTO accounts AS a (id, name, loyalty, tier) VALUES (31, 'Expr', 4, 'gold') RETURNING a.loyalty * 2 AS doubled, tier || '!', upper(name), a.*, (SELECT count(*) FROM bills WHERE bills.account_id = a.id) AS bills

-- scenario: insert_composite_key
INSERT INTO line_items (order_id, line, product, qty, discount) VALUES (5, 1, 'kiwi', 2, 1.5), (5, 2, 'lime', 1, DEFAULT) RETURNING *
UPDATE line_items SET discount = discount + 1 WHERE order_id = 5 RETURNING order_id, line, discount

-- scenario: insert_serial_key
INSERT INTO orders (item, note) VALUES ('pen', 'blue'), ('ink', 'black') RETURNING id, item, qty, code, note
INSERT INTO orders (item, note, qty, code) VALUES ('pad', 'A5', 3, 'P1') RETURNING *
SELECT * FROM orders ORDER BY id

-- scenario: insert_only_shadow_columns
INSERT INTO orders (note) VALUES ('only shadow')
INSERT INTO bills (paid) VALUES (true)

-- scenario: insert_default_values
INSERT INTO orders DEFAULT VALUES
INSERT INTO tags DEFAULT VALUES

-- scenario: insert_quoted_and_unicode
INSERT INTO "Users" ("Id", "Full Name", "Nick") VALUES (10, 'Zoë Q', 'Zoë ✓ 東京'), (11, 'It''s', 'it''s \ $$ "q"') RETURNING *
INSERT INTO accounts (id, name, tier, labels) VALUES (32, '東京', E'back\\slash ''quote''', '{"a b","c,d",東}') RETURNING tier, labels

-- scenario: insert_with_parameters
-- params: ["40", "Param", "12", "pt", "{x,y}"]
INSERT INTO accounts (id, name, loyalty, tier, labels) VALUES ($1, $2, $3, $4, $5) RETURNING *
-- params: ["41", "Null params", null]
INSERT INTO accounts (id, name, tier) VALUES ($1, $2, $3) RETURNING id, tier, loyalty

-- scenario: insert_errors
INSERT INTO accounts (id, name, loyalty) VALUES (33, 'Bad', 'abc')
INSERT INTO accounts (id, name, mood) VALUES (34, 'Bad', 'ecstatic')
INSERT INTO accounts (id, name, tier) VALUES (1, 'Duplicate', 'x')
INSERT INTO bills (id, account_id, amount, paid) VALUES (60, 999, 1, true)
INSERT INTO accounts (id, name, loyalty) VALUES (35, 'Overflow', 99999999999)
INSERT INTO accounts (id, loyalty) VALUES (36, 1)
INSERT INTO line_items (order_id, line, discount) VALUES (9, 9, 1234.5)
INSERT INTO accounts (id, name) VALUES (37, 'a', 3)
INSERT INTO accounts VALUES (37, 'a', NULL, NULL, 3, 'x', 'sad', '{}', 'extra')
INSERT INTO accounts (id, name, tier) VALUES (37, 'a')
INSERT INTO accounts (id, name, tier, tier) VALUES (37, 'a', 'b', 'c')
INSERT INTO accounts (id, name, nosuch) VALUES (37, 'a', 1)
SELECT count(*) FROM accounts

-- scenario: insert_not_null_and_check
INSERT INTO orders (id, item) VALUES (101, 'no note')
INSERT INTO orders (id, item, note, qty) VALUES (102, 'zero', 'n', 0)
INSERT INTO orders (id, item, note, qty) VALUES (103, 'null qty', 'n', NULL)
INSERT INTO orders (id, item, note, code) VALUES (104, 'long code', 'n', 'abcdef')
INSERT INTO orders (item, note, code) VALUES ('trailing spaces', 'n', 'abc   ') RETURNING code, length(code)
INSERT INTO "Users" ("Id", "Nick") VALUES (12, 'this nick is far too long to fit')
SELECT * FROM orders

-- scenario: insert_multi_statement_string
INSERT INTO accounts (id, name, loyalty) VALUES (37, 'One', 1); INSERT INTO accounts (id, name, loyalty) VALUES (38, 'Two', 2); SELECT id, loyalty FROM accounts WHERE id IN (37, 38) ORDER BY id
INSERT INTO accounts (id, name, loyalty) VALUES (39, 'Lost', 1); UPDATE accounts SET loyalty = 'x' WHERE id = 39; SELECT 1
SELECT id FROM accounts WHERE id >= 37 ORDER BY id

-- ---------------------------------------------------------------- ON CONFLICT
-- scenario: upsert_do_nothing
INSERT INTO accounts (id, name, tier) VALUES (1, 'Dup', 'x'), (42, 'New', 'y') ON CONFLICT (id) DO NOTHING RETURNING id, name, tier
INSERT INTO accounts (id, name) VALUES (1, 'Dup') ON CONFLICT DO NOTHING
SELECT id, name, tier FROM accounts WHERE id IN (1, 42) ORDER BY id

-- scenario: upsert_do_update_excluded
INSERT INTO accounts (id, name, loyalty) VALUES (1, 'A2', 5), (43, 'N', 3) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty + excluded.loyalty, name = excluded.name RETURNING id, name, loyalty, tier
SELECT id, name, loyalty, tier FROM accounts WHERE id IN (1, 43) ORDER BY id

-- scenario: upsert_where
INSERT INTO accounts AS a (id, name, tier) VALUES (2, 'B', 'platinum'), (3, 'C', 'diamond') ON CONFLICT (id) DO UPDATE SET tier = excluded.tier WHERE a.loyalty IS NULL RETURNING id, tier
SELECT id, tier FROM accounts WHERE id IN (2, 3) ORDER BY id

-- scenario: upsert_live_from_excluded_shadow
INSERT INTO accounts (id, name, tier) VALUES (3, 'C', 'vip') ON CONFLICT (id) DO UPDATE SET email = excluded.tier, tier = 'was ' || accounts.tier RETURNING email, tier

-- scenario: upsert_only_shadow_assignment
INSERT INTO accounts (id, name, mood) VALUES (4, 'ignored', 'happy') ON CONFLICT (id) DO UPDATE SET mood = excluded.mood RETURNING id, name, mood, loyalty

-- scenario: upsert_composite_key
INSERT INTO line_items (order_id, line, product, discount) VALUES (1, 2, 'pear', 3.5), (7, 1, 'new', 2) ON CONFLICT (order_id, line) DO UPDATE SET discount = excluded.discount + line_items.discount RETURNING *

-- scenario: upsert_on_constraint
INSERT INTO accounts (id, name, loyalty) VALUES (2, 'B', 4), (50, 'New', 5) ON CONFLICT ON CONSTRAINT accounts_pkey DO UPDATE SET loyalty = coalesce(accounts.loyalty, 100) + excluded.loyalty RETURNING id, loyalty

-- scenario: upsert_key_from_excluded
INSERT INTO accounts (id, name, tier) VALUES (5, 'Five', 'five') ON CONFLICT (id) DO UPDATE SET id = excluded.id, name = excluded.name, tier = excluded.tier RETURNING *

-- scenario: upsert_excluded_whole_row
INSERT INTO accounts (id, name, loyalty) VALUES (1, 'x', 77) ON CONFLICT (id) DO UPDATE SET email = (excluded).loyalty::text || '/' || excluded.name RETURNING email

-- scenario: upsert_check_on_update
INSERT INTO orders (item, note) VALUES ('a', 'n') RETURNING id
INSERT INTO orders (id, item, note) VALUES (1, 'a', 'n') ON CONFLICT (id) DO UPDATE SET qty = orders.qty - 5
INSERT INTO orders (id, item, note) VALUES (1, 'a', 'n') ON CONFLICT (id) DO UPDATE SET qty = orders.qty + 5 RETURNING qty

-- ---------------------------------------------------------------- UPDATE
-- scenario: update_increment
UPDATE accounts SET loyalty = loyalty + 1 WHERE id IN (1, 3, 5) RETURNING id, loyalty
UPDATE accounts SET loyalty = loyalty + 1 WHERE id IN (1, 3, 5) RETURNING id, loyalty
SELECT id, loyalty FROM accounts ORDER BY id

-- scenario: update_reads_other_shadow_columns
UPDATE accounts SET tier = 'L' || loyalty, loyalty = coalesce(loyalty, 0) * 10 WHERE id < 5 RETURNING *

-- scenario: update_where_shadow
UPDATE accounts SET tier = 'top' WHERE loyalty > 5 RETURNING id, tier
UPDATE accounts SET loyalty = 0 WHERE tier IS NULL

-- scenario: update_live_and_shadow
UPDATE accounts SET name = upper(name), mood = 'sad', email = tier WHERE id = 2 RETURNING name, mood, email

-- scenario: update_live_from_shadow
UPDATE accounts SET email = tier || '@example.com' WHERE tier IS NOT NULL RETURNING id, email

-- scenario: update_from
UPDATE bills b SET paid = true, note = a.name FROM accounts a WHERE a.id = b.account_id AND a.tier = 'gold' RETURNING b.id, paid, note, a.tier
UPDATE bills SET due = a.created_on FROM accounts a WHERE a.id = bills.account_id RETURNING bills.id, due

-- scenario: update_self_join_and_sub_select
UPDATE accounts a SET loyalty = b.loyalty, tier = b.tier FROM accounts b WHERE b.id = a.id + 1 AND a.id < 4 RETURNING a.id, a.loyalty, b.loyalty, a.tier
UPDATE bills SET paid = (SELECT tier IS NOT NULL FROM accounts WHERE accounts.id = bills.account_id) WHERE id < 8 RETURNING id, paid

-- scenario: update_default_and_null
UPDATE accounts SET labels = DEFAULT, tier = NULL, mood = DEFAULT WHERE id = 1 RETURNING labels, tier, mood

-- scenario: update_no_rows
UPDATE accounts SET loyalty = 1 WHERE id = 999 RETURNING *

-- scenario: update_all_rows
UPDATE bills SET paid = NOT paid
SELECT id, paid FROM bills ORDER BY id

-- scenario: update_errors
UPDATE accounts SET loyalty = 'x' WHERE id = 1
UPDATE accounts SET loyalty = 10 / (id - 3) WHERE id < 5
UPDATE accounts SET nosuch = 1
UPDATE accounts SET mood = 'nope' WHERE id = 2
SELECT id, loyalty, mood FROM accounts ORDER BY id

-- scenario: update_not_null_and_check
INSERT INTO orders (item, note) VALUES ('a', 'n'), ('b', 'm')
UPDATE orders SET note = NULL WHERE id = 1
UPDATE orders SET qty = qty - 1
UPDATE orders SET qty = qty + 1, code = 'ok' RETURNING *
UPDATE orders SET code = 'toolong'
UPDATE "Users" SET "Nick" = repeat('x', 21)
SELECT * FROM orders ORDER BY id

-- scenario: update_composite_key
UPDATE line_items SET discount = discount * 2 WHERE order_id = 1 RETURNING *
UPDATE line_items li SET discount = 1, qty = 5 WHERE (li.order_id, li.line) = (3, 1) RETURNING li.*

-- scenario: update_quoted_names_unicode
UPDATE "Users" SET "Nick" = 'Ünïcödé ✓ 東' WHERE "Id" = 2 RETURNING *
UPDATE "Users" u SET "Nick" = u."Nick" || '!' WHERE u."Nick" IS NOT NULL RETURNING "Id", "Nick"

-- scenario: update_arrays_and_enums
UPDATE accounts SET labels = array_append(labels, 'x') WHERE id < 3 RETURNING id, labels
UPDATE accounts SET mood = 'grumpy' WHERE mood = 'happy' RETURNING id, mood
SELECT id, labels, mood FROM accounts ORDER BY id
-- refused
UPDATE accounts SET labels[1] = 'first' WHERE id = 2

-- scenario: update_with_clause
WITH t AS (SELECT 3 AS n) UPDATE accounts SET loyalty = (SELECT n FROM t) WHERE id = 1 RETURNING loyalty

-- scenario: update_with_parameters
-- params: ["15", "1"]
UPDATE accounts SET loyalty = loyalty + $1 WHERE id = $2 RETURNING id, loyalty
-- params: ["silver"]
UPDATE accounts SET loyalty = loyalty * 2 WHERE tier = $1 RETURNING id, loyalty

-- scenario: update_landing_column
UPDATE sales.accounts SET score = score + 5 RETURNING *
INSERT INTO sales.accounts (id, region, score) VALUES (10, 'west', 3) RETURNING *
INSERT INTO sales.accounts (id, region) VALUES (11, 'up') RETURNING *
SELECT * FROM sales.accounts ORDER BY id

-- scenario: update_returning_target_star_and_whole_row
UPDATE accounts a SET tier = 'star' WHERE a.id = 2 RETURNING a.*, row_to_json(a)
UPDATE accounts SET loyalty = 3 WHERE id = 3 RETURNING accounts

-- ---------------------------------------------------------------- DELETE
-- scenario: delete_returning
DELETE FROM bills WHERE paid RETURNING id, paid, due
SELECT id FROM bills ORDER BY id

-- scenario: delete_then_reinsert_starts_from_defaults
UPDATE accounts SET tier = 'old', loyalty = 99 WHERE id = 8
DELETE FROM accounts WHERE id = 8 RETURNING loyalty, tier
INSERT INTO accounts (id, name) VALUES (8, 'Again') RETURNING *
SELECT * FROM accounts WHERE id = 8

-- scenario: delete_using
DELETE FROM bills b USING accounts a WHERE a.id = b.account_id AND a.tier = 'bronze' RETURNING b.id, b.paid, a.tier

-- scenario: delete_where_shadow_composite
DELETE FROM line_items WHERE discount > 5 RETURNING *
INSERT INTO line_items (order_id, line) VALUES (1, 2) RETURNING *

-- scenario: delete_blocked_by_foreign_key
DELETE FROM accounts WHERE id = 1
SELECT id, loyalty, tier FROM accounts WHERE id = 1

-- scenario: delete_no_primary_key_table
DELETE FROM events WHERE kind = 'login' RETURNING kind, seen

-- ---------------------------------------------------------------- transactions
-- scenario: transaction_commit
BEGIN
UPDATE accounts SET loyalty = 50 WHERE id = 1
SELECT loyalty FROM accounts WHERE id = 1
INSERT INTO accounts (id, name, tier) VALUES (44, 'In tx', 'tx')
COMMIT
SELECT id, loyalty, tier FROM accounts WHERE id IN (1, 44) ORDER BY id

-- scenario: transaction_rollback
BEGIN
UPDATE accounts SET loyalty = 100 WHERE id = 1
DELETE FROM bills WHERE id = 9
INSERT INTO accounts (id, name, tier) VALUES (45, 'Gone', 'gone')
SELECT id, loyalty FROM accounts WHERE id IN (1, 45) ORDER BY id
ROLLBACK
SELECT id, loyalty, tier FROM accounts WHERE id IN (1, 45) ORDER BY id

-- scenario: savepoints
BEGIN
UPDATE accounts SET loyalty = 1 WHERE id = 1
SAVEPOINT s1
UPDATE accounts SET loyalty = 2 WHERE id = 1
INSERT INTO accounts (id, name, tier) VALUES (46, 'SP', 'sp')
SELECT id, loyalty FROM accounts WHERE id IN (1, 46) ORDER BY id
ROLLBACK TO SAVEPOINT s1
SELECT id, loyalty FROM accounts WHERE id IN (1, 46) ORDER BY id
SAVEPOINT s2
DELETE FROM accounts WHERE id = 8
RELEASE SAVEPOINT s2
COMMIT
SELECT id, loyalty FROM accounts ORDER BY id

-- scenario: failed_statement_in_transaction
BEGIN
UPDATE accounts SET loyalty = 7 WHERE id = 2
UPDATE accounts SET loyalty = 'x' WHERE id = 3
SELECT 1
ROLLBACK
SELECT id, loyalty FROM accounts WHERE id IN (2, 3) ORDER BY id

-- scenario: savepoint_after_error
BEGIN
UPDATE accounts SET tier = 'kept' WHERE id = 2
SAVEPOINT s
INSERT INTO orders (item) VALUES ('no note')
ROLLBACK TO SAVEPOINT s
UPDATE accounts SET tier = tier || '+' WHERE id = 2
COMMIT
SELECT id, tier FROM accounts WHERE id = 2

-- scenario: statement_is_atomic
UPDATE accounts SET loyalty = 100 / (id - 4) WHERE id IN (3, 4, 5)
INSERT INTO accounts (id, name, loyalty) VALUES (47, 'ok', 1), (48, 'bad', 'x')
SELECT id, loyalty FROM accounts WHERE id IN (3, 4, 5, 47, 48) ORDER BY id

-- scenario: transaction_block_in_one_string
BEGIN; UPDATE accounts SET loyalty = 11 WHERE id = 4; SAVEPOINT a; UPDATE accounts SET loyalty = 12 WHERE id = 4; ROLLBACK TO a; COMMIT
SELECT loyalty FROM accounts WHERE id = 4

-- ---------------------------------------------------------------- what pgstitch refuses
-- scenario: refused_no_primary_key
-- refused
UPDATE events SET seen = true
-- refused
INSERT INTO events (kind, seen) VALUES ('x', true)
INSERT INTO events (kind, payload) VALUES ('plain', 'p')
SELECT * FROM events

-- scenario: refused_primary_key_change
-- refused
UPDATE accounts SET id = id + abs(100) WHERE id = 8
-- refused
UPDATE line_items SET (line, qty) = (9, 1) WHERE order_id = 3
-- refused
UPDATE orders SET id = DEFAULT
SELECT id FROM accounts ORDER BY id

-- scenario: primary_key_change_moves_parked_values
UPDATE accounts SET id = 100 WHERE id = 8
UPDATE line_items SET line = 9 WHERE order_id = 3
DELETE FROM bills WHERE account_id IN (1, 3, 4)
UPDATE accounts SET id = id + 100, tier = 'moved ' || tier WHERE id IN (1, 3) RETURNING *
UPDATE accounts SET id = 3 WHERE id = 4 RETURNING id, loyalty, mood
UPDATE line_items li SET order_id = li.order_id * 10, discount = discount + 1 WHERE order_id = 1 RETURNING *
UPDATE accounts SET id = 6 WHERE id IN (100, 101)
UPDATE accounts SET id = 6 WHERE id = 101
INSERT INTO accounts (id, name) VALUES (1, 'new one') RETURNING *
BEGIN
UPDATE accounts SET id = 200, loyalty = 1 WHERE id = 103
SAVEPOINT s
UPDATE accounts SET id = 201 WHERE id = 200
ROLLBACK TO s
UPDATE accounts SET id = v.n, labels = ARRAY[v.n::text] FROM (VALUES (200, 300), (100, 400)) AS v(o, n) WHERE accounts.id = v.o RETURNING accounts.id, loyalty, tier, labels
COMMIT
BEGIN
UPDATE accounts SET id = 500 WHERE id = 300
ROLLBACK
UPDATE notes SET slug = slug || '!' WHERE stars > 0 RETURNING *
-- restart
SELECT * FROM accounts ORDER BY id
SELECT * FROM line_items ORDER BY order_id, line
SELECT * FROM notes ORDER BY slug

-- scenario: refused_nested_writes
-- refused
WITH RECURSIVE u AS (UPDATE accounts SET tier = 'cte' WHERE id = 1 RETURNING id) SELECT * FROM u
-- refused
WITH u AS (UPDATE accounts SET tier = 'cte' WHERE id = 1 RETURNING id) UPDATE bills SET paid = true WHERE id = 1
-- refused
EXPLAIN UPDATE accounts SET loyalty = 1
-- refused
COPY accounts (id, loyalty) FROM STDIN
-- refused
MERGE INTO accounts a USING bills b ON a.id = b.account_id WHEN NOT MATCHED THEN INSERT (id, name) VALUES (b.id + 500, 'm')
SELECT id, tier FROM accounts WHERE id = 1

-- ---------------------------------------------------------------- more forms
-- scenario: update_multiple_columns_row
UPDATE accounts SET (loyalty, tier) = (loyalty + 3, 'multi') WHERE id IN (1, 2) RETURNING id, loyalty, tier
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: update_multiple_columns_sub_select
UPDATE accounts a SET (loyalty, tier) = (SELECT count(*), max(note) FROM bills b WHERE b.account_id = a.id) RETURNING id, loyalty, tier
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: upsert_accumulates_into_existing_value
INSERT INTO accounts (id, name, loyalty) VALUES (1, 'x', 5), (40, 'new', 2) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty + EXCLUDED.loyalty RETURNING id, name, loyalty
INSERT INTO accounts (id, name, loyalty) VALUES (1, 'x', 5) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty + EXCLUDED.loyalty RETURNING id, loyalty
SELECT id, name, loyalty, tier FROM accounts ORDER BY id

-- scenario: savepoint_between_two_updates_of_a_row
BEGIN
UPDATE accounts SET loyalty = 10 WHERE id = 3
SAVEPOINT s1
UPDATE accounts SET loyalty = loyalty * 2, tier = 'sp' WHERE id = 3
SELECT loyalty, tier FROM accounts WHERE id = 3
ROLLBACK TO SAVEPOINT s1
SELECT loyalty, tier FROM accounts WHERE id = 3
UPDATE accounts SET tier = 'after' WHERE id = 3
COMMIT
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: delete_and_reinsert_in_one_transaction
BEGIN
UPDATE accounts SET loyalty = 77, tier = 'old' WHERE id = 8
DELETE FROM accounts WHERE id = 8
INSERT INTO accounts (id, name) VALUES (8, 'Again')
SELECT id, loyalty, tier, mood FROM accounts WHERE id = 8
COMMIT
SELECT id, loyalty, tier, mood FROM accounts ORDER BY id

-- scenario: transaction_string_failing_midway
BEGIN; UPDATE accounts SET loyalty = 50 WHERE id = 5; UPDATE accounts SET loyalty = 1/0 WHERE id = 6; COMMIT
SELECT id, loyalty FROM accounts ORDER BY id

-- scenario: update_multiple_columns_row_keyword_live_and_shadow
UPDATE accounts SET (email, loyalty, name) = ROW(upper(email), coalesce(loyalty, 0) + 1, name || '+') WHERE id < 4 RETURNING *
UPDATE accounts SET (tier) = ROW('solo') WHERE id = 4 RETURNING tier
SELECT * FROM accounts ORDER BY id

-- scenario: update_multiple_columns_sub_select_no_or_many_rows
UPDATE accounts a SET (loyalty, tier) = (SELECT b.id, b.note FROM bills b WHERE b.account_id = a.id AND b.amount > 500) WHERE id IN (1, 4) RETURNING id, loyalty, tier
UPDATE accounts a SET (loyalty, tier) = (SELECT b.id, b.note FROM bills b WHERE b.account_id = a.id) WHERE id = 1
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: update_multiple_columns_with_parameters
-- params: ["7", "param"]
UPDATE accounts SET (loyalty, tier) = ($1::int, $2) WHERE id = 2 RETURNING loyalty, tier
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- ---------------------------------------------------------------- upserts, joins, transactions
-- scenario: more_upsert_where_excluded
INSERT INTO accounts (id, name, tier) VALUES (1, 'A', 'gold'), (2, 'B', 'new'), (70, 'C', 'c') ON CONFLICT (id) DO UPDATE SET tier = excluded.tier WHERE accounts.tier IS DISTINCT FROM excluded.tier RETURNING id, tier
SELECT id, tier FROM accounts ORDER BY id

-- scenario: more_upsert_on_constraint_nothing
INSERT INTO accounts (id, name, loyalty) VALUES (1, 'A', 99), (71, 'N', 5) ON CONFLICT ON CONSTRAINT accounts_pkey DO NOTHING RETURNING *
SELECT id, loyalty FROM accounts ORDER BY id

-- scenario: more_upsert_infer_where
INSERT INTO accounts (id, name, loyalty) VALUES (1, 'A', 99) ON CONFLICT (id) WHERE id > 0 DO UPDATE SET loyalty = excluded.loyalty RETURNING loyalty

-- scenario: more_upsert_set_live_where_shadow
INSERT INTO accounts AS a (id, name) VALUES (1, 'Renamed'), (3, 'Renamed3') ON CONFLICT (id) DO UPDATE SET name = excluded.name WHERE a.loyalty > 5 RETURNING a.id, a.name, a.loyalty

-- scenario: more_update_case_bulk
UPDATE accounts SET loyalty = CASE WHEN id = 1 THEN 5 WHEN id = 2 THEN 6 ELSE loyalty END WHERE id IN (1, 2) RETURNING id, loyalty
SELECT id, loyalty FROM accounts ORDER BY id

-- scenario: more_update_from_values
UPDATE accounts AS a SET loyalty = v.l, tier = v.t FROM (VALUES (1, 11, 'x'), (3, 33, 'y')) AS v(id, l, t) WHERE v.id = a.id RETURNING a.id, a.loyalty, a.tier, v.l
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: more_delete_using_shadow_other
DELETE FROM bills USING accounts WHERE bills.account_id = accounts.id AND accounts.loyalty > 5 RETURNING bills.*
SELECT id, paid FROM bills ORDER BY id

-- scenario: more_delete_in_subquery_shadow
DELETE FROM bills WHERE account_id IN (SELECT id FROM accounts WHERE tier IS NOT NULL) AND NOT paid RETURNING id, due

-- scenario: more_delete_returning_star_accounts
DELETE FROM accounts WHERE id = 8 RETURNING *

-- scenario: more_insert_values_subselect_shadow
INSERT INTO bills (id, account_id, amount, paid, due) VALUES (70, 1, (SELECT loyalty FROM accounts WHERE id = 1), (SELECT tier IS NOT NULL FROM accounts WHERE id = 2), DEFAULT) RETURNING *

-- scenario: more_insert_select_order_limit
INSERT INTO accounts (id, name, loyalty, tier) SELECT id + 300, name, loyalty, tier FROM accounts ORDER BY loyalty DESC NULLS LAST LIMIT 2 RETURNING id, loyalty, tier

-- scenario: more_insert_union
INSERT INTO accounts (id, name, tier) SELECT 80, 'u', 'a' UNION ALL SELECT 81, 'v', 'b' RETURNING id, tier

-- scenario: more_update_only
UPDATE ONLY accounts SET tier = 'only' WHERE id = 1 RETURNING tier
DELETE FROM ONLY bills WHERE id = 9 RETURNING paid

-- scenario: more_schema_qualified_targets
INSERT INTO public.accounts AS a (id, name, loyalty) VALUES (82, 'q', 4) RETURNING a.loyalty
UPDATE "public"."accounts" SET loyalty = loyalty + 1 WHERE id = 82 RETURNING "accounts"."loyalty"
UPDATE sales.accounts SET score = 1 WHERE id = 9 RETURNING *

-- scenario: more_users_positional
INSERT INTO "Users" VALUES (5, 'Five') RETURNING *
INSERT INTO "Users" VALUES (6, 'Six', 'sixer') RETURNING "Nick"

-- scenario: more_returning_exprs
INSERT INTO accounts (id, name, loyalty) VALUES (83, 'r', 3) RETURNING loyalty > 0 AS positive, loyalty::text || tier, coalesce(tier, 'none') AS t
UPDATE accounts SET loyalty = loyalty * 2 WHERE id = 83 RETURNING loyalty, (SELECT count(*) FROM accounts a2 WHERE a2.loyalty <= accounts.loyalty) AS rank

-- scenario: more_commit_failed_tx
BEGIN
UPDATE accounts SET loyalty = 42 WHERE id = 1
UPDATE accounts SET loyalty = 'bad' WHERE id = 1
COMMIT
SELECT loyalty FROM accounts WHERE id = 1

-- scenario: more_commit_and_chain
BEGIN
UPDATE accounts SET loyalty = 43 WHERE id = 1
COMMIT AND CHAIN
UPDATE accounts SET loyalty = 44 WHERE id = 1
ROLLBACK
SELECT loyalty FROM accounts WHERE id = 1

-- scenario: more_start_transaction_end
START TRANSACTION ISOLATION LEVEL REPEATABLE READ
INSERT INTO accounts (id, name, mood) VALUES (84, 'rr', 'sad')
SELECT mood FROM accounts WHERE id = 84
END
SELECT id, mood FROM accounts WHERE id = 84

-- scenario: more_abort
BEGIN
UPDATE accounts SET tier = 'aborted' WHERE id = 2
ABORT
SELECT tier FROM accounts WHERE id = 2

-- scenario: more_params_array_any
-- params: ["{1,2,3}"]
UPDATE accounts SET loyalty = coalesce(loyalty, 0) + 1 WHERE id = ANY ($1::int[]) RETURNING id, loyalty

-- scenario: more_params_enum_array
-- params: ["85", "p", "grumpy", "{x,\"y z\"}", null]
INSERT INTO accounts (id, name, mood, labels, loyalty) VALUES ($1, $2, $3, $4, $5) RETURNING *

-- scenario: more_update_set_default_other
UPDATE accounts SET tier = DEFAULT, loyalty = DEFAULT WHERE id = 1 RETURNING tier, loyalty

-- scenario: more_update_two_statements_same_row
UPDATE accounts SET loyalty = 1 WHERE id = 5; UPDATE accounts SET loyalty = loyalty + 10 WHERE id = 5; SELECT loyalty FROM accounts WHERE id = 5

-- scenario: more_savepoint_error_continue
BEGIN
INSERT INTO accounts (id, name, tier) VALUES (86, 's', 'one')
SAVEPOINT a
UPDATE accounts SET tier = 'two' WHERE id = 86
UPDATE accounts SET loyalty = 1/0 WHERE id = 86
ROLLBACK TO SAVEPOINT a
UPDATE accounts SET loyalty = 3 WHERE id = 86
RELEASE a
COMMIT
SELECT id, tier, loyalty FROM accounts WHERE id = 86

-- scenario: more_upsert_do_update_where_excluded_shadow
INSERT INTO accounts (id, name, loyalty) VALUES (4, 'D', 100), (5, 'E', 1) ON CONFLICT (id) DO UPDATE SET loyalty = excluded.loyalty WHERE excluded.loyalty > accounts.loyalty RETURNING id, loyalty

-- scenario: more_insert_overriding
INSERT INTO orders (id, item, note) OVERRIDING SYSTEM VALUE VALUES (500, 'x', 'n') RETURNING *

-- scenario: more_orders_upsert_multi
INSERT INTO orders (id, item, note, qty) VALUES (1, 'a', 'n', 2) ON CONFLICT (id) DO NOTHING
INSERT INTO orders (id, item, note, qty) VALUES (1, 'a2', 'n2', 5), (2, 'b', 'm', 3) ON CONFLICT (id) DO UPDATE SET qty = orders.qty + excluded.qty, note = excluded.note RETURNING *

-- scenario: more_delete_all_returning
DELETE FROM line_items RETURNING order_id, line, discount

-- scenario: more_update_from_join_shadow_both
UPDATE bills b SET due = '2030-01-01' FROM accounts a JOIN "Users" u ON u."Id" = a.id WHERE a.id = b.account_id AND u."Nick" <> 'anon' AND a.loyalty IS NOT NULL RETURNING b.id, b.due, a.loyalty, u."Nick"

-- scenario: more_merge_read_only_shadow
MERGE INTO bills b USING accounts a ON a.id = b.account_id WHEN MATCHED AND a.loyalty > 5 THEN UPDATE SET note = a.tier
SELECT id, note FROM bills ORDER BY id

-- scenario: more_refused_row_type_of_served_table
-- refused
SELECT * FROM jsonb_populate_record(NULL::accounts, '{"id": 1, "loyalty": 5}')
-- refused
SELECT (NULL::accounts).loyalty
SELECT jsonb_populate_record(NULL::tags, '{"id": 1, "loyalty": 5}')

-- ---------------------------------------------------------------- search_path from step to step
-- scenario: search_path_set_config_then_reset_all
SELECT set_config('search_path', 'sales, public', false)
SELECT id, score FROM accounts ORDER BY id
RESET ALL
SELECT id, loyalty FROM accounts ORDER BY id

-- scenario: search_path_select_then_set_in_one_string
SELECT id, loyalty FROM accounts ORDER BY id; SET search_path = sales, public; SELECT id, score FROM accounts ORDER BY id
SELECT id, score FROM accounts ORDER BY id
RESET search_path
SELECT id, tier FROM accounts ORDER BY id

-- ---------------------------------------------------------------- ORM writes (Django, Rails, Prisma, Hibernate, SQLAlchemy)
-- scenario: orm_django_insert_update_delete
INSERT INTO "accounts" ("id", "name", "email", "created_on", "loyalty", "tier") VALUES (300, 'Dj', NULL, NULL, 4, 'dj') RETURNING "accounts"."id"
UPDATE "accounts" SET "loyalty" = 5, "tier" = 'x' WHERE "accounts"."id" = 300
UPDATE "accounts" SET "loyalty" = CASE WHEN ("accounts"."id" = 1) THEN 5 WHEN ("accounts"."id" = 300) THEN 6 ELSE NULL END WHERE "accounts"."id" IN (1, 300)
UPDATE "accounts" SET "loyalty" = (COALESCE("accounts"."loyalty", 0) + 1) WHERE "accounts"."id" = 2
DELETE FROM "accounts" WHERE "accounts"."id" IN (300)
SELECT "accounts"."id", "accounts"."loyalty", "accounts"."tier" FROM "accounts" ORDER BY "accounts"."id" ASC

-- scenario: orm_rails_insert_upsert
-- params: ["301", "Rails", "7"]
INSERT INTO "accounts" ("id","name","loyalty") VALUES ($1, $2, $3) RETURNING "id"
INSERT INTO "accounts" ("id","name","loyalty") VALUES (1, 'a', 5), (302, 'b', 6) ON CONFLICT ("id") DO UPDATE SET "name"=excluded."name","loyalty"=excluded."loyalty" RETURNING "id"
INSERT INTO "accounts" ("id","name","tier") VALUES (1, 'a', 't'), (303, 'c', 'u') ON CONFLICT ("id") DO NOTHING RETURNING "id"
-- params: ["9", "1"]
UPDATE "accounts" SET "loyalty" = $1 WHERE "accounts"."id" = $2
SELECT id, name, loyalty, tier FROM accounts ORDER BY id

-- scenario: orm_prisma_qualified_returning
-- params: ["304", "Pr", "2"]
INSERT INTO "public"."accounts" ("id","name","loyalty") VALUES ($1,$2,$3) RETURNING "public"."accounts"."id", "public"."accounts"."loyalty", "public"."accounts"."tier"
-- params: ["3", "304"]
UPDATE "public"."accounts" SET "loyalty" = $1 WHERE ("public"."accounts"."id" = $2 AND 1=1) RETURNING "public"."accounts"."id", "public"."accounts"."loyalty", "public"."accounts"."mood"
-- params: ["304"]
DELETE FROM "public"."accounts" WHERE ("public"."accounts"."id" = $1 AND 1=1) RETURNING "public"."accounts"."loyalty"

-- scenario: orm_hibernate_sqlalchemy
-- params: ["8", "hb", "2"]
update accounts set loyalty=$1, tier=$2 where id=$3
-- params: ["11", "3"]
UPDATE accounts SET loyalty=$1::INTEGER WHERE accounts.id = $2::INTEGER
-- params: ["305", "sa", "1", "vip"]
INSERT INTO accounts (id, name, loyalty, tier) VALUES ($1::INTEGER, $2::VARCHAR, $3::INTEGER, $4::VARCHAR) RETURNING accounts.id, accounts.mood
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: orm_schema_qualified_upsert_excluded
INSERT INTO "public"."line_items" ("order_id","line","discount") VALUES (1, 1, 3.25), (6, 1, 1) ON CONFLICT ("order_id","line") DO UPDATE SET "discount" = "excluded"."discount" RETURNING "public"."line_items"."order_id", "public"."line_items"."discount"

-- scenario: orm_users_quoted
INSERT INTO "public"."Users" ("Id","Full Name","Nick") VALUES (20, 'Q', 'q') RETURNING "public"."Users"."Nick", "Users"."Id"
UPDATE "public"."Users" SET "Nick" = upper("public"."Users"."Nick") WHERE "public"."Users"."Id" = 20 RETURNING "public"."Users"."Nick"

-- scenario: orm_insert_returning_qualified_star_and_sub
INSERT INTO public.accounts (id, name, tier) VALUES (306, 'q', 't') RETURNING public.accounts.*, (SELECT count(*) FROM public.accounts WHERE public.accounts.loyalty > 0) AS n, upper(public.accounts.tier)
INSERT INTO public.accounts AS a (id, name, tier) VALUES (307, 'q', 't') RETURNING a.tier, a.loyalty

-- ---------------------------------------------------------------- refusals inside transactions; more UPDATE, DELETE and upsert forms
-- scenario: refused_inside_savepoint_then_continue
BEGIN
SAVEPOINT a
UPDATE accounts SET loyalty = 1 WHERE id = 1
-- refused
UPDATE events SET seen = true
ROLLBACK TO SAVEPOINT a
UPDATE accounts SET loyalty = 2 WHERE id = 2
COMMIT
SELECT id, loyalty FROM accounts ORDER BY id

-- scenario: refused_in_transaction_then_rollback
BEGIN
UPDATE accounts SET tier = 'x' WHERE id = 1
-- refused
WITH RECURSIVE u AS (UPDATE accounts SET tier = 'cte' WHERE id = 2 RETURNING id) SELECT * FROM u
ROLLBACK
SELECT id, tier FROM accounts ORDER BY id

-- scenario: refused_row_type_in_transaction
BEGIN
UPDATE accounts SET tier = 'y' WHERE id = 3
SAVEPOINT b
-- refused
SELECT (NULL::accounts).tier
ROLLBACK TO b
COMMIT
SELECT id, tier FROM accounts ORDER BY id

-- scenario: more3_update_from_aggregate_subquery
UPDATE accounts a SET loyalty = s.total FROM (SELECT account_id, count(*)::int AS total FROM bills GROUP BY account_id) s WHERE s.account_id = a.id RETURNING a.id, a.loyalty
SELECT id, loyalty FROM accounts ORDER BY id

-- scenario: more3_update_from_same_table_unaliased_target
UPDATE accounts SET loyalty = b.loyalty, tier = b.tier FROM accounts b WHERE b.id = accounts.id + 1 RETURNING accounts.id, accounts.loyalty, b.loyalty, accounts.tier

-- scenario: more3_delete_returning_whole_row
DELETE FROM accounts WHERE id = 8 RETURNING accounts, row_to_json(accounts)

-- scenario: more3_update_where_row_distinct
UPDATE accounts SET mood = 'sad' WHERE (loyalty, tier) IS NOT DISTINCT FROM (NULL::int, 'silver') RETURNING id, mood

-- scenario: more3_upsert_do_nothing_with_where_target
INSERT INTO accounts (id, name, tier) VALUES (1, 'x', 'a'), (310, 'y', 'b') ON CONFLICT (id) WHERE id > 0 DO NOTHING RETURNING id, tier

-- scenario: more3_insert_values_subquery_multi
INSERT INTO accounts (id, name, loyalty) VALUES (311, 'a', (SELECT loyalty FROM accounts WHERE id = 1)), (312, 'b', (SELECT count(*) FROM accounts WHERE loyalty IS NULL)) RETURNING id, loyalty

-- scenario: more3_insert_select_upsert_shadow_from_excluded
INSERT INTO accounts (id, name, loyalty) SELECT id, name || '!', coalesce(loyalty, 0) + 100 FROM accounts WHERE id IN (1, 2) ON CONFLICT (id) DO UPDATE SET loyalty = excluded.loyalty RETURNING id, name, loyalty
SELECT id, name, loyalty FROM accounts ORDER BY id

-- scenario: more3_update_noop_tag
UPDATE accounts SET tier = tier WHERE id < 4
UPDATE accounts SET tier = tier WHERE id < 0

-- scenario: more3_update_returning_star_with_wrapped_from
UPDATE bills SET paid = NOT paid FROM accounts a WHERE a.id = bills.account_id AND a.id = 1 RETURNING *

-- scenario: more3_upsert_returning_xmax
INSERT INTO accounts (id, name, tier) VALUES (1, 'x', 'a'), (313, 'y', 'b') ON CONFLICT (id) DO UPDATE SET tier = EXCLUDED.tier RETURNING id, tier, (xmax = 0) AS inserted

-- scenario: more3_update_set_from_correlated_other_table_shadow
UPDATE bills SET due = (SELECT created_on FROM accounts WHERE accounts.id = bills.account_id AND accounts.loyalty IS NOT NULL) WHERE id < 5 RETURNING id, due

-- scenario: more3_delete_using_subquery_shadow
DELETE FROM accounts a USING (SELECT id FROM accounts WHERE tier IS NULL AND id > 5) s WHERE s.id = a.id RETURNING a.id, a.tier, a.labels

-- scenario: more3_update_labels_array_ops
UPDATE accounts SET labels = array_remove(labels, 'vip') || ARRAY['x'] WHERE 'vip' = ANY (labels) RETURNING id, labels
UPDATE accounts SET labels = labels[1:1] WHERE id = 1 RETURNING labels

-- scenario: more3_upsert_enum_increment_like
INSERT INTO accounts (id, name, mood) VALUES (2, 'b', 'grumpy') ON CONFLICT (id) DO UPDATE SET mood = CASE WHEN accounts.mood = 'happy' THEN 'sad'::mood ELSE excluded.mood END RETURNING mood

-- ---------------------------------------------------------------- hunt: forms applications and ORMs send
-- scenario: hunt_insert_mixed_defaults_casts_reordered_columns
INSERT INTO accounts (tier, loyalty, name, id, labels) VALUES ('t'::varchar, DEFAULT, 'a', 400, DEFAULT), (DEFAULT, 5 * 2, 'b', 401, ARRAY['x']), (upper('u'), '7'::int + 1, 'c' || 'd', 402, '{y}'::text[]) RETURNING *
INSERT INTO line_items VALUES (8, 1), (8, 2) RETURNING *
INSERT INTO line_items VALUES (8, 3, 'x', 3, 4.5), (8, 4, 'y', NULL, DEFAULT) RETURNING order_id, line, discount
INSERT INTO accounts (id, name, tier, loyalty) SELECT id + 500, name, tier || '-copy', loyalty FROM accounts WHERE tier IS NOT NULL ORDER BY id LIMIT 2 OFFSET 1 RETURNING id, tier, loyalty, mood
INSERT INTO accounts (id, name) SELECT id + 600, name FROM accounts WHERE id < 3 RETURNING *
SELECT id, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_upsert_excluded_defaults_and_errors
INSERT INTO accounts (id, name) VALUES (1, 'x') ON CONFLICT (id) DO UPDATE SET loyalty = excluded.loyalty, labels = excluded.labels, mood = excluded.mood RETURNING id, loyalty, labels, mood, tier
INSERT INTO accounts (id, name, loyalty) VALUES (2, 'a', 1), (2, 'b', 2) ON CONFLICT (id) DO UPDATE SET loyalty = excluded.loyalty
INSERT INTO orders (id, item, note) VALUES (1, 'a', 'n') RETURNING id, qty
INSERT INTO orders (id, item) VALUES (1, 'x') ON CONFLICT (id) DO UPDATE SET item = 'y'
INSERT INTO orders (id, item, note, qty) VALUES (1, 'x', 'n', 0) ON CONFLICT (id) DO UPDATE SET qty = 3
INSERT INTO orders (id, item, note) VALUES (1, 'x', 'n2') ON CONFLICT (id) DO UPDATE SET note = excluded.note || orders.note, qty = orders.qty + 1 WHERE orders.qty < 5 RETURNING *
INSERT INTO line_items AS li (order_id, line, discount) VALUES (1, 2, 1), (2, 1, 2), (9, 9, 3) ON CONFLICT ON CONSTRAINT line_items_pkey DO UPDATE SET discount = EXCLUDED.discount + li.discount WHERE li.discount > 6 RETURNING order_id, line, discount
SELECT * FROM line_items ORDER BY order_id, line

-- scenario: hunt_update_from_multiple_matches_and_subqueries
UPDATE accounts a SET tier = 'has bills', loyalty = coalesce(a.loyalty, 0) + 1 FROM bills b WHERE b.account_id = a.id AND b.amount > 1 RETURNING a.id, a.tier, a.loyalty
UPDATE bills b SET paid = NOT b.paid, due = s.d FROM (SELECT id, created_on + 30 AS d FROM accounts WHERE loyalty IS NOT NULL) s WHERE s.id = b.account_id RETURNING b.id, b.paid, b.due
UPDATE accounts SET (loyalty, tier) = (SELECT count(*)::int, string_agg(note, ',' ORDER BY id) FROM bills WHERE bills.account_id = accounts.id), mood = 'sad' WHERE id IN (SELECT account_id FROM bills WHERE paid) RETURNING id, loyalty, tier, mood
SELECT id, loyalty, tier, mood FROM accounts ORDER BY id

-- scenario: hunt_savepoints_nested_errors
BEGIN
UPDATE accounts SET loyalty = 1 WHERE id = 1
SAVEPOINT a
UPDATE accounts SET tier = 'a' WHERE id = 1
SAVEPOINT b
UPDATE accounts SET loyalty = 2147483647 + loyalty WHERE id = 1
ROLLBACK TO SAVEPOINT b
UPDATE accounts SET labels = '{b}' WHERE id = 1
RELEASE SAVEPOINT a
SAVEPOINT c
INSERT INTO orders (item, note, qty) VALUES ('x', 'n', -1)
ROLLBACK TO c
INSERT INTO orders (item, note, qty) VALUES ('x', NULL, 1)
ROLLBACK TO c
UPDATE accounts SET loyalty = 'abc' WHERE id = 2
ROLLBACK TO c
SAVEPOINT d
INSERT INTO accounts (id, name, loyalty, tier) VALUES (410, 'sp', 4, 'd')
SAVEPOINT e
DELETE FROM accounts WHERE id = 410
ROLLBACK TO e
RELEASE d
SELECT id, loyalty, tier, labels FROM accounts WHERE id IN (1, 410) ORDER BY id
COMMIT
SELECT id, loyalty, tier, labels FROM accounts ORDER BY id

-- scenario: hunt_multi_statement_string_errors
UPDATE accounts SET tier = 'a' WHERE id = 2; INSERT INTO accounts (id, name, loyalty) VALUES (420, 'x', 1); DELETE FROM accounts WHERE id = 8; SELECT 1/0
SELECT id, tier, loyalty FROM accounts ORDER BY id
UPDATE accounts SET tier = 'b' WHERE id = 2; INSERT INTO orders (item) VALUES ('no note')
SELECT id, tier FROM accounts WHERE id = 2
BEGIN; UPDATE accounts SET tier = 'c' WHERE id = 3; SAVEPOINT s; UPDATE accounts SET loyalty = 'x' WHERE id = 3
ROLLBACK TO s; UPDATE accounts SET loyalty = 9 WHERE id = 3; COMMIT
SELECT id, tier, loyalty FROM accounts ORDER BY id

-- scenario: hunt_prepared_across_commit
BEGIN
-- params: ["5", "1"]
UPDATE accounts SET loyalty = loyalty + $1 WHERE id = $2 RETURNING loyalty
COMMIT
-- params: ["5", "1"]
UPDATE accounts SET loyalty = loyalty + $1 WHERE id = $2 RETURNING loyalty
BEGIN
-- params: ["5", "1"]
UPDATE accounts SET loyalty = loyalty + $1 WHERE id = $2 RETURNING loyalty
ROLLBACK
-- params: ["5", "1"]
UPDATE accounts SET loyalty = loyalty + $1 WHERE id = $2 RETURNING loyalty
-- params: ["430", "p", "t"]
INSERT INTO accounts (id, name, tier) VALUES ($1, $2, $3) RETURNING id, tier, loyalty
-- params: ["430"]
DELETE FROM accounts WHERE id = $1 RETURNING tier
-- params: ["430", "p", null]
INSERT INTO accounts (id, name, tier) VALUES ($1, $2, $3) RETURNING id, tier, loyalty
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_truncate_then_reinsert
BEGIN
TRUNCATE line_items
ROLLBACK
SELECT * FROM line_items ORDER BY order_id, line
TRUNCATE line_items
INSERT INTO line_items (order_id, line) VALUES (1, 2), (2, 1) RETURNING *
TRUNCATE accounts, bills RESTART IDENTITY
INSERT INTO accounts (id, name) VALUES (1, 'again'), (4, 'again') RETURNING *
WITH i AS (INSERT INTO accounts (id, name) VALUES (7, 'cte') RETURNING id) SELECT * FROM i
SELECT * FROM accounts ORDER BY id

-- scenario: hunt_writable_cte_and_merge_deletes
WITH d AS (DELETE FROM bills WHERE id = 9 RETURNING id) SELECT count(*) FROM d
MERGE INTO bills b USING (VALUES (4), (6)) v(id) ON b.id = v.id WHEN MATCHED THEN DELETE
INSERT INTO bills (id, account_id, amount) VALUES (4, 1, 1), (6, 1, 2), (9, NULL, 3) RETURNING *
SELECT * FROM bills ORDER BY id

-- scenario: hunt_restart_keeps_every_committed_value
UPDATE accounts SET loyalty = 41, tier = 'r1' WHERE id = 1
INSERT INTO accounts (id, name, tier, labels) VALUES (440, 'r', 'new', '{a}')
DELETE FROM accounts WHERE id = 8
BEGIN
UPDATE accounts SET loyalty = 42 WHERE id = 2
INSERT INTO line_items (order_id, line, discount) VALUES (9, 1, 9.5)
SAVEPOINT s
UPDATE line_items SET discount = 0 WHERE order_id = 9
ROLLBACK TO s
COMMIT
BEGIN
UPDATE accounts SET loyalty = 43 WHERE id = 3
ROLLBACK
INSERT INTO orders (item, note, qty) VALUES ('r', 'n', 4) RETURNING *
UPDATE bills SET paid = true WHERE id = 2; UPDATE accounts SET mood = 'grumpy' WHERE id = 5
-- restart
SELECT id, loyalty, tier, mood, labels FROM accounts ORDER BY id
UPDATE accounts SET loyalty = loyalty + 1 WHERE id IN (1, 2, 440) RETURNING id, loyalty
INSERT INTO accounts (id, name) VALUES (8, 'back') RETURNING *
INSERT INTO accounts (id, name, loyalty) VALUES (1, 'x', 5), (441, 'y', 6) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty + excluded.loyalty RETURNING id, loyalty
-- params: ["7", "3"]
UPDATE accounts SET tier = $1 WHERE id = $2::int RETURNING tier
-- restart
-- restart
SELECT * FROM line_items ORDER BY order_id, line
SELECT id, paid, due FROM bills ORDER BY id
-- params: ["7", "3"]
UPDATE accounts SET tier = $1 || tier WHERE id = $2::int RETURNING tier

-- scenario: hunt_update_from_matching_a_row_twice
UPDATE accounts a SET loyalty = b.account_id * 2, tier = 'n' || count_of.n FROM bills b, (SELECT account_id, count(*) AS n FROM bills GROUP BY account_id) count_of WHERE b.account_id = a.id AND count_of.account_id = a.id AND a.id IN (1, 3) RETURNING a.id, a.loyalty, a.tier
UPDATE accounts a SET name = a.name || '+', mood = 'sad', labels = ARRAY[b.account_id::text] FROM bills b WHERE b.account_id = a.id AND a.id = 1 RETURNING a.id, a.name, a.mood, a.labels
UPDATE bills b SET paid = a.loyalty > 5 FROM accounts a, accounts a2 WHERE a.id = b.account_id AND a2.id < 3 RETURNING b.id, b.paid
SELECT id, name, loyalty, tier, mood FROM accounts ORDER BY id

-- scenario: hunt_cursors_where_current_of
BEGIN
DECLARE c CURSOR FOR SELECT id, loyalty, tier FROM accounts WHERE id < 4 ORDER BY id FOR UPDATE
FETCH 2 FROM c
UPDATE accounts SET loyalty = 5 WHERE id = 1
FETCH c
CLOSE c
COMMIT
BEGIN
DECLARE d CURSOR FOR SELECT id FROM accounts WHERE id = 2 FOR UPDATE
FETCH d
-- refused
UPDATE accounts SET tier = 'cursor' WHERE CURRENT OF d
ROLLBACK
BEGIN
DECLARE e CURSOR FOR SELECT id FROM accounts WHERE id = 3 FOR UPDATE
FETCH e
-- refused
DELETE FROM accounts WHERE CURRENT OF e
ROLLBACK
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_delete_returning_then_reinsert_in_transaction
BEGIN
DELETE FROM accounts WHERE id IN (6, 7, 8) RETURNING id, loyalty, tier, mood, labels
INSERT INTO accounts (id, name, loyalty) VALUES (7, 'seven', 70) RETURNING *
DELETE FROM line_items WHERE (order_id, line) IN ((1, 2), (2, 1)) RETURNING *
INSERT INTO line_items (order_id, line, product) VALUES (1, 2, 'again') ON CONFLICT (order_id, line) DO UPDATE SET discount = line_items.discount + 1 RETURNING *
SAVEPOINT s
DELETE FROM accounts WHERE id = 7
INSERT INTO accounts (id, name, tier) VALUES (7, 'seven again', 'x')
ROLLBACK TO SAVEPOINT s
SELECT id, loyalty, tier FROM accounts WHERE id >= 6 ORDER BY id
COMMIT
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_upsert_several_rows_same_statement_mixed
INSERT INTO accounts AS t (id, name, loyalty, tier) VALUES (1, 'a', 1, 'one'), (2, 'b', 2, NULL), (450, 'c', 3, 'three'), (4, 'd', 4, 'four') ON CONFLICT (id) DO UPDATE SET loyalty = EXCLUDED.loyalty + coalesce(t.loyalty, 0), tier = coalesce(EXCLUDED.tier, t.tier), mood = CASE WHEN t.mood = 'happy' THEN 'sad'::mood ELSE t.mood END WHERE t.id <> 4 RETURNING t.id, t.name, t.loyalty, t.tier, t.mood
INSERT INTO orders (id, item, note) VALUES (1, 'i', 'n') ON CONFLICT (id) DO NOTHING RETURNING id
INSERT INTO orders (id, item, note, code) VALUES (1, 'i', 'n', 'c1'), (2, 'j', 'm', 'c2') ON CONFLICT (id) DO UPDATE SET code = orders.code || EXCLUDED.code RETURNING id, code, qty, note
INSERT INTO orders (id, item, note, code) VALUES (2, 'j', 'm', 'zz') ON CONFLICT (id) DO UPDATE SET code = orders.code || EXCLUDED.code
SELECT * FROM orders ORDER BY id

-- scenario: hunt_types_errors_and_savepoints
BEGIN
SAVEPOINT a
INSERT INTO line_items (order_id, line, discount) VALUES (20, 1, 999.995)
ROLLBACK TO a
INSERT INTO line_items (order_id, line, discount) VALUES (20, 1, 999.994), (20, 2, -0.005) RETURNING discount
UPDATE line_items SET discount = discount * 10 WHERE order_id = 20
ROLLBACK TO a
INSERT INTO accounts (id, name, labels, mood) VALUES (460, 'x', '{a', 'happy')
ROLLBACK TO a
INSERT INTO bills (id, account_id, amount, due) VALUES (60, 1, 1, '2025-02-30')
ROLLBACK TO a
UPDATE "Users" SET "Nick" = 'trailing spaces ok      ' WHERE "Id" = 1 RETURNING "Nick", length("Nick")
INSERT INTO bills (id, account_id, amount, paid, due) VALUES (61, 1, 1, 'yes', 'today'::date - 'today'::date + '2025-01-01'::date) RETURNING paid, due
RELEASE a
COMMIT
SELECT * FROM line_items ORDER BY order_id, line
SELECT "Id", "Nick" FROM "Users" ORDER BY "Id"

-- scenario: hunt_text_and_uuid_keys
SELECT slug, stars FROM notes ORDER BY slug
UPDATE notes SET stars = stars + 1 RETURNING slug, stars
INSERT INTO notes (slug, body, stars) VALUES ('a''b,c(d)"e\', 'x', 3), ('', 'empty', 4), ('ÅÄÖ ✓', NULL, DEFAULT) RETURNING *
INSERT INTO notes (slug, stars) VALUES ('it''s "q"', 10), ('new', 1) ON CONFLICT (slug) DO UPDATE SET stars = notes.stars * excluded.stars RETURNING slug, stars
DELETE FROM notes WHERE slug = '東京, (x)' RETURNING stars
INSERT INTO notes (slug) VALUES ('東京, (x)') RETURNING stars
-- params: ["back\\slash", "9"]
UPDATE notes SET stars = $2::int WHERE slug = $1 RETURNING slug, stars
INSERT INTO visits (visitor, at, kind) VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '2024-03-10 03:00+02', 'api'), ('b0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12', 'infinity', 'never') RETURNING at, kind
SELECT visitor, at, kind FROM visits WHERE kind <> 'never' ORDER BY visitor, at

-- scenario: hunt_timestamptz_keys_across_time_zones
SET TimeZone = 'UTC'
UPDATE visits SET kind = 'utc' WHERE at < '2024-02-01' RETURNING at, kind
SET TimeZone = 'Asia/Tokyo'
SELECT visitor, at, kind FROM visits ORDER BY visitor, at
UPDATE visits SET kind = kind || '+tokyo' RETURNING at, kind
INSERT INTO visits (visitor, at, kind) VALUES ('00000000-0000-0000-0000-000000000001', '2024-01-01 19:00+09', 'dup') ON CONFLICT (visitor, at) DO UPDATE SET kind = visits.kind || '+' || excluded.kind RETURNING at, kind
INSERT INTO visits (visitor, at, kind) VALUES ('00000000-0000-0000-0000-000000000002', '2024-05-05 05:05:05.5+09', 'tokyo') RETURNING at, kind
SET TimeZone = 'America/New_York'
-- restart
SET TimeZone = 'America/New_York'
SELECT visitor, at, kind FROM visits ORDER BY visitor, at
DELETE FROM visits WHERE kind LIKE '%dup' RETURNING at, kind
INSERT INTO visits (visitor, at) VALUES ('00000000-0000-0000-0000-000000000001', '2024-01-01 05:00-05') RETURNING at, kind
RESET TimeZone
SELECT visitor, at, kind FROM visits ORDER BY visitor, at

-- scenario: hunt_commit_fails_on_a_deferred_constraint
BEGIN
UPDATE accounts SET loyalty = 500, tier = 'deferred' WHERE id = 1
INSERT INTO accounts (id, name, tier) VALUES (470, 'gone', 'gone')
INSERT INTO tags (id, label) VALUES (10, 'red')
COMMIT
SELECT id, loyalty, tier FROM accounts WHERE id IN (1, 470) ORDER BY id
BEGIN; UPDATE accounts SET tier = 'string' WHERE id = 2; INSERT INTO tags (id, label) VALUES (11, 'blue'); COMMIT
SELECT id, tier FROM accounts WHERE id = 2
UPDATE accounts SET tier = 'implicit' WHERE id = 3; INSERT INTO tags (id, label) VALUES (12, 'green')
SELECT id, tier FROM accounts WHERE id = 3
BEGIN
UPDATE accounts SET loyalty = 501 WHERE id = 4
SET CONSTRAINTS ALL IMMEDIATE
INSERT INTO tags (id, label) VALUES (13, 'red')
ROLLBACK
SELECT id, loyalty FROM accounts WHERE id = 4

-- scenario: hunt_transactions_inside_one_string
BEGIN; UPDATE accounts SET loyalty = 1 WHERE id = 1; COMMIT; BEGIN; UPDATE accounts SET loyalty = 2 WHERE id = 1; UPDATE accounts SET tier = 'rolled back' WHERE id = 2; ROLLBACK
SELECT id, loyalty, tier FROM accounts WHERE id IN (1, 2) ORDER BY id
UPDATE accounts SET loyalty = 3 WHERE id = 1; COMMIT; UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 1; SELECT loyalty FROM accounts WHERE id = 1
SELECT id, loyalty FROM accounts WHERE id = 1
BEGIN; UPDATE accounts SET loyalty = 10 WHERE id = 5; SELECT 1/0; COMMIT
ROLLBACK
SELECT id, loyalty FROM accounts WHERE id = 5
UPDATE accounts SET tier = 'kept?' WHERE id = 6; BEGIN; UPDATE accounts SET tier = 'inner' WHERE id = 7; COMMIT
SELECT id, tier FROM accounts WHERE id IN (6, 7) ORDER BY id

-- scenario: hunt_discard_and_reset_between_writes
BEGIN
UPDATE accounts SET loyalty = 61 WHERE id = 1
COMMIT
DISCARD ALL
SELECT id, loyalty FROM accounts WHERE id = 1
UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 1 RETURNING loyalty
DISCARD TEMP
UPDATE accounts SET tier = 'after temp' WHERE id = 1 RETURNING loyalty, tier
RESET ALL
DEALLOCATE ALL
-- params: ["1"]
UPDATE accounts SET loyalty = loyalty * 2 WHERE id = $1::int RETURNING loyalty
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_refused_statement_in_a_string_changes_nothing
-- refused
UPDATE accounts SET loyalty = 99 WHERE id = 1; UPDATE events SET seen = true
SELECT id, loyalty FROM accounts WHERE id = 1
-- refused
INSERT INTO accounts (id, name, tier) VALUES (480, 'x', 'y'); COPY accounts (id, loyalty) FROM STDIN
SELECT count(*) FROM accounts

-- scenario: hunt_kept_statements_after_deallocate_and_discard
UPDATE accounts SET loyalty = coalesce(loyalty, 0) + 1 WHERE id = 2 RETURNING loyalty
UPDATE accounts SET loyalty = coalesce(loyalty, 0) + 1 WHERE id = 2 RETURNING loyalty
UPDATE accounts SET loyalty = coalesce(loyalty, 0) + 1 WHERE id = 2 RETURNING loyalty
DEALLOCATE ALL
UPDATE accounts SET loyalty = coalesce(loyalty, 0) + 1 WHERE id = 2 RETURNING loyalty
UPDATE accounts SET loyalty = coalesce(loyalty, 0) + 1 WHERE id = 2 RETURNING loyalty
DISCARD ALL
UPDATE accounts SET loyalty = coalesce(loyalty, 0) + 1 WHERE id = 2 RETURNING loyalty
BEGIN
UPDATE accounts SET loyalty = coalesce(loyalty, 0) + 1 WHERE id = 2 RETURNING loyalty
DISCARD PLANS
UPDATE accounts SET loyalty = coalesce(loyalty, 0) + 1 WHERE id = 2 RETURNING loyalty
COMMIT
SELECT id, loyalty FROM accounts WHERE id = 2

-- scenario: hunt_job_queue_and_returning_old_values
INSERT INTO orders (item, note) VALUES ('a', 'n1'), ('b', 'n2'), ('c', 'n3') RETURNING id
UPDATE orders SET code = 'taken' WHERE id = (SELECT id FROM orders WHERE code IS NULL ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id, code, note
UPDATE orders SET code = 'taken' WHERE id = (SELECT id FROM orders WHERE code IS NULL ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id, code, note
DELETE FROM orders WHERE id IN (SELECT id FROM orders WHERE code = 'taken' ORDER BY id LIMIT 1) RETURNING id, note, qty
UPDATE accounts SET loyalty = coalesce(loyalty, 0) + 1 WHERE id < 4 RETURNING id, loyalty, (SELECT a2.loyalty FROM accounts a2 WHERE a2.id = accounts.id) AS before
BEGIN
SAVEPOINT "Sp 1"
UPDATE accounts SET tier = 'one' WHERE id = 1
SAVEPOINT "Sp 1"
UPDATE accounts SET tier = 'two' WHERE id = 1
ROLLBACK TO "Sp 1"
SELECT tier FROM accounts WHERE id = 1
RELEASE "Sp 1"
SELECT tier FROM accounts WHERE id = 1
ROLLBACK TO "Sp 1"
SELECT tier FROM accounts WHERE id = 1
COMMIT
SELECT id, tier, loyalty FROM accounts ORDER BY id

-- scenario: hunt_bulk_rows_and_odd_text_keys
INSERT INTO accounts (id, name, loyalty, tier) SELECT g, 'g' || g, g, CASE WHEN g % 3 = 0 THEN NULL ELSE 't' || g END FROM generate_series(1000, 2499) g
UPDATE accounts SET loyalty = loyalty + 1, labels = ARRAY[(id % 7)::text] WHERE id >= 1000 AND id % 2 = 0
DELETE FROM accounts WHERE id >= 1000 AND id % 5 = 0
INSERT INTO accounts (id, name) SELECT g, 'again' FROM generate_series(1000, 1100, 5) g
INSERT INTO notes (slug, stars) VALUES (E'line\nbreak', 1), ('a:b:{c}', 2), (E'tab\there', 3), ('NULL', 4), ('"', 5) RETURNING slug, stars
UPDATE notes SET stars = stars * 10 WHERE slug IN (E'line\nbreak', 'a:b:{c}', 'NULL', '"') RETURNING slug, stars
-- restart
SELECT count(*), sum(loyalty), count(tier), count(*) FILTER (WHERE labels = '{new}') FROM accounts WHERE id >= 1000
SELECT slug, stars FROM notes ORDER BY slug

-- scenario: hunt_parameter_types_of_shadow_positions
-- params: ["grumpy", "{p,q}", "2"]
UPDATE accounts SET mood = $1, labels = $2 WHERE id = $3 RETURNING mood, labels
-- params: ["2025-03-03", "true", "4"]
UPDATE bills SET due = $1, paid = $2 WHERE id = $3 RETURNING due, paid
-- params: ["71", "1", "9.99", "false", "2026-01-01"]
INSERT INTO bills (id, account_id, amount, paid, due) VALUES ($1, $2, $3, $4, $5) RETURNING *
-- params: ["71", "1", "1", "2027-07-07"]
INSERT INTO bills (id, account_id, amount) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET due = $4, paid = NOT bills.paid RETURNING id, due, paid
-- params: ["{gold,silver}", "5"]
UPDATE accounts SET loyalty = coalesce(loyalty, 0) + $2 WHERE tier = ANY ($1) RETURNING id, loyalty
-- params: ["12.345", "1", "2"]
UPDATE line_items SET discount = $1 WHERE (order_id, line) = ($2, $3) RETURNING discount, discount * 2
-- params: ["3", "happy"]
UPDATE accounts SET loyalty = 1 WHERE id = $1 AND mood = $2 RETURNING loyalty + $1 AS plus, mood = $2 AS same
-- params: ["Nick ✓", "1"]
UPDATE "Users" SET "Nick" = $1 WHERE "Id" = $2 RETURNING "Nick"
-- params: ["472", "n", "5", null, "sad"]
INSERT INTO accounts (id, name, loyalty, tier, mood) SELECT $1, $2, $3, $4, $5 RETURNING *
SELECT id, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_restart_inside_a_transaction_loses_only_it
UPDATE accounts SET loyalty = 81 WHERE id = 1
BEGIN
UPDATE accounts SET loyalty = 82, tier = 'open' WHERE id = 1
INSERT INTO accounts (id, name, tier) VALUES (490, 'open', 'open')
DELETE FROM accounts WHERE id = 8
SET LOCAL TimeZone = 'Asia/Tokyo'
-- restart
SELECT id, loyalty, tier FROM accounts WHERE id IN (1, 8, 490) ORDER BY id
BEGIN
SAVEPOINT s
UPDATE accounts SET tier = 'in savepoint' WHERE id = 2
-- restart
SELECT id, tier FROM accounts WHERE id = 2
SET search_path = sales, public
-- restart
SELECT id, loyalty FROM accounts ORDER BY id

-- scenario: hunt_primary_key_change_with_parameters_and_same_value
-- params: ["600", "8"]
UPDATE accounts SET id = $1 WHERE id = $2 RETURNING id, loyalty, tier
-- params: ["it's \"q\"", "renamed"]
UPDATE notes SET slug = $2, stars = stars + 1 WHERE slug = $1 RETURNING *
UPDATE accounts SET id = id, tier = 'same key' WHERE id = 2 RETURNING id, loyalty, tier
UPDATE visits SET at = at + interval '1 hour', kind = kind || '+1h' WHERE visitor = '00000000-0000-0000-0000-000000000001' RETURNING at, kind
SELECT * FROM notes ORDER BY slug
SELECT visitor, at, kind FROM visits ORDER BY visitor, at
DELETE FROM bills WHERE account_id = 7
UPDATE accounts a SET id = v.n, tier = 'from ' || v.n FROM (VALUES (6, 700), (6, 700), (7, 702)) AS v(o, n) WHERE a.id = v.o RETURNING a.id, a.tier, a.loyalty
SELECT id, tier, loyalty FROM accounts WHERE id >= 600 ORDER BY id

-- scenario: hunt_landing_column_key_change
UPDATE sales.accounts SET id = id + 10 WHERE id IN (1, 2) RETURNING *
UPDATE sales.accounts SET id = 1, score = score + 1 WHERE id = 9 RETURNING *
SELECT * FROM sales.accounts ORDER BY id

-- ---------------------------------------------------------------- session settings
-- Values are parked as text the same whatever the writing session's DateStyle: a date written
-- under DMY must read back as the same day under the default MDY, in this session and others.
-- scenario: datestyle_dmy_update_then_iso_read
SET DateStyle = 'SQL, DMY'
UPDATE bills SET due = '2024-03-05' WHERE id = 1
SELECT id, due, due::text FROM bills WHERE id = 1
SET DateStyle = 'ISO, MDY'
SELECT id, due FROM bills ORDER BY id

-- scenario: datestyle_german_insert_and_arithmetic
SET DateStyle = 'German'
INSERT INTO bills (id, account_id, amount, due) VALUES (40, 1, 1.00, '05.03.2024'), (41, 1, 2.00, DEFAULT) RETURNING id, due
UPDATE bills SET due = due + 1 WHERE id IN (40, 41) RETURNING due
SET DateStyle = 'ISO, MDY'
SELECT id, due, due - DATE '2024-01-01' FROM bills WHERE id >= 40 ORDER BY id

-- scenario: datestyle_postgres_upsert_in_transaction
BEGIN
SET LOCAL DateStyle = 'Postgres, DMY'
INSERT INTO bills (id, account_id, amount, due) VALUES (1, 1, 9.99, '07-08-2025') ON CONFLICT (id) DO UPDATE SET due = EXCLUDED.due RETURNING id, due
COMMIT
SELECT id, due FROM bills WHERE id = 1
-- restart
SELECT id, due FROM bills WHERE id = 1
-- ---------------------------------------------------------------- partitioned tables, inheritance, views, triggers, generated columns
-- shipments (region, id) is partitioned by region (shipments_eu, shipments_us, shipments_rest)
-- with status text DEFAULT 'new', fragile boolean DEFAULT false, priority integer NOT NULL
-- DEFAULT 1 CHECK (priority > 0) declared on the parent; animals (id) has children dogs and
-- cats, with legs integer DEFAULT 4 and vaccinated boolean; heavy_shipments is a view over
-- shipments; appliances has an identity key, a generated column and a BEFORE UPDATE trigger
-- counting updates in touched (color text DEFAULT 'grey', stock integer DEFAULT 0); counters
-- has only an identity column GENERATED ALWAYS and a generated column besides its key (hits).

-- scenario: part_update_partition_read_parent
UPDATE shipments_eu SET status = 'delivered' WHERE id = 2 RETURNING *
SELECT * FROM shipments ORDER BY region, id
UPDATE shipments SET priority = priority + 1 WHERE region = 'us' RETURNING region, id, priority
SELECT id, status, priority FROM shipments_us ORDER BY id

-- scenario: part_insert_into_partition_and_parent
INSERT INTO shipments_us (region, id, weight, fragile) VALUES ('us', 10, 3, true) RETURNING *
INSERT INTO shipments (region, id, status) VALUES ('eu', 11, 'a'), ('mars', 12, 'b') RETURNING region, id, status, priority
SELECT * FROM shipments_rest ORDER BY id
SELECT * FROM shipments WHERE id >= 10 ORDER BY id

-- scenario: part_row_moves_between_partitions
UPDATE shipments SET region = 'us' WHERE region = 'eu' AND id = 1 RETURNING *
SELECT * FROM shipments_us ORDER BY id
SELECT * FROM shipments_eu ORDER BY id
UPDATE shipments SET region = 'us', status = 'moved' WHERE region = 'eu' AND id = 2 RETURNING *
SELECT * FROM shipments ORDER BY region, id

-- scenario: part_delete_then_insert_same_key
DELETE FROM shipments_eu WHERE id = 1 RETURNING id, status, fragile
INSERT INTO shipments VALUES ('eu', 1, 0) RETURNING *
DELETE FROM shipments WHERE status = 'lost' RETURNING region, id
INSERT INTO shipments_us VALUES ('us', 1, 2) RETURNING *

-- scenario: part_constraints_through_partitions
UPDATE shipments_us SET priority = 0 WHERE id = 1
INSERT INTO shipments_eu (region, id, priority) VALUES ('eu', 20, NULL)
INSERT INTO shipments (region, id, priority) VALUES ('us', 21, -1)
INSERT INTO shipments_eu (region, id, priority) VALUES ('us', 22, 2)
SELECT * FROM shipments ORDER BY region, id

-- scenario: part_upsert_on_parent_and_partition
INSERT INTO shipments (region, id, status) VALUES ('eu', 2, 'again'), ('eu', 30, 'new one') ON CONFLICT (region, id) DO UPDATE SET status = EXCLUDED.status || '!' RETURNING *
INSERT INTO shipments_us (region, id, fragile) VALUES ('us', 1, true) ON CONFLICT (region, id) DO UPDATE SET fragile = EXCLUDED.fragile, weight = shipments_us.weight + 1 RETURNING *
INSERT INTO shipments (region, id) VALUES ('us', 3) ON CONFLICT DO NOTHING RETURNING *
SELECT * FROM shipments ORDER BY region, id

-- scenario: part_transaction_rollback_and_params
BEGIN
UPDATE shipments_eu SET fragile = NOT fragile RETURNING id, fragile
SAVEPOINT a
UPDATE shipments SET status = 'sp' WHERE id = 1
ROLLBACK TO SAVEPOINT a
-- params: ["asia", "4", "held"]
UPDATE shipments_rest SET status = $3 WHERE region = $1 AND id = $2::integer RETURNING *
COMMIT
SELECT * FROM shipments ORDER BY region, id

-- scenario: inh_update_child_read_parent
UPDATE dogs SET legs = legs + 1 RETURNING *
SELECT id, legs, vaccinated FROM animals ORDER BY id
UPDATE cats SET vaccinated = true WHERE vaccinated IS NULL RETURNING id, name, vaccinated
SELECT * FROM cats ORDER BY id

-- scenario: inh_update_parent_reaches_children
UPDATE animals SET vaccinated = true WHERE legs = 4 RETURNING id, name, legs
SELECT * FROM dogs ORDER BY id
UPDATE ONLY animals SET legs = 2 RETURNING id, legs
SELECT id, legs FROM animals ORDER BY id

-- scenario: inh_insert_delete_children
INSERT INTO cats (id, name, legs) VALUES (7, 'Kit', 3) RETURNING *
INSERT INTO dogs VALUES (8, 'Bo', 'pug', 5, false) RETURNING *
DELETE FROM animals WHERE id = 5 RETURNING id, vaccinated
INSERT INTO cats (id, name) VALUES (5, 'Tom again') RETURNING *
DELETE FROM ONLY animals WHERE id = 1 RETURNING *
SELECT * FROM animals ORDER BY id

-- scenario: view_writes_through_auto_updatable_view
UPDATE heavy_shipments SET weight = weight + 1 WHERE region = 'us' RETURNING *
INSERT INTO heavy_shipments VALUES ('eu', 40, 50) RETURNING *
SELECT * FROM shipments ORDER BY region, id
UPDATE shipments SET status = 'heavy' WHERE (region, id) IN (SELECT region, id FROM heavy_shipments) RETURNING region, id, status
DELETE FROM heavy_shipments WHERE id = 4
SELECT * FROM shipments ORDER BY region, id

-- scenario: trigger_update_only_shadow_column
UPDATE appliances SET color = 'blue' WHERE id = 2 RETURNING *
UPDATE appliances SET stock = stock + 1 RETURNING id, touched, stock
SELECT * FROM appliances ORDER BY id

-- scenario: trigger_update_live_and_shadow
UPDATE appliances SET price = price + 5, stock = stock - 1 WHERE id < 3 RETURNING *
UPDATE appliances SET name = upper(name), color = name RETURNING id, name, color, touched, price_x2
SELECT * FROM appliances ORDER BY id

-- scenario: identity_and_generated_insert
INSERT INTO appliances (name, price, color) VALUES ('toaster', 3, 'white') RETURNING *
INSERT INTO appliances (name) VALUES ('clock') RETURNING id, color, stock, price_x2
INSERT INTO appliances OVERRIDING SYSTEM VALUE VALUES (50, DEFAULT, 'radio', 1, 0, 'black', 2) RETURNING *
INSERT INTO appliances (id, name) VALUES (51, 'no override')
SELECT * FROM appliances ORDER BY id

-- scenario: identity_always_only_other_column
UPDATE counters SET hits = hits + 1 RETURNING *
INSERT INTO counters (name, hits) VALUES ('c', 9) RETURNING *
INSERT INTO counters (name) VALUES ('a') ON CONFLICT (name) DO UPDATE SET hits = counters.hits * 10 RETURNING *
SELECT * FROM counters ORDER BY name

-- scenario: merge_reads_shadow_columns_writes_live
MERGE INTO appliances g USING animals a ON a.id = g.id WHEN MATCHED AND a.legs > 4 THEN UPDATE SET price = 99
MERGE INTO shipments s USING (VALUES ('eu', 1), ('us', 3)) v (r, i) ON s.region = v.r AND s.id = v.i WHEN MATCHED AND s.fragile THEN UPDATE SET weight = s.weight + s.priority WHEN MATCHED THEN DO NOTHING
SELECT * FROM appliances ORDER BY id
SELECT * FROM shipments ORDER BY region, id

-- scenario: cursor_with_hold_over_writes
BEGIN
UPDATE animals SET legs = 8 WHERE id = 2
DECLARE h CURSOR WITH HOLD FOR SELECT id, legs FROM animals ORDER BY id
COMMIT
FETCH 3 FROM h
MOVE 1 IN h
FETCH ALL FROM h
CLOSE h

-- scenario: locking_reads_then_writes
BEGIN
SELECT id, status FROM shipments_eu ORDER BY id FOR UPDATE SKIP LOCKED
SELECT id, legs FROM dogs ORDER BY id FOR NO KEY UPDATE NOWAIT
UPDATE shipments_eu SET fragile = NOT fragile RETURNING id, fragile
UPDATE dogs SET legs = 0 WHERE breed IS NULL RETURNING *
COMMIT
TABLE shipments_eu
TABLE dogs

-- scenario: part_upsert_after_insert_in_one_transaction
BEGIN
INSERT INTO shipments (region, id, fragile) VALUES ('eu', 50, true)
INSERT INTO shipments (region, id, status) VALUES ('eu', 50, 'x') ON CONFLICT (region, id) DO UPDATE SET status = EXCLUDED.status RETURNING *
INSERT INTO shipments_eu (region, id, status) VALUES ('eu', 50, 'y'), ('eu', 51, 'z') ON CONFLICT (region, id) DO UPDATE SET priority = shipments_eu.priority + 1 WHERE shipments_eu.fragile RETURNING *
COMMIT
INSERT INTO shipments (region, id) VALUES ('eu', 52), ('eu', 52) ON CONFLICT (region, id) DO UPDATE SET status = 'twice'
SELECT * FROM shipments ORDER BY region, id

-- scenario: part_and_children_multi_statement_and_parameters
UPDATE shipments_eu SET status = 'a' WHERE id = 1; UPDATE shipments SET status = status || 'b' WHERE region = 'eu' AND id = 1; SELECT status FROM shipments_eu WHERE id = 1
-- params: ["5", "7"]
UPDATE cats SET legs = $2::integer WHERE id = $1::integer RETURNING *
-- params: ["9", "Nemo", "false"]
INSERT INTO cats (id, name, vaccinated) VALUES ($1, $2, $3) RETURNING *
SELECT * FROM animals ORDER BY id
-- ---------------------------------------------------------------- types (gadgets)
-- gadgets(id integer PRIMARY KEY, name text NOT NULL, weight numeric, flags bit(3), lap interval
-- minute) with shadow columns
-- made_at timestamptz DEFAULT '2024-01-01 00:00:00+00', stamp timestamp(3) DEFAULT
-- '2024-01-01 12:00:00.12345', span interval DEFAULT '1 day', ratio double precision DEFAULT
-- 0.5, fscore real, big bigint DEFAULT 0, token uuid, doc jsonb DEFAULT '{"v": 1}' CHECK (NOT doc ?
-- 'bad'), raw json, blob bytea, total numeric DEFAULT 0, tag4 char(4) DEFAULT 'ab' CHECK (tag4
-- <> 'bad'), opens time, units posint DEFAULT 1
-- (domain over integer, CHECK (VALUE > 0)), nums int[] DEFAULT '{}', slots int4range, period
-- tstzrange, pt pair DEFAULT '(0,none)' (composite (x integer, label text)), codes varchar(3)[].
-- scenario: gadget_insert_every_type
INSERT INTO gadgets (id, name, made_at, stamp, span, ratio, fscore, big, token, doc, raw, blob, total, tag4, opens, units, nums, slots, period, pt) VALUES (10, 'all', '2024-07-01 12:00:00.5+02', '2024-07-01 12:00:00.4567', '2 days 03:00:00', 0.3, 1.25, 9223372036854775807, 'b0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12', '{"z": [1, {"y": null}], "a": "x"}', '{ "spaced" :  true }', '\xdeadbeef', 3.14159265358979323846, 'ab', '23:59:59.999999', 3, '{7,NULL,9}', '[3,9]', '[2024-01-01,2024-06-01)', '(4,"four, 4")') RETURNING *
SELECT * FROM gadgets WHERE id = 10
SELECT id, tag4 || '|', length(tag4), stamp, doc -> 'z', raw ->> 'spaced', encode(blob, 'hex') FROM gadgets ORDER BY id

-- scenario: gadget_insert_defaults_and_nulls
INSERT INTO gadgets (id, name) VALUES (11, 'defaults') RETURNING *
INSERT INTO gadgets (id, name, made_at, span, ratio, big, doc, total, tag4, units, nums, pt) VALUES (12, 'nulls', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL) RETURNING *
INSERT INTO gadgets (id, name, doc, raw, units) VALUES (13, 'json nulls', 'null', 'null', DEFAULT) RETURNING doc, raw, doc IS NULL, raw IS NULL, units
SELECT id, made_at, stamp, doc, raw, tag4, units, pt FROM gadgets WHERE id > 10 ORDER BY id

-- scenario: gadget_multi_row_insert
INSERT INTO gadgets (id, name, stamp, ratio, tag4, doc, blob, slots) VALUES (20, 'a', '2024-02-02 02:02:02.0005', 1e300, 'a', '[]', '', 'empty'), (21, 'b', NULL, -0.0, 'bb  ', '{"k": 1}', '\x00', '(1,2]'), (22, 'c', '2024-02-02 02:02:02.9999', 'Infinity', 'cccc', '"str"', NULL, '[,5)') RETURNING id, stamp, ratio, tag4, doc, blob, slots
SELECT id, stamp, ratio, tag4, length(tag4), doc, blob, slots FROM gadgets WHERE id >= 20 ORDER BY id

-- scenario: gadget_timestamp3_rounds_on_write
UPDATE gadgets SET stamp = '2024-05-05 10:00:00.12351' WHERE id = 1 RETURNING stamp
UPDATE gadgets SET stamp = '2024-12-31 23:59:59.9996' WHERE id = 2 RETURNING stamp, extract(year FROM stamp)
UPDATE gadgets SET stamp = stamp + interval '0.0004 seconds' WHERE id IN (1, 3) RETURNING id, stamp
UPDATE gadgets SET made_at = stamp::timestamptz + interval '0.5 ms' WHERE id = 4 RETURNING made_at
SELECT id, stamp, made_at FROM gadgets ORDER BY id

-- scenario: gadget_char_padding_on_write
UPDATE gadgets SET tag4 = 'a' WHERE id = 1 RETURNING tag4, tag4 || '|', length(tag4), octet_length(tag4)
UPDATE gadgets SET tag4 = 'abcd      ' WHERE id = 2 RETURNING tag4, octet_length(tag4)
UPDATE gadgets SET tag4 = 'abcde' WHERE id = 3
UPDATE gadgets SET tag4 = '' WHERE id = 3 RETURNING tag4, tag4 = '', octet_length(tag4)
UPDATE gadgets SET tag4 = name WHERE id = 4
UPDATE gadgets SET tag4 = left(name, 3) || ' ' WHERE id > 3 RETURNING id, tag4
UPDATE gadgets SET tag4 = 'ab' WHERE tag4 = 'ab  ' RETURNING id
SELECT id, tag4, concat(tag4, '|') FROM gadgets ORDER BY id

-- scenario: gadget_domain_check_on_write
INSERT INTO gadgets (id, name, units) VALUES (30, 'zero', 0)
INSERT INTO gadgets (id, name, units) VALUES (31, 'neg', -4), (32, 'ok', 4)
UPDATE gadgets SET units = units - 5 WHERE id = 1
UPDATE gadgets SET units = units - 1 WHERE id IN (1, 2) RETURNING id, units
UPDATE gadgets SET units = NULL WHERE id = 3 RETURNING units
INSERT INTO gadgets (id, name, units) VALUES (33, 'cast', '7') RETURNING units, units + 1
UPDATE gadgets SET units = 'x' WHERE id = 4
SELECT id, units FROM gadgets ORDER BY id

-- scenario: gadget_jsonb_updates
UPDATE gadgets SET doc = jsonb_set(doc, '{a}', '2') WHERE id IN (1, 4, 6) RETURNING id, doc
UPDATE gadgets SET doc = doc || '{"c": true}' WHERE doc @> '{"a": 2}' RETURNING id, doc
UPDATE gadgets SET doc = doc - 'b', raw = doc::json WHERE id = 1 RETURNING doc, raw
UPDATE gadgets SET raw = json_build_object('id', id, 'name', name) WHERE raw IS NULL RETURNING id, raw
UPDATE gadgets SET doc = '{"n": 1}' WHERE doc ->> 'k' = 'v' RETURNING doc -> 'n', doc
SELECT id, doc, raw FROM gadgets ORDER BY id

-- scenario: gadget_on_conflict_excluded
INSERT INTO gadgets (id, name, doc, big, tag4, span, nums, units) VALUES (1, 'again', '{"new": 1}', 8, 'q', '2 hours', '{8}', 9), (40, 'fresh', '{"f": 1}', 1, 'f', '1 hour', '{1}', 2) ON CONFLICT (id) DO UPDATE SET doc = gadgets.doc || EXCLUDED.doc, big = gadgets.big + EXCLUDED.big, tag4 = EXCLUDED.tag4, span = gadgets.span + EXCLUDED.span, nums = gadgets.nums || EXCLUDED.nums, units = EXCLUDED.units RETURNING id, name, doc, big, tag4, span, nums, units
INSERT INTO gadgets AS g (id, name, ratio, raw) VALUES (2, 'x', 2.5, '{"x": 1}') ON CONFLICT (id) DO UPDATE SET ratio = g.ratio * EXCLUDED.ratio, raw = EXCLUDED.raw, name = EXCLUDED.name RETURNING g.id, g.name, g.ratio, g.raw
INSERT INTO gadgets (id, name, units) VALUES (3, 'bad', 1) ON CONFLICT (id) DO UPDATE SET units = EXCLUDED.units - 1
INSERT INTO gadgets (id, name, tag4) VALUES (4, 'n', 'zz'), (41, 'm', 'mm') ON CONFLICT (id) DO NOTHING RETURNING id, tag4
SELECT * FROM gadgets ORDER BY id

-- scenario: gadget_update_from_other_columns
UPDATE gadgets SET big = units * 1000, ratio = big::float8 / 3, total = weight, tag4 = left(name, 4), nums = nums || id, span = span * id, raw = doc::json, blob = convert_to(name, 'UTF8'), fscore = weight WHERE id <> 2 RETURNING *
UPDATE gadgets SET made_at = made_at + span, opens = opens + span, period = tstzrange(made_at, made_at + span) WHERE id IN (1, 4, 6) RETURNING id, made_at, opens, period
SELECT * FROM gadgets ORDER BY id

-- scenario: gadget_parameters
-- params: ["50", "params", "2024-08-08 08:08:08.8888", "2.5e-3", "abc", "{\"p\": [1, 2]}", "\\x0102", "1.10", "45 minutes", "{1,2}", "[1,10)", "(9,nine)", "6"]
INSERT INTO gadgets (id, name, stamp, ratio, tag4, doc, blob, total, span, nums, slots, pt, units) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING *
-- params: ["{\"q\": 2}", "7", "abcdefg"]
UPDATE gadgets SET doc = doc || $1::jsonb, big = big + $2 WHERE id = 50 RETURNING doc, big
-- params: ["abcdefg"]
UPDATE gadgets SET tag4 = $1 WHERE id = 50
-- params: ["0"]
UPDATE gadgets SET units = $1 WHERE id = 50
-- params: [null, null, "1"]
UPDATE gadgets SET token = $1, raw = $2 WHERE id = $3 RETURNING token, raw
SELECT * FROM gadgets WHERE id IN (1, 50) ORDER BY id

-- scenario: gadget_delete_returning
DELETE FROM gadgets WHERE doc ? 'b' RETURNING id, doc, raw, blob, tag4, pt
DELETE FROM gadgets WHERE tag4 = 'abcd' AND raw::text LIKE '[%' RETURNING *
INSERT INTO gadgets (id, name) VALUES (1, 'back') RETURNING *
SELECT * FROM gadgets ORDER BY id

-- scenario: gadget_input_errors
INSERT INTO gadgets (id, name, token) VALUES (60, 'e', 'not-a-uuid')
INSERT INTO gadgets (id, name, doc) VALUES (60, 'e', '{bad')
INSERT INTO gadgets (id, name, raw) VALUES (60, 'e', '{"a": }')
INSERT INTO gadgets (id, name, span) VALUES (60, 'e', 'forever')
INSERT INTO gadgets (id, name, big) VALUES (60, 'e', 9223372036854775808)
INSERT INTO gadgets (id, name, slots) VALUES (60, 'e', '[5,1)')
INSERT INTO gadgets (id, name, opens) VALUES (60, 'e', '25:00:01')
INSERT INTO gadgets (id, name, pt) VALUES (60, 'e', '(x,y)')
INSERT INTO gadgets (id, name, blob) VALUES (60, 'e', '\xZZ')
INSERT INTO gadgets (id, name, nums) VALUES (60, 'e', '{a}')
INSERT INTO gadgets (id, name, fscore) VALUES (60, 'e', 1e39)
INSERT INTO gadgets (id, name, stamp) VALUES (60, 'e', '2024-02-30')
UPDATE gadgets SET big = big * 2 WHERE id = 2
SELECT count(*) FROM gadgets

-- scenario: gadget_transaction_savepoints
BEGIN
UPDATE gadgets SET doc = '{"t": 1}', span = '1 week' WHERE id = 1
SAVEPOINT s
UPDATE gadgets SET units = 0 WHERE id = 1
ROLLBACK TO SAVEPOINT s
UPDATE gadgets SET tag4 = 'sp', blob = '\x7f' WHERE id = 1 RETURNING doc, span, tag4, blob
SAVEPOINT t
DELETE FROM gadgets WHERE id = 2
ROLLBACK TO SAVEPOINT t
COMMIT
SELECT * FROM gadgets ORDER BY id

-- scenario: gadget_insert_select
INSERT INTO gadgets (id, name, made_at, doc, tag4, units, stamp, raw, pt) SELECT id + 100, name, made_at + interval '1 day', doc, tag4, units + 1, '2024-06-06 06:06:06.6666', raw, pt FROM gadgets WHERE id < 5 RETURNING id, made_at, doc, tag4, units, stamp, raw, pt
INSERT INTO gadgets (id, name, doc, tag4, span, opens, slots, pt, stamp, units, big) SELECT 120, 'lit', '{"x": 1}', 'abc ', '1 hour', '12:00', '[1,2)', '(5,five)', '2024-01-01 00:00:00.0009', '3', '12' RETURNING *
INSERT INTO gadgets (id, name, units) SELECT id + 200, name, units - 1 FROM gadgets WHERE id < 4
SELECT id, name, doc, tag4, units, stamp FROM gadgets ORDER BY id

-- scenario: gadget_float_writes
UPDATE gadgets SET ratio = ratio / 3, fscore = 1.0 / 3 WHERE id IN (1, 4, 6) RETURNING id, ratio, fscore
UPDATE gadgets SET ratio = 'NaN', fscore = '-Infinity' WHERE id = 5 RETURNING ratio, fscore
UPDATE gadgets SET fscore = 16777217, ratio = 0.1 + 0.2 WHERE id = 6 RETURNING fscore, ratio, ratio = 0.3
UPDATE gadgets SET big = 9007199254740993, total = 1e-20 WHERE id = 6 RETURNING big, big::float8, total
SELECT sum(ratio), avg(fscore), sum(big), avg(big), sum(total) FROM gadgets WHERE id <> 5
SELECT id, ratio, fscore, big, total FROM gadgets ORDER BY id

-- scenario: gadget_composite_range_array_writes
UPDATE gadgets SET pt = ROW(7, 'seven') WHERE id = 1 RETURNING pt, (pt).label
UPDATE gadgets SET pt = ROW((pt).x + 1, upper((pt).label))::pair WHERE (pt).x IS NOT NULL RETURNING id, pt
UPDATE gadgets SET slots = slots * '[2,4)', nums = array_append(nums, 7), period = tstzrange(lower(period), '2024-03-01') WHERE slots IS NOT NULL RETURNING id, slots, nums, period
UPDATE gadgets SET nums = nums[2:3] WHERE array_length(nums, 1) > 1 RETURNING id, nums
UPDATE gadgets SET blob = blob || '\x01'::bytea, opens = opens + interval '13 hours' WHERE blob IS NOT NULL RETURNING id, blob, opens
SELECT id, pt, slots, nums, period, blob, opens FROM gadgets ORDER BY id
-- refused
UPDATE gadgets SET pt.x = 1 WHERE id = 1

-- scenario: gadget_update_key_moves_values
UPDATE gadgets SET id = id + 100 WHERE id IN (1, 3) RETURNING id, doc, tag4, blob, stamp
UPDATE gadgets SET id = 2, name = 'clash' WHERE id = 101
SELECT * FROM gadgets ORDER BY id

-- scenario: gadget_multi_statement_string
UPDATE gadgets SET big = big + 1 WHERE id = 1; UPDATE gadgets SET units = 0 WHERE id = 2; SELECT 1
UPDATE gadgets SET big = big + 1, doc = '{}' WHERE id = 1; INSERT INTO gadgets (id, name, tag4) VALUES (70, 'ms', 'ms'); SELECT id, big, doc, tag4 FROM gadgets WHERE id IN (1, 70) ORDER BY id

-- scenario: gadget_insert_select_literals_take_the_live_columns_typmods
INSERT INTO gadgets (id, name, lap) SELECT 90, 'lap', '5' RETURNING id, lap, tag4
INSERT INTO gadgets (id, name, lap, flags) SELECT 91, 'both', '90', '110' RETURNING *
INSERT INTO gadgets (id, name, flags) SELECT 92, 'bits', '1011'
INSERT INTO gadgets (id, name, flags, tag4) SELECT 93, 'bits', '10', 'ab'
INSERT INTO gadgets (id, name, lap, units) VALUES (94, 'values', '7', 2) RETURNING lap, units
SELECT id, name, flags, lap FROM gadgets ORDER BY id

-- scenario: gadget_update_from_join_and_subqueries
UPDATE gadgets g SET doc = o.doc || g.doc, raw = o.raw, tag4 = o.tag4, blob = o.blob FROM gadgets o WHERE o.id = g.id + 3 RETURNING g.id, g.doc, g.raw, g.tag4, g.blob, o.id
UPDATE gadgets SET (doc, tag4, span) = (SELECT doc, tag4, span * 2 FROM gadgets WHERE id = 1) WHERE id IN (5, 6) RETURNING id, doc, tag4, span
UPDATE gadgets SET (ratio, pt) = (ratio * 10, ROW(id, name)) WHERE id < 3 RETURNING id, ratio, pt
UPDATE gadgets SET raw = raw, doc = doc WHERE raw IS NOT NULL RETURNING id, raw
UPDATE gadgets SET stamp = DEFAULT, tag4 = DEFAULT, units = DEFAULT, pt = DEFAULT WHERE id = 1 RETURNING stamp, tag4, units, pt
UPDATE gadgets SET nums = (SELECT array_agg(units ORDER BY id) FROM gadgets) WHERE id = 2 RETURNING nums
SELECT * FROM gadgets ORDER BY id

-- scenario: gadget_merge_reads_shadow_columns
MERGE INTO gadgets g USING (VALUES (1, 'm1'), (4, 'm4'), (9, 'm9')) AS v(id, name) ON g.id = v.id WHEN MATCHED AND g.doc ? 'a' AND g.tag4 = 'z' THEN UPDATE SET name = v.name || g.tag4 WHEN MATCHED THEN UPDATE SET name = v.name || '/' || (g.doc ->> 'b')
SELECT id, name FROM gadgets ORDER BY id
-- refused
MERGE INTO gadgets g USING (VALUES (1)) AS v(id) ON g.id = v.id WHEN MATCHED THEN UPDATE SET doc = '{}'

-- scenario: gadget_delete_using_and_upsert_defaults
DELETE FROM gadgets g USING bills b WHERE b.id = g.id AND g.units > 2 AND b.amount > 10 RETURNING g.id, g.units, g.doc, b.amount
INSERT INTO gadgets (id, name, tag4, stamp) VALUES (2, 'dflt', 'zz', '2024-01-01') ON CONFLICT (id) DO UPDATE SET tag4 = DEFAULT, stamp = DEFAULT, doc = DEFAULT, units = DEFAULT RETURNING id, tag4, stamp, doc, units
INSERT INTO gadgets (id, name, stamp, raw) VALUES (4, 'back', '2024-09-09 09:09:09.99999', '[]') ON CONFLICT (id) DO UPDATE SET stamp = EXCLUDED.stamp, raw = EXCLUDED.raw, name = EXCLUDED.name RETURNING *
SELECT * FROM gadgets ORDER BY id

-- scenario: gadget_insert_returning_expressions
INSERT INTO gadgets AS g (id, name, doc, nums, span, tag4, blob) VALUES (60, 'r', '{"a": [1, 2]}', '{3,1,2}', '36 hours', 'r', '\x6869') RETURNING g.doc -> 'a' -> 1, array_length(g.nums, 1), justify_hours(g.span), g.tag4 || '|', convert_from(g.blob, 'UTF8'), row_to_json(g) ->> 'tag4', (SELECT count(*) FROM gadgets WHERE units >= g.units)
INSERT INTO gadgets (id, name, raw) VALUES (61, 'r2', '{"dup": 1, "dup": 2}') RETURNING raw, raw ->> 'dup', raw::jsonb
INSERT INTO gadgets (id, name, units) VALUES (62, 'names', 3) RETURNING (SELECT max(big) FROM gadgets), EXISTS (SELECT 1 FROM gadgets WHERE units > 4), ARRAY(SELECT id FROM gadgets WHERE id < 3 ORDER BY id), NULLIF(units, 3), GREATEST(units, 2), CASE WHEN id > 1 THEN 1 ELSE units END, ARRAY[units]::int[], ROW(units, tag4)::text, (VALUES (tag4)), current_user
SELECT id, raw, doc, nums FROM gadgets WHERE id >= 60 ORDER BY id

-- scenario: gadget_column_checks_on_typed_values
UPDATE gadgets SET tag4 = 'bad ' WHERE id = 1
UPDATE gadgets SET tag4 = 'bad' WHERE id = 99
INSERT INTO gadgets (id, name, tag4) VALUES (70, 'b', 'bad')
INSERT INTO gadgets (id, name, doc) VALUES (71, 'd', '{"bad": 1}')
UPDATE gadgets SET doc = doc || '{"bad": true}' WHERE id = 2
UPDATE gadgets SET doc = doc || '{"good": true}', tag4 = 'good' WHERE id = 2 RETURNING doc, tag4
INSERT INTO gadgets (id, name, doc) VALUES (1, 'conflict', '{"x": 1}') ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc || '{"bad": 0}'
INSERT INTO gadgets (id, name, raw) VALUES (72, 'j', '{}') ON CONFLICT (id) DO UPDATE SET raw = EXCLUDED.raw WHERE gadgets.raw IS DISTINCT FROM EXCLUDED.raw
INSERT INTO gadgets (id, name, doc) VALUES (4, 'j', '{"a": 1}') ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name WHERE gadgets.doc = EXCLUDED.doc RETURNING id, name, doc
SELECT id, tag4, doc FROM gadgets ORDER BY id

-- scenario: gadget_array_of_varchar_lengths
UPDATE gadgets SET codes = '{abcd}' WHERE id = 1
UPDATE gadgets SET codes = ARRAY['ok', 'toolong'] WHERE id = 2
UPDATE gadgets SET codes = '{{ab,cd},{ef,ghij}}' WHERE id = 3
UPDATE gadgets SET codes = '{"abc   ",x,NULL}' WHERE id = 1 RETURNING codes, codes[1] || '|', array_length(codes, 1)
INSERT INTO gadgets (id, name, codes) VALUES (80, 'v', ARRAY['a', 'bcde'])
INSERT INTO gadgets (id, name, codes) SELECT 81, 's', '{xyzw}'
INSERT INTO gadgets (id, name, codes) SELECT 82, 's', '{"xyz  "}' RETURNING codes
UPDATE gadgets SET codes = codes || name::varchar WHERE id = 2
UPDATE gadgets SET codes = codes || left(name, 3)::varchar WHERE id IN (1, 2) RETURNING id, codes
SELECT id, codes FROM gadgets ORDER BY id

-- scenario: gadget_insert_select_input_errors
INSERT INTO gadgets (id, name, doc) SELECT 61, 'e', '{bad'
INSERT INTO gadgets (id, name, lap) SELECT 62, 'e', 'forever'
INSERT INTO gadgets (id, name, flags) SELECT 63, 'e', '12'
INSERT INTO gadgets (id, name, stamp, tag4) SELECT 64, 'e', '2024-13-01', 'ab'
INSERT INTO gadgets (id, name, units) SELECT 65, 'e', 'x'
INSERT INTO gadgets (id, name, units) SELECT 66, 'e', '-1'
INSERT INTO gadgets (id, name, pt, codes) SELECT 67, 'e', '(1,a)', '{abc,defg}'
-- params: ["68", "p", "not json"]
INSERT INTO gadgets (id, name, raw) SELECT $1, $2, $3
-- params: ["69", "p", "5", "101"]
INSERT INTO gadgets (id, name, lap, flags) SELECT $1, $2, $3, $4 RETURNING lap, flags
-- params: ["70", "p", "1011"]
INSERT INTO gadgets (id, name, flags) SELECT $1, $2, $3
SELECT count(*) FROM gadgets

-- scenario: gadget_composite_assignment_errors
UPDATE gadgets SET pt = ROW(1, 'a', 'extra') WHERE id = 1
UPDATE gadgets SET pt = ROW('x', 'a') WHERE id = 1
INSERT INTO gadgets (id, name, pt) VALUES (95, 'p', (5, 'five')), (96, 'q', ROW(NULL, NULL)) RETURNING pt, pt IS NULL
UPDATE gadgets SET pt = (SELECT pt FROM gadgets WHERE id = 1) WHERE id = 2 RETURNING pt
INSERT INTO gadgets (id, name, pt) VALUES (97, 'r', ROW(1)) RETURNING pt
SELECT id, pt FROM gadgets ORDER BY id

-- scenario: gadget_positional_inserts
INSERT INTO gadgets SELECT id + 100, name, weight, flags, lap, made_at, stamp, span, ratio, fscore, big, token, doc, raw, blob, total, tag4, opens, units, nums, slots, period, pt, codes FROM gadgets WHERE id < 4 RETURNING *
INSERT INTO gadgets VALUES (200, 'pos', 1, '101', '5', '2024-01-01', '2024-01-01 00:00:00.0001', '1 day', 1, 2, 3, NULL, '{"p": 1}', '[]', '\x00', 5, 'ab', '10:00', 3, '{1}', '[1,2)', NULL, '(1,a)', '{a}') RETURNING *
INSERT INTO gadgets SELECT 201, 'sel', 2, '011', '7', '2024-02-02 00:00+00', '2024-01-01 00:00:00.0006', '2 days', 0.5, 1.5, 9, NULL, '{}', 'null', NULL, 1, 'cd  ', NULL, 4, '{}', NULL, NULL, NULL, '{b,c}' RETURNING *
INSERT INTO gadgets VALUES (202, 'short', 1)
INSERT INTO gadgets SELECT * FROM gadgets WHERE id = 1
SELECT * FROM gadgets WHERE id >= 100 ORDER BY id
-- ---------------------------------------------------------------- hunt: the write path (savepoints, upserts, keys, restarts)
-- scenario: hw_nested_savepoints_same_row
BEGIN
UPDATE accounts SET loyalty = 1, tier = 'a' WHERE id = 1
SAVEPOINT s1
UPDATE accounts SET loyalty = loyalty + 10 WHERE id = 1
SAVEPOINT s2
UPDATE accounts SET loyalty = loyalty + 100, tier = tier || 'b' WHERE id = 1
RELEASE SAVEPOINT s2
SELECT loyalty, tier FROM accounts WHERE id = 1
SAVEPOINT s3
DELETE FROM bills WHERE account_id = 1
DELETE FROM accounts WHERE id = 1 RETURNING loyalty, tier
INSERT INTO accounts (id, name, mood) VALUES (1, 'again', 'sad') RETURNING *
SAVEPOINT s4
UPDATE accounts SET loyalty = loyalty + 1000 WHERE id = 1
ROLLBACK TO SAVEPOINT s4
SELECT id, loyalty, tier, mood, labels FROM accounts WHERE id = 1
ROLLBACK TO SAVEPOINT s3
SELECT id, name, loyalty, tier, mood FROM accounts WHERE id = 1
ROLLBACK TO SAVEPOINT s1
SELECT id, loyalty, tier FROM accounts WHERE id = 1
UPDATE accounts SET loyalty = loyalty * 3 WHERE id = 1
RELEASE SAVEPOINT s1
COMMIT
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id
SELECT id, paid FROM bills ORDER BY id

-- scenario: hw_savepoint_release_then_rollback_outer
BEGIN
SAVEPOINT a
UPDATE accounts SET tier = 'a1' WHERE id = 2
SAVEPOINT b
UPDATE accounts SET tier = tier || 'b1' WHERE id = 2
INSERT INTO accounts (id, name, loyalty) VALUES (900, 'b', 9)
RELEASE SAVEPOINT b
ROLLBACK TO SAVEPOINT a
SELECT id, tier FROM accounts WHERE id IN (2, 900) ORDER BY id
UPDATE accounts SET tier = tier || 'c' WHERE id = 2
SAVEPOINT c
INSERT INTO accounts (id, name, loyalty) VALUES (900, 'c', 10)
RELEASE c
COMMIT
SELECT id, tier, loyalty FROM accounts ORDER BY id

-- scenario: hw_multi_statement_later_statement_fails
UPDATE accounts SET loyalty = 5 WHERE id = 1; INSERT INTO accounts (id, name, tier) VALUES (901, 'x', 'y'); DELETE FROM accounts WHERE id = 8; INSERT INTO orders (id, item, note, qty) VALUES (1, 'x', 'n', 0)
SELECT id, loyalty, tier FROM accounts ORDER BY id
INSERT INTO accounts (id, name, loyalty) VALUES (1, 'a', 1) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty + 1; UPDATE line_items SET discount = discount + 1; INSERT INTO accounts (id, name) VALUES (2, 'dup')
SELECT id, loyalty FROM accounts WHERE id = 1
SELECT * FROM line_items ORDER BY order_id, line
UPDATE accounts SET tier = 'ok' WHERE id = 3; UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 3 RETURNING loyalty; UPDATE orders SET note = NULL
SELECT id, tier, loyalty FROM accounts WHERE id = 3

-- scenario: hw_upsert_same_key_twice
INSERT INTO accounts (id, name, loyalty) VALUES (902, 'a', 1), (902, 'b', 2) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty + excluded.loyalty
INSERT INTO line_items (order_id, line, discount) VALUES (1, 1, 1), (1, 1, 2) ON CONFLICT (order_id, line) DO UPDATE SET discount = excluded.discount
INSERT INTO accounts (id, name, tier) VALUES (903, 'a', 'first'), (903, 'b', 'second') ON CONFLICT DO NOTHING RETURNING id, name, tier
INSERT INTO accounts (id, name, tier) VALUES (3, 'a', 'first'), (3, 'b', 'second') ON CONFLICT (id) DO NOTHING RETURNING id, name, tier
SELECT id, name, loyalty, tier FROM accounts ORDER BY id
BEGIN
INSERT INTO accounts (id, name, tier) VALUES (904, 'a', 'x')
SAVEPOINT s
INSERT INTO accounts (id, name, tier) VALUES (904, 'a', 'y'), (904, 'b', 'z') ON CONFLICT (id) DO UPDATE SET tier = excluded.tier
ROLLBACK TO s
INSERT INTO accounts (id, name, tier) VALUES (904, 'a', 'y') ON CONFLICT (id) DO UPDATE SET tier = accounts.tier || excluded.tier RETURNING tier
COMMIT
SELECT id, tier FROM accounts WHERE id >= 900 ORDER BY id

-- scenario: hw_upsert_do_update_where_shadow_and_returning
INSERT INTO accounts AS a (id, name, loyalty, tier) VALUES (1, 'x', 1, 'n1'), (2, 'y', 2, 'n2'), (4, 'z', 3, 'n4'), (905, 'w', 4, 'n5') ON CONFLICT (id) DO UPDATE SET tier = excluded.tier, loyalty = coalesce(a.loyalty, 0) + excluded.loyalty WHERE a.tier IS NOT NULL AND a.mood = 'happy' RETURNING a.id, a.name, a.loyalty, a.tier, a.mood, a.labels
INSERT INTO accounts AS a (id, name, labels) VALUES (1, 'x', '{u}') ON CONFLICT ON CONSTRAINT accounts_pkey DO UPDATE SET labels = a.labels || excluded.labels WHERE 'vip' = ANY (a.labels) RETURNING labels
INSERT INTO accounts AS a (id, name, labels) VALUES (1, 'x', '{u}') ON CONFLICT ON CONSTRAINT accounts_pkey DO UPDATE SET labels = a.labels || excluded.labels WHERE 'vip' = ANY (excluded.labels) RETURNING labels
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hw_key_change_reading_shadow_columns
UPDATE accounts SET id = loyalty + 900 WHERE id = 4 RETURNING id, loyalty, mood
UPDATE accounts SET id = -id, tier = 'neg ' || coalesce(tier, '-') WHERE id IN (6, 7) RETURNING id, tier
UPDATE line_items SET line = line + 10, discount = discount - 1 WHERE discount > 0 RETURNING *
SELECT id, loyalty, tier, mood FROM accounts ORDER BY id
SELECT * FROM line_items ORDER BY order_id, line

-- scenario: hw_delete_using_and_reinsert_in_transaction
BEGIN
DELETE FROM bills b USING accounts a WHERE a.id = b.account_id AND a.loyalty IS NOT NULL RETURNING b.id, b.paid, b.due, a.loyalty
DELETE FROM accounts a USING (VALUES (4), (5)) v(id) WHERE a.id = v.id RETURNING a.id, a.loyalty, a.mood
INSERT INTO accounts (id, name) VALUES (4, 'four') RETURNING *
UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 4 RETURNING loyalty
INSERT INTO accounts (id, name, loyalty) VALUES (5, 'five', 50) ON CONFLICT DO NOTHING RETURNING *
INSERT INTO accounts (id, name, loyalty) VALUES (5, 'five', 51) ON CONFLICT DO NOTHING RETURNING *
INSERT INTO bills (id, account_id, amount) VALUES (4, 4, 1) RETURNING *
COMMIT
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id
SELECT id, account_id, paid, due FROM bills ORDER BY id

-- scenario: hw_prepared_many_times_with_nulls
-- params: ["1", "1"]
UPDATE accounts SET loyalty = $1, tier = $2 WHERE id = $2::int RETURNING id, loyalty, tier
-- params: [null, "2"]
UPDATE accounts SET loyalty = $1, tier = $2 WHERE id = $2::int RETURNING id, loyalty, tier
-- params: ["3", "3"]
UPDATE accounts SET loyalty = $1, tier = $2 WHERE id = $2::int RETURNING id, loyalty, tier
-- params: [null, "4"]
UPDATE accounts SET loyalty = $1, tier = $2 WHERE id = $2::int RETURNING id, loyalty, tier
-- params: ["5", "5"]
UPDATE accounts SET loyalty = $1, tier = $2 WHERE id = $2::int RETURNING id, loyalty, tier
-- params: ["6", "6"]
UPDATE accounts SET loyalty = $1, tier = $2 WHERE id = $2::int RETURNING id, loyalty, tier
-- params: [null, "7"]
UPDATE accounts SET loyalty = $1, tier = $2 WHERE id = $2::int RETURNING id, loyalty, tier
-- params: ["x", "8"]
UPDATE accounts SET loyalty = $1, tier = $2 WHERE id = $2::int RETURNING id, loyalty, tier
-- params: ["10", "a", "n"]
INSERT INTO orders (id, item, note) VALUES ($1, $2, $3) RETURNING *
-- params: ["11", "b", null]
INSERT INTO orders (id, item, note) VALUES ($1, $2, $3) RETURNING *
-- params: ["12", "c", "m"]
INSERT INTO orders (id, item, note) VALUES ($1, $2, $3) RETURNING *
-- params: ["13", "d", "o"]
INSERT INTO orders (id, item, note) VALUES ($1, $2, $3) RETURNING *
-- params: ["14", "e", "p"]
INSERT INTO orders (id, item, note) VALUES ($1, $2, $3) RETURNING *
-- params: ["15", "f", null]
INSERT INTO orders (id, item, note) VALUES ($1, $2, $3) RETURNING *
-- params: ["16", "g", "q"]
INSERT INTO orders (id, item, note) VALUES ($1, $2, $3) RETURNING *
-- params: [null, "10"]
UPDATE orders SET qty = $1 WHERE id = $2 RETURNING qty
-- params: ["0", "12"]
UPDATE orders SET qty = $1 WHERE id = $2 RETURNING qty
-- params: ["4", "12"]
UPDATE orders SET qty = $1 WHERE id = $2 RETURNING qty
-- params: ["5", "13"]
UPDATE orders SET qty = $1 WHERE id = $2 RETURNING qty
-- params: ["6", "14"]
UPDATE orders SET qty = $1 WHERE id = $2 RETURNING qty
-- params: ["7", "16"]
UPDATE orders SET qty = $1 WHERE id = $2 RETURNING qty
-- params: [null, "16"]
UPDATE orders SET qty = $1 WHERE id = $2 RETURNING qty
SELECT * FROM orders ORDER BY id
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hw_not_null_and_check_positional_and_set_null
INSERT INTO orders VALUES (20, 'x')
INSERT INTO orders VALUES (21, 'x', 2, 'c', NULL)
INSERT INTO orders VALUES (22, 'x', DEFAULT, NULL, 'n') RETURNING *
INSERT INTO orders VALUES (23, 'x', NULL, NULL, 'n')
INSERT INTO orders VALUES (24, 'x', -1, NULL, 'n')
INSERT INTO orders VALUES (25, 'x', 3, 'abcdef', 'n')
INSERT INTO orders SELECT 26, 'y', 2, NULL, NULL
INSERT INTO orders SELECT 27, 'y', 2, NULL, 'ok' RETURNING *
UPDATE orders SET note = NULL WHERE id = 22
UPDATE orders SET qty = NULL WHERE id = 27
UPDATE orders SET qty = DEFAULT, note = 'back' WHERE id = 27 RETURNING *
UPDATE orders SET (qty, note) = (0, 'z') WHERE id = 22
UPDATE orders SET (qty, note) = (SELECT 5, NULL::text) WHERE id = 22
UPDATE orders SET qty = qty - 1 WHERE id IN (22, 27) RETURNING id, qty
SELECT * FROM orders ORDER BY id

-- scenario: hw_restart_after_commit_and_savepoints
BEGIN
UPDATE accounts SET loyalty = 71, tier = 't71' WHERE id = 1
SAVEPOINT a
UPDATE accounts SET loyalty = 72 WHERE id = 1
INSERT INTO accounts (id, name, tier) VALUES (910, 'sp', 'gone')
ROLLBACK TO SAVEPOINT a
INSERT INTO accounts (id, name, tier) VALUES (911, 'kept', 'kept')
DELETE FROM accounts WHERE id = 8
COMMIT
-- restart
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id
BEGIN
UPDATE accounts SET loyalty = 73 WHERE id = 1
SAVEPOINT b
UPDATE accounts SET loyalty = 74 WHERE id = 1
ROLLBACK TO SAVEPOINT b
-- restart
SELECT id, loyalty, tier FROM accounts WHERE id = 1
INSERT INTO accounts (id, name) VALUES (8, 'back') RETURNING *
-- restart
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hw_no_primary_key_live_writes_reading_shadow
UPDATE events SET payload = 'seen? ' || seen::text WHERE NOT seen RETURNING kind, payload, seen
DELETE FROM events WHERE kind = 'logout' AND seen IS FALSE RETURNING *
INSERT INTO events (kind) VALUES ('x') RETURNING kind, seen
-- refused
UPDATE events SET seen = NOT seen, payload = 'p' WHERE kind = 'x'
-- refused
INSERT INTO events VALUES ('pos', 'p', true)
SELECT * FROM events ORDER BY kind, payload

-- scenario: hw_any_over_shadow_arrays
UPDATE accounts SET tier = CASE WHEN 'vip' = ANY (labels) THEN 'v' ELSE 'n' END WHERE 'new' = ANY (labels) OR 'early' = ANY (labels) RETURNING id, tier, 'new' = ANY (labels) AS fresh
INSERT INTO accounts AS a (id, name, labels) VALUES (1, 'x', '{vip}'), (920, 'y', '{z}') ON CONFLICT (id) DO UPDATE SET tier = 'was vip' WHERE 'vip' = ANY (a.labels) AND 'vip' = ALL (excluded.labels) RETURNING id, tier, 'z' = ANY (labels) AS z
INSERT INTO accounts AS a (id, name, labels) VALUES (2, 'x', '{a,b}') ON CONFLICT (id) DO UPDATE SET labels = ARRAY(SELECT unnest(excluded.labels) ORDER BY 1 DESC), loyalty = array_length(excluded.labels, 1) WHERE 'a' = ANY (excluded.labels) RETURNING labels, loyalty
DELETE FROM accounts WHERE 'z' = ANY (labels) RETURNING id, 'z' = ANY (labels)
SELECT id, tier, labels, loyalty FROM accounts ORDER BY id

-- scenario: hw_upsert_on_unique_key_not_primary
INSERT INTO hunt_w_members (id, email, points, nick) VALUES (10, 'a@x', 3, 'A'), (11, 'new@x', 4, 'N') ON CONFLICT (email) DO UPDATE SET points = hunt_w_members.points + EXCLUDED.points, nick = EXCLUDED.nick RETURNING id, email, points, lo, hi, nick
INSERT INTO hunt_w_members AS m (id, email, handle, nick) VALUES (12, 'z@x', 'bob', 'H') ON CONFLICT (handle) DO UPDATE SET nick = m.nick || '+' || EXCLUDED.nick, email = EXCLUDED.email RETURNING m.id, m.email, m.nick, m.points
INSERT INTO hunt_w_members (id, email, nick) VALUES (13, 'c@x', 'C') ON CONFLICT ON CONSTRAINT hunt_w_members_email_key DO NOTHING RETURNING id, nick
INSERT INTO hunt_w_members (id, email, nick) VALUES (14, 'c@x', 'C') ON CONFLICT DO NOTHING RETURNING id, nick
INSERT INTO hunt_w_members (id, email, points) VALUES (3, 'q@x', 7) ON CONFLICT (email) DO UPDATE SET points = 1
SELECT * FROM hunt_w_members ORDER BY id

-- scenario: hw_upsert_on_unique_key_changes_primary_key
INSERT INTO hunt_w_members (id, email, nick) VALUES (1, 'a@x', 'same') ON CONFLICT (id) DO UPDATE SET id = EXCLUDED.id, nick = EXCLUDED.nick RETURNING *
INSERT INTO hunt_w_members (id, email, nick) VALUES (2, 'b@x', 'same') ON CONFLICT ON CONSTRAINT hunt_w_members_pkey DO UPDATE SET id = EXCLUDED.id, email = EXCLUDED.email RETURNING *
SELECT * FROM hunt_w_members ORDER BY id
-- refused
INSERT INTO hunt_w_members (id, email, nick) VALUES (20, 'a@x', 'moved') ON CONFLICT (email) DO UPDATE SET id = EXCLUDED.id, nick = EXCLUDED.nick RETURNING *
-- refused
INSERT INTO hunt_w_members (id, email) VALUES (21, 'b@x') ON CONFLICT ON CONSTRAINT hunt_w_members_email_key DO UPDATE SET id = EXCLUDED.id
SELECT * FROM hunt_w_members ORDER BY id

-- scenario: hw_check_naming_two_shadow_columns
UPDATE hunt_w_members SET hi = 0 WHERE id = 1
UPDATE hunt_w_members SET lo = 4 WHERE id = 1
UPDATE hunt_w_members SET lo = 2 WHERE id = 1 RETURNING lo, hi
UPDATE hunt_w_members SET lo = 11 WHERE id = 2
UPDATE hunt_w_members SET lo = 11, hi = 12 WHERE id = 2 RETURNING lo, hi
UPDATE hunt_w_members SET (lo, hi) = (hi, lo) WHERE id = 2
UPDATE hunt_w_members SET lo = hi, hi = lo + 1 WHERE id = 1 RETURNING lo, hi
UPDATE hunt_w_members SET lo = NULL WHERE id = 3 RETURNING lo, hi
UPDATE hunt_w_members SET hi = DEFAULT WHERE id IN (1, 2)
UPDATE hunt_w_members SET points = points - 10 WHERE id = 1
UPDATE hunt_w_members SET points = NULL WHERE id = 2
INSERT INTO hunt_w_members (id, email, lo) VALUES (30, 'lo@x', 20)
INSERT INTO hunt_w_members (id, email, lo, hi) VALUES (30, 'lo@x', 20, 25), (31, 'l1@x', 5, DEFAULT) RETURNING *
INSERT INTO hunt_w_members (id, email, lo, hi) VALUES (32, 'l2@x', 5, 4), (33, 'l3@x', 1, 2)
INSERT INTO hunt_w_members VALUES (34, 'p@x', NULL, 1, 9, 8, 'pos') RETURNING *
INSERT INTO hunt_w_members VALUES (35, 'p2@x', NULL, 1, 9, 10)
INSERT INTO hunt_w_members (id, email, lo) SELECT 36, 's@x', 11
INSERT INTO hunt_w_members (id, email, lo) SELECT 37, 's@x', 10 RETURNING lo, hi
INSERT INTO hunt_w_members (id, email, lo) VALUES (1, 'a@x', 7) ON CONFLICT (id) DO UPDATE SET lo = EXCLUDED.lo
INSERT INTO hunt_w_members (id, email, lo) VALUES (1, 'a@x', 1) ON CONFLICT (id) DO UPDATE SET lo = 8
INSERT INTO hunt_w_members (id, email) VALUES (1, 'a@x') ON CONFLICT (email) DO UPDATE SET hi = hunt_w_members.lo - 1
INSERT INTO hunt_w_members (id, email) VALUES (1, 'a@x') ON CONFLICT (email) DO UPDATE SET hi = hunt_w_members.lo + 1, lo = hunt_w_members.lo + 1 RETURNING lo, hi
INSERT INTO hunt_w_members (id, email, lo, hi) VALUES (1, 'a@x', 5, 4), (40, 'n@x', 1, 2) ON CONFLICT DO NOTHING
INSERT INTO hunt_w_members (id, email, lo, hi) VALUES (1, 'a@x', 5, 6), (40, 'n@x', 1, 2) ON CONFLICT DO NOTHING RETURNING id, lo, hi
UPDATE hunt_w_members SET id = 50, lo = 20 WHERE id = 1
UPDATE hunt_w_members SET id = 50, lo = hi WHERE id = 1 RETURNING id, lo, hi
BEGIN
UPDATE hunt_w_members SET hi = 100 WHERE id = 3
SAVEPOINT s
UPDATE hunt_w_members SET lo = 101 WHERE id = 3
ROLLBACK TO s
UPDATE hunt_w_members SET lo = 100 WHERE id = 3 RETURNING lo, hi
COMMIT
SELECT * FROM hunt_w_members ORDER BY id

-- DISCARD TEMP drops the tables of the memory and redis stores' sessions; made again after it.
-- scenario: hw_discard_temp_after_a_transaction
BEGIN
UPDATE accounts SET loyalty = 91 WHERE id = 1
INSERT INTO accounts (id, name, tier) VALUES (960, 'd', 'kept')
COMMIT
DISCARD TEMP
SELECT id, loyalty, tier FROM accounts WHERE id IN (1, 960) ORDER BY id
UPDATE accounts SET tier = 'after discard' WHERE id = 2 RETURNING tier
-- restart
SELECT id, loyalty, tier FROM accounts WHERE id IN (1, 2, 960) ORDER BY id

-- scenario: hw_row_written_many_ways_in_one_transaction
BEGIN
INSERT INTO accounts (id, name, loyalty, tier) VALUES (964, 'a', 1, 'one')
UPDATE accounts SET loyalty = loyalty + 1, name = 'b', tier = name WHERE id = 964 RETURNING name, loyalty, tier
DELETE FROM accounts WHERE id = 964 RETURNING loyalty, tier
INSERT INTO accounts (id, name) VALUES (964, 'c') ON CONFLICT (id) DO UPDATE SET tier = 'conflict' RETURNING loyalty, tier
INSERT INTO accounts (id, name, loyalty) VALUES (964, 'c', 5) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty + excluded.loyalty, tier = 'again' RETURNING loyalty, tier
SAVEPOINT s
DELETE FROM accounts WHERE id = 964
INSERT INTO accounts (id, name) VALUES (964, 'd') RETURNING *
ROLLBACK TO SAVEPOINT s
RELEASE SAVEPOINT s
SELECT id, name, loyalty, tier, mood, labels FROM accounts WHERE id = 964
COMMIT
-- restart
SELECT id, name, loyalty, tier, mood, labels FROM accounts WHERE id = 964

-- scenario: hw_update_reads_the_table_it_updates
UPDATE accounts SET loyalty = coalesce(loyalty, 0) + (SELECT sum(coalesce(a2.loyalty, 0)) FROM accounts a2 WHERE a2.id < accounts.id) RETURNING id, loyalty
UPDATE accounts SET tier = (SELECT max(tier) FROM accounts), loyalty = (SELECT max(loyalty) FROM accounts) - loyalty WHERE loyalty = (SELECT min(loyalty) FROM accounts) RETURNING id, tier, loyalty
DELETE FROM accounts WHERE id = 8 RETURNING (SELECT count(*) FROM accounts WHERE loyalty IS NOT NULL) AS counted, loyalty
UPDATE accounts SET name = 'renamed', tier = name WHERE id = 2 RETURNING name, tier
SELECT id, name, loyalty, tier FROM accounts ORDER BY id

-- scenario: hw_positional_defaults_and_do_nothing_rows
INSERT INTO accounts VALUES (965, 'p', DEFAULT, DEFAULT, DEFAULT, 'gold', DEFAULT), (966, 'q', NULL, NULL, NULL, DEFAULT, 'sad', DEFAULT) RETURNING *
INSERT INTO accounts (name, id, tier) VALUES ('é', 965, 'x'), ('ü', 966) RETURNING *
INSERT INTO accounts VALUES (965, 'p', DEFAULT, DEFAULT, DEFAULT, 'gold', DEFAULT), (966, 'q', NULL, NULL, NULL, DEFAULT, 'sad') RETURNING *
INSERT INTO accounts VALUES (1, 'dup', NULL, NULL, 5, 'x'), (967, 'r', NULL, NULL, 6, DEFAULT), (965, 'dup', NULL, NULL, 7) ON CONFLICT DO NOTHING RETURNING id, loyalty, tier, mood
INSERT INTO accounts (id, name, tier, mood) VALUES (2, 'b', upper('t'), 'sad') ON CONFLICT (id) DO NOTHING
INSERT INTO accounts (id, name, tier, mood) VALUES (968, 'b', 'x', DEFAULT), (2, 'c', 'y', 'grumpy') ON CONFLICT (id) DO UPDATE SET tier = excluded.mood::text || '/' || excluded.tier, mood = excluded.mood RETURNING id, tier, mood
SELECT id, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hw_upsert_rows_one_by_one_errors
INSERT INTO accounts (id, name, tier) VALUES (1, 'a', 'x'), (1, 'b', 'y') ON CONFLICT (id) DO UPDATE SET tier = excluded.tier WHERE accounts.loyalty > 0
INSERT INTO accounts (id, name, tier) VALUES (970, 'a', 'x'), (970, 'b', 'y') ON CONFLICT (id) DO UPDATE SET tier = excluded.tier WHERE accounts.tier IS NOT NULL
INSERT INTO accounts (id, name, tier) VALUES (971, 'a', 'x'), (971, 'b', 'y') ON CONFLICT (id) DO UPDATE SET email = excluded.tier
INSERT INTO orders (id, item, note) VALUES (1, 'a', 'n') RETURNING id
INSERT INTO orders (id, item) VALUES (1, 'x') ON CONFLICT DO NOTHING
INSERT INTO orders (id, item, note, qty) VALUES (1, 'x', 'n', 0) ON CONFLICT DO NOTHING
INSERT INTO orders (id, item, note, qty) VALUES (1, 'x', 'n', 2), (2, 'y', 'm', 3) ON CONFLICT (id) DO UPDATE SET qty = orders.qty * 10 WHERE orders.qty < excluded.qty RETURNING id, qty, note
UPDATE accounts SET tier = 'a', tier = 'b' WHERE id = 1
UPDATE accounts SET (tier, loyalty) = ('a', 1), tier = 'b' WHERE id = 1
INSERT INTO accounts (id, name) VALUES (1, 'x') ON CONFLICT (id) DO UPDATE SET tier = 'a', tier = 'b'
UPDATE accounts SET tier = (SELECT tier FROM accounts) WHERE id = 1
UPDATE accounts SET tier = (SELECT tier FROM accounts WHERE id = 99) WHERE id = 1 RETURNING tier
SELECT id, name, email, loyalty, tier FROM accounts ORDER BY id
SELECT * FROM orders ORDER BY id

-- scenario: hw_composite_key_transactions_and_restart
BEGIN
INSERT INTO line_items (order_id, line, product, discount) VALUES (30, 1, 'a', 1), (30, 2, 'b', 2) RETURNING *
UPDATE line_items SET discount = discount + 10 WHERE order_id = 30 AND line = 2 RETURNING *
SAVEPOINT s
DELETE FROM line_items WHERE order_id = 30 RETURNING *
INSERT INTO line_items (order_id, line) VALUES (30, 1) RETURNING *
ROLLBACK TO SAVEPOINT s
UPDATE line_items SET line = line + 2, discount = discount * 2 WHERE order_id = 30 AND line = 1 RETURNING *
INSERT INTO line_items (order_id, line, discount) VALUES (30, 1, 5) ON CONFLICT (order_id, line) DO UPDATE SET discount = line_items.discount + excluded.discount RETURNING *
COMMIT
-- restart
SELECT * FROM line_items ORDER BY order_id, line
DELETE FROM line_items li USING (VALUES (30, 2), (1, 2)) v(o, l) WHERE li.order_id = v.o AND li.line = v.l RETURNING li.*
INSERT INTO line_items (order_id, line) VALUES (30, 2), (1, 2) RETURNING *
SELECT * FROM line_items ORDER BY order_id, line

-- scenario: hw_serial_keys_rows_one_by_one
INSERT INTO orders (item, note) VALUES ('a', 'n1'), ('b', 'n2'), ('c', 'n3') ON CONFLICT DO NOTHING RETURNING id, item, qty, note
INSERT INTO orders (id, item, note, code) VALUES (2, 'dup', 'x', 'c2'), (DEFAULT, 'd', 'n4', 'c4') ON CONFLICT (id) DO UPDATE SET code = excluded.code WHERE orders.note <> excluded.note RETURNING id, item, code, note
INSERT INTO orders (item, note, qty) VALUES ('e', 'n5', 2), ('f', 'n6', 3) ON CONFLICT (id) DO UPDATE SET qty = excluded.qty RETURNING id, qty
-- params: ["20", "x", null]
INSERT INTO orders (id, item, note) SELECT $1, $2, $3
-- params: ["20", "x", "y"]
INSERT INTO orders (id, item, note) SELECT $1, $2, $3 RETURNING *
SELECT * FROM orders ORDER BY id

-- scenario: hw_null_arrays_and_enums_round_trip
UPDATE accounts SET labels = NULL, mood = NULL WHERE id = 1 RETURNING labels, mood
UPDATE accounts SET labels = array_append(labels, 'x'), mood = coalesce(mood, 'sad') WHERE id IN (1, 2) RETURNING id, labels, mood
INSERT INTO accounts (id, name, labels, mood) VALUES (981, 'n', NULL, NULL), (982, 'm', '{}', DEFAULT) RETURNING id, labels, mood, labels IS NULL
UPDATE accounts SET labels = labels || NULL::text, loyalty = NULL WHERE id = 982 RETURNING labels, loyalty
-- restart
SELECT id, labels, mood, loyalty FROM accounts ORDER BY id

-- scenario: hw_writable_ctes_reading_shadow_columns
WITH u AS (UPDATE accounts SET name = upper(name) WHERE loyalty > 5 RETURNING id, name, loyalty, tier) SELECT * FROM u
WITH d AS (DELETE FROM bills WHERE paid RETURNING id, paid, due) SELECT * FROM d
WITH u AS (UPDATE bills SET note = 'x' WHERE id IN (1, 3) RETURNING id, account_id) SELECT u.id, a.loyalty, a.tier FROM u JOIN accounts a ON a.id = u.account_id
WITH u AS (UPDATE events SET payload = 'x' WHERE seen = false RETURNING kind, seen) SELECT * FROM u
WITH u AS (UPDATE accounts SET email = tier WHERE tier IS NOT NULL RETURNING id, email) UPDATE bills SET note = u.email FROM u WHERE u.id = bills.account_id RETURNING bills.id, bills.note
WITH u AS (UPDATE accounts SET tier = 'cte' WHERE id = 1 RETURNING id, tier) SELECT * FROM u
SELECT id, name, email, tier FROM accounts ORDER BY id
SELECT id, note FROM bills ORDER BY id
-- refused
WITH u AS (UPDATE accounts SET tier = 'cte' WHERE id = 1 RETURNING id, tier) UPDATE bills SET paid = true FROM u WHERE u.id = bills.account_id

-- scenario: hw_kept_statements_through_savepoints
BEGIN
UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 1
UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 1
SAVEPOINT a
UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 1
UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 2
UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 3
ROLLBACK TO SAVEPOINT a
UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 1
DELETE FROM accounts WHERE id = 8
INSERT INTO accounts (id, name, loyalty) VALUES (8, 'back', 1)
DELETE FROM accounts WHERE id = 8
INSERT INTO accounts (id, name, loyalty) VALUES (8, 'back', 2)
SAVEPOINT b
DELETE FROM accounts WHERE id = 8
INSERT INTO accounts (id, name, loyalty) VALUES (8, 'back', 3)
ROLLBACK TO b
UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 8
RELEASE a
COMMIT
-- params: ["1"]
UPDATE accounts SET loyalty = loyalty + 1 WHERE id = $1
-- params: ["1"]
UPDATE accounts SET loyalty = loyalty + 1 WHERE id = $1
BEGIN
-- params: ["1"]
UPDATE accounts SET loyalty = loyalty + 1 WHERE id = $1
SAVEPOINT c
-- params: ["1"]
UPDATE accounts SET loyalty = loyalty + 1 WHERE id = $1
-- params: ["2"]
UPDATE accounts SET loyalty = loyalty + 1 WHERE id = $1
ROLLBACK TO c
-- params: ["2"]
UPDATE accounts SET loyalty = coalesce(loyalty, 0) + 1 WHERE id = $1
COMMIT
-- restart
SELECT id, name, loyalty FROM accounts ORDER BY id

-- scenario: hw_insert_select_shapes
INSERT INTO bills (id, account_id, amount, paid, due) SELECT 100 + a.id, a.id, count(b.id), max(a.loyalty) > 5, max(b.due) FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id RETURNING id, amount, paid, due
INSERT INTO accounts (id, name, loyalty, tier) SELECT DISTINCT ON (tier) 990 + row_number() OVER (ORDER BY tier), 'd', loyalty, tier FROM accounts WHERE tier IS NOT NULL ORDER BY tier, id RETURNING id, loyalty, tier
INSERT INTO accounts (id, name, loyalty, tier) SELECT * FROM (VALUES (1001, 'v', 1, 't1'), (1002, 'w', NULL, NULL)) AS v(a, b, c, d) RETURNING *
INSERT INTO accounts (id, name, loyalty) SELECT id + 2000, name, rank() OVER (ORDER BY loyalty DESC NULLS LAST, id) FROM accounts WHERE id < 4 RETURNING id, loyalty
INSERT INTO line_items (order_id, line, discount) SELECT 40, g, g * 1.005 FROM generate_series(1, 3) g RETURNING *
INSERT INTO line_items (order_id, line, discount) SELECT 41, 1, 1000 RETURNING *
SELECT id, account_id, amount, paid, due FROM bills ORDER BY id
SELECT id, name, loyalty, tier FROM accounts ORDER BY id

-- scenario: hw_read_only_transactions
BEGIN READ ONLY
SELECT id, loyalty FROM accounts WHERE id = 1
UPDATE accounts SET loyalty = 1 WHERE id = 1
ROLLBACK
SET default_transaction_read_only = on
INSERT INTO accounts (id, name, tier) VALUES (995, 'ro', 'ro')
DELETE FROM accounts WHERE id = 8
SELECT id, loyalty, tier FROM accounts WHERE id IN (1, 8, 995) ORDER BY id
SET default_transaction_read_only = off
UPDATE accounts SET loyalty = 2 WHERE id = 1 RETURNING loyalty
SELECT id, loyalty, tier FROM accounts WHERE id IN (1, 8, 995) ORDER BY id

-- ---------------------------------------------------------------- what ORMs send
-- scenario: orm_bulk_create_returning_qualified
INSERT INTO "accounts" ("id", "name", "loyalty", "tier") VALUES (40, 'a', 1, DEFAULT), (41, 'b', DEFAULT, 'x') RETURNING "accounts"."id", "accounts"."loyalty", "accounts"."tier"
SELECT id, loyalty, tier, mood FROM accounts WHERE id >= 40 ORDER BY id

-- scenario: orm_f_expression_update_in_list
UPDATE "accounts" SET "loyalty" = ("accounts"."loyalty" + 1) WHERE "accounts"."id" IN (1, 2, 99)
UPDATE "accounts" SET "loyalty" = ("accounts"."loyalty" + 1) WHERE "accounts"."id" IN (1, 2, 99)
SELECT id, loyalty FROM accounts ORDER BY id

-- scenario: orm_coalesce_increment_returning
UPDATE "accounts" SET "tier" = 'gold', "loyalty" = COALESCE("loyalty", 0) + 5 WHERE "accounts"."id" = 1 RETURNING "loyalty", "tier"

-- scenario: orm_upsert_schema_qualified_returning
INSERT INTO "public"."accounts" ("id", "name", "tier") VALUES (1, 'x', 'y'), (42, 'new', 'z') ON CONFLICT ("id") DO UPDATE SET "tier" = EXCLUDED."tier", "loyalty" = "public"."accounts"."loyalty" + 1 RETURNING "public"."accounts"."id", "public"."accounts"."name", "public"."accounts"."tier", "public"."accounts"."loyalty"
SELECT id, name, tier, loyalty FROM accounts WHERE id IN (1, 42) ORDER BY id

-- scenario: savepoint_check_violation_then_commit
BEGIN
UPDATE accounts SET loyalty = 10 WHERE id = 1
SAVEPOINT s
INSERT INTO orders (id, qty, note) VALUES (50, 0, 'zero')
ROLLBACK TO SAVEPOINT s
UPDATE accounts SET tier = 'p' WHERE id = 1
COMMIT
SELECT id, loyalty, tier FROM accounts WHERE id = 1

-- scenario: multi_statement_string_fails_in_the_middle
UPDATE accounts SET loyalty = 1 WHERE id = 1; UPDATE accounts SET loyalty = 1 / 0 WHERE id = 2; UPDATE accounts SET loyalty = 3 WHERE id = 3
SELECT id, loyalty FROM accounts WHERE id <= 3 ORDER BY id

-- scenario: update_from_subquery_on_other_tables_shadow_column
UPDATE bills SET paid = true WHERE id IN (1, 3)
UPDATE accounts a SET loyalty = (SELECT count(*) FROM bills b WHERE b.account_id = a.id AND b.paid) RETURNING a.id, a.loyalty
SELECT id, loyalty FROM accounts ORDER BY id

-- scenario: update_from_join_returning_both_sides
UPDATE accounts SET tier = 'vip' WHERE id = 3
UPDATE bills SET paid = true FROM accounts a WHERE a.id = bills.account_id AND a.tier IS NULL RETURNING bills.id, bills.paid, a.tier
SELECT id, paid FROM bills ORDER BY id

-- scenario: array_and_enum_updates_returning
UPDATE accounts SET labels = array_append(labels, 'x'), mood = 'sad' WHERE id = 3 RETURNING labels, mood, labels[2]
SELECT id, labels, mood FROM accounts WHERE mood = 'sad'

-- scenario: multi_column_assignment_from_subselect_and_row
UPDATE accounts SET (loyalty, tier) = (SELECT 5, 'multi') WHERE id = 1
UPDATE accounts SET (loyalty, tier) = ROW(loyalty + 1, DEFAULT) WHERE id <= 2 RETURNING id, loyalty, tier
UPDATE accounts SET (tier, loyalty, name) = (DEFAULT, 7, DEFAULT) WHERE id = 3 RETURNING tier, loyalty, name
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: delete_returning_then_reinsert_in_one_transaction
BEGIN
UPDATE accounts SET loyalty = 9, tier = 't' WHERE id = 8
DELETE FROM accounts WHERE id = 8 RETURNING id, loyalty, tier
INSERT INTO accounts (id, name) VALUES (8, 'again') RETURNING loyalty, tier, mood
COMMIT
SELECT id, name, loyalty, tier FROM accounts WHERE id = 8

-- scenario: insert_select_upsert_from_same_table
UPDATE accounts SET loyalty = id * 10 WHERE id <= 3
INSERT INTO accounts (id, name, loyalty) SELECT id, name, loyalty + 1 FROM accounts WHERE id <= 3 ON CONFLICT (id) DO UPDATE SET loyalty = EXCLUDED.loyalty + accounts.loyalty RETURNING id, loyalty
SELECT id, loyalty FROM accounts ORDER BY id

-- scenario: update_no_op_row_count_and_null_over_default
UPDATE accounts SET loyalty = loyalty WHERE id <= 4
UPDATE accounts SET mood = NULL WHERE id = 2 RETURNING mood, mood IS NULL
SELECT id, mood FROM accounts ORDER BY id

-- scenario: composite_key_update_moves_parked_values
UPDATE line_items SET discount = 2.5 WHERE order_id = 1 AND line = 2
UPDATE line_items SET discount = discount * 2 WHERE (order_id, line) IN ((1, 2), (2, 1)) RETURNING order_id, line, discount
DELETE FROM line_items WHERE order_id = 1 AND line = 2 RETURNING discount
SELECT order_id, line, discount FROM line_items ORDER BY order_id, line

-- scenario: hunt_x_upsert_on_constraint_do_update_where_shadow
UPDATE accounts SET loyalty = 5 WHERE id = 1
INSERT INTO accounts AS a (id, name, loyalty) VALUES (1, 'x', 3), (2, 'y', 4) ON CONFLICT ON CONSTRAINT accounts_pkey DO UPDATE SET loyalty = a.loyalty + EXCLUDED.loyalty, name = EXCLUDED.name || a.tier WHERE a.loyalty > 1 RETURNING id, loyalty, tier, name
SELECT id, name, loyalty, tier FROM accounts ORDER BY id
-- refused
INSERT INTO accounts AS a (id, name, loyalty) VALUES (1, 'x', 3) ON CONFLICT (id) DO UPDATE SET tier = EXCLUDED.name

-- scenario: hunt_x_update_from_other_shadow_and_delete_using
UPDATE accounts SET loyalty = id * 3 WHERE id <= 3
UPDATE bills SET paid = (a.loyalty > 3), due = DATE '2030-01-01' + a.loyalty FROM accounts a WHERE a.id = bills.account_id RETURNING bills.id, paid, due, a.loyalty AS l
DELETE FROM bills b USING accounts a WHERE a.id = b.account_id AND a.loyalty >= 6 AND b.paid RETURNING b.*, a.loyalty
SELECT * FROM bills ORDER BY id

-- scenario: hunt_x_multi_statement_middle_fails_then_savepoint_check
INSERT INTO orders (id, note, qty) VALUES (70, 'a', 2); UPDATE orders SET qty = 0 WHERE id = 70; INSERT INTO orders (id, note) VALUES (71, 'b')
BEGIN
INSERT INTO orders (id, note, code) VALUES (72, 'c', 'abc') RETURNING qty, code
SAVEPOINT s1
UPDATE orders SET note = NULL WHERE id = 72
ROLLBACK TO SAVEPOINT s1
UPDATE orders SET qty = qty + 4, code = 'toolong' WHERE id = 72
ROLLBACK TO s1
UPDATE orders SET qty = qty + 4, code = upper(code) WHERE id = 72 RETURNING *
COMMIT
SELECT * FROM orders WHERE id >= 70 ORDER BY id

-- scenario: hunt_x_upsert_default_rows_and_conflict_where_shadow
INSERT INTO accounts (id, name, loyalty, tier) VALUES (1, 'a', DEFAULT, 'x'), (80, 'n', 3, DEFAULT), (2, 'b', 7, NULL) ON CONFLICT (id) DO UPDATE SET loyalty = EXCLUDED.loyalty, tier = coalesce(EXCLUDED.tier, accounts.tier, 'none') WHERE accounts.loyalty IS DISTINCT FROM EXCLUDED.loyalty RETURNING id, name, loyalty, tier, mood
INSERT INTO accounts (id, name, loyalty) VALUES (1, 'a', 0) ON CONFLICT (id) DO UPDATE SET loyalty = 5 WHERE accounts.loyalty <> EXCLUDED.loyalty RETURNING *
SELECT id, name, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_x_prepared_typed_null_params
-- params: ["90", "p", null, "gold"]
INSERT INTO accounts (id, name, loyalty, tier) VALUES ($1, $2, $3, $4) RETURNING loyalty, tier, mood
-- params: [null, "90"]
UPDATE accounts SET tier = $1, loyalty = $2::int + 1 WHERE id = 90 RETURNING tier, loyalty
SELECT id, loyalty, tier FROM accounts WHERE id = 90

-- scenario: hunt_x_insert_select_between_served_tables_and_pk_change
UPDATE accounts SET loyalty = id + 1, tier = 't' || id WHERE id <= 3
INSERT INTO bills (id, account_id, amount, paid, due) SELECT a.id + 300, a.id, a.loyalty, a.loyalty > 2, DATE '2031-01-01' + a.loyalty FROM accounts a WHERE a.tier IS NOT NULL ORDER BY a.id RETURNING id, paid, due
UPDATE bills SET id = id + 1000, paid = NOT paid WHERE id > 300 RETURNING id, paid, due
UPDATE accounts SET loyalty = loyalty WHERE tier IS NOT NULL
SELECT id, account_id, paid, due FROM bills ORDER BY id

-- scenario: hunt_x_quoted_names_and_schema_qualified
INSERT INTO public."Users" (id, "Nick") VALUES (60, 'q') RETURNING "Nick", length("Nick")
UPDATE "public"."Users" AS u SET "Nick" = u."Nick" || '!' WHERE u.id = 60 RETURNING u.*
INSERT INTO sales.accounts (id, name, score) VALUES (61, 's', DEFAULT), (62, 't', 3) RETURNING *
UPDATE sales.accounts SET score = NULL WHERE id = 61 RETURNING score
DELETE FROM public."Users" WHERE "Nick" = 'q!' RETURNING *

-- scenario: hunt_x_typed_shadow_values_upsert_and_trigger
INSERT INTO gadgets (id, name, doc, nums, made_at, total, units) VALUES (40, 'j', '{"a": [1, 2]}', '{3,4}', '2025-03-04 05:06:07+02', 1.50, 2) ON CONFLICT (id) DO NOTHING RETURNING doc, doc -> 'a', nums || 5, made_at, total * 2, units
UPDATE gadgets SET doc = doc || jsonb_build_object('b', id), nums = nums[1:1], total = total + 0.005 WHERE id IN (1, 40) RETURNING id, doc, nums, total
INSERT INTO gadgets (id, name, doc) VALUES (40, 'j2', '{"c": 1}') ON CONFLICT (id) DO UPDATE SET doc = gadgets.doc || EXCLUDED.doc WHERE gadgets.doc ? 'a' RETURNING id, doc
UPDATE gadgets SET units = 0 WHERE id = 40
UPDATE appliances SET stock = stock + 3 WHERE id = 1 RETURNING id, price_x2, touched, stock
UPDATE appliances SET stock = stock WHERE id <= 2 RETURNING touched, stock
SELECT id, doc, nums, total, units FROM gadgets ORDER BY id
SELECT * FROM appliances ORDER BY id

-- scenario: hunt_x_composite_uuid_timestamptz_keys_moved
SET TimeZone = 'America/New_York'
BEGIN
UPDATE visits SET at = at + interval '1 hour', kind = 'moved' WHERE visitor = '00000000-0000-0000-0000-000000000001' RETURNING visitor, at, kind
INSERT INTO visits (visitor, at, kind) VALUES ('00000000-0000-0000-0000-000000000001', '2024-01-01 06:00-05', 'again') ON CONFLICT (visitor, at) DO UPDATE SET kind = visits.kind || '+' || EXCLUDED.kind RETURNING at, kind
SAVEPOINT a
UPDATE visits SET visitor = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' WHERE kind = 'moved+again'
ROLLBACK TO a
UPDATE notes SET slug = slug || '!', stars = stars + 1 RETURNING slug, stars
COMMIT
SELECT visitor, at, kind FROM visits ORDER BY visitor, at
SELECT * FROM notes ORDER BY slug
-- restart
SELECT visitor, at, kind FROM visits ORDER BY visitor, at
SELECT * FROM notes ORDER BY slug

-- scenario: hunt_x_delete_returning_expressions_and_reinsert_params
UPDATE accounts SET loyalty = id * 2, labels = ARRAY['a', name] WHERE id <= 3
DELETE FROM accounts AS a WHERE a.loyalty >= 4 RETURNING a.id AS gone, a.loyalty + 1 AS next, labels[2] AS second, a.*
-- params: ["2", "back", "7", null]
INSERT INTO accounts (id, name, loyalty, labels) VALUES ($1, $2, $3::int, $4::text[]) RETURNING *
-- params: ["3", "back3", null, "{z}"]
INSERT INTO accounts (id, name, loyalty, labels) VALUES ($1, $2, $3::int, $4::text[]) RETURNING *
SELECT * FROM accounts ORDER BY id

-- scenario: bulk_insert_do_nothing_matches_rows_by_key
INSERT INTO accounts (id, name, loyalty, tier) VALUES (1, 'old1', 7, 'x'), (2, 'old2', 14, 'x'), (3, 'old3', 21, 'x'), (104, 'n4', 4, 't1'), (105, 'n5', 5, NULL), (106, 'n6', 6, 't0'), (107, 'n7', 7, 't1'), (108, 'n8', 8, 't2'), (109, 'n9', 9, 't0'), (110, 'n10', 10, NULL), (111, 'n11', 11, 't2'), (112, 'n12', 12, 't0'), (113, 'n13', 13, 't1'), (114, 'n14', 14, 't2'), (115, 'n15', 15, NULL), (116, 'n16', 16, 't1'), (117, 'n17', 17, 't2'), (118, 'n18', 18, 't0'), (119, 'n19', 19, 't1'), (120, 'n20', 20, NULL), (121, 'n21', 21, 't0'), (122, 'n22', 22, 't1'), (123, 'n23', 23, 't2'), (124, 'n24', 24, 't0'), (125, 'n25', 25, NULL), (126, 'n26', 26, 't2'), (127, 'n27', 27, 't0'), (128, 'n28', 28, 't1'), (129, 'n29', 29, 't2'), (130, 'n30', 30, NULL), (131, 'n31', 31, 't1'), (132, 'n32', 32, 't2'), (133, 'n33', 33, 't0'), (134, 'n34', 34, 't1'), (135, 'n35', 35, NULL), (136, 'n36', 36, 't0'), (137, 'n37', 37, 't1'), (138, 'n38', 38, 't2'), (139, 'n39', 39, 't0'), (140, 'n40', 40, NULL), (141, 'n41', 41, 't2'), (142, 'n42', 42, 't0'), (143, 'n43', 43, 't1'), (144, 'n44', 44, 't2'), (145, 'n45', 45, NULL), (146, 'n46', 46, 't1'), (147, 'n47', 47, 't2'), (148, 'n48', 48, 't0'), (149, 'n49', 49, 't1'), (150, 'n50', 50, NULL), (151, 'n51', 51, 't0'), (152, 'n52', 52, 't1'), (153, 'n53', 53, 't2'), (154, 'n54', 54, 't0'), (155, 'n55', 55, NULL), (156, 'n56', 56, 't2'), (157, 'n57', 57, 't0'), (158, 'n58', 58, 't1'), (159, 'n59', 59, 't2'), (160, 'n60', 60, NULL), (150, 'dup-first', 1500, 'first'), (161, 'n61', 61, 't1'), (162, 'n62', 62, 't2'), (163, 'n63', 63, 't0'), (164, 'n64', 64, 't1'), (165, 'n65', 65, NULL), (166, 'n66', 66, 't0'), (167, 'n67', 67, 't1'), (168, 'n68', 68, 't2'), (169, 'n69', 69, 't0'), (170, 'n70', 70, NULL), (171, 'n71', 71, 't2'), (172, 'n72', 72, 't0'), (173, 'n73', 73, 't1'), (174, 'n74', 74, 't2'), (175, 'n75', 75, NULL), (176, 'n76', 76, 't1'), (177, 'n77', 77, 't2'), (178, 'n78', 78, 't0'), (179, 'n79', 79, 't1'), (180, 'n80', 80, NULL), (181, 'n81', 81, 't0'), (182, 'n82', 82, 't1'), (183, 'n83', 83, 't2'), (184, 'n84', 84, 't0'), (185, 'n85', 85, NULL), (186, 'n86', 86, 't2'), (187, 'n87', 87, 't0'), (188, 'n88', 88, 't1'), (189, 'n89', 89, 't2'), (190, 'n90', 90, NULL), (191, 'n91', 91, 't1'), (192, 'n92', 92, 't2'), (193, 'n93', 93, 't0'), (194, 'n94', 94, 't1'), (195, 'n95', 95, NULL), (196, 'n96', 96, 't0'), (197, 'n97', 97, 't1'), (198, 'n98', 98, 't2'), (199, 'n99', 99, 't0'), (200, 'n100', 100, NULL), (201, 'n101', 101, 't2'), (202, 'n102', 102, 't0'), (203, 'n103', 103, 't1'), (204, 'n104', 104, 't2'), (205, 'n105', 105, NULL), (206, 'n106', 106, 't1'), (207, 'n107', 107, 't2'), (208, 'n108', 108, 't0'), (209, 'n109', 109, 't1'), (210, 'n110', 110, NULL), (211, 'n111', 111, 't0'), (212, 'n112', 112, 't1'), (213, 'n113', 113, 't2'), (214, 'n114', 114, 't0'), (215, 'n115', 115, NULL), (216, 'n116', 116, 't2'), (217, 'n117', 117, 't0'), (218, 'n118', 118, 't1'), (219, 'n119', 119, 't2'), (220, 'n120', 120, NULL), (221, 'n121', 121, 't1'), (222, 'n122', 122, 't2'), (223, 'n123', 123, 't0'), (224, 'n124', 124, 't1'), (225, 'n125', 125, NULL), (226, 'n126', 126, 't0'), (227, 'n127', 127, 't1'), (228, 'n128', 128, 't2'), (229, 'n129', 129, 't0'), (230, 'n130', 130, NULL), (150, 'dup-last', 1501, 'last') ON CONFLICT (id) DO NOTHING RETURNING id, name, loyalty, tier, mood
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: bulk_insert_do_nothing_without_target_in_a_transaction
BEGIN
INSERT INTO accounts (id, name, loyalty, tier) VALUES (1, 'one', 1, 'a'), ('201'::int, 'm1', DEFAULT, 'g'), (202, 'm2', 2, DEFAULT), ('203'::int, 'm3', DEFAULT, 'g'), (204, 'm4', 4, DEFAULT), ('205'::int, 'm5', DEFAULT, 'g'), (206, 'm6', 6, DEFAULT), ('207'::int, 'm7', DEFAULT, 'g'), (208, 'm8', 8, DEFAULT), ('209'::int, 'm9', DEFAULT, 'g'), (210, 'm10', 10, DEFAULT), ('211'::int, 'm11', DEFAULT, 'g'), (212, 'm12', 12, DEFAULT), ('213'::int, 'm13', DEFAULT, 'g'), (214, 'm14', 14, DEFAULT), ('215'::int, 'm15', DEFAULT, 'g'), (216, 'm16', 16, DEFAULT), ('217'::int, 'm17', DEFAULT, 'g'), (218, 'm18', 18, DEFAULT), ('219'::int, 'm19', DEFAULT, 'g'), (220, 'm20', 20, DEFAULT), ('221'::int, 'm21', DEFAULT, 'g'), (222, 'm22', 22, DEFAULT), ('223'::int, 'm23', DEFAULT, 'g'), (224, 'm24', 24, DEFAULT), ('225'::int, 'm25', DEFAULT, 'g'), (226, 'm26', 26, DEFAULT), ('227'::int, 'm27', DEFAULT, 'g'), (228, 'm28', 28, DEFAULT), ('229'::int, 'm29', DEFAULT, 'g'), (230, 'm30', 30, DEFAULT), ('231'::int, 'm31', DEFAULT, 'g'), (232, 'm32', 32, DEFAULT), ('233'::int, 'm33', DEFAULT, 'g'), (234, 'm34', 34, DEFAULT), ('235'::int, 'm35', DEFAULT, 'g'), (236, 'm36', 36, DEFAULT), ('237'::int, 'm37', DEFAULT, 'g'), (238, 'm38', 38, DEFAULT), ('239'::int, 'm39', DEFAULT, 'g'), (240, 'm40', 40, DEFAULT), ('241'::int, 'm41', DEFAULT, 'g'), (242, 'm42', 42, DEFAULT), ('243'::int, 'm43', DEFAULT, 'g'), (244, 'm44', 44, DEFAULT), ('245'::int, 'm45', DEFAULT, 'g'), (246, 'm46', 46, DEFAULT), ('247'::int, 'm47', DEFAULT, 'g'), (248, 'm48', 48, DEFAULT), ('249'::int, 'm49', DEFAULT, 'g'), (250, 'm50', 50, DEFAULT), ('251'::int, 'm51', DEFAULT, 'g'), (252, 'm52', 52, DEFAULT), ('253'::int, 'm53', DEFAULT, 'g'), (254, 'm54', 54, DEFAULT), ('255'::int, 'm55', DEFAULT, 'g'), (256, 'm56', 56, DEFAULT), ('257'::int, 'm57', DEFAULT, 'g'), (258, 'm58', 58, DEFAULT), ('259'::int, 'm59', DEFAULT, 'g'), (260, 'm60', 60, DEFAULT), ('261'::int, 'm61', DEFAULT, 'g'), (262, 'm62', 62, DEFAULT), ('263'::int, 'm63', DEFAULT, 'g'), (264, 'm64', 64, DEFAULT), ('265'::int, 'm65', DEFAULT, 'g'), (266, 'm66', 66, DEFAULT), ('267'::int, 'm67', DEFAULT, 'g'), (268, 'm68', 68, DEFAULT), ('269'::int, 'm69', DEFAULT, 'g'), (270, 'm70', 70, DEFAULT), ('271'::int, 'm71', DEFAULT, 'g'), (272, 'm72', 72, DEFAULT), ('273'::int, 'm73', DEFAULT, 'g'), (274, 'm74', 74, DEFAULT), ('275'::int, 'm75', DEFAULT, 'g'), (276, 'm76', 76, DEFAULT), ('277'::int, 'm77', DEFAULT, 'g'), (278, 'm78', 78, DEFAULT), ('279'::int, 'm79', DEFAULT, 'g'), (280, 'm80', 80, DEFAULT), ('281'::int, 'm81', DEFAULT, 'g'), (282, 'm82', 82, DEFAULT), ('283'::int, 'm83', DEFAULT, 'g'), (284, 'm84', 84, DEFAULT), ('285'::int, 'm85', DEFAULT, 'g'), (286, 'm86', 86, DEFAULT), ('287'::int, 'm87', DEFAULT, 'g'), (288, 'm88', 88, DEFAULT), ('289'::int, 'm89', DEFAULT, 'g'), (290, 'm90', 90, DEFAULT), ('291'::int, 'm91', DEFAULT, 'g'), (292, 'm92', 92, DEFAULT), ('293'::int, 'm93', DEFAULT, 'g'), (294, 'm94', 94, DEFAULT), ('295'::int, 'm95', DEFAULT, 'g'), (296, 'm96', 96, DEFAULT), ('297'::int, 'm97', DEFAULT, 'g'), (298, 'm98', 98, DEFAULT), ('299'::int, 'm99', DEFAULT, 'g'), (300, 'm100', 100, DEFAULT), ('301'::int, 'm101', DEFAULT, 'g'), (302, 'm102', 102, DEFAULT), ('303'::int, 'm103', DEFAULT, 'g'), (304, 'm104', 104, DEFAULT), ('305'::int, 'm105', DEFAULT, 'g'), (306, 'm106', 106, DEFAULT), ('307'::int, 'm107', DEFAULT, 'g'), (308, 'm108', 108, DEFAULT), ('309'::int, 'm109', DEFAULT, 'g'), (310, 'm110', 110, DEFAULT) ON CONFLICT DO NOTHING
SAVEPOINT s
INSERT INTO accounts (id, name, loyalty) VALUES (301, 'r1', 1), (302, 'r2', 2), (303, 'r3', 3), (304, 'r4', 4), (305, 'r5', 5), (306, 'r6', 6), (307, 'r7', 7), (308, 'r8', 8), (309, 'r9', 9), (310, 'r10', 10), (311, 'r11', 11), (312, 'r12', 12), (313, 'r13', 13), (314, 'r14', 14), (315, 'r15', 15), (316, 'r16', 16), (317, 'r17', 17), (318, 'r18', 18), (319, 'r19', 19), (320, 'r20', 20), (321, 'r21', 21), (322, 'r22', 22), (323, 'r23', 23), (324, 'r24', 24), (325, 'r25', 25), (326, 'r26', 26), (327, 'r27', 27), (328, 'r28', 28), (329, 'r29', 29), (330, 'r30', 30), (331, 'r31', 31), (332, 'r32', 32), (333, 'r33', 33), (334, 'r34', 34), (335, 'r35', 35), (336, 'r36', 36), (337, 'r37', 37), (338, 'r38', 38), (339, 'r39', 39), (340, 'r40', 40), (341, 'r41', 41), (342, 'r42', 42), (343, 'r43', 43), (344, 'r44', 44), (345, 'r45', 45), (346, 'r46', 46), (347, 'r47', 47), (348, 'r48', 48), (349, 'r49', 49), (350, 'r50', 50), (351, 'r51', 51), (352, 'r52', 52), (353, 'r53', 53), (354, 'r54', 54), (355, 'r55', 55), (356, 'r56', 56), (357, 'r57', 57), (358, 'r58', 58), (359, 'r59', 59), (360, 'r60', 60), (361, 'r61', 61), (362, 'r62', 62), (363, 'r63', 63), (364, 'r64', 64), (365, 'r65', 65), (366, 'r66', 66), (367, 'r67', 67), (368, 'r68', 68), (369, 'r69', 69), (370, 'r70', 70), (371, 'r71', 71), (372, 'r72', 72), (373, 'r73', 73), (374, 'r74', 74), (375, 'r75', 75), (376, 'r76', 76), (377, 'r77', 77), (378, 'r78', 78), (379, 'r79', 79), (380, 'r80', 80), (381, 'r81', 81), (382, 'r82', 82), (383, 'r83', 83), (384, 'r84', 84), (385, 'r85', 85), (386, 'r86', 86), (387, 'r87', 87), (388, 'r88', 88), (389, 'r89', 89), (390, 'r90', 90), (391, 'r91', 91), (392, 'r92', 92), (393, 'r93', 93), (394, 'r94', 94), (395, 'r95', 95), (396, 'r96', 96), (397, 'r97', 97), (398, 'r98', 98), (399, 'r99', 99), (400, 'r100', 100), (401, 'r101', 101) ON CONFLICT DO NOTHING
ROLLBACK TO s
SELECT count(*), sum(loyalty), count(tier) FROM accounts
COMMIT
SELECT id, loyalty, tier, mood FROM accounts WHERE id >= 200 OR id = 1 ORDER BY id

-- scenario: bulk_upsert_excluded_in_live_and_shadow_sets
INSERT INTO accounts AS a (id, name, loyalty, tier) VALUES (1, 'u1', 10, 'up'), (2, 'u2', 20, 'up'), (3, 'u3', 30, 'up'), (4, 'u4', 40, 'up'), (5, 'u5', 50, 'up'), (401, 'v1', 1, 'new'), (402, 'v2', 2, 'new'), (403, 'v3', 3, 'new'), (404, 'v4', 4, 'new'), (405, 'v5', 5, 'new'), (406, 'v6', 6, 'new'), (407, 'v7', 7, 'new'), (408, 'v8', 8, 'new'), (409, 'v9', 9, 'new'), (410, 'v10', 10, 'new'), (411, 'v11', 11, 'new'), (412, 'v12', 12, 'new'), (413, 'v13', 13, 'new'), (414, 'v14', 14, 'new'), (415, 'v15', 15, 'new'), (416, 'v16', 16, 'new'), (417, 'v17', 17, 'new'), (418, 'v18', 18, 'new'), (419, 'v19', 19, 'new'), (420, 'v20', 20, 'new'), (421, 'v21', 21, 'new'), (422, 'v22', 22, 'new'), (423, 'v23', 23, 'new'), (424, 'v24', 24, 'new'), (425, 'v25', 25, 'new'), (426, 'v26', 26, 'new'), (427, 'v27', 27, 'new'), (428, 'v28', 28, 'new'), (429, 'v29', 29, 'new'), (430, 'v30', 30, 'new'), (431, 'v31', 31, 'new'), (432, 'v32', 32, 'new'), (433, 'v33', 33, 'new'), (434, 'v34', 34, 'new'), (435, 'v35', 35, 'new'), (436, 'v36', 36, 'new'), (437, 'v37', 37, 'new'), (438, 'v38', 38, 'new'), (439, 'v39', 39, 'new'), (440, 'v40', 40, 'new'), (441, 'v41', 41, 'new'), (442, 'v42', 42, 'new'), (443, 'v43', 43, 'new'), (444, 'v44', 44, 'new'), (445, 'v45', 45, 'new'), (446, 'v46', 46, 'new'), (447, 'v47', 47, 'new'), (448, 'v48', 48, 'new'), (449, 'v49', 49, 'new'), (450, 'v50', 50, 'new'), (451, 'v51', 51, 'new'), (452, 'v52', 52, 'new'), (453, 'v53', 53, 'new'), (454, 'v54', 54, 'new'), (455, 'v55', 55, 'new'), (456, 'v56', 56, 'new'), (457, 'v57', 57, 'new'), (458, 'v58', 58, 'new'), (459, 'v59', 59, 'new'), (460, 'v60', 60, 'new'), (461, 'v61', 61, 'new'), (462, 'v62', 62, 'new'), (463, 'v63', 63, 'new'), (464, 'v64', 64, 'new'), (465, 'v65', 65, 'new'), (466, 'v66', 66, 'new'), (467, 'v67', 67, 'new'), (468, 'v68', 68, 'new'), (469, 'v69', 69, 'new'), (470, 'v70', 70, 'new'), (471, 'v71', 71, 'new'), (472, 'v72', 72, 'new'), (473, 'v73', 73, 'new'), (474, 'v74', 74, 'new'), (475, 'v75', 75, 'new'), (476, 'v76', 76, 'new'), (477, 'v77', 77, 'new'), (478, 'v78', 78, 'new'), (479, 'v79', 79, 'new'), (480, 'v80', 80, 'new'), (481, 'v81', 81, 'new'), (482, 'v82', 82, 'new'), (483, 'v83', 83, 'new'), (484, 'v84', 84, 'new'), (485, 'v85', 85, 'new'), (486, 'v86', 86, 'new'), (487, 'v87', 87, 'new'), (488, 'v88', 88, 'new'), (489, 'v89', 89, 'new'), (490, 'v90', 90, 'new'), (491, 'v91', 91, 'new'), (492, 'v92', 92, 'new'), (493, 'v93', 93, 'new'), (494, 'v94', 94, 'new'), (495, 'v95', 95, 'new'), (496, 'v96', 96, 'new'), (497, 'v97', 97, 'new'), (498, 'v98', 98, 'new'), (499, 'v99', 99, 'new'), (500, 'v100', 100, 'new'), (501, 'v101', 101, 'new'), (502, 'v102', 102, 'new'), (503, 'v103', 103, 'new'), (504, 'v104', 104, 'new'), (505, 'v105', 105, 'new'), (506, 'v106', 106, 'new'), (507, 'v107', 107, 'new'), (508, 'v108', 108, 'new'), (509, 'v109', 109, 'new') ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name || '!', loyalty = coalesce(a.loyalty, 0) + EXCLUDED.loyalty, tier = EXCLUDED.tier RETURNING a.id, a.name, a.loyalty, a.tier
SELECT id, name, loyalty, tier, mood FROM accounts ORDER BY id

-- scenario: bulk_upsert_do_update_where_shadow_column
INSERT INTO accounts (id, name, loyalty) VALUES (1, 'w1', 50), (2, 'w2', 0), (3, 'w3', 50), (4, 'w4', 0), (5, 'w5', 50), (6, 'w6', 0), (7, 'w7', 50), (501, 'w1', 1), (502, 'w2', 2), (503, 'w3', 3), (504, 'w4', 4), (505, 'w5', 5), (506, 'w6', 6), (507, 'w7', 7), (508, 'w8', 8), (509, 'w9', 9), (510, 'w10', 10), (511, 'w11', 11), (512, 'w12', 12), (513, 'w13', 13), (514, 'w14', 14), (515, 'w15', 15), (516, 'w16', 16), (517, 'w17', 17), (518, 'w18', 18), (519, 'w19', 19), (520, 'w20', 20), (521, 'w21', 21), (522, 'w22', 22), (523, 'w23', 23), (524, 'w24', 24), (525, 'w25', 25), (526, 'w26', 26), (527, 'w27', 27), (528, 'w28', 28), (529, 'w29', 29), (530, 'w30', 30), (531, 'w31', 31), (532, 'w32', 32), (533, 'w33', 33), (534, 'w34', 34), (535, 'w35', 35), (536, 'w36', 36), (537, 'w37', 37), (538, 'w38', 38), (539, 'w39', 39), (540, 'w40', 40), (541, 'w41', 41), (542, 'w42', 42), (543, 'w43', 43), (544, 'w44', 44), (545, 'w45', 45), (546, 'w46', 46), (547, 'w47', 47), (548, 'w48', 48), (549, 'w49', 49), (550, 'w50', 50), (551, 'w51', 51), (552, 'w52', 52), (553, 'w53', 53), (554, 'w54', 54), (555, 'w55', 55), (556, 'w56', 56), (557, 'w57', 57), (558, 'w58', 58), (559, 'w59', 59), (560, 'w60', 60), (561, 'w61', 61), (562, 'w62', 62), (563, 'w63', 63), (564, 'w64', 64), (565, 'w65', 65), (566, 'w66', 66), (567, 'w67', 67), (568, 'w68', 68), (569, 'w69', 69), (570, 'w70', 70), (571, 'w71', 71), (572, 'w72', 72), (573, 'w73', 73), (574, 'w74', 74), (575, 'w75', 75), (576, 'w76', 76), (577, 'w77', 77), (578, 'w78', 78), (579, 'w79', 79), (580, 'w80', 80), (581, 'w81', 81), (582, 'w82', 82), (583, 'w83', 83), (584, 'w84', 84), (585, 'w85', 85), (586, 'w86', 86), (587, 'w87', 87), (588, 'w88', 88), (589, 'w89', 89), (590, 'w90', 90), (591, 'w91', 91), (592, 'w92', 92), (593, 'w93', 93), (594, 'w94', 94), (595, 'w95', 95), (596, 'w96', 96), (597, 'w97', 97), (598, 'w98', 98), (599, 'w99', 99) ON CONFLICT (id) DO UPDATE SET loyalty = EXCLUDED.loyalty WHERE accounts.loyalty < EXCLUDED.loyalty RETURNING id, loyalty
SELECT id, name, loyalty FROM accounts ORDER BY id

-- scenario: bulk_insert_do_nothing_with_parameters
-- params: ["600", "0", "601", "1", "602", "2", "603", "3", "604", "4", "605", "5", "606", "6", "2", "7", "608", "8", "609", "9", "610", "10", "611", "11", "612", "12", "613", "13", "614", "14", "615", "15", "616", "16", "617", "17", "618", "18", "619", "19", "620", "20", "621", "21", "622", "22", "623", "23", "624", "24", "625", "25", "626", "26", "627", "27", "628", "28", "629", "29", "630", "30", "631", "31", "632", "32", "633", "33", "634", "34", "635", "35", "636", "36", "637", "37", "638", "38", "639", "39", "640", "40", "641", "41", "642", "42", "643", "43", "644", "44", "645", "45", "646", "46", "647", "47", "648", "48", "649", "49", "650", "50", "651", "51", "652", "52", "653", "53", "654", "54", "655", "55", "656", "56", "657", "57", "658", "58", "659", "59", "660", "60", "661", "61", "662", "62", "663", "63", "664", "64", "665", "65", "666", "66", "667", "67", "668", "68", "669", "69", "670", "70", "671", "71", "672", "72", "673", "73", "674", "74", "675", "75", "676", "76", "677", "77", "678", "78", "679", "79", "680", "80", "681", "81", "682", "82", "683", "83", "684", "84", "685", "85", "686", "86", "687", "87", "688", "88", "689", "89", "690", "90", "691", "91", "692", "92", "693", "93", "694", "94", "695", "95", "696", "96", "697", "97", "698", "98", "699", "99", "700", "100", "701", "101", "702", "102", "703", "103", "704", "104"]
INSERT INTO accounts (id, loyalty, name) VALUES ($1, $2, 'p'), ($3, $4, 'p'), ($5, $6, 'p'), ($7, $8, 'p'), ($9, $10, 'p'), ($11, $12, 'p'), ($13, $14, 'p'), ($15, $16, 'p'), ($17, $18, 'p'), ($19, $20, 'p'), ($21, $22, 'p'), ($23, $24, 'p'), ($25, $26, 'p'), ($27, $28, 'p'), ($29, $30, 'p'), ($31, $32, 'p'), ($33, $34, 'p'), ($35, $36, 'p'), ($37, $38, 'p'), ($39, $40, 'p'), ($41, $42, 'p'), ($43, $44, 'p'), ($45, $46, 'p'), ($47, $48, 'p'), ($49, $50, 'p'), ($51, $52, 'p'), ($53, $54, 'p'), ($55, $56, 'p'), ($57, $58, 'p'), ($59, $60, 'p'), ($61, $62, 'p'), ($63, $64, 'p'), ($65, $66, 'p'), ($67, $68, 'p'), ($69, $70, 'p'), ($71, $72, 'p'), ($73, $74, 'p'), ($75, $76, 'p'), ($77, $78, 'p'), ($79, $80, 'p'), ($81, $82, 'p'), ($83, $84, 'p'), ($85, $86, 'p'), ($87, $88, 'p'), ($89, $90, 'p'), ($91, $92, 'p'), ($93, $94, 'p'), ($95, $96, 'p'), ($97, $98, 'p'), ($99, $100, 'p'), ($101, $102, 'p'), ($103, $104, 'p'), ($105, $106, 'p'), ($107, $108, 'p'), ($109, $110, 'p'), ($111, $112, 'p'), ($113, $114, 'p'), ($115, $116, 'p'), ($117, $118, 'p'), ($119, $120, 'p'), ($121, $122, 'p'), ($123, $124, 'p'), ($125, $126, 'p'), ($127, $128, 'p'), ($129, $130, 'p'), ($131, $132, 'p'), ($133, $134, 'p'), ($135, $136, 'p'), ($137, $138, 'p'), ($139, $140, 'p'), ($141, $142, 'p'), ($143, $144, 'p'), ($145, $146, 'p'), ($147, $148, 'p'), ($149, $150, 'p'), ($151, $152, 'p'), ($153, $154, 'p'), ($155, $156, 'p'), ($157, $158, 'p'), ($159, $160, 'p'), ($161, $162, 'p'), ($163, $164, 'p'), ($165, $166, 'p'), ($167, $168, 'p'), ($169, $170, 'p'), ($171, $172, 'p'), ($173, $174, 'p'), ($175, $176, 'p'), ($177, $178, 'p'), ($179, $180, 'p'), ($181, $182, 'p'), ($183, $184, 'p'), ($185, $186, 'p'), ($187, $188, 'p'), ($189, $190, 'p'), ($191, $192, 'p'), ($193, $194, 'p'), ($195, $196, 'p'), ($197, $198, 'p'), ($199, $200, 'p'), ($201, $202, 'p'), ($203, $204, 'p'), ($205, $206, 'p'), ($207, $208, 'p'), ($209, $210, 'p') ON CONFLICT (id) DO NOTHING RETURNING id, loyalty
SELECT id, loyalty, tier FROM accounts WHERE id >= 600 OR id = 2 ORDER BY id

-- scenario: bulk_insert_composite_timestamptz_keys
SET TimeZone = 'Asia/Tokyo'
INSERT INTO visits (visitor, at, kind) VALUES ('00000000-0000-0000-0000-000000000001', '2024-01-01 06:00-05', 'again'), ('00000000-0000-0000-0000-000000000001', '2024-01-02 01:00-05', 'k1'), ('00000000-0000-0000-0000-000000000002', '2024-01-03 02:00-05', 'k2'), ('00000000-0000-0000-0000-000000000003', '2024-01-04 03:00-05', 'k3'), ('00000000-0000-0000-0000-000000000004', '2024-01-05 04:00-05', 'k4'), ('00000000-0000-0000-0000-000000000005', '2024-01-06 05:00-05', 'k5'), ('00000000-0000-0000-0000-000000000006', '2024-01-07 06:00-05', 'k6'), ('00000000-0000-0000-0000-000000000007', '2024-01-08 07:00-05', 'k7'), ('00000000-0000-0000-0000-000000000008', '2024-01-09 08:00-05', 'k8'), ('00000000-0000-0000-0000-000000000009', '2024-01-01 09:00-05', 'k9'), ('00000000-0000-0000-0000-000000000010', '2024-01-02 00:00-05', 'k10'), ('00000000-0000-0000-0000-000000000011', '2024-01-03 01:00-05', 'k11'), ('00000000-0000-0000-0000-000000000012', '2024-01-04 02:00-05', 'k12'), ('00000000-0000-0000-0000-000000000013', '2024-01-05 03:00-05', 'k13'), ('00000000-0000-0000-0000-000000000014', '2024-01-06 04:00-05', 'k14'), ('00000000-0000-0000-0000-000000000015', '2024-01-07 05:00-05', 'k15'), ('00000000-0000-0000-0000-000000000016', '2024-01-08 06:00-05', 'k16'), ('00000000-0000-0000-0000-000000000017', '2024-01-09 07:00-05', 'k17'), ('00000000-0000-0000-0000-000000000018', '2024-01-01 08:00-05', 'k18'), ('00000000-0000-0000-0000-000000000019', '2024-01-02 09:00-05', 'k19'), ('00000000-0000-0000-0000-000000000020', '2024-01-03 00:00-05', 'k20'), ('00000000-0000-0000-0000-000000000021', '2024-01-04 01:00-05', 'k21'), ('00000000-0000-0000-0000-000000000022', '2024-01-05 02:00-05', 'k22'), ('00000000-0000-0000-0000-000000000023', '2024-01-06 03:00-05', 'k23'), ('00000000-0000-0000-0000-000000000024', '2024-01-07 04:00-05', 'k24'), ('00000000-0000-0000-0000-000000000025', '2024-01-08 05:00-05', 'k25'), ('00000000-0000-0000-0000-000000000026', '2024-01-09 06:00-05', 'k26'), ('00000000-0000-0000-0000-000000000027', '2024-01-01 07:00-05', 'k27'), ('00000000-0000-0000-0000-000000000028', '2024-01-02 08:00-05', 'k28'), ('00000000-0000-0000-0000-000000000029', '2024-01-03 09:00-05', 'k29'), ('00000000-0000-0000-0000-000000000030', '2024-01-04 00:00-05', 'k30'), ('00000000-0000-0000-0000-000000000031', '2024-01-05 01:00-05', 'k31'), ('00000000-0000-0000-0000-000000000032', '2024-01-06 02:00-05', 'k32'), ('00000000-0000-0000-0000-000000000033', '2024-01-07 03:00-05', 'k33'), ('00000000-0000-0000-0000-000000000034', '2024-01-08 04:00-05', 'k34'), ('00000000-0000-0000-0000-000000000035', '2024-01-09 05:00-05', 'k35'), ('00000000-0000-0000-0000-000000000036', '2024-01-01 06:00-05', 'k36'), ('00000000-0000-0000-0000-000000000037', '2024-01-02 07:00-05', 'k37'), ('00000000-0000-0000-0000-000000000038', '2024-01-03 08:00-05', 'k38'), ('00000000-0000-0000-0000-000000000039', '2024-01-04 09:00-05', 'k39'), ('00000000-0000-0000-0000-000000000040', '2024-01-05 00:00-05', 'k40'), ('00000000-0000-0000-0000-000000000041', '2024-01-06 01:00-05', 'k41'), ('00000000-0000-0000-0000-000000000042', '2024-01-07 02:00-05', 'k42'), ('00000000-0000-0000-0000-000000000043', '2024-01-08 03:00-05', 'k43'), ('00000000-0000-0000-0000-000000000044', '2024-01-09 04:00-05', 'k44'), ('00000000-0000-0000-0000-000000000045', '2024-01-01 05:00-05', 'k45'), ('00000000-0000-0000-0000-000000000046', '2024-01-02 06:00-05', 'k46'), ('00000000-0000-0000-0000-000000000047', '2024-01-03 07:00-05', 'k47'), ('00000000-0000-0000-0000-000000000048', '2024-01-04 08:00-05', 'k48'), ('00000000-0000-0000-0000-000000000049', '2024-01-05 09:00-05', 'k49'), ('00000000-0000-0000-0000-000000000050', '2024-01-06 00:00-05', 'k50'), ('00000000-0000-0000-0000-000000000051', '2024-01-07 01:00-05', 'k51'), ('00000000-0000-0000-0000-000000000052', '2024-01-08 02:00-05', 'k52'), ('00000000-0000-0000-0000-000000000053', '2024-01-09 03:00-05', 'k53'), ('00000000-0000-0000-0000-000000000054', '2024-01-01 04:00-05', 'k54'), ('00000000-0000-0000-0000-000000000055', '2024-01-02 05:00-05', 'k55'), ('00000000-0000-0000-0000-000000000056', '2024-01-03 06:00-05', 'k56'), ('00000000-0000-0000-0000-000000000057', '2024-01-04 07:00-05', 'k57'), ('00000000-0000-0000-0000-000000000058', '2024-01-05 08:00-05', 'k58'), ('00000000-0000-0000-0000-000000000059', '2024-01-06 09:00-05', 'k59'), ('00000000-0000-0000-0000-000000000060', '2024-01-07 00:00-05', 'k60'), ('00000000-0000-0000-0000-000000000061', '2024-01-08 01:00-05', 'k61'), ('00000000-0000-0000-0000-000000000062', '2024-01-09 02:00-05', 'k62'), ('00000000-0000-0000-0000-000000000063', '2024-01-01 03:00-05', 'k63'), ('00000000-0000-0000-0000-000000000064', '2024-01-02 04:00-05', 'k64'), ('00000000-0000-0000-0000-000000000065', '2024-01-03 05:00-05', 'k65'), ('00000000-0000-0000-0000-000000000066', '2024-01-04 06:00-05', 'k66'), ('00000000-0000-0000-0000-000000000067', '2024-01-05 07:00-05', 'k67'), ('00000000-0000-0000-0000-000000000068', '2024-01-06 08:00-05', 'k68'), ('00000000-0000-0000-0000-000000000069', '2024-01-07 09:00-05', 'k69'), ('00000000-0000-0000-0000-000000000070', '2024-01-08 00:00-05', 'k70'), ('00000000-0000-0000-0000-000000000071', '2024-01-09 01:00-05', 'k71'), ('00000000-0000-0000-0000-000000000072', '2024-01-01 02:00-05', 'k72'), ('00000000-0000-0000-0000-000000000073', '2024-01-02 03:00-05', 'k73'), ('00000000-0000-0000-0000-000000000074', '2024-01-03 04:00-05', 'k74'), ('00000000-0000-0000-0000-000000000075', '2024-01-04 05:00-05', 'k75'), ('00000000-0000-0000-0000-000000000076', '2024-01-05 06:00-05', 'k76'), ('00000000-0000-0000-0000-000000000077', '2024-01-06 07:00-05', 'k77'), ('00000000-0000-0000-0000-000000000078', '2024-01-07 08:00-05', 'k78'), ('00000000-0000-0000-0000-000000000079', '2024-01-08 09:00-05', 'k79'), ('00000000-0000-0000-0000-000000000080', '2024-01-09 00:00-05', 'k80'), ('00000000-0000-0000-0000-000000000081', '2024-01-01 01:00-05', 'k81'), ('00000000-0000-0000-0000-000000000082', '2024-01-02 02:00-05', 'k82'), ('00000000-0000-0000-0000-000000000083', '2024-01-03 03:00-05', 'k83'), ('00000000-0000-0000-0000-000000000084', '2024-01-04 04:00-05', 'k84'), ('00000000-0000-0000-0000-000000000085', '2024-01-05 05:00-05', 'k85'), ('00000000-0000-0000-0000-000000000086', '2024-01-06 06:00-05', 'k86'), ('00000000-0000-0000-0000-000000000087', '2024-01-07 07:00-05', 'k87'), ('00000000-0000-0000-0000-000000000088', '2024-01-08 08:00-05', 'k88'), ('00000000-0000-0000-0000-000000000089', '2024-01-09 09:00-05', 'k89'), ('00000000-0000-0000-0000-000000000090', '2024-01-01 00:00-05', 'k90'), ('00000000-0000-0000-0000-000000000091', '2024-01-02 01:00-05', 'k91'), ('00000000-0000-0000-0000-000000000092', '2024-01-03 02:00-05', 'k92'), ('00000000-0000-0000-0000-000000000093', '2024-01-04 03:00-05', 'k93'), ('00000000-0000-0000-0000-000000000094', '2024-01-05 04:00-05', 'k94'), ('00000000-0000-0000-0000-000000000095', '2024-01-06 05:00-05', 'k95'), ('00000000-0000-0000-0000-000000000096', '2024-01-07 06:00-05', 'k96'), ('00000000-0000-0000-0000-000000000097', '2024-01-08 07:00-05', 'k97'), ('00000000-0000-0000-0000-000000000098', '2024-01-09 08:00-05', 'k98'), ('00000000-0000-0000-0000-000000000099', '2024-01-01 09:00-05', 'k99'), ('00000000-0000-0000-0000-000000000100', '2024-01-02 00:00-05', 'k100'), ('00000000-0000-0000-0000-000000000101', '2024-01-03 01:00-05', 'k101'), ('00000000-0000-0000-0000-000000000102', '2024-01-04 02:00-05', 'k102'), ('00000000-0000-0000-0000-000000000103', '2024-01-05 03:00-05', 'k103'), ('00000000-0000-0000-0000-000000000104', '2024-01-06 04:00-05', 'k104'), ('00000000-0000-0000-0000-000000000105', '2024-01-07 05:00-05', 'k105'), ('00000000-0000-0000-0000-000000000106', '2024-01-08 06:00-05', 'k106'), ('00000000-0000-0000-0000-000000000107', '2024-01-09 07:00-05', 'k107'), ('00000000-0000-0000-0000-000000000108', '2024-01-01 08:00-05', 'k108'), ('00000000-0000-0000-0000-000000000109', '2024-01-02 09:00-05', 'k109'), ('00000000-0000-0000-0000-000000000110', '2024-01-03 00:00-05', 'k110'), ('00000000-0000-0000-0000-000000000111', '2024-01-04 01:00-05', 'k111') ON CONFLICT (visitor, at) DO UPDATE SET kind = visits.kind || '+' || EXCLUDED.kind
SELECT visitor, at, kind FROM visits ORDER BY visitor, at

-- scenario: bulk_upsert_key_twice_fails_as_postgres_does
INSERT INTO accounts (id, name, loyalty) VALUES (701, 'd1', 1), (702, 'd2', 2), (703, 'd3', 3), (704, 'd4', 4), (705, 'd5', 5), (706, 'd6', 6), (707, 'd7', 7), (708, 'd8', 8), (709, 'd9', 9), (710, 'd10', 10), (711, 'd11', 11), (712, 'd12', 12), (713, 'd13', 13), (714, 'd14', 14), (715, 'd15', 15), (716, 'd16', 16), (717, 'd17', 17), (718, 'd18', 18), (719, 'd19', 19), (720, 'd20', 20), (721, 'd21', 21), (722, 'd22', 22), (723, 'd23', 23), (724, 'd24', 24), (725, 'd25', 25), (726, 'd26', 26), (727, 'd27', 27), (728, 'd28', 28), (729, 'd29', 29), (730, 'd30', 30), (731, 'd31', 31), (732, 'd32', 32), (733, 'd33', 33), (734, 'd34', 34), (735, 'd35', 35), (736, 'd36', 36), (737, 'd37', 37), (738, 'd38', 38), (739, 'd39', 39), (740, 'd40', 40), (741, 'd41', 41), (742, 'd42', 42), (743, 'd43', 43), (744, 'd44', 44), (745, 'd45', 45), (746, 'd46', 46), (747, 'd47', 47), (748, 'd48', 48), (749, 'd49', 49), (750, 'd50', 50), (751, 'd51', 51), (752, 'd52', 52), (753, 'd53', 53), (754, 'd54', 54), (755, 'd55', 55), (756, 'd56', 56), (757, 'd57', 57), (758, 'd58', 58), (759, 'd59', 59), (760, 'd60', 60), (761, 'd61', 61), (762, 'd62', 62), (763, 'd63', 63), (764, 'd64', 64), (765, 'd65', 65), (766, 'd66', 66), (767, 'd67', 67), (768, 'd68', 68), (769, 'd69', 69), (770, 'd70', 70), (771, 'd71', 71), (772, 'd72', 72), (773, 'd73', 73), (774, 'd74', 74), (775, 'd75', 75), (776, 'd76', 76), (777, 'd77', 77), (778, 'd78', 78), (779, 'd79', 79), (780, 'd80', 80), (781, 'd81', 81), (782, 'd82', 82), (783, 'd83', 83), (784, 'd84', 84), (785, 'd85', 85), (786, 'd86', 86), (787, 'd87', 87), (788, 'd88', 88), (789, 'd89', 89), (790, 'd90', 90), (791, 'd91', 91), (792, 'd92', 92), (793, 'd93', 93), (794, 'd94', 94), (795, 'd95', 95), (796, 'd96', 96), (797, 'd97', 97), (798, 'd98', 98), (799, 'd99', 99), (800, 'd100', 100), (801, 'd101', 101), (802, 'd102', 102), (803, 'd103', 103), (804, 'd104', 104), (701, 'again', 9) ON CONFLICT (id) DO UPDATE SET loyalty = EXCLUDED.loyalty
SELECT count(*) FROM accounts WHERE id > 700

-- scenario: bulk_insert_do_nothing_on_another_unique_key
INSERT INTO hunt_w_members (id, email, handle, points) VALUES (11, 'e1@x', 'h1', 1), (12, 'e2@x', 'h2', 2), (13, 'e3@x', 'h3', 3), (14, 'e4@x', 'h4', 4), (15, 'e5@x', 'h5', 5), (16, 'e6@x', 'h6', 6), (17, 'e7@x', 'h7', 7), (18, 'e8@x', 'h8', 8), (19, 'e9@x', 'h9', 9), (20, 'e10@x', 'h10', 10), (21, 'e11@x', 'h11', 11), (22, 'e12@x', 'h12', 12), (23, 'e13@x', 'h13', 13), (24, 'e14@x', 'h14', 14), (25, 'e15@x', 'h15', 15), (26, 'e16@x', 'h16', 16), (27, 'e17@x', 'h17', 17), (28, 'e18@x', 'h18', 18), (29, 'e19@x', 'h19', 19), (30, 'e20@x', 'h20', 20), (31, 'e21@x', 'h21', 21), (32, 'e22@x', 'h22', 22), (33, 'e23@x', 'h23', 23), (34, 'e24@x', 'h24', 24), (35, 'e25@x', 'h25', 25), (36, 'e26@x', 'h26', 26), (37, 'e27@x', 'h27', 27), (38, 'e28@x', 'h28', 28), (39, 'e29@x', 'h29', 29), (40, 'e30@x', 'h30', 30), (41, 'e31@x', 'h31', 31), (42, 'e32@x', 'h32', 32), (43, 'e33@x', 'h33', 33), (44, 'e34@x', 'h34', 34), (45, 'e35@x', 'h35', 35), (46, 'e36@x', 'h36', 36), (47, 'e37@x', 'h37', 37), (48, 'e38@x', 'h38', 38), (49, 'e39@x', 'h39', 39), (50, 'e40@x', 'h40', 40), (51, 'e41@x', 'h41', 41), (52, 'e42@x', 'h42', 42), (53, 'e43@x', 'h43', 43), (54, 'e44@x', 'h44', 44), (55, 'e45@x', 'h45', 45), (56, 'e46@x', 'h46', 46), (57, 'e47@x', 'h47', 47), (58, 'e48@x', 'h48', 48), (59, 'e49@x', 'h49', 49), (60, 'e50@x', 'h50', 50), (61, 'e51@x', 'h51', 51), (62, 'e52@x', 'h52', 52), (63, 'e53@x', 'h53', 53), (64, 'e54@x', 'h54', 54), (65, 'e55@x', 'h55', 55), (66, 'e56@x', 'h56', 56), (67, 'e57@x', 'h57', 57), (68, 'e58@x', 'h58', 58), (69, 'e59@x', 'h59', 59), (70, 'e60@x', 'h60', 60), (71, 'e61@x', 'h61', 61), (72, 'e62@x', 'h62', 62), (73, 'e63@x', 'h63', 63), (74, 'e64@x', 'h64', 64), (75, 'e65@x', 'h65', 65), (76, 'e66@x', 'h66', 66), (77, 'e67@x', 'h67', 67), (78, 'e68@x', 'h68', 68), (79, 'e69@x', 'h69', 69), (80, 'e70@x', 'h70', 70), (81, 'e71@x', 'h71', 71), (82, 'e72@x', 'h72', 72), (83, 'e73@x', 'h73', 73), (84, 'e74@x', 'h74', 74), (85, 'e75@x', 'h75', 75), (86, 'e76@x', 'h76', 76), (87, 'e77@x', 'h77', 77), (88, 'e78@x', 'h78', 78), (89, 'e79@x', 'h79', 79), (90, 'e80@x', 'h80', 80), (91, 'e81@x', 'h81', 81), (92, 'e82@x', 'h82', 82), (93, 'e83@x', 'h83', 83), (94, 'e84@x', 'h84', 84), (95, 'e85@x', 'h85', 85), (96, 'e86@x', 'h86', 86), (97, 'e87@x', 'h87', 87), (98, 'e88@x', 'h88', 88), (99, 'e89@x', 'h89', 89), (100, 'e90@x', 'h90', 90), (101, 'e91@x', 'h91', 91), (102, 'e92@x', 'h92', 92), (103, 'e93@x', 'h93', 93), (104, 'e94@x', 'h94', 94), (105, 'e95@x', 'h95', 95), (106, 'e96@x', 'h96', 96), (107, 'e97@x', 'h97', 97), (108, 'e98@x', 'h98', 98), (109, 'e99@x', 'h99', 99), (110, 'e100@x', 'h100', 100), (111, 'e101@x', 'h101', 101), (112, 'e102@x', 'h102', 102), (113, 'e103@x', 'h103', 103), (114, 'e104@x', 'h104', 104), (115, 'e105@x', 'h105', 105), (1000, 'e1@x', 'hz', 7) ON CONFLICT (email) DO NOTHING RETURNING id, points
SELECT id, email, points, lo, hi FROM hunt_w_members ORDER BY id
-- refused
INSERT INTO hunt_w_members (id, email, handle, points) VALUES (2001, 'f1@x', 'g1', 1), (2002, 'f2@x', 'g2', 2), (2003, 'f3@x', 'g3', 3), (2004, 'f4@x', 'g4', 4), (2005, 'f5@x', 'g5', 5), (2006, 'f6@x', 'g6', 6), (2007, 'f7@x', 'g7', 7), (2008, 'f8@x', 'g8', 8), (2009, 'f9@x', 'g9', 9), (2010, 'f10@x', 'g10', 10), (2011, 'f11@x', 'g11', 11), (2012, 'f12@x', 'g12', 12), (2013, 'f13@x', 'g13', 13), (2014, 'f14@x', 'g14', 14), (2015, 'f15@x', 'g15', 15), (2016, 'f16@x', 'g16', 16), (2017, 'f17@x', 'g17', 17), (2018, 'f18@x', 'g18', 18), (2019, 'f19@x', 'g19', 19), (2020, 'f20@x', 'g20', 20), (2021, 'f21@x', 'g21', 21), (2022, 'f22@x', 'g22', 22), (2023, 'f23@x', 'g23', 23), (2024, 'f24@x', 'g24', 24), (2025, 'f25@x', 'g25', 25), (2026, 'f26@x', 'g26', 26), (2027, 'f27@x', 'g27', 27), (2028, 'f28@x', 'g28', 28), (2029, 'f29@x', 'g29', 29), (2030, 'f30@x', 'g30', 30), (2031, 'f31@x', 'g31', 31), (2032, 'f32@x', 'g32', 32), (2033, 'f33@x', 'g33', 33), (2034, 'f34@x', 'g34', 34), (2035, 'f35@x', 'g35', 35), (2036, 'f36@x', 'g36', 36), (2037, 'f37@x', 'g37', 37), (2038, 'f38@x', 'g38', 38), (2039, 'f39@x', 'g39', 39), (2040, 'f40@x', 'g40', 40), (2041, 'f41@x', 'g41', 41), (2042, 'f42@x', 'g42', 42), (2043, 'f43@x', 'g43', 43), (2044, 'f44@x', 'g44', 44), (2045, 'f45@x', 'g45', 45), (2046, 'f46@x', 'g46', 46), (2047, 'f47@x', 'g47', 47), (2048, 'f48@x', 'g48', 48), (2049, 'f49@x', 'g49', 49), (2050, 'f50@x', 'g50', 50), (2051, 'f51@x', 'g51', 51), (2052, 'f52@x', 'g52', 52), (2053, 'f53@x', 'g53', 53), (2054, 'f54@x', 'g54', 54), (2055, 'f55@x', 'g55', 55), (2056, 'f56@x', 'g56', 56), (2057, 'f57@x', 'g57', 57), (2058, 'f58@x', 'g58', 58), (2059, 'f59@x', 'g59', 59), (2060, 'f60@x', 'g60', 60), (2061, 'f61@x', 'g61', 61), (2062, 'f62@x', 'g62', 62), (2063, 'f63@x', 'g63', 63), (2064, 'f64@x', 'g64', 64), (2065, 'f65@x', 'g65', 65), (2066, 'f66@x', 'g66', 66), (2067, 'f67@x', 'g67', 67), (2068, 'f68@x', 'g68', 68), (2069, 'f69@x', 'g69', 69), (2070, 'f70@x', 'g70', 70), (2071, 'f71@x', 'g71', 71), (2072, 'f72@x', 'g72', 72), (2073, 'f73@x', 'g73', 73), (2074, 'f74@x', 'g74', 74), (2075, 'f75@x', 'g75', 75), (2076, 'f76@x', 'g76', 76), (2077, 'f77@x', 'g77', 77), (2078, 'f78@x', 'g78', 78), (2079, 'f79@x', 'g79', 79), (2080, 'f80@x', 'g80', 80), (2081, 'f81@x', 'g81', 81), (2082, 'f82@x', 'g82', 82), (2083, 'f83@x', 'g83', 83), (2084, 'f84@x', 'g84', 84), (2085, 'f85@x', 'g85', 85), (2086, 'f86@x', 'g86', 86), (2087, 'f87@x', 'g87', 87), (2088, 'f88@x', 'g88', 88), (2089, 'f89@x', 'g89', 89), (2090, 'f90@x', 'g90', 90), (2091, 'f91@x', 'g91', 91), (2092, 'f92@x', 'g92', 92), (2093, 'f93@x', 'g93', 93), (2094, 'f94@x', 'g94', 94), (2095, 'f95@x', 'g95', 95), (2096, 'f96@x', 'g96', 96), (2097, 'f97@x', 'g97', 97), (2098, 'f98@x', 'g98', 98), (2099, 'f99@x', 'g99', 99), (2100, 'f100@x', 'g100', 100), (2101, 'f101@x', 'g101', 101), (2001, 'f1@x', 'gg', 1) ON CONFLICT (email) DO NOTHING

-- scenario: insert_select_do_nothing_copies_rows_by_key
UPDATE accounts SET loyalty = id * 3, tier = 'src' WHERE id <= 4
INSERT INTO accounts (id, name, loyalty, tier) SELECT id + 100, name || ' copy', loyalty, tier FROM accounts WHERE id <= 4 UNION ALL SELECT 2, 'exists', 99, 'no' UNION ALL SELECT 101, 'second', 98, 'dup' ON CONFLICT (id) DO NOTHING RETURNING id, name, loyalty, tier, mood
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: insert_select_do_nothing_without_target_and_computed_keys
BEGIN
INSERT INTO accounts (id, name, tier) SELECT g, 'gen ' || g, CASE WHEN g % 2 = 0 THEN 'even' END FROM generate_series(1, 140) AS g ON CONFLICT DO NOTHING
SELECT count(*), count(tier), sum(loyalty) FROM accounts
ROLLBACK
INSERT INTO accounts (id, name, loyalty) SELECT (random() * 0)::int + 300 + g, 'r', g FROM generate_series(1, 3) AS g ON CONFLICT DO NOTHING RETURNING id, loyalty
SELECT id, name, loyalty, tier FROM accounts ORDER BY id

-- scenario: insert_select_upsert_where_and_excluded_in_live_set
UPDATE accounts SET loyalty = 10 WHERE id <= 3
INSERT INTO accounts AS a (id, name, loyalty, tier) SELECT v.id, v.name, v.points, v.tier FROM (VALUES (1, 'one', 5, 'low'), (2, 'two', 50, 'high'), (3, 'three', 10, 'same'), (250, 'new', 1, 'fresh')) AS v(id, name, points, tier) ON CONFLICT (id) DO UPDATE SET loyalty = EXCLUDED.loyalty, name = a.name || '/' || EXCLUDED.tier WHERE a.loyalty < EXCLUDED.loyalty RETURNING a.id, a.name, a.loyalty, a.tier
SELECT id, name, loyalty, tier FROM accounts ORDER BY id

-- scenario: insert_select_do_nothing_on_another_unique_key
INSERT INTO hunt_w_members (id, email, handle, points) SELECT 10 + g, 'm' || g || '@x', NULL, g FROM generate_series(1, 5) AS g UNION ALL SELECT 40, 'a@x', 'taken', 1 ON CONFLICT (email) DO NOTHING RETURNING id, points, nick
SELECT id, email, points, lo, hi, nick FROM hunt_w_members ORDER BY id
-- refused
INSERT INTO hunt_w_members (id, email, points) SELECT 50, 'n@x', g FROM generate_series(1, 2) AS g ON CONFLICT (email) DO NOTHING

-- scenario: insert_select_without_the_key_is_refused
-- refused
INSERT INTO orders (item, qty) SELECT 'x' || g, g FROM generate_series(1, 3) AS g ON CONFLICT DO NOTHING

-- scenario: hunt_w3_django_save_update_every_column_params
-- params: ["Alice2", null, "2024-09-09", "7", "gold", "sad", "{a,\"b c\"}", "1"]
UPDATE "accounts" SET "name" = $1, "email" = $2, "created_on" = $3, "loyalty" = $4, "tier" = $5, "mood" = $6, "labels" = $7 WHERE "accounts"."id" = $8
-- params: ["8", "2"]
UPDATE "accounts" SET "loyalty" = $1 WHERE "accounts"."id" = $2
-- params: ["9", "2"]
UPDATE "accounts" SET "loyalty" = $1 WHERE "accounts"."id" = $2
-- params: ["9", "99"]
UPDATE "accounts" SET "loyalty" = $1 WHERE "accounts"."id" = $2
SELECT * FROM accounts WHERE id <= 2 ORDER BY id

-- scenario: hunt_w3_django_insert_returning_id_and_get_or_create
-- params: ["50", "dj", null, null, "3", "silver", "grumpy", "{}"]
INSERT INTO "accounts" ("id", "name", "email", "created_on", "loyalty", "tier", "mood", "labels") VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING "accounts"."id"
BEGIN
SAVEPOINT "s1_x1"
-- params: ["50", "again", "4", "bronze"]
INSERT INTO "accounts" ("id", "name", "loyalty", "tier") VALUES ($1, $2, $3, $4) RETURNING "accounts"."id"
ROLLBACK TO SAVEPOINT "s1_x1"
-- params: ["50"]
SELECT "accounts"."id", "accounts"."loyalty", "accounts"."tier", "accounts"."mood", "accounts"."labels" FROM "accounts" WHERE "accounts"."id" = $1 LIMIT 21
RELEASE SAVEPOINT "s1_x1"
COMMIT
SELECT id, name, loyalty, tier, mood, labels FROM accounts WHERE id = 50

-- scenario: hunt_w3_django_bulk_update_case_params
-- params: ["1", "11", "2", "22", "3", null, "1", "2", "3"]
UPDATE "accounts" SET "loyalty" = CASE WHEN ("accounts"."id" = $1) THEN $2::integer WHEN ("accounts"."id" = $3) THEN $4::integer WHEN ("accounts"."id" = $5) THEN $6::integer ELSE NULL END WHERE "accounts"."id" IN ($7, $8, $9)
UPDATE "accounts" SET "tier" = CASE WHEN ("accounts"."id" = 1) THEN 'a' WHEN ("accounts"."id" = 2) THEN "accounts"."tier" ELSE NULL END WHERE "accounts"."id" IN (1, 2)
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w3_django_update_where_in_subquery_of_shadow
UPDATE accounts SET loyalty = id WHERE id <= 5
UPDATE "accounts" SET "tier" = 'top' WHERE "accounts"."id" IN (SELECT U0."id" FROM "accounts" U0 WHERE U0."loyalty" >= 3)
UPDATE "bills" SET "paid" = true WHERE "bills"."account_id" IN (SELECT U0."id" FROM "accounts" U0 WHERE U0."tier" = 'top') RETURNING "bills"."id"
SELECT id, loyalty, tier FROM accounts ORDER BY id
SELECT id, paid FROM bills ORDER BY id

-- scenario: hunt_w3_sqlalchemy_insertmanyvalues_returning
-- params: ["51", "a", "1", "t1", "52", "b", null, "t2", "53", "c", "3", null]
INSERT INTO accounts (id, name, loyalty, tier) SELECT p0::INTEGER, p1::VARCHAR, p2::INTEGER, p3::VARCHAR FROM (VALUES ($1, $2, $3, $4, 0), ($5, $6, $7, $8, 1), ($9, $10, $11, $12, 2)) AS imp_sen(p0, p1, p2, p3, sen_counter) ORDER BY sen_counter RETURNING accounts.id, accounts.loyalty, accounts.tier, accounts.id AS id__1
-- params: ["54", "d", "4", "t4", "55", "e", "5", "t5"]
INSERT INTO accounts (id, name, loyalty, tier) VALUES ($1, $2, $3, $4), ($5, $6, $7, $8) RETURNING accounts.id, accounts.mood
SELECT id, name, loyalty, tier, mood FROM accounts WHERE id > 50 ORDER BY id

-- scenario: hunt_w3_sqlalchemy_executemany_update_by_pk
BEGIN
-- params: ["5", "x", "1"]
UPDATE accounts SET loyalty=$1::INTEGER, tier=$2::VARCHAR WHERE accounts.id = $3::INTEGER
-- params: ["6", "y", "2"]
UPDATE accounts SET loyalty=$1::INTEGER, tier=$2::VARCHAR WHERE accounts.id = $3::INTEGER
-- params: ["7", null, "3"]
UPDATE accounts SET loyalty=$1::INTEGER, tier=$2::VARCHAR WHERE accounts.id = $3::INTEGER
COMMIT
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w3_rails_upsert_all_returning_id
INSERT INTO "accounts" ("id","name","tier") VALUES (1, 'x', 'gold'), (60, 'y', 'silver') ON CONFLICT ("id") DO UPDATE SET "tier"=excluded."tier" RETURNING "id"
INSERT INTO "accounts" ("id","name","tier","loyalty") VALUES (1, 'x', 'gold', 3), (61, 'z', NULL, 4) ON CONFLICT ("id") DO UPDATE SET "created_on"=(CASE WHEN ("accounts"."tier" IS NOT DISTINCT FROM excluded."tier" AND "accounts"."loyalty" IS NOT DISTINCT FROM excluded."loyalty") THEN "accounts"."created_on" ELSE DATE '2030-01-01' END),"tier"=excluded."tier","loyalty"=excluded."loyalty" RETURNING "id"
INSERT INTO "accounts" ("id","name","tier","loyalty") VALUES (1, 'x', 'gold', 3) ON CONFLICT ("id") DO UPDATE SET "created_on"=(CASE WHEN ("accounts"."tier" IS NOT DISTINCT FROM excluded."tier" AND "accounts"."loyalty" IS NOT DISTINCT FROM excluded."loyalty") THEN "accounts"."created_on" ELSE DATE '2031-01-01' END),"tier"=excluded."tier","loyalty"=excluded."loyalty" RETURNING "id"
SELECT id, name, created_on, loyalty, tier FROM accounts WHERE id IN (1, 60, 61) ORDER BY id

-- scenario: hunt_w3_rails_optimistic_lock_on_shadow_column
-- params: ["gold", "1", "1", "0"]
UPDATE "accounts" SET "tier" = $1, "loyalty" = $2 WHERE "accounts"."id" = $3 AND "accounts"."loyalty" = $4
-- params: ["silver", "1", "1", "0"]
UPDATE "accounts" SET "tier" = $1, "loyalty" = $2 WHERE "accounts"."id" = $3 AND "accounts"."loyalty" = $4
-- params: ["1"]
UPDATE "accounts" SET "loyalty" = COALESCE("loyalty", 0) + 1 WHERE "accounts"."id" = $1
SELECT id, loyalty, tier FROM accounts WHERE id = 1

-- scenario: hunt_w3_prisma_update_and_upsert_with_where
-- params: ["5", "1"]
UPDATE "public"."accounts" SET "loyalty" = ("loyalty" + $1) WHERE ("public"."accounts"."id" = $2 AND 1=1) RETURNING "public"."accounts"."id", "public"."accounts"."loyalty"
-- params: ["1", "p", "newt", "updt", "1"]
INSERT INTO "public"."accounts" ("id","name","tier") VALUES ($1,$2,$3) ON CONFLICT ("id") DO UPDATE SET "tier" = $4 WHERE ("public"."accounts"."id" = $5 AND 1=1) RETURNING "public"."accounts"."id", "public"."accounts"."tier", "public"."accounts"."loyalty"
-- params: ["62", "p", "newt", "updt", "62"]
INSERT INTO "public"."accounts" ("id","name","tier") VALUES ($1,$2,$3) ON CONFLICT ("id") DO UPDATE SET "tier" = $4 WHERE ("public"."accounts"."id" = $5 AND 1=1) RETURNING "public"."accounts"."id", "public"."accounts"."tier", "public"."accounts"."loyalty"
SELECT id, loyalty, tier FROM accounts WHERE id IN (1, 62) ORDER BY id

-- scenario: hunt_w3_typeorm_sequelize_returning_defaults
INSERT INTO "accounts"("id", "name", "loyalty", "tier", "mood") VALUES (63, 'to', DEFAULT, DEFAULT, DEFAULT) RETURNING "loyalty", "mood", "labels"
-- params: ["64", "sq", "t"]
INSERT INTO "accounts" ("id","name","tier") VALUES ($1,$2,$3) RETURNING "id","name","email","created_on","loyalty","tier","mood","labels";
INSERT INTO "accounts" ("id","name","tier") VALUES (64,'sq2','t2') ON CONFLICT ("id") DO UPDATE SET "name"=EXCLUDED."name","tier"=EXCLUDED."tier" RETURNING "id","name","tier","loyalty";
SELECT * FROM accounts WHERE id >= 63 ORDER BY id

-- scenario: hunt_w3_update_from_values_batch_params
UPDATE accounts SET loyalty = 10 WHERE id <= 3
-- params: ["1", "5", "2", "6", "77", "7"]
UPDATE accounts AS a SET loyalty = a.loyalty + v.x FROM (VALUES ($1::int, $2::int), ($3::int, $4::int), ($5::int, $6::int)) AS v(id, x) WHERE a.id = v.id RETURNING a.id, a.loyalty, v.x
UPDATE accounts AS a SET tier = v.t, loyalty = v.l::int FROM (VALUES (3, 'three', '33'), (4, NULL, NULL)) AS v(id, t, l) WHERE a.id = v.id
UPDATE accounts SET mood = v.m::mood FROM (VALUES (5, 'sad'), (6, 'grumpy')) v(id, m) WHERE accounts.id = v.id RETURNING *
SELECT id, loyalty, tier, mood FROM accounts ORDER BY id

-- scenario: hunt_w3_update_subquery_reads_old_values_of_all_rows
UPDATE accounts SET loyalty = id WHERE id <= 3
UPDATE accounts SET loyalty = (SELECT sum(loyalty) FROM accounts) WHERE id <= 3 RETURNING id, loyalty
UPDATE accounts a SET loyalty = (SELECT b.loyalty FROM accounts b WHERE b.id = a.id + 1) WHERE a.id <= 4 RETURNING a.id, a.loyalty
UPDATE accounts SET loyalty = (SELECT max(loyalty) FROM accounts) + 1 RETURNING id, loyalty
SELECT id, loyalty FROM accounts ORDER BY id

-- scenario: hunt_w3_update_subquery_reads_other_table_shadow_in_transaction
BEGIN
UPDATE bills SET paid = true WHERE amount > 10 RETURNING id
UPDATE accounts a SET loyalty = (SELECT count(*) FROM bills b WHERE b.account_id = a.id AND b.paid), tier = (SELECT string_agg(b.id::text, ',' ORDER BY b.id) FROM bills b WHERE b.account_id = a.id AND NOT b.paid) RETURNING a.id, a.loyalty, a.tier
UPDATE bills SET due = (SELECT DATE '2030-01-01' + a.loyalty FROM accounts a WHERE a.id = bills.account_id) WHERE paid RETURNING id, due
COMMIT
SELECT id, loyalty, tier FROM accounts ORDER BY id
SELECT id, paid, due FROM bills ORDER BY id

-- scenario: hunt_w3_delete_returning_then_reinsert_in_one_string
UPDATE accounts SET loyalty = 5, tier = 'old', labels = '{x}' WHERE id IN (6, 8)
DELETE FROM accounts WHERE id IN (6, 8) RETURNING id, loyalty, tier, labels; INSERT INTO accounts (id, name, tier) VALUES (6, 'six', 'new'), (8, 'eight', DEFAULT) RETURNING id, loyalty, tier, labels
SELECT id, name, loyalty, tier, labels FROM accounts WHERE id IN (6, 8) ORDER BY id
BEGIN
DELETE FROM accounts WHERE id = 6 RETURNING tier
INSERT INTO accounts (id, name, loyalty) VALUES (6, 'six again', 66) RETURNING tier, loyalty
ROLLBACK
SELECT id, name, loyalty, tier, labels FROM accounts WHERE id IN (6, 8) ORDER BY id

-- scenario: hunt_w3_on_conflict_on_constraint_composite
UPDATE line_items SET discount = 1.25 WHERE order_id = 1
INSERT INTO line_items (order_id, line, product, discount) VALUES (1, 1, 'apple2', 2.5), (1, 3, 'new', 0.333) ON CONFLICT ON CONSTRAINT line_items_pkey DO UPDATE SET discount = line_items.discount + EXCLUDED.discount, product = EXCLUDED.product RETURNING order_id, line, product, discount
INSERT INTO line_items (order_id, line, discount) VALUES (1, 2, 9) ON CONFLICT ON CONSTRAINT line_items_pkey DO NOTHING RETURNING discount
-- params: ["1", "2", "4.444"]
INSERT INTO line_items (order_id, line, discount) VALUES ($1, $2, $3) ON CONFLICT ON CONSTRAINT line_items_pkey DO UPDATE SET discount = EXCLUDED.discount WHERE line_items.discount < EXCLUDED.discount RETURNING discount
SELECT * FROM line_items ORDER BY order_id, line

-- scenario: hunt_w3_primary_key_change_with_shadow_and_restart
UPDATE accounts SET loyalty = id * 10, tier = 't' || id WHERE id IN (6, 8)
UPDATE accounts SET id = id + 100, loyalty = loyalty + 1 WHERE id IN (6, 8) RETURNING id, loyalty, tier
UPDATE accounts SET id = 6 WHERE id = 106 RETURNING id, loyalty, tier
UPDATE accounts SET id = 6 WHERE id = 108
SELECT id, loyalty, tier FROM accounts ORDER BY id
-- restart
SELECT id, loyalty, tier FROM accounts ORDER BY id
UPDATE accounts SET id = id - 100 WHERE id = 108 RETURNING id, loyalty, tier

-- scenario: hunt_w3_composite_key_change_and_params
UPDATE line_items SET discount = line * 1.5 WHERE order_id = 1
-- params: ["10", "1"]
UPDATE line_items SET line = line + $1, discount = discount + 1 WHERE order_id = $2 RETURNING order_id, line, discount
UPDATE line_items SET order_id = 9 WHERE order_id = 1 AND line = 11 RETURNING *
INSERT INTO line_items (order_id, line, product) VALUES (1, 1, 'back') RETURNING discount
SELECT * FROM line_items ORDER BY order_id, line

-- scenario: hunt_w3_not_null_check_rollback_to_savepoint_and_retry
BEGIN
INSERT INTO orders (id, item, note, qty) VALUES (80, 'a', 'n', 2) RETURNING id, qty, code, note
SAVEPOINT retry
INSERT INTO orders (id, item, qty) VALUES (81, 'b', 3)
ROLLBACK TO SAVEPOINT retry
INSERT INTO orders (id, item, qty, note) VALUES (81, 'b', -3, 'x')
ROLLBACK TO SAVEPOINT retry
UPDATE orders SET note = NULL WHERE id = 80
ROLLBACK TO SAVEPOINT retry
UPDATE orders SET qty = qty - 2 WHERE id = 80
ROLLBACK TO SAVEPOINT retry
INSERT INTO orders (id, item, qty, note) VALUES (81, 'b', 3, 'x') RETURNING *
UPDATE orders SET qty = qty * 2 WHERE id IN (80, 81) RETURNING id, qty
COMMIT
SELECT * FROM orders ORDER BY id

-- scenario: hunt_w3_two_shadow_check_and_not_null_params
BEGIN
-- params: ["20", "1"]
UPDATE hunt_w_members SET lo = $1 WHERE id = $2
ROLLBACK
BEGIN
SAVEPOINT a
-- params: ["20", "30", "1"]
UPDATE hunt_w_members SET lo = $1, hi = $2 WHERE id = $3 RETURNING lo, hi
SAVEPOINT b
-- params: [null, "2"]
UPDATE hunt_w_members SET points = $1 WHERE id = $2
ROLLBACK TO SAVEPOINT b
-- params: ["-1", "2"]
UPDATE hunt_w_members SET points = $1::int WHERE id = $2
ROLLBACK TO b
-- params: ["5", "2"]
UPDATE hunt_w_members SET points = $1 WHERE id = $2 RETURNING points
RELEASE a
COMMIT
SELECT id, points, lo, hi FROM hunt_w_members ORDER BY id

-- scenario: hunt_w3_nested_savepoints_release_and_restart
BEGIN
UPDATE accounts SET loyalty = 1 WHERE id = 1
SAVEPOINT outer_sp
UPDATE accounts SET loyalty = 2, tier = 'o' WHERE id = 1
SAVEPOINT inner_sp
UPDATE accounts SET loyalty = 3 WHERE id = 1
INSERT INTO accounts (id, name, tier) VALUES (70, 'in', 'inner')
RELEASE SAVEPOINT inner_sp
SELECT id, loyalty, tier FROM accounts WHERE id IN (1, 70) ORDER BY id
ROLLBACK TO SAVEPOINT outer_sp
SELECT id, loyalty, tier FROM accounts WHERE id IN (1, 70) ORDER BY id
SAVEPOINT inner_sp
UPDATE accounts SET tier = 'again' WHERE id = 1
RELEASE outer_sp
UPDATE accounts SET loyalty = loyalty + 10 WHERE id = 1 RETURNING loyalty, tier
COMMIT
-- restart
SELECT id, loyalty, tier FROM accounts WHERE id IN (1, 70) ORDER BY id

-- scenario: hunt_w3_multi_statement_transaction_with_reads
BEGIN; UPDATE accounts SET loyalty = 4 WHERE id = 1; SELECT id, loyalty FROM accounts WHERE id = 1; INSERT INTO bills (id, account_id, amount, paid) VALUES (70, 1, 3, true) RETURNING id, paid, due; COMMIT
SELECT id, loyalty FROM accounts WHERE id = 1
UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 1; SELECT loyalty FROM accounts WHERE id = 1; UPDATE accounts SET tier = loyalty::text WHERE id = 1 RETURNING tier
SELECT id, loyalty, tier FROM accounts WHERE id = 1
SELECT id, paid, due FROM bills WHERE id = 70

-- scenario: hunt_w3_multi_statement_error_leaves_transaction_aborted
BEGIN; UPDATE accounts SET loyalty = 5 WHERE id = 1; UPDATE accounts SET loyalty = 1 / 0 WHERE id = 2; COMMIT
SELECT id, loyalty FROM accounts WHERE id = 1
ROLLBACK
SELECT id, loyalty FROM accounts WHERE id <= 2 ORDER BY id
BEGIN; UPDATE accounts SET loyalty = 6 WHERE id = 1; SAVEPOINT s; INSERT INTO orders (id, item, note, qty) VALUES (90, 'x', 'y', 0)
ROLLBACK TO s
UPDATE accounts SET tier = 'kept' WHERE id = 1; COMMIT
SELECT id, loyalty, tier FROM accounts WHERE id <= 2 ORDER BY id
SELECT id FROM orders ORDER BY id

-- scenario: hunt_w3_prepared_counter_upsert_repeated
-- params: ["1"]
INSERT INTO accounts (id, name, loyalty) VALUES ($1, 'c', 1) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty + 1 RETURNING loyalty
-- params: ["1"]
INSERT INTO accounts (id, name, loyalty) VALUES ($1, 'c', 1) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty + 1 RETURNING loyalty
-- params: ["71"]
INSERT INTO accounts (id, name, loyalty) VALUES ($1, 'c', 1) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty + 1 RETURNING loyalty
BEGIN
-- params: ["71"]
INSERT INTO accounts (id, name, loyalty) VALUES ($1, 'c', 1) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty + 1 RETURNING loyalty
-- params: ["71"]
INSERT INTO accounts (id, name, loyalty) VALUES ($1, 'c', 1) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty + 1 RETURNING loyalty
ROLLBACK
-- params: ["71"]
INSERT INTO accounts (id, name, loyalty) VALUES ($1, 'c', 1) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty + 1 RETURNING loyalty
-- restart
-- params: ["71"]
INSERT INTO accounts (id, name, loyalty) VALUES ($1, 'c', 1) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty + 1 RETURNING loyalty
SELECT id, loyalty FROM accounts WHERE id IN (1, 71) ORDER BY id

-- scenario: hunt_w3_default_keyword_everywhere
UPDATE accounts SET loyalty = 5, mood = 'sad', labels = '{z}', tier = 't' WHERE id <= 2
UPDATE accounts SET loyalty = DEFAULT, mood = DEFAULT, labels = DEFAULT, tier = DEFAULT WHERE id = 1 RETURNING *
INSERT INTO accounts (id, name, loyalty, tier) VALUES (2, 'x', 9, 'u') ON CONFLICT (id) DO UPDATE SET loyalty = DEFAULT, tier = EXCLUDED.tier RETURNING id, loyalty, tier, mood
INSERT INTO orders (id, item, qty, code, note) VALUES (91, 'd', DEFAULT, DEFAULT, 'n') RETURNING qty, code
UPDATE orders SET qty = 5 WHERE id = 91
UPDATE orders SET qty = DEFAULT WHERE id = 91 RETURNING qty
INSERT INTO bills (id, account_id, amount, paid, due) VALUES (71, 1, 1, DEFAULT, DEFAULT) RETURNING paid, due
SELECT id, loyalty, tier, mood, labels FROM accounts WHERE id <= 2 ORDER BY id

-- scenario: hunt_w3_varchar_overflow_and_trailing_spaces
UPDATE "Users" SET "Nick" = repeat('x', 21) WHERE "Id" = 1
UPDATE "Users" SET "Nick" = 'padded' || repeat(' ', 30) WHERE "Id" = 1 RETURNING "Nick", length("Nick")
-- params: ["abcdefghijklmnopqrstuvwxyz"]
UPDATE "Users" SET "Nick" = $1 WHERE "Id" = 2
-- params: ["abcdefghijklmnopqrst"]
UPDATE "Users" SET "Nick" = $1 WHERE "Id" = 2 RETURNING "Nick"
UPDATE "Users" SET "Nick" = 'abcdefghijklmnopqrstuvwxyz'::varchar(25) WHERE "Id" = 3
UPDATE "Users" SET "Nick" = 'abcdefghijklmnopqrstuvwxyz'::varchar(22)::varchar(20) WHERE "Id" = 3 RETURNING "Nick"
INSERT INTO "Users" ("Id", "Nick") VALUES (10, 'ok'), (11, repeat('y', 25))
UPDATE orders SET code = 'abcdef' WHERE id = 1
INSERT INTO orders (id, item, note, code) VALUES (92, 'i', 'n', 'abc  ') RETURNING code, length(code)
UPDATE orders SET code = CASE WHEN id > 100 THEN 'abcdef' ELSE 'ab' END WHERE id = 92 RETURNING code
UPDATE orders SET code = 'abcdef' WHERE id = 92
SELECT * FROM "Users" ORDER BY "Id"

-- scenario: hunt_w3_numeric_rounding_and_overflow
UPDATE line_items SET discount = 1.005 WHERE order_id = 1 AND line = 1 RETURNING discount
UPDATE line_items SET discount = discount / 3 WHERE order_id = 1 AND line = 1 RETURNING discount
UPDATE line_items SET discount = 999.994 WHERE order_id = 1 AND line = 2 RETURNING discount
UPDATE line_items SET discount = 999.995 WHERE order_id = 2
-- params: ["2.345"]
UPDATE line_items SET discount = $1 WHERE order_id = 3 RETURNING discount, discount * 2
-- params: ["-0.004", "3", "1"]
INSERT INTO line_items (order_id, line, discount) VALUES ($2, 2, $1), (4, 1, '1e2') ON CONFLICT (order_id, line) DO UPDATE SET discount = EXCLUDED.discount RETURNING order_id, line, discount
SELECT * FROM line_items ORDER BY order_id, line

-- scenario: hunt_w3_null_versus_default
INSERT INTO accounts (id, name, loyalty, mood, labels) VALUES (72, 'n', NULL, NULL, NULL) RETURNING loyalty, mood, labels
INSERT INTO accounts (id, name) VALUES (73, 'd') RETURNING loyalty, mood, labels
-- params: ["74", null]
INSERT INTO accounts (id, name, loyalty) VALUES ($1, 'p', $2) RETURNING loyalty, loyalty IS NULL
SELECT id FROM accounts WHERE loyalty IS NULL ORDER BY id
UPDATE accounts SET loyalty = DEFAULT WHERE loyalty IS NULL RETURNING id, loyalty
INSERT INTO orders (id, item, qty, note) VALUES (93, 'q', NULL, 'n')
INSERT INTO orders (id, item, note) VALUES (93, 'q', NULL)
SELECT id, loyalty, mood, labels FROM accounts WHERE id >= 72 ORDER BY id

-- scenario: hunt_w3_foreign_key_and_unique_errors_in_writes
INSERT INTO bills (id, account_id, amount, paid) VALUES (72, 999, 1, true)
INSERT INTO accounts (id, name, tier) VALUES (1, 'dup', 'x')
INSERT INTO accounts (id, name, tier) VALUES (75, 'a', 'x'), (75, 'b', 'y')
UPDATE accounts SET id = 2, tier = 'moved' WHERE id = 8
UPDATE bills SET account_id = 999, paid = true WHERE id = 1
SELECT id, tier FROM accounts ORDER BY id
SELECT id, account_id, paid FROM bills ORDER BY id

-- scenario: hunt_w3_repeatable_read_transaction_writes
BEGIN ISOLATION LEVEL REPEATABLE READ
UPDATE accounts SET loyalty = 3 WHERE id = 1
UPDATE accounts SET loyalty = loyalty * 2 WHERE id = 1 RETURNING loyalty
INSERT INTO accounts (id, name, loyalty) SELECT 76, 'rr', loyalty + 1 FROM accounts WHERE id = 1 RETURNING loyalty
SELECT id, loyalty FROM accounts WHERE id IN (1, 76) ORDER BY id
COMMIT
BEGIN ISOLATION LEVEL SERIALIZABLE
UPDATE accounts SET tier = 's' WHERE loyalty > 5 RETURNING id
COMMIT
SELECT id, loyalty, tier FROM accounts WHERE id IN (1, 76) ORDER BY id

-- scenario: hunt_w3_date_and_enum_params_errors
-- params: ["2025-13-01", "1"]
UPDATE bills SET due = $1 WHERE id = $2
-- params: ["2025-02-28", "1"]
UPDATE bills SET due = $1 WHERE id = $2 RETURNING due, due + 1
-- params: ["angry", "1"]
UPDATE accounts SET mood = $1 WHERE id = $2
-- params: ["grumpy", "1"]
UPDATE accounts SET mood = $1 WHERE id = $2 RETURNING mood
-- params: ["notanint", "1"]
UPDATE accounts SET loyalty = $1 WHERE id = $2
-- params: ["{a,b", "1"]
UPDATE accounts SET labels = $1 WHERE id = $2
SELECT id, mood, labels, loyalty FROM accounts WHERE id = 1
SELECT id, due FROM bills WHERE id = 1

-- scenario: hunt_w3_restart_with_open_transaction_and_savepoint
UPDATE accounts SET loyalty = 1, tier = 'committed' WHERE id = 1
BEGIN
UPDATE accounts SET loyalty = 2 WHERE id = 1
SAVEPOINT s
INSERT INTO accounts (id, name, tier) VALUES (77, 'lost', 'lost')
DELETE FROM accounts WHERE id = 8
-- restart
SELECT id, loyalty, tier FROM accounts WHERE id IN (1, 8, 77) ORDER BY id
INSERT INTO accounts (id, name, tier) VALUES (77, 'kept', 'kept') RETURNING loyalty, tier
UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 1 RETURNING loyalty, tier
-- restart
SELECT id, loyalty, tier FROM accounts WHERE id IN (1, 8, 77) ORDER BY id

-- scenario: hunt_w3_upsert_do_nothing_then_update_same_statement_string
INSERT INTO accounts (id, name, tier) VALUES (1, 'x', 'n') ON CONFLICT DO NOTHING; UPDATE accounts SET tier = coalesce(tier, 'none') || '+' WHERE id = 1 RETURNING tier
INSERT INTO accounts (id, name, tier) VALUES (78, 'x', 'n') ON CONFLICT DO NOTHING RETURNING tier; UPDATE accounts SET tier = tier || '+' WHERE id = 78 RETURNING tier
SELECT id, tier FROM accounts WHERE id IN (1, 78) ORDER BY id

-- scenario: hunt_w3_hibernate_column_order_and_version
-- params: ["hb", "2", "ver", "79"]
insert into accounts (name, loyalty, tier, id) values ($1, $2, $3, $4)
-- params: ["3", "ver2", "79", "2"]
update accounts set loyalty=$1, tier=$2 where id=$3 and loyalty=$4
-- params: ["4", "ver3", "79", "2"]
update accounts set loyalty=$1, tier=$2 where id=$3 and loyalty=$4
-- params: ["79", "3"]
delete from accounts where id=$1 and loyalty=$2
SELECT id, loyalty, tier FROM accounts WHERE id = 79

-- scenario: hunt_w3_one_parameter_in_where_and_shadow_positions
-- params: ["3"]
UPDATE accounts SET loyalty = $1 WHERE id = $1 RETURNING loyalty
-- params: ["4"]
UPDATE accounts SET tier = $1, loyalty = $1::int + 1 WHERE id = $1::int RETURNING tier, loyalty
-- params: ["5"]
DELETE FROM accounts WHERE id = $1 AND coalesce(tier, $1) = $1 RETURNING id, tier
SELECT id, email, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w3_statements_with_comments_and_odd_literals
/* controller='orders',action='update' */ UPDATE accounts SET loyalty = 3 WHERE id = 1 RETURNING loyalty
UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 1 /*traceparent='00-5bd66ef5095369c7b0d1f8f4bd33716a-c532cb4098ac3dd2-01'*/
UPDATE accounts SET loyalty = 'x' WHERE id = 1 /*traceparent='00-aa-bb-01'*/
-- leading line comment
UPDATE accounts SET tier = $$it's "dollar"$$, labels = ARRAY[E'back\\slash', U&'\0041bc', 'semi;colon'] WHERE id = 2 RETURNING tier, labels
INSERT INTO accounts (id, name, tier) VALUES (82, 'c', 'a -- not a comment') RETURNING tier; -- trailing comment
UPDATE ACCOUNTS SET LOYALTY = 9, Tier = 'UP' WHERE ID = 3 RETURNING LOYALTY, TIER, Accounts.Mood
SELECT id, loyalty, tier, labels FROM accounts WHERE id IN (1, 2, 3, 82) ORDER BY id

-- scenario: hunt_w3_returning_sub_selects_read_the_statement_snapshot
UPDATE accounts SET loyalty = 5 WHERE id = 1
UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 1 RETURNING loyalty, (SELECT a2.loyalty FROM accounts a2 WHERE a2.id = 1) AS before
INSERT INTO accounts (id, name, loyalty) VALUES (1, 'x', 10) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty + EXCLUDED.loyalty RETURNING loyalty, (SELECT a2.loyalty FROM accounts a2 WHERE a2.id = 1) AS before
DELETE FROM accounts WHERE id = 8 RETURNING (SELECT count(*) FROM accounts) AS seen, loyalty
UPDATE bills SET paid = true WHERE account_id = 1 RETURNING id, (SELECT count(*) FROM bills b WHERE b.paid) AS paid_before
SELECT id, loyalty FROM accounts WHERE id IN (1, 8) ORDER BY id

-- scenario: hunt_w3_commit_in_the_middle_of_a_string_then_error
BEGIN; UPDATE accounts SET loyalty = 1 WHERE id = 1; COMMIT; UPDATE accounts SET loyalty = 1 / 0 WHERE id = 2
SELECT id, loyalty FROM accounts WHERE id <= 2 ORDER BY id
UPDATE accounts SET tier = 'a' WHERE id = 1; COMMIT; UPDATE accounts SET tier = 'b' WHERE id = 2; SELECT 1 / 0
SELECT id, loyalty, tier FROM accounts WHERE id <= 2 ORDER BY id
BEGIN; UPDATE accounts SET loyalty = 5 WHERE id = 3; ROLLBACK; UPDATE accounts SET loyalty = 6 WHERE id = 4 RETURNING loyalty
UPDATE accounts SET loyalty = 7 WHERE id = 5; SAVEPOINT a; UPDATE accounts SET loyalty = 8 WHERE id = 5
-- restart
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w3_key_change_with_parameters
UPDATE accounts SET loyalty = 4, tier = 'k' WHERE id = 8
-- params: ["108", "5", "8"]
UPDATE accounts SET id = $1, loyalty = $2 WHERE id = $3 RETURNING id, loyalty, tier
-- params: ["8", "108"]
UPDATE accounts SET id = $1::int WHERE id = $2 RETURNING id, loyalty, tier
-- params: ["1", "6"]
UPDATE accounts SET id = $1 WHERE id = $2
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w3_update_top_n_by_shadow_column
UPDATE accounts SET loyalty = id % 3 WHERE id <= 6
UPDATE accounts SET tier = 'top' WHERE id IN (SELECT id FROM accounts ORDER BY loyalty DESC, id LIMIT 2) RETURNING id, loyalty
UPDATE accounts SET tier = 'min' WHERE loyalty = (SELECT min(loyalty) FROM accounts) RETURNING id
UPDATE accounts SET loyalty = loyalty + 1 WHERE EXISTS (SELECT FROM bills b WHERE b.account_id = accounts.id AND NOT b.paid) RETURNING id, loyalty
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w3_upsert_counter_composite_key_savepoints_restart
BEGIN
INSERT INTO line_items (order_id, line, discount) VALUES (7, 1, 1) ON CONFLICT (order_id, line) DO UPDATE SET discount = line_items.discount + 1 RETURNING discount
SAVEPOINT s
INSERT INTO line_items (order_id, line, discount) VALUES (7, 1, 1) ON CONFLICT (order_id, line) DO UPDATE SET discount = line_items.discount + 1 RETURNING discount
INSERT INTO line_items (order_id, line, discount) VALUES (7, 1, 1) ON CONFLICT (order_id, line) DO UPDATE SET discount = line_items.discount + 1 RETURNING discount
ROLLBACK TO s
INSERT INTO line_items (order_id, line, discount) VALUES (7, 1, 1) ON CONFLICT (order_id, line) DO UPDATE SET discount = line_items.discount + 0.5 RETURNING discount
COMMIT
-- restart
INSERT INTO line_items (order_id, line, discount) VALUES (7, 1, 1) ON CONFLICT (order_id, line) DO UPDATE SET discount = line_items.discount + 1 RETURNING discount
SELECT * FROM line_items ORDER BY order_id, line

-- scenario: hunt_w3_writes_touching_no_rows
INSERT INTO accounts (id, name, tier) SELECT id, name, 'x' FROM accounts WHERE false RETURNING id
UPDATE accounts SET loyalty = NULL WHERE false
INSERT INTO accounts (id, name, tier) VALUES (1, 'a', 'b'), (2, 'c', 'd') ON CONFLICT DO NOTHING RETURNING tier
DELETE FROM accounts WHERE loyalty > 100 RETURNING *
UPDATE line_items SET discount = 1 WHERE order_id = 99 RETURNING *
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w3_rollback_and_chain
BEGIN
UPDATE accounts SET loyalty = 1 WHERE id = 1
ROLLBACK AND CHAIN
UPDATE accounts SET loyalty = 2 WHERE id = 2
SELECT id, loyalty FROM accounts WHERE id <= 2 ORDER BY id
COMMIT
SELECT id, loyalty FROM accounts WHERE id <= 2 ORDER BY id

-- scenario: hunt_w3_bills_dates_and_booleans
UPDATE bills SET due = due + 30, paid = NOT paid WHERE account_id = 1 RETURNING id, due, paid
UPDATE bills SET due = date_trunc('month', due)::date WHERE id = 1 RETURNING due
UPDATE bills SET paid = amount > 10 RETURNING id, paid
UPDATE bills SET paid = NULL, due = NULL WHERE id = 9 RETURNING paid IS NULL, due
-- params: ["2025-06-01", "t"]
INSERT INTO bills (id, account_id, amount, due, paid) VALUES (73, 2, 1, $1, $2) RETURNING due - DATE '2025-01-01' AS days, paid
SELECT id, due, paid FROM bills ORDER BY id

-- scenario: hunt_w3_bit_string_lengths_as_assignments
UPDATE hunt_w_members SET mask = B'101', vmask = B'11' WHERE id = 1 RETURNING mask, vmask
UPDATE hunt_w_members SET mask = B'1' WHERE id = 1
UPDATE hunt_w_members SET mask = B'1' WHERE id = 99
UPDATE hunt_w_members SET mask = '1111' WHERE id = 2
UPDATE hunt_w_members SET vmask = B'11111' WHERE id = 2
UPDATE hunt_w_members SET vmask = vmask || B'111' WHERE id = 1
UPDATE hunt_w_members SET mask = ~mask, vmask = vmask || B'1' WHERE id = 1 RETURNING mask, vmask
-- params: ["10", "2"]
UPDATE hunt_w_members SET mask = $1 WHERE id = $2
-- params: ["011", "2"]
UPDATE hunt_w_members SET mask = $1 WHERE id = $2 RETURNING mask
INSERT INTO hunt_w_members (id, email, mask) VALUES (30, 'm@x', '10')
INSERT INTO hunt_w_members (id, email, mask, vmask) SELECT 31, 'n@x', '110', '1'
INSERT INTO hunt_w_members (id, email, mask) SELECT 32, 'o@x', '1'
INSERT INTO hunt_w_members (id, email, mask) VALUES (1, 'a@x', B'111') ON CONFLICT (id) DO UPDATE SET mask = EXCLUDED.mask, vmask = B'0' RETURNING mask, vmask
SELECT id, mask, vmask FROM hunt_w_members ORDER BY id

-- scenario: hunt_w3_char_and_varchar_array_lengths_and_no_rows
UPDATE gadgets SET tag4 = 'abcdef' WHERE id = 99
UPDATE gadgets SET tag4 = 'abc   ' WHERE id = 1 RETURNING tag4, length(tag4), octet_length(tag4)
-- params: ["abcde"]
UPDATE gadgets SET tag4 = $1 WHERE id = 99
UPDATE gadgets SET codes = '{ab,"c  "}' WHERE id = 2 RETURNING codes
INSERT INTO gadgets (id, name, tag4) SELECT 50, 'g', 'toolong'
SELECT id, tag4, codes FROM gadgets ORDER BY id

-- scenario: conflict_target_naming_shadow_columns
INSERT INTO accounts (id, name, loyalty) VALUES (1, 'x', 5) ON CONFLICT (loyalty) DO NOTHING
INSERT INTO accounts (id, name, loyalty) VALUES (1, 'x', 5) ON CONFLICT (id, loyalty) DO UPDATE SET loyalty = 9
INSERT INTO accounts (id, name) VALUES (1, 'x') ON CONFLICT (tier) DO UPDATE SET name = 'y'
INSERT INTO accounts (id, name) VALUES (1, 'x') ON CONFLICT ((lower(tier))) DO NOTHING
-- refused
INSERT INTO accounts (id, name) VALUES (1, 'x') ON CONFLICT (id) WHERE loyalty > 0 DO NOTHING
INSERT INTO accounts (id, name) VALUES (1, 'x') ON CONFLICT (nosuch) DO NOTHING
SELECT id, name, loyalty, tier FROM accounts ORDER BY id

-- scenario: insert_select_from_unnest_of_arrays
-- params: ["{60,61,62}", "{a,b,c}", "{1,2,3}"]
INSERT INTO accounts (id, name, loyalty) SELECT * FROM unnest($1::int[], $2::text[], $3::int[]) RETURNING id, loyalty
-- params: ["{63,64}", "{d,e}", "{gold,silver}"]
INSERT INTO accounts (id, name, tier) SELECT i, n, t FROM unnest($1::int[], $2::text[], $3::text[]) AS u(i, n, t) ON CONFLICT (id) DO NOTHING
INSERT INTO accounts (id, name) SELECT * FROM unnest(ARRAY[65, 66], ARRAY['f', 'g']) AS u(i) RETURNING id, name, loyalty
INSERT INTO accounts (id, loyalty, name) SELECT *, 'h' FROM unnest(ARRAY[70, 71]) WITH ORDINALITY RETURNING id, loyalty, name
INSERT INTO accounts (id, name, loyalty) SELECT g, 'gen', g FROM generate_series(80, 82) AS g
INSERT INTO accounts (id, name) SELECT * FROM generate_series(83, 84) AS g, unnest(ARRAY['x', 'y']) ON CONFLICT (id) DO NOTHING RETURNING *
INSERT INTO accounts (id, name, loyalty) SELECT * FROM ROWS FROM (generate_series(90, 91), unnest('{p,q}'::text[]), unnest('{7,8}'::int8[]))
SELECT id, name, loyalty, tier FROM accounts WHERE id >= 60 ORDER BY id

-- scenario: orm_write_shapes
-- params: ["100", "Prisma", "4"]
INSERT INTO "public"."accounts" ("id","name","loyalty") VALUES ($1,$2,$3) RETURNING "public"."accounts"."id", "public"."accounts"."loyalty"
-- params: ["9", "1", "2"]
UPDATE "public"."accounts" SET "loyalty" = $1 WHERE ("public"."accounts"."id" IN ($2,$3) AND 1=1)
-- params: ["101", "Up", "6", "7", "101"]
INSERT INTO "public"."accounts" ("id","name","loyalty") VALUES ($1,$2,$3) ON CONFLICT ("id") DO UPDATE SET "loyalty" = $4 WHERE ("public"."accounts"."id" = $5 AND 1=1) RETURNING "public"."accounts"."id", "public"."accounts"."loyalty"
-- params: ["102", "a", "1", "103", "b", "2"]
INSERT INTO accounts (id, name, loyalty) SELECT p0::INTEGER, p1::VARCHAR, p2::INTEGER FROM (VALUES ($1, $2, $3, 0), ($4, $5, $6, 1)) AS imp_sen(p0, p1, p2, sen_counter) ORDER BY sen_counter RETURNING accounts.id, accounts.loyalty, accounts.id AS id__1
UPDATE accounts SET loyalty = CASE WHEN (id = 1) THEN 5 WHEN (id = 2) THEN 6 ELSE NULL END, tier = CASE WHEN (id = 1) THEN 'one' ELSE tier END WHERE id IN (1, 2)
UPDATE accounts SET loyalty = (accounts.loyalty + 1) WHERE accounts.id = 1
-- params: ["8", "2"]
UPDATE accounts SET loyalty=$1::INTEGER WHERE accounts.id = $2::INTEGER
-- params: ["Gorm", "3", "104"]
INSERT INTO "accounts" ("name","loyalty","id") VALUES ($1,$2,$3) ON CONFLICT ("id") DO UPDATE SET "loyalty"="excluded"."loyalty" RETURNING "id"
INSERT INTO "accounts" AS a0 ("id","name","loyalty") VALUES (1,'x',10) ON CONFLICT ("id") DO UPDATE SET "loyalty" = a0."loyalty" + EXCLUDED."loyalty" RETURNING a0."loyalty"
-- params: ["2", "1"]
UPDATE "accounts" AS a SET "loyalty" = a."loyalty" * $1 FROM (SELECT id FROM accounts WHERE id <= $2) AS s WHERE a.id = s.id RETURNING a.id, a.loyalty
DELETE FROM accounts WHERE id IN (SELECT id FROM accounts WHERE loyalty > 9) RETURNING id, loyalty
SELECT id, name, loyalty, tier FROM accounts ORDER BY id

-- scenario: update_inside_with
WITH u AS (UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 1 RETURNING id, loyalty) SELECT * FROM u
WITH u AS (UPDATE accounts SET tier = 'cte', loyalty = 50 WHERE id IN (2, 3) RETURNING id) SELECT count(*) FROM u
WITH u AS (UPDATE accounts SET loyalty = 3 WHERE id = 2) SELECT 1 AS one
BEGIN
WITH u AS (UPDATE accounts SET loyalty = loyalty * 2 WHERE id = 1 RETURNING loyalty) SELECT loyalty, (SELECT loyalty FROM accounts WHERE id = 1) AS before FROM u
SELECT loyalty FROM accounts WHERE id = 1
ROLLBACK
WITH x AS (SELECT 2 AS k), u (a, b) AS MATERIALIZED (UPDATE accounts SET tier = 'z' FROM x WHERE id = x.k RETURNING id, tier) SELECT a, b FROM u
WITH u AS (UPDATE accounts SET loyalty = 7 WHERE id = 999 RETURNING id) SELECT count(*) FROM u
-- params: ["11", "1"]
WITH u AS (UPDATE accounts SET loyalty = $1 WHERE id = $2 RETURNING loyalty) SELECT loyalty + 1 AS next FROM u
WITH u AS (UPDATE accounts SET loyalty = 'bad' WHERE id = 1 RETURNING id) SELECT * FROM u
WITH u AS (UPDATE orders SET qty = 0 WHERE id = 1 RETURNING id) SELECT * FROM u
WITH u AS (UPDATE accounts SET labels = labels || '{cte}' WHERE id = 3 RETURNING *) SELECT id, labels FROM u
BEGIN
SAVEPOINT s
WITH u AS (UPDATE accounts SET tier = 'gone' WHERE id = 1 RETURNING tier) SELECT * FROM u
ROLLBACK TO SAVEPOINT s
WITH u AS (UPDATE accounts SET tier = 'kept' WHERE id = 1 RETURNING tier) SELECT * FROM u
COMMIT
SELECT id, loyalty, tier, labels FROM accounts ORDER BY id
-- refused
WITH u AS (UPDATE accounts SET loyalty = 1 WHERE id = 1) UPDATE accounts SET tier = 'x' WHERE id = 2
-- refused
WITH u AS (UPDATE accounts SET id = 500, loyalty = 1 WHERE id = 1) SELECT 1

-- scenario: insert_inside_with
WITH a AS (INSERT INTO accounts (id, name, loyalty, tier) VALUES (120, 'Parent', 4, 'cte') RETURNING id, loyalty) INSERT INTO tags (id, label, loyalty) SELECT id, 'child of ' || id, loyalty FROM a
WITH a AS (INSERT INTO accounts (id, name) VALUES (121, 'D'), (122, 'E') RETURNING *) SELECT id, loyalty, mood, labels FROM a ORDER BY id
WITH a AS (INSERT INTO accounts (id, name, loyalty) VALUES (1, 'dup', 9), (123, 'F', 9) ON CONFLICT (id) DO NOTHING RETURNING id, loyalty) SELECT count(*), sum(loyalty) FROM a
WITH a AS (INSERT INTO accounts (id, name, loyalty) VALUES (2, 'up', 30) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty + EXCLUDED.loyalty RETURNING id, loyalty) SELECT * FROM a
-- params: ["124", "G", "8"]
WITH a AS (INSERT INTO accounts (id, name, loyalty) VALUES ($1, $2, $3) RETURNING loyalty) SELECT loyalty * 2 AS doubled FROM a
WITH a AS (INSERT INTO accounts (id, name, loyalty) SELECT i, 'gen' || i, i FROM generate_series(125, 127) AS i RETURNING id) SELECT count(*) FROM a
WITH a AS (INSERT INTO accounts (id, name) VALUES (128, 'unread')) SELECT 1 AS one
BEGIN
WITH a AS (INSERT INTO accounts (id, name, tier) VALUES (129, 'H', 'gone') RETURNING tier) SELECT tier, (SELECT count(*) FROM accounts WHERE id = 129) AS seen FROM a
ROLLBACK
WITH a AS (INSERT INTO accounts (id, name, loyalty) VALUES (130, 'bad', 'x') RETURNING id) SELECT * FROM a
WITH a AS (INSERT INTO orders (item, note, qty) VALUES ('o', 'n', 0) RETURNING id) SELECT * FROM a
SELECT id, name, loyalty, tier FROM accounts WHERE id >= 100 ORDER BY id
SELECT * FROM tags ORDER BY id
-- refused
WITH a AS (INSERT INTO accounts (id, name, loyalty) VALUES (131, 'I', 1) RETURNING id) UPDATE accounts SET tier = 'x' WHERE id = 1

-- scenario: hunt_w4_update_inside_with_shapes
WITH u AS (UPDATE accounts SET loyalty = coalesce(loyalty, 0) + 5 WHERE id IN (1, 2, 8) RETURNING *) SELECT id, loyalty, tier FROM u ORDER BY id
WITH u AS (UPDATE accounts AS a SET tier = a.tier || '+' FROM bills b WHERE b.account_id = a.id AND b.amount > 40 RETURNING a.id, a.tier, b.id AS bill) SELECT * FROM u ORDER BY id
WITH u AS (UPDATE accounts SET loyalty = 0 WHERE id = 3 RETURNING id, loyalty) SELECT u.id, u.loyalty AS new, a.loyalty AS old, a.tier FROM u JOIN accounts a USING (id)
WITH u AS (UPDATE line_items SET discount = discount + 0.125 WHERE order_id = 1 RETURNING order_id, line, discount) SELECT sum(discount), count(*) FROM u
WITH u AS (UPDATE visits SET kind = 'cte' WHERE visitor = '00000000-0000-0000-0000-000000000001' RETURNING visitor, at, kind) SELECT count(*) FROM u
WITH u AS (UPDATE orders SET note = NULL WHERE id = 1 RETURNING id) SELECT * FROM u
WITH u AS (UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 1 RETURNING loyalty), v AS (SELECT loyalty * 10 AS big FROM u) SELECT big FROM v
WITH u AS (UPDATE gadgets SET doc = doc || '{"w": 4}', span = span * 2 WHERE id = 1 RETURNING id, doc, span) SELECT id, doc ->> 'w' AS w, span FROM u
SELECT id, loyalty, tier FROM accounts ORDER BY id
SELECT * FROM line_items ORDER BY order_id, line

-- scenario: hunt_w4_update_inside_with_transactions_and_restart
BEGIN
WITH u AS (UPDATE accounts SET loyalty = 41 WHERE id = 5 RETURNING loyalty) SELECT * FROM u
SAVEPOINT a
WITH u AS (UPDATE accounts SET loyalty = loyalty / 0 WHERE id = 5 RETURNING loyalty) SELECT * FROM u
ROLLBACK TO SAVEPOINT a
WITH u AS (UPDATE accounts SET tier = 'sp' WHERE id = 5 RETURNING tier) SELECT * FROM u
COMMIT
BEGIN
WITH u AS (UPDATE accounts SET tier = 'lost' WHERE id = 5 RETURNING tier) SELECT * FROM u
-- restart
SELECT id, loyalty, tier FROM accounts WHERE id = 5
-- params: ["6", "7"]
WITH u AS (UPDATE accounts SET loyalty = $1::int * 2 WHERE id = $2::int RETURNING id, loyalty) SELECT * FROM u
WITH u AS (UPDATE accounts SET loyalty = 1 WHERE id = 6 RETURNING id) SELECT * FROM u; UPDATE accounts SET tier = 'two' WHERE id = 6 RETURNING loyalty, tier
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w4_rails_write_shapes
-- params: ["1", "3"]
UPDATE "accounts" SET "loyalty" = COALESCE("loyalty", 0) + $1 WHERE "accounts"."id" = $2
-- params: ["-1", "1"]
UPDATE "accounts" SET "loyalty" = COALESCE("loyalty", 0) + $1 WHERE "accounts"."id" = $2
-- params: ["2024-09-09", "2"]
UPDATE "accounts" SET "created_on" = $1 WHERE "accounts"."id" = $2
INSERT INTO "accounts" ("id","name","loyalty","tier") VALUES (40, 'r1', 1, 'a'), (1, 'dup', 2, 'b') ON CONFLICT ("id") DO NOTHING RETURNING "id"
INSERT INTO "accounts" ("id","name","loyalty","tier") VALUES (41, 'r2', 3, 'c'), (2, 'Bob', 4, 'd') ON CONFLICT ("id") DO UPDATE SET "loyalty"=excluded."loyalty","tier"=excluded."tier" RETURNING "id"
INSERT INTO "accounts" ("id","name","loyalty") VALUES (3, 'Zoë', 9) ON CONFLICT ("id") DO UPDATE SET "loyalty"=excluded."loyalty",updated_at_placeholder=1 RETURNING "id"
UPDATE "accounts" SET "tier" = 'all' WHERE "accounts"."id" IN (SELECT "accounts"."id" FROM "accounts" WHERE "accounts"."loyalty" IS NOT NULL ORDER BY "accounts"."loyalty" DESC LIMIT 2)
-- params: ["0", "4", "2"]
UPDATE "accounts" SET "loyalty" = $1 WHERE "accounts"."id" = $2 AND "accounts"."loyalty" = $3
SELECT id, name, created_on, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w4_ecto_knex_shapes
-- params: ["50", "e1", "1", "51", "e2", "2"]
INSERT INTO "accounts" AS a0 ("id","name","loyalty") VALUES ($1,$2,$3),($4,$5,$6) ON CONFLICT ("id") DO UPDATE SET "loyalty" = a0."loyalty" + EXCLUDED."loyalty" RETURNING "id", "loyalty"
-- params: ["50", "e1", "1", "52", "e3", "3"]
INSERT INTO "accounts" AS a0 ("id","name","loyalty") VALUES ($1,$2,$3),($4,$5,$6) ON CONFLICT ("id") DO UPDATE SET "loyalty" = a0."loyalty" + EXCLUDED."loyalty" RETURNING "id", "loyalty"
-- params: ["3", "50"]
UPDATE "accounts" AS a0 SET "loyalty" = a0."loyalty" + $1 WHERE (a0."id" = $2)
-- params: ["gold"]
UPDATE "accounts" AS a0 SET "tier" = $1 FROM "bills" AS b1 WHERE (b1."account_id" = a0."id") AND (b1."amount" > 50)
DELETE FROM "accounts" AS a0 WHERE (a0."loyalty" > 3) AND (a0."id" >= 50)
insert into "accounts" ("id", "loyalty", "name") values (60, 6, 'k1'), (61, DEFAULT, 'k2') returning "id", "loyalty", "mood"
insert into "accounts" ("id", "loyalty", "name") values (60, 7, 'k1') on conflict ("id") do update set "loyalty" = excluded."loyalty", "name" = excluded."name" returning *
update "accounts" set "tier" = 'knex' where "id" in (60, 61) returning "id", "tier"
delete from "accounts" where "id" = 61 returning "tier", "labels"
SELECT id, name, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w4_hibernate_batched_updates
-- params: ["11", "h1", "1"]
update accounts set loyalty=$1, tier=$2 where id=$3
-- params: ["12", "h2", "2"]
update accounts set loyalty=$1, tier=$2 where id=$3
-- params: [null, null, "3"]
update accounts set loyalty=$1, tier=$2 where id=$3
-- params: ["13", "h4", "999"]
update accounts set loyalty=$1, tier=$2 where id=$3
-- params: ["5", "2", "1"]
update line_items set discount=$1 where order_id=$2 and line=$3
-- params: ["1", "1"]
delete from line_items where order_id=$1 and line=$2
SELECT id, loyalty, tier FROM accounts ORDER BY id
SELECT * FROM line_items ORDER BY order_id, line

-- scenario: hunt_w4_orders_constraints_with_conflict_default_and_savepoints
INSERT INTO orders (id, item, note) VALUES (1, 'a', 'n1'), (2, 'b', 'n2') RETURNING id, qty, note
INSERT INTO orders (id, item, note) VALUES (1, 'a', 'n1') ON CONFLICT (id) DO UPDATE SET note = DEFAULT
INSERT INTO orders (id, item, note) VALUES (1, 'a', 'n1') ON CONFLICT (id) DO UPDATE SET qty = DEFAULT, code = DEFAULT RETURNING qty, code
INSERT INTO orders (id, item, note, qty) VALUES (2, 'b', 'n2', 5) ON CONFLICT (id) DO UPDATE SET qty = orders.qty - EXCLUDED.qty
INSERT INTO orders (id, item, note, qty) VALUES (3, 'c', 'n3', 0) ON CONFLICT (id) DO NOTHING
INSERT INTO orders (id, item, note, qty) VALUES (1, 'c', 'n3', 0) ON CONFLICT (id) DO NOTHING RETURNING id
BEGIN
UPDATE orders SET qty = qty + 4 WHERE id = 1 RETURNING qty
SAVEPOINT s1
INSERT INTO orders (id, item, note) VALUES (4, 'd', NULL)
ROLLBACK TO s1
UPDATE orders SET code = 'abcdef' WHERE id = 2
ROLLBACK TO s1
INSERT INTO orders (id, item, note, code) VALUES (4, 'd', 'n4', 'ok') RETURNING *
RELEASE s1
COMMIT
UPDATE orders SET qty = 3 WHERE id = 1; UPDATE orders SET qty = -1 WHERE id = 2; UPDATE orders SET qty = 9 WHERE id = 4
INSERT INTO orders (id, item, note, qty) VALUES (5, 'e', 'n5', DEFAULT), (6, 'f', 'n6', NULL)
INSERT INTO orders (id, item, note, qty) SELECT 7, 'g', NULL, 1
INSERT INTO orders (id, item, note) VALUES (8, 'h', 'x') ON CONFLICT (id) DO UPDATE SET qty = 0 RETURNING qty
SELECT * FROM orders ORDER BY id

-- scenario: hunt_w4_returning_shapes
UPDATE accounts AS t SET loyalty = loyalty + 1 WHERE id <= 2 RETURNING t.*, loyalty * 2 AS dbl, (SELECT count(*) FROM bills WHERE account_id = t.id) AS nbills
UPDATE accounts SET tier = 'r' WHERE id = 3 RETURNING *, tier AS again, accounts.mood::text || '!' AS m
UPDATE accounts a SET loyalty = b.amount::int FROM bills b WHERE b.id = 4 AND a.id = b.account_id RETURNING a.*, b.*
UPDATE line_items li SET discount = li.discount * 2 WHERE li.order_id = 1 RETURNING li.*, (SELECT max(discount) FROM line_items) AS max_before
DELETE FROM accounts a USING bills b WHERE b.account_id = a.id AND b.note = 'tiny' AND false RETURNING a.*
INSERT INTO accounts AS a (id, name, loyalty) VALUES (90, 'ret', 2) RETURNING a.id + a.loyalty AS s, a.*, coalesce(a.tier, 'none') AS t, (SELECT loyalty FROM accounts WHERE id = 1) AS other
INSERT INTO accounts (id, name, loyalty) VALUES (90, 'ret', 3) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty + excluded.loyalty RETURNING accounts.*, excluded_loyalty_placeholder
INSERT INTO accounts (id, name, loyalty) VALUES (90, 'ret', 3) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty + excluded.loyalty RETURNING accounts.*
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w4_update_from_and_delete_using_duplicates
UPDATE accounts a SET tier = 'has bills' FROM bills b WHERE b.account_id = a.id RETURNING a.id, a.tier
UPDATE accounts a SET loyalty = coalesce(a.loyalty, 0) + 1 FROM bills b WHERE b.account_id = a.id
SELECT id, loyalty, tier FROM accounts ORDER BY id
DELETE FROM bills b USING accounts a WHERE a.id = b.account_id AND a.tier = 'silver' RETURNING b.id, b.paid, a.tier
UPDATE bills b SET paid = true, due = '2026-01-01' FROM accounts a, line_items li WHERE a.id = b.account_id AND li.order_id = 1 AND a.loyalty > 5
DELETE FROM line_items li USING accounts a WHERE a.id = li.order_id AND a.loyalty IS NOT NULL
SELECT id, paid, due FROM bills ORDER BY id
SELECT * FROM line_items ORDER BY order_id, line

-- scenario: hunt_w4_names_shared_with_other_tables
UPDATE accounts SET tier = 'x' FROM tags WHERE tags.id = accounts.id AND loyalty > 0
UPDATE accounts SET loyalty = loyalty + 1 FROM tags WHERE tags.id = accounts.id
UPDATE accounts SET loyalty = tags.loyalty FROM tags WHERE tags.id = accounts.id RETURNING accounts.id, accounts.loyalty
UPDATE accounts SET tier = 'y' FROM tags WHERE tags.id = accounts.id RETURNING loyalty
UPDATE accounts SET tier = 'ex' WHERE EXISTS (SELECT 1 FROM tags WHERE tags.id = accounts.id AND loyalty = 5) RETURNING id, tier
UPDATE tags SET loyalty = 1 WHERE id IN (SELECT id FROM accounts WHERE loyalty > 5) RETURNING id, loyalty
UPDATE tags SET label = label || '!' WHERE loyalty IN (SELECT loyalty FROM accounts) RETURNING id, label
DELETE FROM accounts USING tags WHERE tags.id = accounts.id AND loyalty > 100
UPDATE accounts AS loyalty SET tier = loyalty.name WHERE loyalty.id = 2 RETURNING loyalty, tier
UPDATE accounts AS tier SET loyalty = 4 WHERE tier.id = 3 RETURNING tier, tier.loyalty
SELECT id, loyalty, tier FROM accounts ORDER BY id
SELECT * FROM tags ORDER BY id

-- scenario: hunt_w4_subscripted_and_field_targets
INSERT INTO accounts (id, name, labels) VALUES (95, 'sub', '{a}') RETURNING labels
-- refused
INSERT INTO accounts (id, name, labels[1]) VALUES (96, 'sub', 'a') RETURNING labels
-- refused
INSERT INTO gadgets (id, name, pt.x) VALUES (96, 'field', 5) RETURNING pt
-- refused
INSERT INTO gadgets (id, name, doc['k']) VALUES (97, 'json', '"v"') RETURNING doc
-- refused
UPDATE gadgets SET doc['k'] = '"v"' WHERE id = 1
-- refused
INSERT INTO accounts (id, name) VALUES (1, 'x') ON CONFLICT (id) DO UPDATE SET labels[2] = 'b'

-- scenario: hunt_w4_numbers_times_and_json
UPDATE gadgets SET big = 1.5, ratio = 1 / 3::float8, total = total * 1.5 WHERE id = 1 RETURNING big, ratio, total
UPDATE gadgets SET big = 9223372036854775807 WHERE id = 2; UPDATE gadgets SET big = big + 1 WHERE id = 2
UPDATE line_items SET discount = 'Infinity' WHERE order_id = 1 AND line = 1
UPDATE line_items SET discount = 1 / 3::numeric WHERE order_id = 1 RETURNING line, discount
UPDATE accounts SET loyalty = 2.5 WHERE id = 1 RETURNING loyalty
UPDATE accounts SET loyalty = 3.5::real WHERE id = 2 RETURNING loyalty
UPDATE accounts SET loyalty = 1e10 WHERE id = 3
SET TimeZone = 'America/New_York'
UPDATE gadgets SET made_at = '2024-03-10 02:30', stamp = '2024-11-03 01:30:00.0005' WHERE id = 4 RETURNING made_at, stamp
UPDATE gadgets SET stamp = made_at, made_at = stamp WHERE id IN (1, 4) RETURNING id, made_at, stamp
UPDATE gadgets SET made_at = made_at + interval '1 day', span = justify_hours(span + interval '30 hours') WHERE id = 1 RETURNING made_at, span
UPDATE gadgets SET lap = span WHERE id = 1 RETURNING lap, span
SET TimeZone = 'Asia/Kolkata'
SELECT id, made_at, stamp, span, lap FROM gadgets ORDER BY id
RESET TimeZone
UPDATE gadgets SET doc = doc - 'a' #- '{b,0}' WHERE id = 1 RETURNING doc
UPDATE gadgets SET doc = jsonb_set(doc, '{new}', to_jsonb(id), true) || jsonb_build_object('n', name) WHERE id <= 2 RETURNING id, doc
UPDATE gadgets SET doc = doc || '{"bad": 1}' WHERE id = 3
UPDATE gadgets SET doc = jsonb_insert(coalesce(doc, '{}'), '{ins}', '[1]') WHERE id = 3 RETURNING doc, doc['ins'][0]
UPDATE gadgets SET raw = doc, doc = raw::jsonb WHERE id = 2 RETURNING raw, doc
SELECT id, big, ratio, total, doc, raw FROM gadgets ORDER BY id
SELECT * FROM line_items ORDER BY order_id, line
SELECT id, loyalty FROM accounts ORDER BY id

-- scenario: hunt_w4_update_inside_with_around_other_statements
WITH u AS (UPDATE accounts SET tier = 'cte' WHERE id = 1 RETURNING id, tier) UPDATE bills SET note = u.tier FROM u WHERE u.id = bills.account_id AND bills.paid RETURNING bills.id, bills.note, bills.paid
WITH u AS (UPDATE accounts SET loyalty = 70 WHERE id = 1 RETURNING id) UPDATE tags SET label = label || '+' FROM u WHERE tags.id = u.id RETURNING tags.id, tags.label
WITH u AS (UPDATE accounts SET tier = 'del' WHERE id = 3 RETURNING id) DELETE FROM tags USING u WHERE tags.id = u.id RETURNING tags.*
WITH u AS (UPDATE accounts SET loyalty = loyalty + 1 WHERE id IN (1, 2) RETURNING id, loyalty) INSERT INTO tags (id, label, loyalty) SELECT id + 10, 'from u', loyalty FROM u RETURNING *
WITH d AS (DELETE FROM tags WHERE id = 2 RETURNING id), u AS (UPDATE accounts SET tier = 'after d' WHERE id IN (SELECT id FROM d) RETURNING id, tier) SELECT * FROM u
WITH u AS (UPDATE accounts a SET loyalty = 5 WHERE id = 4 RETURNING a) SELECT * FROM u
WITH u AS (UPDATE accounts a SET loyalty = 6 WHERE id = 4 RETURNING a.*, a) SELECT u.id, u.loyalty FROM u
WITH u AS (UPDATE accounts SET loyalty = 1 WHERE id = 5 RETURNING id) SELECT * FROM u; WITH u AS (UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 5 RETURNING loyalty) SELECT * FROM u
WITH "Upd" AS NOT MATERIALIZED (UPDATE "Users" SET "Nick" = 'cte' WHERE "Id" = 2 RETURNING "Id", "Nick") SELECT "Nick" FROM "Upd"
WITH u AS (UPDATE sales.accounts SET score = score + 1 RETURNING id, score) SELECT * FROM u ORDER BY id
WITH u AS (UPDATE shipments SET status = 'cte' WHERE weight > 10 RETURNING region, id, status) SELECT * FROM u ORDER BY region, id
WITH u AS (UPDATE appliances SET stock = 3 WHERE name = 'fan' RETURNING id, touched, stock) SELECT * FROM u
SELECT id, loyalty, tier FROM accounts ORDER BY id
SELECT * FROM tags ORDER BY id
SELECT region, id, status FROM shipments ORDER BY region, id
SELECT * FROM appliances ORDER BY id
-- refused
WITH RECURSIVE u AS (UPDATE accounts SET loyalty = 1 WHERE id = 1 RETURNING id) SELECT * FROM u
-- refused
SELECT * FROM (WITH u AS (UPDATE accounts SET loyalty = 1 WHERE id = 1 RETURNING id) SELECT * FROM u) s
-- refused
WITH u AS (UPDATE accounts SET loyalty = 1 WHERE id = 1 RETURNING id), v AS (UPDATE accounts SET tier = 'v' WHERE id = 2 RETURNING id) SELECT 1
-- refused
WITH u AS (UPDATE events SET seen = true RETURNING kind) SELECT * FROM u

-- scenario: hunt_w4_update_inside_with_in_other_commands
BEGIN
WITH u AS (UPDATE accounts SET loyalty = 33 WHERE id = 2 RETURNING id, loyalty) SELECT * INTO TEMP hunt_w4_t FROM u
SELECT * FROM hunt_w4_t
SELECT id, loyalty FROM accounts WHERE id = 2
ROLLBACK
SELECT id, loyalty FROM accounts WHERE id = 2
BEGIN
CREATE TEMP TABLE hunt_w4_t2 ON COMMIT DROP AS WITH u AS (UPDATE accounts SET loyalty = 34, tier = 'ctas' WHERE id IN (2, 3) RETURNING id, loyalty, tier) SELECT * FROM u
SELECT * FROM hunt_w4_t2 ORDER BY id
CREATE TEMP TABLE hunt_w4_t3 ON COMMIT DROP AS WITH u AS (UPDATE accounts SET loyalty = 'x' WHERE id = 2 RETURNING id) SELECT * FROM u
ROLLBACK
CREATE TEMP TABLE hunt_w4_t4 ON COMMIT DROP AS WITH u AS (UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 1 RETURNING id, loyalty) SELECT * FROM u WITH NO DATA
SELECT id, loyalty, tier FROM accounts ORDER BY id
-- refused
EXPLAIN ANALYZE WITH u AS (UPDATE accounts SET loyalty = 1 WHERE id = 1 RETURNING id) SELECT * FROM u
-- refused
DECLARE c CURSOR WITH HOLD FOR WITH u AS (UPDATE accounts SET loyalty = 1 WHERE id = 1 RETURNING id) SELECT * FROM u

-- scenario: hunt_w4_odd_insert_sources_and_assignments
INSERT INTO accounts (id, name, loyalty) SELECT id + 300, name, loyalty FROM accounts WHERE id < 3 FOR UPDATE RETURNING id, loyalty
WITH x(id, name) AS (VALUES (600, 'v')) INSERT INTO accounts (id, name) TABLE x RETURNING id, loyalty, labels
INSERT INTO accounts (id, name, tier) SELECT DISTINCT ON (tier) id + 700, name, tier FROM accounts WHERE tier IS NOT NULL ORDER BY tier, id RETURNING id, tier
INSERT INTO accounts (id, name, loyalty) SELECT max(id) + 800, 'agg', sum(loyalty) FROM accounts GROUP BY loyalty IS NULL ORDER BY 1 RETURNING id, loyalty
UPDATE accounts SET (loyalty, tier) = (DEFAULT, 'x') WHERE id = 1 RETURNING loyalty, tier
UPDATE accounts SET (loyalty) = ROW(5) WHERE id = 2 RETURNING loyalty
UPDATE accounts SET (tier, name) = (SELECT tier || '?', upper(name) FROM accounts b WHERE b.id = accounts.id) WHERE id = 3 RETURNING name, tier
UPDATE accounts SET loyalty = 1 WHERE id = ANY('{}') RETURNING id
DELETE FROM accounts a WHERE a.id = 8 RETURNING (SELECT loyalty FROM accounts WHERE id = a.id), a.loyalty
DELETE FROM accounts a WHERE a.id = 300 + 1 RETURNING (SELECT count(*) FROM accounts WHERE loyalty IS NOT NULL) AS n, a.loyalty
SELECT id, name, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w4_keys_written_in_other_spellings
INSERT INTO accounts (id, name, loyalty) VALUES ('0042', 'zeros', 1), (43.0, 'numeric', 2), (' 44 ', 'spaces', 3) RETURNING id, loyalty
-- params: ["045", "param", "4"]
INSERT INTO accounts (id, name, loyalty) VALUES ($1, $2, $3) RETURNING id, loyalty
INSERT INTO accounts (id, name, loyalty) VALUES ('0001', 'one', 5) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty + EXCLUDED.loyalty RETURNING id, loyalty
INSERT INTO accounts (id, name, loyalty) SELECT '046', 'sel', 6 RETURNING id, loyalty
UPDATE accounts SET id = '0050' WHERE id = 8 RETURNING id, loyalty
UPDATE accounts SET loyalty = 9 WHERE id = '0042'
INSERT INTO visits (visitor, at, kind) VALUES ('A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', '2024-03-10 01:59:00+00:00', 'upper') ON CONFLICT (visitor, at) DO UPDATE SET kind = EXCLUDED.kind RETURNING visitor, kind
INSERT INTO visits (visitor, at, kind) VALUES ('{b0eebc999c0b4ef8bb6d6bb9bd380a12}', '2024-01-01T00:00:00Z', 'braces') RETURNING visitor, at, kind
INSERT INTO line_items (order_id, line, discount) VALUES ('09', '01', 1.5) RETURNING order_id, line, discount
INSERT INTO notes (slug, stars) VALUES (E'tab\there', 3), ('trailing ', 4) RETURNING slug, stars
INSERT INTO accounts (id, name, loyalty) VALUES (NULL, 'nokey', 1)
INSERT INTO accounts (id, name, loyalty) VALUES ((SELECT max(id) + 1 FROM accounts), 'sub', 7) RETURNING id, loyalty
INSERT INTO orders (id, item, note) VALUES (DEFAULT, 'a', 'b'), (DEFAULT, 'c', 'd') RETURNING id, qty, note
SELECT id, loyalty, tier FROM accounts ORDER BY id
SELECT visitor, at, kind FROM visits ORDER BY visitor, at
SELECT * FROM line_items ORDER BY order_id, line
SELECT slug, stars FROM notes ORDER BY slug
SELECT id, qty, note FROM orders ORDER BY id

-- scenario: hunt_w4_savepoint_names_reused_and_released
BEGIN
UPDATE accounts SET loyalty = 1 WHERE id = 1
savepoint a
UPDATE accounts SET loyalty = 2 WHERE id = 1
SAVEPOINT a
UPDATE accounts SET loyalty = 3 WHERE id = 1
rollback to a
SELECT loyalty FROM accounts WHERE id = 1
release a
SELECT loyalty FROM accounts WHERE id = 1
ROLLBACK TO SAVEPOINT a
SELECT loyalty FROM accounts WHERE id = 1
release savepoint a
ROLLBACK TO a
SELECT loyalty FROM accounts WHERE id = 1
commit
SELECT id, loyalty FROM accounts WHERE id = 1
START TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ WRITE
SAVEPOINT "Sp 1"
UPDATE accounts SET tier = 'sp1' WHERE id = 2
SAVEPOINT "sp 1"
UPDATE accounts SET tier = 'sp1 lower' WHERE id = 2
ROLLBACK TO "Sp 1"
UPDATE accounts SET tier = 'after' WHERE id = 3; SAVEPOINT b; UPDATE accounts SET tier = 'gone' WHERE id = 3; ROLLBACK TO b; UPDATE accounts SET loyalty = 30 WHERE id = 3
COMMIT AND NO CHAIN
BEGIN
UPDATE accounts SET tier = 'first' WHERE id = 4
SAVEPOINT x
UPDATE accounts SET tier = 'second' WHERE id = 4
RELEASE x
SAVEPOINT x
UPDATE accounts SET tier = 'third' WHERE id = 4
ROLLBACK TO x
RELEASE x
SAVEPOINT y
UPDATE accounts SET loyalty = 1 / 0 WHERE id = 4
ROLLBACK TO y
RELEASE y
END
-- restart
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w4_savepoints_in_strings_and_releases_of_many
BEGIN; SAVEPOINT s1; UPDATE line_items SET discount = 1 WHERE order_id = 1; SAVEPOINT s2; UPDATE line_items SET discount = 2 WHERE order_id = 1 AND line = 1; RELEASE s1; UPDATE line_items SET discount = discount + 10 WHERE order_id = 2
SELECT * FROM line_items ORDER BY order_id, line
ROLLBACK TO s2
ROLLBACK TO s1
COMMIT
SELECT * FROM line_items ORDER BY order_id, line
BEGIN; SAVEPOINT s1; UPDATE line_items SET discount = 3 WHERE order_id = 1; SAVEPOINT s2; UPDATE line_items SET discount = 4 WHERE order_id = 2; ROLLBACK TO s1; UPDATE line_items SET discount = 5 WHERE order_id = 3; COMMIT
SELECT * FROM line_items ORDER BY order_id, line
BEGIN; UPDATE line_items SET discount = 6 WHERE order_id = 1; SAVEPOINT s; DELETE FROM line_items WHERE order_id = 2; ROLLBACK TO s; INSERT INTO line_items (order_id, line, discount) VALUES (2, 1, 7) ON CONFLICT (order_id, line) DO UPDATE SET discount = EXCLUDED.discount
COMMIT
-- restart
SELECT * FROM line_items ORDER BY order_id, line

-- scenario: hunt_w4_volatile_functions_in_update_and_delete
UPDATE accounts SET tier = 'seq' WHERE id = 1 AND nextval('orders_id_seq') = 1 RETURNING id, tier
INSERT INTO orders (item, note) VALUES ('x', 'y') RETURNING id
UPDATE accounts SET loyalty = nextval('orders_id_seq') WHERE id = 2 RETURNING loyalty
DELETE FROM accounts WHERE id = 8 AND nextval('orders_id_seq') > 0 RETURNING id
UPDATE accounts SET tier = 'w' WHERE id = 3 AND nextval('orders_id_seq') > 0
INSERT INTO orders (item, note) VALUES ('z', 'y') RETURNING id
SELECT id, loyalty, tier FROM accounts ORDER BY id
UPDATE accounts SET id = id + 100, loyalty = 1 WHERE id = 4 AND nextval('orders_id_seq') > 0 RETURNING id, loyalty
INSERT INTO orders (item, note) VALUES ('w', 'y') RETURNING id
SELECT setseed(0.25)
UPDATE line_items SET discount = 9 WHERE random() < 0.5 RETURNING order_id, line
DELETE FROM line_items WHERE order_id < 3 AND nextval('orders_id_seq') > 0 RETURNING order_id, line, discount
INSERT INTO orders (item, note) VALUES ('v', 'y') RETURNING id
SELECT * FROM line_items ORDER BY order_id, line
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w4_more_orm_upserts_and_bulk_updates
INSERT INTO "accounts" ("id","name","loyalty","tier") VALUES (1, 'Alice', 10, 'gold'), (2, 'Bob', 3, 'silver'), (70, 'new', 1, NULL) ON CONFLICT ("id") DO UPDATE SET "created_on"=(CASE WHEN ("accounts"."loyalty" IS NOT DISTINCT FROM excluded."loyalty" AND "accounts"."tier" IS NOT DISTINCT FROM excluded."tier") THEN "accounts"."created_on" ELSE DATE '2025-01-01' END),"loyalty"=excluded."loyalty","tier"=excluded."tier" RETURNING "id"
SELECT id, created_on, loyalty, tier FROM accounts WHERE id IN (1, 2, 70) ORDER BY id
INSERT INTO "accounts" AS a0 ("id","name","email","loyalty","tier","mood","labels") VALUES (3, 'Z', 'z@x', 4, 't', 'grumpy', '{a}'), (71, 'n', NULL, 5, 'u', DEFAULT, DEFAULT) ON CONFLICT ON CONSTRAINT accounts_pkey DO UPDATE SET "name" = EXCLUDED."name","email" = EXCLUDED."email","loyalty" = EXCLUDED."loyalty","tier" = EXCLUDED."tier","mood" = EXCLUDED."mood","labels" = EXCLUDED."labels" RETURNING "id"
-- params: ["x", "3"]
UPDATE "accounts" AS a0 SET "labels" = array_append(a0."labels", $1) WHERE (a0."id" = $2)
-- params: ["a", "3"]
UPDATE "accounts" AS a0 SET "labels" = array_remove(a0."labels", $1::text) WHERE (a0."id" = $2)
-- params: ["72", "jooq", "6"]
insert into "public"."accounts" ("id", "name", "loyalty") values ($1, $2, $3) on conflict do nothing returning "public"."accounts"."id", "public"."accounts"."loyalty"
-- params: ["72", "drizzle", "7"]
insert into "accounts" ("id", "name", "loyalty", "tier") values ($1, $2, $3, default) on conflict ("id") do update set "loyalty" = excluded."loyalty" returning "id", "loyalty", "tier"
-- params: ["{1,2,73}", "{a,b,c}", "{11,12,13}"]
INSERT INTO accounts (id, name, loyalty) SELECT * FROM UNNEST($1::int4[], $2::text[], $3::int4[]) ON CONFLICT (id) DO UPDATE SET loyalty = EXCLUDED.loyalty RETURNING id, loyalty
-- params: ["{1,2,4}", "{21,22,24}", "{p,q,r}"]
UPDATE accounts SET loyalty = data.l, tier = data.t FROM UNNEST($1::int[], $2::int[], $3::text[]) AS data(id, l, t) WHERE accounts.id = data.id RETURNING accounts.id, loyalty, tier
-- params: ["{5,6}"]
DELETE FROM accounts WHERE id = ANY($1::int[]) RETURNING id, loyalty, tier
-- params: ["{1,2}", "{7,8}"]
UPDATE accounts SET loyalty = loyalty + v.d FROM (SELECT unnest($1::int[]) AS id, unnest($2::int[]) AS d) v WHERE v.id = accounts.id RETURNING accounts.id, loyalty
SELECT id, name, email, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_w4_search_path_changes_between_writes
SET search_path = sales, public
UPDATE accounts SET score = score * 2 WHERE id IN (1, 2, 9) RETURNING id, score
INSERT INTO accounts (id, region, score) VALUES (20, 'sp', 1) ON CONFLICT (id) DO UPDATE SET score = accounts.score + 1 RETURNING *
INSERT INTO accounts (id, region, score) VALUES (20, 'sp', 1) ON CONFLICT (id) DO UPDATE SET score = accounts.score + 1 RETURNING *
WITH u AS (UPDATE accounts SET score = 0 WHERE id = 9 RETURNING id, score) SELECT * FROM u
UPDATE public.accounts SET loyalty = 77 WHERE id = 1 RETURNING loyalty
BEGIN
SET LOCAL search_path = public
UPDATE accounts SET loyalty = 78 WHERE id = 1 RETURNING loyalty
ROLLBACK
UPDATE accounts SET loyalty = 1 WHERE id = 1
DELETE FROM accounts WHERE id = 20 RETURNING *
SELECT set_config('search_path', 'public', true)
RESET search_path
UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 1 RETURNING loyalty
SELECT id, loyalty FROM public.accounts ORDER BY id
SELECT * FROM sales.accounts ORDER BY id

-- scenario: hunt_w4_update_inside_with_error_positions
WITH u AS (UPDATE accounts SET loyalty = 1 WHERE id = 'x' RETURNING id) SELECT * FROM u
WITH u AS (UPDATE accounts SET loyalty = 1 WHERE id = 1 RETURNING nosuch) SELECT * FROM u
WITH u AS (UPDATE accounts SET loyalty = 1 WHERE id = 1 RETURNING id) SELECT nosuch FROM u
WITH a AS (SELECT 1 AS k), u AS (UPDATE accounts SET tier = 'x' WHERE id = 1 RETURNING id), b AS (SELECT k / 0 AS z FROM a) SELECT * FROM u, b
WITH u AS (UPDATE accounts SET mood = 'nope' WHERE id = 1 RETURNING id) SELECT * FROM u
WITH u AS (UPDATE accounts SET loyalty = 1, loyalty = 2 WHERE id = 1 RETURNING id) SELECT * FROM u
WITH u AS (UPDATE accounts SET nosuch = 1 WHERE id = 1 RETURNING id) SELECT * FROM u
WITH u AS (UPDATE accounts SET tier = 'ok' WHERE id = 1 RETURNING id) SELECT * FROM u WHERE id = 'bad'
WITH u AS (UPDATE accounts SET tier = 'é東' WHERE id = 1 RETURNING id, tier) SELECT tier, id / 0 FROM u
WITH u AS (UPDATE orders SET qty = 1 WHERE id = 1 RETURNING id), v AS (UPDATE tags SET label = 'v' WHERE id = 1 RETURNING id) SELECT * FROM u, v
SELECT id, loyalty, tier, mood FROM accounts ORDER BY id
SELECT * FROM tags ORDER BY id

-- scenario: hunt_w4_assigned_values_postgres_types_by_the_column
UPDATE accounts SET labels = ARRAY[] WHERE id = 1
INSERT INTO accounts (id, name, labels) VALUES (80, 'x', ARRAY[])
INSERT INTO accounts (id, name, labels) VALUES (80, 'x', '{}'), (81, 'y', ARRAY[])
INSERT INTO accounts (id, name, labels) VALUES (1, 'x', '{}') ON CONFLICT (id) DO UPDATE SET labels = ARRAY[]
UPDATE accounts SET (tier, labels) = ('t', ARRAY[]) WHERE id = 1
UPDATE accounts SET labels = ((ARRAY[])) WHERE id = 1
UPDATE accounts SET labels = labels || ARRAY[] WHERE id = 1
WITH u AS (UPDATE accounts SET labels = ARRAY[] WHERE id = 1 RETURNING id) SELECT * FROM u
UPDATE accounts SET labels = ARRAY[]::text[] WHERE id = 1 RETURNING labels
UPDATE accounts SET labels = ARRAY[NULL] WHERE id = 2 RETURNING labels
UPDATE accounts SET tier = 5 WHERE id = 3 RETURNING tier
UPDATE gadgets SET nums = ARRAY[1.5, 2], big = 2 ^ 40, raw = '{"a": 1}'::jsonb, doc = '{"b": 2}'::json WHERE id = 1 RETURNING nums, big, raw, doc
UPDATE gadgets SET pt = ROW(1, 'x') WHERE id = 2 RETURNING pt
UPDATE gadgets SET pt = (2, 'y') WHERE id = 3 RETURNING pt
INSERT INTO gadgets (id, name, pt, nums) VALUES (81, 'row', ROW(3, 'z'), '{}') RETURNING pt, nums
UPDATE accounts AS "A" SET loyalty = "A".loyalty + 1 WHERE "A".id = 1 RETURNING "A".loyalty, "A".*
UPDATE public.accounts SET loyalty = 5 WHERE public.accounts.id = 2 RETURNING public.accounts.loyalty, public.accounts.tier
DELETE FROM accounts a USING accounts b WHERE a.id = b.id + 1 AND b.loyalty > 5 RETURNING a.id, a.loyalty, b.loyalty
UPDATE bills SET paid = true WHERE EXISTS (SELECT 1 FROM accounts a WHERE a.id = bills.account_id AND a.tier = 'gold' AND bills.due < '2025-01-01') RETURNING id, paid
SELECT id, loyalty, tier, labels FROM accounts ORDER BY id
SELECT id, paid, due FROM bills ORDER BY id

-- scenario: hunt_w4_identity_counters_and_trigger_upserts
INSERT INTO counters (name, hits) VALUES ('a', 1) ON CONFLICT (name) DO UPDATE SET hits = counters.hits + 1 RETURNING *
INSERT INTO counters (name, hits) VALUES ('a', 1), ('c', 1) ON CONFLICT (name) DO UPDATE SET hits = counters.hits + EXCLUDED.hits RETURNING *
INSERT INTO counters (name) VALUES ('b'), ('d') ON CONFLICT DO NOTHING RETURNING *
INSERT INTO counters (name, hits) SELECT n, 5 FROM unnest(ARRAY['a', 'e']) AS n ON CONFLICT (name) DO UPDATE SET hits = EXCLUDED.hits RETURNING *
INSERT INTO counters (name) VALUES ('f') RETURNING serial_no, twice, hits
UPDATE counters SET hits = hits + 1 RETURNING name, serial_no, hits
INSERT INTO appliances (id, name, stock) OVERRIDING SYSTEM VALUE VALUES (1, 'lamp2', 5), (50, 'new', 1) ON CONFLICT (id) DO UPDATE SET stock = appliances.stock + EXCLUDED.stock RETURNING id, name, stock, touched, color
INSERT INTO appliances (name, color) VALUES ('a', 'b'), ('c', DEFAULT) RETURNING id, price_x2, color, stock
INSERT INTO appliances (name, stock) VALUES ('d', 2) ON CONFLICT (id) DO UPDATE SET stock = 0 RETURNING id, stock
UPDATE appliances SET stock = stock + 1, price = price + 1 WHERE id <= 2 RETURNING id, price_x2, touched, stock
SELECT * FROM counters ORDER BY name
SELECT * FROM appliances ORDER BY id

-- scenario: hunt_w4_update_inside_with_main_query_forms
WITH u AS (UPDATE accounts SET loyalty = 5 WHERE id = 1 RETURNING id) TABLE u
WITH u AS (UPDATE accounts SET loyalty = 6 WHERE id = 2 RETURNING id) VALUES (1)
WITH u AS (UPDATE accounts SET tier = 'un' WHERE id IN (1, 3) RETURNING id, tier) SELECT id, tier FROM u UNION ALL SELECT id, tier FROM accounts WHERE id = 1 ORDER BY 1, 2
WITH u AS (UPDATE accounts SET loyalty = 7 WHERE id = 4 RETURNING id) SELECT a.* FROM accounts a JOIN u USING (id)
WITH u AS (UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 4 RETURNING *) SELECT u.*, u FROM u
WITH u AS (UPDATE accounts SET loyalty = 9 WHERE id = 5 RETURNING id) SELECT * FROM u FOR UPDATE
WITH u AS (UPDATE accounts SET loyalty = 9 WHERE id = 5 RETURNING id, loyalty) SELECT count(*), max(loyalty) FROM u GROUP BY loyalty HAVING count(*) > 0
/* lead */ WITH /* a ( */ u /* b */ AS /* c ( */ ( /* d */ UPDATE accounts SET tier = ')' WHERE id = 6 RETURNING tier /* e ) */ ) /* f */ SELECT * FROM u
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w4_prepared_transaction_commands_fail
UPDATE accounts SET loyalty = 50 WHERE id = 1
COMMIT PREPARED 'hunt_w4'
BEGIN
WITH u AS (UPDATE accounts SET tier = 'p' WHERE id = 2 RETURNING id) SELECT * FROM u
ROLLBACK PREPARED 'hunt_w4'
ROLLBACK
SELECT id, loyalty, tier FROM accounts WHERE id <= 2 ORDER BY id
UPDATE accounts SET loyalty = 51 WHERE id = 1
-- restart
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w4_temporary_table_named_like_a_served_table
BEGIN
CREATE TEMP TABLE accounts (id integer PRIMARY KEY, name text, loyalty integer) ON COMMIT DROP
INSERT INTO pg_temp.accounts (id, name, loyalty) VALUES (1, 'tmp', 5) RETURNING *
UPDATE pg_temp.accounts SET loyalty = loyalty + 1 RETURNING *
SELECT * FROM pg_temp.accounts
UPDATE public.accounts SET loyalty = 2 WHERE id = 1 RETURNING loyalty, tier
SELECT id, loyalty FROM public.accounts WHERE id = 1
COMMIT
SELECT id, name, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w4_insert_sources_with_their_own_with_and_parentheses
INSERT INTO accounts (id, name, loyalty) WITH s AS (SELECT 95 AS id) SELECT id, 'w', 1 FROM s RETURNING id, loyalty
INSERT INTO accounts (id, name, loyalty) (SELECT 96, 'p', 2) RETURNING id, loyalty
INSERT INTO accounts (id, name, loyalty) ((SELECT 97, 'pp', 3) UNION ALL (SELECT 98, 'qq', 4)) RETURNING id, loyalty
INSERT INTO accounts (id, name, loyalty) VALUES (99, 'lim', 5), (100, 'lim2', 6) LIMIT 1 RETURNING id, loyalty
INSERT INTO accounts (id, name, loyalty) VALUES (101, 'ord', 7), (102, 'ord2', 8) ORDER BY 1 DESC RETURNING id, loyalty
INSERT INTO accounts (id, name, tier) (VALUES (103, 'v', 't'), (104, 'w', 'u')) RETURNING id, tier
INSERT INTO accounts (id, name, loyalty) SELECT * FROM (VALUES (105, 'x', 9)) AS v RETURNING id, loyalty
INSERT INTO accounts (id, name, loyalty) WITH s AS (SELECT 1 AS id) SELECT id, 'dup', 1 FROM s ON CONFLICT (id) DO UPDATE SET loyalty = EXCLUDED.loyalty + accounts.loyalty RETURNING id, loyalty
SELECT id, name, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w4_same_shapes_with_other_constants
WITH u AS (UPDATE accounts SET loyalty = 1, tier = 'a' WHERE id = 1 RETURNING id, loyalty, tier) SELECT * FROM u
WITH u AS (UPDATE accounts SET loyalty = 2, tier = 'b' WHERE id = 2 RETURNING id, loyalty, tier) SELECT * FROM u
WITH u AS (UPDATE accounts SET loyalty = 3, tier = 'c' WHERE id = 3 RETURNING id, loyalty, tier) SELECT * FROM u
WITH u AS (UPDATE accounts SET loyalty = 'x', tier = 'd' WHERE id = 4 RETURNING id, loyalty, tier) SELECT * FROM u
WITH u AS (UPDATE accounts SET loyalty = 5, tier = NULL WHERE id = 5 RETURNING id, loyalty, tier) SELECT * FROM u
WITH u AS (UPDATE accounts SET loyalty = 6, tier = 'f' WHERE id = 'six' RETURNING id, loyalty, tier) SELECT * FROM u
UPDATE accounts SET tier = 'r1' WHERE id = 1 AND random() < 2
UPDATE accounts SET tier = 'r2' WHERE id = 2 AND random() < 2
UPDATE accounts SET tier = 'r3' WHERE id = 3 AND random() < 0
UPDATE accounts SET tier = 'r4' WHERE id = 4 AND random() < 2
UPDATE accounts SET labels = ARRAY['x'] WHERE id = 1
UPDATE accounts SET labels = ARRAY['y'] WHERE id = 2
UPDATE accounts SET labels = ARRAY['z'] WHERE id = 3
UPDATE accounts SET labels = ARRAY[] WHERE id = 4
UPDATE accounts SET labels = ARRAY['w', 'v'] WHERE id = 5
UPDATE accounts SET labels = ARRAY[NULL, 'u'] WHERE id = 6
SELECT id, loyalty, tier, labels FROM accounts ORDER BY id

-- scenario: hunt_w4_update_inside_with_beside_live_writes
WITH a AS (UPDATE accounts SET name = 'n' WHERE id = 1 RETURNING id), b AS (UPDATE accounts SET loyalty = 1 WHERE id = 2 RETURNING id, loyalty) SELECT * FROM a, b
WITH b AS (UPDATE accounts SET loyalty = 2 WHERE id = 3 RETURNING id, loyalty), a AS (UPDATE accounts SET email = 'e' WHERE id = 4 RETURNING id, tier) SELECT * FROM a, b
WITH b AS (UPDATE accounts SET tier = 'b' WHERE id = 5 RETURNING id), d AS (DELETE FROM tags WHERE id = 3 RETURNING id, label) SELECT * FROM b, d
WITH b AS (UPDATE accounts SET tier = 'i' WHERE id = 6 RETURNING id), i AS (INSERT INTO tags (id, label) SELECT id + 100, 'i' FROM b RETURNING id) SELECT * FROM i
WITH u AS (UPDATE visits SET kind = 'tz' WHERE at = '2024-01-01 19:00+09' RETURNING at, kind) SELECT * FROM u
SELECT id, name, email, loyalty, tier FROM accounts ORDER BY id
SELECT * FROM tags ORDER BY id
SELECT visitor, at, kind FROM visits ORDER BY visitor, at
WITH b AS (UPDATE accounts SET tier = 'x' WHERE id = 7 RETURNING id), d AS (DELETE FROM accounts WHERE id = 8 RETURNING id, tier) SELECT * FROM b, d
WITH d AS (DELETE FROM bills WHERE id = 9 RETURNING id, paid) UPDATE accounts SET loyalty = (SELECT count(*) FROM d) WHERE id = 7 RETURNING loyalty
SELECT id, loyalty, tier FROM accounts ORDER BY id
INSERT INTO accounts (id, name) VALUES (8, 'back') RETURNING *
-- refused
WITH b AS (UPDATE accounts SET tier = 'x' WHERE id = 7 RETURNING id), i AS (INSERT INTO accounts (id, name) VALUES (300, 'x') RETURNING id) SELECT * FROM b, i
-- refused
WITH b AS (UPDATE accounts SET tier = 'x' WHERE id = 7 RETURNING id) DELETE FROM orders WHERE id IN (SELECT id FROM b)

-- scenario: hunt_w4_session_styles_while_writing
SET IntervalStyle = 'iso_8601'
SET extra_float_digits = 0
SET DateStyle = 'SQL, DMY'
WITH u AS (UPDATE gadgets SET span = span * 1.5, ratio = ratio / 3, stamp = stamp + interval '1 day' WHERE id IN (1, 2) RETURNING id, span, ratio, stamp) SELECT * FROM u ORDER BY id
INSERT INTO gadgets (id, name, span, ratio, stamp, made_at) VALUES (1, 'x', 'P1DT2H', 0.1, '03/04/2024 05:06', '03/04/2024 05:06+00') ON CONFLICT (id) DO UPDATE SET span = gadgets.span + EXCLUDED.span, ratio = EXCLUDED.ratio, stamp = EXCLUDED.stamp, made_at = EXCLUDED.made_at RETURNING span, ratio, stamp, made_at
UPDATE bills SET due = '31/01/2025' WHERE id = 1 RETURNING due
SET IntervalStyle = 'sql_standard'
UPDATE gadgets SET span = '-1 2:03:04' WHERE id = 3 RETURNING span
RESET ALL
SELECT id, span, ratio, stamp, made_at FROM gadgets ORDER BY id
SELECT id, due FROM bills ORDER BY id

-- scenario: hunt_w4_insert_returning_items_postgres_rejects
INSERT INTO accounts (id, name, loyalty) VALUES (90, 'agg', 1) RETURNING sum(loyalty)
INSERT INTO accounts (id, name, loyalty) VALUES (91, 'win', 1) RETURNING count(*) OVER ()
INSERT INTO accounts (id, name, loyalty) VALUES (93, 'agg', 1) RETURNING id, 1 + max(loyalty) FILTER (WHERE true)
INSERT INTO accounts (id, name, loyalty) VALUES (94, 'agg', 1) RETURNING pg_catalog.count(*)
INSERT INTO accounts (id, name, loyalty) VALUES (92, 'sub', 1) RETURNING (SELECT sum(loyalty) FROM accounts) AS total, loyalty, (SELECT count(*) OVER () FROM accounts LIMIT 1) AS n
UPDATE accounts SET loyalty = 2 WHERE id = 1 RETURNING sum(loyalty)
SELECT id, loyalty FROM accounts ORDER BY id
INSERT INTO accounts (id, name, loyalty) VALUES (1, 'x', 1) ON CONFLICT (id) DO UPDATE SET loyalty = 1 RETURNING excluded.loyalty
INSERT INTO accounts AS a (id, name, loyalty) VALUES (95, 'x', 1) RETURNING accounts.id
INSERT INTO accounts AS a (id, name, loyalty) VALUES (95, 'x', 1) RETURNING a.nosuch
INSERT INTO accounts (id, name, loyalty) VALUES (96, 'x', 1) RETURNING grouping(id)
INSERT INTO accounts (id, name, loyalty) VALUES (97, 'x', 1) RETURNING $1
SELECT id, loyalty FROM accounts ORDER BY id
UPDATE accounts SET loyalty = count(*) WHERE id = 1
UPDATE accounts SET loyalty = row_number() OVER () WHERE id = 1
UPDATE accounts SET tier = 'x', loyalty = 1 + sum(loyalty) WHERE id = 1
UPDATE accounts SET (tier, loyalty) = ('x', max(id)) WHERE id = 1
UPDATE accounts SET loyalty = grouping(id)
UPDATE accounts SET loyalty = (SELECT count(*) FROM bills WHERE bills.account_id = accounts.id) WHERE id <= 3 RETURNING id, loyalty
WITH u AS (UPDATE accounts SET loyalty = rank() OVER (ORDER BY id) RETURNING id) SELECT * FROM u
INSERT INTO accounts (id, name, loyalty) VALUES (98, 'x', count(*))
INSERT INTO accounts (id, name, loyalty) VALUES (98, 'x', 1), (99, 'y', row_number() OVER ())
INSERT INTO accounts (id, name, loyalty) VALUES (1, 'x', 1) ON CONFLICT (id) DO UPDATE SET loyalty = count(*)
INSERT INTO accounts (id, name, loyalty) VALUES (1, 'x', 1) ON CONFLICT (id) DO UPDATE SET tier = rank() OVER ()
UPDATE accounts SET loyalty = 1 WHERE count(*) > 1
DELETE FROM accounts WHERE row_number() OVER () > 1
SELECT id, loyalty, tier FROM accounts ORDER BY id
UPDATE accounts SET loyalty = generate_series(1, 2) WHERE id = 1
UPDATE accounts SET labels = ARRAY[unnest(labels)] WHERE id = 1
INSERT INTO accounts (id, name, loyalty) VALUES (98, 'x', 1), (99, 'y', generate_series(1, 2))
INSERT INTO accounts (id, name, loyalty) SELECT generate_series(200, 201), 'x', 5 RETURNING id, loyalty
INSERT INTO accounts (id, name, loyalty) VALUES (1, 'x', 1) ON CONFLICT (id) DO UPDATE SET loyalty = generate_series(1, 2)
SELECT id, loyalty, labels FROM accounts ORDER BY id
-- refused
INSERT INTO accounts (id, name, loyalty) VALUES (generate_series(210, 211), 'x', 5) RETURNING id, loyalty
-- refused
INSERT INTO accounts (id, name, tier) VALUES (212, 'x', jsonb_array_elements_text('["a", "b"]'))

-- scenario: hunt_w4_constraint_errors_in_strings_with_cte_updates
INSERT INTO orders (id, item, note) VALUES (1, 'a', 'n'), (2, 'b', 'm')
BEGIN; WITH u AS (UPDATE orders SET qty = 5 WHERE id = 1 RETURNING qty) SELECT * FROM u; SAVEPOINT s; WITH u AS (UPDATE orders SET qty = 0 WHERE id = 2 RETURNING qty) SELECT * FROM u
ROLLBACK TO s; WITH u AS (UPDATE orders SET note = NULL WHERE id = 2 RETURNING note) SELECT * FROM u
ROLLBACK TO s; INSERT INTO orders (id, item, note, qty) VALUES (2, 'b', 'm', 7) ON CONFLICT (id) DO UPDATE SET qty = EXCLUDED.qty, code = 'toolong'
ROLLBACK TO s; INSERT INTO orders (id, item, note, qty) VALUES (2, 'b', 'm', 7) ON CONFLICT (id) DO UPDATE SET qty = EXCLUDED.qty, code = 'ok' RETURNING qty, code; COMMIT
SELECT * FROM orders ORDER BY id
WITH u AS (UPDATE orders SET qty = qty - 7 WHERE id = 2 RETURNING qty) SELECT * FROM u; SELECT 'not reached'
UPDATE orders SET qty = 2 WHERE id = 1; WITH u AS (UPDATE orders SET note = NULL WHERE id = 1 RETURNING id) SELECT * FROM u
-- restart
SELECT * FROM orders ORDER BY id

-- scenario: hunt_w4_malformed_writes_fail_alike
UPDATE accounts SET tier = 'x' FROM accounts WHERE true
UPDATE accounts a SET a.tier = 'x' WHERE id = 1
UPDATE accounts SET accounts.loyalty = 1 WHERE id = 1
UPDATE accounts SET loyalty = s.x FROM LATERAL (SELECT accounts.id AS x) s WHERE accounts.id = 1
UPDATE accounts a SET loyalty = 1 WHERE accounts.id = 1
DELETE FROM accounts a WHERE accounts.id = 1
INSERT INTO accounts a (id, name) VALUES (1, 'x')
UPDATE accounts SET loyalty = 1 RETURNING nosuch
UPDATE accounts SET loyalty = 1 WHERE nosuch = 1
DELETE FROM accounts WHERE loyalty = 'x'
UPDATE accounts SET loyalty = 1 WHERE id = 1 RETURNING *, *
UPDATE line_items SET discount = 1 WHERE (order_id, line) = (1)
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w4_job_queue_skip_locked_runs_its_where_once
UPDATE accounts SET tier = 'queued' WHERE id IN (2, 3, 5)
UPDATE accounts SET tier = 'running', loyalty = coalesce(loyalty, 0) + 1 WHERE id = (SELECT id FROM accounts WHERE tier = 'queued' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id, tier, loyalty
BEGIN
UPDATE accounts SET tier = 'running' WHERE id IN (SELECT id FROM accounts WHERE tier = 'queued' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id, tier
DELETE FROM accounts WHERE id = (SELECT id FROM accounts WHERE tier = 'queued' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id, tier
COMMIT
UPDATE line_items SET discount = 3 WHERE (order_id, line) IN (SELECT order_id, line FROM line_items ORDER BY order_id, line LIMIT 2 FOR UPDATE) RETURNING order_id, line, discount
UPDATE accounts SET id = id + 100, tier = 'moved' WHERE id = (SELECT id FROM accounts WHERE tier = 'running' ORDER BY id LIMIT 1 FOR NO KEY UPDATE SKIP LOCKED) RETURNING id, tier
SELECT id, loyalty, tier FROM accounts ORDER BY id
SELECT * FROM line_items ORDER BY order_id, line

-- scenario: hunt_w4_where_run_once_on_other_table_kinds
UPDATE shipments SET status = 'once' WHERE region = 'eu' AND nextval('orders_id_seq') > 0 RETURNING region, id, status
UPDATE animals SET legs = 3 WHERE id IN (1, 3) AND pg_catalog.random() < 2 RETURNING id, legs
UPDATE counters SET hits = hits + 1 WHERE name = 'a' AND clock_timestamp() > '2000-01-01' RETURNING name, hits
UPDATE "Users" SET "Nick" = 'r' WHERE "Id" = 2 AND random() < 2 RETURNING "Id", "Nick"
UPDATE visits SET kind = 'once' WHERE visitor = '00000000-0000-0000-0000-000000000001' AND nextval('orders_id_seq') > 0 RETURNING at, kind
DELETE FROM visits WHERE kind = 'once' AND random() < 2 RETURNING at, kind
WITH u AS (UPDATE line_items SET discount = DEFAULT WHERE order_id = 1 AND random() < 2 RETURNING order_id, line, discount) SELECT * FROM u ORDER BY line
INSERT INTO orders (item, note) VALUES ('seq', 'check') RETURNING id
SELECT region, id, status FROM shipments ORDER BY region, id
SELECT id, legs FROM animals ORDER BY id
SELECT * FROM counters ORDER BY name
SELECT visitor, at, kind FROM visits ORDER BY visitor, at

-- scenario: hunt_w4_prisma_mikroorm_batch_shapes
-- params: ["110", "p1", "1", "1", "dup", "2", "111", "p2", "3"]
INSERT INTO "public"."accounts" ("id","name","loyalty") VALUES ($1,$2,$3), ($4,$5,$6), ($7,$8,$9) ON CONFLICT DO NOTHING
-- params: ["5", "2"]
UPDATE "public"."accounts" SET "tier" = $1 WHERE ("public"."accounts"."loyalty" > $2 AND 1=1)
-- params: ["5", "110", "111"]
UPDATE "public"."accounts" SET "loyalty" = $1 WHERE ("public"."accounts"."id" IN ($2,$3) AND 1=1) RETURNING "public"."accounts"."id", "public"."accounts"."loyalty", "public"."accounts"."tier"
update "accounts" set "loyalty" = case when ("id" = 1) then 5 when ("id" = 2) then 6 else "loyalty" end, "tier" = case when ("id" = 1) then 'm1' else "tier" end where "id" in (1, 2) returning "id", "loyalty", "tier"
-- params: ["2"]
DELETE FROM "public"."accounts" WHERE ("public"."accounts"."loyalty" < $1 AND 1=1) AND "public"."accounts"."id" > 100
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w4_command_tags_of_odd_forms
INSERT INTO accounts (id, name, loyalty) VALUES (1, 'x', 1), (2, 'y', 2) ON CONFLICT (id) DO UPDATE SET loyalty = EXCLUDED.loyalty WHERE false
INSERT INTO accounts (id, name, loyalty) VALUES (1, 'x', 1), (120, 'y', 2) ON CONFLICT (id) DO UPDATE SET loyalty = EXCLUDED.loyalty WHERE accounts.loyalty > 100
INSERT INTO accounts (id, name, tier) SELECT id + 500, name, tier FROM accounts WHERE id < 0
INSERT INTO accounts (id, name, tier) SELECT id + 500, name, tier FROM accounts LIMIT 0
UPDATE accounts SET loyalty = loyalty WHERE id = 1
UPDATE accounts SET tier = tier
DELETE FROM accounts WHERE id = 120 AND loyalty = 2
WITH u AS (UPDATE accounts SET loyalty = 1 WHERE id < 0 RETURNING id) SELECT count(*) FROM u
MERGE INTO accounts a USING (VALUES (1), (2), (999)) v(id) ON a.id = v.id WHEN MATCHED AND a.loyalty > 5 THEN UPDATE SET name = a.name || '+'
UPDATE accounts SET loyalty = 1 WHERE id = 1; UPDATE accounts SET loyalty = 2 WHERE id < 0; DELETE FROM accounts WHERE id < 0; INSERT INTO accounts (id, name) SELECT 1, 'x' WHERE false
SELECT id, name, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w5_insert_inside_with_more_shapes
WITH a AS (INSERT INTO line_items (order_id, line, product, discount) VALUES (7, 1, 'k', 1.25), (7, 2, 'l', DEFAULT) RETURNING order_id, line, discount) SELECT sum(discount), count(*) FROM a
WITH a AS (INSERT INTO visits (visitor, at, kind) VALUES ('00000000-0000-0000-0000-000000000009', '2024-02-02 12:00+02', 'cte') RETURNING visitor, at, kind) SELECT * FROM a
WITH a AS (INSERT INTO accounts (id, name, loyalty) VALUES (140, 'a', 1), (141, 'b', DEFAULT) RETURNING id, loyalty), b AS (INSERT INTO tags (id, label, loyalty) SELECT id, 'l' || id, loyalty FROM a RETURNING id) SELECT count(*) FROM b
WITH a AS (INSERT INTO accounts (id, name, tier) SELECT id + 300, name, 'copy' FROM accounts WHERE loyalty IS NOT NULL OR id < 3 RETURNING id, tier) SELECT count(*) FROM a
WITH a AS (INSERT INTO accounts (id, name, labels) VALUES (142, 'arr', '{x,y}') RETURNING labels) SELECT labels[2] AS second, cardinality(labels) FROM a
WITH a AS (INSERT INTO orders (item, note) VALUES ('w', 'ok') RETURNING id, qty, code, note) SELECT qty, code, note FROM a
WITH a AS (INSERT INTO orders (item, qty) VALUES ('w', 2) RETURNING id) SELECT * FROM a
BEGIN
SAVEPOINT s
WITH a AS (INSERT INTO accounts (id, name, loyalty) VALUES (143, 'sp', 3) RETURNING loyalty) SELECT * FROM a
ROLLBACK TO SAVEPOINT s
WITH a AS (INSERT INTO accounts (id, name, loyalty) VALUES (143, 'sp2', 4) RETURNING loyalty) SELECT * FROM a
COMMIT
SELECT id, name, loyalty, tier, labels FROM accounts WHERE id >= 100 ORDER BY id
SELECT * FROM line_items ORDER BY order_id, line
SELECT visitor, at, kind FROM visits ORDER BY visitor, at
SELECT * FROM tags ORDER BY id
SELECT id, qty, code, note FROM orders ORDER BY id

-- scenario: hunt_w5_insert_inside_with_survives_restart
WITH a AS (INSERT INTO accounts (id, name, loyalty, tier) VALUES (150, 'r', 6, 'kept') RETURNING id) SELECT count(*) FROM a
BEGIN
WITH a AS (INSERT INTO accounts (id, name, loyalty, tier) VALUES (151, 'lost', 7, 'lost') RETURNING id) SELECT count(*) FROM a
-- restart
INSERT INTO accounts (id, name) VALUES (151, 'again')
SELECT id, name, loyalty, tier, mood FROM accounts WHERE id >= 150 ORDER BY id

-- scenario: hunt_w5_many_rows
INSERT INTO accounts (id, name, loyalty, tier) SELECT g, 'n' || g, g % 7, CASE WHEN g % 3 = 0 THEN 't' || g END FROM generate_series(1000, 1149) AS g RETURNING id, loyalty
INSERT INTO accounts (id, name, loyalty) SELECT g, 'x', 1 FROM generate_series(1100, 1250) AS g ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty + EXCLUDED.loyalty, tier = coalesce(accounts.tier, 'new')
WITH a AS (INSERT INTO accounts (id, name, loyalty) SELECT g, 'w', g FROM generate_series(1300, 1420) AS g RETURNING id, loyalty) SELECT count(*), sum(loyalty) FROM a
UPDATE accounts SET loyalty = loyalty * 2 WHERE id BETWEEN 1050 AND 1350 AND tier IS NULL
DELETE FROM accounts WHERE id >= 1000 AND loyalty % 5 = 0
SELECT count(*), sum(loyalty), count(tier), string_agg(DISTINCT tier, ',' ORDER BY tier) FROM accounts WHERE id >= 1000
SELECT id, loyalty, tier FROM accounts WHERE id >= 1000 AND id % 17 = 0 ORDER BY id

-- scenario: hunt_w5_unnest_shapes
-- params: ["{60,61,1}", "{a,b,dup}", "{1,2,3}"]
INSERT INTO accounts (id, name, loyalty) SELECT * FROM unnest($1::int[], $2::text[], $3::int[]) ON CONFLICT (id) DO UPDATE SET loyalty = EXCLUDED.loyalty + 100 RETURNING id, name, loyalty
-- params: ["{62,63}", "{gold,silver}"]
INSERT INTO accounts (id, tier, name) SELECT u.*, 'nm' FROM unnest($1::int[], $2::text[]) AS u(k) RETURNING id, tier, name
-- params: ["{64,65,66}", "{sad,grumpy,happy}"]
INSERT INTO accounts (id, name, mood) SELECT i, 'm', m::mood FROM unnest($1::int[], $2::text[]) AS t(i, m) RETURNING id, mood
INSERT INTO accounts (id, name, loyalty) SELECT 66 + o::int, v, o::int FROM unnest(ARRAY['p', 'q']) WITH ORDINALITY AS x(v, o) RETURNING id, name, loyalty
-- params: ["{1,2}", "{3,4}", "{0.5,1.5}"]
INSERT INTO line_items (order_id, line, discount) SELECT * FROM unnest($1::int[], $2::int[], $3::numeric[]) ON CONFLICT (order_id, line) DO UPDATE SET discount = EXCLUDED.discount RETURNING *
-- params: ["{1,2}", "{1,1}", "{9.5,8.25}"]
INSERT INTO line_items (order_id, line, discount) SELECT * FROM unnest($1::int[], $2::int[], $3::numeric[]) ON CONFLICT (order_id, line) DO UPDATE SET discount = line_items.discount + EXCLUDED.discount RETURNING order_id, line, product, discount
-- params: ["{67,68}", "{\"{a,b}\",\"{}\"}"]
INSERT INTO accounts (id, name, labels) SELECT i, 'lb', l::text[] FROM unnest($1::int[], $2::text[]) AS u(i, l) RETURNING id, labels
INSERT INTO accounts (id, name, loyalty) SELECT * FROM unnest(ARRAY[69, 2], ARRAY['n', 'dup'], ARRAY[1, 2]) ON CONFLICT DO NOTHING RETURNING *
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id
SELECT * FROM line_items ORDER BY order_id, line

-- scenario: hunt_w5_on_conflict_shadow_variations
INSERT INTO line_items (order_id, line, discount) VALUES (1, 1, 2) ON CONFLICT (order_id, discount) DO NOTHING
INSERT INTO line_items (order_id, line, discount) VALUES (1, 1, 2) ON CONFLICT ((discount + 1)) DO NOTHING
INSERT INTO accounts (id, name) VALUES (1, 'x') ON CONFLICT ON CONSTRAINT accounts_pkey DO UPDATE SET loyalty = 77 RETURNING id, loyalty
INSERT INTO accounts (id, name) VALUES (1, 'x') ON CONFLICT ON CONSTRAINT nosuch DO NOTHING
INSERT INTO accounts (id, name) VALUES (1, 'x') ON CONFLICT (mood) DO NOTHING
INSERT INTO accounts (id, name) VALUES (1, 'x') ON CONFLICT (labels, id) DO NOTHING
INSERT INTO accounts (id, name) VALUES (1, 'x') ON CONFLICT (id COLLATE "C") DO NOTHING
WITH a AS (INSERT INTO accounts (id, name) VALUES (1, 'x') ON CONFLICT (tier) DO NOTHING RETURNING id) SELECT * FROM a
INSERT INTO hunt_w_members (id, email, points) VALUES (1, 'a@x', 5) ON CONFLICT ON CONSTRAINT hunt_w_members_handle_key DO NOTHING
INSERT INTO hunt_w_members (id, email, nick) VALUES (9, 'a@x', 'n') ON CONFLICT (nick) DO NOTHING
INSERT INTO hunt_w_members (id, email, points) VALUES (9, 'a@x', 5) ON CONFLICT (email) DO UPDATE SET points = hunt_w_members.points + EXCLUDED.points RETURNING id, email, points
SELECT id, loyalty FROM accounts ORDER BY id
SELECT * FROM hunt_w_members ORDER BY id

-- scenario: hunt_w5_multi_statement_transaction_with_error_in_the_middle
BEGIN; UPDATE accounts SET loyalty = 10 WHERE id = 1; SELECT id, loyalty FROM accounts WHERE id = 1; UPDATE accounts SET loyalty = loyalty + 1, tier = 'a' WHERE id = 1 RETURNING loyalty, tier; COMMIT
BEGIN; UPDATE accounts SET loyalty = 20 WHERE id = 2; UPDATE accounts SET loyalty = 'bad' WHERE id = 2; COMMIT
SELECT id, loyalty FROM accounts WHERE id = 2
UPDATE accounts SET tier = 'imp' WHERE id = 3; INSERT INTO accounts (id, name, loyalty) VALUES (3, 'dup', 1); UPDATE accounts SET tier = 'never' WHERE id = 3
SELECT id, tier FROM accounts WHERE id = 3
BEGIN
UPDATE accounts SET loyalty = 5 WHERE id = 4; DELETE FROM accounts WHERE id = 8 RETURNING id, loyalty; INSERT INTO accounts (id, name, loyalty) VALUES (8, 'again', 80) RETURNING id, loyalty, tier
SELECT id, name, loyalty, tier FROM accounts WHERE id IN (4, 8) ORDER BY id
UPDATE accounts SET loyalty = 1 / 0 WHERE id = 4
SELECT 1
ROLLBACK
BEGIN
UPDATE accounts SET loyalty = 6 WHERE id = 5; SAVEPOINT a; UPDATE accounts SET loyalty = 7 WHERE id = 5; INSERT INTO orders (item, note, qty) VALUES ('x', 'y', -1)
ROLLBACK TO SAVEPOINT a
SELECT id, loyalty FROM accounts WHERE id = 5; UPDATE accounts SET tier = 'after' WHERE id = 5 RETURNING loyalty, tier
COMMIT
SELECT id, name, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w5_delete_then_insert_same_key
BEGIN
DELETE FROM accounts WHERE id = 1 RETURNING id, loyalty, tier
INSERT INTO accounts (id, name) VALUES (1, 'Reborn') RETURNING id, loyalty, tier, mood, labels
SELECT * FROM accounts WHERE id = 1
COMMIT
UPDATE accounts SET loyalty = 9, tier = 't' WHERE id = 2
BEGIN
SAVEPOINT s
DELETE FROM accounts WHERE id = 2
SAVEPOINT t
INSERT INTO accounts (id, name, tier) VALUES (2, 'B2', 'new') RETURNING *
ROLLBACK TO SAVEPOINT t
SELECT id, loyalty, tier FROM accounts WHERE id = 2
ROLLBACK TO SAVEPOINT s
SELECT id, loyalty, tier FROM accounts WHERE id = 2
DELETE FROM accounts WHERE id = 2; INSERT INTO accounts (id, name) VALUES (2, 'B3'); UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 2 RETURNING loyalty, tier
COMMIT
DELETE FROM line_items WHERE order_id = 1 AND line = 1; INSERT INTO line_items (order_id, line, product) VALUES (1, 1, 'again') RETURNING *
DELETE FROM visits WHERE visitor = '00000000-0000-0000-0000-000000000001' AND at = '2024-01-01 10:00+00' RETURNING kind
INSERT INTO visits (visitor, at) VALUES ('00000000-0000-0000-0000-000000000001', '2024-01-01 12:00+02') RETURNING at, kind
INSERT INTO accounts (id, name, loyalty) VALUES (3, 'x', 1) ON CONFLICT (id) DO NOTHING; DELETE FROM accounts WHERE id = 3; INSERT INTO accounts (id, name, loyalty) VALUES (3, 'y', 2) ON CONFLICT (id) DO UPDATE SET loyalty = 99 RETURNING id, name, loyalty
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id
SELECT * FROM line_items ORDER BY order_id, line
SELECT visitor, at, kind FROM visits ORDER BY visitor, at

-- scenario: hunt_w5_primary_key_moves
UPDATE accounts SET loyalty = 3, tier = 'mv' WHERE id = 8
UPDATE accounts SET id = 80, loyalty = loyalty + 1 WHERE id = 8 RETURNING id, loyalty, tier
UPDATE accounts SET id = id + 1000 WHERE id IN (1, 2) RETURNING id, loyalty, tier
BEGIN
UPDATE accounts SET id = 8 WHERE id = 80
UPDATE accounts SET tier = 'back' WHERE id = 8 RETURNING id, loyalty, tier
ROLLBACK
BEGIN
UPDATE accounts SET id = 9, tier = 'nine' WHERE id = 80
SAVEPOINT s
UPDATE accounts SET id = 10 WHERE id = 9
ROLLBACK TO SAVEPOINT s
UPDATE accounts SET loyalty = 99 WHERE id = 9
COMMIT
UPDATE line_items SET line = line + 10, discount = 4 WHERE order_id = 1 RETURNING *
UPDATE visits SET at = at + interval '1 hour', kind = 'shift' WHERE visitor = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' RETURNING at, kind
INSERT INTO accounts (id, name, loyalty) VALUES (20, 'new', 2); UPDATE accounts SET id = 21 WHERE id = 20; UPDATE accounts SET tier = 'x' WHERE id = 21 RETURNING id, loyalty, tier
SELECT id, name, loyalty, tier FROM accounts ORDER BY id
SELECT * FROM line_items ORDER BY order_id, line
SELECT visitor, at, kind FROM visits ORDER BY visitor, at

-- scenario: hunt_w5_writes_after_session_settings
SET TimeZone = 'America/New_York'
INSERT INTO visits (visitor, at, kind) VALUES ('00000000-0000-0000-0000-000000000002', '2024-03-10 02:30', 'ny') RETURNING at, kind
UPDATE visits SET kind = 'ny-up' WHERE at = '2024-01-01 05:00' RETURNING visitor, at, kind
INSERT INTO gadgets (id, name, made_at, stamp) VALUES (10, 'tz', '2024-07-01 08:00', '2024-07-01 08:00:00.98765') RETURNING made_at, stamp
SET DateStyle = 'SQL, DMY'
INSERT INTO bills (id, account_id, amount, due) VALUES (60, 1, 1, '03/04/2025') RETURNING due
UPDATE bills SET due = '01/02/2026' WHERE id = 1 RETURNING due, paid
UPDATE gadgets SET made_at = '05/06/2024 10:00' WHERE id = 10 RETURNING made_at
SET DateStyle = 'German'
SELECT id, due FROM bills WHERE id IN (1, 60) ORDER BY id
SET search_path = sales, public
INSERT INTO accounts (id, region, score) VALUES (20, 'west', 3) RETURNING *
UPDATE accounts SET score = score + 1 WHERE id = 1 RETURNING id, score
UPDATE public.accounts SET loyalty = 4 WHERE id = 1 RETURNING id, loyalty
SET search_path = public
RESET TimeZone
RESET DateStyle
SELECT id, region, score FROM sales.accounts ORDER BY id
SELECT visitor, at, kind FROM visits ORDER BY visitor, at
SELECT id, made_at, stamp FROM gadgets WHERE id = 10
SELECT id, due, paid FROM bills ORDER BY id

-- scenario: hunt_w5_insert_inside_with_feeding_shadow_writes
WITH a AS (INSERT INTO accounts (id, name, loyalty) VALUES (163, 's', 1), (164, 't', 2) RETURNING *), b AS (SELECT id, loyalty FROM a WHERE loyalty > 1) SELECT b.id, b.loyalty, c.loyalty AS before FROM b LEFT JOIN accounts c USING (id)
WITH a AS (INSERT INTO accounts (id, name, loyalty) VALUES (1, 'dup', 3), (165, 'u', 3) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty * 10, tier = 'up' WHERE accounts.id > 0 RETURNING id, loyalty, tier) SELECT * FROM a ORDER BY id
WITH a AS (INSERT INTO accounts AS x (id, name, loyalty) VALUES (166, 'v', 5) RETURNING x.id, x.loyalty + 1 AS next, x.mood) SELECT next, mood FROM a
WITH a AS (INSERT INTO visits (visitor, at) SELECT visitor, at + interval '1 day' FROM visits RETURNING visitor, at, kind) SELECT count(*), min(kind) FROM a
WITH a AS (INSERT INTO orders (item, note, code) VALUES ('c', 'n', 'toolongcode') RETURNING id) SELECT * FROM a
WITH a AS (INSERT INTO line_items (order_id, line) VALUES (1, 1) RETURNING *) SELECT * FROM a
SELECT id, name, loyalty, tier FROM accounts ORDER BY id
SELECT * FROM line_items ORDER BY order_id, line
SELECT visitor, at, kind FROM visits ORDER BY visitor, at
-- refused
WITH a AS (INSERT INTO accounts (id, name, loyalty) VALUES (160, 'p', 2) RETURNING id, loyalty) INSERT INTO line_items (order_id, line, discount) SELECT id, loyalty, loyalty * 1.5 FROM a RETURNING *
-- refused
WITH a AS (INSERT INTO accounts (id, name, tier) VALUES (161, 'q', 'one') RETURNING id), b AS (INSERT INTO accounts (id, name, tier) SELECT id + 1, 'r', 'two' FROM a RETURNING id, tier) SELECT * FROM b

-- scenario: hunt_w5_unnest_more_shapes
-- params: ["{70,71}", "{sad,happy}"]
INSERT INTO accounts (id, name, mood) SELECT i, 'e', m FROM unnest($1::int[], $2::mood[]) AS u(i, m) RETURNING id, mood
INSERT INTO accounts (id, name, loyalty) SELECT * FROM unnest(ARRAY[72, 73, 74], ARRAY['a', 'b', 'c'], ARRAY[1, 2]) RETURNING id, loyalty
INSERT INTO accounts (id, name, loyalty) SELECT * FROM unnest(ARRAY[75, 76], ARRAY['a', 'b'], ARRAY[5, 6]) AS u(i, n, l) WHERE l > 5 RETURNING id, loyalty
INSERT INTO accounts (id, name, loyalty) SELECT * FROM unnest(ARRAY[77, 78], ARRAY['a', 'b'], ARRAY[7, 8]) ORDER BY 1 DESC LIMIT 1 RETURNING id, loyalty
INSERT INTO accounts (id, name, loyalty) SELECT g, 'o' || o, o FROM generate_series(79, 81) WITH ORDINALITY AS g(g, o) RETURNING id, name, loyalty
INSERT INTO accounts SELECT i, n, NULL, NULL, l FROM unnest(ARRAY[82, 83], ARRAY['x', 'y'], ARRAY[1, 2]) AS u(i, n, l) RETURNING *
INSERT INTO accounts (id, name, tier) SELECT u, 'u', u::text FROM unnest(ARRAY[84, 85]) AS u RETURNING id, tier
INSERT INTO accounts (id, name, tier) SELECT u.u, 'u', upper(u.u::text) FROM unnest(ARRAY[86]) u RETURNING id, tier
-- params: ["{87,88}", "{\"x,y\",\"it's\"}", "{3,NULL}"]
INSERT INTO accounts (id, name, tier, loyalty) SELECT * FROM unnest($1::int[], $2::text[], $2::text[], $3::int[]) RETURNING id, name, tier, loyalty
-- params: ["{[1,2],[3,4]}", "{1,2}", "{9,10}"]
INSERT INTO gadgets (id, name, slots) SELECT i, 'r', s FROM unnest($2::int[], $1::int4range[]) AS u(i, s) RETURNING id, slots
-- params: ["{1,2}", "{x,y}"]
INSERT INTO counters (name, hits) SELECT n, h FROM unnest($2::text[], $1::int[]) AS u(n, h) ON CONFLICT (name) DO UPDATE SET hits = counters.hits + EXCLUDED.hits RETURNING name, hits
SELECT id, name, loyalty, tier, mood FROM accounts WHERE id >= 70 ORDER BY id
SELECT id, slots FROM gadgets ORDER BY id
SELECT name, hits FROM counters ORDER BY name

-- scenario: hunt_w5_upsert_moving_the_key
UPDATE accounts SET loyalty = 4, tier = 'four' WHERE id = 4
INSERT INTO accounts (id, name, loyalty) VALUES (4, 'x', 1) ON CONFLICT (id) DO UPDATE SET id = EXCLUDED.id, loyalty = accounts.loyalty + EXCLUDED.loyalty RETURNING id, loyalty, tier
INSERT INTO line_items (order_id, line, discount) VALUES (1, 1, 3) ON CONFLICT (order_id, line) DO UPDATE SET line = EXCLUDED.line, order_id = EXCLUDED.order_id, discount = EXCLUDED.discount RETURNING *
SELECT id, name, loyalty, tier FROM accounts ORDER BY id
SELECT * FROM line_items ORDER BY order_id, line
-- refused
INSERT INTO accounts (id, name) VALUES (4, 'x') ON CONFLICT (id) DO UPDATE SET id = 40 RETURNING id, loyalty, tier
-- refused
INSERT INTO accounts (id, name, loyalty) VALUES (40, 'x', 1) ON CONFLICT (id) DO UPDATE SET id = EXCLUDED.id + 1, loyalty = accounts.loyalty + EXCLUDED.loyalty RETURNING id, loyalty, tier
-- refused
INSERT INTO line_items (order_id, line, discount) VALUES (1, 1, 3) ON CONFLICT (order_id, line) DO UPDATE SET line = 9, discount = EXCLUDED.discount RETURNING *
-- refused
INSERT INTO accounts (id, name) VALUES (41, 'x') ON CONFLICT (id) DO UPDATE SET id = 1
-- refused
INSERT INTO hunt_w_members (id, email, points) VALUES (9, 'a@x', 1) ON CONFLICT (email) DO UPDATE SET id = EXCLUDED.id, points = EXCLUDED.points

-- scenario: hunt_w5_over_100_rows_by_key_with_settings
SET TimeZone = 'Asia/Kolkata'
SET DateStyle = 'SQL, DMY'
INSERT INTO visits (visitor, at, kind) VALUES ('00000000-0000-0000-0000-000000000001', '2024-01-01 10:00+00', 'dup'), ('00000000-0000-0000-0000-000000000001', '2024-01-01 05:00:00-05', 'dup2'), ('00000000-0000-0000-0000-000000000001', '2024-02-02 01:30:00.51', 'k1'), ('00000000-0000-0000-0000-000000000002', '2024-03-03 02:30:00.52', 'k2'), ('00000000-0000-0000-0000-000000000003', '2024-04-04 03:30:00.50', 'k3'), ('00000000-0000-0000-0000-000000000004', '2024-05-05 04:30:00.51', 'k4'), ('00000000-0000-0000-0000-000000000005', '2024-06-06 05:30:00.52', 'k5'), ('00000000-0000-0000-0000-000000000006', '2024-07-07 06:30:00.50', 'k6'), ('00000000-0000-0000-0000-000000000007', '2024-08-01 07:30:00.51', 'k7'), ('00000000-0000-0000-0000-000000000008', '2024-09-02 08:30:00.52', 'k8'), ('00000000-0000-0000-0000-000000000009', '2024-01-03 09:30:00.50', 'k9'), ('00000000-0000-0000-0000-000000000010', '2024-02-04 00:30:00.51', 'k10'), ('00000000-0000-0000-0000-000000000011', '2024-03-05 01:30:00.52', 'k11'), ('00000000-0000-0000-0000-000000000012', '2024-04-06 02:30:00.50', 'k12'), ('00000000-0000-0000-0000-000000000013', '2024-05-07 03:30:00.51', 'k13'), ('00000000-0000-0000-0000-000000000014', '2024-06-01 04:30:00.52', 'k14'), ('00000000-0000-0000-0000-000000000015', '2024-07-02 05:30:00.50', 'k15'), ('00000000-0000-0000-0000-000000000016', '2024-08-03 06:30:00.51', 'k16'), ('00000000-0000-0000-0000-000000000017', '2024-09-04 07:30:00.52', 'k17'), ('00000000-0000-0000-0000-000000000018', '2024-01-05 08:30:00.50', 'k18'), ('00000000-0000-0000-0000-000000000019', '2024-02-06 09:30:00.51', 'k19'), ('00000000-0000-0000-0000-000000000020', '2024-03-07 00:30:00.52', 'k20'), ('00000000-0000-0000-0000-000000000021', '2024-04-01 01:30:00.50', 'k21'), ('00000000-0000-0000-0000-000000000022', '2024-05-02 02:30:00.51', 'k22'), ('00000000-0000-0000-0000-000000000023', '2024-06-03 03:30:00.52', 'k23'), ('00000000-0000-0000-0000-000000000024', '2024-07-04 04:30:00.50', 'k24'), ('00000000-0000-0000-0000-000000000025', '2024-08-05 05:30:00.51', 'k25'), ('00000000-0000-0000-0000-000000000026', '2024-09-06 06:30:00.52', 'k26'), ('00000000-0000-0000-0000-000000000027', '2024-01-07 07:30:00.50', 'k27'), ('00000000-0000-0000-0000-000000000028', '2024-02-01 08:30:00.51', 'k28'), ('00000000-0000-0000-0000-000000000029', '2024-03-02 09:30:00.52', 'k29'), ('00000000-0000-0000-0000-000000000030', '2024-04-03 00:30:00.50', 'k30'), ('00000000-0000-0000-0000-000000000031', '2024-05-04 01:30:00.51', 'k31'), ('00000000-0000-0000-0000-000000000032', '2024-06-05 02:30:00.52', 'k32'), ('00000000-0000-0000-0000-000000000033', '2024-07-06 03:30:00.50', 'k33'), ('00000000-0000-0000-0000-000000000034', '2024-08-07 04:30:00.51', 'k34'), ('00000000-0000-0000-0000-000000000035', '2024-09-01 05:30:00.52', 'k35'), ('00000000-0000-0000-0000-000000000036', '2024-01-02 06:30:00.50', 'k36'), ('00000000-0000-0000-0000-000000000037', '2024-02-03 07:30:00.51', 'k37'), ('00000000-0000-0000-0000-000000000038', '2024-03-04 08:30:00.52', 'k38'), ('00000000-0000-0000-0000-000000000039', '2024-04-05 09:30:00.50', 'k39'), ('00000000-0000-0000-0000-000000000040', '2024-05-06 00:30:00.51', 'k40'), ('00000000-0000-0000-0000-000000000041', '2024-06-07 01:30:00.52', 'k41'), ('00000000-0000-0000-0000-000000000042', '2024-07-01 02:30:00.50', 'k42'), ('00000000-0000-0000-0000-000000000043', '2024-08-02 03:30:00.51', 'k43'), ('00000000-0000-0000-0000-000000000044', '2024-09-03 04:30:00.52', 'k44'), ('00000000-0000-0000-0000-000000000045', '2024-01-04 05:30:00.50', 'k45'), ('00000000-0000-0000-0000-000000000046', '2024-02-05 06:30:00.51', 'k46'), ('00000000-0000-0000-0000-000000000047', '2024-03-06 07:30:00.52', 'k47'), ('00000000-0000-0000-0000-000000000048', '2024-04-07 08:30:00.50', 'k48'), ('00000000-0000-0000-0000-000000000049', '2024-05-01 09:30:00.51', 'k49'), ('00000000-0000-0000-0000-000000000050', '2024-06-02 00:30:00.52', 'k50'), ('00000000-0000-0000-0000-000000000051', '2024-07-03 01:30:00.50', 'k51'), ('00000000-0000-0000-0000-000000000052', '2024-08-04 02:30:00.51', 'k52'), ('00000000-0000-0000-0000-000000000053', '2024-09-05 03:30:00.52', 'k53'), ('00000000-0000-0000-0000-000000000054', '2024-01-06 04:30:00.50', 'k54'), ('00000000-0000-0000-0000-000000000055', '2024-02-07 05:30:00.51', 'k55'), ('00000000-0000-0000-0000-000000000056', '2024-03-01 06:30:00.52', 'k56'), ('00000000-0000-0000-0000-000000000057', '2024-04-02 07:30:00.50', 'k57'), ('00000000-0000-0000-0000-000000000058', '2024-05-03 08:30:00.51', 'k58'), ('00000000-0000-0000-0000-000000000059', '2024-06-04 09:30:00.52', 'k59'), ('00000000-0000-0000-0000-000000000060', '2024-07-05 00:30:00.50', 'k60'), ('00000000-0000-0000-0000-000000000061', '2024-08-06 01:30:00.51', 'k61'), ('00000000-0000-0000-0000-000000000062', '2024-09-07 02:30:00.52', 'k62'), ('00000000-0000-0000-0000-000000000063', '2024-01-01 03:30:00.50', 'k63'), ('00000000-0000-0000-0000-000000000064', '2024-02-02 04:30:00.51', 'k64'), ('00000000-0000-0000-0000-000000000065', '2024-03-03 05:30:00.52', 'k65'), ('00000000-0000-0000-0000-000000000066', '2024-04-04 06:30:00.50', 'k66'), ('00000000-0000-0000-0000-000000000067', '2024-05-05 07:30:00.51', 'k67'), ('00000000-0000-0000-0000-000000000068', '2024-06-06 08:30:00.52', 'k68'), ('00000000-0000-0000-0000-000000000069', '2024-07-07 09:30:00.50', 'k69'), ('00000000-0000-0000-0000-000000000070', '2024-08-01 00:30:00.51', 'k70'), ('00000000-0000-0000-0000-000000000071', '2024-09-02 01:30:00.52', 'k71'), ('00000000-0000-0000-0000-000000000072', '2024-01-03 02:30:00.50', 'k72'), ('00000000-0000-0000-0000-000000000073', '2024-02-04 03:30:00.51', 'k73'), ('00000000-0000-0000-0000-000000000074', '2024-03-05 04:30:00.52', 'k74'), ('00000000-0000-0000-0000-000000000075', '2024-04-06 05:30:00.50', 'k75'), ('00000000-0000-0000-0000-000000000076', '2024-05-07 06:30:00.51', 'k76'), ('00000000-0000-0000-0000-000000000077', '2024-06-01 07:30:00.52', 'k77'), ('00000000-0000-0000-0000-000000000078', '2024-07-02 08:30:00.50', 'k78'), ('00000000-0000-0000-0000-000000000079', '2024-08-03 09:30:00.51', 'k79'), ('00000000-0000-0000-0000-000000000080', '2024-09-04 00:30:00.52', 'k80'), ('00000000-0000-0000-0000-000000000081', '2024-01-05 01:30:00.50', 'k81'), ('00000000-0000-0000-0000-000000000082', '2024-02-06 02:30:00.51', 'k82'), ('00000000-0000-0000-0000-000000000083', '2024-03-07 03:30:00.52', 'k83'), ('00000000-0000-0000-0000-000000000084', '2024-04-01 04:30:00.50', 'k84'), ('00000000-0000-0000-0000-000000000085', '2024-05-02 05:30:00.51', 'k85'), ('00000000-0000-0000-0000-000000000086', '2024-06-03 06:30:00.52', 'k86'), ('00000000-0000-0000-0000-000000000087', '2024-07-04 07:30:00.50', 'k87'), ('00000000-0000-0000-0000-000000000088', '2024-08-05 08:30:00.51', 'k88'), ('00000000-0000-0000-0000-000000000089', '2024-09-06 09:30:00.52', 'k89'), ('00000000-0000-0000-0000-000000000090', '2024-01-07 00:30:00.50', 'k90'), ('00000000-0000-0000-0000-000000000091', '2024-02-01 01:30:00.51', 'k91'), ('00000000-0000-0000-0000-000000000092', '2024-03-02 02:30:00.52', 'k92'), ('00000000-0000-0000-0000-000000000093', '2024-04-03 03:30:00.50', 'k93'), ('00000000-0000-0000-0000-000000000094', '2024-05-04 04:30:00.51', 'k94'), ('00000000-0000-0000-0000-000000000095', '2024-06-05 05:30:00.52', 'k95'), ('00000000-0000-0000-0000-000000000096', '2024-07-06 06:30:00.50', 'k96'), ('00000000-0000-0000-0000-000000000097', '2024-08-07 07:30:00.51', 'k97'), ('00000000-0000-0000-0000-000000000098', '2024-09-01 08:30:00.52', 'k98'), ('00000000-0000-0000-0000-000000000099', '2024-01-02 09:30:00.50', 'k99'), ('00000000-0000-0000-0000-000000000100', '2024-02-03 00:30:00.51', 'k100'), ('00000000-0000-0000-0000-000000000101', '2024-03-04 01:30:00.52', 'k101'), ('00000000-0000-0000-0000-000000000102', '2024-04-05 02:30:00.50', 'k102'), ('00000000-0000-0000-0000-000000000103', '2024-05-06 03:30:00.51', 'k103'), ('00000000-0000-0000-0000-000000000104', '2024-06-07 04:30:00.52', 'k104'), ('00000000-0000-0000-0000-000000000105', '2024-07-01 05:30:00.50', 'k105') ON CONFLICT (visitor, at) DO NOTHING
INSERT INTO visits (visitor, at, kind) VALUES ('00000000-0000-0000-0000-000000000001', '2024-02-02 01:30:00.51', 'u1'), ('00000000-0000-0000-0000-000000000002', '2024-03-03 02:30:00.52', 'u2'), ('00000000-0000-0000-0000-000000000003', '2024-04-04 03:30:00.50', 'u3'), ('00000000-0000-0000-0000-000000000004', '2024-05-05 04:30:00.51', 'u4'), ('00000000-0000-0000-0000-000000000005', '2024-06-06 05:30:00.52', 'u5'), ('00000000-0000-0000-0000-000000000006', '2024-07-07 06:30:00.50', 'u6'), ('00000000-0000-0000-0000-000000000007', '2024-08-01 07:30:00.51', 'u7'), ('00000000-0000-0000-0000-000000000008', '2024-09-02 08:30:00.52', 'u8'), ('00000000-0000-0000-0000-000000000009', '2024-01-03 09:30:00.50', 'u9'), ('00000000-0000-0000-0000-000000000010', '2024-02-04 00:30:00.51', 'u10'), ('00000000-0000-0000-0000-000000000011', '2024-03-05 01:30:00.52', 'u11'), ('00000000-0000-0000-0000-000000000012', '2024-04-06 02:30:00.50', 'u12'), ('00000000-0000-0000-0000-000000000013', '2024-05-07 03:30:00.51', 'u13'), ('00000000-0000-0000-0000-000000000014', '2024-06-01 04:30:00.52', 'u14'), ('00000000-0000-0000-0000-000000000015', '2024-07-02 05:30:00.50', 'u15'), ('00000000-0000-0000-0000-000000000016', '2024-08-03 06:30:00.51', 'u16'), ('00000000-0000-0000-0000-000000000017', '2024-09-04 07:30:00.52', 'u17'), ('00000000-0000-0000-0000-000000000018', '2024-01-05 08:30:00.50', 'u18'), ('00000000-0000-0000-0000-000000000019', '2024-02-06 09:30:00.51', 'u19'), ('00000000-0000-0000-0000-000000000020', '2024-03-07 00:30:00.52', 'u20'), ('00000000-0000-0000-0000-000000000021', '2024-04-01 01:30:00.50', 'u21'), ('00000000-0000-0000-0000-000000000022', '2024-05-02 02:30:00.51', 'u22'), ('00000000-0000-0000-0000-000000000023', '2024-06-03 03:30:00.52', 'u23'), ('00000000-0000-0000-0000-000000000024', '2024-07-04 04:30:00.50', 'u24'), ('00000000-0000-0000-0000-000000000025', '2024-08-05 05:30:00.51', 'u25'), ('00000000-0000-0000-0000-000000000026', '2024-09-06 06:30:00.52', 'u26'), ('00000000-0000-0000-0000-000000000027', '2024-01-07 07:30:00.50', 'u27'), ('00000000-0000-0000-0000-000000000028', '2024-02-01 08:30:00.51', 'u28'), ('00000000-0000-0000-0000-000000000029', '2024-03-02 09:30:00.52', 'u29'), ('00000000-0000-0000-0000-000000000030', '2024-04-03 00:30:00.50', 'u30'), ('00000000-0000-0000-0000-000000000031', '2024-05-04 01:30:00.51', 'u31'), ('00000000-0000-0000-0000-000000000032', '2024-06-05 02:30:00.52', 'u32'), ('00000000-0000-0000-0000-000000000033', '2024-07-06 03:30:00.50', 'u33'), ('00000000-0000-0000-0000-000000000034', '2024-08-07 04:30:00.51', 'u34'), ('00000000-0000-0000-0000-000000000035', '2024-09-01 05:30:00.52', 'u35'), ('00000000-0000-0000-0000-000000000036', '2024-01-02 06:30:00.50', 'u36'), ('00000000-0000-0000-0000-000000000037', '2024-02-03 07:30:00.51', 'u37'), ('00000000-0000-0000-0000-000000000038', '2024-03-04 08:30:00.52', 'u38'), ('00000000-0000-0000-0000-000000000039', '2024-04-05 09:30:00.50', 'u39'), ('00000000-0000-0000-0000-000000000040', '2024-05-06 00:30:00.51', 'u40'), ('00000000-0000-0000-0000-000000000041', '2024-06-07 01:30:00.52', 'u41'), ('00000000-0000-0000-0000-000000000042', '2024-07-01 02:30:00.50', 'u42'), ('00000000-0000-0000-0000-000000000043', '2024-08-02 03:30:00.51', 'u43'), ('00000000-0000-0000-0000-000000000044', '2024-09-03 04:30:00.52', 'u44'), ('00000000-0000-0000-0000-000000000045', '2024-01-04 05:30:00.50', 'u45'), ('00000000-0000-0000-0000-000000000046', '2024-02-05 06:30:00.51', 'u46'), ('00000000-0000-0000-0000-000000000047', '2024-03-06 07:30:00.52', 'u47'), ('00000000-0000-0000-0000-000000000048', '2024-04-07 08:30:00.50', 'u48'), ('00000000-0000-0000-0000-000000000049', '2024-05-01 09:30:00.51', 'u49'), ('00000000-0000-0000-0000-000000000050', '2024-06-02 00:30:00.52', 'u50'), ('00000000-0000-0000-0000-000000000051', '2024-07-03 01:30:00.50', 'u51'), ('00000000-0000-0000-0000-000000000052', '2024-08-04 02:30:00.51', 'u52'), ('00000000-0000-0000-0000-000000000053', '2024-09-05 03:30:00.52', 'u53'), ('00000000-0000-0000-0000-000000000054', '2024-01-06 04:30:00.50', 'u54'), ('00000000-0000-0000-0000-000000000055', '2024-02-07 05:30:00.51', 'u55'), ('00000000-0000-0000-0000-000000000056', '2024-03-01 06:30:00.52', 'u56'), ('00000000-0000-0000-0000-000000000057', '2024-04-02 07:30:00.50', 'u57'), ('00000000-0000-0000-0000-000000000058', '2024-05-03 08:30:00.51', 'u58'), ('00000000-0000-0000-0000-000000000059', '2024-06-04 09:30:00.52', 'u59'), ('00000000-0000-0000-0000-000000000060', '2024-07-05 00:30:00.50', 'u60'), ('00000000-0000-0000-0000-000000000061', '2024-08-06 01:30:00.51', 'u61'), ('00000000-0000-0000-0000-000000000062', '2024-09-07 02:30:00.52', 'u62'), ('00000000-0000-0000-0000-000000000063', '2024-01-01 03:30:00.50', 'u63'), ('00000000-0000-0000-0000-000000000064', '2024-02-02 04:30:00.51', 'u64'), ('00000000-0000-0000-0000-000000000065', '2024-03-03 05:30:00.52', 'u65'), ('00000000-0000-0000-0000-000000000066', '2024-04-04 06:30:00.50', 'u66'), ('00000000-0000-0000-0000-000000000067', '2024-05-05 07:30:00.51', 'u67'), ('00000000-0000-0000-0000-000000000068', '2024-06-06 08:30:00.52', 'u68'), ('00000000-0000-0000-0000-000000000069', '2024-07-07 09:30:00.50', 'u69'), ('00000000-0000-0000-0000-000000000070', '2024-08-01 00:30:00.51', 'u70'), ('00000000-0000-0000-0000-000000000071', '2024-09-02 01:30:00.52', 'u71'), ('00000000-0000-0000-0000-000000000072', '2024-01-03 02:30:00.50', 'u72'), ('00000000-0000-0000-0000-000000000073', '2024-02-04 03:30:00.51', 'u73'), ('00000000-0000-0000-0000-000000000074', '2024-03-05 04:30:00.52', 'u74'), ('00000000-0000-0000-0000-000000000075', '2024-04-06 05:30:00.50', 'u75'), ('00000000-0000-0000-0000-000000000076', '2024-05-07 06:30:00.51', 'u76'), ('00000000-0000-0000-0000-000000000077', '2024-06-01 07:30:00.52', 'u77'), ('00000000-0000-0000-0000-000000000078', '2024-07-02 08:30:00.50', 'u78'), ('00000000-0000-0000-0000-000000000079', '2024-08-03 09:30:00.51', 'u79'), ('00000000-0000-0000-0000-000000000080', '2024-09-04 00:30:00.52', 'u80'), ('00000000-0000-0000-0000-000000000081', '2024-01-05 01:30:00.50', 'u81'), ('00000000-0000-0000-0000-000000000082', '2024-02-06 02:30:00.51', 'u82'), ('00000000-0000-0000-0000-000000000083', '2024-03-07 03:30:00.52', 'u83'), ('00000000-0000-0000-0000-000000000084', '2024-04-01 04:30:00.50', 'u84'), ('00000000-0000-0000-0000-000000000085', '2024-05-02 05:30:00.51', 'u85'), ('00000000-0000-0000-0000-000000000086', '2024-06-03 06:30:00.52', 'u86'), ('00000000-0000-0000-0000-000000000087', '2024-07-04 07:30:00.50', 'u87'), ('00000000-0000-0000-0000-000000000088', '2024-08-05 08:30:00.51', 'u88'), ('00000000-0000-0000-0000-000000000089', '2024-09-06 09:30:00.52', 'u89'), ('00000000-0000-0000-0000-000000000090', '2024-01-07 00:30:00.50', 'u90'), ('00000000-0000-0000-0000-000000000091', '2024-02-01 01:30:00.51', 'u91'), ('00000000-0000-0000-0000-000000000092', '2024-03-02 02:30:00.52', 'u92'), ('00000000-0000-0000-0000-000000000093', '2024-04-03 03:30:00.50', 'u93'), ('00000000-0000-0000-0000-000000000094', '2024-05-04 04:30:00.51', 'u94'), ('00000000-0000-0000-0000-000000000095', '2024-06-05 05:30:00.52', 'u95'), ('00000000-0000-0000-0000-000000000096', '2024-07-06 06:30:00.50', 'u96'), ('00000000-0000-0000-0000-000000000097', '2024-08-07 07:30:00.51', 'u97'), ('00000000-0000-0000-0000-000000000098', '2024-09-01 08:30:00.52', 'u98'), ('00000000-0000-0000-0000-000000000099', '2024-01-02 09:30:00.50', 'u99'), ('00000000-0000-0000-0000-000000000100', '2024-02-03 00:30:00.51', 'u100'), ('00000000-0000-0000-0000-000000000101', '2024-03-04 01:30:00.52', 'u101'), ('00000000-0000-0000-0000-000000000102', '2024-04-05 02:30:00.50', 'u102'), ('00000000-0000-0000-0000-000000000103', '2024-05-06 03:30:00.51', 'u103'), ('00000000-0000-0000-0000-000000000104', '2024-06-07 04:30:00.52', 'u104'), ('00000000-0000-0000-0000-000000000105', '2024-07-01 05:30:00.50', 'u105'), ('00000000-0000-0000-0000-000000000001', '2024-06-01 23:30:00.25+00', 'upd') ON CONFLICT (visitor, at) DO UPDATE SET kind = EXCLUDED.kind || '/' || visits.kind RETURNING visitor, at, kind
INSERT INTO line_items (order_id, line, product, discount) VALUES (1, 0, 'p0', 0.00), (2, 0, 'p1', 1.01), (3, 0, 'p2', 2.02), (4, 0, 'p3', 3.03), (1, 1, 'p4', 4.04), (2, 1, 'p5', 5.05), (3, 1, 'p6', 6.06), (4, 1, 'p7', 7.07), (1, 2, 'p8', 8.08), (2, 2, 'p9', 9.09), (3, 2, 'p10', 10.10), (4, 2, 'p11', 11.11), (1, 3, 'p12', 12.12), (2, 3, 'p13', 13.13), (3, 3, 'p14', 14.14), (4, 3, 'p15', 15.15), (1, 4, 'p16', 16.16), (2, 4, 'p17', 17.17), (3, 4, 'p18', 18.18), (4, 4, 'p19', 19.19), (1, 5, 'p20', 20.20), (2, 5, 'p21', 21.21), (3, 5, 'p22', 22.22), (4, 5, 'p23', 23.23), (1, 6, 'p24', 24.24), (2, 6, 'p25', 25.25), (3, 6, 'p26', 26.26), (4, 6, 'p27', 27.27), (1, 7, 'p28', 28.28), (2, 7, 'p29', 29.29), (3, 7, 'p30', 30.30), (4, 7, 'p31', 31.31), (1, 8, 'p32', 32.32), (2, 8, 'p33', 33.33), (3, 8, 'p34', 34.34), (4, 8, 'p35', 35.35), (1, 9, 'p36', 36.36), (2, 9, 'p37', 37.37), (3, 9, 'p38', 38.38), (4, 9, 'p39', 39.39), (1, 10, 'p40', 40.40), (2, 10, 'p41', 41.41), (3, 10, 'p42', 42.42), (4, 10, 'p43', 43.43), (1, 11, 'p44', 44.44), (2, 11, 'p45', 45.45), (3, 11, 'p46', 46.46), (4, 11, 'p47', 47.47), (1, 12, 'p48', 48.48), (2, 12, 'p49', 49.49), (3, 12, 'p50', 0.50), (4, 12, 'p51', 1.51), (1, 13, 'p52', 2.52), (2, 13, 'p53', 3.53), (3, 13, 'p54', 4.54), (4, 13, 'p55', 5.55), (1, 14, 'p56', 6.56), (2, 14, 'p57', 7.57), (3, 14, 'p58', 8.58), (4, 14, 'p59', 9.59), (1, 15, 'p60', 10.60), (2, 15, 'p61', 11.61), (3, 15, 'p62', 12.62), (4, 15, 'p63', 13.63), (1, 16, 'p64', 14.64), (2, 16, 'p65', 15.65), (3, 16, 'p66', 16.66), (4, 16, 'p67', 17.67), (1, 17, 'p68', 18.68), (2, 17, 'p69', 19.69), (3, 17, 'p70', 20.70), (4, 17, 'p71', 21.71), (1, 18, 'p72', 22.72), (2, 18, 'p73', 23.73), (3, 18, 'p74', 24.74), (4, 18, 'p75', 25.75), (1, 19, 'p76', 26.76), (2, 19, 'p77', 27.77), (3, 19, 'p78', 28.78), (4, 19, 'p79', 29.79), (1, 20, 'p80', 30.80), (2, 20, 'p81', 31.81), (3, 20, 'p82', 32.82), (4, 20, 'p83', 33.83), (1, 21, 'p84', 34.84), (2, 21, 'p85', 35.85), (3, 21, 'p86', 36.86), (4, 21, 'p87', 37.87), (1, 22, 'p88', 38.88), (2, 22, 'p89', 39.89), (3, 22, 'p90', 40.90), (4, 22, 'p91', 41.91), (1, 23, 'p92', 42.92), (2, 23, 'p93', 43.93), (3, 23, 'p94', 44.94), (4, 23, 'p95', 45.95), (1, 24, 'p96', 46.96), (2, 24, 'p97', 47.97), (3, 24, 'p98', 48.98), (4, 24, 'p99', 49.99), (1, 25, 'p100', 0.00), (2, 25, 'p101', 1.01), (3, 25, 'p102', 2.02), (4, 25, 'p103', 3.03), (1, 26, 'p104', 4.04), (2, 26, 'p105', 5.05), (3, 26, 'p106', 6.06), (4, 26, 'p107', 7.07), (1, 27, 'p108', 8.08), (2, 27, 'p109', 9.09), (3, 27, 'p110', 10.10), (4, 27, 'p111', 11.11), (1, 28, 'p112', 12.12), (2, 28, 'p113', 13.13), (3, 28, 'p114', 14.14), (4, 28, 'p115', 15.15), (1, 29, 'p116', 16.16), (2, 29, 'p117', 17.17), (3, 29, 'p118', 18.18), (4, 29, 'p119', 19.19) ON CONFLICT (order_id, line) DO NOTHING RETURNING order_id, line, discount
INSERT INTO line_items (order_id, line, product, discount) VALUES (1, 0, 'q0', 0.00), (2, 0, 'q1', 1.01), (3, 0, 'q2', 2.02), (4, 0, 'q3', 3.03), (1, 1, 'q4', 4.04), (2, 1, 'q5', 5.05), (3, 1, 'q6', 6.06), (4, 1, 'q7', 7.07), (1, 2, 'q8', 8.08), (2, 2, 'q9', 9.09), (3, 2, 'q10', 10.10), (4, 2, 'q11', 11.11), (1, 3, 'q12', 12.12), (2, 3, 'q13', 13.13), (3, 3, 'q14', 14.14), (4, 3, 'q15', 15.15), (1, 4, 'q16', 16.16), (2, 4, 'q17', 17.17), (3, 4, 'q18', 18.18), (4, 4, 'q19', 19.19), (1, 5, 'q20', 20.20), (2, 5, 'q21', 21.21), (3, 5, 'q22', 22.22), (4, 5, 'q23', 23.23), (1, 6, 'q24', 24.24), (2, 6, 'q25', 25.25), (3, 6, 'q26', 26.26), (4, 6, 'q27', 27.27), (1, 7, 'q28', 28.28), (2, 7, 'q29', 29.29), (3, 7, 'q30', 30.30), (4, 7, 'q31', 31.31), (1, 8, 'q32', 32.32), (2, 8, 'q33', 33.33), (3, 8, 'q34', 34.34), (4, 8, 'q35', 35.35), (1, 9, 'q36', 36.36), (2, 9, 'q37', 37.37), (3, 9, 'q38', 38.38), (4, 9, 'q39', 39.39), (1, 10, 'q40', 40.40), (2, 10, 'q41', 41.41), (3, 10, 'q42', 42.42), (4, 10, 'q43', 43.43), (1, 11, 'q44', 44.44), (2, 11, 'q45', 45.45), (3, 11, 'q46', 46.46), (4, 11, 'q47', 47.47), (1, 12, 'q48', 48.48), (2, 12, 'q49', 49.49), (3, 12, 'q50', 0.50), (4, 12, 'q51', 1.51), (1, 13, 'q52', 2.52), (2, 13, 'q53', 3.53), (3, 13, 'q54', 4.54), (4, 13, 'q55', 5.55), (1, 14, 'q56', 6.56), (2, 14, 'q57', 7.57), (3, 14, 'q58', 8.58), (4, 14, 'q59', 9.59), (1, 15, 'q60', 10.60), (2, 15, 'q61', 11.61), (3, 15, 'q62', 12.62), (4, 15, 'q63', 13.63), (1, 16, 'q64', 14.64), (2, 16, 'q65', 15.65), (3, 16, 'q66', 16.66), (4, 16, 'q67', 17.67), (1, 17, 'q68', 18.68), (2, 17, 'q69', 19.69), (3, 17, 'q70', 20.70), (4, 17, 'q71', 21.71), (1, 18, 'q72', 22.72), (2, 18, 'q73', 23.73), (3, 18, 'q74', 24.74), (4, 18, 'q75', 25.75), (1, 19, 'q76', 26.76), (2, 19, 'q77', 27.77), (3, 19, 'q78', 28.78), (4, 19, 'q79', 29.79), (1, 20, 'q80', 30.80), (2, 20, 'q81', 31.81), (3, 20, 'q82', 32.82), (4, 20, 'q83', 33.83), (1, 21, 'q84', 34.84), (2, 21, 'q85', 35.85), (3, 21, 'q86', 36.86), (4, 21, 'q87', 37.87), (1, 22, 'q88', 38.88), (2, 22, 'q89', 39.89), (3, 22, 'q90', 40.90), (4, 22, 'q91', 41.91), (1, 23, 'q92', 42.92), (2, 23, 'q93', 43.93), (3, 23, 'q94', 44.94), (4, 23, 'q95', 45.95), (1, 24, 'q96', 46.96), (2, 24, 'q97', 47.97), (3, 24, 'q98', 48.98), (4, 24, 'q99', 49.99), (1, 25, 'q100', 0.00), (2, 25, 'q101', 1.01), (3, 25, 'q102', 2.02), (4, 25, 'q103', 3.03), (1, 26, 'q104', 4.04), (2, 26, 'q105', 5.05), (3, 26, 'q106', 6.06), (4, 26, 'q107', 7.07), (1, 27, 'q108', 8.08), (2, 27, 'q109', 9.09), (3, 27, 'q110', 10.10), (4, 27, 'q111', 11.11), (1, 28, 'q112', 12.12), (2, 28, 'q113', 13.13), (3, 28, 'q114', 14.14), (4, 28, 'q115', 15.15), (1, 29, 'q116', 16.16), (2, 29, 'q117', 17.17), (3, 29, 'q118', 18.18), (4, 29, 'q119', 19.19) ON CONFLICT (order_id, line) DO UPDATE SET discount = EXCLUDED.discount + line_items.discount WHERE line_items.line % 2 = 0
INSERT INTO accounts (id, name, loyalty) VALUES ('200'::int, 'a0', 0), ('201'::int, 'a1', 1), ('202'::int, 'a2', 2), ('203'::int, 'a3', 3), ('204'::int, 'a4', 4), ('205'::int, 'a5', 5), ('206'::int, 'a6', 6), ('207'::int, 'a7', 7), ('208'::int, 'a8', 8), ('209'::int, 'a9', 9), ('210'::int, 'a10', 10), ('211'::int, 'a11', 11), ('212'::int, 'a12', 12), ('213'::int, 'a13', 13), ('214'::int, 'a14', 14), ('215'::int, 'a15', 15), ('216'::int, 'a16', 16), ('217'::int, 'a17', 17), ('218'::int, 'a18', 18), ('219'::int, 'a19', 19), ('220'::int, 'a20', 20), ('221'::int, 'a21', 21), ('222'::int, 'a22', 22), ('223'::int, 'a23', 23), ('224'::int, 'a24', 24), ('225'::int, 'a25', 25), ('226'::int, 'a26', 26), ('227'::int, 'a27', 27), ('228'::int, 'a28', 28), ('229'::int, 'a29', 29), ('230'::int, 'a30', 30), ('231'::int, 'a31', 31), ('232'::int, 'a32', 32), ('233'::int, 'a33', 33), ('234'::int, 'a34', 34), ('235'::int, 'a35', 35), ('236'::int, 'a36', 36), ('237'::int, 'a37', 37), ('238'::int, 'a38', 38), ('239'::int, 'a39', 39), ('240'::int, 'a40', 40), ('241'::int, 'a41', 41), ('242'::int, 'a42', 42), ('243'::int, 'a43', 43), ('244'::int, 'a44', 44), ('245'::int, 'a45', 45), ('246'::int, 'a46', 46), ('247'::int, 'a47', 47), ('248'::int, 'a48', 48), ('249'::int, 'a49', 49), ('250'::int, 'a50', 50), ('251'::int, 'a51', 51), ('252'::int, 'a52', 52), ('253'::int, 'a53', 53), ('254'::int, 'a54', 54), ('255'::int, 'a55', 55), ('256'::int, 'a56', 56), ('257'::int, 'a57', 57), ('258'::int, 'a58', 58), ('259'::int, 'a59', 59), ('260'::int, 'a60', 60), ('261'::int, 'a61', 61), ('262'::int, 'a62', 62), ('263'::int, 'a63', 63), ('264'::int, 'a64', 64), ('265'::int, 'a65', 65), ('266'::int, 'a66', 66), ('267'::int, 'a67', 67), ('268'::int, 'a68', 68), ('269'::int, 'a69', 69), ('270'::int, 'a70', 70), ('271'::int, 'a71', 71), ('272'::int, 'a72', 72), ('273'::int, 'a73', 73), ('274'::int, 'a74', 74), ('275'::int, 'a75', 75), ('276'::int, 'a76', 76), ('277'::int, 'a77', 77), ('278'::int, 'a78', 78), ('279'::int, 'a79', 79), ('280'::int, 'a80', 80), ('281'::int, 'a81', 81), ('282'::int, 'a82', 82), ('283'::int, 'a83', 83), ('284'::int, 'a84', 84), ('285'::int, 'a85', 85), ('286'::int, 'a86', 86), ('287'::int, 'a87', 87), ('288'::int, 'a88', 88), ('289'::int, 'a89', 89), ('290'::int, 'a90', 90), ('291'::int, 'a91', 91), ('292'::int, 'a92', 92), ('293'::int, 'a93', 93), ('294'::int, 'a94', 94), ('295'::int, 'a95', 95), ('296'::int, 'a96', 96), ('297'::int, 'a97', 97), ('298'::int, 'a98', 98), ('299'::int, 'a99', 99), ('300'::int, 'a100', 100), ('301'::int, 'a101', 101), ('302'::int, 'a102', 102), ('200'::int, 'a103', 103), ('201'::int, 'a104', 104), ('202'::int, 'a105', 105), ('203'::int, 'a106', 106), ('204'::int, 'a107', 107), ('205'::int, 'a108', 108), ('206'::int, 'a109', 109) ON CONFLICT (id) DO NOTHING RETURNING id, loyalty
INSERT INTO accounts (id, name, loyalty, tier) SELECT 400 + g % 120, 'g', g, 't' || g FROM generate_series(1, 130) AS g ON CONFLICT (id) DO NOTHING
RESET TimeZone
RESET DateStyle
SELECT count(*), count(DISTINCT kind), min(kind), max(kind) FROM visits
SELECT visitor, at, kind FROM visits WHERE visitor::text LIKE '%0000001' OR visitor::text LIKE '%0000077' ORDER BY visitor, at
SELECT count(*), sum(discount), min(discount), max(discount) FROM line_items
SELECT order_id, line, product, discount FROM line_items WHERE line % 9 = 0 ORDER BY order_id, line
SELECT count(*), sum(loyalty), count(tier), min(tier), max(tier) FROM accounts WHERE id >= 200
SELECT id, loyalty, tier FROM accounts WHERE id >= 200 AND id % 11 = 0 ORDER BY id

-- scenario: hunt_w5_insert_select_unknown_literals_in_odd_queries
INSERT INTO bills (id, account_id, amount, due) SELECT DISTINCT 51, 1, '2', '2025-01-01' RETURNING id, due, paid
INSERT INTO bills (id, account_id, amount, paid) SELECT 52, 1, '3', 'yes' ORDER BY 1 RETURNING id, paid
INSERT INTO bills (id, account_id, amount, due) SELECT 53, 1, '4', '2025-03-03' GROUP BY 1 RETURNING id, due
INSERT INTO bills (id, account_id, amount, due) SELECT 54, 1, '5', '2025-04-04' UNION ALL SELECT 55, 1, '6', '2025-05-05' RETURNING id, due
INSERT INTO bills (id, account_id, due, amount) SELECT * FROM (VALUES (56, 1, DATE '2025-06-06', '7')) AS v RETURNING id, due
INSERT INTO bills (id, account_id, due, amount) SELECT 57, 1, DATE '2025-07-07', d FROM (SELECT '8' AS d) AS s RETURNING id, due
INSERT INTO bills (id, account_id, amount, due) SELECT 58, 1, 9, '2025-08-08' LIMIT 1 RETURNING id, due
INSERT INTO bills (id, account_id, amount, due) SELECT DISTINCT ON (1) 59, 1, 9, '2025-09-09' RETURNING id, due
INSERT INTO accounts (id, name, mood, created_on) SELECT DISTINCT 90, 'm', 'sad'::mood, '2024-01-01' RETURNING id, mood
INSERT INTO accounts (id, name, mood, created_on) SELECT 90, 'm', 'sad', '2024-01-01' ORDER BY 4 RETURNING id, mood
INSERT INTO accounts (id, name, mood, created_on) SELECT 90, 'm', 'sad', '2024-01-01' AS c ORDER BY c RETURNING id, mood
INSERT INTO accounts (id, name, mood, created_on) SELECT 90, 'm', 'sad', '2024-01-01' GROUP BY 4 RETURNING id, mood
INSERT INTO accounts (id, name, mood, created_on) SELECT DISTINCT ON (1) 90, 'm', 'sad', '2024-01-01' ORDER BY 1 RETURNING id, mood
INSERT INTO accounts (id, name, labels) SELECT 91, 'l', '{a}' ORDER BY 2 RETURNING id, labels
SELECT id, amount, due, paid FROM bills ORDER BY id
SELECT id, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_w5_insert_select_live_column_type_errors
INSERT INTO bills (id, account_id, amount, paid) SELECT 70, 1, now(), true
INSERT INTO bills (id, account_id, amount, paid) SELECT 70, 1, b.note, true FROM bills b WHERE b.id = 1
INSERT INTO bills (id, account_id, amount, paid) SELECT 70, 1, true, true
INSERT INTO bills (id, account_id, amount, paid) SELECT 70, 1, 1 + 1, (true)
INSERT INTO bills (id, account_id, amount, due) SELECT b.id + 70, b.account_id, b.note, b.due FROM bills b WHERE b.id = 3
INSERT INTO accounts (id, name, created_on, loyalty) SELECT id + 50, name, email, loyalty FROM accounts WHERE id = 1
INSERT INTO accounts (id, name, created_on, loyalty) SELECT a.id + 50, a.name, a.email::date, 1 FROM accounts a WHERE a.id = 1
SELECT id, amount, due, paid FROM bills ORDER BY id
INSERT INTO bills (id, account_id, amount, paid) SELECT 71, 1, now(), true UNION ALL SELECT 72, 1, now(), false
INSERT INTO bills (id, account_id, amount, paid) SELECT 71, 1, 5, true UNION ALL SELECT 72, 1, 'x', false
INSERT INTO bills (id, account_id, amount, paid) SELECT * FROM bills b WHERE false
INSERT INTO bills (id, account_id, amount, paid) SELECT id, account_id, amount, true, 1 FROM bills b WHERE false
INSERT INTO bills (id, account_id, amount, paid) SELECT b.*, 1 FROM bills b WHERE false
INSERT INTO bills (id, account_id) SELECT 1, 2, now() + interval '1 day' UNION SELECT 1, 2, now()

-- scenario: hunt_w5_errors_of_insert_select_in_with_and_unnest
WITH a AS (INSERT INTO bills (id, account_id, amount, paid) SELECT DISTINCT 80, 1, '2', true RETURNING id) SELECT * FROM a
WITH a AS (INSERT INTO bills (id, account_id, amount, paid) SELECT 80, 1, now(), true RETURNING id) SELECT * FROM a
WITH a AS (INSERT INTO bills (id, account_id, amount, paid) SELECT 80, 1 RETURNING id) SELECT * FROM a
-- refused
INSERT INTO accounts (id, name, created_on, loyalty) SELECT * FROM unnest(ARRAY[81], ARRAY['u'], ARRAY[now()], ARRAY[1])
INSERT INTO accounts (id, name, created_on, loyalty) SELECT i, n, c, l FROM unnest(ARRAY[81], ARRAY['u'], ARRAY[true], ARRAY[1]) AS u(i, n, c, l)
INSERT INTO accounts (id, name, loyalty) SELECT *, 1 FROM unnest(ARRAY[82], ARRAY['v'], ARRAY[2])
INSERT INTO accounts (id, name, email, loyalty) SELECT DISTINCT * FROM unnest(ARRAY[83, 83], ARRAY['w', 'w'], ARRAY['e', 'e'], ARRAY[3, 3]) RETURNING id, email, loyalty
SET search_path = sales, public
WITH a AS (INSERT INTO accounts (id, region, score) VALUES (30, 'x', 4) RETURNING id, score) SELECT * FROM a
INSERT INTO accounts (id, region, score) SELECT DISTINCT 31, 'y', 5 RETURNING id, score
INSERT INTO accounts (id, region) SELECT 32, DATE '2024-01-01' ORDER BY 1
RESET search_path
SELECT id, region, score FROM sales.accounts ORDER BY id
SELECT id, name, email, loyalty FROM accounts WHERE id > 80 ORDER BY id
SELECT id, amount, paid FROM bills ORDER BY id

-- scenario: hunt_w5_bulk_upsert_where_on_shadow_columns
UPDATE accounts SET loyalty = id, tier = 'old' WHERE id <= 4
INSERT INTO accounts (id, name, loyalty, tier) VALUES (1, 'n1', 3, 't1'), (2, 'n2', 6, 't2'), (3, 'n3', 9, 't3'), (4, 'n4', 1, 't4'), (5, 'n5', 4, 't5'), (6, 'n6', 7, 't6'), (7, 'n7', 10, 't7'), (8, 'n8', 2, 't8'), (9, 'n9', 5, 't9'), (10, 'n10', 8, 't10'), (11, 'n11', 0, 't11'), (12, 'n12', 3, 't12'), (13, 'n13', 6, 't13'), (14, 'n14', 9, 't14'), (15, 'n15', 1, 't15'), (16, 'n16', 4, 't16'), (17, 'n17', 7, 't17'), (18, 'n18', 10, 't18'), (19, 'n19', 2, 't19'), (20, 'n20', 5, 't20'), (21, 'n21', 8, 't21'), (22, 'n22', 0, 't22'), (23, 'n23', 3, 't23'), (24, 'n24', 6, 't24'), (25, 'n25', 9, 't25'), (26, 'n26', 1, 't26'), (27, 'n27', 4, 't27'), (28, 'n28', 7, 't28'), (29, 'n29', 10, 't29'), (30, 'n30', 2, 't30'), (31, 'n31', 5, 't31'), (32, 'n32', 8, 't32'), (33, 'n33', 0, 't33'), (34, 'n34', 3, 't34'), (35, 'n35', 6, 't35'), (36, 'n36', 9, 't36'), (37, 'n37', 1, 't37'), (38, 'n38', 4, 't38'), (39, 'n39', 7, 't39'), (40, 'n40', 10, 't40'), (41, 'n41', 2, 't41'), (42, 'n42', 5, 't42'), (43, 'n43', 8, 't43'), (44, 'n44', 0, 't44'), (45, 'n45', 3, 't45'), (46, 'n46', 6, 't46'), (47, 'n47', 9, 't47'), (48, 'n48', 1, 't48'), (49, 'n49', 4, 't49'), (50, 'n50', 7, 't50'), (51, 'n51', 10, 't51'), (52, 'n52', 2, 't52'), (53, 'n53', 5, 't53'), (54, 'n54', 8, 't54'), (55, 'n55', 0, 't55'), (56, 'n56', 3, 't56'), (57, 'n57', 6, 't57'), (58, 'n58', 9, 't58'), (59, 'n59', 1, 't59'), (60, 'n60', 4, 't60'), (61, 'n61', 7, 't61'), (62, 'n62', 10, 't62'), (63, 'n63', 2, 't63'), (64, 'n64', 5, 't64'), (65, 'n65', 8, 't65'), (66, 'n66', 0, 't66'), (67, 'n67', 3, 't67'), (68, 'n68', 6, 't68'), (69, 'n69', 9, 't69'), (70, 'n70', 1, 't70'), (71, 'n71', 4, 't71'), (72, 'n72', 7, 't72'), (73, 'n73', 10, 't73'), (74, 'n74', 2, 't74'), (75, 'n75', 5, 't75'), (76, 'n76', 8, 't76'), (77, 'n77', 0, 't77'), (78, 'n78', 3, 't78'), (79, 'n79', 6, 't79'), (80, 'n80', 9, 't80'), (81, 'n81', 1, 't81'), (82, 'n82', 4, 't82'), (83, 'n83', 7, 't83'), (84, 'n84', 10, 't84'), (85, 'n85', 2, 't85'), (86, 'n86', 5, 't86'), (87, 'n87', 8, 't87'), (88, 'n88', 0, 't88'), (89, 'n89', 3, 't89'), (90, 'n90', 6, 't90'), (91, 'n91', 9, 't91'), (92, 'n92', 1, 't92'), (93, 'n93', 4, 't93'), (94, 'n94', 7, 't94'), (95, 'n95', 10, 't95'), (96, 'n96', 2, 't96'), (97, 'n97', 5, 't97'), (98, 'n98', 8, 't98'), (99, 'n99', 0, 't99'), (100, 'n100', 3, 't100'), (101, 'n101', 6, 't101'), (102, 'n102', 9, 't102'), (103, 'n103', 1, 't103'), (104, 'n104', 4, 't104'), (105, 'n105', 7, 't105'), (106, 'n106', 10, 't106'), (107, 'n107', 2, 't107'), (108, 'n108', 5, 't108'), (109, 'n109', 8, 't109'), (110, 'n110', 0, 't110'), (111, 'n111', 3, 't111'), (112, 'n112', 6, 't112'), (113, 'n113', 9, 't113'), (114, 'n114', 1, 't114'), (115, 'n115', 4, 't115'), (116, 'n116', 7, 't116'), (117, 'n117', 10, 't117'), (118, 'n118', 2, 't118'), (119, 'n119', 5, 't119'), (120, 'n120', 8, 't120') ON CONFLICT (id) DO UPDATE SET loyalty = EXCLUDED.loyalty + accounts.loyalty, tier = EXCLUDED.tier || '/' || accounts.tier WHERE EXCLUDED.loyalty > accounts.loyalty OR accounts.tier IS NULL RETURNING id, loyalty, tier
-- params: ["p"]
INSERT INTO accounts (id, name, loyalty) VALUES (100, $1, 0), (101, $1, 1), (102, $1, 2), (103, $1, 3), (104, $1, 4), (105, $1, 0), (106, $1, 1), (107, $1, 2), (108, $1, 3), (109, $1, 4), (110, $1, 0), (111, $1, 1), (112, $1, 2), (113, $1, 3), (114, $1, 4), (115, $1, 0), (116, $1, 1), (117, $1, 2), (118, $1, 3), (119, $1, 4), (120, $1, 0), (121, $1, 1), (122, $1, 2), (123, $1, 3), (124, $1, 4), (125, $1, 0), (126, $1, 1), (127, $1, 2), (128, $1, 3), (129, $1, 4), (130, $1, 0), (131, $1, 1), (132, $1, 2), (133, $1, 3), (134, $1, 4), (135, $1, 0), (136, $1, 1), (137, $1, 2), (138, $1, 3), (139, $1, 4), (140, $1, 0), (141, $1, 1), (142, $1, 2), (143, $1, 3), (144, $1, 4), (145, $1, 0), (146, $1, 1), (147, $1, 2), (148, $1, 3), (149, $1, 4), (150, $1, 0), (151, $1, 1), (152, $1, 2), (153, $1, 3), (154, $1, 4), (155, $1, 0), (156, $1, 1), (157, $1, 2), (158, $1, 3), (159, $1, 4), (160, $1, 0), (161, $1, 1), (162, $1, 2), (163, $1, 3), (164, $1, 4), (165, $1, 0), (166, $1, 1), (167, $1, 2), (168, $1, 3), (169, $1, 4), (170, $1, 0), (171, $1, 1), (172, $1, 2), (173, $1, 3), (174, $1, 4), (175, $1, 0), (176, $1, 1), (177, $1, 2), (178, $1, 3), (179, $1, 4), (180, $1, 0), (181, $1, 1), (182, $1, 2), (183, $1, 3), (184, $1, 4), (185, $1, 0), (186, $1, 1), (187, $1, 2), (188, $1, 3), (189, $1, 4), (190, $1, 0), (191, $1, 1), (192, $1, 2), (193, $1, 3), (194, $1, 4), (195, $1, 0), (196, $1, 1), (197, $1, 2), (198, $1, 3), (199, $1, 4), (200, $1, 0), (201, $1, 1), (202, $1, 2), (203, $1, 3), (204, $1, 4) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty * 100 WHERE accounts.loyalty = EXCLUDED.loyalty
-- params: ["p"]
INSERT INTO accounts (id, name, loyalty) VALUES (100, $1, 0), (101, $1, 1), (102, $1, 2), (103, $1, 3), (104, $1, 4), (105, $1, 0), (106, $1, 1), (107, $1, 2), (108, $1, 3), (109, $1, 4), (110, $1, 0), (111, $1, 1), (112, $1, 2), (113, $1, 3), (114, $1, 4), (115, $1, 0), (116, $1, 1), (117, $1, 2), (118, $1, 3), (119, $1, 4), (120, $1, 0), (121, $1, 1), (122, $1, 2), (123, $1, 3), (124, $1, 4), (125, $1, 0), (126, $1, 1), (127, $1, 2), (128, $1, 3), (129, $1, 4), (130, $1, 0), (131, $1, 1), (132, $1, 2), (133, $1, 3), (134, $1, 4), (135, $1, 0), (136, $1, 1), (137, $1, 2), (138, $1, 3), (139, $1, 4), (140, $1, 0), (141, $1, 1), (142, $1, 2), (143, $1, 3), (144, $1, 4), (145, $1, 0), (146, $1, 1), (147, $1, 2), (148, $1, 3), (149, $1, 4), (150, $1, 0), (151, $1, 1), (152, $1, 2), (153, $1, 3), (154, $1, 4), (155, $1, 0), (156, $1, 1), (157, $1, 2), (158, $1, 3), (159, $1, 4), (160, $1, 0), (161, $1, 1), (162, $1, 2), (163, $1, 3), (164, $1, 4), (165, $1, 0), (166, $1, 1), (167, $1, 2), (168, $1, 3), (169, $1, 4), (170, $1, 0), (171, $1, 1), (172, $1, 2), (173, $1, 3), (174, $1, 4), (175, $1, 0), (176, $1, 1), (177, $1, 2), (178, $1, 3), (179, $1, 4), (180, $1, 0), (181, $1, 1), (182, $1, 2), (183, $1, 3), (184, $1, 4), (185, $1, 0), (186, $1, 1), (187, $1, 2), (188, $1, 3), (189, $1, 4), (190, $1, 0), (191, $1, 1), (192, $1, 2), (193, $1, 3), (194, $1, 4), (195, $1, 0), (196, $1, 1), (197, $1, 2), (198, $1, 3), (199, $1, 4), (200, $1, 0), (201, $1, 1), (202, $1, 2), (203, $1, 3), (204, $1, 4) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty * 100 WHERE accounts.loyalty = EXCLUDED.loyalty
SELECT id, name, loyalty, tier FROM accounts WHERE id % 7 = 0 OR id < 10 ORDER BY id
SELECT count(*), sum(loyalty), count(tier) FROM accounts
WITH d AS (DELETE FROM accounts WHERE id = 8 RETURNING *) INSERT INTO accounts (id, name, loyalty, tier) SELECT id + 1000, name, loyalty, tier FROM d RETURNING *
WITH d AS (DELETE FROM accounts WHERE id = 1008 RETURNING id, loyalty, tier) INSERT INTO accounts (id, name, loyalty, tier) SELECT 8, 'back', loyalty, tier FROM d RETURNING id, loyalty, tier
WITH d AS (DELETE FROM accounts WHERE id = 1 RETURNING *) INSERT INTO accounts (id, name, loyalty) SELECT id + 1000, name, loyalty FROM d
SELECT id, name, loyalty, tier FROM accounts WHERE id IN (1, 8, 1001, 1008) ORDER BY id
-- refused
-- params: ["100"]
INSERT INTO accounts (id, name, loyalty) VALUES ($1::int + 0, 'p', 0), ($1::int + 1, 'p', 1), ($1::int + 2, 'p', 2), ($1::int + 3, 'p', 3), ($1::int + 4, 'p', 4), ($1::int + 5, 'p', 0), ($1::int + 6, 'p', 1), ($1::int + 7, 'p', 2), ($1::int + 8, 'p', 3), ($1::int + 9, 'p', 4), ($1::int + 10, 'p', 0), ($1::int + 11, 'p', 1), ($1::int + 12, 'p', 2), ($1::int + 13, 'p', 3), ($1::int + 14, 'p', 4), ($1::int + 15, 'p', 0), ($1::int + 16, 'p', 1), ($1::int + 17, 'p', 2), ($1::int + 18, 'p', 3), ($1::int + 19, 'p', 4), ($1::int + 20, 'p', 0), ($1::int + 21, 'p', 1), ($1::int + 22, 'p', 2), ($1::int + 23, 'p', 3), ($1::int + 24, 'p', 4), ($1::int + 25, 'p', 0), ($1::int + 26, 'p', 1), ($1::int + 27, 'p', 2), ($1::int + 28, 'p', 3), ($1::int + 29, 'p', 4), ($1::int + 30, 'p', 0), ($1::int + 31, 'p', 1), ($1::int + 32, 'p', 2), ($1::int + 33, 'p', 3), ($1::int + 34, 'p', 4), ($1::int + 35, 'p', 0), ($1::int + 36, 'p', 1), ($1::int + 37, 'p', 2), ($1::int + 38, 'p', 3), ($1::int + 39, 'p', 4), ($1::int + 40, 'p', 0), ($1::int + 41, 'p', 1), ($1::int + 42, 'p', 2), ($1::int + 43, 'p', 3), ($1::int + 44, 'p', 4), ($1::int + 45, 'p', 0), ($1::int + 46, 'p', 1), ($1::int + 47, 'p', 2), ($1::int + 48, 'p', 3), ($1::int + 49, 'p', 4), ($1::int + 50, 'p', 0), ($1::int + 51, 'p', 1), ($1::int + 52, 'p', 2), ($1::int + 53, 'p', 3), ($1::int + 54, 'p', 4), ($1::int + 55, 'p', 0), ($1::int + 56, 'p', 1), ($1::int + 57, 'p', 2), ($1::int + 58, 'p', 3), ($1::int + 59, 'p', 4), ($1::int + 60, 'p', 0), ($1::int + 61, 'p', 1), ($1::int + 62, 'p', 2), ($1::int + 63, 'p', 3), ($1::int + 64, 'p', 4), ($1::int + 65, 'p', 0), ($1::int + 66, 'p', 1), ($1::int + 67, 'p', 2), ($1::int + 68, 'p', 3), ($1::int + 69, 'p', 4), ($1::int + 70, 'p', 0), ($1::int + 71, 'p', 1), ($1::int + 72, 'p', 2), ($1::int + 73, 'p', 3), ($1::int + 74, 'p', 4), ($1::int + 75, 'p', 0), ($1::int + 76, 'p', 1), ($1::int + 77, 'p', 2), ($1::int + 78, 'p', 3), ($1::int + 79, 'p', 4), ($1::int + 80, 'p', 0), ($1::int + 81, 'p', 1), ($1::int + 82, 'p', 2), ($1::int + 83, 'p', 3), ($1::int + 84, 'p', 4), ($1::int + 85, 'p', 0), ($1::int + 86, 'p', 1), ($1::int + 87, 'p', 2), ($1::int + 88, 'p', 3), ($1::int + 89, 'p', 4), ($1::int + 90, 'p', 0), ($1::int + 91, 'p', 1), ($1::int + 92, 'p', 2), ($1::int + 93, 'p', 3), ($1::int + 94, 'p', 4), ($1::int + 95, 'p', 0), ($1::int + 96, 'p', 1), ($1::int + 97, 'p', 2), ($1::int + 98, 'p', 3), ($1::int + 99, 'p', 4), ($1::int + 100, 'p', 0), ($1::int + 101, 'p', 1), ($1::int + 102, 'p', 2), ($1::int + 103, 'p', 3), ($1::int + 104, 'p', 4) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty * 100 WHERE accounts.loyalty = EXCLUDED.loyalty

-- scenario: hunt_w5_error_positions_of_upserts_from_queries
INSERT INTO bills (id, account_id, amount, paid) SELECT 90, 1, now(), true ON CONFLICT (id) DO NOTHING
INSERT INTO bills (id, account_id, amount, paid) SELECT DISTINCT 90, 1, '2', true ON CONFLICT (id) DO UPDATE SET paid = EXCLUDED.paid
INSERT INTO bills (id, account_id, amount, paid) SELECT b.id, b.account_id, b.note, true FROM bills b WHERE b.id = 1 ON CONFLICT (id) DO UPDATE SET paid = true
INSERT INTO bills (id, account_id, amount, paid) VALUES (91, 1, 1, true), (92, 1, now(), false) ON CONFLICT DO NOTHING
INSERT INTO bills (id, account_id, amount, paid) SELECT * FROM unnest(ARRAY[93], ARRAY[1], ARRAY['x'], ARRAY[true]) ON CONFLICT (id) DO NOTHING
INSERT INTO bills (id, account_id, amount, paid) SELECT g, 1, g, g % 2 = 0 FROM generate_series(94, 96) AS g ON CONFLICT (id) DO UPDATE SET paid = NOT bills.paid RETURNING id, amount, paid
SELECT id, amount, paid FROM bills ORDER BY id

-- ---------------------------------------------------------------- functions returning rows
-- scenario: functions_returning_rows_in_writes
UPDATE accounts SET loyalty = 40, tier = 'fn' WHERE id = 2
UPDATE accounts SET loyalty = f.loyalty + 1 FROM accounts_up_to(3) f WHERE f.id = accounts.id RETURNING accounts.id, accounts.loyalty, f.tier
INSERT INTO accounts (id, name, loyalty, tier) SELECT id + 300, name, loyalty, tier FROM accounts_up_to(2) RETURNING id, loyalty, tier
DELETE FROM accounts a USING account_by_id(302) f WHERE a.id = f.id AND f.tier = 'fn' RETURNING a.id, a.loyalty
SELECT * FROM accounts_up_to(400) ORDER BY id
BEGIN
UPDATE accounts SET tier = 'in tx' WHERE id = 1
SELECT id, tier, loyalty FROM account_by_id(1)
ROLLBACK
SELECT id, tier, loyalty FROM account_by_id(1)

-- ---------------------------------------------------------------- keys whose text needs care
-- scenario: hunt_w6_numeric_key_written_with_other_scales
UPDATE hunt_w6_nums SET rank = rank + 1 WHERE n = 1.00 RETURNING n, rank, note
UPDATE hunt_w6_nums SET note = 'half' WHERE n = 2.5 RETURNING *
INSERT INTO hunt_w6_nums (n, label, rank) VALUES (1.000, 'again', 7) ON CONFLICT (n) DO UPDATE SET rank = EXCLUDED.rank + hunt_w6_nums.rank, note = 'again', label = EXCLUDED.label RETURNING n, label, rank, note
INSERT INTO hunt_w6_nums (n, label, rank) VALUES (0, 'zero again', 8) ON CONFLICT (n) DO UPDATE SET rank = EXCLUDED.rank RETURNING n, rank
INSERT INTO hunt_w6_nums (n, label, rank) VALUES (2.5000, 'x', 1), (3, 'three', 3) ON CONFLICT (n) DO NOTHING RETURNING n, rank
UPDATE hunt_w6_nums SET n = n * 1.00, rank = rank + 10 WHERE n < 3 RETURNING n, rank, note
SELECT n, label, rank, note FROM hunt_w6_nums ORDER BY n

-- scenario: hunt_w6_bytea_key_under_escape_output
SET bytea_output = 'escape'
UPDATE hunt_w6_blobs SET rank = rank + 1, note = 'escaped' WHERE id = '\x00ff' RETURNING id, rank, note
INSERT INTO hunt_w6_blobs (id, label, note) VALUES ('\x5c2722', 'backslash quote', 'n1') RETURNING id, rank, note
UPDATE hunt_w6_blobs SET note = label WHERE id = '\x27285c2c' RETURNING *
RESET bytea_output
SELECT id, label, rank, note FROM hunt_w6_blobs ORDER BY id
UPDATE hunt_w6_blobs SET rank = rank + 1 RETURNING id, rank, note
SET bytea_output = 'escape'
SELECT id, label, rank, note FROM hunt_w6_blobs ORDER BY id
DELETE FROM hunt_w6_blobs WHERE id = '\x00ff' RETURNING id, rank
RESET bytea_output
INSERT INTO hunt_w6_blobs (id, label) VALUES ('\x00ff', 'back') RETURNING id, rank, note

-- scenario: hunt_w6_char_key_trailing_spaces
UPDATE hunt_w6_codes SET rank = rank + 1 WHERE code = 'ab   ' RETURNING code, rank, code::text = 'ab' AS trimmed
UPDATE hunt_w6_codes SET note = 'sp' WHERE code = 'a b' RETURNING *
INSERT INTO hunt_w6_codes (code, label, rank) VALUES ('ab ', 'dup', 1) ON CONFLICT (code) DO UPDATE SET rank = hunt_w6_codes.rank * 10 RETURNING code, rank
INSERT INTO hunt_w6_codes (code, label, rank) VALUES ('cd', 'new', 4), ('ef   ', 'new2', 5) RETURNING code, rank
UPDATE hunt_w6_codes SET code = 'zz ', rank = rank + 1 WHERE code = 'cd' RETURNING code, rank
SELECT code, label, rank, note FROM hunt_w6_codes ORDER BY code

-- scenario: hunt_w6_domain_timestamptz_key_under_other_zones
SET TimeZone = 'Asia/Tokyo'
UPDATE hunt_w6_instants SET rank = 3, note = 'tokyo' WHERE at = '2024-01-01 19:00+09' RETURNING at, rank, note
INSERT INTO hunt_w6_instants (at, label, rank) VALUES ('2024-06-01 12:00+09', 'noon tokyo', 5) RETURNING at, rank
SET TimeZone = 'America/New_York'
UPDATE hunt_w6_instants SET rank = rank + 1 RETURNING at, rank, note
SELECT at, label, rank, note FROM hunt_w6_instants ORDER BY at
RESET TimeZone
SELECT at, label, rank, note FROM hunt_w6_instants ORDER BY at

-- scenario: hunt_w6_domain_date_key_under_other_datestyles
SET DateStyle = 'SQL, DMY'
UPDATE hunt_w6_days SET rank = 2, note = 'dmy' WHERE day = '05/03/2024' RETURNING day, rank, note
INSERT INTO hunt_w6_days (day, label, rank) VALUES ('01/02/2024', 'first of feb', 6) RETURNING day, rank
SET DateStyle = 'German'
UPDATE hunt_w6_days SET rank = rank + 1 RETURNING day, rank, note
RESET DateStyle
SELECT day, label, rank, note FROM hunt_w6_days ORDER BY day

-- scenario: hunt_w6_case_insensitive_text_key
UPDATE hunt_w6_names SET rank = rank + 1 WHERE name = 'ALICE' RETURNING name, rank
INSERT INTO hunt_w6_names (name, label, rank) VALUES ('BOB', 'upper', 4) ON CONFLICT (name) DO UPDATE SET rank = EXCLUDED.rank, note = 'from BOB' RETURNING name, rank, note
INSERT INTO hunt_w6_names (name, label, rank) VALUES ('alice', 'lower', 1) ON CONFLICT (name) DO NOTHING RETURNING name, rank
INSERT INTO hunt_w6_names (name, label, rank) VALUES ('Carol', 'c', 5), ('dave', 'd', 6) RETURNING name, rank
UPDATE hunt_w6_names SET name = 'CAROL', rank = rank + 1 WHERE name = 'carol' RETURNING name, rank
SELECT name, label, rank, note FROM hunt_w6_names ORDER BY name

-- scenario: hunt_w6_float_key_under_other_digits
UPDATE hunt_w6_floats SET rank = rank + 1 WHERE x = 0.1 + 0.2 RETURNING x, rank
INSERT INTO hunt_w6_floats (x, label, rank) VALUES ('-0', 'minus zero', 2) RETURNING x, rank
INSERT INTO hunt_w6_floats (x, label, rank) VALUES (0, 'zero', 3) ON CONFLICT (x) DO UPDATE SET rank = hunt_w6_floats.rank + EXCLUDED.rank RETURNING x, rank
SELECT x, label, rank, note FROM hunt_w6_floats ORDER BY x

-- scenario: hunt_w6_composite_key_of_every_kind
SET bytea_output = 'escape'
SET DateStyle = 'German'
UPDATE hunt_w6_mixed SET rank = 4, note = 'mixed' WHERE flag AND code = 'x' RETURNING *
INSERT INTO hunt_w6_mixed (flag, day, code, blob, rank) VALUES (false, '24.12.2024', 'q"', '\x225c28', 9), ('t', '01.01.2024', 'y ', '\x', 1) RETURNING *
RESET ALL
SELECT flag, day, code, blob, rank, note FROM hunt_w6_mixed ORDER BY flag, code
UPDATE hunt_w6_mixed SET rank = rank + 1 RETURNING flag, day, code, blob, rank, note

-- scenario: hunt_w6_bulk_upsert_numeric_keys_of_other_scales
INSERT INTO hunt_w6_nums (n, label, rank) VALUES (1.000, 'one again', 11), (2.5000, 'half again', 12), (-0, 'zero again', 13), (100.0, 'n100', 2), (101.0, 'n101', 3), (102.0, 'n102', 4), (103.0, 'n103', 5), (104.0, 'n104', 6), (105.0, 'n105', 0), (106.0, 'n106', 1), (107.0, 'n107', 2), (108.0, 'n108', 3), (109.0, 'n109', 4), (110.0, 'n110', 5), (111.0, 'n111', 6), (112.0, 'n112', 0), (113.0, 'n113', 1), (114.0, 'n114', 2), (115.0, 'n115', 3), (116.0, 'n116', 4), (117.0, 'n117', 5), (118.0, 'n118', 6), (119.0, 'n119', 0), (120.0, 'n120', 1), (121.0, 'n121', 2), (122.0, 'n122', 3), (123.0, 'n123', 4), (124.0, 'n124', 5), (125.0, 'n125', 6), (126.0, 'n126', 0), (127.0, 'n127', 1), (128.0, 'n128', 2), (129.0, 'n129', 3), (130.0, 'n130', 4), (131.0, 'n131', 5), (132.0, 'n132', 6), (133.0, 'n133', 0), (134.0, 'n134', 1), (135.0, 'n135', 2), (136.0, 'n136', 3), (137.0, 'n137', 4), (138.0, 'n138', 5), (139.0, 'n139', 6), (140.0, 'n140', 0), (141.0, 'n141', 1), (142.0, 'n142', 2), (143.0, 'n143', 3), (144.0, 'n144', 4), (145.0, 'n145', 5), (146.0, 'n146', 6), (147.0, 'n147', 0), (148.0, 'n148', 1), (149.0, 'n149', 2), (150.0, 'n150', 3), (151.0, 'n151', 4), (152.0, 'n152', 5), (153.0, 'n153', 6), (154.0, 'n154', 0), (155.0, 'n155', 1), (156.0, 'n156', 2), (157.0, 'n157', 3), (158.0, 'n158', 4), (159.0, 'n159', 5), (160.0, 'n160', 6), (161.0, 'n161', 0), (162.0, 'n162', 1), (163.0, 'n163', 2), (164.0, 'n164', 3), (165.0, 'n165', 4), (166.0, 'n166', 5), (167.0, 'n167', 6), (168.0, 'n168', 0), (169.0, 'n169', 1), (170.0, 'n170', 2), (171.0, 'n171', 3), (172.0, 'n172', 4), (173.0, 'n173', 5), (174.0, 'n174', 6), (175.0, 'n175', 0), (176.0, 'n176', 1), (177.0, 'n177', 2), (178.0, 'n178', 3), (179.0, 'n179', 4), (180.0, 'n180', 5), (181.0, 'n181', 6), (182.0, 'n182', 0), (183.0, 'n183', 1), (184.0, 'n184', 2), (185.0, 'n185', 3), (186.0, 'n186', 4), (187.0, 'n187', 5), (188.0, 'n188', 6), (189.0, 'n189', 0), (190.0, 'n190', 1), (191.0, 'n191', 2), (192.0, 'n192', 3), (193.0, 'n193', 4), (194.0, 'n194', 5), (195.0, 'n195', 6), (196.0, 'n196', 0), (197.0, 'n197', 1), (198.0, 'n198', 2), (199.0, 'n199', 3) ON CONFLICT (n) DO UPDATE SET rank = EXCLUDED.rank + hunt_w6_nums.rank, note = 'bulk' RETURNING n, label, rank, note
SELECT n, label, rank, note FROM hunt_w6_nums WHERE n < 100 OR n % 10 = 0 ORDER BY n

-- scenario: hunt_w6_bulk_upsert_case_insensitive_keys
INSERT INTO hunt_w6_names (name, label, rank) VALUES ('ALICE', 'upper', 1), ('Bob', 'mixed', 2), ('name100', 'n', 0), ('name101', 'n', 1), ('name102', 'n', 2), ('name103', 'n', 3), ('name104', 'n', 4), ('name105', 'n', 0), ('name106', 'n', 1), ('name107', 'n', 2), ('name108', 'n', 3), ('name109', 'n', 4), ('name110', 'n', 0), ('name111', 'n', 1), ('name112', 'n', 2), ('name113', 'n', 3), ('name114', 'n', 4), ('name115', 'n', 0), ('name116', 'n', 1), ('name117', 'n', 2), ('name118', 'n', 3), ('name119', 'n', 4), ('name120', 'n', 0), ('name121', 'n', 1), ('name122', 'n', 2), ('name123', 'n', 3), ('name124', 'n', 4), ('name125', 'n', 0), ('name126', 'n', 1), ('name127', 'n', 2), ('name128', 'n', 3), ('name129', 'n', 4), ('name130', 'n', 0), ('name131', 'n', 1), ('name132', 'n', 2), ('name133', 'n', 3), ('name134', 'n', 4), ('name135', 'n', 0), ('name136', 'n', 1), ('name137', 'n', 2), ('name138', 'n', 3), ('name139', 'n', 4), ('name140', 'n', 0), ('name141', 'n', 1), ('name142', 'n', 2), ('name143', 'n', 3), ('name144', 'n', 4), ('name145', 'n', 0), ('name146', 'n', 1), ('name147', 'n', 2), ('name148', 'n', 3), ('name149', 'n', 4), ('name150', 'n', 0), ('name151', 'n', 1), ('name152', 'n', 2), ('name153', 'n', 3), ('name154', 'n', 4), ('name155', 'n', 0), ('name156', 'n', 1), ('name157', 'n', 2), ('name158', 'n', 3), ('name159', 'n', 4), ('name160', 'n', 0), ('name161', 'n', 1), ('name162', 'n', 2), ('name163', 'n', 3), ('name164', 'n', 4), ('name165', 'n', 0), ('name166', 'n', 1), ('name167', 'n', 2), ('name168', 'n', 3), ('name169', 'n', 4), ('name170', 'n', 0), ('name171', 'n', 1), ('name172', 'n', 2), ('name173', 'n', 3), ('name174', 'n', 4), ('name175', 'n', 0), ('name176', 'n', 1), ('name177', 'n', 2), ('name178', 'n', 3), ('name179', 'n', 4), ('name180', 'n', 0), ('name181', 'n', 1), ('name182', 'n', 2), ('name183', 'n', 3), ('name184', 'n', 4), ('name185', 'n', 0), ('name186', 'n', 1), ('name187', 'n', 2), ('name188', 'n', 3), ('name189', 'n', 4), ('name190', 'n', 0), ('name191', 'n', 1), ('name192', 'n', 2), ('name193', 'n', 3), ('name194', 'n', 4), ('name195', 'n', 0), ('name196', 'n', 1), ('name197', 'n', 2), ('name198', 'n', 3), ('name199', 'n', 4) ON CONFLICT (name) DO UPDATE SET rank = EXCLUDED.rank + 100 RETURNING name, rank, note
INSERT INTO hunt_w6_names (name, label, rank) VALUES ('ALICE', 'upper', 1), ('Bob', 'mixed', 2), ('other100', 'n', 0), ('other101', 'n', 1), ('other102', 'n', 2), ('other103', 'n', 3), ('other104', 'n', 4), ('other105', 'n', 0), ('other106', 'n', 1), ('other107', 'n', 2), ('other108', 'n', 3), ('other109', 'n', 4), ('other110', 'n', 0), ('other111', 'n', 1), ('other112', 'n', 2), ('other113', 'n', 3), ('other114', 'n', 4), ('other115', 'n', 0), ('other116', 'n', 1), ('other117', 'n', 2), ('other118', 'n', 3), ('other119', 'n', 4), ('other120', 'n', 0), ('other121', 'n', 1), ('other122', 'n', 2), ('other123', 'n', 3), ('other124', 'n', 4), ('other125', 'n', 0), ('other126', 'n', 1), ('other127', 'n', 2), ('other128', 'n', 3), ('other129', 'n', 4), ('other130', 'n', 0), ('other131', 'n', 1), ('other132', 'n', 2), ('other133', 'n', 3), ('other134', 'n', 4), ('other135', 'n', 0), ('other136', 'n', 1), ('other137', 'n', 2), ('other138', 'n', 3), ('other139', 'n', 4), ('other140', 'n', 0), ('other141', 'n', 1), ('other142', 'n', 2), ('other143', 'n', 3), ('other144', 'n', 4), ('other145', 'n', 0), ('other146', 'n', 1), ('other147', 'n', 2), ('other148', 'n', 3), ('other149', 'n', 4), ('other150', 'n', 0), ('other151', 'n', 1), ('other152', 'n', 2), ('other153', 'n', 3), ('other154', 'n', 4), ('other155', 'n', 0), ('other156', 'n', 1), ('other157', 'n', 2), ('other158', 'n', 3), ('other159', 'n', 4), ('other160', 'n', 0), ('other161', 'n', 1), ('other162', 'n', 2), ('other163', 'n', 3), ('other164', 'n', 4), ('other165', 'n', 0), ('other166', 'n', 1), ('other167', 'n', 2), ('other168', 'n', 3), ('other169', 'n', 4), ('other170', 'n', 0), ('other171', 'n', 1), ('other172', 'n', 2), ('other173', 'n', 3), ('other174', 'n', 4), ('other175', 'n', 0), ('other176', 'n', 1), ('other177', 'n', 2), ('other178', 'n', 3), ('other179', 'n', 4), ('other180', 'n', 0), ('other181', 'n', 1), ('other182', 'n', 2), ('other183', 'n', 3), ('other184', 'n', 4), ('other185', 'n', 0), ('other186', 'n', 1), ('other187', 'n', 2), ('other188', 'n', 3), ('other189', 'n', 4), ('other190', 'n', 0), ('other191', 'n', 1), ('other192', 'n', 2), ('other193', 'n', 3), ('other194', 'n', 4), ('other195', 'n', 0), ('other196', 'n', 1), ('other197', 'n', 2), ('other198', 'n', 3), ('other199', 'n', 4) ON CONFLICT (name) DO NOTHING RETURNING name, rank
SELECT name, label, rank, note FROM hunt_w6_names WHERE name NOT LIKE 'name1%' OR name LIKE '%0' ORDER BY name

-- scenario: hunt_w6_bulk_upsert_char_keys_with_spaces
INSERT INTO hunt_w6_codes (code, label, rank) VALUES ('ab   ', 'dup', 1), ('a b  ', 'dup2', 2), ('c100', 'n', 0), ('c101', 'n', 1), ('c102', 'n', 2), ('c103', 'n', 3), ('c104', 'n', 4), ('c105', 'n', 0), ('c106', 'n', 1), ('c107', 'n', 2), ('c108', 'n', 3), ('c109', 'n', 4), ('c110', 'n', 0), ('c111', 'n', 1), ('c112', 'n', 2), ('c113', 'n', 3), ('c114', 'n', 4), ('c115', 'n', 0), ('c116', 'n', 1), ('c117', 'n', 2), ('c118', 'n', 3), ('c119', 'n', 4), ('c120', 'n', 0), ('c121', 'n', 1), ('c122', 'n', 2), ('c123', 'n', 3), ('c124', 'n', 4), ('c125', 'n', 0), ('c126', 'n', 1), ('c127', 'n', 2), ('c128', 'n', 3), ('c129', 'n', 4), ('c130', 'n', 0), ('c131', 'n', 1), ('c132', 'n', 2), ('c133', 'n', 3), ('c134', 'n', 4), ('c135', 'n', 0), ('c136', 'n', 1), ('c137', 'n', 2), ('c138', 'n', 3), ('c139', 'n', 4), ('c140', 'n', 0), ('c141', 'n', 1), ('c142', 'n', 2), ('c143', 'n', 3), ('c144', 'n', 4), ('c145', 'n', 0), ('c146', 'n', 1), ('c147', 'n', 2), ('c148', 'n', 3), ('c149', 'n', 4), ('c150', 'n', 0), ('c151', 'n', 1), ('c152', 'n', 2), ('c153', 'n', 3), ('c154', 'n', 4), ('c155', 'n', 0), ('c156', 'n', 1), ('c157', 'n', 2), ('c158', 'n', 3), ('c159', 'n', 4), ('c160', 'n', 0), ('c161', 'n', 1), ('c162', 'n', 2), ('c163', 'n', 3), ('c164', 'n', 4), ('c165', 'n', 0), ('c166', 'n', 1), ('c167', 'n', 2), ('c168', 'n', 3), ('c169', 'n', 4), ('c170', 'n', 0), ('c171', 'n', 1), ('c172', 'n', 2), ('c173', 'n', 3), ('c174', 'n', 4), ('c175', 'n', 0), ('c176', 'n', 1), ('c177', 'n', 2), ('c178', 'n', 3), ('c179', 'n', 4), ('c180', 'n', 0), ('c181', 'n', 1), ('c182', 'n', 2), ('c183', 'n', 3), ('c184', 'n', 4), ('c185', 'n', 0), ('c186', 'n', 1), ('c187', 'n', 2), ('c188', 'n', 3), ('c189', 'n', 4), ('c190', 'n', 0), ('c191', 'n', 1), ('c192', 'n', 2), ('c193', 'n', 3), ('c194', 'n', 4), ('c195', 'n', 0), ('c196', 'n', 1), ('c197', 'n', 2), ('c198', 'n', 3), ('c199', 'n', 4) ON CONFLICT (code) DO UPDATE SET rank = EXCLUDED.rank + hunt_w6_codes.rank RETURNING code, rank
SELECT code, label, rank, note FROM hunt_w6_codes WHERE code < 'c' OR code LIKE '%0' ORDER BY code

-- scenario: hunt_w6_bulk_upsert_float_zero_keys
INSERT INTO hunt_w6_floats (x, label, rank) VALUES ('-0', 'mz', 1), (0.1, 'tenth', 2), (100.5, 'n', 0), (101.5, 'n', 1), (102.5, 'n', 2), (103.5, 'n', 3), (104.5, 'n', 4), (105.5, 'n', 0), (106.5, 'n', 1), (107.5, 'n', 2), (108.5, 'n', 3), (109.5, 'n', 4), (110.5, 'n', 0), (111.5, 'n', 1), (112.5, 'n', 2), (113.5, 'n', 3), (114.5, 'n', 4), (115.5, 'n', 0), (116.5, 'n', 1), (117.5, 'n', 2), (118.5, 'n', 3), (119.5, 'n', 4), (120.5, 'n', 0), (121.5, 'n', 1), (122.5, 'n', 2), (123.5, 'n', 3), (124.5, 'n', 4), (125.5, 'n', 0), (126.5, 'n', 1), (127.5, 'n', 2), (128.5, 'n', 3), (129.5, 'n', 4), (130.5, 'n', 0), (131.5, 'n', 1), (132.5, 'n', 2), (133.5, 'n', 3), (134.5, 'n', 4), (135.5, 'n', 0), (136.5, 'n', 1), (137.5, 'n', 2), (138.5, 'n', 3), (139.5, 'n', 4), (140.5, 'n', 0), (141.5, 'n', 1), (142.5, 'n', 2), (143.5, 'n', 3), (144.5, 'n', 4), (145.5, 'n', 0), (146.5, 'n', 1), (147.5, 'n', 2), (148.5, 'n', 3), (149.5, 'n', 4), (150.5, 'n', 0), (151.5, 'n', 1), (152.5, 'n', 2), (153.5, 'n', 3), (154.5, 'n', 4), (155.5, 'n', 0), (156.5, 'n', 1), (157.5, 'n', 2), (158.5, 'n', 3), (159.5, 'n', 4), (160.5, 'n', 0), (161.5, 'n', 1), (162.5, 'n', 2), (163.5, 'n', 3), (164.5, 'n', 4), (165.5, 'n', 0), (166.5, 'n', 1), (167.5, 'n', 2), (168.5, 'n', 3), (169.5, 'n', 4), (170.5, 'n', 0), (171.5, 'n', 1), (172.5, 'n', 2), (173.5, 'n', 3), (174.5, 'n', 4), (175.5, 'n', 0), (176.5, 'n', 1), (177.5, 'n', 2), (178.5, 'n', 3), (179.5, 'n', 4), (180.5, 'n', 0), (181.5, 'n', 1), (182.5, 'n', 2), (183.5, 'n', 3), (184.5, 'n', 4), (185.5, 'n', 0), (186.5, 'n', 1), (187.5, 'n', 2), (188.5, 'n', 3), (189.5, 'n', 4), (190.5, 'n', 0), (191.5, 'n', 1), (192.5, 'n', 2), (193.5, 'n', 3), (194.5, 'n', 4), (195.5, 'n', 0), (196.5, 'n', 1), (197.5, 'n', 2), (198.5, 'n', 3), (199.5, 'n', 4) ON CONFLICT (x) DO UPDATE SET rank = EXCLUDED.rank + hunt_w6_floats.rank RETURNING x, rank
INSERT INTO hunt_w6_floats (x, label, rank) VALUES ('0', 'mz', 1), (0.1, 'tenth', 2), (100.5, 'n', 0), (101.5, 'n', 1), (102.5, 'n', 2), (103.5, 'n', 3), (104.5, 'n', 4), (105.5, 'n', 0), (106.5, 'n', 1), (107.5, 'n', 2), (108.5, 'n', 3), (109.5, 'n', 4), (110.5, 'n', 0), (111.5, 'n', 1), (112.5, 'n', 2), (113.5, 'n', 3), (114.5, 'n', 4), (115.5, 'n', 0), (116.5, 'n', 1), (117.5, 'n', 2), (118.5, 'n', 3), (119.5, 'n', 4), (120.5, 'n', 0), (121.5, 'n', 1), (122.5, 'n', 2), (123.5, 'n', 3), (124.5, 'n', 4), (125.5, 'n', 0), (126.5, 'n', 1), (127.5, 'n', 2), (128.5, 'n', 3), (129.5, 'n', 4), (130.5, 'n', 0), (131.5, 'n', 1), (132.5, 'n', 2), (133.5, 'n', 3), (134.5, 'n', 4), (135.5, 'n', 0), (136.5, 'n', 1), (137.5, 'n', 2), (138.5, 'n', 3), (139.5, 'n', 4), (140.5, 'n', 0), (141.5, 'n', 1), (142.5, 'n', 2), (143.5, 'n', 3), (144.5, 'n', 4), (145.5, 'n', 0), (146.5, 'n', 1), (147.5, 'n', 2), (148.5, 'n', 3), (149.5, 'n', 4), (150.5, 'n', 0), (151.5, 'n', 1), (152.5, 'n', 2), (153.5, 'n', 3), (154.5, 'n', 4), (155.5, 'n', 0), (156.5, 'n', 1), (157.5, 'n', 2), (158.5, 'n', 3), (159.5, 'n', 4), (160.5, 'n', 0), (161.5, 'n', 1), (162.5, 'n', 2), (163.5, 'n', 3), (164.5, 'n', 4), (165.5, 'n', 0), (166.5, 'n', 1), (167.5, 'n', 2), (168.5, 'n', 3), (169.5, 'n', 4), (170.5, 'n', 0), (171.5, 'n', 1), (172.5, 'n', 2), (173.5, 'n', 3), (174.5, 'n', 4), (175.5, 'n', 0), (176.5, 'n', 1), (177.5, 'n', 2), (178.5, 'n', 3), (179.5, 'n', 4), (180.5, 'n', 0), (181.5, 'n', 1), (182.5, 'n', 2), (183.5, 'n', 3), (184.5, 'n', 4), (185.5, 'n', 0), (186.5, 'n', 1), (187.5, 'n', 2), (188.5, 'n', 3), (189.5, 'n', 4), (190.5, 'n', 0), (191.5, 'n', 1), (192.5, 'n', 2), (193.5, 'n', 3), (194.5, 'n', 4), (195.5, 'n', 0), (196.5, 'n', 1), (197.5, 'n', 2), (198.5, 'n', 3), (199.5, 'n', 4) ON CONFLICT (x) DO UPDATE SET rank = EXCLUDED.rank + hunt_w6_floats.rank RETURNING x, rank
SELECT x, label, rank, note FROM hunt_w6_floats WHERE x < 1 OR x::int % 10 = 0 ORDER BY x

-- scenario: hunt_w6_upsert_sets_the_key_to_an_equal_key_of_other_text
INSERT INTO hunt_w6_nums (n, label, rank) VALUES (2.50, 'y', 4) ON CONFLICT ON CONSTRAINT hunt_w6_nums_pkey DO UPDATE SET n = EXCLUDED.n, rank = hunt_w6_nums.rank + EXCLUDED.rank RETURNING n, rank
INSERT INTO hunt_w6_nums AS t (n, label, rank) VALUES (1.0, 'x', 1), (7.5, 'new', 2) ON CONFLICT (n) DO UPDATE SET n = excluded.n, label = excluded.label, note = 'kept' RETURNING t.n, t.label, t.rank, t.note
INSERT INTO hunt_w6_names (name, label, rank) VALUES ('bob', 'same', 1) ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name, rank = 50 RETURNING name, label, rank, note
INSERT INTO hunt_w6_floats (x, label, rank) VALUES ('-0', 'minus zero', 2) ON CONFLICT (x) DO UPDATE SET x = EXCLUDED.x RETURNING x, rank
INSERT INTO hunt_w6_floats (x, label, rank) VALUES ('-0', 'minus zero', 3) ON CONFLICT (x) DO UPDATE SET x = EXCLUDED.x, rank = hunt_w6_floats.rank + EXCLUDED.rank RETURNING x, rank
-- refused
INSERT INTO hunt_w6_nums (n, label) VALUES (1.000, 'x') ON CONFLICT (n) DO UPDATE SET n = EXCLUDED.n, label = EXCLUDED.label RETURNING n, label, rank, note
-- refused
INSERT INTO hunt_w6_names (name, label, rank) VALUES ('ALICE', 'upper', 1) ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name, label = EXCLUDED.label RETURNING name, label, rank, note
-- refused
INSERT INTO hunt_w6_floats (x, label, rank) VALUES (0, 'zero', 3) ON CONFLICT (x) DO UPDATE SET x = EXCLUDED.x, rank = hunt_w6_floats.rank + EXCLUDED.rank RETURNING x, rank
-- refused
INSERT INTO hunt_w6_nums (n, label) VALUES (2.5, 'a'), (1.00, 'b') ON CONFLICT (n) DO UPDATE SET label = EXCLUDED.label, n = EXCLUDED.n, note = EXCLUDED.note
SELECT n, label, rank, note FROM hunt_w6_nums ORDER BY n
SELECT name, label, rank, note FROM hunt_w6_names ORDER BY name
SELECT x, label, rank, note FROM hunt_w6_floats ORDER BY x

-- scenario: hunt_w6_identity_keys_with_shadow_values_and_returning
INSERT INTO hunt_w6_ids (label, rank, note) VALUES ('third', 3, 'n3'), ('fourth', DEFAULT, NULL) RETURNING id, label, rank, note
INSERT INTO hunt_w6_ids (id, label, rank) OVERRIDING SYSTEM VALUE VALUES (1, 'clash', 9) ON CONFLICT (id) DO UPDATE SET rank = EXCLUDED.rank + hunt_w6_ids.rank, note = hunt_w6_ids.note || '+' RETURNING *
INSERT INTO hunt_w6_ids (id, label, rank) OVERRIDING SYSTEM VALUE VALUES (100, 'hundred', 100), (101, 'hundred and one', 101) RETURNING id, rank
INSERT INTO hunt_w6_ids (label, note) OVERRIDING USER VALUE SELECT label || '!', note FROM hunt_w6_ids WHERE id < 3 ORDER BY id RETURNING id, label, rank, note
INSERT INTO hunt_w6_ids (label, rank) SELECT 'gen' || g, g FROM generate_series(1, 3) AS g RETURNING id, rank
INSERT INTO hunt_w6_ids DEFAULT VALUES RETURNING id, rank, note
WITH n AS (INSERT INTO hunt_w6_ids (label, rank) VALUES ('cte', 77) RETURNING id, rank) SELECT rank, id > 2 AS later FROM n
SELECT id, label, rank, note FROM hunt_w6_ids ORDER BY id

-- scenario: hunt_w6_update_key_and_shadow_columns_together
UPDATE hunt_w6_ids SET id = id + 10, rank = rank + 1, note = coalesce(note, 'moved') WHERE id = 1 RETURNING id, rank, note
UPDATE accounts SET id = 80, loyalty = loyalty * 2, tier = tier || '/moved' WHERE id = 1 RETURNING id, loyalty, tier, labels
UPDATE accounts SET loyalty = 1, id = 81 WHERE id = 80 RETURNING *
UPDATE hunt_w6_blobs SET id = '\xabcd', rank = 40 WHERE id = '\x00ff' RETURNING id, rank, note
UPDATE hunt_w6_codes SET code = 'ab2', note = 'moved' WHERE code = 'ab' RETURNING code, rank, note
UPDATE hunt_w6_instants SET at = at + interval '1 hour', rank = 8 RETURNING at, rank
UPDATE line_items SET line = line + 10, discount = discount + 1 WHERE order_id = 1 RETURNING order_id, line, discount
SELECT id, loyalty, tier, mood, labels FROM accounts ORDER BY id
SELECT order_id, line, discount FROM line_items ORDER BY order_id, line
SELECT id, rank, note FROM hunt_w6_blobs ORDER BY id

-- scenario: hunt_w6_multi_column_and_default_assignments
UPDATE accounts SET (loyalty, tier) = (loyalty + 5, upper(tier)) WHERE id <= 3 RETURNING id, loyalty, tier
UPDATE accounts SET (tier, loyalty) = (SELECT name, length(name) FROM accounts b WHERE b.id = accounts.id + 1) WHERE id IN (4, 8) RETURNING id, loyalty, tier
UPDATE accounts SET loyalty = DEFAULT, tier = DEFAULT, mood = DEFAULT, labels = DEFAULT WHERE id = 1 RETURNING *
UPDATE accounts SET (name, loyalty) = ('Renamed', DEFAULT), labels = labels || '{x}' WHERE id = 4 RETURNING id, name, loyalty, labels
UPDATE hunt_w6_nums SET (rank, note, label) = (SELECT count(*), string_agg(label, ',' ORDER BY label), 'counted' FROM hunt_w6_nums) WHERE n = 1 RETURNING n, label, rank, note
UPDATE accounts SET (loyalty, tier) = (SELECT 1, 'none' WHERE false) WHERE id = 2 RETURNING id, loyalty, tier
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_w6_prepared_writes_typed_by_the_shadow_column
-- params: ["60", "Prep", "12"]
INSERT INTO accounts (id, name, loyalty) VALUES ($1, $2, $3) RETURNING id, loyalty
-- params: ["61", "Prep null", null]
INSERT INTO accounts (id, name, loyalty) VALUES ($1, $2, $3) RETURNING id, loyalty
-- params: ["62", "Prep mood", "sad", "{p,q}"]
INSERT INTO accounts (id, name, mood, labels) VALUES ($1, $2, $3, $4) RETURNING id, mood, labels
-- params: [null, "60"]
UPDATE accounts SET loyalty = $1 WHERE id = $2 RETURNING id, loyalty
-- params: ["5", "61"]
UPDATE accounts SET loyalty = coalesce(loyalty, 0) + $1 WHERE id = $2 RETURNING id, loyalty
-- params: ["2024-02-29", "1"]
UPDATE bills SET due = $1 WHERE id = $2 RETURNING id, due
-- params: ["1.005", "2", "1"]
UPDATE line_items SET discount = $1 WHERE order_id = $3 AND line = $2 RETURNING discount
-- params: ["3.50", "x", "1"]
INSERT INTO hunt_w6_nums (n, label, rank) VALUES ($1, $2, $3) ON CONFLICT (n) DO UPDATE SET rank = EXCLUDED.rank RETURNING n, rank
-- params: ["\\xdead", "blob", "7"]
INSERT INTO hunt_w6_blobs (id, label, rank) VALUES ($1, $2, $3) RETURNING id, rank
-- params: ["\\xdead", "8"]
UPDATE hunt_w6_blobs SET rank = $2 WHERE id = $1 RETURNING id, rank
-- params: ["2024-01-01 12:00:00+02", "noon", "4"]
INSERT INTO hunt_w6_instants (at, label, rank) VALUES ($1, $2, $3) RETURNING at, rank
-- params: ["CAROL", "c", "4"]
INSERT INTO hunt_w6_names (name, label, rank) VALUES ($1, $2, $3) ON CONFLICT (name) DO UPDATE SET rank = EXCLUDED.rank RETURNING name, rank
-- params: ["carol", "6"]
UPDATE hunt_w6_names SET rank = $2 WHERE name = $1 RETURNING name, rank
SELECT id, name, loyalty, mood, labels FROM accounts WHERE id >= 60 ORDER BY id
SELECT name, rank FROM hunt_w6_names ORDER BY name

-- scenario: hunt_w6_transaction_reads_errors_and_savepoints
BEGIN
UPDATE accounts SET loyalty = 100 WHERE id = 1 RETURNING loyalty
SELECT id, loyalty, tier FROM accounts WHERE id = 1
SAVEPOINT a
UPDATE accounts SET loyalty = 200, tier = 'sp' WHERE id = 1
SELECT id, loyalty, tier FROM accounts WHERE id = 1
UPDATE accounts SET loyalty = 'x' WHERE id = 1
SELECT 1
ROLLBACK TO SAVEPOINT a
SELECT id, loyalty, tier FROM accounts WHERE id = 1
INSERT INTO hunt_w6_nums (n, label, rank) VALUES (9, 'nine', 9)
SAVEPOINT b
INSERT INTO hunt_w6_nums (n, label, rank) VALUES (9.0, 'dup', 1)
ROLLBACK TO b
UPDATE hunt_w6_nums SET rank = rank + 1 WHERE n = 9.00 RETURNING n, rank
SAVEPOINT c
DELETE FROM hunt_w6_nums WHERE n = 9 RETURNING n, rank, note
INSERT INTO hunt_w6_nums (n, label) VALUES (9.000, 'reborn') RETURNING n, rank, note
ROLLBACK TO c
SELECT n, label, rank FROM hunt_w6_nums WHERE n = 9
RELEASE b
COMMIT
SELECT id, loyalty, tier FROM accounts WHERE id = 1
SELECT n, label, rank, note FROM hunt_w6_nums ORDER BY n

-- scenario: hunt_w6_deferred_unique_with_shadow_writes
BEGIN
UPDATE tags SET label = 'blue' WHERE id = 1
INSERT INTO accounts (id, name, loyalty, tier) VALUES (70, 'deferred', 7, 'd')
UPDATE tags SET label = 'red' WHERE id = 2
UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 70 RETURNING loyalty
COMMIT
SELECT id, label FROM tags ORDER BY id
SELECT id, loyalty, tier FROM accounts WHERE id = 70
BEGIN
SET CONSTRAINTS ALL IMMEDIATE
UPDATE accounts SET tier = 'imm' WHERE id = 70
UPDATE tags SET label = 'red' WHERE id = 3
ROLLBACK
SELECT id, loyalty, tier FROM accounts WHERE id = 70

-- scenario: hunt_w6_delete_returning_shadow_columns
DELETE FROM accounts WHERE id IN (1, 3, 4) RETURNING id, loyalty, tier, mood, labels
DELETE FROM hunt_w6_nums WHERE n = 1.00000 RETURNING n, rank, note
DELETE FROM hunt_w6_names WHERE name = 'alice' RETURNING *
DELETE FROM line_items l USING line_items o WHERE l.order_id = o.order_id AND o.line = 2 RETURNING l.*, o.discount AS other
INSERT INTO hunt_w6_nums (n, label) VALUES (1, 'back') RETURNING n, rank, note
INSERT INTO hunt_w6_names (name, label) VALUES ('ALICE', 'back') RETURNING name, rank, note
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w6_truncate_then_reinsert_same_keys
TRUNCATE hunt_w6_nums, hunt_w6_blobs, hunt_w6_names
INSERT INTO hunt_w6_nums (n, label) VALUES (1.0, 'again') RETURNING n, rank, note
INSERT INTO hunt_w6_blobs (id, label) SELECT '\x00ff'::bytea, 'again' RETURNING id, rank
INSERT INTO hunt_w6_names (name, label) VALUES ('Alice', 'again') ON CONFLICT DO NOTHING RETURNING name, rank
BEGIN
TRUNCATE accounts CASCADE
INSERT INTO accounts (id, name) VALUES (1, 'again'), (7, 'again') RETURNING id, loyalty, tier
SELECT id, loyalty, tier FROM accounts ORDER BY id
ROLLBACK
SELECT id, loyalty, tier FROM accounts ORDER BY id
BEGIN
TRUNCATE hunt_w6_ids RESTART IDENTITY
INSERT INTO hunt_w6_ids (label) VALUES ('one again') RETURNING id, rank, note
COMMIT
SELECT id, label, rank, note FROM hunt_w6_ids

-- scenario: hunt_w6_same_prepared_write_many_times
-- params: ["1.0", "1"]
UPDATE hunt_w6_nums SET rank = $2 WHERE n = $1 RETURNING n, rank
-- params: ["1.00", null]
UPDATE hunt_w6_nums SET rank = $2 WHERE n = $1 RETURNING n, rank
-- params: ["2.5", "3"]
UPDATE hunt_w6_nums SET rank = $2 WHERE n = $1 RETURNING n, rank
-- params: ["-0", "4"]
UPDATE hunt_w6_nums SET rank = $2 WHERE n = $1 RETURNING n, rank
-- params: ["1", "5"]
UPDATE hunt_w6_nums SET rank = $2 WHERE n = $1 RETURNING n, rank
-- params: ["1.000", null]
UPDATE hunt_w6_nums SET rank = $2 WHERE n = $1 RETURNING n, rank
-- params: ["9.90", "a", "1", null]
INSERT INTO hunt_w6_nums (n, label, rank, note) VALUES ($1, $2, $3, $4) ON CONFLICT (n) DO UPDATE SET rank = EXCLUDED.rank, note = EXCLUDED.note RETURNING n, rank, note
-- params: ["9.9", "b", null, "x"]
INSERT INTO hunt_w6_nums (n, label, rank, note) VALUES ($1, $2, $3, $4) ON CONFLICT (n) DO UPDATE SET rank = EXCLUDED.rank, note = EXCLUDED.note RETURNING n, rank, note
-- params: ["9.900", "c", "7", null]
INSERT INTO hunt_w6_nums (n, label, rank, note) VALUES ($1, $2, $3, $4) ON CONFLICT (n) DO UPDATE SET rank = EXCLUDED.rank, note = EXCLUDED.note RETURNING n, rank, note
-- params: ["10", "d", "8", "y"]
INSERT INTO hunt_w6_nums (n, label, rank, note) VALUES ($1, $2, $3, $4) ON CONFLICT (n) DO UPDATE SET rank = EXCLUDED.rank, note = EXCLUDED.note RETURNING n, rank, note
-- params: ["10.0", "e", null, null]
INSERT INTO hunt_w6_nums (n, label, rank, note) VALUES ($1, $2, $3, $4) ON CONFLICT (n) DO UPDATE SET rank = EXCLUDED.rank, note = EXCLUDED.note RETURNING n, rank, note
-- params: ["ALICE", "1"]
UPDATE hunt_w6_names SET rank = rank + $2 WHERE name = $1 RETURNING name, rank
-- params: ["alice", "2"]
UPDATE hunt_w6_names SET rank = rank + $2 WHERE name = $1 RETURNING name, rank
-- params: ["Alice", null]
UPDATE hunt_w6_names SET rank = rank + $2 WHERE name = $1 RETURNING name, rank
-- params: ["\\x00FF", "1"]
UPDATE hunt_w6_blobs SET rank = rank + $2 WHERE id = $1 RETURNING id, rank
-- params: ["\\000\\377", "2"]
UPDATE hunt_w6_blobs SET rank = rank + $2 WHERE id = $1 RETURNING id, rank
-- params: ["\\x27285C2C", "3"]
UPDATE hunt_w6_blobs SET rank = rank + $2 WHERE id = $1 RETURNING id, rank
SELECT n, label, rank, note FROM hunt_w6_nums ORDER BY n
SELECT name, rank FROM hunt_w6_names ORDER BY name
SELECT id, rank FROM hunt_w6_blobs ORDER BY id

-- scenario: hunt_w6_uuid_and_timestamptz_keys_written_otherwise
UPDATE visits SET kind = 'upper' WHERE visitor = 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11' RETURNING visitor, at, kind
UPDATE visits SET kind = 'braces' WHERE visitor = '{00000000-0000-0000-0000-000000000001}' AND at = '2024-01-01 05:00:00-05' RETURNING visitor, at, kind
INSERT INTO visits (visitor, at, kind) VALUES ('A0EEBC999C0B4EF8BB6D6BB9BD380A11', '2024-03-10 02:59+01', 'dup') ON CONFLICT (visitor, at) DO UPDATE SET kind = visits.kind || '+' || EXCLUDED.kind RETURNING visitor, at, kind
SET TimeZone = 'Pacific/Chatham'
INSERT INTO visits (visitor, at, kind) VALUES ('B0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', '2024-07-01 00:00:00.000001', 'chatham') RETURNING visitor, at, kind
RESET TimeZone
SELECT visitor, at, kind FROM visits ORDER BY visitor, at

-- scenario: hunt_w6_composite_keys_with_punctuation
INSERT INTO hunt_w6_mixed (flag, day, code, blob, rank, note) VALUES (false, '2024-02-02', '{,}', '\x7b2c7d', 1, 'braces'), (false, '2024-02-02', '\,"', '\x5c22', 2, 'backslash'), (true, 'infinity', '()', '\x', 3, 'parens'), (false, '2024-02-02', ' ', '\x20', 4, 'space') RETURNING *
UPDATE hunt_w6_mixed SET rank = rank * 10 WHERE code IN ('{,}', '\,"', '()', '') RETURNING code, blob, rank
UPDATE hunt_w6_mixed SET code = '[;]', note = note || '!' WHERE code = '{,}' RETURNING code, rank, note
DELETE FROM hunt_w6_mixed WHERE code = '()' RETURNING code, rank
INSERT INTO hunt_w6_mixed (flag, day, code, blob) VALUES (true, 'infinity', '()', '\x') RETURNING code, rank, note
SELECT flag, day, code, blob, rank, note FROM hunt_w6_mixed ORDER BY code, blob

-- scenario: hunt_w6_long_text_keys
INSERT INTO notes (slug, body, stars) SELECT repeat('long key ', 200) || g, 'long', g FROM generate_series(1, 3) AS g RETURNING length(slug), stars
UPDATE notes SET stars = stars + 10 WHERE slug LIKE 'long key %' RETURNING length(slug), stars
INSERT INTO notes (slug, body, stars) VALUES (repeat('é', 1000), 'accents', 1) RETURNING length(slug), stars
SELECT length(slug), body, stars FROM notes ORDER BY slug

-- scenario: hunt_w6_keys_near_the_index_size_limit
INSERT INTO notes (slug, body) SELECT left(string_agg(md5(g::text), '' ORDER BY g), 2600), 'near the limit' FROM generate_series(1, 90) AS g RETURNING length(slug), stars
SELECT length(slug), body, stars FROM notes ORDER BY slug
UPDATE notes SET stars = 3 WHERE length(slug) = 2600 RETURNING length(slug), stars
INSERT INTO hunt_w6_blobs (id, label, rank) SELECT decode(left(string_agg(md5(g::text), '' ORDER BY g), 2400), 'hex'), 'long', 2 FROM generate_series(1, 80) AS g RETURNING length(id), rank
SELECT length(slug), body, stars FROM notes ORDER BY slug
SELECT length(id), label, rank FROM hunt_w6_blobs ORDER BY id

-- scenario: hunt_w6_upsert_keeps_equal_keys_in_every_shape
INSERT INTO hunt_w6_nums (n, label, rank) VALUES (2.50, 'same text', 11), (100.0, 'n100', 2), (101.0, 'n101', 3), (102.0, 'n102', 4), (103.0, 'n103', 5), (104.0, 'n104', 6), (105.0, 'n105', 0), (106.0, 'n106', 1), (107.0, 'n107', 2), (108.0, 'n108', 3), (109.0, 'n109', 4), (110.0, 'n110', 5), (111.0, 'n111', 6), (112.0, 'n112', 0), (113.0, 'n113', 1), (114.0, 'n114', 2), (115.0, 'n115', 3), (116.0, 'n116', 4), (117.0, 'n117', 5), (118.0, 'n118', 6), (119.0, 'n119', 0), (120.0, 'n120', 1), (121.0, 'n121', 2), (122.0, 'n122', 3), (123.0, 'n123', 4), (124.0, 'n124', 5), (125.0, 'n125', 6), (126.0, 'n126', 0), (127.0, 'n127', 1), (128.0, 'n128', 2), (129.0, 'n129', 3), (130.0, 'n130', 4), (131.0, 'n131', 5), (132.0, 'n132', 6), (133.0, 'n133', 0), (134.0, 'n134', 1), (135.0, 'n135', 2), (136.0, 'n136', 3), (137.0, 'n137', 4), (138.0, 'n138', 5), (139.0, 'n139', 6), (140.0, 'n140', 0), (141.0, 'n141', 1), (142.0, 'n142', 2), (143.0, 'n143', 3), (144.0, 'n144', 4), (145.0, 'n145', 5), (146.0, 'n146', 6), (147.0, 'n147', 0), (148.0, 'n148', 1), (149.0, 'n149', 2), (150.0, 'n150', 3), (151.0, 'n151', 4), (152.0, 'n152', 5), (153.0, 'n153', 6), (154.0, 'n154', 0), (155.0, 'n155', 1), (156.0, 'n156', 2), (157.0, 'n157', 3), (158.0, 'n158', 4), (159.0, 'n159', 5), (160.0, 'n160', 6), (161.0, 'n161', 0), (162.0, 'n162', 1), (163.0, 'n163', 2), (164.0, 'n164', 3), (165.0, 'n165', 4), (166.0, 'n166', 5), (167.0, 'n167', 6), (168.0, 'n168', 0), (169.0, 'n169', 1), (170.0, 'n170', 2), (171.0, 'n171', 3), (172.0, 'n172', 4), (173.0, 'n173', 5), (174.0, 'n174', 6), (175.0, 'n175', 0), (176.0, 'n176', 1), (177.0, 'n177', 2), (178.0, 'n178', 3), (179.0, 'n179', 4), (180.0, 'n180', 5), (181.0, 'n181', 6), (182.0, 'n182', 0), (183.0, 'n183', 1), (184.0, 'n184', 2), (185.0, 'n185', 3), (186.0, 'n186', 4), (187.0, 'n187', 5), (188.0, 'n188', 6), (189.0, 'n189', 0), (190.0, 'n190', 1), (191.0, 'n191', 2), (192.0, 'n192', 3), (193.0, 'n193', 4), (194.0, 'n194', 5), (195.0, 'n195', 6), (196.0, 'n196', 0), (197.0, 'n197', 1), (198.0, 'n198', 2), (199.0, 'n199', 3) ON CONFLICT (n) DO UPDATE SET n = EXCLUDED.n, rank = EXCLUDED.rank + hunt_w6_nums.rank RETURNING n, rank, note
INSERT INTO hunt_w6_nums (n, label, rank) VALUES (1.0, 'a', 1), (-0.000, 'b', 2) ON CONFLICT (n) DO UPDATE SET n = EXCLUDED.n, rank = EXCLUDED.rank WHERE hunt_w6_nums.rank < 10 RETURNING n, rank, note
INSERT INTO hunt_w6_nums (n, label, rank) VALUES (1.0, 'a', 1), (8, 'c', 3) ON CONFLICT (n) DO NOTHING RETURNING n, rank
WITH u AS (INSERT INTO hunt_w6_nums (n, label, rank) VALUES (1.0, 'w', 4) ON CONFLICT (n) DO UPDATE SET n = EXCLUDED.n, rank = EXCLUDED.rank RETURNING n, rank, note) SELECT * FROM u
INSERT INTO hunt_w6_nums (n, label, rank) SELECT n, label, rank + 1 FROM hunt_w6_nums WHERE n < 3 ON CONFLICT (n) DO UPDATE SET n = EXCLUDED.n, rank = EXCLUDED.rank RETURNING n, rank
SELECT n, label, rank, note FROM hunt_w6_nums WHERE n < 100 OR n % 10 = 0 ORDER BY n
-- refused
INSERT INTO hunt_w6_nums (n, label, rank) VALUES (2.5, 'other text', 11), (100.0, 'm100', 2), (101.0, 'm101', 3), (102.0, 'm102', 4), (103.0, 'm103', 5), (104.0, 'm104', 6), (105.0, 'm105', 0), (106.0, 'm106', 1), (107.0, 'm107', 2), (108.0, 'm108', 3), (109.0, 'm109', 4), (110.0, 'm110', 5), (111.0, 'm111', 6), (112.0, 'm112', 0), (113.0, 'm113', 1), (114.0, 'm114', 2), (115.0, 'm115', 3), (116.0, 'm116', 4), (117.0, 'm117', 5), (118.0, 'm118', 6), (119.0, 'm119', 0), (120.0, 'm120', 1), (121.0, 'm121', 2), (122.0, 'm122', 3), (123.0, 'm123', 4), (124.0, 'm124', 5), (125.0, 'm125', 6), (126.0, 'm126', 0), (127.0, 'm127', 1), (128.0, 'm128', 2), (129.0, 'm129', 3), (130.0, 'm130', 4), (131.0, 'm131', 5), (132.0, 'm132', 6), (133.0, 'm133', 0), (134.0, 'm134', 1), (135.0, 'm135', 2), (136.0, 'm136', 3), (137.0, 'm137', 4), (138.0, 'm138', 5), (139.0, 'm139', 6), (140.0, 'm140', 0), (141.0, 'm141', 1), (142.0, 'm142', 2), (143.0, 'm143', 3), (144.0, 'm144', 4), (145.0, 'm145', 5), (146.0, 'm146', 6), (147.0, 'm147', 0), (148.0, 'm148', 1), (149.0, 'm149', 2), (150.0, 'm150', 3), (151.0, 'm151', 4), (152.0, 'm152', 5), (153.0, 'm153', 6), (154.0, 'm154', 0), (155.0, 'm155', 1), (156.0, 'm156', 2), (157.0, 'm157', 3), (158.0, 'm158', 4), (159.0, 'm159', 5), (160.0, 'm160', 6), (161.0, 'm161', 0), (162.0, 'm162', 1), (163.0, 'm163', 2), (164.0, 'm164', 3), (165.0, 'm165', 4), (166.0, 'm166', 5), (167.0, 'm167', 6), (168.0, 'm168', 0), (169.0, 'm169', 1), (170.0, 'm170', 2), (171.0, 'm171', 3), (172.0, 'm172', 4), (173.0, 'm173', 5), (174.0, 'm174', 6), (175.0, 'm175', 0), (176.0, 'm176', 1), (177.0, 'm177', 2), (178.0, 'm178', 3), (179.0, 'm179', 4), (180.0, 'm180', 5), (181.0, 'm181', 6), (182.0, 'm182', 0), (183.0, 'm183', 1), (184.0, 'm184', 2), (185.0, 'm185', 3), (186.0, 'm186', 4), (187.0, 'm187', 5), (188.0, 'm188', 6), (189.0, 'm189', 0), (190.0, 'm190', 1), (191.0, 'm191', 2), (192.0, 'm192', 3), (193.0, 'm193', 4), (194.0, 'm194', 5), (195.0, 'm195', 6), (196.0, 'm196', 0), (197.0, 'm197', 1), (198.0, 'm198', 2), (199.0, 'm199', 3) ON CONFLICT (n) DO UPDATE SET n = EXCLUDED.n, rank = EXCLUDED.rank + hunt_w6_nums.rank RETURNING n, rank, note
-- refused
INSERT INTO hunt_w6_nums (n, label, rank) VALUES (1.00, 'a', 1) ON CONFLICT (n) DO UPDATE SET n = EXCLUDED.n, rank = EXCLUDED.rank WHERE hunt_w6_nums.rank < 10 RETURNING n, rank, note
-- refused
WITH u AS (INSERT INTO hunt_w6_nums (n, label, rank) VALUES (1.00, 'w', 4) ON CONFLICT (n) DO UPDATE SET n = EXCLUDED.n, rank = EXCLUDED.rank RETURNING n, rank, note) SELECT * FROM u
-- refused
INSERT INTO hunt_w6_nums (n, label, rank) SELECT n * 1.0, label, rank + 1 FROM hunt_w6_nums WHERE n < 3 ON CONFLICT (n) DO UPDATE SET n = EXCLUDED.n, rank = EXCLUDED.rank RETURNING n, rank
SELECT n, label, rank, note FROM hunt_w6_nums WHERE n < 100 OR n % 10 = 0 ORDER BY n

-- scenario: hunt_w6_keys_computed_by_defaults
INSERT INTO hunt_w6_tokens (label, rank, note) VALUES ('t3', 3, 'n3'), ('t4', 4, NULL) RETURNING id, label, rank, note
INSERT INTO hunt_w6_tokens (label, rank) VALUES ('t1', 10), ('t5', 5) ON CONFLICT (label) DO NOTHING RETURNING id, label, rank
INSERT INTO hunt_w6_tokens (label, rank) VALUES ('t2', 20), ('t6', 6) ON CONFLICT (label) DO UPDATE SET rank = hunt_w6_tokens.rank + EXCLUDED.rank, note = 'upd' RETURNING id, label, rank, note
-- refused
INSERT INTO hunt_w6_tokens (label, rank) SELECT 'g' || g, g FROM generate_series(1, 3) AS g ON CONFLICT DO NOTHING RETURNING id, label, rank
INSERT INTO hunt_w6_tokens (label, rank) SELECT 'g' || g, g FROM generate_series(1, 3) AS g RETURNING id, label, rank
INSERT INTO orders (item, note) VALUES ('a', 'x'), ('b', 'y') ON CONFLICT DO NOTHING RETURNING id, qty, note
INSERT INTO orders (item, note, qty) SELECT 'c' || g, 'z', g FROM generate_series(1, 2) AS g RETURNING id, qty, note
UPDATE hunt_w6_tokens SET rank = rank + 100 WHERE label IN ('t1', 't3', 'g2') RETURNING label, rank
SELECT id, label, rank, note FROM hunt_w6_tokens ORDER BY label
SELECT id, item, qty, note FROM orders ORDER BY id

-- scenario: hunt_w6_keys_written_under_settings_survive_a_restart
SET bytea_output = 'escape'
SET TimeZone = 'Asia/Kolkata'
SET DateStyle = 'SQL, DMY'
BEGIN
UPDATE hunt_w6_blobs SET rank = 11 WHERE id = '\x27285c2c'
UPDATE hunt_w6_instants SET rank = 12 RETURNING at, rank
INSERT INTO hunt_w6_days (day, label, rank) VALUES ('02/01/2024', 'second of january', 13) RETURNING day, rank
UPDATE hunt_w6_names SET rank = 14, note = 'ci' WHERE name = 'BOB'
COMMIT
-- restart
SELECT id, rank FROM hunt_w6_blobs ORDER BY id
SELECT at, rank FROM hunt_w6_instants ORDER BY at
SELECT day, label, rank FROM hunt_w6_days ORDER BY day
SELECT name, rank, note FROM hunt_w6_names ORDER BY name
SET bytea_output = 'escape'
UPDATE hunt_w6_blobs SET rank = rank + 1 RETURNING id, rank

-- scenario: hunt_w6_float_keys_under_positive_extra_float_digits
SET extra_float_digits = 3
UPDATE hunt_w6_floats SET note = 'jdbc' WHERE x = 0.1::float8 + 0.2::float8 RETURNING x, rank, note
INSERT INTO hunt_w6_floats (x, label, rank) VALUES (1e-300, 'tiny', 1), (1.7976931348623157e308, 'huge', 2), ('Infinity', 'inf', 3) RETURNING x, rank
SET extra_float_digits = 2
UPDATE hunt_w6_floats SET rank = rank + 1 RETURNING x, rank, note
RESET extra_float_digits
SELECT x, label, rank, note FROM hunt_w6_floats ORDER BY x


-- scenario: hunt_w6_deferrable_primary_key_moves
UPDATE hunt_w6_slots SET id = 3 - id, rank = rank * 10 WHERE id IN (1, 2) RETURNING id, label, rank, note
SELECT id, label, rank, note FROM hunt_w6_slots ORDER BY id, label
BEGIN
UPDATE hunt_w6_slots SET id = id % 3 + 1 RETURNING id, label, rank, note
SELECT id, label, rank, note FROM hunt_w6_slots ORDER BY id, label
UPDATE hunt_w6_slots SET id = 4, note = 'parked at 4' WHERE id = 1 RETURNING id, label, rank, note
UPDATE hunt_w6_slots SET id = 1 WHERE id = 2 RETURNING id, label, rank, note
UPDATE hunt_w6_slots SET id = 2, rank = rank + 1 WHERE id = 4 RETURNING id, label, rank, note
COMMIT
SELECT id, label, rank, note FROM hunt_w6_slots ORDER BY id, label
BEGIN
UPDATE hunt_w6_slots SET id = 4 - id WHERE id <> 2 RETURNING id, label, rank, note
ROLLBACK
SELECT id, label, rank, note FROM hunt_w6_slots ORDER BY id, label

-- scenario: hunt_w6_key_moves_onto_keys_other_rows_leave
UPDATE hunt_w6_ids SET rank = id * 10, note = 'n' || id
DELETE FROM hunt_w6_ids WHERE id = 1 RETURNING id, rank, note
INSERT INTO hunt_w6_ids (id, label, rank, note) OVERRIDING SYSTEM VALUE VALUES (1, 'first again', 100, 'n1 again')
UPDATE hunt_w6_ids SET id = id + 1 RETURNING id, label, rank, note
SELECT id, label, rank, note FROM hunt_w6_ids ORDER BY id
UPDATE hunt_w6_ids SET id = id + 1, rank = rank + 1 RETURNING id, label, rank, note
SELECT id, label, rank, note FROM hunt_w6_ids ORDER BY id

-- scenario: hunt_w6_bulk_upserts_matched_by_equal_keys_of_other_text
INSERT INTO hunt_w6_nums (n, label, rank) VALUES (1.000, 'one again', 11), (2.5000, 'half again', 12), (100.0, 'n100', 2), (101.0, 'n101', 3), (102.0, 'n102', 4), (103.0, 'n103', 5), (104.0, 'n104', 6), (105.0, 'n105', 0), (106.0, 'n106', 1), (107.0, 'n107', 2), (108.0, 'n108', 3), (109.0, 'n109', 4), (110.0, 'n110', 5), (111.0, 'n111', 6), (112.0, 'n112', 0), (113.0, 'n113', 1), (114.0, 'n114', 2), (115.0, 'n115', 3), (116.0, 'n116', 4), (117.0, 'n117', 5), (118.0, 'n118', 6), (119.0, 'n119', 0), (120.0, 'n120', 1), (121.0, 'n121', 2), (122.0, 'n122', 3), (123.0, 'n123', 4), (124.0, 'n124', 5), (125.0, 'n125', 6), (126.0, 'n126', 0), (127.0, 'n127', 1), (128.0, 'n128', 2), (129.0, 'n129', 3), (130.0, 'n130', 4), (131.0, 'n131', 5), (132.0, 'n132', 6), (133.0, 'n133', 0), (134.0, 'n134', 1), (135.0, 'n135', 2), (136.0, 'n136', 3), (137.0, 'n137', 4), (138.0, 'n138', 5), (139.0, 'n139', 6), (140.0, 'n140', 0), (141.0, 'n141', 1), (142.0, 'n142', 2), (143.0, 'n143', 3), (144.0, 'n144', 4), (145.0, 'n145', 5), (146.0, 'n146', 6), (147.0, 'n147', 0), (148.0, 'n148', 1), (149.0, 'n149', 2), (150.0, 'n150', 3), (151.0, 'n151', 4), (152.0, 'n152', 5), (153.0, 'n153', 6), (154.0, 'n154', 0), (155.0, 'n155', 1), (156.0, 'n156', 2), (157.0, 'n157', 3), (158.0, 'n158', 4), (159.0, 'n159', 5), (160.0, 'n160', 6), (161.0, 'n161', 0), (162.0, 'n162', 1), (163.0, 'n163', 2), (164.0, 'n164', 3), (165.0, 'n165', 4), (166.0, 'n166', 5), (167.0, 'n167', 6), (168.0, 'n168', 0), (169.0, 'n169', 1), (170.0, 'n170', 2), (171.0, 'n171', 3), (172.0, 'n172', 4), (173.0, 'n173', 5), (174.0, 'n174', 6), (175.0, 'n175', 0), (176.0, 'n176', 1), (177.0, 'n177', 2), (178.0, 'n178', 3), (179.0, 'n179', 4), (180.0, 'n180', 5), (181.0, 'n181', 6), (182.0, 'n182', 0), (183.0, 'n183', 1), (184.0, 'n184', 2), (185.0, 'n185', 3), (186.0, 'n186', 4), (187.0, 'n187', 5), (188.0, 'n188', 6), (189.0, 'n189', 0), (190.0, 'n190', 1), (191.0, 'n191', 2), (192.0, 'n192', 3), (193.0, 'n193', 4), (194.0, 'n194', 5), (195.0, 'n195', 6), (196.0, 'n196', 0), (197.0, 'n197', 1), (198.0, 'n198', 2), (199.0, 'n199', 3) ON CONFLICT (n) DO UPDATE SET rank = EXCLUDED.rank + hunt_w6_nums.rank, note = 'bulk' WHERE hunt_w6_nums.rank < 100 RETURNING n, label, rank, note
INSERT INTO hunt_w6_names (name, label, rank) VALUES ('ALICE', 'upper', 1), ('Bob', 'mixed', 2), ('name100', 'n', 0), ('name101', 'n', 1), ('name102', 'n', 2), ('name103', 'n', 3), ('name104', 'n', 4), ('name105', 'n', 0), ('name106', 'n', 1), ('name107', 'n', 2), ('name108', 'n', 3), ('name109', 'n', 4), ('name110', 'n', 0), ('name111', 'n', 1), ('name112', 'n', 2), ('name113', 'n', 3), ('name114', 'n', 4), ('name115', 'n', 0), ('name116', 'n', 1), ('name117', 'n', 2), ('name118', 'n', 3), ('name119', 'n', 4), ('name120', 'n', 0), ('name121', 'n', 1), ('name122', 'n', 2), ('name123', 'n', 3), ('name124', 'n', 4), ('name125', 'n', 0), ('name126', 'n', 1), ('name127', 'n', 2), ('name128', 'n', 3), ('name129', 'n', 4), ('name130', 'n', 0), ('name131', 'n', 1), ('name132', 'n', 2), ('name133', 'n', 3), ('name134', 'n', 4), ('name135', 'n', 0), ('name136', 'n', 1), ('name137', 'n', 2), ('name138', 'n', 3), ('name139', 'n', 4), ('name140', 'n', 0), ('name141', 'n', 1), ('name142', 'n', 2), ('name143', 'n', 3), ('name144', 'n', 4), ('name145', 'n', 0), ('name146', 'n', 1), ('name147', 'n', 2), ('name148', 'n', 3), ('name149', 'n', 4), ('name150', 'n', 0), ('name151', 'n', 1), ('name152', 'n', 2), ('name153', 'n', 3), ('name154', 'n', 4), ('name155', 'n', 0), ('name156', 'n', 1), ('name157', 'n', 2), ('name158', 'n', 3), ('name159', 'n', 4), ('name160', 'n', 0), ('name161', 'n', 1), ('name162', 'n', 2), ('name163', 'n', 3), ('name164', 'n', 4), ('name165', 'n', 0), ('name166', 'n', 1), ('name167', 'n', 2), ('name168', 'n', 3), ('name169', 'n', 4), ('name170', 'n', 0), ('name171', 'n', 1), ('name172', 'n', 2), ('name173', 'n', 3), ('name174', 'n', 4), ('name175', 'n', 0), ('name176', 'n', 1), ('name177', 'n', 2), ('name178', 'n', 3), ('name179', 'n', 4), ('name180', 'n', 0), ('name181', 'n', 1), ('name182', 'n', 2), ('name183', 'n', 3), ('name184', 'n', 4), ('name185', 'n', 0), ('name186', 'n', 1), ('name187', 'n', 2), ('name188', 'n', 3), ('name189', 'n', 4), ('name190', 'n', 0), ('name191', 'n', 1), ('name192', 'n', 2), ('name193', 'n', 3), ('name194', 'n', 4), ('name195', 'n', 0), ('name196', 'n', 1), ('name197', 'n', 2), ('name198', 'n', 3), ('name199', 'n', 4) ON CONFLICT (name) DO UPDATE SET rank = EXCLUDED.rank + 100, label = EXCLUDED.label WHERE hunt_w6_names.rank < 100 RETURNING name, label, rank, note
INSERT INTO hunt_w6_nums (n, label, rank, note) VALUES (1.000, 'one again', 11, 'ex1'), (2.5000, 'half again', 12, 'ex2'), (400.0, 'n400', 1, 'e400'), (401.0, 'n401', 2, 'e401'), (402.0, 'n402', 3, 'e402'), (403.0, 'n403', 4, 'e403'), (404.0, 'n404', 5, 'e404'), (405.0, 'n405', 6, 'e405'), (406.0, 'n406', 0, 'e406'), (407.0, 'n407', 1, 'e407'), (408.0, 'n408', 2, 'e408'), (409.0, 'n409', 3, 'e409'), (410.0, 'n410', 4, 'e410'), (411.0, 'n411', 5, 'e411'), (412.0, 'n412', 6, 'e412'), (413.0, 'n413', 0, 'e413'), (414.0, 'n414', 1, 'e414'), (415.0, 'n415', 2, 'e415'), (416.0, 'n416', 3, 'e416'), (417.0, 'n417', 4, 'e417'), (418.0, 'n418', 5, 'e418'), (419.0, 'n419', 6, 'e419'), (420.0, 'n420', 0, 'e420'), (421.0, 'n421', 1, 'e421'), (422.0, 'n422', 2, 'e422'), (423.0, 'n423', 3, 'e423'), (424.0, 'n424', 4, 'e424'), (425.0, 'n425', 5, 'e425'), (426.0, 'n426', 6, 'e426'), (427.0, 'n427', 0, 'e427'), (428.0, 'n428', 1, 'e428'), (429.0, 'n429', 2, 'e429'), (430.0, 'n430', 3, 'e430'), (431.0, 'n431', 4, 'e431'), (432.0, 'n432', 5, 'e432'), (433.0, 'n433', 6, 'e433'), (434.0, 'n434', 0, 'e434'), (435.0, 'n435', 1, 'e435'), (436.0, 'n436', 2, 'e436'), (437.0, 'n437', 3, 'e437'), (438.0, 'n438', 4, 'e438'), (439.0, 'n439', 5, 'e439'), (440.0, 'n440', 6, 'e440'), (441.0, 'n441', 0, 'e441'), (442.0, 'n442', 1, 'e442'), (443.0, 'n443', 2, 'e443'), (444.0, 'n444', 3, 'e444'), (445.0, 'n445', 4, 'e445'), (446.0, 'n446', 5, 'e446'), (447.0, 'n447', 6, 'e447'), (448.0, 'n448', 0, 'e448'), (449.0, 'n449', 1, 'e449'), (450.0, 'n450', 2, 'e450'), (451.0, 'n451', 3, 'e451'), (452.0, 'n452', 4, 'e452'), (453.0, 'n453', 5, 'e453'), (454.0, 'n454', 6, 'e454'), (455.0, 'n455', 0, 'e455'), (456.0, 'n456', 1, 'e456'), (457.0, 'n457', 2, 'e457'), (458.0, 'n458', 3, 'e458'), (459.0, 'n459', 4, 'e459'), (460.0, 'n460', 5, 'e460'), (461.0, 'n461', 6, 'e461'), (462.0, 'n462', 0, 'e462'), (463.0, 'n463', 1, 'e463'), (464.0, 'n464', 2, 'e464'), (465.0, 'n465', 3, 'e465'), (466.0, 'n466', 4, 'e466'), (467.0, 'n467', 5, 'e467'), (468.0, 'n468', 6, 'e468'), (469.0, 'n469', 0, 'e469'), (470.0, 'n470', 1, 'e470'), (471.0, 'n471', 2, 'e471'), (472.0, 'n472', 3, 'e472'), (473.0, 'n473', 4, 'e473'), (474.0, 'n474', 5, 'e474'), (475.0, 'n475', 6, 'e475'), (476.0, 'n476', 0, 'e476'), (477.0, 'n477', 1, 'e477'), (478.0, 'n478', 2, 'e478'), (479.0, 'n479', 3, 'e479'), (480.0, 'n480', 4, 'e480'), (481.0, 'n481', 5, 'e481'), (482.0, 'n482', 6, 'e482'), (483.0, 'n483', 0, 'e483'), (484.0, 'n484', 1, 'e484'), (485.0, 'n485', 2, 'e485'), (486.0, 'n486', 3, 'e486'), (487.0, 'n487', 4, 'e487'), (488.0, 'n488', 5, 'e488'), (489.0, 'n489', 6, 'e489'), (490.0, 'n490', 0, 'e490'), (491.0, 'n491', 1, 'e491'), (492.0, 'n492', 2, 'e492'), (493.0, 'n493', 3, 'e493'), (494.0, 'n494', 4, 'e494'), (495.0, 'n495', 5, 'e495'), (496.0, 'n496', 6, 'e496'), (497.0, 'n497', 0, 'e497'), (498.0, 'n498', 1, 'e498'), (499.0, 'n499', 2, 'e499') ON CONFLICT (n) DO UPDATE SET rank = EXCLUDED.rank * 2, note = EXCLUDED.note || '/' || hunt_w6_nums.note WHERE EXCLUDED.rank > 0 RETURNING n, label, rank, note
INSERT INTO hunt_w6_nums (n, label, rank) VALUES (1.000, 'one again', 11), (2.5000, 'half again', 12), (300.0, 'n300', 3) ON CONFLICT (n) DO UPDATE SET rank = EXCLUDED.rank + hunt_w6_nums.rank, note = 'few' WHERE hunt_w6_nums.rank < 100 RETURNING n, label, rank, note
INSERT INTO hunt_w6_names (name, label, rank) VALUES ('ALICE', 'upper', 1), ('Bob', 'mixed', 2), ('zed', 'z', 3) ON CONFLICT (name) DO UPDATE SET rank = EXCLUDED.rank + 100, label = EXCLUDED.label WHERE hunt_w6_names.rank < 100 RETURNING name, label, rank, note
SELECT n, label, rank, note FROM hunt_w6_nums WHERE n < 100 OR n % 10 = 0 ORDER BY n
SELECT name, label, rank, note FROM hunt_w6_names WHERE name NOT LIKE 'name1%' OR name LIKE '%0' ORDER BY name

-- scenario: hunt_w6_composite_key_moves_under_other_settings
UPDATE hunt_w6_mixed SET rank = 5, note = 'start'
SET bytea_output = 'escape'
SET DateStyle = 'German'
UPDATE hunt_w6_mixed SET blob = '\x0102', day = '31.12.2024', rank = rank + 1 WHERE code = 'x' RETURNING *
UPDATE hunt_w6_days SET day = '06.03.2024', note = 'moved' WHERE day = '05.03.2024' RETURNING day, rank, note
SET TimeZone = 'Asia/Tokyo'
UPDATE hunt_w6_instants SET at = '2024-01-02 00:00+09', note = 'moved' RETURNING at, rank, note
RESET ALL
SELECT flag, day, code, blob, rank, note FROM hunt_w6_mixed ORDER BY code
SELECT day, rank, note FROM hunt_w6_days ORDER BY day
SELECT at, rank, note FROM hunt_w6_instants ORDER BY at
UPDATE hunt_w6_mixed SET rank = rank + 1 RETURNING blob, day, rank, note

-- scenario: hunt_w6_case_insensitive_keys_in_every_write_form
UPDATE hunt_w6_names SET rank = rank + 1 WHERE name IN (SELECT upper(name) FROM hunt_w6_names) RETURNING name, rank
WITH u AS (UPDATE hunt_w6_names SET rank = 7, note = 'cte' WHERE name = 'ALICE' RETURNING *) SELECT name, rank, note FROM u
INSERT INTO hunt_w6_names (name, label, rank) SELECT upper(name), 'up', rank FROM hunt_w6_names ON CONFLICT (name) DO UPDATE SET rank = EXCLUDED.rank + 1, note = 'from select' RETURNING name, label, rank, note
UPDATE hunt_w6_names n SET note = n.note || '+' FROM (VALUES ('BOB'), ('ALICE')) AS v(k) WHERE n.name = v.k RETURNING n.name, n.note
MERGE INTO hunt_w6_names t USING (VALUES ('ALICE')) AS s(k) ON t.name = s.k WHEN MATCHED THEN UPDATE SET label = 'merged'
DELETE FROM hunt_w6_names WHERE name IN ('BOB') RETURNING name, rank, note
INSERT INTO hunt_w6_names (name, label) VALUES ('Bob', 'again') RETURNING name, rank, note
SELECT name, label, rank, note FROM hunt_w6_names ORDER BY name

-- scenario: hunt_w6_upserts_from_queries_meeting_equal_keys_of_other_text
INSERT INTO hunt_w6_nums (n, label, rank, note) SELECT n * 1.00, label || '!', rank + 1, 'q' FROM hunt_w6_nums ON CONFLICT (n) DO UPDATE SET rank = EXCLUDED.rank + hunt_w6_nums.rank, note = EXCLUDED.note WHERE hunt_w6_nums.rank < 100 RETURNING n, label, rank, note
INSERT INTO hunt_w6_names (name, label, rank, note) SELECT upper(name), 'up', rank, 'from ' || name FROM hunt_w6_names ON CONFLICT (name) DO UPDATE SET rank = EXCLUDED.rank + 1, note = EXCLUDED.note WHERE hunt_w6_names.rank >= 0 RETURNING name, label, rank, note
INSERT INTO hunt_w6_names (name, label, rank) SELECT lower(name), 'low', 5 FROM hunt_w6_names ON CONFLICT (name) DO NOTHING RETURNING name, rank
INSERT INTO hunt_w6_floats (x, label, rank) SELECT -x, 'neg', 1 FROM hunt_w6_floats WHERE x < 0.2 ON CONFLICT (x) DO UPDATE SET rank = EXCLUDED.rank + hunt_w6_floats.rank WHERE true RETURNING x, rank
SELECT n, label, rank, note FROM hunt_w6_nums ORDER BY n
SELECT name, label, rank, note FROM hunt_w6_names ORDER BY name
SELECT x, label, rank, note FROM hunt_w6_floats ORDER BY x

-- scenario: hunt_w6_bulk_upserts_by_key_on_text_and_partitioned_keys
INSERT INTO shipments (region, id, weight, status) VALUES ('eu', 1, 1, 'again'), ('us', 3, 2, 'again'), ('us', 100, 1, 's100'), ('asia', 101, 2, 's101'), ('eu', 102, 3, 's102'), ('us', 103, 4, 's103'), ('asia', 104, 5, 's104'), ('eu', 105, 6, 's105'), ('us', 106, 7, 's106'), ('asia', 107, 8, 's107'), ('eu', 108, 0, 's108'), ('us', 109, 1, 's109'), ('asia', 110, 2, 's110'), ('eu', 111, 3, 's111'), ('us', 112, 4, 's112'), ('asia', 113, 5, 's113'), ('eu', 114, 6, 's114'), ('us', 115, 7, 's115'), ('asia', 116, 8, 's116'), ('eu', 117, 0, 's117'), ('us', 118, 1, 's118'), ('asia', 119, 2, 's119'), ('eu', 120, 3, 's120'), ('us', 121, 4, 's121'), ('asia', 122, 5, 's122'), ('eu', 123, 6, 's123'), ('us', 124, 7, 's124'), ('asia', 125, 8, 's125'), ('eu', 126, 0, 's126'), ('us', 127, 1, 's127'), ('asia', 128, 2, 's128'), ('eu', 129, 3, 's129'), ('us', 130, 4, 's130'), ('asia', 131, 5, 's131'), ('eu', 132, 6, 's132'), ('us', 133, 7, 's133'), ('asia', 134, 8, 's134'), ('eu', 135, 0, 's135'), ('us', 136, 1, 's136'), ('asia', 137, 2, 's137'), ('eu', 138, 3, 's138'), ('us', 139, 4, 's139'), ('asia', 140, 5, 's140'), ('eu', 141, 6, 's141'), ('us', 142, 7, 's142'), ('asia', 143, 8, 's143'), ('eu', 144, 0, 's144'), ('us', 145, 1, 's145'), ('asia', 146, 2, 's146'), ('eu', 147, 3, 's147'), ('us', 148, 4, 's148'), ('asia', 149, 5, 's149'), ('eu', 150, 6, 's150'), ('us', 151, 7, 's151'), ('asia', 152, 8, 's152'), ('eu', 153, 0, 's153'), ('us', 154, 1, 's154'), ('asia', 155, 2, 's155'), ('eu', 156, 3, 's156'), ('us', 157, 4, 's157'), ('asia', 158, 5, 's158'), ('eu', 159, 6, 's159'), ('us', 160, 7, 's160'), ('asia', 161, 8, 's161'), ('eu', 162, 0, 's162'), ('us', 163, 1, 's163'), ('asia', 164, 2, 's164'), ('eu', 165, 3, 's165'), ('us', 166, 4, 's166'), ('asia', 167, 5, 's167'), ('eu', 168, 6, 's168'), ('us', 169, 7, 's169'), ('asia', 170, 8, 's170'), ('eu', 171, 0, 's171'), ('us', 172, 1, 's172'), ('asia', 173, 2, 's173'), ('eu', 174, 3, 's174'), ('us', 175, 4, 's175'), ('asia', 176, 5, 's176'), ('eu', 177, 6, 's177'), ('us', 178, 7, 's178'), ('asia', 179, 8, 's179'), ('eu', 180, 0, 's180'), ('us', 181, 1, 's181'), ('asia', 182, 2, 's182'), ('eu', 183, 3, 's183'), ('us', 184, 4, 's184'), ('asia', 185, 5, 's185'), ('eu', 186, 6, 's186'), ('us', 187, 7, 's187'), ('asia', 188, 8, 's188'), ('eu', 189, 0, 's189'), ('us', 190, 1, 's190'), ('asia', 191, 2, 's191'), ('eu', 192, 3, 's192'), ('us', 193, 4, 's193'), ('asia', 194, 5, 's194'), ('eu', 195, 6, 's195'), ('us', 196, 7, 's196'), ('asia', 197, 8, 's197'), ('eu', 198, 0, 's198'), ('us', 199, 1, 's199') ON CONFLICT (region, id) DO UPDATE SET status = EXCLUDED.status || '/' || shipments.status, priority = shipments.priority + 1 WHERE shipments.weight < 100 RETURNING region, id, weight, status, priority
INSERT INTO shipments_eu (region, id, weight, status) VALUES ('eu', 1, 1, 'e1'), ('eu', 2, 2, 'e2'), ('eu', 300, 3, 'e300'), ('eu', 301, 4, 'e301'), ('eu', 302, 5, 'e302'), ('eu', 303, 6, 'e303'), ('eu', 304, 7, 'e304'), ('eu', 305, 8, 'e305'), ('eu', 306, 0, 'e306'), ('eu', 307, 1, 'e307'), ('eu', 308, 2, 'e308'), ('eu', 309, 3, 'e309'), ('eu', 310, 4, 'e310'), ('eu', 311, 5, 'e311'), ('eu', 312, 6, 'e312'), ('eu', 313, 7, 'e313'), ('eu', 314, 8, 'e314'), ('eu', 315, 0, 'e315'), ('eu', 316, 1, 'e316'), ('eu', 317, 2, 'e317'), ('eu', 318, 3, 'e318'), ('eu', 319, 4, 'e319'), ('eu', 320, 5, 'e320'), ('eu', 321, 6, 'e321'), ('eu', 322, 7, 'e322'), ('eu', 323, 8, 'e323'), ('eu', 324, 0, 'e324'), ('eu', 325, 1, 'e325'), ('eu', 326, 2, 'e326'), ('eu', 327, 3, 'e327'), ('eu', 328, 4, 'e328'), ('eu', 329, 5, 'e329'), ('eu', 330, 6, 'e330'), ('eu', 331, 7, 'e331'), ('eu', 332, 8, 'e332'), ('eu', 333, 0, 'e333'), ('eu', 334, 1, 'e334'), ('eu', 335, 2, 'e335'), ('eu', 336, 3, 'e336'), ('eu', 337, 4, 'e337'), ('eu', 338, 5, 'e338'), ('eu', 339, 6, 'e339'), ('eu', 340, 7, 'e340'), ('eu', 341, 8, 'e341'), ('eu', 342, 0, 'e342'), ('eu', 343, 1, 'e343'), ('eu', 344, 2, 'e344'), ('eu', 345, 3, 'e345'), ('eu', 346, 4, 'e346'), ('eu', 347, 5, 'e347'), ('eu', 348, 6, 'e348'), ('eu', 349, 7, 'e349'), ('eu', 350, 8, 'e350'), ('eu', 351, 0, 'e351'), ('eu', 352, 1, 'e352'), ('eu', 353, 2, 'e353'), ('eu', 354, 3, 'e354'), ('eu', 355, 4, 'e355'), ('eu', 356, 5, 'e356'), ('eu', 357, 6, 'e357'), ('eu', 358, 7, 'e358'), ('eu', 359, 8, 'e359'), ('eu', 360, 0, 'e360'), ('eu', 361, 1, 'e361'), ('eu', 362, 2, 'e362'), ('eu', 363, 3, 'e363'), ('eu', 364, 4, 'e364'), ('eu', 365, 5, 'e365'), ('eu', 366, 6, 'e366'), ('eu', 367, 7, 'e367'), ('eu', 368, 8, 'e368'), ('eu', 369, 0, 'e369'), ('eu', 370, 1, 'e370'), ('eu', 371, 2, 'e371'), ('eu', 372, 3, 'e372'), ('eu', 373, 4, 'e373'), ('eu', 374, 5, 'e374'), ('eu', 375, 6, 'e375'), ('eu', 376, 7, 'e376'), ('eu', 377, 8, 'e377'), ('eu', 378, 0, 'e378'), ('eu', 379, 1, 'e379'), ('eu', 380, 2, 'e380'), ('eu', 381, 3, 'e381'), ('eu', 382, 4, 'e382'), ('eu', 383, 5, 'e383'), ('eu', 384, 6, 'e384'), ('eu', 385, 7, 'e385'), ('eu', 386, 8, 'e386'), ('eu', 387, 0, 'e387'), ('eu', 388, 1, 'e388'), ('eu', 389, 2, 'e389'), ('eu', 390, 3, 'e390'), ('eu', 391, 4, 'e391'), ('eu', 392, 5, 'e392'), ('eu', 393, 6, 'e393'), ('eu', 394, 7, 'e394'), ('eu', 395, 8, 'e395'), ('eu', 396, 0, 'e396'), ('eu', 397, 1, 'e397'), ('eu', 398, 2, 'e398'), ('eu', 399, 3, 'e399') ON CONFLICT (region, id) DO NOTHING RETURNING region, id, status, fragile
INSERT INTO notes (slug, body, stars) VALUES ('it''s "q"', 'again', 1), ('東京, (x)', 'again', 2), ('slug 100', 'b', 0), ('slug 101', 'b', 1), ('slug 102', 'b', 2), ('slug 103', 'b', 3), ('slug 104', 'b', 4), ('slug 105', 'b', 0), ('slug 106', 'b', 1), ('slug 107', 'b', 2), ('slug 108', 'b', 3), ('slug 109', 'b', 4), ('slug 110', 'b', 0), ('slug 111', 'b', 1), ('slug 112', 'b', 2), ('slug 113', 'b', 3), ('slug 114', 'b', 4), ('slug 115', 'b', 0), ('slug 116', 'b', 1), ('slug 117', 'b', 2), ('slug 118', 'b', 3), ('slug 119', 'b', 4), ('slug 120', 'b', 0), ('slug 121', 'b', 1), ('slug 122', 'b', 2), ('slug 123', 'b', 3), ('slug 124', 'b', 4), ('slug 125', 'b', 0), ('slug 126', 'b', 1), ('slug 127', 'b', 2), ('slug 128', 'b', 3), ('slug 129', 'b', 4), ('slug 130', 'b', 0), ('slug 131', 'b', 1), ('slug 132', 'b', 2), ('slug 133', 'b', 3), ('slug 134', 'b', 4), ('slug 135', 'b', 0), ('slug 136', 'b', 1), ('slug 137', 'b', 2), ('slug 138', 'b', 3), ('slug 139', 'b', 4), ('slug 140', 'b', 0), ('slug 141', 'b', 1), ('slug 142', 'b', 2), ('slug 143', 'b', 3), ('slug 144', 'b', 4), ('slug 145', 'b', 0), ('slug 146', 'b', 1), ('slug 147', 'b', 2), ('slug 148', 'b', 3), ('slug 149', 'b', 4), ('slug 150', 'b', 0), ('slug 151', 'b', 1), ('slug 152', 'b', 2), ('slug 153', 'b', 3), ('slug 154', 'b', 4), ('slug 155', 'b', 0), ('slug 156', 'b', 1), ('slug 157', 'b', 2), ('slug 158', 'b', 3), ('slug 159', 'b', 4), ('slug 160', 'b', 0), ('slug 161', 'b', 1), ('slug 162', 'b', 2), ('slug 163', 'b', 3), ('slug 164', 'b', 4), ('slug 165', 'b', 0), ('slug 166', 'b', 1), ('slug 167', 'b', 2), ('slug 168', 'b', 3), ('slug 169', 'b', 4), ('slug 170', 'b', 0), ('slug 171', 'b', 1), ('slug 172', 'b', 2), ('slug 173', 'b', 3), ('slug 174', 'b', 4), ('slug 175', 'b', 0), ('slug 176', 'b', 1), ('slug 177', 'b', 2), ('slug 178', 'b', 3), ('slug 179', 'b', 4), ('slug 180', 'b', 0), ('slug 181', 'b', 1), ('slug 182', 'b', 2), ('slug 183', 'b', 3), ('slug 184', 'b', 4), ('slug 185', 'b', 0), ('slug 186', 'b', 1), ('slug 187', 'b', 2), ('slug 188', 'b', 3), ('slug 189', 'b', 4), ('slug 190', 'b', 0), ('slug 191', 'b', 1), ('slug 192', 'b', 2), ('slug 193', 'b', 3), ('slug 194', 'b', 4), ('slug 195', 'b', 0), ('slug 196', 'b', 1), ('slug 197', 'b', 2), ('slug 198', 'b', 3), ('slug 199', 'b', 4) ON CONFLICT (slug) DO UPDATE SET stars = notes.stars + EXCLUDED.stars WHERE notes.stars < 100 RETURNING slug, stars
SELECT region, id, weight, status, fragile, priority FROM shipments WHERE id < 100 OR id % 25 = 0 ORDER BY region, id
SELECT slug, body, stars FROM notes WHERE slug NOT LIKE 'slug 1%' OR slug LIKE '%0' ORDER BY slug

-- ---------------------------------------------------------------- hunt_w7: ORM and query-builder writes
-- scenario: hunt_w7_django_save_every_column
UPDATE "accounts" SET "name" = 'Alice', "email" = 'alice@example.com', "created_on" = '2024-01-05'::date, "loyalty" = 11, "tier" = 'gold', "mood" = 'sad', "labels" = ARRAY['vip', 'late']::text[] WHERE "accounts"."id" = 1
-- params: ["Bob", null, "2024-02-11", "4", null, "happy", "{}", "2"]
UPDATE "accounts" SET "name" = $1, "email" = $2, "created_on" = $3, "loyalty" = $4, "tier" = $5, "mood" = $6, "labels" = $7 WHERE "accounts"."id" = $8
-- params: ["New", null, null, "1", "t", "grumpy", "{a}", "60"]
UPDATE "accounts" SET "name" = $1, "email" = $2, "created_on" = $3, "loyalty" = $4, "tier" = $5, "mood" = $6, "labels" = $7 WHERE "accounts"."id" = $8
-- params: ["60", "New", null, null, "1", "t", "grumpy", "{a}"]
INSERT INTO "accounts" ("id", "name", "email", "created_on", "loyalty", "tier", "mood", "labels") VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING "accounts"."id"
SELECT * FROM accounts ORDER BY id

-- scenario: hunt_w7_django_save_update_fields_and_f_expressions
UPDATE "accounts" SET "loyalty" = ("accounts"."loyalty" + 1) WHERE "accounts"."id" = 1
-- params: ["5", "3"]
UPDATE "accounts" SET "loyalty" = (COALESCE("accounts"."loyalty", 0) + $1) WHERE "accounts"."id" = $2
UPDATE "accounts" SET "loyalty" = (("accounts"."loyalty" * 2) + "accounts"."id") WHERE "accounts"."loyalty" IS NOT NULL
UPDATE "accounts" SET "tier" = CONCAT(("accounts"."tier")::text, (CONCAT('-', ("accounts"."name")::text))::text) WHERE "accounts"."id" IN (1, 2, 3)
UPDATE "accounts" SET "loyalty" = (SELECT COUNT(U0."id") AS "c" FROM "bills" U0 WHERE U0."account_id" = ("accounts"."id") GROUP BY U0."account_id") WHERE "accounts"."id" IN (SELECT V0."id" FROM "accounts" V0 WHERE V0."loyalty" IS NULL OR V0."loyalty" < 5)
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w7_django_bulk_update_casted_case
UPDATE "accounts" SET "loyalty" = (CASE WHEN ("accounts"."id" = 1) THEN 5 WHEN ("accounts"."id" = 2) THEN 6 ELSE NULL END)::integer, "tier" = (CASE WHEN ("accounts"."id" = 1) THEN 'one' WHEN ("accounts"."id" = 2) THEN NULL ELSE NULL END)::text, "mood" = (CASE WHEN ("accounts"."id" = 1) THEN 'grumpy' WHEN ("accounts"."id" = 2) THEN 'happy' ELSE NULL END)::mood, "labels" = (CASE WHEN ("accounts"."id" = 1) THEN ARRAY['x']::text[] WHEN ("accounts"."id" = 2) THEN '{}'::text[] ELSE NULL END)::text[] WHERE "accounts"."id" IN (1, 2)
-- params: ["3", "30", "4", "40", "3", "4"]
UPDATE "accounts" SET "loyalty" = (CASE WHEN ("accounts"."id" = $1) THEN $2::integer WHEN ("accounts"."id" = $3) THEN $4::integer ELSE NULL END)::integer WHERE "accounts"."id" IN ($5, $6)
UPDATE "line_items" SET "discount" = (CASE WHEN ("line_items"."order_id" = 1 AND "line_items"."line" = 1) THEN 1.255 WHEN ("line_items"."order_id" = 2 AND "line_items"."line" = 1) THEN 2 ELSE NULL END)::numeric(5, 2) WHERE ("line_items"."order_id" = 1 AND "line_items"."line" = 1) OR ("line_items"."order_id" = 2 AND "line_items"."line" = 1)
SELECT id, loyalty, tier, mood, labels FROM accounts ORDER BY id
SELECT * FROM line_items ORDER BY order_id, line

-- scenario: hunt_w7_django_bulk_create_unnest
INSERT INTO "accounts" ("id", "name", "loyalty", "tier") SELECT * FROM UNNEST(('{90,91,92}')::integer[], ('{a,b,c}')::varchar(100)[], ('{1,NULL,3}')::integer[], ('{x,y,NULL}')::text[]) RETURNING "accounts"."id"
-- params: ["{93,94}", "{d,e}", "{4,5}"]
INSERT INTO "accounts" ("id", "name", "loyalty") SELECT * FROM UNNEST(($1)::integer[], ($2)::varchar[], ($3)::integer[]) RETURNING "accounts"."id", "accounts"."mood", "accounts"."labels"
INSERT INTO "accounts" ("id", "name", "loyalty") SELECT * FROM UNNEST(('{1,95}')::integer[], ('{dup,f}')::text[], ('{100,6}')::integer[]) ON CONFLICT DO NOTHING RETURNING "accounts"."id"
INSERT INTO "accounts" ("id", "name", "loyalty", "tier") SELECT * FROM UNNEST(('{2,96}')::integer[], ('{Bob,g}')::text[], ('{200,7}')::integer[], ('{up,new}')::text[]) ON CONFLICT("id") DO UPDATE SET "loyalty" = EXCLUDED."loyalty", "tier" = EXCLUDED."tier" RETURNING "accounts"."id"
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_w7_django_bulk_create_values_and_conflicts
INSERT INTO "accounts" ("id", "name", "email", "created_on", "loyalty", "tier", "mood", "labels") VALUES (70, 'a', NULL, NULL, 1, 'x', 'happy'::mood, ARRAY['a']::text[]), (71, 'b', NULL, '2024-01-01'::date, NULL, NULL, 'sad'::mood, ARRAY[]::text[]) RETURNING "accounts"."id"
INSERT INTO "accounts" ("id", "name", "loyalty", "tier") VALUES (1, 'dup', 99, 'no'), (72, 'c', 2, 'y') ON CONFLICT DO NOTHING
INSERT INTO "accounts" ("id", "name", "loyalty", "tier") VALUES (3, 'Zoë', 33, 'up'), (73, 'd', 3, 'z') ON CONFLICT("id") DO UPDATE SET "loyalty" = EXCLUDED."loyalty", "tier" = EXCLUDED."tier" RETURNING "accounts"."id"
SELECT id, name, created_on, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_w7_django_update_or_create_paths
BEGIN
SAVEPOINT "s1_x1"
SELECT "accounts"."id", "accounts"."name", "accounts"."loyalty", "accounts"."tier" FROM "accounts" WHERE "accounts"."id" = 1 LIMIT 21 FOR UPDATE
UPDATE "accounts" SET "name" = 'Alice', "loyalty" = 42, "tier" = 'upd' WHERE "accounts"."id" = 1
RELEASE SAVEPOINT "s1_x1"
COMMIT
BEGIN
SAVEPOINT "s2_x1"
SELECT "accounts"."id", "accounts"."loyalty" FROM "accounts" WHERE "accounts"."id" = 80 LIMIT 21 FOR UPDATE
SAVEPOINT "s2_x2"
INSERT INTO "accounts" ("id", "name", "loyalty", "tier") VALUES (80, 'created', 1, 'new') RETURNING "accounts"."id"
RELEASE SAVEPOINT "s2_x2"
RELEASE SAVEPOINT "s2_x1"
COMMIT
BEGIN
SAVEPOINT "s3_x1"
SAVEPOINT "s3_x2"
INSERT INTO "accounts" ("id", "name", "loyalty", "tier") VALUES (2, 'race', 5, 'lost') RETURNING "accounts"."id"
ROLLBACK TO SAVEPOINT "s3_x2"
SELECT "accounts"."id", "accounts"."loyalty", "accounts"."tier" FROM "accounts" WHERE "accounts"."id" = 2 LIMIT 21 FOR UPDATE
UPDATE "accounts" SET "loyalty" = 6, "tier" = 'won' WHERE "accounts"."id" = 2
RELEASE SAVEPOINT "s3_x1"
COMMIT
-- restart
SELECT id, name, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w7_django_delete_collected_and_filtered
DELETE FROM "bills" WHERE "bills"."account_id" IN (5, 6)
DELETE FROM "accounts" WHERE "accounts"."id" IN (5, 6)
UPDATE "accounts" SET "tier" = 'none' WHERE "accounts"."loyalty" IS NULL OR "accounts"."tier" IS NULL
DELETE FROM "accounts" WHERE ("accounts"."loyalty" > 5 AND NOT ("accounts"."id" IN (SELECT DISTINCT U0."account_id" FROM "bills" U0 WHERE U0."account_id" IS NOT NULL)))
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w7_sqlalchemy_executemany_update_and_version
BEGIN
-- params: ["12", "sa", "1"]
UPDATE accounts SET loyalty=$1::INTEGER, tier=$2::VARCHAR WHERE accounts.id = $3::INTEGER
-- params: ["13", null, "2"]
UPDATE accounts SET loyalty=$1::INTEGER, tier=$2::VARCHAR WHERE accounts.id = $3::INTEGER
-- params: ["14", "x", "3"]
UPDATE accounts SET loyalty=$1::INTEGER, tier=$2::VARCHAR WHERE accounts.id = $3::INTEGER
COMMIT
-- params: ["Zed", "15", "3", "14"]
UPDATE accounts SET name=$1::VARCHAR, loyalty=$2::INTEGER WHERE accounts.id = $3::INTEGER AND accounts.loyalty = $4::INTEGER
-- params: ["Zed", "16", "3", "14"]
UPDATE accounts SET name=$1::VARCHAR, loyalty=$2::INTEGER WHERE accounts.id = $3::INTEGER AND accounts.loyalty = $4::INTEGER
-- params: ["2", "4"]
UPDATE accounts SET loyalty=(accounts.loyalty + $1::INTEGER) WHERE accounts.id = $2::INTEGER RETURNING accounts.loyalty
-- params: ["7"]
DELETE FROM accounts WHERE accounts.id = $1::INTEGER RETURNING accounts.id, accounts.loyalty, accounts.tier
SELECT id, name, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w7_sqlalchemy_insertmanyvalues_shadow_defaults
-- params: ["120", "s1", "gold", "121", "s2", null, "122", "s3", "tin"]
INSERT INTO accounts (id, name, tier) SELECT p0::INTEGER, p1::VARCHAR, p2::VARCHAR FROM (VALUES ($1, $2, $3, 0), ($4, $5, $6, 1), ($7, $8, $9, 2)) AS imp_sen(p0, p1, p2, sen_counter) ORDER BY sen_counter RETURNING accounts.id, accounts.loyalty, accounts.mood, accounts.labels, accounts.id AS id__1
-- params: ["123", "s4", "1", "124", "s5", "2"]
INSERT INTO accounts (id, name, loyalty) VALUES ($1::INTEGER, $2::VARCHAR, $3::INTEGER), ($4::INTEGER, $5::VARCHAR, $6::INTEGER) ON CONFLICT (id) DO NOTHING RETURNING accounts.id, accounts.loyalty
-- params: ["124", "s5", "20", "125", "s6", "3"]
INSERT INTO accounts (id, name, loyalty) VALUES ($1::INTEGER, $2::VARCHAR, $3::INTEGER), ($4::INTEGER, $5::VARCHAR, $6::INTEGER) ON CONFLICT (id) DO UPDATE SET loyalty = excluded.loyalty, tier = 'bumped' RETURNING accounts.id, accounts.loyalty, accounts.tier
-- params: ["1"]
INSERT INTO bills (id, account_id, amount, paid) VALUES (90, $1, 5, true), (91, $1, 6, false) RETURNING bills.id, bills.paid, bills.due
SELECT id, name, loyalty, tier, mood, labels FROM accounts WHERE id >= 120 ORDER BY id

-- scenario: hunt_w7_sqlalchemy_update_from_values_bulk
-- params: ["1", "101", "a", "2", "102", "b", "999", "0", "c"]
UPDATE accounts SET loyalty=v.loyalty, tier=v.tier FROM (VALUES ($1::INTEGER, $2::INTEGER, $3::VARCHAR), ($4::INTEGER, $5::INTEGER, $6::VARCHAR), ($7::INTEGER, $8::INTEGER, $9::VARCHAR)) AS v (id, loyalty, tier) WHERE accounts.id = v.id RETURNING accounts.id, accounts.loyalty, accounts.tier
UPDATE accounts AS "A" SET "loyalty" = "A"."loyalty" + "V"."d" FROM (VALUES (1, 1), (3, 2), (4, 3)) AS "V"("ID", "d") WHERE "A"."id" = "V"."ID" RETURNING "A".*
UPDATE line_items SET discount = v.d FROM (VALUES (1, 1, 0.5), (1, 2, 1.25), (3, 1, 99.999)) AS v(o, l, d) WHERE line_items.order_id = v.o AND line_items.line = v.l RETURNING line_items.*
SELECT id, loyalty, tier FROM accounts ORDER BY id
SELECT * FROM line_items ORDER BY order_id, line

-- scenario: hunt_w7_rails_upsert_all_and_insert_all
INSERT INTO "accounts" ("id","name","loyalty","tier") VALUES (1, 'Alice', 20, 'ra'), (130, 'r1', 1, NULL) ON CONFLICT ("id") DO UPDATE SET "name"=excluded."name","loyalty"=excluded."loyalty","tier"=excluded."tier" RETURNING "id"
INSERT INTO "accounts" ("id","name","loyalty") VALUES (2, 'Bob', 1), (131, 'r2', 2) ON CONFLICT ("id") DO UPDATE SET loyalty = COALESCE("accounts"."loyalty", 0) + EXCLUDED.loyalty RETURNING "id","loyalty"
INSERT INTO "accounts" ("id","name","loyalty","tier") VALUES (3, 'Zoë', 3, 'same'), (132, 'r3', 3, 'same') ON CONFLICT ("id") DO UPDATE SET "loyalty"=excluded."loyalty","tier"=excluded."tier" WHERE ("accounts"."loyalty" IS DISTINCT FROM excluded."loyalty" OR "accounts"."tier" IS DISTINCT FROM excluded."tier") RETURNING "id"
INSERT INTO "accounts" ("id","name","loyalty") VALUES (4, 'x', 1), (133, 'r4', 4) ON CONFLICT ("id") DO NOTHING RETURNING "id","loyalty","mood"
INSERT INTO "accounts" ("id","name","loyalty","tier") VALUES (134, 'r5', DEFAULT, 'd'), (135, 'r6', 6, DEFAULT) RETURNING "id","loyalty","tier"
SELECT id, name, loyalty, tier, mood FROM accounts ORDER BY id

-- scenario: hunt_w7_rails_counters_touch_and_lock_version
-- params: ["1", "2"]
UPDATE "accounts" SET "loyalty" = COALESCE("loyalty", 0) + $1 WHERE "accounts"."id" = $2
UPDATE "accounts" SET "loyalty" = COALESCE("loyalty", 0) + 1, "created_on" = '2025-03-03' WHERE "accounts"."id" IN (1, 2, 8)
UPDATE "accounts" SET "loyalty" = COALESCE("loyalty", 0) - 2, "tier" = COALESCE("tier", 'none') WHERE "accounts"."id" = 6
-- params: ["2025-04-04", "3"]
UPDATE "bills" SET "due" = $1 WHERE "bills"."id" = $2
-- params: ["Alicia", "11", "1", "10"]
UPDATE "accounts" SET "name" = $1, "loyalty" = $2 WHERE "accounts"."id" = $3 AND "accounts"."loyalty" = $4
-- params: ["Alicia", "11", "1", "11"]
UPDATE "accounts" SET "name" = $1, "loyalty" = $2 WHERE "accounts"."id" = $3 AND "accounts"."loyalty" = $4
-- params: ["Nobody2", "1", "8", "0"]
UPDATE "accounts" SET "name" = $1, "loyalty" = $2 WHERE "accounts"."id" = $3 AND "accounts"."loyalty" = $4
-- params: ["12", "1", "12"]
DELETE FROM "accounts" WHERE "accounts"."id" = $2 AND "accounts"."loyalty" = $3
UPDATE "accounts" SET loyalty = loyalty * 2 WHERE "accounts"."tier" = 'silver'
SELECT id, name, created_on, loyalty, tier FROM accounts ORDER BY id
SELECT id, due, paid FROM bills ORDER BY id

-- scenario: hunt_w7_rails_create_then_restart_then_update
-- params: ["140", "c", "3", "t"]
INSERT INTO "accounts" ("id", "name", "loyalty", "tier") VALUES ($1, $2, $3, $4) RETURNING "id"
-- restart
-- params: ["1", "140"]
UPDATE "accounts" SET "loyalty" = COALESCE("loyalty", 0) + $1 WHERE "accounts"."id" = $2
-- restart
UPDATE "accounts" SET "tier" = "tier" || '!' WHERE "accounts"."id" = 140 RETURNING "loyalty", "tier", "mood", "labels"
-- restart
DELETE FROM "accounts" WHERE "accounts"."id" = 140
INSERT INTO "accounts" ("id", "name") VALUES (140, 'again') RETURNING *
-- restart
SELECT * FROM accounts ORDER BY id

-- scenario: hunt_w7_prisma_full_returning_and_enum_casts
-- params: ["150", "p", "3", "gold", "sad"]
INSERT INTO "public"."accounts" ("id","name","loyalty","tier","mood") VALUES ($1,$2,$3,$4,CAST($5::text AS "public"."mood")) RETURNING "public"."accounts"."id", "public"."accounts"."name", "public"."accounts"."email", "public"."accounts"."created_on", "public"."accounts"."loyalty", "public"."accounts"."tier", "public"."accounts"."mood"::text, "public"."accounts"."labels"
-- params: ["grumpy", "2", "150"]
UPDATE "public"."accounts" SET "mood" = CAST($1::text AS "public"."mood"), "loyalty" = ("public"."accounts"."loyalty" + $2) WHERE ("public"."accounts"."id" = $3 AND 1=1) RETURNING "public"."accounts"."id", "public"."accounts"."loyalty", "public"."accounts"."mood"::text
-- params: ["151", "up", "1", "5", "151"]
INSERT INTO "public"."accounts" ("id","name","loyalty") VALUES ($1,$2,$3) ON CONFLICT ("id") DO UPDATE SET "loyalty" = ("public"."accounts"."loyalty" + $4) WHERE ("public"."accounts"."id" = $5 AND 1=1) RETURNING "public"."accounts"."id", "public"."accounts"."loyalty", "public"."accounts"."tier", "public"."accounts"."mood"::text, "public"."accounts"."labels"
-- params: ["151", "up", "1", "5", "151"]
INSERT INTO "public"."accounts" ("id","name","loyalty") VALUES ($1,$2,$3) ON CONFLICT ("id") DO UPDATE SET "loyalty" = ("public"."accounts"."loyalty" + $4) WHERE ("public"."accounts"."id" = $5 AND 1=1) RETURNING "public"."accounts"."id", "public"."accounts"."loyalty", "public"."accounts"."tier", "public"."accounts"."mood"::text, "public"."accounts"."labels"
-- params: ["{x,y}", "1"]
UPDATE "public"."accounts" SET "labels" = $1 WHERE ("public"."accounts"."id" = $2 AND 1=1) RETURNING "public"."accounts"."labels"
-- params: ["z", "3"]
UPDATE "public"."accounts" SET "labels" = array_append("public"."accounts"."labels", $1) WHERE ("public"."accounts"."id" = $2 AND 1=1) RETURNING "public"."accounts"."labels"
-- params: ["silver"]
DELETE FROM "public"."accounts" WHERE ("public"."accounts"."tier" = $1 AND 1=1) AND "public"."accounts"."id" NOT IN (SELECT "account_id" FROM "public"."bills" WHERE "account_id" IS NOT NULL)
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_w7_prisma_transaction_batch_with_error
BEGIN
-- params: ["152", "a", "1"]
INSERT INTO "public"."accounts" ("id","name","loyalty") VALUES ($1,$2,$3) RETURNING "public"."accounts"."id"
-- params: ["9", "152"]
UPDATE "public"."accounts" SET "loyalty" = $1 WHERE ("public"."accounts"."id" = $2 AND 1=1)
-- params: ["153", null, "1"]
INSERT INTO "public"."accounts" ("id","name","loyalty") VALUES ($1,$2,$3) RETURNING "public"."accounts"."id"
SELECT 1
ROLLBACK
SELECT id, loyalty FROM accounts WHERE id >= 150 ORDER BY id
BEGIN
-- params: ["154", "a", "1"]
INSERT INTO "public"."accounts" ("id","name","loyalty") VALUES ($1,$2,$3) RETURNING "public"."accounts"."id"
-- params: ["9", "154"]
UPDATE "public"."accounts" SET "loyalty" = $1 WHERE ("public"."accounts"."id" = $2 AND 1=1) RETURNING "public"."accounts"."loyalty"
COMMIT
-- restart
SELECT id, name, loyalty, tier FROM accounts WHERE id >= 150 ORDER BY id

-- scenario: hunt_w7_typeorm_default_columns_and_returning
-- params: ["160", "t1", "4"]
INSERT INTO "accounts"("id", "name", "email", "created_on", "loyalty", "tier", "mood", "labels") VALUES ($1, $2, DEFAULT, DEFAULT, $3, DEFAULT, DEFAULT, DEFAULT) RETURNING "loyalty", "mood", "labels"
-- params: ["161", "t2", "162", "t3", "sad"]
INSERT INTO "accounts"("id", "name", "email", "created_on", "loyalty", "tier", "mood", "labels") VALUES ($1, $2, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT), ($3, $4, DEFAULT, DEFAULT, DEFAULT, 'tt', $5, DEFAULT) RETURNING "loyalty", "tier", "mood", "labels"
-- params: ["1", "t2b", "5"]
INSERT INTO "accounts"("id", "name", "loyalty") VALUES ($1, $2, $3) ON CONFLICT ( "id" ) DO UPDATE SET "name" = EXCLUDED."name", "loyalty" = EXCLUDED."loyalty" RETURNING "mood", "labels"
-- params: ["7", "x", "160", "161"]
UPDATE "accounts" SET "loyalty" = $1, "tier" = $2 WHERE "id" IN ($3, $4)
-- params: ["160"]
UPDATE "accounts" SET "loyalty" = "loyalty" + 1 WHERE "id" = $1
-- params: ["161"]
UPDATE "accounts" SET "loyalty" = "loyalty" - 10 WHERE "id" = $1
SELECT "Account"."id" AS "Account_id", "Account"."loyalty" AS "Account_loyalty", "Account"."tier" AS "Account_tier" FROM "accounts" "Account" WHERE "Account"."id" IN (1, 160, 161, 162) ORDER BY "Account"."id"
-- params: ["161", "162"]
DELETE FROM "accounts" WHERE "id" IN ($1, $2)
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_w7_sequelize_semicolons_and_returning_lists
INSERT INTO "accounts" ("id","name","loyalty","tier") VALUES (170,'sq',1,'a') RETURNING "id","name","email","created_on","loyalty","tier","mood","labels";
UPDATE "accounts" SET "loyalty"="loyalty"+ 2 WHERE "id" = 170 RETURNING "id","loyalty";
UPDATE "accounts" SET "loyalty"="loyalty"+ 2,"tier"="tier"|| '+' WHERE "id" IN (1,170) RETURNING *;
INSERT INTO "accounts" ("id","name","loyalty") VALUES (1,'Alice',4),(171,'n',1) ON CONFLICT ("id") DO UPDATE SET "loyalty"=EXCLUDED."loyalty" RETURNING "id","name","email","created_on","loyalty","tier","mood","labels";
-- params: ["9", "170"]
UPDATE "accounts" SET "loyalty"=$1 WHERE "id" = $2
DELETE FROM "accounts" WHERE "id" = 171;
SELECT id, name, loyalty, tier FROM accounts ORDER BY id;

-- scenario: hunt_w7_mixed_case_quoted_aliases
UPDATE "accounts" AS "Acc" SET "loyalty" = "Acc"."loyalty" + 1 WHERE "Acc"."id" = 1 RETURNING "Acc".*
UPDATE "accounts" "Acc" SET "tier" = "Acc"."tier" || "B"."note" FROM "bills" "B" WHERE "B"."account_id" = "Acc"."id" AND "B"."note" IS NOT NULL AND "B"."id" IN (1, 4) RETURNING "Acc"."id", "Acc"."tier", "B"."note"
DELETE FROM "accounts" AS "Acc" WHERE "Acc"."loyalty" = 7 RETURNING "Acc"."id", "Acc"."mood"
INSERT INTO "accounts" AS "Acc" ("id", "name", "loyalty") VALUES (1, 'x', 5) ON CONFLICT ("id") DO UPDATE SET "loyalty" = "Acc"."loyalty" + "excluded"."loyalty" RETURNING "Acc"."loyalty", "Acc"."tier"
UPDATE "Users" AS "U" SET "Nick" = upper("U"."Nick") WHERE "U"."Id" <= 2 RETURNING "U"."Id", "U"."Nick"
SELECT id, loyalty, tier FROM accounts ORDER BY id
SELECT * FROM "Users" ORDER BY "Id"

-- scenario: hunt_w7_ecto_insert_all_on_conflict_forms
-- params: ["1", "e1", "50", "180", "e2", "2"]
INSERT INTO "accounts" AS a0 ("id","name","loyalty") VALUES ($1,$2,$3),($4,$5,$6) ON CONFLICT ("id") DO UPDATE SET "loyalty" = EXCLUDED."loyalty" WHERE (a0."loyalty" < EXCLUDED."loyalty") RETURNING "id", "loyalty"
-- params: ["1", "e1", "5", "180", "e2", "9"]
INSERT INTO "accounts" AS a0 ("id","name","loyalty") VALUES ($1,$2,$3),($4,$5,$6) ON CONFLICT ("id") DO UPDATE SET "loyalty" = EXCLUDED."loyalty" WHERE (a0."loyalty" < EXCLUDED."loyalty") RETURNING "id", "loyalty"
INSERT INTO "accounts" AS a0 ("id","name","email","created_on","loyalty","tier","mood","labels") VALUES (2,'Bob2',NULL,NULL,3,'rep','sad','{r}'),(181,'n',NULL,NULL,NULL,NULL,'happy','{}') ON CONFLICT ("id") DO UPDATE SET "id" = EXCLUDED."id","name" = EXCLUDED."name","email" = EXCLUDED."email","created_on" = EXCLUDED."created_on","loyalty" = EXCLUDED."loyalty","tier" = EXCLUDED."tier","mood" = EXCLUDED."mood","labels" = EXCLUDED."labels" RETURNING "id"
INSERT INTO "accounts" AS a0 ("id","name","loyalty") VALUES (3,'c',1),(182,'d',2) ON CONFLICT ("id") DO NOTHING RETURNING "id"
INSERT INTO "accounts" AS a0 ("id","name","tier") VALUES (4,'e','t4') ON CONFLICT ("id") DO UPDATE SET "tier" = EXCLUDED."tier", "loyalty" = a0."loyalty" + 1 RETURNING "id", "tier", "loyalty"
-- params: ["3", "1"]
UPDATE "accounts" AS a0 SET "loyalty" = a0."loyalty" + $1 WHERE (a0."id" = $2) RETURNING a0."loyalty"
-- params: ["x"]
UPDATE "accounts" AS a0 SET "tier" = $1, "loyalty" = 0 FROM "bills" AS b1 WHERE (b1."account_id" = a0."id") AND (b1."note" = 'tiny')
SELECT id, name, email, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_w7_gorm_shapes
-- params: ["g1", null, null, "3", "gt", "190"]
INSERT INTO "accounts" ("name","email","created_on","loyalty","tier","id") VALUES ($1,$2,$3,$4,$5,$6) ON CONFLICT DO NOTHING RETURNING "id"
-- params: ["g1", null, null, "3", "gt", "190"]
INSERT INTO "accounts" ("name","email","created_on","loyalty","tier","id") VALUES ($1,$2,$3,$4,$5,$6) ON CONFLICT DO NOTHING RETURNING "id"
-- params: ["g2", null, null, "8", "gu", "190"]
UPDATE "accounts" SET "name"=$1,"email"=$2,"created_on"=$3,"loyalty"=$4,"tier"=$5 WHERE "id" = $6
-- params: ["Alice", "4", "1", "Bob", "5", "2"]
INSERT INTO "accounts" ("name","loyalty","id") VALUES ($1,$2,$3),($4,$5,$6) ON CONFLICT ("id") DO UPDATE SET "name"="excluded"."name","loyalty"="excluded"."loyalty"
-- params: ["1", "190"]
UPDATE "accounts" SET "loyalty"=loyalty + $1 WHERE "id" = $2
-- params: ["190"]
DELETE FROM "accounts" WHERE "accounts"."id" = $1
-- params: ["gold", "3"]
UPDATE "accounts" SET "tier"=$1 WHERE loyalty > $2
SELECT id, name, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w7_hibernate_batch_in_one_transaction
BEGIN
-- params: [null, null, "{h}", "1", "sad", "h1", "ht", "200"]
insert into accounts (created_on,email,labels,loyalty,mood,name,tier,id) values ($1,$2,$3,$4,$5,$6,$7,$8)
-- params: [null, "h@x", "{}", null, "happy", "h2", null, "201"]
insert into accounts (created_on,email,labels,loyalty,mood,name,tier,id) values ($1,$2,$3,$4,$5,$6,$7,$8)
-- params: ["2024-01-01", null, "{a,b}", "3", "grumpy", "h3", "x", "202"]
insert into accounts (created_on,email,labels,loyalty,mood,name,tier,id) values ($1,$2,$3,$4,$5,$6,$7,$8)
-- params: [null, null, "{h}", "11", "sad", "h1", "ht2", "200"]
update accounts set created_on=$1,email=$2,labels=$3,loyalty=$4,mood=$5,name=$6,tier=$7 where id=$8
-- params: ["201"]
delete from accounts where id=$1
COMMIT
-- restart
BEGIN
-- params: [null, null, "{}", "1", "sad", "h4", null, "203"]
insert into accounts (created_on,email,labels,loyalty,mood,name,tier,id) values ($1,$2,$3,$4,$5,$6,$7,$8)
-- params: [null, null, "{}", "1", "sad", "dup", null, "202"]
insert into accounts (created_on,email,labels,loyalty,mood,name,tier,id) values ($1,$2,$3,$4,$5,$6,$7,$8)
ROLLBACK
SELECT id, name, email, loyalty, tier, mood, labels FROM accounts WHERE id >= 200 ORDER BY id

-- scenario: hunt_w7_knex_increment_merge_and_returning
update "accounts" set "loyalty" = "loyalty" + 1 where "id" = 1
update "accounts" set "loyalty" = "loyalty" + 2, "tier" = 'inc' where "id" in (3, 4) returning "id", "loyalty"
-- params: ["5", "1"]
update "accounts" set "loyalty" = "loyalty" - $1 where "id" = $2 returning "loyalty"
-- params: ["210", "3", "k1", "1", "4", "Alice"]
insert into "accounts" ("id", "loyalty", "name") values ($1, $2, $3), ($4, $5, $6) on conflict ("id") do update set "id" = excluded."id", "loyalty" = excluded."loyalty", "name" = excluded."name" returning *
-- params: ["210", "9", "k1", "211", "1", "k2"]
insert into "accounts" ("id", "loyalty", "name") values ($1, $2, $3), ($4, $5, $6) on conflict ("id") do update set "loyalty" = excluded."loyalty" returning "id", "loyalty", "tier"
-- params: ["210", "k1", "212", "k3", "kt"]
insert into "accounts" ("id", "name", "tier") values ($1, $2, DEFAULT), ($3, $4, $5) on conflict ("id") do nothing returning "id", "tier"
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_w7_default_values_on_tables_with_defaulted_columns
INSERT INTO hunt_w6_ids DEFAULT VALUES
INSERT INTO hunt_w6_ids DEFAULT VALUES RETURNING *
INSERT INTO hunt_w6_tokens DEFAULT VALUES RETURNING id, label, rank, note
INSERT INTO hunt_w6_tokens DEFAULT VALUES RETURNING *
INSERT INTO "hunt_w6_ids" ("label") VALUES (DEFAULT) RETURNING "id", "rank"
INSERT INTO "hunt_w6_ids" ("rank", "note") VALUES (DEFAULT, DEFAULT), (5, 'n') RETURNING *
UPDATE hunt_w6_ids SET rank = rank + 1 RETURNING id, rank
-- restart
SELECT * FROM hunt_w6_ids ORDER BY id
SELECT id, label, rank, note FROM hunt_w6_tokens ORDER BY label NULLS LAST, id

-- scenario: hunt_w7_composite_key_orm_forms
UPDATE "line_items" SET "discount" = 2.5 WHERE ("line_items"."order_id", "line_items"."line") = (1, 1)
UPDATE "line_items" SET "discount" = "line_items"."discount" + 1 WHERE ("line_items"."order_id", "line_items"."line") IN ((1, 2), (2, 1), (9, 9)) RETURNING *
-- params: ["0.5", "1", "3"]
update line_items set discount=$1 where line=$2 and order_id=$3
INSERT INTO "line_items" ("order_id", "line", "product", "qty", "discount") VALUES (1, 1, 'apple', 3, 9), (4, 1, 'new', 1, 1) ON CONFLICT ("order_id", "line") DO UPDATE SET "discount" = EXCLUDED."discount", "qty" = EXCLUDED."qty" RETURNING "order_id", "line", "discount"
INSERT INTO "line_items" AS li ("order_id", "line", "product", "discount") VALUES (4, 1, 'x', 1), (4, 2, 'y', 2) ON CONFLICT ("order_id", "line") DO UPDATE SET "discount" = li."discount" + EXCLUDED."discount" WHERE li."discount" < 5 RETURNING li.*
UPDATE "line_items" SET "line" = "line" + 10, "discount" = "discount" * 2 WHERE "order_id" = 4 RETURNING *
DELETE FROM "line_items" WHERE ("order_id", "line") IN ((4, 11), (1, 2)) RETURNING "discount"
INSERT INTO "line_items" ("order_id", "line", "product") VALUES (1, 2, 'pear again') RETURNING *
UPDATE line_items SET discount = 1000 WHERE order_id = 1 AND line = 2
SELECT * FROM line_items ORDER BY order_id, line

-- scenario: hunt_w7_orders_rules_at_the_right_step
INSERT INTO "orders" ("item", "note") VALUES ('a', 'n1'), ('b', 'n2') RETURNING "orders"."id"
INSERT INTO "orders" ("item", "qty", "note") VALUES ('c', 2, 'n3'), ('d', 3, NULL) RETURNING "orders"."id"
INSERT INTO "orders" ("item", "qty", "note") VALUES ('e', 0, 'n5') RETURNING "id"
UPDATE "orders" SET "qty" = COALESCE("qty", 0) - 1 WHERE "orders"."id" = 1
UPDATE "orders" SET "qty" = COALESCE("qty", 0) + 1 WHERE "orders"."id" = 1 RETURNING "qty"
UPDATE "orders" SET "note" = NULL WHERE "orders"."id" = 99
UPDATE "orders" SET "note" = NULL WHERE "orders"."id" = 2
UPDATE "orders" SET "qty" = (CASE WHEN ("orders"."id" = 1) THEN 5 WHEN ("orders"."id" = 2) THEN 0 ELSE NULL END)::integer WHERE "orders"."id" IN (1, 2)
UPDATE "orders" SET "qty" = (CASE WHEN ("orders"."id" = 1) THEN 5 WHEN ("orders"."id" = 2) THEN 6 ELSE NULL END)::integer WHERE "orders"."id" IN (1, 2)
INSERT INTO "orders" ("id", "item", "qty", "note") VALUES (1, 'a', 1, 'x') ON CONFLICT ("id") DO UPDATE SET "qty" = "orders"."qty" - EXCLUDED."qty" * 10 RETURNING "qty"
INSERT INTO "orders" ("id", "item", "note") VALUES (1, 'a', NULL) ON CONFLICT ("id") DO NOTHING
INSERT INTO "orders" ("id", "item", "note", "code") VALUES (50, 'f', 'n', 'abcdef') ON CONFLICT DO NOTHING
INSERT INTO "orders" ("id", "item", "note", "code") VALUES (51, 'g', 'n', 'abc  ') RETURNING "code", length("code")
SELECT * FROM orders ORDER BY id

-- scenario: hunt_w7_errors_mid_transaction_and_rollback_to_savepoint
BEGIN
INSERT INTO "orders" ("id", "item", "note") VALUES (1, 'a', 'n') RETURNING "qty"
SAVEPOINT "sp1"
INSERT INTO "orders" ("id", "item", "qty", "note") VALUES (2, 'b', -1, 'n')
ROLLBACK TO SAVEPOINT "sp1"
INSERT INTO "orders" ("id", "item", "qty", "note") VALUES (2, 'b', 2, 'n') RETURNING "qty"
SAVEPOINT "sp2"
UPDATE "orders" SET "qty" = "qty" + 1 WHERE "id" = 2 RETURNING "qty"
UPDATE "orders" SET "note" = NULL WHERE "id" = 1
SELECT 1
ROLLBACK TO SAVEPOINT "sp2"
SELECT id, qty, note FROM orders ORDER BY id
SAVEPOINT "sp3"
UPDATE "accounts" SET "loyalty" = 'not a number' WHERE "id" = 1
ROLLBACK TO SAVEPOINT "sp3"
UPDATE "accounts" SET "loyalty" = 77 WHERE "id" = 1
SAVEPOINT "sp4"
INSERT INTO "accounts" ("id", "name", "tier") VALUES (1, 'dup', 'd')
ROLLBACK TO SAVEPOINT "sp4"
RELEASE SAVEPOINT "sp1"
COMMIT
-- restart
SELECT id, qty, note FROM orders ORDER BY id
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w7_restarts_between_committed_steps
INSERT INTO accounts (id, name, loyalty, tier, mood, labels) VALUES (220, 'r', 1, 'a', 'sad', '{x}')
-- restart
UPDATE accounts SET loyalty = loyalty + 1, labels = labels || '{y}'::text[] WHERE id IN (1, 220) RETURNING id, loyalty, labels
-- restart
INSERT INTO accounts (id, name, loyalty) VALUES (220, 'r', 5) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty + EXCLUDED.loyalty, tier = NULL RETURNING loyalty, tier, mood
-- restart
UPDATE accounts SET id = 221 WHERE id = 220 RETURNING *
-- restart
BEGIN
UPDATE accounts SET tier = 'lost' WHERE id = 221
-- restart
SELECT id, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_w7_django_bulk_create_orders_with_null_in_the_middle
INSERT INTO "orders" ("id", "item", "qty", "code", "note") VALUES (1, 'a', 1, 'c1', 'n1'), (2, 'b', 2, NULL, NULL), (3, 'c', 3, 'c3', 'n3') RETURNING "orders"."id"
INSERT INTO "orders" ("id", "item", "qty", "code", "note") SELECT * FROM UNNEST(('{1,2,3}')::integer[], ('{a,b,c}')::text[], ('{1,NULL,3}')::integer[], ('{c1,c2,c3}')::varchar(5)[], ('{n1,n2,n3}')::text[]) RETURNING "orders"."id"
INSERT INTO "orders" ("id", "item", "qty", "code", "note") SELECT * FROM UNNEST(('{1,2,3}')::integer[], ('{a,b,c}')::text[], ('{1,2,0}')::integer[], ('{c1,c2,c3}')::varchar(5)[], ('{n1,n2,n3}')::text[]) RETURNING "orders"."id"
INSERT INTO "orders" ("id", "item", "qty", "code", "note") SELECT * FROM UNNEST(('{1,2}')::integer[], ('{a,b}')::text[], ('{1,2}')::integer[], ('{c1,c2}')::varchar(5)[], ('{n1,n2}')::text[]) RETURNING "orders"."id", "orders"."qty"
INSERT INTO "orders" ("id", "item", "qty", "code", "note") SELECT * FROM UNNEST(('{2,3}')::integer[], ('{a,b}')::text[], ('{7,8}')::integer[], ('{c1,c2}')::varchar(5)[], ('{n1,n2}')::text[]) ON CONFLICT ("id") DO UPDATE SET "qty" = EXCLUDED."qty", "note" = EXCLUDED."note" RETURNING "orders"."id", "orders"."qty", "orders"."note"
SELECT * FROM orders ORDER BY id

-- scenario: hunt_w7_sqlcommenter_and_marginalia_comments
UPDATE "accounts" SET "loyalty" = ("accounts"."loyalty" + 1) WHERE "accounts"."id" = 1 /*controller='accounts',framework='django%3A5.0',route='%5Eaccounts/'*/
INSERT INTO "accounts" ("id", "name", "loyalty", "tier") VALUES (230, 'c', 1, 'x') RETURNING "accounts"."id" /*application:Shop,controller:accounts,action:create*/
/*application:Shop,job:Counter*/ UPDATE "accounts" SET "loyalty" = COALESCE("loyalty", 0) + 1 WHERE "accounts"."id" = 230
-- params: ["5", "230"]
UPDATE "accounts" SET "tier" = 'c' || $1 WHERE "accounts"."id" = $2 -- trailing line comment
INSERT INTO "accounts" ("id", "name", "loyalty") VALUES (230, 'c', 2) ON CONFLICT ("id") DO UPDATE SET "loyalty" = "accounts"."loyalty" + EXCLUDED."loyalty" /* merge */ RETURNING "loyalty" /*traceparent='00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01'*/
DELETE FROM "accounts" WHERE "accounts"."loyalty" IS NULL /* cleanup */ RETURNING "id" /* end */
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w7_start_transaction_forms_of_drivers
START TRANSACTION;
UPDATE "accounts" SET "loyalty" = 1 WHERE "id" = 1;
SAVEPOINT "typeorm_1";
UPDATE "accounts" SET "loyalty" = 'x' WHERE "id" = 2;
ROLLBACK TO SAVEPOINT "typeorm_1";
UPDATE "accounts" SET "loyalty" = 2 WHERE "id" = 2;
RELEASE SAVEPOINT "typeorm_1";
COMMIT;
BEGIN ISOLATION LEVEL SERIALIZABLE
INSERT INTO accounts (id, name, tier) VALUES (240, 'ser', 's') RETURNING tier
COMMIT
BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY
UPDATE accounts SET loyalty = 99 WHERE id = 1
ROLLBACK
START TRANSACTION ISOLATION LEVEL READ COMMITTED, READ WRITE
UPDATE accounts SET tier = 'rc' WHERE id = 240; SAVEPOINT a; UPDATE accounts SET tier = 'gone' WHERE id = 240; ROLLBACK TO a
END
-- restart
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w7_sqlalchemy_sorted_upsert_and_from_select
-- params: ["1", "s1", "7", "250", "s2", "8"]
INSERT INTO accounts (id, name, loyalty) SELECT p0::INTEGER, p1::VARCHAR, p2::INTEGER FROM (VALUES ($1, $2, $3, 0), ($4, $5, $6, 1)) AS imp_sen(p0, p1, p2, sen_counter) ORDER BY sen_counter ON CONFLICT (id) DO UPDATE SET loyalty = excluded.loyalty RETURNING accounts.id, accounts.loyalty, accounts.id AS id__1
-- params: ["2", "s1", "7", "251", "s2", "8"]
INSERT INTO accounts (id, name, loyalty) SELECT p0::INTEGER, p1::VARCHAR, p2::INTEGER FROM (VALUES ($1, $2, $3, 0), ($4, $5, $6, 1)) AS imp_sen(p0, p1, p2, sen_counter) ORDER BY sen_counter ON CONFLICT (id) DO NOTHING RETURNING accounts.id, accounts.loyalty, accounts.id AS id__1
INSERT INTO accounts (id, name, loyalty, tier) SELECT accounts.id + 300 AS anon_1, accounts.name, accounts.loyalty, accounts.tier FROM accounts WHERE accounts.loyalty IS NOT NULL RETURNING accounts.id, accounts.loyalty, accounts.tier
-- params: ["1", "3"]
UPDATE accounts SET loyalty=(accounts.loyalty * $1::INTEGER) WHERE accounts.loyalty > $2::INTEGER RETURNING accounts.id, accounts.loyalty
-- params: ["2"]
DELETE FROM accounts WHERE accounts.loyalty < $1::INTEGER RETURNING accounts.id
SELECT id, name, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w7_prisma_arithmetic_operations
-- params: ["2", "1"]
UPDATE "public"."accounts" SET "loyalty" = ("public"."accounts"."loyalty" * $1) WHERE ("public"."accounts"."id" = $2 AND 1=1) RETURNING "public"."accounts"."loyalty"
-- params: ["3", "1"]
UPDATE "public"."accounts" SET "loyalty" = ("public"."accounts"."loyalty" / $1) WHERE ("public"."accounts"."id" = $2 AND 1=1) RETURNING "public"."accounts"."loyalty"
-- params: ["0", "1"]
UPDATE "public"."accounts" SET "loyalty" = ("public"."accounts"."loyalty" / $1) WHERE ("public"."accounts"."id" = $2 AND 1=1) RETURNING "public"."accounts"."loyalty"
-- params: ["1", "2"]
UPDATE "public"."accounts" SET "loyalty" = ("public"."accounts"."loyalty" - $1) WHERE ("public"."accounts"."id" = $2 AND 1=1) RETURNING "public"."accounts"."loyalty"
-- params: ["2147483647", "4"]
UPDATE "public"."accounts" SET "loyalty" = ("public"."accounts"."loyalty" + $1) WHERE ("public"."accounts"."id" = $2 AND 1=1) RETURNING "public"."accounts"."loyalty"
-- params: ["1", "2", "3", "4"]
UPDATE "public"."accounts" SET "loyalty" = ("public"."accounts"."loyalty" + $1) WHERE ("public"."accounts"."id" IN ($2,$3,$4) AND 1=1)
SELECT id, loyalty FROM accounts ORDER BY id

-- scenario: hunt_w7_django_case_update_reading_shadow_columns
UPDATE "accounts" SET "tier" = CASE WHEN ("accounts"."loyalty" > 5) THEN 'gold' WHEN ("accounts"."loyalty" IS NULL) THEN 'unknown' ELSE "accounts"."tier" END
UPDATE "accounts" SET "mood" = CASE WHEN "accounts"."tier" = 'gold' THEN 'happy'::mood ELSE "accounts"."mood" END, "loyalty" = COALESCE("accounts"."loyalty", 0) + CASE WHEN "accounts"."tier" = 'unknown' THEN 100 ELSE 0 END WHERE "accounts"."id" <= 6
UPDATE "bills" SET "paid" = (SELECT U0."loyalty" > 5 AS "x" FROM "accounts" U0 WHERE U0."id" = ("bills"."account_id") LIMIT 1)
UPDATE "bills" SET "due" = ("bills"."due" + '30 days'::interval) WHERE "bills"."paid"
UPDATE "gadgets" SET "doc" = jsonb_set("gadgets"."doc", '{n}', to_jsonb("gadgets"."id")), "nums" = array_append("gadgets"."nums", "gadgets"."id") WHERE "gadgets"."id" < 3 RETURNING "gadgets"."doc", "gadgets"."nums"
UPDATE "gadgets" SET "doc" = (CASE WHEN ("gadgets"."id" = 1) THEN '{"a": 1}'::jsonb WHEN ("gadgets"."id" = 2) THEN 'null'::jsonb ELSE NULL END)::jsonb WHERE "gadgets"."id" IN (1, 2)
SELECT id, loyalty, tier, mood FROM accounts ORDER BY id
SELECT id, paid, due FROM bills ORDER BY id
SELECT id, doc, nums FROM gadgets ORDER BY id

-- scenario: hunt_w7_rails_update_all_with_joins_and_limits
UPDATE "accounts" SET "tier" = 'billed' WHERE "accounts"."id" IN (SELECT "accounts"."id" FROM "accounts" INNER JOIN "bills" ON "bills"."account_id" = "accounts"."id" WHERE "bills"."amount" > 10)
DELETE FROM "accounts" WHERE "accounts"."id" IN (SELECT "accounts"."id" FROM "accounts" LEFT OUTER JOIN "bills" ON "bills"."account_id" = "accounts"."id" WHERE "bills"."id" IS NULL ORDER BY "accounts"."loyalty" DESC NULLS LAST, "accounts"."id" LIMIT 1)
UPDATE "accounts" SET "loyalty" = COALESCE("loyalty", 0) + 1 WHERE "accounts"."id" IN (SELECT "accounts"."id" FROM "accounts" WHERE "accounts"."tier" = 'billed' ORDER BY "accounts"."id" ASC LIMIT 2 OFFSET 1)
UPDATE "accounts" SET "labels" = "labels" || ARRAY['rails'] WHERE "accounts"."tier" IS NOT NULL RETURNING "id", "labels"
SELECT id, loyalty, tier, labels FROM accounts ORDER BY id

-- scenario: hunt_w7_drizzle_kysely_diesel_shapes
-- params: ["260", "dz", "3"]
insert into "accounts" ("id", "name", "email", "created_on", "loyalty", "tier", "mood", "labels") values ($1, $2, default, default, $3, default, default, default) returning "id", "name", "email", "created_on", "loyalty", "tier", "mood", "labels"
-- params: ["260"]
update "accounts" set "loyalty" = "accounts"."loyalty" + 1 where "accounts"."id" = $1 returning "loyalty"
-- params: ["260", "ky", "5"]
insert into "accounts" ("id", "name", "loyalty") values ($1, $2, $3) on conflict ("id") do update set "loyalty" = "accounts"."loyalty" + "excluded"."loyalty" returning "id", "loyalty"
-- params: ["261", "ds", "1", "262", "ds2"]
INSERT INTO "accounts" ("id", "name", "loyalty") VALUES ($1, $2, $3), ($4, $5, DEFAULT) ON CONFLICT ("id") DO UPDATE SET "loyalty" = excluded."loyalty" RETURNING "accounts"."id", "accounts"."name", "accounts"."email", "accounts"."created_on", "accounts"."loyalty", "accounts"."tier", "accounts"."mood", "accounts"."labels"
-- params: ["gold", "5"]
UPDATE "accounts" SET "tier" = $1 WHERE ("accounts"."loyalty" >= $2) RETURNING "accounts"."id", "accounts"."tier"
SELECT id, name, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w7_hasura_and_postgraphile_upserts
INSERT INTO "public"."accounts" ( "id", "name", "loyalty" ) VALUES (1, 'Alice', 3), (270, 'h', 4) ON CONFLICT ON CONSTRAINT "accounts_pkey" DO UPDATE SET "loyalty" = EXCLUDED."loyalty" WHERE (('true')) RETURNING *, ('true')::boolean AS "check__constraint"
INSERT INTO "public"."accounts" ( "id", "name", "tier" ) VALUES (2, 'Bob', 'h2') ON CONFLICT ON CONSTRAINT "accounts_pkey" DO NOTHING RETURNING *
UPDATE "public"."accounts" SET "loyalty" = ("loyalty" + 5), "tier" = 'inc' WHERE ((("public"."accounts"."id") = (('270')::integer))) RETURNING *, ('true')::boolean AS "check__constraint"
DELETE FROM "public"."accounts" WHERE (("public"."accounts"."loyalty") > (('8')::integer)) RETURNING *
SELECT id, name, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w7_sqlc_partial_updates_with_coalesce
-- params: ["5", null, "1"]
UPDATE accounts SET loyalty = COALESCE($1, loyalty), tier = COALESCE($2, tier) WHERE id = $3 RETURNING id, name, email, created_on, loyalty, tier, mood, labels
-- params: [null, "sqlc", "2"]
UPDATE accounts SET loyalty = COALESCE($1, loyalty), tier = COALESCE($2, tier) WHERE id = $3 RETURNING id, name, email, created_on, loyalty, tier, mood, labels
-- params: ["grumpy", "{s,q}", "3"]
UPDATE accounts SET mood = COALESCE($1, mood), labels = COALESCE($2, labels) WHERE id = $3 RETURNING id, mood, labels
-- params: ["true", "set", "false", "9", "4"]
UPDATE accounts SET tier = CASE WHEN $1::boolean THEN $2::text ELSE tier END, loyalty = CASE WHEN $3::boolean THEN $4::int ELSE loyalty END WHERE id = $5 RETURNING tier, loyalty
-- params: ["{1,2,3}"]
UPDATE accounts SET loyalty = loyalty + 1 WHERE id = ANY($1::int[]) RETURNING id, loyalty
-- params: ["{5,6}"]
DELETE FROM accounts WHERE id = ANY($1::int[]) RETURNING id, loyalty, tier
-- params: ["280", "sq", "3", "t"]
INSERT INTO accounts (id, name, loyalty, tier) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO UPDATE SET loyalty = $3, tier = $4 RETURNING id, loyalty, tier
-- params: ["280", "sq", "4", "u"]
INSERT INTO accounts (id, name, loyalty, tier) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty + $3, tier = accounts.tier || $4 WHERE accounts.loyalty < $3 * 10 RETURNING id, loyalty, tier
SELECT id, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_w7_one_parameter_in_live_and_shadow_columns
-- params: ["290", "same"]
INSERT INTO accounts (id, name, tier) VALUES ($1, $2, $2) RETURNING name, tier
-- params: ["both", "290"]
UPDATE accounts SET name = $1, tier = $1 WHERE id = $2 RETURNING name, tier
-- params: ["291", "n"]
INSERT INTO accounts (id, name, loyalty) VALUES ($1, $2, $1) RETURNING id, name, loyalty
-- params: ["291", "x"]
INSERT INTO accounts (id, name, loyalty, tier) VALUES ($1, $2, $1, $2) ON CONFLICT (id) DO UPDATE SET loyalty = EXCLUDED.loyalty + $1, tier = $2 || accounts.name RETURNING loyalty, tier
-- params: ["7"]
UPDATE accounts SET loyalty = $1, email = $1 || '@x' WHERE id = $1 RETURNING loyalty, email
-- params: ["2025-05-05", "2025-05-05"]
UPDATE bills SET due = $1, note = $2 WHERE id = 1 RETURNING due, note
SELECT id, name, email, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w7_ecto_replace_all_reads_defaults_of_unlisted_columns
INSERT INTO "accounts" AS a0 ("id","name","loyalty") VALUES (3,'Zed',5),(300,'n',6) ON CONFLICT ("id") DO UPDATE SET "name" = EXCLUDED."name","loyalty" = EXCLUDED."loyalty","tier" = EXCLUDED."tier","mood" = EXCLUDED."mood","labels" = EXCLUDED."labels" RETURNING "id","loyalty","tier","mood","labels"
INSERT INTO "accounts" AS a0 ("id","name") SELECT 4, 'Tok' ON CONFLICT ("id") DO UPDATE SET "mood" = EXCLUDED."mood", "labels" = EXCLUDED."labels" || a0."labels" RETURNING "id","mood","labels"
INSERT INTO "orders" ("id","item","note") VALUES (1,'a','n') ON CONFLICT ("id") DO UPDATE SET "qty" = EXCLUDED."qty" RETURNING "qty"
INSERT INTO "orders" ("id","item","note","qty") VALUES (1,'a','n',5) ON CONFLICT ("id") DO UPDATE SET "qty" = EXCLUDED."qty" + "orders"."qty", "code" = EXCLUDED."code" RETURNING "qty", "code"
INSERT INTO "accounts" AS a0 ("id","name","tier") VALUES (1,'x','t') ON CONFLICT ("id") DO UPDATE SET "loyalty" = DEFAULT, "tier" = a0."name" RETURNING "loyalty", "tier"
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id
SELECT * FROM orders ORDER BY id

-- scenario: hunt_w7_landing_column_through_orm_names
INSERT INTO "sales"."accounts" ("id","region","score") VALUES (1,'n',5),(30,'w',6) ON CONFLICT ("id") DO UPDATE SET "score" = "sales"."accounts"."score" + EXCLUDED."score" RETURNING "sales"."accounts"."id", "sales"."accounts"."score"
-- params: ["2", "2"]
UPDATE "sales"."accounts" SET "score" = ("sales"."accounts"."score" * $1) WHERE ("sales"."accounts"."id" = $2 AND 1=1) RETURNING "sales"."accounts"."score"
UPDATE "sales"."accounts" AS "S" SET "score" = "S"."score" + a."loyalty" FROM "public"."accounts" a WHERE a."id" = "S"."id" RETURNING "S"."id", "S"."score", a."loyalty"
-- restart
DELETE FROM "sales"."accounts" WHERE "score" > 20 RETURNING "id", "score"
SELECT id, region, score FROM sales.accounts ORDER BY id

-- scenario: hunt_w7_returning_old_and_new_values_through_a_locked_sub_select
UPDATE accounts SET loyalty = accounts.loyalty + 5 FROM (SELECT id, loyalty FROM accounts WHERE id = 1 FOR UPDATE) AS old WHERE accounts.id = old.id RETURNING old.loyalty AS before, accounts.loyalty AS after
UPDATE accounts a SET tier = 'new ' || coalesce(o.tier, '-'), mood = 'sad' FROM (SELECT id, tier, mood FROM accounts WHERE id IN (2, 3) FOR NO KEY UPDATE) o WHERE a.id = o.id RETURNING a.id, o.tier AS old_tier, a.tier, o.mood AS old_mood, a.mood
INSERT INTO accounts (id, name, loyalty) VALUES (4, 'x', 1), (310, 'y', 2) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty + EXCLUDED.loyalty RETURNING id, loyalty, (xmax <> 0) AS updated, xmax::text::bigint > 0 AS updated_too
UPDATE accounts SET (loyalty, tier) = ROW(loyalty + 1, 'row') WHERE id IN (1, 310) RETURNING id, loyalty, tier
UPDATE accounts SET (name, loyalty) = ROW('Named', 3) WHERE id = 2 RETURNING name, loyalty
SELECT id, name, loyalty, tier, mood FROM accounts ORDER BY id

-- scenario: hunt_w7_hibernate_identity_inserts_and_generated_returning
-- params: ["h1", "n1", "3"]
insert into hunt_w6_ids (label,note,rank) values ($1,$2,$3) returning id
-- params: ["h2", null, null]
insert into hunt_w6_ids (label,note,rank) values ($1,$2,$3) returning id, rank, note
-- params: ["lamp3", "7", "red", "2"]
insert into appliances (name,price,color,stock) values ($1,$2,$3,$4) returning id, price_x2, touched
-- params: ["blue", "5", "1"]
update appliances set color=$1, stock=$2 where id=$3 returning touched, price_x2
-- params: ["1", "2"]
update appliances set stock=stock+$1 where id=$2
-- params: ["3"]
delete from appliances where id=$1 returning color, stock
SELECT * FROM hunt_w6_ids ORDER BY id
SELECT * FROM appliances ORDER BY id

-- scenario: hunt_w7_partitioned_and_inherited_tables_through_orms
UPDATE "shipments" SET "status" = 'shipped', "priority" = "shipments"."priority" + 1 WHERE ("shipments"."region", "shipments"."id") = ('eu', 1) RETURNING *
UPDATE "shipments" SET "status" = (CASE WHEN ("shipments"."region" = 'us' AND "shipments"."id" = 1) THEN 'a' WHEN ("shipments"."region" = 'asia' AND "shipments"."id" = 4) THEN 'b' ELSE NULL END)::text WHERE ("shipments"."region" = 'us' AND "shipments"."id" = 1) OR ("shipments"."region" = 'asia' AND "shipments"."id" = 4)
INSERT INTO "shipments" ("region", "id", "weight", "status", "fragile") VALUES ('eu', 1, 5, 'again', true), ('us', 50, 1, 'new one', false) ON CONFLICT ("region", "id") DO UPDATE SET "fragile" = EXCLUDED."fragile", "weight" = EXCLUDED."weight" RETURNING "region", "id", "status", "fragile"
UPDATE "shipments" SET "region" = 'us' WHERE "region" = 'eu' AND "id" = 2 RETURNING "region", "id", "status", "priority"
UPDATE "shipments" SET "priority" = 0 WHERE "region" = 'us'
UPDATE "animals" SET "legs" = "animals"."legs" - 1 WHERE "animals"."id" IN (1, 3, 5) RETURNING "id", "name", "legs"
UPDATE ONLY "animals" SET "vaccinated" = true RETURNING "id", "vaccinated"
UPDATE "dogs" SET "vaccinated" = false, "breed" = 'mutt' WHERE "dogs"."breed" IS NULL RETURNING *
DELETE FROM "animals" WHERE "legs" = 3 RETURNING "id", "legs", "vaccinated"
SELECT region, id, weight, status, fragile, priority FROM shipments ORDER BY region, id
SELECT id, name, legs, vaccinated FROM animals ORDER BY id

-- scenario: hunt_w7_hasura_mutations_in_with
WITH "public_accounts__mutation_result_alias" AS (INSERT INTO "public"."accounts" ( "id", "name", "loyalty" ) VALUES ((1)::integer, ('a')::text, (5)::integer), ((320)::integer, ('n')::text, (6)::integer) ON CONFLICT ON CONSTRAINT "accounts_pkey" DO UPDATE SET "loyalty" = EXCLUDED."loyalty" WHERE ('true') RETURNING *, ('true')::boolean AS "check__constraint"), "public_accounts__all_columns_alias" AS (SELECT "id", "name", "email", "created_on", "loyalty", "tier", "mood", "labels" FROM "public_accounts__mutation_result_alias") SELECT json_build_object('affected_rows', (SELECT COUNT(*) FROM "public_accounts__all_columns_alias"), 'returning', (SELECT coalesce(json_agg("root" ORDER BY "root"->>'id'), '[]') FROM (SELECT row_to_json((SELECT "_e" FROM (SELECT "_root.base"."id" AS "id", "_root.base"."loyalty" AS "loyalty", "_root.base"."tier" AS "tier") AS "_e")) AS "root" FROM (SELECT * FROM "public_accounts__all_columns_alias" WHERE ('true')) AS "_root.base") AS "_root")), (SELECT coalesce(bool_and("check__constraint"), 'true') FROM "public_accounts__mutation_result_alias")
WITH "public_accounts__mutation_result_alias" AS (UPDATE "public"."accounts" SET "loyalty" = ("loyalty" + (1)::integer), "tier" = ('h')::text WHERE (("public"."accounts"."id") = ((320)::integer)) RETURNING *, ('true')::boolean AS "check__constraint"), "public_accounts__all_columns_alias" AS (SELECT "id", "name", "email", "created_on", "loyalty", "tier", "mood", "labels" FROM "public_accounts__mutation_result_alias") SELECT json_build_object('affected_rows', (SELECT COUNT(*) FROM "public_accounts__all_columns_alias"), 'returning', (SELECT coalesce(json_agg("root"), '[]') FROM (SELECT row_to_json((SELECT "_e" FROM (SELECT "_root.base"."id" AS "id", "_root.base"."loyalty" AS "loyalty", "_root.base"."tier" AS "tier", "_root.base"."labels" AS "labels") AS "_e")) AS "root" FROM (SELECT * FROM "public_accounts__all_columns_alias" WHERE ('true')) AS "_root.base") AS "_root")), (SELECT coalesce(bool_and("check__constraint"), 'true') FROM "public_accounts__mutation_result_alias")
WITH "public_accounts__mutation_result_alias" AS (DELETE FROM "public"."accounts" WHERE (("public"."accounts"."id") = ((320)::integer)) RETURNING *, ('true')::boolean AS "check__constraint"), "public_accounts__all_columns_alias" AS (SELECT "id", "name", "email", "created_on", "loyalty", "tier", "mood", "labels" FROM "public_accounts__mutation_result_alias") SELECT json_build_object('affected_rows', (SELECT COUNT(*) FROM "public_accounts__all_columns_alias"), 'returning', (SELECT coalesce(json_agg("root"), '[]') FROM (SELECT row_to_json((SELECT "_e" FROM (SELECT "_root.base"."id" AS "id", "_root.base"."loyalty" AS "loyalty", "_root.base"."tier" AS "tier") AS "_e")) AS "root" FROM (SELECT * FROM "public_accounts__all_columns_alias" WHERE ('true')) AS "_root.base") AS "_root"))
SELECT id, name, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w7_postgraphile_mutations_in_with
-- params: ["330", "pg", "4"]
with __local_0__ as (insert into "public"."accounts" ("id", "name", "loyalty") values($1, $2, $3) returning *) select ((case when __local_0__ is null then null else __local_0__ end))::text from __local_0__
-- params: ["gold", "330"]
with __local_0__ as (update "public"."accounts" set "tier" = $1 where ("id" = $2) returning *) select ((case when __local_0__ is null then null else __local_0__ end))::text from __local_0__
-- params: ["330"]
with __local_0__ as (delete from "public"."accounts" where ("id" = $1) returning *) select ((case when __local_0__ is null then null else __local_0__ end))::text from __local_0__
-- params: ["3"]
with __local_0__ as (update "public"."accounts" set "loyalty" = coalesce("loyalty", 0) + 1 where ("id" = $1) returning *) select to_json(__local_0__."loyalty") as "loyalty", to_json(__local_0__."mood") as "mood", to_json(__local_0__."labels") as "labels" from __local_0__
SELECT id, name, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w7_rails_upsert_all_unique_by_another_key_many_rows
INSERT INTO hunt_w_members (id, email, points, nick) VALUES (10, 'a@x', 3, 'A'), (11, 'c@x', 4, 'C'), (100, 'm0@x', 0, 'n0'), (101, 'm1@x', 1, 'n1'), (102, 'm2@x', 2, 'n2'), (103, 'm3@x', 3, 'n3'), (104, 'm4@x', 4, 'n4'), (105, 'm5@x', 5, 'n5'), (106, 'm6@x', 6, 'n6'), (107, 'm7@x', 0, 'n7'), (108, 'm8@x', 1, 'n8'), (109, 'm9@x', 2, 'n9'), (110, 'm10@x', 3, 'n10'), (111, 'm11@x', 4, 'n11'), (112, 'm12@x', 5, 'n12'), (113, 'm13@x', 6, 'n13'), (114, 'm14@x', 0, 'n14'), (115, 'm15@x', 1, 'n15'), (116, 'm16@x', 2, 'n16'), (117, 'm17@x', 3, 'n17'), (118, 'm18@x', 4, 'n18'), (119, 'm19@x', 5, 'n19'), (120, 'm20@x', 6, 'n20'), (121, 'm21@x', 0, 'n21'), (122, 'm22@x', 1, 'n22'), (123, 'm23@x', 2, 'n23'), (124, 'm24@x', 3, 'n24'), (125, 'm25@x', 4, 'n25'), (126, 'm26@x', 5, 'n26'), (127, 'm27@x', 6, 'n27'), (128, 'm28@x', 0, 'n28'), (129, 'm29@x', 1, 'n29'), (130, 'm30@x', 2, 'n30'), (131, 'm31@x', 3, 'n31'), (132, 'm32@x', 4, 'n32'), (133, 'm33@x', 5, 'n33'), (134, 'm34@x', 6, 'n34'), (135, 'm35@x', 0, 'n35'), (136, 'm36@x', 1, 'n36'), (137, 'm37@x', 2, 'n37'), (138, 'm38@x', 3, 'n38'), (139, 'm39@x', 4, 'n39'), (140, 'm40@x', 5, 'n40'), (141, 'm41@x', 6, 'n41'), (142, 'm42@x', 0, 'n42'), (143, 'm43@x', 1, 'n43'), (144, 'm44@x', 2, 'n44'), (145, 'm45@x', 3, 'n45'), (146, 'm46@x', 4, 'n46'), (147, 'm47@x', 5, 'n47'), (148, 'm48@x', 6, 'n48'), (149, 'm49@x', 0, 'n49'), (150, 'm50@x', 1, 'n50'), (151, 'm51@x', 2, 'n51'), (152, 'm52@x', 3, 'n52'), (153, 'm53@x', 4, 'n53'), (154, 'm54@x', 5, 'n54'), (155, 'm55@x', 6, 'n55'), (156, 'm56@x', 0, 'n56'), (157, 'm57@x', 1, 'n57'), (158, 'm58@x', 2, 'n58'), (159, 'm59@x', 3, 'n59'), (160, 'm60@x', 4, 'n60'), (161, 'm61@x', 5, 'n61'), (162, 'm62@x', 6, 'n62'), (163, 'm63@x', 0, 'n63'), (164, 'm64@x', 1, 'n64'), (165, 'm65@x', 2, 'n65'), (166, 'm66@x', 3, 'n66'), (167, 'm67@x', 4, 'n67'), (168, 'm68@x', 5, 'n68'), (169, 'm69@x', 6, 'n69'), (170, 'm70@x', 0, 'n70'), (171, 'm71@x', 1, 'n71'), (172, 'm72@x', 2, 'n72'), (173, 'm73@x', 3, 'n73'), (174, 'm74@x', 4, 'n74'), (175, 'm75@x', 5, 'n75'), (176, 'm76@x', 6, 'n76'), (177, 'm77@x', 0, 'n77'), (178, 'm78@x', 1, 'n78'), (179, 'm79@x', 2, 'n79'), (180, 'm80@x', 3, 'n80'), (181, 'm81@x', 4, 'n81'), (182, 'm82@x', 5, 'n82'), (183, 'm83@x', 6, 'n83'), (184, 'm84@x', 0, 'n84'), (185, 'm85@x', 1, 'n85'), (186, 'm86@x', 2, 'n86'), (187, 'm87@x', 3, 'n87'), (188, 'm88@x', 4, 'n88'), (189, 'm89@x', 5, 'n89'), (190, 'm90@x', 6, 'n90'), (191, 'm91@x', 0, 'n91'), (192, 'm92@x', 1, 'n92'), (193, 'm93@x', 2, 'n93'), (194, 'm94@x', 3, 'n94'), (195, 'm95@x', 4, 'n95'), (196, 'm96@x', 5, 'n96'), (197, 'm97@x', 6, 'n97'), (198, 'm98@x', 0, 'n98'), (199, 'm99@x', 1, 'n99'), (200, 'm100@x', 2, 'n100'), (201, 'm101@x', 3, 'n101'), (202, 'm102@x', 4, 'n102'), (203, 'm103@x', 5, 'n103'), (204, 'm104@x', 6, 'n104') ON CONFLICT (email) DO UPDATE SET points = EXCLUDED.points + hunt_w_members.points, nick = EXCLUDED.nick RETURNING id, email, points, nick
INSERT INTO hunt_w_members (id, email, points, nick) VALUES (10, 'a@x', 3, 'again A'), (11, 'c@x', 4, 'again C'), (100, 'm0@x', 0, 'again n0'), (101, 'm1@x', 1, 'again n1'), (102, 'm2@x', 2, 'again n2'), (103, 'm3@x', 3, 'again n3'), (104, 'm4@x', 4, 'again n4'), (105, 'm5@x', 5, 'again n5'), (106, 'm6@x', 6, 'again n6'), (107, 'm7@x', 0, 'again n7'), (108, 'm8@x', 1, 'again n8'), (109, 'm9@x', 2, 'again n9'), (110, 'm10@x', 3, 'again n10'), (111, 'm11@x', 4, 'again n11'), (112, 'm12@x', 5, 'again n12'), (113, 'm13@x', 6, 'again n13'), (114, 'm14@x', 0, 'again n14'), (115, 'm15@x', 1, 'again n15'), (116, 'm16@x', 2, 'again n16'), (117, 'm17@x', 3, 'again n17'), (118, 'm18@x', 4, 'again n18'), (119, 'm19@x', 5, 'again n19'), (120, 'm20@x', 6, 'again n20'), (121, 'm21@x', 0, 'again n21'), (122, 'm22@x', 1, 'again n22'), (123, 'm23@x', 2, 'again n23'), (124, 'm24@x', 3, 'again n24'), (125, 'm25@x', 4, 'again n25'), (126, 'm26@x', 5, 'again n26'), (127, 'm27@x', 6, 'again n27'), (128, 'm28@x', 0, 'again n28'), (129, 'm29@x', 1, 'again n29'), (130, 'm30@x', 2, 'again n30'), (131, 'm31@x', 3, 'again n31'), (132, 'm32@x', 4, 'again n32'), (133, 'm33@x', 5, 'again n33'), (134, 'm34@x', 6, 'again n34'), (135, 'm35@x', 0, 'again n35'), (136, 'm36@x', 1, 'again n36'), (137, 'm37@x', 2, 'again n37'), (138, 'm38@x', 3, 'again n38'), (139, 'm39@x', 4, 'again n39'), (140, 'm40@x', 5, 'again n40'), (141, 'm41@x', 6, 'again n41'), (142, 'm42@x', 0, 'again n42'), (143, 'm43@x', 1, 'again n43'), (144, 'm44@x', 2, 'again n44'), (145, 'm45@x', 3, 'again n45'), (146, 'm46@x', 4, 'again n46'), (147, 'm47@x', 5, 'again n47'), (148, 'm48@x', 6, 'again n48'), (149, 'm49@x', 0, 'again n49'), (150, 'm50@x', 1, 'again n50'), (151, 'm51@x', 2, 'again n51'), (152, 'm52@x', 3, 'again n52'), (153, 'm53@x', 4, 'again n53'), (154, 'm54@x', 5, 'again n54'), (155, 'm55@x', 6, 'again n55'), (156, 'm56@x', 0, 'again n56'), (157, 'm57@x', 1, 'again n57'), (158, 'm58@x', 2, 'again n58'), (159, 'm59@x', 3, 'again n59'), (160, 'm60@x', 4, 'again n60'), (161, 'm61@x', 5, 'again n61'), (162, 'm62@x', 6, 'again n62'), (163, 'm63@x', 0, 'again n63'), (164, 'm64@x', 1, 'again n64'), (165, 'm65@x', 2, 'again n65'), (166, 'm66@x', 3, 'again n66'), (167, 'm67@x', 4, 'again n67'), (168, 'm68@x', 5, 'again n68'), (169, 'm69@x', 6, 'again n69'), (170, 'm70@x', 0, 'again n70'), (171, 'm71@x', 1, 'again n71'), (172, 'm72@x', 2, 'again n72'), (173, 'm73@x', 3, 'again n73'), (174, 'm74@x', 4, 'again n74'), (175, 'm75@x', 5, 'again n75'), (176, 'm76@x', 6, 'again n76'), (177, 'm77@x', 0, 'again n77'), (178, 'm78@x', 1, 'again n78'), (179, 'm79@x', 2, 'again n79'), (180, 'm80@x', 3, 'again n80'), (181, 'm81@x', 4, 'again n81'), (182, 'm82@x', 5, 'again n82'), (183, 'm83@x', 6, 'again n83'), (184, 'm84@x', 0, 'again n84'), (185, 'm85@x', 1, 'again n85'), (186, 'm86@x', 2, 'again n86'), (187, 'm87@x', 3, 'again n87'), (188, 'm88@x', 4, 'again n88'), (189, 'm89@x', 5, 'again n89'), (190, 'm90@x', 6, 'again n90'), (191, 'm91@x', 0, 'again n91'), (192, 'm92@x', 1, 'again n92'), (193, 'm93@x', 2, 'again n93'), (194, 'm94@x', 3, 'again n94'), (195, 'm95@x', 4, 'again n95'), (196, 'm96@x', 5, 'again n96'), (197, 'm97@x', 6, 'again n97'), (198, 'm98@x', 0, 'again n98'), (199, 'm99@x', 1, 'again n99'), (200, 'm100@x', 2, 'again n100'), (201, 'm101@x', 3, 'again n101'), (202, 'm102@x', 4, 'again n102'), (203, 'm103@x', 5, 'again n103'), (204, 'm104@x', 6, 'again n104') ON CONFLICT ("email") DO UPDATE SET "nick" = "excluded"."nick", "points" = "excluded"."points" RETURNING "id"
INSERT INTO hunt_w_members (id, email, points, nick) VALUES (12, 'b@x', 3, 'A'), (11, 'c@x', 4, 'C'), (100, 'm0@x', 0, 'n0'), (101, 'm1@x', 1, 'n1'), (102, 'm2@x', 2, 'n2'), (103, 'm3@x', 3, 'n3'), (104, 'm4@x', 4, 'n4'), (105, 'm5@x', 5, 'n5'), (106, 'm6@x', 6, 'n6'), (107, 'm7@x', 0, 'n7'), (108, 'm8@x', 1, 'n8'), (109, 'm9@x', 2, 'n9'), (110, 'm10@x', 3, 'n10'), (111, 'm11@x', 4, 'n11'), (112, 'm12@x', 5, 'n12'), (113, 'm13@x', 6, 'n13'), (114, 'm14@x', 0, 'n14'), (115, 'm15@x', 1, 'n15'), (116, 'm16@x', 2, 'n16'), (117, 'm17@x', 3, 'n17'), (118, 'm18@x', 4, 'n18'), (119, 'm19@x', 5, 'n19'), (120, 'm20@x', 6, 'n20'), (121, 'm21@x', 0, 'n21'), (122, 'm22@x', 1, 'n22'), (123, 'm23@x', 2, 'n23'), (124, 'm24@x', 3, 'n24'), (125, 'm25@x', 4, 'n25'), (126, 'm26@x', 5, 'n26'), (127, 'm27@x', 6, 'n27'), (128, 'm28@x', 0, 'n28'), (129, 'm29@x', 1, 'n29'), (130, 'm30@x', 2, 'n30'), (131, 'm31@x', 3, 'n31'), (132, 'm32@x', 4, 'n32'), (133, 'm33@x', 5, 'n33'), (134, 'm34@x', 6, 'n34'), (135, 'm35@x', 0, 'n35'), (136, 'm36@x', 1, 'n36'), (137, 'm37@x', 2, 'n37'), (138, 'm38@x', 3, 'n38'), (139, 'm39@x', 4, 'n39'), (140, 'm40@x', 5, 'n40'), (141, 'm41@x', 6, 'n41'), (142, 'm42@x', 0, 'n42'), (143, 'm43@x', 1, 'n43'), (144, 'm44@x', 2, 'n44'), (145, 'm45@x', 3, 'n45'), (146, 'm46@x', 4, 'n46'), (147, 'm47@x', 5, 'n47'), (148, 'm48@x', 6, 'n48'), (149, 'm49@x', 0, 'n49'), (150, 'm50@x', 1, 'n50'), (151, 'm51@x', 2, 'n51'), (152, 'm52@x', 3, 'n52'), (153, 'm53@x', 4, 'n53'), (154, 'm54@x', 5, 'n54'), (155, 'm55@x', 6, 'n55'), (156, 'm56@x', 0, 'n56'), (157, 'm57@x', 1, 'n57'), (158, 'm58@x', 2, 'n58'), (159, 'm59@x', 3, 'n59'), (160, 'm60@x', 4, 'n60'), (161, 'm61@x', 5, 'n61'), (162, 'm62@x', 6, 'n62'), (163, 'm63@x', 0, 'n63'), (164, 'm64@x', 1, 'n64'), (165, 'm65@x', 2, 'n65'), (166, 'm66@x', 3, 'n66'), (167, 'm67@x', 4, 'n67'), (168, 'm68@x', 5, 'n68'), (169, 'm69@x', 6, 'n69'), (170, 'm70@x', 0, 'n70'), (171, 'm71@x', 1, 'n71'), (172, 'm72@x', 2, 'n72'), (173, 'm73@x', 3, 'n73'), (174, 'm74@x', 4, 'n74'), (175, 'm75@x', 5, 'n75'), (176, 'm76@x', 6, 'n76'), (177, 'm77@x', 0, 'n77'), (178, 'm78@x', 1, 'n78'), (179, 'm79@x', 2, 'n79'), (180, 'm80@x', 3, 'n80'), (181, 'm81@x', 4, 'n81'), (182, 'm82@x', 5, 'n82'), (183, 'm83@x', 6, 'n83'), (184, 'm84@x', 0, 'n84'), (185, 'm85@x', 1, 'n85'), (186, 'm86@x', 2, 'n86'), (187, 'm87@x', 3, 'n87'), (188, 'm88@x', 4, 'n88'), (189, 'm89@x', 5, 'n89'), (190, 'm90@x', 6, 'n90'), (191, 'm91@x', 0, 'n91'), (192, 'm92@x', 1, 'n92'), (193, 'm93@x', 2, 'n93'), (194, 'm94@x', 3, 'n94'), (195, 'm95@x', 4, 'n95'), (196, 'm96@x', 5, 'n96'), (197, 'm97@x', 6, 'n97'), (198, 'm98@x', 0, 'n98'), (199, 'm99@x', 1, 'n99'), (200, 'm100@x', 2, 'n100'), (201, 'm101@x', 3, 'n101'), (202, 'm102@x', 4, 'n102'), (203, 'm103@x', 5, 'n103'), (204, 'm104@x', 6, 'n104') ON CONFLICT (email) DO NOTHING RETURNING id, points
SELECT * FROM hunt_w_members ORDER BY id

-- scenario: hunt_w7_delete_all_and_flush_then_reinsert_across_restarts
UPDATE "line_items" SET "discount" = 9 WHERE "line_items"."order_id" IN (1, 2)
DELETE FROM "line_items"
-- restart
INSERT INTO "line_items" ("order_id", "line", "product", "qty") VALUES (1, 1, 'apple', 3), (2, 1, 'plum', 1) RETURNING "discount"
UPDATE "orders" SET "qty" = 2 WHERE "id" = 1
INSERT INTO "orders" ("item", "note", "qty", "code") VALUES ('a', 'n', 4, 'c') RETURNING "id", "qty"
-- restart
TRUNCATE "orders" RESTART IDENTITY CASCADE
-- restart
INSERT INTO "orders" ("item", "note") VALUES ('b', 'm') RETURNING *
BEGIN
DELETE FROM "line_items" WHERE "order_id" = 1
INSERT INTO "line_items" ("order_id", "line", "product", "discount") VALUES (1, 1, 'apple', 2.5) RETURNING "discount"
-- restart
SELECT * FROM line_items ORDER BY order_id, line
SELECT * FROM orders ORDER BY id

-- scenario: hunt_w7_ef_core_shapes
-- params: ["340", "ef", "3"]
INSERT INTO "accounts" ("id", "name", "loyalty") VALUES ($1, $2, $3) RETURNING "mood", "labels", "tier";
-- params: ["{341,342,343}", "{a,b,c}", "{1,2,NULL}"]
INSERT INTO "accounts" ("id", "name", "loyalty") SELECT i."id", i."name", i."loyalty" FROM unnest($1::integer[], $2::text[], $3::integer[]) WITH ORDINALITY AS i ("id", "name", "loyalty", _ord) ORDER BY i._ord RETURNING "mood", "labels";
UPDATE "accounts" AS a SET "loyalty" = a."loyalty" + 1, "tier" = 'ef' WHERE a."id" > 340
-- params: ["9", "340", "4"]
UPDATE "accounts" SET "loyalty" = $1 WHERE "id" = $2 AND "loyalty" = $3;
-- params: ["9", "340", "5"]
UPDATE "accounts" SET "loyalty" = $1 WHERE "id" = $2 AND "loyalty" = $3;
DELETE FROM "accounts" AS a WHERE a."loyalty" IS NULL OR a."loyalty" > 8
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_w7_multiple_column_assignment_in_upserts
INSERT INTO accounts (id, name, loyalty, tier) VALUES (1, 'a', 2, 'b'), (350, 'n', 3, 'c') ON CONFLICT (id) DO UPDATE SET (loyalty, tier) = (EXCLUDED.loyalty + accounts.loyalty, EXCLUDED.tier) RETURNING id, loyalty, tier
INSERT INTO accounts (id, name, loyalty, tier) VALUES (2, 'a', 2, 'b') ON CONFLICT (id) DO UPDATE SET (name, loyalty) = ROW(EXCLUDED.name, DEFAULT) RETURNING id, name, loyalty, tier
INSERT INTO accounts (id, name, loyalty, tier) VALUES (3, 'a', 2, 'b') ON CONFLICT (id) DO UPDATE SET (loyalty, tier) = (EXCLUDED.loyalty) RETURNING id
INSERT INTO accounts (id, name, loyalty, tier) VALUES (3, 'a', 2, 'b') ON CONFLICT (id) DO UPDATE SET (loyalty, mood) = (7, 'sad'), tier = EXCLUDED.tier || '!' WHERE accounts.loyalty IS DISTINCT FROM 7 RETURNING id, loyalty, tier, mood
SELECT id, name, loyalty, tier, mood FROM accounts ORDER BY id
UPDATE accounts SET (loyalty, tier) = (loyalty) WHERE id = 1
UPDATE accounts SET (loyalty, tier) = (SELECT 1, 'x') WHERE id = 1 RETURNING loyalty, tier
UPDATE accounts SET (tier, loyalty) = (name, loyalty + 1) WHERE id IN (1, 2) RETURNING id, tier, loyalty
INSERT INTO accounts AS a (id, name, loyalty, tier) VALUES (1, 'p', 5, 'one'), (2, 'q', 6, 'two'), (351, 'r', 7, 'three') ON CONFLICT (id) DO UPDATE SET (loyalty, mood) = (a.loyalty + EXCLUDED.loyalty, DEFAULT), name = EXCLUDED.tier || '/' || EXCLUDED.name WHERE EXCLUDED.loyalty > 5 RETURNING id, name, loyalty, tier, mood
INSERT INTO accounts AS a (id, name, labels) VALUES (3, 'z', '{l}') ON CONFLICT (id) DO UPDATE SET (email, labels) = ROW(EXCLUDED.labels[1], a.labels || EXCLUDED.labels), (created_on, name) = ('2025-01-01', a.name || '+') RETURNING id, name, email, created_on, labels
SELECT id, name, email, created_on, loyalty, tier, mood, labels FROM accounts ORDER BY id
-- refused
INSERT INTO accounts (id, name, loyalty) VALUES (1, 'a', 2) ON CONFLICT (id) DO UPDATE SET (loyalty, tier) = (SELECT 5, 'sub') RETURNING loyalty, tier

-- scenario: hunt_w7_row_assignments_across_restarts
INSERT INTO accounts AS a (id, name, loyalty, tier) VALUES (360, 'r', 1, 'x') ON CONFLICT (id) DO UPDATE SET (loyalty, tier) = (a.loyalty + EXCLUDED.loyalty, EXCLUDED.tier) RETURNING loyalty, tier
-- restart
INSERT INTO accounts AS a (id, name, loyalty, tier) VALUES (360, 'r', 2, 'y') ON CONFLICT (id) DO UPDATE SET (loyalty, tier) = (a.loyalty + EXCLUDED.loyalty, a.tier || EXCLUDED.tier) RETURNING loyalty, tier
-- restart
UPDATE accounts SET (name, loyalty, labels) = ROW('moved', loyalty * 10, DEFAULT) WHERE id IN (1, 360) RETURNING id, name, loyalty, labels
-- restart
BEGIN
INSERT INTO accounts AS a (id, name, loyalty) VALUES (360, 'r', 5) ON CONFLICT (id) DO UPDATE SET (loyalty, mood) = (a.loyalty + 5, 'sad')
SAVEPOINT s
INSERT INTO accounts AS a (id, name, loyalty) VALUES (360, 'r', 5) ON CONFLICT (id) DO UPDATE SET (loyalty, mood) = (a.loyalty + 5, 'furious')
ROLLBACK TO SAVEPOINT s
COMMIT
-- restart
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_w7_django_composite_primary_key_bulk_update
UPDATE "line_items" SET "discount" = (CASE WHEN (("line_items"."order_id", "line_items"."line") = (1, 1)) THEN 1.5 WHEN (("line_items"."order_id", "line_items"."line") = (2, 1)) THEN 2.5 ELSE NULL END)::numeric(5, 2) WHERE ("line_items"."order_id", "line_items"."line") IN ((1, 1), (2, 1))
UPDATE "line_items" SET "discount" = ("line_items"."discount" + 1) WHERE ("line_items"."order_id" = 1 AND "line_items"."line" = 1) RETURNING "line_items"."order_id", "line_items"."line", "line_items"."discount"
INSERT INTO "line_items" ("order_id", "line", "product", "qty", "discount") SELECT * FROM UNNEST(('{8,8}')::integer[], ('{1,2}')::integer[], ('{a,b}')::text[], ('{1,2}')::integer[], ('{0.5,0.25}')::numeric(5, 2)[]) RETURNING "line_items"."order_id", "line_items"."line"
DELETE FROM "line_items" WHERE ("line_items"."order_id", "line_items"."line") IN ((8, 1)) RETURNING "discount"
SELECT * FROM line_items ORDER BY order_id, line

-- scenario: hunt_w7_null_safe_version_checks_and_large_values
-- params: ["3", "2", null]
UPDATE accounts SET loyalty = $1 WHERE id = $2 AND loyalty IS NOT DISTINCT FROM $3
-- params: ["4", "3", null]
UPDATE accounts SET loyalty = $1 WHERE id = $2 AND loyalty IS NOT DISTINCT FROM $3 RETURNING loyalty
-- params: ["5", "3", "4"]
UPDATE accounts SET loyalty = $1 WHERE id = $2 AND loyalty IS NOT DISTINCT FROM $3 RETURNING loyalty
UPDATE accounts SET tier = repeat('x', 300000) || '東', labels = array_fill('long label'::text, ARRAY[2000]) WHERE id = 1 RETURNING length(tier), cardinality(labels)
-- restart
UPDATE accounts SET tier = tier || '!' WHERE id = 1 RETURNING length(tier), right(tier, 3)
INSERT INTO accounts (id, name, tier) VALUES (1, 'x', repeat('y', 100000)) ON CONFLICT ON CONSTRAINT accounts_pkey DO UPDATE SET tier = accounts.tier || EXCLUDED.tier WHERE accounts.loyalty IS NOT DISTINCT FROM 10 RETURNING length(tier)
-- restart
SELECT id, length(tier), md5(tier), cardinality(labels), loyalty FROM accounts ORDER BY id

-- scenario: hunt_w7_row_assignments_in_upserts_meet_the_rules
INSERT INTO hunt_w_members AS m (id, email) VALUES (1, 'a@x') ON CONFLICT (id) DO UPDATE SET (lo, hi) = (5, 4)
INSERT INTO hunt_w_members AS m (id, email) VALUES (1, 'a@x') ON CONFLICT (id) DO UPDATE SET (lo, hi) = (5, m.hi) RETURNING lo, hi
INSERT INTO hunt_w_members AS m (id, email) VALUES (1, 'a@x') ON CONFLICT (id) DO UPDATE SET (points, nick) = (m.points - 1, 'neg')
INSERT INTO hunt_w_members AS m (id, email) VALUES (1, 'a@x') ON CONFLICT (id) DO UPDATE SET (points, nick) = (NULL, 'null')
INSERT INTO hunt_w_members AS m (id, email) VALUES (2, 'b@x') ON CONFLICT (id) DO UPDATE SET (mask, vmask) = (B'1', B'1')
INSERT INTO hunt_w_members AS m (id, email) VALUES (2, 'b@x') ON CONFLICT (id) DO UPDATE SET (mask, vmask) = (B'101', B'10101')
INSERT INTO hunt_w_members AS m (id, email) VALUES (2, 'b@x') ON CONFLICT (id) DO UPDATE SET (mask, vmask, handle) = (B'101', B'1010', 'bobby') RETURNING mask, vmask, handle
INSERT INTO orders (id, item, note) VALUES (1, 'a', 'n') ON CONFLICT (id) DO UPDATE SET (qty, code) = (0, 'c')
INSERT INTO orders (id, item, note) VALUES (1, 'a', 'n') RETURNING qty
INSERT INTO orders (id, item, note) VALUES (1, 'a', 'n') ON CONFLICT (id) DO UPDATE SET (code, note) = ('abcdef', 'x')
INSERT INTO orders (id, item, note) VALUES (1, 'a', 'n') ON CONFLICT (id) DO UPDATE SET (code, note) = ('ab   ', NULL)
INSERT INTO orders (id, item, note) VALUES (1, 'a', 'n') ON CONFLICT (id) DO UPDATE SET (code, note, item) = ('ab   ', 'new', EXCLUDED.item || '+') RETURNING code, length(code), note, item
SELECT * FROM hunt_w_members ORDER BY id
SELECT * FROM orders ORDER BY id

-- scenario: hunt_w7_row_assignment_keeping_the_key_in_upserts
INSERT INTO accounts AS a (id, name, loyalty, tier) VALUES (1, 'A', 3, 't'), (370, 'n', 4, 'u') ON CONFLICT (id) DO UPDATE SET (id, name, loyalty, tier) = (EXCLUDED.id, EXCLUDED.name, EXCLUDED.loyalty, EXCLUDED.tier) RETURNING id, name, loyalty, tier
INSERT INTO hunt_w6_nums AS t (n, label, rank) VALUES (2.50, 'same text', 6) ON CONFLICT (n) DO UPDATE SET (n, rank) = (EXCLUDED.n, EXCLUDED.rank) RETURNING n, rank
-- refused
INSERT INTO hunt_w6_nums AS t (n, label, rank) VALUES (1.000, 'one again', 5) ON CONFLICT (n) DO UPDATE SET (n, rank) = (EXCLUDED.n, EXCLUDED.rank) RETURNING n, rank
SELECT id, name, loyalty, tier FROM accounts ORDER BY id
SELECT n, label, rank FROM hunt_w6_nums ORDER BY n
-- refused
INSERT INTO hunt_w_members (id, email, nick) VALUES (20, 'a@x', 'moved') ON CONFLICT (email) DO UPDATE SET (id, nick) = (EXCLUDED.id, EXCLUDED.nick)

-- scenario: hunt_w7_laravel_and_ent_shapes
-- params: ["380", "lv", "2"]
insert into "accounts" ("id", "name", "loyalty") values ($1, $2, $3) returning "id"
update "accounts" set "loyalty" = "loyalty" + 5, "tier" = 'inc' where "id" = 380
insert into "accounts" ("id", "loyalty", "name") values (380, 9, 'lv'), (381, 1, 'lw') on conflict ("id") do update set "loyalty" = "excluded"."loyalty", "name" = "excluded"."name"
insert into "accounts" ("id", "loyalty", "name") values (381, 50, 'dup'), (382, 2, 'lx') on conflict do nothing
-- params: ["ent", "1", "383"]
INSERT INTO "accounts" ("name", "loyalty", "id") VALUES ($1, $2, $3) ON CONFLICT ("id") DO UPDATE SET "loyalty" = "excluded"."loyalty" RETURNING "id"
-- params: ["4", "383"]
UPDATE "accounts" SET "loyalty" = COALESCE("accounts"."loyalty", 0) + $1 WHERE "accounts"."id" = $2
-- params: ["383"]
UPDATE "accounts" SET "tier" = NULL, "labels" = NULL WHERE "accounts"."id" = $1
-- params: ["{380,381}"]
UPDATE "accounts" SET "mood" = 'grumpy' WHERE "accounts"."id" = ANY($1) RETURNING "id", "mood"
-- restart
SELECT id, name, loyalty, tier, mood, labels FROM accounts WHERE id >= 380 ORDER BY id

-- ---------------------------------------------------------------- hunt_w8: ORM writes, transaction shapes, keys
-- scenario: hunt_w8_hibernate_batched_updates_and_version_in_transaction
BEGIN
SET TRANSACTION ISOLATION LEVEL REPEATABLE READ
-- params: ["11", "Alice", "1"]
update accounts set loyalty=$1,name=$2 where id=$3
-- params: ["12", "Bob", "2"]
update accounts set loyalty=$1,name=$2 where id=$3
-- params: [null, "Zoë", "3"]
update accounts set loyalty=$1,name=$2 where id=$3
-- params: ["13", "Alice", "1", "11"]
update accounts set loyalty=$1,name=$2 where id=$3 and loyalty=$4
-- params: ["14", "Bob", "2", "11"]
update accounts set loyalty=$1,name=$2 where id=$3 and loyalty=$4
COMMIT
-- restart
SELECT id, name, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w8_hibernate_rewritten_batch_insert_with_duplicate
BEGIN
-- params: [null, null, "{h}", "1", "sad", "h1", "ht", "300", null, "x@y", "{}", "2", "happy", "h2", null, "301"]
insert into accounts (created_on,email,labels,loyalty,mood,name,tier,id) values ($1,$2,$3,$4,$5,$6,$7,$8),($9,$10,$11,$12,$13,$14,$15,$16)
SAVEPOINT s1
-- params: [null, null, "{h}", "5", "sad", "h3", "ht", "302", null, null, "{}", "6", "happy", "h4", null, "300"]
insert into accounts (created_on,email,labels,loyalty,mood,name,tier,id) values ($1,$2,$3,$4,$5,$6,$7,$8),($9,$10,$11,$12,$13,$14,$15,$16)
ROLLBACK TO SAVEPOINT s1
SELECT id, loyalty, tier, mood, labels FROM accounts WHERE id >= 300 ORDER BY id
COMMIT
-- restart
SELECT id, name, email, loyalty, tier, mood, labels FROM accounts WHERE id >= 300 ORDER BY id

-- scenario: hunt_w8_django_f_expression_params_and_returning_id
-- params: ["3", "1"]
UPDATE "accounts" SET "loyalty" = ("accounts"."loyalty" + $1) WHERE "accounts"."id" = $2
-- params: ["2", "1", "2", "3"]
UPDATE "accounts" SET "loyalty" = (COALESCE("accounts"."loyalty", $1) * $2) WHERE "accounts"."id" IN ($3, $4)
-- params: ["390", "dj", "4", "gold"]
INSERT INTO "accounts" ("id", "name", "loyalty", "tier") VALUES ($1, $2, $3, $4) RETURNING "accounts"."id"
-- params: ["5", "390"]
UPDATE "accounts" SET "loyalty" = ("accounts"."loyalty" - $1) WHERE "accounts"."id" = $2 RETURNING "accounts"."loyalty"
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w8_django_get_or_create_in_three_savepoints
BEGIN
SAVEPOINT "s_1"
UPDATE "accounts" SET "loyalty" = 100 WHERE "accounts"."id" = 8
SAVEPOINT "s_2"
INSERT INTO "accounts" ("id", "name", "loyalty") VALUES (391, 'g', 1) RETURNING "accounts"."id"
SAVEPOINT "s_3"
INSERT INTO "accounts" ("id", "name", "loyalty") VALUES (8, 'dup', 2) RETURNING "accounts"."id"
ROLLBACK TO SAVEPOINT "s_3"
UPDATE "accounts" SET "loyalty" = "loyalty" + 1 WHERE "accounts"."id" IN (8, 391) RETURNING "id", "loyalty"
RELEASE SAVEPOINT "s_3"
RELEASE SAVEPOINT "s_2"
SAVEPOINT "s_4"
UPDATE "accounts" SET "tier" = 'lost' WHERE "accounts"."id" = 391
ROLLBACK TO SAVEPOINT "s_4"
RELEASE SAVEPOINT "s_1"
COMMIT
-- restart
SELECT id, name, loyalty, tier FROM accounts WHERE id IN (8, 391) ORDER BY id

-- scenario: hunt_w8_rails_upsert_all_with_timestamps_case
INSERT INTO "accounts" ("id","name","loyalty","tier") VALUES (1, 'Alice', 10, 'gold'), (2, 'Bob', 5, 'silver'), (392, 'r', 1, 'n') ON CONFLICT ("id") DO UPDATE SET "loyalty"=excluded."loyalty","tier"=excluded."tier","created_on"=(CASE WHEN ("accounts"."loyalty" IS DISTINCT FROM excluded."loyalty" OR "accounts"."tier" IS DISTINCT FROM excluded."tier") THEN '2030-01-01'::date ELSE "accounts"."created_on" END) RETURNING "id"
SELECT id, name, created_on, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w8_rails_upsert_all_returning_shadow_and_update_counters
INSERT INTO "accounts" ("id","name","loyalty") VALUES (3, 'Zoë', 4), (393, 'n', NULL) ON CONFLICT ("id") DO UPDATE SET "loyalty"=excluded."loyalty" RETURNING "id","loyalty","tier","mood"
UPDATE "accounts" SET "loyalty" = COALESCE("loyalty", 0) + 1 WHERE "accounts"."id" = 393
UPDATE "accounts" SET "loyalty" = COALESCE("loyalty", 0) + 1, "tier" = COALESCE("tier", 0::text) WHERE "accounts"."id" IN (2, 393)
-- params: ["2025-01-01", "393"]
UPDATE "accounts" SET "created_on" = $1 WHERE "accounts"."id" = $2
-- restart
SELECT id, name, created_on, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w8_sqlalchemy_insertmanyvalues_upsert_with_duplicate_key
-- params: ["1", "a", "50", "394", "b", "2", "395", "c", "3"]
INSERT INTO accounts (id, name, loyalty) SELECT p0::INTEGER, p1::VARCHAR, p2::INTEGER FROM (VALUES ($1::INTEGER, $2::VARCHAR, $3::INTEGER, 0), ($4::INTEGER, $5::VARCHAR, $6::INTEGER, 1), ($7::INTEGER, $8::VARCHAR, $9::INTEGER, 2)) AS imp_sen(p0, p1, p2, sen_counter) ORDER BY sen_counter ON CONFLICT (id) DO UPDATE SET loyalty = excluded.loyalty RETURNING accounts.id, accounts.loyalty, accounts.tier, accounts.id AS id__1
-- params: ["394", "a", "60", "394", "b", "70"]
INSERT INTO accounts (id, name, loyalty) SELECT p0::INTEGER, p1::VARCHAR, p2::INTEGER FROM (VALUES ($1::INTEGER, $2::VARCHAR, $3::INTEGER, 0), ($4::INTEGER, $5::VARCHAR, $6::INTEGER, 1)) AS imp_sen(p0, p1, p2, sen_counter) ORDER BY sen_counter ON CONFLICT (id) DO UPDATE SET loyalty = excluded.loyalty RETURNING accounts.id, accounts.loyalty
-- params: ["2", "a", "60", "396", "b", "70", "396", "c", "80"]
INSERT INTO accounts (id, name, loyalty) SELECT p0::INTEGER, p1::VARCHAR, p2::INTEGER FROM (VALUES ($1::INTEGER, $2::VARCHAR, $3::INTEGER, 0), ($4::INTEGER, $5::VARCHAR, $6::INTEGER, 1), ($7::INTEGER, $8::VARCHAR, $9::INTEGER, 2)) AS imp_sen(p0, p1, p2, sen_counter) ORDER BY sen_counter ON CONFLICT (id) DO NOTHING RETURNING accounts.id, accounts.loyalty
SELECT id, name, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w8_sqlalchemy_executemany_update_in_transaction_with_error
BEGIN
-- params: ["5", "1"]
UPDATE accounts SET loyalty=$1::INTEGER WHERE accounts.id = $2::INTEGER
-- params: ["6", "2"]
UPDATE accounts SET loyalty=$1::INTEGER WHERE accounts.id = $2::INTEGER
-- params: ["x", "3"]
UPDATE accounts SET loyalty=$1::INTEGER WHERE accounts.id = $2::INTEGER
ROLLBACK
BEGIN
-- params: ["7", "1"]
UPDATE accounts SET loyalty=$1::INTEGER WHERE accounts.id = $2::INTEGER
COMMIT
-- restart
SELECT id, loyalty FROM accounts ORDER BY id

-- scenario: hunt_w8_prisma_upsert_update_many_and_nested
-- params: ["1", "Alice", "5", "7", "1"]
INSERT INTO "public"."accounts" ("id","name","loyalty") VALUES ($1,$2,$3) ON CONFLICT ("id") DO UPDATE SET "loyalty" = $4 WHERE ("public"."accounts"."id" = $5 AND 1=1) RETURNING "public"."accounts"."id", "public"."accounts"."name", "public"."accounts"."loyalty", "public"."accounts"."tier"
-- params: ["397", "new", "5", "7", "397"]
INSERT INTO "public"."accounts" ("id","name","loyalty") VALUES ($1,$2,$3) ON CONFLICT ("id") DO UPDATE SET "loyalty" = $4 WHERE ("public"."accounts"."id" = $5 AND 1=1) RETURNING "public"."accounts"."id", "public"."accounts"."name", "public"."accounts"."loyalty", "public"."accounts"."tier"
-- params: ["platinum", "5"]
UPDATE "public"."accounts" SET "tier" = $1 WHERE "public"."accounts"."loyalty" >= $2
-- params: ["{a}", "gold", "platinum"]
UPDATE "public"."accounts" SET "labels" = $1 WHERE "public"."accounts"."tier" IN ($2,$3)
-- params: ["sad"]
DELETE FROM "public"."accounts" WHERE ("public"."accounts"."mood" = CAST($1::text AS "public"."mood") AND "public"."accounts"."id" NOT IN (SELECT "account_id" FROM "public"."bills" WHERE "account_id" IS NOT NULL))
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_w8_gorm_and_drizzle_excluded_forms
INSERT INTO "accounts" ("id","name","loyalty","tier") VALUES (1,'Alice',21,'g'),(398,'go',2,NULL) ON CONFLICT ("id") DO UPDATE SET "loyalty"="excluded"."loyalty","tier"="excluded"."tier" RETURNING "id","loyalty","tier"
insert into "accounts" ("id", "name", "email", "created_on", "loyalty", "tier", "mood", "labels") values (2, 'Bob', default, default, 30, default, default, default), (399, 'dz', default, default, default, default, 'sad', default) on conflict ("id") do update set "loyalty" = excluded."loyalty", "mood" = excluded."mood" returning "id", "loyalty", "tier", "mood", "labels"
insert into "accounts" ("id", "name", "loyalty") values (3, 'Zoë', 9) on conflict ("id") do update set "loyalty" = "accounts"."loyalty" + excluded."loyalty" where "accounts"."tier" = 'bronze' returning *
insert into "accounts" ("id", "name", "loyalty") values (4, 'x', 9) on conflict ("id") do update set "loyalty" = "accounts"."loyalty" + excluded."loyalty" where "accounts"."tier" = 'bronze' returning *
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_w8_sequelize_bulk_create_update_on_duplicate
INSERT INTO "accounts" ("id","name","loyalty","tier","created_on") VALUES (1,'Alice',1,'s1','2024-01-05'),(5,'O''Brien',2,'s2',NULL),(400,'sq',3,'s3',NULL) ON CONFLICT ("id") DO UPDATE SET "loyalty"=EXCLUDED."loyalty","tier"=EXCLUDED."tier","created_on"=EXCLUDED."created_on" RETURNING "id","name","email","created_on","loyalty","tier","mood","labels";
SELECT id, name, created_on, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w8_multi_statement_implicit_transaction_errors
UPDATE accounts SET loyalty = 1 WHERE id = 1; INSERT INTO accounts (id, name, loyalty) VALUES (401, 'a', 1), (2, 'dup', 2); UPDATE accounts SET tier = 'never' WHERE id = 1
SELECT id, loyalty, tier FROM accounts WHERE id IN (1, 2, 401) ORDER BY id
INSERT INTO accounts (id, name, loyalty) VALUES (402, 'b', 2); UPDATE accounts SET loyalty = '2x' WHERE id = 402
SELECT id, loyalty FROM accounts WHERE id >= 400 ORDER BY id
UPDATE orders SET qty = 1; INSERT INTO orders (id, item, note, qty) VALUES (403, 'a', 'n', 1), (404, 'b', 'n', -1)
INSERT INTO orders (id, item, note) VALUES (405, 'a', 'n'), (406, 'b', NULL); SELECT 1
SELECT * FROM orders ORDER BY id
BEGIN; UPDATE accounts SET loyalty = 5 WHERE id = 1; COMMIT; UPDATE accounts SET loyalty = 6 WHERE id = 1; SELECT 1/0
-- restart
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w8_commit_and_chain_with_shadow_writes_and_restart
BEGIN ISOLATION LEVEL REPEATABLE READ
UPDATE accounts SET loyalty = 40 WHERE id = 1
COMMIT AND CHAIN
SHOW transaction_isolation
UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 1 RETURNING loyalty
ROLLBACK AND CHAIN
UPDATE accounts SET tier = 'chained' WHERE id = 1 RETURNING loyalty, tier
COMMIT
-- restart
SELECT id, loyalty, tier FROM accounts WHERE id = 1

-- scenario: hunt_w8_delete_reinsert_same_key_with_savepoint_between
BEGIN
UPDATE accounts SET loyalty = 50, tier = 'before' WHERE id = 8
SAVEPOINT a
DELETE FROM accounts WHERE id = 8 RETURNING id, loyalty, tier
INSERT INTO accounts (id, name, loyalty) VALUES (8, 'again', 1) RETURNING id, loyalty, tier, mood
SAVEPOINT b
UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 8 RETURNING loyalty
ROLLBACK TO SAVEPOINT a
SELECT id, name, loyalty, tier FROM accounts WHERE id = 8
DELETE FROM accounts WHERE id = 8
SAVEPOINT c
INSERT INTO accounts (id, name, tier) VALUES (8, 'third', 't') RETURNING loyalty, tier
RELEASE SAVEPOINT c
COMMIT
-- restart
SELECT id, name, loyalty, tier, mood, labels FROM accounts WHERE id = 8

-- scenario: hunt_w8_errors_after_partial_writes_each_kind
BEGIN
INSERT INTO orders (id, item, note, qty) VALUES (410, 'a', 'n', 2)
SAVEPOINT s
INSERT INTO orders (id, item, note, qty) VALUES (411, 'b', 'n', 1), (410, 'dup', 'n', 1)
ROLLBACK TO s
UPDATE orders SET qty = qty - 2 WHERE id = 410
ROLLBACK TO s
UPDATE orders SET note = NULL WHERE id = 410
ROLLBACK TO s
UPDATE orders SET code = 'abcdefg' WHERE id = 410
ROLLBACK TO s
UPDATE orders SET qty = 'two' WHERE id = 410
ROLLBACK TO s
UPDATE orders SET qty = qty + 1, code = 'ok' WHERE id = 410 RETURNING qty, code, note
COMMIT
-- restart
SELECT * FROM orders ORDER BY id

-- scenario: hunt_w8_returning_mixed_shadow_and_live_expressions
UPDATE accounts SET loyalty = loyalty + id, name = name || '*' WHERE id IN (1, 2, 4) RETURNING id, name || ':' || coalesce(tier, '-') AS label, loyalty * id AS prod, (loyalty > id) AS bigger, ROW(id, loyalty, tier)::text AS r, CASE WHEN mood = 'happy' THEN name ELSE tier END AS pick
INSERT INTO accounts (id, name, loyalty, tier) VALUES (412, 'n', 3, 't') RETURNING id + loyalty, name || tier, array_append(labels, name), mood::text || id
DELETE FROM accounts WHERE id = 412 RETURNING loyalty::text || '/' || name, labels || tier
INSERT INTO accounts (id, name, loyalty) VALUES (1, 'x', 2) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty * excluded.loyalty, email = accounts.email || '!' RETURNING id, email, loyalty, email || loyalty
SELECT id, name, email, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w8_update_key_and_shadow_column_together
UPDATE accounts SET id = id + 100, loyalty = 1 WHERE id IN (6, 8) RETURNING id, loyalty, tier, mood
UPDATE accounts SET loyalty = loyalty + 1, id = id - 100 WHERE id = 106 RETURNING *
BEGIN
UPDATE accounts SET id = id + 1000, tier = 'moved' WHERE id = 108
SAVEPOINT s
UPDATE accounts SET id = 8, loyalty = loyalty + 5 WHERE id = 1108 RETURNING id, loyalty, tier
ROLLBACK TO SAVEPOINT s
UPDATE accounts SET tier = tier || '!' WHERE id = 1108
COMMIT
-- restart
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_w8_update_from_several_matching_rows
UPDATE accounts a SET loyalty = coalesce(a.loyalty, 0) + 1 FROM bills b WHERE b.account_id = a.id RETURNING a.id, a.loyalty
UPDATE accounts a SET tier = 'has bills' FROM bills b WHERE b.account_id = a.id AND b.amount > 1
UPDATE bills b SET paid = true FROM accounts a WHERE a.id = b.account_id AND a.loyalty > 5 RETURNING b.id, b.paid
SELECT id, loyalty, tier FROM accounts ORDER BY id
SELECT id, paid FROM bills ORDER BY id

-- scenario: hunt_w8_delete_using_several_matches_and_reinsert
DELETE FROM bills b USING accounts a WHERE a.id = b.account_id AND a.loyalty IS NOT NULL RETURNING b.id, b.paid, b.due
DELETE FROM accounts a USING accounts a2 WHERE a2.id > a.id AND a.id >= 6 AND a.id NOT IN (SELECT account_id FROM bills WHERE account_id IS NOT NULL) RETURNING a.id, a.loyalty
INSERT INTO accounts (id, name) VALUES (6, 'six') RETURNING id, loyalty, tier
INSERT INTO bills (id, account_id, amount) VALUES (1, 1, 5) RETURNING paid, due
SELECT id, name, loyalty, tier FROM accounts ORDER BY id
SELECT id, paid, due FROM bills ORDER BY id

-- scenario: hunt_w8_composite_key_upserts_and_key_moves
INSERT INTO line_items (order_id, line, product, discount) VALUES (1, 1, 'apple', 1), (1, 2, 'pear', 2), (9, 1, 'new', 3) ON CONFLICT (order_id, line) DO UPDATE SET discount = line_items.discount + excluded.discount RETURNING order_id, line, discount
UPDATE line_items SET order_id = order_id + 10, discount = discount * 2 WHERE order_id = 9 RETURNING *
-- params: ["2", "1", "7.5"]
UPDATE line_items SET discount = $3 WHERE order_id = $1 AND line = $2 RETURNING discount
DELETE FROM line_items WHERE (order_id, line) = (1, 1) RETURNING *
INSERT INTO line_items (order_id, line, product) VALUES (1, 1, 'apple again') RETURNING discount
-- restart
SELECT * FROM line_items ORDER BY order_id, line

-- scenario: hunt_w8_text_and_uuid_keys_moves_and_upserts
UPDATE notes SET slug = slug || '!', stars = stars + 1 WHERE body IS NOT NULL RETURNING slug, stars
INSERT INTO notes (slug, body, stars) VALUES ('it''s "q"!', 'dup', 1), ('new', 'n', 2) ON CONFLICT (slug) DO UPDATE SET stars = notes.stars * 10 RETURNING slug, stars
UPDATE visits SET kind = 'app' WHERE visitor = '00000000-0000-0000-0000-000000000001' RETURNING visitor, at, kind
UPDATE visits SET visitor = 'b0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', kind = kind || '+' WHERE at < '2024-05-01' RETURNING visitor, kind
-- restart
SELECT slug, body, stars FROM notes ORDER BY slug
SELECT visitor, at, kind FROM visits ORDER BY visitor, at

-- scenario: hunt_w8_commit_and_chain_then_session_lost
BEGIN
UPDATE accounts SET loyalty = 40, tier = 'chained' WHERE id = 1
COMMIT AND CHAIN
UPDATE accounts SET loyalty = 41 WHERE id = 2
-- restart
SELECT id, loyalty, tier FROM accounts WHERE id <= 2 ORDER BY id

-- scenario: hunt_w8_commit_inside_a_string_then_session_lost
BEGIN; UPDATE accounts SET loyalty = 50 WHERE id = 1; INSERT INTO accounts (id, name, tier) VALUES (420, 'kept', 'k'); COMMIT; BEGIN; UPDATE accounts SET loyalty = 51 WHERE id = 2
-- restart
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w8_chained_transactions_changing_the_committed_rows
BEGIN
UPDATE accounts SET loyalty = 60, tier = 'one' WHERE id = 1
INSERT INTO accounts (id, name, loyalty) VALUES (421, 'chain', 1)
COMMIT AND CHAIN
UPDATE accounts SET loyalty = loyalty + 1 WHERE id IN (1, 421) RETURNING id, loyalty
SAVEPOINT s
DELETE FROM accounts WHERE id = 421
ROLLBACK TO SAVEPOINT s
ROLLBACK AND CHAIN
SELECT id, loyalty, tier FROM accounts WHERE id IN (1, 421) ORDER BY id
UPDATE accounts SET tier = 'two' WHERE id = 421
COMMIT AND CHAIN
DELETE FROM accounts WHERE id = 421
COMMIT AND CHAIN
INSERT INTO accounts (id, name, tier) VALUES (421, 'again', 'new')
-- restart
SELECT id, name, loyalty, tier FROM accounts WHERE id IN (1, 421) ORDER BY id
BEGIN; UPDATE accounts SET loyalty = 70 WHERE id = 2; COMMIT AND CHAIN; UPDATE accounts SET loyalty = 71 WHERE id = 2; COMMIT; BEGIN; UPDATE accounts SET loyalty = 72 WHERE id = 3; SAVEPOINT a; UPDATE accounts SET tier = 'lost' WHERE id = 3
-- restart
SELECT id, loyalty, tier FROM accounts WHERE id <= 3 ORDER BY id

-- scenario: hunt_w8_sqlalchemy_insertmanyvalues_serial_key_sentinel
-- params: ["pen", "blue", "2", "ink", "black", null, "pad", "A5", "4"]
INSERT INTO orders (item, note, qty) SELECT p0::VARCHAR, p1::VARCHAR, p2::INTEGER FROM (VALUES ($1, $2, $3, 0), ($4, $5, $6, 1), ($7, $8, $9, 2)) AS imp_sen(p0, p1, p2, sen_counter) ORDER BY sen_counter RETURNING orders.id, orders.qty, orders.code, orders.note, orders.id AS id__1
-- params: ["a", "n", "1", "b", "m", "0"]
INSERT INTO orders (item, note, qty) SELECT p0::VARCHAR, p1::VARCHAR, p2::INTEGER FROM (VALUES ($1, $2, $3, 0), ($4, $5, $6, 1)) AS imp_sen(p0, p1, p2, sen_counter) ORDER BY sen_counter RETURNING orders.id, orders.qty
-- params: ["x", null, "y", "z"]
INSERT INTO orders (item, note) VALUES ($1::VARCHAR, $2::VARCHAR), ($3::VARCHAR, $4::VARCHAR) RETURNING orders.id
INSERT INTO orders (item, note, code) SELECT p0, p1, p2 FROM (VALUES ('c', 'n', 'abc  ', 0), ('d', 'n', 'ab', 1)) AS imp_sen(p0, p1, p2, sen_counter) ORDER BY sen_counter RETURNING orders.id, orders.code, length(orders.code)
SELECT * FROM orders ORDER BY id

-- scenario: hunt_w8_knex_merge_and_sequelize_upsert
insert into "accounts" ("id", "loyalty", "name", "tier") values (1, 31, 'Alice', 'k'), (430, 2, 'kx', NULL) on conflict ("id") do update set "id" = excluded."id", "loyalty" = excluded."loyalty", "name" = excluded."name", "tier" = excluded."tier" returning *
insert into "accounts" ("id", "loyalty", "name") values (2, 5, 'Bob') on conflict ("id") do update set "loyalty" = excluded."loyalty" returning "id", "loyalty", "tier"
-- params: ["3", "Zoë", "9"]
INSERT INTO "accounts" ("id","name","loyalty") VALUES ($1,$2,$3) ON CONFLICT ("id") DO UPDATE SET "id"=EXCLUDED."id","name"=EXCLUDED."name","loyalty"=EXCLUDED."loyalty" RETURNING "id","name","email","created_on","loyalty","tier","mood","labels";
-- params: ["431", "sq", "1"]
INSERT INTO "accounts" ("id","name","loyalty") VALUES ($1,$2,$3) ON CONFLICT ("id") DO UPDATE SET "id"=EXCLUDED."id","name"=EXCLUDED."name","loyalty"=EXCLUDED."loyalty" RETURNING "id","name","email","created_on","loyalty","tier","mood","labels";
insert into "accounts" ("id", "name", "loyalty") values (4, 'x', 1) on conflict ("id") do nothing returning *
-- restart
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_w8_ecto_update_all_and_delete_all_with_joins
-- params: ["joined", "1"]
UPDATE "accounts" AS a0 SET "tier" = $1 FROM "bills" AS b1 WHERE (b1."account_id" = a0."id") AND (b1."amount" > $2) RETURNING a0."id", a0."tier"
-- params: ["1"]
UPDATE "accounts" AS a0 SET "loyalty" = a0."loyalty" + $1 FROM "bills" AS b1 WHERE (b1."account_id" = a0."id") RETURNING a0."id", a0."loyalty"
-- params: ["5"]
UPDATE "accounts" AS a0 SET "loyalty" = b1."amount"::integer, "name" = a0."name" FROM "bills" AS b1 WHERE (b1."account_id" = a0."id") AND (b1."id" = $1) RETURNING a0."id", a0."loyalty"
-- params: ["t"]
DELETE FROM "bills" AS b0 USING "accounts" AS a1 WHERE (a1."id" = b0."account_id") AND (b0."paid" = $1::boolean) RETURNING b0."id", b0."due"
-- params: ["x"]
UPDATE "accounts" AS a0 SET "tier" = $1 WHERE (a0."id" IN (SELECT sb0."account_id" FROM "bills" AS sb0 WHERE sb0."paid"))
SELECT id, loyalty, tier FROM accounts ORDER BY id
SELECT id, account_id, paid, due FROM bills ORDER BY id

-- scenario: hunt_w8_drizzle_kysely_target_and_set_where
insert into "accounts" ("id", "name", "email", "created_on", "loyalty", "tier", "mood", "labels") values (1, 'Alice', default, default, 50, default, default, default), (2, 'Bob', default, default, 1, default, default, default), (432, 'dz', default, default, 3, default, default, default) on conflict ("id") do update set "loyalty" = excluded.loyalty where "accounts"."loyalty" < excluded.loyalty returning "id", "loyalty"
-- params: ["3", "z", "5", "5"]
insert into "accounts" ("id", "name", "loyalty") values ($1, $2, $3) on conflict ("id") do update set "loyalty" = coalesce("accounts"."loyalty", 0) + $4 returning "id", "loyalty", "mood"
-- params: ["433", "ky", "{a,b}", "sad"]
insert into "accounts" ("id", "name", "labels", "mood") values ($1, $2, $3, $4) on conflict ("id") do update set "labels" = "excluded"."labels", "mood" = "excluded"."mood" returning "labels", "mood"
-- params: ["433", "ky", "{c}", "happy"]
insert into "accounts" ("id", "name", "labels", "mood") values ($1, $2, $3, $4) on conflict ("id") do update set "labels" = "accounts"."labels" || "excluded"."labels", "mood" = "excluded"."mood" returning "labels", "mood"
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_w8_django_bulk_update_composite_key_params
-- params: ["1", "1", "1.5", "2", "1", "2.25", "1", "1", "2", "1"]
UPDATE "line_items" SET "discount" = CASE WHEN ("line_items"."order_id" = $1 AND "line_items"."line" = $2) THEN $3::numeric(5,2) WHEN ("line_items"."order_id" = $4 AND "line_items"."line" = $5) THEN $6::numeric(5,2) ELSE NULL END WHERE (("line_items"."order_id" = $7 AND "line_items"."line" = $8) OR ("line_items"."order_id" = $9 AND "line_items"."line" = $10))
-- params: ["9", "8", "apple", "3"]
UPDATE "line_items" SET "qty" = $1, "discount" = $2 WHERE "line_items"."product" = $3 RETURNING "line_items"."order_id", "line_items"."discount", "line_items"."qty"
-- params: ["999.999", "3", "1"]
UPDATE "line_items" SET "discount" = $1 WHERE "line_items"."order_id" = $2 AND "line_items"."line" = $3
SELECT * FROM line_items ORDER BY order_id, line

-- scenario: hunt_w8_key_moves_with_parameters_and_from_duplicates
-- params: ["600", "5", "8"]
UPDATE accounts SET id = $1, loyalty = $2 WHERE id = $3 RETURNING id, loyalty, tier
UPDATE accounts a SET id = a.id + 1, tier = 'dup from' FROM (VALUES (600), (600)) AS v(x) WHERE a.id = v.x RETURNING a.id, a.loyalty, a.tier
-- params: ["fresh", "1", "it's \"q\""]
UPDATE notes SET slug = $1, stars = stars + $2::int WHERE slug = $3 RETURNING slug, stars
-- params: ["2024-01-01 12:00:00+02", "moved", "00000000-0000-0000-0000-000000000001", "2024-01-01 11:00:00+01"]
UPDATE visits SET at = $1, kind = $2 WHERE visitor = $3 AND at = $4 RETURNING visitor, at, kind
-- restart
SELECT id, name, loyalty, tier FROM accounts ORDER BY id
SELECT slug, stars FROM notes ORDER BY slug
SELECT visitor, at, kind FROM visits ORDER BY visitor, at

-- scenario: hunt_w8_default_values_conflicts_and_identity_keys
INSERT INTO hunt_w6_ids DEFAULT VALUES RETURNING id, label, rank, note
INSERT INTO hunt_w6_ids (label, note) VALUES ('x', 'n'), ('y', NULL) RETURNING id, rank, note
INSERT INTO hunt_w6_tokens DEFAULT VALUES ON CONFLICT DO NOTHING RETURNING id, rank
INSERT INTO hunt_w6_tokens (label, rank) VALUES ('t1', 5), ('t9', 6) ON CONFLICT (label) DO UPDATE SET rank = hunt_w6_tokens.rank + excluded.rank RETURNING label, rank
INSERT INTO hunt_w6_tokens (label, rank) VALUES ('t1', 1), ('t10', 2) ON CONFLICT (label) DO NOTHING RETURNING label, rank
-- restart
SELECT id, label, rank, note FROM hunt_w6_ids ORDER BY id
SELECT label, rank, note FROM hunt_w6_tokens ORDER BY label

-- scenario: hunt_w8_savepoints_three_deep_release_and_rollback_to
BEGIN
SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
UPDATE accounts SET loyalty = 1 WHERE id = 1
SAVEPOINT a
UPDATE accounts SET loyalty = 2, tier = 'a' WHERE id = 1
SAVEPOINT b
INSERT INTO accounts (id, name, loyalty) VALUES (440, 'b', 2)
SAVEPOINT c
UPDATE accounts SET loyalty = 3 WHERE id IN (1, 440)
RELEASE SAVEPOINT b
SELECT id, loyalty, tier FROM accounts WHERE id IN (1, 440) ORDER BY id
SAVEPOINT d
DELETE FROM accounts WHERE id = 440
ROLLBACK TO SAVEPOINT a
SELECT id, loyalty, tier FROM accounts WHERE id IN (1, 440) ORDER BY id
INSERT INTO accounts (id, name, tier) VALUES (440, 'again', 'x')
SAVEPOINT a
UPDATE accounts SET tier = 'inner' WHERE id = 440
ROLLBACK TO SAVEPOINT a
RELEASE SAVEPOINT a
COMMIT
-- restart
SELECT id, name, loyalty, tier FROM accounts WHERE id IN (1, 440) ORDER BY id

-- scenario: hunt_w8_batch_params_errors_in_the_second_row
BEGIN
SAVEPOINT s
-- params: ["450", "a", "1", "451", "b", "x"]
INSERT INTO accounts (id, name, loyalty) VALUES ($1, $2, $3), ($4, $5, $6)
ROLLBACK TO SAVEPOINT s
-- params: ["452", "a", "n", "453", "b", null]
INSERT INTO orders (id, item, note) VALUES ($1, $2, $3), ($4, $5, $6)
ROLLBACK TO SAVEPOINT s
-- params: ["454", "a", "n", "1", "455", "b", "n", "-1"]
INSERT INTO orders (id, item, note, qty) VALUES ($1, $2, $3, $4), ($5, $6, $7, $8)
ROLLBACK TO SAVEPOINT s
-- params: ["456", "a", "happy", "457", "b", "joyful"]
INSERT INTO accounts (id, name, mood) VALUES ($1, $2, $3), ($4, $5, $6)
ROLLBACK TO SAVEPOINT s
-- params: ["458", "a", "1", "1", "b", "2"]
INSERT INTO accounts (id, name, loyalty) VALUES ($1, $2, $3), ($4, $5, $6) RETURNING id
ROLLBACK TO SAVEPOINT s
-- params: ["459", "a", "1", "460", "b", "2"]
INSERT INTO accounts (id, name, loyalty) VALUES ($1, $2, $3), ($4, $5, $6) RETURNING id, loyalty
COMMIT
-- restart
SELECT id, name, loyalty, mood FROM accounts WHERE id >= 450 ORDER BY id
SELECT * FROM orders ORDER BY id

-- scenario: hunt_w8_upsert_from_same_table_reading_existing_and_excluded
INSERT INTO accounts (id, name, loyalty, tier) SELECT id, name, coalesce(loyalty, 0) + 100, 'copy:' || coalesce(tier, '-') FROM accounts WHERE id <= 3 ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty + excluded.loyalty, tier = excluded.tier || '|' || coalesce(accounts.tier, '') RETURNING id, loyalty, tier
INSERT INTO accounts (id, name, loyalty) SELECT id + 500, name, loyalty FROM accounts WHERE id IN (1, 2) ON CONFLICT DO NOTHING RETURNING id, loyalty, tier, mood
INSERT INTO accounts (id, name, loyalty) SELECT id, name, loyalty FROM accounts WHERE id IN (501, 4) ON CONFLICT (id) DO UPDATE SET loyalty = excluded.loyalty * 2 WHERE accounts.mood = 'happy' RETURNING id, loyalty
SELECT id, name, loyalty, tier, mood FROM accounts ORDER BY id

-- scenario: hunt_w8_mikroorm_batch_case_else_reads_the_column
update "accounts" set "loyalty" = case when ("id" = 1) then 5 when ("id" = 2) then 6 else "loyalty" end, "tier" = case when ("id" = 1) then 'a' else "tier" end where "id" in (1, 2, 3) returning "id", "loyalty", "tier"
-- params: ["1", "7", "3", "8", "x", "3", "1", "3"]
update "accounts" set "loyalty" = case when ("id" = $1) then $2::int when ("id" = $3) then $4::int else "loyalty" end, "tier" = case when ("id" = $5) then $6 else "tier" end where "id" in ($7, $8) returning "id", "loyalty", "tier"
update "line_items" set "discount" = case when ("order_id" = 1 and "line" = 1) then 0.5 else "discount" + 1 end where ("order_id", "line") in ((1, 1), (1, 2)) returning "order_id", "line", "discount"
SELECT id, loyalty, tier FROM accounts ORDER BY id
SELECT * FROM line_items ORDER BY order_id, line

-- scenario: hunt_w8_sqlalchemy_core_update_returning_and_conflict_where
-- params: ["1", "silver"]
UPDATE accounts SET loyalty=(accounts.loyalty + $1::INTEGER) WHERE accounts.tier = $2::VARCHAR RETURNING accounts.id, accounts.loyalty
-- params: ["4", "x", "20"]
INSERT INTO accounts (id, name, loyalty) VALUES ($1::INTEGER, $2::VARCHAR, $3::INTEGER) ON CONFLICT (id) DO UPDATE SET loyalty = excluded.loyalty WHERE accounts.loyalty < excluded.loyalty RETURNING accounts.id, accounts.loyalty
-- params: ["4", "x", "2"]
INSERT INTO accounts (id, name, loyalty) VALUES ($1::INTEGER, $2::VARCHAR, $3::INTEGER) ON CONFLICT (id) DO UPDATE SET loyalty = excluded.loyalty WHERE accounts.loyalty < excluded.loyalty RETURNING accounts.id, accounts.loyalty
-- params: ["grumpy", "2"]
UPDATE accounts SET mood=$1::mood WHERE accounts.id >= $2::INTEGER AND accounts.mood != $1::mood RETURNING accounts.id, accounts.mood
-- params: ["gold", "{a}"]
UPDATE accounts SET labels=$2::VARCHAR[] WHERE accounts.tier = $1::VARCHAR RETURNING accounts.labels
SELECT id, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_w8_typeorm_version_and_save_in_transaction
START TRANSACTION
-- params: ["11", "t", "1", "10"]
UPDATE "accounts" SET "loyalty" = $1, "tier" = $2 WHERE "id" IN ($3) AND "loyalty" = $4 RETURNING "loyalty", "labels"
-- params: ["12", "t", "1", "10"]
UPDATE "accounts" SET "loyalty" = $1, "tier" = $2 WHERE "id" IN ($3) AND "loyalty" = $4 RETURNING "loyalty", "labels"
-- params: ["461", "to"]
INSERT INTO "accounts"("id", "name", "loyalty", "tier", "mood", "labels") VALUES ($1, $2, DEFAULT, DEFAULT, DEFAULT, DEFAULT) RETURNING "loyalty", "tier", "mood", "labels"
COMMIT
-- restart
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_w8_delete_using_composite_and_update_from_composite
UPDATE line_items li SET discount = v.d FROM (VALUES (1, 1, 1.5), (1, 2, 2.5), (2, 1, 3.0)) AS v(o, l, d) WHERE (li.order_id, li.line) = (v.o, v.l) AND v.d < 3 RETURNING li.order_id, li.line, li.discount
DELETE FROM line_items li USING (VALUES (1, 2), (1, 2), (3, 1)) AS v(o, l) WHERE li.order_id = v.o AND li.line = v.l RETURNING li.order_id, li.line, li.discount
INSERT INTO line_items (order_id, line, product) VALUES (1, 2, 'back'), (3, 1, 'fig again') RETURNING order_id, line, discount
SELECT * FROM line_items ORDER BY order_id, line

-- scenario: hunt_w8_simple_protocol_string_with_savepoints_and_restart
BEGIN; SAVEPOINT a; UPDATE accounts SET loyalty = 1 WHERE id = 1; SAVEPOINT b; UPDATE accounts SET loyalty = 2 WHERE id = 1; ROLLBACK TO a; UPDATE accounts SET tier = 'after a' WHERE id = 1; RELEASE a; COMMIT
SELECT id, loyalty, tier FROM accounts WHERE id = 1
BEGIN; INSERT INTO accounts (id, name, loyalty) VALUES (470, 'x', 1); SAVEPOINT s; INSERT INTO accounts (id, name, loyalty) VALUES (470, 'dup', 2); COMMIT
ROLLBACK TO SAVEPOINT s
UPDATE accounts SET loyalty = loyalty + 10 WHERE id = 470; COMMIT
-- restart
SELECT id, name, loyalty, tier FROM accounts WHERE id IN (1, 470) ORDER BY id

-- scenario: hunt_w8_delete_reinsert_same_key_in_one_string_then_rollback_to
BEGIN
UPDATE accounts SET loyalty = 9, tier = 'nine', labels = '{x}' WHERE id = 6
SAVEPOINT s
DELETE FROM accounts WHERE id = 6; INSERT INTO accounts (id, name, loyalty) VALUES (6, 'six again', 1); UPDATE accounts SET mood = 'sad' WHERE id = 6 RETURNING id, loyalty, tier, mood, labels
SELECT id, name, loyalty, tier, mood, labels FROM accounts WHERE id = 6
ROLLBACK TO SAVEPOINT s
DELETE FROM accounts WHERE id = 6 RETURNING loyalty, tier
SAVEPOINT t
INSERT INTO accounts (id, name) VALUES (6, 'third') RETURNING loyalty, tier, labels
COMMIT
-- restart
SELECT id, name, loyalty, tier, mood, labels FROM accounts WHERE id = 6

-- scenario: hunt_w8_batched_writes_by_ctid
UPDATE accounts SET loyalty = coalesce(loyalty, 0) + 100 WHERE ctid IN (SELECT ctid FROM accounts WHERE tier IS NOT NULL ORDER BY id LIMIT 2) RETURNING id, loyalty
DELETE FROM accounts WHERE ctid = ANY(ARRAY(SELECT ctid FROM accounts a WHERE a.id NOT IN (SELECT account_id FROM bills WHERE account_id IS NOT NULL) ORDER BY a.loyalty NULLS FIRST, a.id LIMIT 1)) RETURNING id, loyalty, tier
UPDATE accounts SET tier = 'batch' WHERE ctid IN (SELECT ctid FROM accounts WHERE loyalty IS NULL OR loyalty < 5 ORDER BY id FOR UPDATE SKIP LOCKED) RETURNING id, tier
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w8_same_shapes_with_integer_constants_through_kept_statements
UPDATE accounts SET loyalty = loyalty + 3 WHERE id = 1
UPDATE accounts SET loyalty = loyalty + 4 WHERE id = 2
UPDATE accounts SET loyalty = loyalty + 5 WHERE id = 3
BEGIN
UPDATE accounts SET loyalty = loyalty + 6 WHERE id = 4
SAVEPOINT s
UPDATE accounts SET loyalty = loyalty + 7 WHERE id = 5
UPDATE accounts SET loyalty = loyalty + 2147483647 WHERE id = 4
ROLLBACK TO SAVEPOINT s
UPDATE accounts SET loyalty = loyalty + 8 WHERE id = 6
COMMIT
INSERT INTO accounts (id, name, loyalty) VALUES (480, 'k', 1)
INSERT INTO accounts (id, name, loyalty) VALUES (481, 'k', 2)
INSERT INTO accounts (id, name, loyalty) VALUES (482, 'k', 3)
INSERT INTO accounts (id, name, loyalty) VALUES (480, 'k', 4)
INSERT INTO accounts (id, name, loyalty) VALUES (483, 'k', 5) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty + 10
INSERT INTO accounts (id, name, loyalty) VALUES (480, 'k', 6) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty + 20
INSERT INTO accounts (id, name, loyalty) VALUES (481, 'k', 7) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty + 30
DELETE FROM accounts WHERE id = 482 AND loyalty = 3
DELETE FROM accounts WHERE id = 483 AND loyalty = 6
DELETE FROM accounts WHERE id = 481 AND loyalty = 32
BEGIN
UPDATE accounts SET loyalty = 10 WHERE id = 480
UPDATE accounts SET loyalty = 11 WHERE id = 1
COMMIT AND CHAIN
UPDATE accounts SET loyalty = 12 WHERE id = 2
-- restart
UPDATE accounts SET loyalty = loyalty + 9 WHERE id = 7
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w8_commit_inside_a_string_whose_next_transaction_fails
BEGIN; UPDATE accounts SET loyalty = 80, tier = 'committed' WHERE id = 1; COMMIT; BEGIN; SAVEPOINT s; UPDATE accounts SET loyalty = 81 WHERE id = 2; UPDATE accounts SET loyalty = 'x' WHERE id = 3
ROLLBACK TO SAVEPOINT s
UPDATE accounts SET tier = 'open' WHERE id = 3
-- restart
SELECT id, loyalty, tier FROM accounts WHERE id <= 3 ORDER BY id

-- scenario: hunt_w8_text_values_that_look_like_markers_across_restarts
UPDATE accounts SET tier = 'null' WHERE id = 1
UPDATE accounts SET tier = '' WHERE id = 2
UPDATE accounts SET tier = NULL WHERE id = 3
UPDATE accounts SET tier = '\N', labels = '{NULL,"NULL",""}' WHERE id = 4
UPDATE accounts SET tier = '{"loyalty": 1}', labels = '{}' WHERE id = 5
INSERT INTO accounts (id, name, tier, labels) VALUES (490, 'm', ' ', NULL), (491, 'n', 'true', '{null}')
-- restart
SELECT id, tier, tier IS NULL AS is_null, labels, labels IS NULL AS labels_null FROM accounts ORDER BY id
UPDATE accounts SET tier = tier || '+' WHERE id <= 5 OR id >= 490 RETURNING id, tier
-- restart
SELECT id, tier, labels FROM accounts ORDER BY id

-- scenario: hunt_w8_postgrest_insert_update_delete_upsert
-- params: ["[{\"id\": 500, \"name\": \"pg1\", \"loyalty\": 3, \"tier\": \"t\"}, {\"id\": 501, \"name\": \"pg2\", \"loyalty\": null, \"tier\": null}]"]
WITH pgrst_source AS (INSERT INTO "public"."accounts"("id", "name", "loyalty", "tier") SELECT "pgrst_body"."id", "pgrst_body"."name", "pgrst_body"."loyalty", "pgrst_body"."tier" FROM (SELECT $1::json AS json_data) pgrst_payload, LATERAL (SELECT "id", "name", "loyalty", "tier" FROM json_to_recordset(CASE WHEN json_typeof(pgrst_payload.json_data) = 'array' THEN pgrst_payload.json_data ELSE json_build_array(pgrst_payload.json_data) END) AS _("id" integer, "name" text, "loyalty" integer, "tier" text) ) pgrst_body RETURNING "public"."accounts".*) SELECT '' AS total_result_set, pg_catalog.count(_postgrest_t) AS page_total, array[]::text[] AS header, coalesce(json_agg(_postgrest_t), '[]') AS body, nullif(current_setting('response.headers', true), '') AS response_headers, nullif(current_setting('response.status', true), '') AS response_status FROM (SELECT "accounts".* FROM "pgrst_source" AS "accounts") _postgrest_t
-- params: ["{\"loyalty\": 42, \"mood\": \"sad\"}"]
WITH pgrst_source AS (UPDATE "public"."accounts" SET "loyalty" = "pgrst_body"."loyalty", "mood" = "pgrst_body"."mood" FROM (SELECT $1::json AS json_data) pgrst_payload, LATERAL (SELECT "loyalty", "mood" FROM json_to_record(pgrst_payload.json_data) AS _("loyalty" integer, "mood" mood) ) pgrst_body WHERE "public"."accounts"."id" = ANY('{1,500}'::integer[]) RETURNING "public"."accounts".*) SELECT '' AS total_result_set, pg_catalog.count(_postgrest_t) AS page_total, array[]::text[] AS header, coalesce(json_agg(_postgrest_t ORDER BY _postgrest_t.id), '[]') AS body FROM (SELECT "accounts".* FROM "pgrst_source" AS "accounts") _postgrest_t
-- params: ["[{\"id\": 2, \"name\": \"Bob\", \"loyalty\": 7}, {\"id\": 502, \"name\": \"pg3\", \"loyalty\": 8}]"]
WITH pgrst_source AS (INSERT INTO "public"."accounts"("id", "loyalty", "name") SELECT "pgrst_body"."id", "pgrst_body"."loyalty", "pgrst_body"."name" FROM (SELECT $1::json AS json_data) pgrst_payload, LATERAL (SELECT "id", "loyalty", "name" FROM json_to_recordset(pgrst_payload.json_data) AS _("id" integer, "loyalty" integer, "name" text) ) pgrst_body ON CONFLICT("id") DO UPDATE SET "id" = EXCLUDED."id", "loyalty" = EXCLUDED."loyalty", "name" = EXCLUDED."name" RETURNING "public"."accounts".*) SELECT '' AS total_result_set, pg_catalog.count(_postgrest_t) AS page_total, coalesce(json_agg(_postgrest_t ORDER BY _postgrest_t.id), '[]') AS body FROM (SELECT "accounts".* FROM "pgrst_source" AS "accounts") _postgrest_t
-- params: ["[{\"id\": 3, \"name\": \"x\", \"loyalty\": 9}, {\"id\": 503, \"name\": \"pg4\", \"loyalty\": 10}]"]
WITH pgrst_source AS (INSERT INTO "public"."accounts"("id", "loyalty", "name") SELECT "pgrst_body"."id", "pgrst_body"."loyalty", "pgrst_body"."name" FROM (SELECT $1::json AS json_data) pgrst_payload, LATERAL (SELECT "id", "loyalty", "name" FROM json_to_recordset(pgrst_payload.json_data) AS _("id" integer, "loyalty" integer, "name" text) ) pgrst_body ON CONFLICT("id") DO NOTHING RETURNING "public"."accounts".*) SELECT '' AS total_result_set, pg_catalog.count(_postgrest_t) AS page_total, coalesce(json_agg(_postgrest_t ORDER BY _postgrest_t.id), '[]') AS body FROM (SELECT "accounts".* FROM "pgrst_source" AS "accounts") _postgrest_t
WITH pgrst_source AS (DELETE FROM "public"."accounts" WHERE "public"."accounts"."id" = 501 RETURNING "public"."accounts".*) SELECT '' AS total_result_set, pg_catalog.count(_postgrest_t) AS page_total, coalesce(json_agg(_postgrest_t), '[]') AS body FROM (SELECT "accounts".* FROM "pgrst_source" AS "accounts") _postgrest_t
-- restart
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_w8_sub_selects_reading_shadow_values_in_sets_and_upserts
UPDATE accounts SET loyalty = (SELECT max(a2.loyalty) FROM accounts a2) + id WHERE id IN (1, 2, 3) RETURNING id, loyalty
UPDATE accounts SET loyalty = (SELECT a2.loyalty FROM accounts a2 WHERE a2.id = accounts.id) * 2, tier = (SELECT a3.tier FROM accounts a3 WHERE a3.id = accounts.id + 1) WHERE id IN (1, 2, 3) RETURNING id, loyalty, tier
INSERT INTO accounts (id, name, loyalty) VALUES (1, 'x', 1), (510, 'y', 2) ON CONFLICT (id) DO UPDATE SET loyalty = (SELECT sum(a2.loyalty) FROM accounts a2 WHERE a2.id <= 3) + excluded.loyalty, tier = (SELECT string_agg(a3.tier, ',' ORDER BY a3.id) FROM accounts a3 WHERE a3.id IN (2, 3)) RETURNING id, loyalty, tier
INSERT INTO accounts (id, name, loyalty, tier) VALUES (511, 'z', (SELECT count(*) FROM accounts WHERE loyalty > 5), (SELECT max(tier) FROM accounts)) RETURNING id, loyalty, tier
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w8_chained_transaction_settings_after_committed_writes
BEGIN
UPDATE accounts SET loyalty = 90 WHERE id = 1
COMMIT AND CHAIN
SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
SHOW transaction_isolation
UPDATE accounts SET loyalty = 91 WHERE id = 2
COMMIT
BEGIN; UPDATE accounts SET loyalty = 92 WHERE id = 3; COMMIT; BEGIN
SET TRANSACTION READ ONLY
UPDATE accounts SET loyalty = 93 WHERE id = 4
ROLLBACK
-- restart
SELECT id, loyalty FROM accounts WHERE id <= 4 ORDER BY id

-- scenario: hunt_w8_django_save_update_zero_rows_then_insert
BEGIN
SAVEPOINT "s1"
-- params: ["Nia", "4", "gold", "520"]
UPDATE "accounts" SET "name" = $1, "loyalty" = $2, "tier" = $3 WHERE "accounts"."id" = $4
-- params: ["520", "Nia", "4", "gold"]
INSERT INTO "accounts" ("id", "name", "loyalty", "tier") VALUES ($1, $2, $3, $4) RETURNING "accounts"."id"
RELEASE SAVEPOINT "s1"
-- params: ["Nia", "5", "gold", "520"]
UPDATE "accounts" SET "name" = $1, "loyalty" = $2, "tier" = $3 WHERE "accounts"."id" = $4
END AND CHAIN
SET TRANSACTION READ ONLY
SELECT id, name, loyalty, tier FROM accounts WHERE id = 520
-- restart
SELECT id, name, loyalty, tier, mood, labels FROM accounts WHERE id = 520

-- scenario: hunt_w8_rails_insert_all_returning_expressions_and_skip
INSERT INTO "accounts" ("id","name","loyalty") VALUES (1, 'dup', 5), (521, 'r1', 6) ON CONFLICT ("id") DO NOTHING RETURNING "id", loyalty * 2 AS twice, tier
INSERT INTO "accounts" ("id","name","loyalty","tier") VALUES (2, 'Bob', 7, 'up'), (522, 'r2', 8, 'new') ON CONFLICT ("id") DO UPDATE SET "loyalty"=excluded."loyalty","tier"=excluded."tier" RETURNING "id", loyalty + 1 AS next, upper(tier) AS shout, (xmax = 0) AS inserted
SELECT id, name, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w8_deferrable_key_swap_with_shadow_values_and_restart
BEGIN
UPDATE hunt_w6_slots SET rank = id * 10, note = 'was ' || id WHERE id IN (1, 2, 3)
COMMIT AND CHAIN
UPDATE hunt_w6_slots SET id = 3 - id WHERE id IN (1, 2) RETURNING id, rank, note
COMMIT
-- restart
SELECT id, label, rank, note FROM hunt_w6_slots ORDER BY id

-- scenario: hunt_w8_key_moves_reading_shadow_and_reusing_old_keys
UPDATE accounts SET id = id + 900, tier = coalesce(tier, 'none') || '>' WHERE tier IS NULL AND id IN (6, 8) RETURNING id, tier, loyalty
INSERT INTO accounts (id, name) VALUES (6, 'reuse six') RETURNING id, loyalty, tier, mood
UPDATE line_items SET line = line + 5, discount = discount + 0.5 WHERE order_id = 2 RETURNING *
INSERT INTO line_items (order_id, line, product) VALUES (2, 1, 'plum again') ON CONFLICT (order_id, line) DO UPDATE SET discount = line_items.discount + 100 RETURNING *
SET TIME ZONE 'Asia/Tokyo'
DELETE FROM visits WHERE kind = 'web' AND visitor = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' RETURNING visitor, at, kind
INSERT INTO visits (visitor, at, kind) VALUES ('A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', '2024-03-10 10:59+09', 'back') RETURNING visitor, at, kind
-- restart
SELECT id, name, loyalty, tier FROM accounts ORDER BY id
SELECT * FROM line_items ORDER BY order_id, line
SELECT visitor, at, kind FROM visits ORDER BY visitor, at

-- scenario: hunt_w8_commit_and_chain_failing_on_a_deferred_constraint
BEGIN
UPDATE accounts SET loyalty = 95, tier = 'lost at commit' WHERE id = 1
UPDATE tags SET label = 'red' WHERE id = 2
COMMIT AND CHAIN
SELECT id, loyalty, tier FROM accounts WHERE id = 1
UPDATE accounts SET loyalty = 96 WHERE id = 1
BEGIN; UPDATE accounts SET tier = 'string' WHERE id = 2; UPDATE tags SET label = 'blue' WHERE id = 1; COMMIT AND CHAIN
UPDATE hunt_w6_slots SET id = 2, note = 'twice' WHERE id = 1
ROLLBACK AND CHAIN
UPDATE hunt_w6_slots SET rank = 7 WHERE id = 3
COMMIT AND CHAIN
-- restart
SELECT id, loyalty, tier FROM accounts WHERE id <= 2 ORDER BY id
SELECT id, label, loyalty FROM tags ORDER BY id
SELECT id, label, rank, note FROM hunt_w6_slots ORDER BY id

-- scenario: hunt_w8_upserts_on_a_unique_key_of_a_table_with_a_computed_key
-- params: ["t1", "4", "t20", "5"]
INSERT INTO hunt_w6_tokens (label, rank) VALUES ($1::VARCHAR, $2::INTEGER), ($3::VARCHAR, $4::INTEGER) ON CONFLICT (label) DO UPDATE SET rank = excluded.rank RETURNING hunt_w6_tokens.label, hunt_w6_tokens.rank, hunt_w6_tokens.note
-- params: ["t20", "6", "t21", "7"]
INSERT INTO hunt_w6_tokens (label, rank) SELECT p0::VARCHAR, p1::INTEGER FROM (VALUES ($1, $2, 0), ($3, $4, 1)) AS imp_sen(p0, p1, sen_counter) ORDER BY sen_counter RETURNING hunt_w6_tokens.label, hunt_w6_tokens.rank
-- params: ["t2", "x", "t22", "y"]
INSERT INTO hunt_w6_tokens (label, note) VALUES ($1, $2), ($3, $4) ON CONFLICT (label) DO NOTHING RETURNING label, rank, note
-- restart
SELECT label, rank, note FROM hunt_w6_tokens ORDER BY label

-- scenario: hunt_o1_insert_checks_a_rule_naming_a_live_column_on_the_inserted_row
INSERT INTO hunt_o1_comments (id, author, body, internal) VALUES (3, NULL, 'x', true)
INSERT INTO hunt_o1_comments (id, author, internal) VALUES (3, 'cy', true), (4, NULL, false) RETURNING *
INSERT INTO hunt_o1_comments (id, author, internal) VALUES (5, 'dee', true), (6, NULL, true)
INSERT INTO hunt_o1_comments (id, internal) SELECT 5, true
INSERT INTO hunt_o1_comments (id, author, internal) SELECT 5, upper('eve'), true RETURNING id, author, internal
INSERT INTO hunt_o1_comments VALUES (6, NULL, 'positional', true)
INSERT INTO hunt_o1_comments (id, author) VALUES (6, NULL) RETURNING internal
INSERT INTO hunt_o1_comments (id, author, internal) VALUES (2, 'bo', true) ON CONFLICT (id) DO UPDATE SET internal = EXCLUDED.internal
INSERT INTO hunt_o1_comments (id, author, internal) VALUES (2, 'bo', true) ON CONFLICT (id) DO UPDATE SET internal = EXCLUDED.internal, author = EXCLUDED.author RETURNING *
INSERT INTO hunt_o1_comments (id, author, internal) VALUES (7, NULL, true) ON CONFLICT (id) DO NOTHING
-- params: ["8", null, "true"]
INSERT INTO hunt_o1_comments (id, author, internal) VALUES ($1, $2, $3)
BEGIN
INSERT INTO hunt_o1_comments (id, author, internal) VALUES (8, 'fay', true)
SAVEPOINT s
INSERT INTO hunt_o1_comments (id, author, internal) VALUES (9, NULL, true)
ROLLBACK TO SAVEPOINT s
COMMIT
-- restart
SELECT * FROM hunt_o1_comments ORDER BY id

-- scenario: hunt_w9_writable_cte_update_feeding_insert_of_plain_table
WITH u AS (UPDATE accounts SET loyalty = coalesce(loyalty, 0) + 1 WHERE id IN (1, 2, 3) RETURNING id, loyalty, tier) INSERT INTO tags (id, label, loyalty) SELECT id + 100, coalesce(tier, '?'), loyalty FROM u ORDER BY id RETURNING *
SELECT id, loyalty, tier FROM accounts WHERE id <= 3 ORDER BY id
SELECT * FROM tags ORDER BY id

-- scenario: hunt_w9_writable_cte_update_joined_with_old_values
WITH u AS (UPDATE accounts SET tier = upper(tier), loyalty = loyalty * 10 WHERE tier IS NOT NULL RETURNING id, tier, loyalty) SELECT u.id, u.tier, a.tier AS old_tier, u.loyalty, a.loyalty AS old_loyalty FROM u JOIN accounts a USING (id) ORDER BY u.id
SELECT id, tier, loyalty FROM accounts ORDER BY id

-- scenario: hunt_w9_writable_cte_delete_returning_shadow
WITH d AS (DELETE FROM bills WHERE id IN (1, 4, 5) RETURNING id, paid, due) SELECT * FROM d ORDER BY id
SELECT id, paid, due FROM bills ORDER BY id

-- scenario: hunt_w9_writable_cte_live_update_with_shadow_where_and_returning
WITH u AS (UPDATE accounts SET name = name || '!' WHERE loyalty > 5 RETURNING id, name, loyalty, mood) SELECT * FROM u ORDER BY id
UPDATE tags t SET loyalty = u.loyalty FROM (SELECT id, loyalty FROM accounts WHERE loyalty IS NOT NULL) u WHERE u.id = t.id RETURNING t.*

-- scenario: hunt_w9_writable_cte_insert_then_update_plain_table
WITH ins AS (INSERT INTO accounts (id, name, loyalty) VALUES (40, 'w', 3), (41, 'x', DEFAULT) RETURNING id, loyalty, mood, labels) UPDATE tags SET label = (SELECT string_agg(id || ':' || loyalty || ':' || mood || ':' || labels::text, ',' ORDER BY id) FROM ins) WHERE id = 1 RETURNING id, label
SELECT id, name, loyalty, tier, mood, labels FROM accounts WHERE id >= 40 ORDER BY id

-- scenario: hunt_w9_sqlalchemy_executemany_composite_key_update
-- params: ["1.25", "1", "1"]
UPDATE line_items SET discount=$1::NUMERIC(5, 2) WHERE line_items.order_id = $2::INTEGER AND line_items.line = $3::INTEGER
-- params: ["2.50", "1", "2"]
UPDATE line_items SET discount=$1::NUMERIC(5, 2) WHERE line_items.order_id = $2::INTEGER AND line_items.line = $3::INTEGER
-- params: ["3.75", "9", "9"]
UPDATE line_items SET discount=$1::NUMERIC(5, 2) WHERE line_items.order_id = $2::INTEGER AND line_items.line = $3::INTEGER
SELECT * FROM line_items ORDER BY order_id, line

-- scenario: hunt_w9_bulk_update_from_values_composite_key
UPDATE line_items AS l SET discount = v.d::numeric, qty = v.q FROM (VALUES (1, 1, '3.5', 4), (1, 2, NULL, 2), (3, 1, '0.005', NULL)) AS v(o, n, d, q) WHERE l.order_id = v.o AND l.line = v.n RETURNING l.order_id, l.line, l.discount, l.qty
SELECT * FROM line_items ORDER BY order_id, line

-- scenario: hunt_w9_bulk_update_from_values_reading_old_shadow
UPDATE accounts AS a SET loyalty = coalesce(a.loyalty, 0) + v.delta, labels = a.labels || v.lab FROM (VALUES (1, 5, 'x'), (2, -1, 'y'), (6, 2, 'z')) AS v(id, delta, lab) WHERE a.id = v.id RETURNING a.id, a.loyalty, a.labels
SELECT id, loyalty, labels FROM accounts ORDER BY id

-- scenario: hunt_w9_delete_using_values_returning_shadow
DELETE FROM accounts a USING (VALUES (6), (7), (8)) AS v(id) WHERE a.id = v.id AND a.tier IS DISTINCT FROM 'gold' RETURNING a.id, a.tier, a.mood, v.id AS vid
SELECT id, tier FROM accounts ORDER BY id

-- scenario: hunt_w9_delete_using_self_join_on_shadow
DELETE FROM bills b USING bills other WHERE other.due = b.due AND other.id <> b.id AND b.paid IS NOT TRUE RETURNING b.id, b.paid, b.due
SELECT id, paid, due FROM bills ORDER BY id

-- scenario: hunt_w9_insert_select_upsert_where_on_existing_shadow
INSERT INTO accounts AS a (id, name, loyalty, tier) SELECT id, name || '?', loyalty + 100, 'upserted' FROM (SELECT id, name, coalesce(loyalty, 0) AS loyalty FROM accounts WHERE id <= 4 UNION ALL SELECT 60, 'new', 1) s ON CONFLICT (id) DO UPDATE SET loyalty = EXCLUDED.loyalty, tier = EXCLUDED.tier WHERE a.tier IS NOT NULL AND a.tier <> 'silver' RETURNING a.id, a.name, a.loyalty, a.tier
SELECT id, name, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w9_upserts_that_change_nothing
INSERT INTO accounts (id, name, loyalty) VALUES (1, 'x', 10) ON CONFLICT (id) DO UPDATE SET loyalty = EXCLUDED.loyalty WHERE false RETURNING id, loyalty
INSERT INTO accounts (id, name, loyalty) VALUES (1, 'x', 10), (2, 'y', 1) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty RETURNING id, loyalty, tier
INSERT INTO accounts (id, name) SELECT id, name FROM accounts WHERE id < 3 ON CONFLICT DO NOTHING RETURNING *
INSERT INTO line_items (order_id, line, discount) VALUES (1, 2, 9) ON CONFLICT (order_id, line) DO UPDATE SET discount = line_items.discount WHERE line_items.discount = EXCLUDED.discount RETURNING *
SELECT id, name, loyalty, tier FROM accounts WHERE id <= 3 ORDER BY id
SELECT * FROM line_items ORDER BY order_id, line

-- scenario: hunt_w9_returning_expressions_and_old_value_subqueries
UPDATE accounts a SET loyalty = coalesce(loyalty, 0) * 3, mood = 'grumpy' WHERE id IN (1, 2, 3) RETURNING id, loyalty - (SELECT coalesce(o.loyalty, 0) FROM accounts o WHERE o.id = a.id) AS gained, mood::text || '/' || (SELECT o.mood::text FROM accounts o WHERE o.id = a.id) AS moods, array_length(labels, 1) AS nlabels, loyalty > 20 AS big
DELETE FROM bills b WHERE b.id = 4 RETURNING (SELECT count(*) FROM bills WHERE paid) AS paid_before, b.paid AND b.due > DATE '2025-01-01' AS late_paid

-- scenario: hunt_w9_savepoint_tree_release_and_rollback_nested
BEGIN
UPDATE accounts SET loyalty = 1 WHERE id = 1
SAVEPOINT a
UPDATE accounts SET loyalty = 2, tier = 'a' WHERE id = 1
SAVEPOINT b
UPDATE accounts SET loyalty = 3 WHERE id = 1
INSERT INTO accounts (id, name, tier) VALUES (45, 'in b', 'b')
SAVEPOINT c
DELETE FROM accounts WHERE id = 45
RELEASE SAVEPOINT c
SELECT id, loyalty, tier FROM accounts WHERE id IN (1, 45) ORDER BY id
RELEASE SAVEPOINT b
ROLLBACK TO SAVEPOINT a
SELECT id, loyalty, tier FROM accounts WHERE id IN (1, 45) ORDER BY id
SAVEPOINT d
INSERT INTO accounts (id, name, loyalty) VALUES (45, 'in d', 9)
SAVEPOINT e
UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 45
ROLLBACK TO SAVEPOINT e
RELEASE SAVEPOINT d
COMMIT
SELECT id, loyalty, tier, mood, labels FROM accounts WHERE id IN (1, 45) ORDER BY id

-- scenario: hunt_w9_delete_and_reinsert_same_key_in_transaction_and_after_restart
BEGIN
DELETE FROM accounts WHERE id = 1 RETURNING id, loyalty, tier
INSERT INTO accounts (id, name) VALUES (1, 'again') RETURNING id, loyalty, tier, labels
UPDATE accounts SET tier = 'second life' WHERE id = 1
COMMIT
DELETE FROM accounts WHERE id = 3
-- restart
INSERT INTO accounts (id, name, loyalty) VALUES (3, 'back') RETURNING *
SELECT id, name, loyalty, tier, mood, labels FROM accounts WHERE id IN (1, 3) ORDER BY id

-- scenario: hunt_w9_primary_key_update_then_old_key_reinserted
BEGIN
UPDATE accounts SET id = 50 WHERE id = 1 RETURNING id, loyalty, tier, labels
INSERT INTO accounts (id, name) VALUES (1, 'fresh') RETURNING *
SAVEPOINT s
UPDATE accounts SET id = 51 WHERE id = 4 RETURNING id, loyalty, mood
ROLLBACK TO SAVEPOINT s
COMMIT
-- restart
SELECT id, name, loyalty, tier, mood, labels FROM accounts WHERE id IN (1, 4, 50, 51) ORDER BY id

-- scenario: hunt_w9_null_explicit_versus_default
INSERT INTO accounts (id, name, loyalty, tier, mood, labels) VALUES (46, 'nulls', NULL, NULL, NULL, NULL), (47, 'defaults', DEFAULT, DEFAULT, DEFAULT, DEFAULT) RETURNING *
UPDATE accounts SET loyalty = DEFAULT, labels = NULL WHERE id IN (1, 46) RETURNING id, loyalty, labels
UPDATE accounts SET mood = DEFAULT WHERE id = 46 RETURNING id, mood
SELECT id, loyalty IS NULL AS ln, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_w9_check_fails_in_middle_of_multirow_insert
INSERT INTO orders (id, item, note, qty) VALUES (11, 'a', 'x', 1), (12, 'b', 'y', 0), (13, 'c', 'z', 2)
INSERT INTO orders (id, item, note) VALUES (11, 'a', 'x'), (12, 'b', DEFAULT)
INSERT INTO orders (id, item, note, qty) VALUES (11, 'a', 'x', 1), (12, 'b', 'y', DEFAULT), (13, 'c', 'z', 3) RETURNING id, item, qty, note
BEGIN
SAVEPOINT s
UPDATE orders SET qty = qty - 1 RETURNING id
ROLLBACK TO SAVEPOINT s
UPDATE orders SET qty = qty + 1 WHERE qty > 1 RETURNING id, qty
COMMIT
SELECT * FROM orders ORDER BY id

-- scenario: hunt_w9_partition_key_change_moves_row_and_values
UPDATE shipments SET region = 'us', status = 'moved' WHERE region = 'eu' AND id = 2 RETURNING *
UPDATE shipments SET region = 'asia' WHERE region = 'eu' AND id = 1 RETURNING region, id, status, fragile, priority
SELECT tableoid::regclass, region, id, weight, status, fragile, priority FROM shipments ORDER BY region, id

-- scenario: hunt_w9_inheritance_child_deleted_and_reinserted
DELETE FROM animals WHERE id = 3 RETURNING id, name, legs, vaccinated
INSERT INTO dogs (id, name, breed) VALUES (3, 'Rex II', 'lab') RETURNING *
UPDATE ONLY animals SET legs = legs + 10 RETURNING id, legs
DELETE FROM ONLY animals WHERE id = 2
SELECT tableoid::regclass, id, name, legs, vaccinated FROM animals ORDER BY id

-- scenario: hunt_w9_upsert_into_partitioned_table_where
INSERT INTO shipments AS s (region, id, weight, status) VALUES ('eu', 1, 7, 'again'), ('us', 3, 8, 'again'), ('eu', 9, 9, 'new one') ON CONFLICT (region, id) DO UPDATE SET status = EXCLUDED.status, weight = s.weight + EXCLUDED.weight WHERE s.fragile OR s.status = 'new' RETURNING s.region, s.id, s.weight, s.status, s.fragile, s.priority
SELECT * FROM shipments ORDER BY region, id

-- scenario: hunt_w9_long_transaction_interleaving_other_tables
BEGIN
SELECT count(*) FROM tags
UPDATE accounts SET loyalty = 77 WHERE id = 2
SELECT b.id, b.paid, a.loyalty FROM bills b JOIN accounts a ON a.id = b.account_id WHERE a.id = 2
UPDATE tags SET loyalty = (SELECT loyalty FROM accounts WHERE id = 2) WHERE id = 2 RETURNING *
INSERT INTO bills (id, account_id, amount, paid) VALUES (20, 2, 1, true)
SELECT a.id, a.loyalty, count(b.*) FILTER (WHERE b.paid) FROM accounts a LEFT JOIN bills b ON b.account_id = a.id GROUP BY a.id ORDER BY a.id
UPDATE bills SET paid = NOT paid WHERE account_id = 2 RETURNING id, paid
COMMIT
SELECT id, account_id, paid, due FROM bills ORDER BY id

-- scenario: hunt_w9_default_in_multirow_values_with_not_null_default
INSERT INTO orders (item, qty, code, note) VALUES ('a', DEFAULT, 'c1', 'n1'), ('b', 5, DEFAULT, 'n2'), ('c', DEFAULT, DEFAULT, 'n3') RETURNING *
INSERT INTO shipments (region, id, priority, status) VALUES ('eu', 30, DEFAULT, DEFAULT), ('us', 31, 2, NULL) RETURNING *

-- scenario: hunt_w9_writable_cte_delete_rows_reinserted_under_new_keys
WITH d AS (DELETE FROM accounts WHERE id IN (1, 3) RETURNING *) INSERT INTO accounts SELECT id + 100, name, email, created_on, loyalty, tier, mood, labels FROM d ORDER BY id RETURNING *
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_w9_writable_cte_update_returning_star
WITH u AS (UPDATE accounts SET loyalty = loyalty + 1, labels = labels || '{cte}' WHERE id < 4 RETURNING *) SELECT * FROM u ORDER BY id
WITH u AS (UPDATE bills SET paid = NOT paid WHERE account_id = 3 RETURNING *) SELECT count(*) FILTER (WHERE paid), max(due) FROM u

-- scenario: hunt_w9_update_from_self_join_rotates_values
UPDATE accounts a SET loyalty = b.loyalty, tier = b.tier FROM accounts b WHERE b.id = a.id % 8 + 1 RETURNING a.id, a.loyalty, a.tier, b.id AS from_id
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w9_insert_select_same_table_upsert_adding
INSERT INTO accounts (id, name, loyalty) SELECT id, name, loyalty FROM accounts WHERE id IN (1, 2, 4) ON CONFLICT (id) DO UPDATE SET loyalty = coalesce(accounts.loyalty, 0) + coalesce(EXCLUDED.loyalty, 0) RETURNING id, loyalty
SELECT id, loyalty FROM accounts ORDER BY id

-- scenario: hunt_w9_update_set_from_other_tables_shadow
UPDATE bills SET paid = (SELECT a.loyalty > 5 FROM accounts a WHERE a.id = bills.account_id), due = due + 1 RETURNING id, paid, due
UPDATE accounts SET (loyalty, tier) = (SELECT count(*), max(b.due)::text FROM bills b WHERE b.account_id = accounts.id AND b.paid) WHERE id < 4 RETURNING id, loyalty, tier

-- scenario: hunt_w9_cursor_snapshot_across_update_of_shadow
BEGIN
DECLARE c CURSOR FOR SELECT id, loyalty, tier FROM accounts ORDER BY id
FETCH 2 FROM c
UPDATE accounts SET loyalty = coalesce(loyalty, 0) + 100, tier = 'after'
FETCH ALL FROM c
DECLARE d CURSOR FOR SELECT id, loyalty, tier FROM accounts WHERE id > 6 ORDER BY id
FETCH ALL FROM d
COMMIT

-- scenario: hunt_w9_cursor_with_hold_over_commit_of_shadow_write
BEGIN
UPDATE accounts SET tier = 'held' WHERE id = 2
DECLARE h CURSOR WITH HOLD FOR SELECT id, loyalty, tier FROM accounts WHERE id <= 3 ORDER BY id
COMMIT
UPDATE accounts SET tier = 'later' WHERE id <= 3
FETCH ALL FROM h
CLOSE h

-- scenario: hunt_w9_upsert_on_constraint_concat_existing
INSERT INTO accounts (id, name, tier, labels) VALUES (1, 'a', 'x', '{l1}'), (2, 'b', NULL, DEFAULT), (70, 'n', 'y', DEFAULT) ON CONFLICT ON CONSTRAINT accounts_pkey DO UPDATE SET tier = EXCLUDED.tier || accounts.tier, labels = accounts.labels || EXCLUDED.labels RETURNING id, tier, labels
SELECT id, tier, labels FROM accounts ORDER BY id

-- scenario: hunt_w9_landing_column_writes_in_transaction
BEGIN
UPDATE sales.accounts SET score = score * 2 WHERE id IN (1, 2) RETURNING id, score
INSERT INTO sales.accounts (id, region) VALUES (20, 'w') RETURNING *
DELETE FROM sales.accounts WHERE id = 9 RETURNING *
INSERT INTO sales.accounts (id, region, score) VALUES (9, 'back', NULL) RETURNING *
COMMIT
SELECT * FROM sales.accounts ORDER BY id

-- scenario: hunt_w9_django_bulk_update_cast_case_two_columns
UPDATE "accounts" SET "loyalty" = (CASE WHEN ("accounts"."id" = 1) THEN 11 WHEN ("accounts"."id" = 6) THEN NULL ELSE NULL END)::integer, "tier" = (CASE WHEN ("accounts"."id" = 1) THEN 'one' WHEN ("accounts"."id" = 6) THEN 'six' ELSE NULL END)::text WHERE "accounts"."id" IN (1, 6)
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w9_update_primary_key_of_composite_with_parked
UPDATE line_items SET line = line + 10 WHERE order_id = 1 RETURNING *
UPDATE line_items SET order_id = 4, discount = discount + 1 WHERE order_id = 2 RETURNING *
INSERT INTO line_items (order_id, line) VALUES (1, 2), (2, 1) RETURNING *
SELECT * FROM line_items ORDER BY order_id, line

-- scenario: hunt_w9_insert_returning_whole_row_json
INSERT INTO accounts AS a (id, name, loyalty) VALUES (48, 'j', 2) RETURNING row_to_json(a), to_jsonb(a) -> 'labels' AS labels
UPDATE accounts a SET loyalty = 3 WHERE id = 48 RETURNING row_to_json(a)
DELETE FROM accounts a WHERE id = 48 RETURNING json_build_array(a.id, a.loyalty, a.mood)

-- scenario: hunt_w9_writable_cte_not_referenced_still_runs
WITH u AS (UPDATE accounts SET tier = 'unreferenced', loyalty = 1 WHERE id = 1 RETURNING id) SELECT 1 AS one
WITH i AS (INSERT INTO accounts (id, name, tier) VALUES (49, 'unread', 't') RETURNING id) SELECT 2 AS two
SELECT id, loyalty, tier, mood FROM accounts WHERE id IN (1, 49) ORDER BY id

-- scenario: hunt_w9_writable_cte_read_twice_and_by_later_cte
WITH u AS (UPDATE accounts SET loyalty = coalesce(loyalty, 0) + 2 WHERE id IN (1, 2) RETURNING id, loyalty), v AS (SELECT id, loyalty * 2 AS twice FROM u) SELECT u.id, u.loyalty, v.twice, (SELECT count(*) FROM u) AS n FROM u JOIN v USING (id) ORDER BY u.id
WITH x AS (SELECT 3 AS id, 'from x' AS t), u AS (UPDATE accounts a SET tier = x.t FROM x WHERE a.id = x.id RETURNING a.id, a.tier) SELECT * FROM u UNION ALL SELECT id, tier FROM accounts WHERE id = 3 ORDER BY 2
SELECT id, loyalty, tier FROM accounts WHERE id <= 3 ORDER BY id

-- scenario: hunt_w9_writable_cte_column_aliases_and_materialized
WITH u(i, l) AS MATERIALIZED (UPDATE accounts SET loyalty = 5 WHERE id = 1 RETURNING id, loyalty) SELECT * FROM u
WITH u(i, t, m) AS (INSERT INTO accounts (id, name, tier) VALUES (52, 'aliased', 'z') RETURNING id, tier, mood) SELECT i, t, m FROM u
SELECT id, loyalty, tier, mood FROM accounts WHERE id IN (1, 52) ORDER BY id

-- scenario: hunt_w9_writable_cte_update_before_delete_of_plain_table
WITH u AS (UPDATE accounts SET loyalty = 0 WHERE id = 2 RETURNING id) DELETE FROM tags WHERE id IN (SELECT id FROM u) RETURNING *
SELECT id, loyalty FROM accounts WHERE id = 2
SELECT * FROM tags ORDER BY id

-- scenario: hunt_w9_writable_cte_upsert_returning_into_select
WITH up AS (INSERT INTO accounts (id, name, loyalty) VALUES (1, 'x', 4), (53, 'y', 5) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty + EXCLUDED.loyalty RETURNING id, loyalty, tier, (xmax = 0) AS inserted) SELECT * FROM up ORDER BY id
SELECT id, name, loyalty, tier FROM accounts WHERE id IN (1, 53) ORDER BY id

-- scenario: hunt_w9_writable_cte_in_recursive_with_list
-- refused
WITH RECURSIVE u AS (UPDATE accounts SET tier = 'r' WHERE id = 1 RETURNING id, tier), r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3) SELECT u.id, u.tier, r.n FROM u, r ORDER BY r.n
SELECT id, tier FROM accounts WHERE id = 1

-- scenario: hunt_w9_row_function_fields_in_writes
UPDATE accounts SET loyalty = (account_by_id(2)).loyalty, tier = (account_by_id(3)).tier || '+' WHERE id = 1 RETURNING id, loyalty, tier
UPDATE accounts SET tier = 'picked' WHERE id = (account_by_id(4)).id AND (account_by_id(4)).loyalty > 5 RETURNING id, tier, (account_by_id(id)).loyalty AS via_fn
INSERT INTO accounts (id, name, loyalty, tier, labels) VALUES (54, 'fn', (account_by_id(1)).loyalty * 2, (account_by_id(1)).tier, (account_by_id(1)).labels) RETURNING *
DELETE FROM accounts WHERE id IN (SELECT f.id FROM accounts_up_to(8) f WHERE f.tier IS NULL AND f.loyalty IS DISTINCT FROM 7) RETURNING id, loyalty, tier
SELECT id, loyalty, tier, labels FROM accounts ORDER BY id

-- scenario: hunt_w9_row_function_whole_row_in_returning
UPDATE accounts SET loyalty = 42 WHERE id = 2 RETURNING id, row_to_json(account_by_id(id)) AS before_row, loyalty
UPDATE bills b SET note = (account_by_id(b.account_id)).tier WHERE b.id IN (1, 4) RETURNING b.id, b.note, b.paid
INSERT INTO accounts (id, name, loyalty, tier) SELECT f.id + 700, f.name, f.loyalty, f.tier FROM accounts_up_to(3) WITH ORDINALITY AS f WHERE f.ordinality > 1 RETURNING id, loyalty, tier, mood
SELECT id, name, loyalty, tier FROM accounts WHERE id > 700 ORDER BY id

-- scenario: hunt_w9_partitioned_writes_returning_tableoid
INSERT INTO shipments (region, id, status) VALUES ('eu', 40, 'a'), ('us', 41, 'b'), ('mars', 42, 'c') RETURNING tableoid::regclass AS part, region, id, status, priority
INSERT INTO shipments AS s (region, id, status) VALUES ('eu', 1, 'dup'), ('asia', 43, 'd') ON CONFLICT (region, id) DO UPDATE SET status = s.status || '/' || EXCLUDED.status RETURNING tableoid::regclass AS part, region, id, status, fragile
UPDATE shipments SET region = 'eu', fragile = NOT fragile WHERE region = 'us' AND id = 41 RETURNING tableoid::regclass AS part, region, id, status, fragile
DELETE FROM shipments WHERE status IS NULL OR status = 'lost' RETURNING tableoid::regclass AS part, region, id, status, priority
UPDATE animals SET legs = coalesce(legs, 0) + 1 WHERE tableoid = 'cats'::regclass RETURNING tableoid::regclass AS kind, id, legs
SELECT tableoid::regclass, region, id, weight, status, fragile, priority FROM shipments ORDER BY region, id
SELECT tableoid::regclass, id, name, legs, vaccinated FROM animals ORDER BY id

-- scenario: hunt_w9_insert_select_between_partitions_and_children
INSERT INTO shipments (region, id, weight, status, fragile, priority) SELECT 'us', id + 100, weight, status, fragile, priority + 1 FROM shipments_eu ORDER BY id RETURNING region, id, status, fragile, priority
INSERT INTO cats (id, name, legs, vaccinated) SELECT id + 10, name || ' cat', legs, vaccinated FROM dogs ORDER BY id RETURNING *
SELECT tableoid::regclass, id, name, legs, vaccinated FROM animals ORDER BY id
SELECT region, id, status, fragile, priority FROM shipments ORDER BY region, id

-- scenario: hunt_w9_upsert_duplicate_keys_in_one_statement
INSERT INTO accounts (id, name, tier) VALUES (62, 'a', 't1'), (62, 'b', 't2'), (1, 'c', 't3') ON CONFLICT DO NOTHING RETURNING id, name, tier
INSERT INTO accounts (id, name, loyalty) VALUES (63, 'a', 1), (63, 'b', 2) ON CONFLICT (id) DO UPDATE SET loyalty = EXCLUDED.loyalty WHERE accounts.loyalty < 0
INSERT INTO accounts (id, name, loyalty) VALUES (64, 'a', 1), (64, 'b', 2) ON CONFLICT (id) DO UPDATE SET loyalty = EXCLUDED.loyalty
SELECT id, name, loyalty, tier FROM accounts WHERE id >= 62 ORDER BY id

-- scenario: hunt_w9_insert_values_with_order_by_and_limit
INSERT INTO accounts (id, name, tier) VALUES (71, 'a', 'x'), (72, 'b', 'y'), (73, 'c', 'z') ORDER BY 1 DESC LIMIT 2 RETURNING id, tier, loyalty
INSERT INTO accounts (id, name, loyalty) VALUES (74, 'd', 4), (75, 'e', 5) OFFSET 1 RETURNING id, loyalty
SELECT id, name, loyalty, tier FROM accounts WHERE id > 70 ORDER BY id

-- scenario: hunt_w9_insert_parenthesized_values_and_union_of_values
INSERT INTO accounts (id, name, tier) (VALUES (76, 'p', 'q'))
INSERT INTO accounts (id, name, tier) VALUES (77, 'a', 'x') UNION ALL VALUES (78, 'b', 'y') RETURNING id, tier, mood
INSERT INTO accounts (id, name, tier) WITH x AS (SELECT 79 AS id) SELECT id, 'w', 'with inside' FROM x RETURNING id, tier
SELECT id, name, loyalty, tier FROM accounts WHERE id > 75 ORDER BY id

-- scenario: hunt_w9_insert_select_locking_source_rows
INSERT INTO accounts (id, name, tier, loyalty) SELECT id + 800, name, tier, loyalty FROM accounts WHERE id < 4 ORDER BY id FOR UPDATE RETURNING id, tier, loyalty
INSERT INTO bills (id, account_id, amount, paid, due) SELECT id + 100, account_id, amount, NOT paid, due + 1 FROM bills WHERE paid ORDER BY id FOR SHARE SKIP LOCKED RETURNING id, paid, due
SELECT id, tier, loyalty FROM accounts WHERE id > 800 ORDER BY id

-- scenario: hunt_w9_merge_into_plain_table_from_shadow_source
MERGE INTO tags t USING accounts a ON t.id = a.id WHEN MATCHED AND a.tier IS NOT NULL THEN UPDATE SET label = a.tier || '#' || a.id, loyalty = a.loyalty WHEN NOT MATCHED AND coalesce(a.loyalty, 0) > 2 THEN INSERT (id, label, loyalty) VALUES (a.id, a.name, a.loyalty)
WITH src AS (SELECT b.id, b.paid, b.due FROM bills b) MERGE INTO tags t USING src ON t.id = src.id + 10 WHEN NOT MATCHED AND src.paid THEN INSERT VALUES (src.id + 10, src.due::text, src.id) WHEN MATCHED THEN DELETE
SELECT * FROM tags ORDER BY id

-- scenario: hunt_w9_merge_delete_then_reinsert_reads_defaults
MERGE INTO accounts a USING (VALUES (1), (4)) v(id) ON a.id = v.id WHEN MATCHED AND a.loyalty > 5 THEN DELETE
INSERT INTO accounts (id, name) VALUES (1, 'back one'), (4, 'back four') RETURNING id, loyalty, tier, mood, labels
MERGE INTO accounts a USING (VALUES (2), (3)) v(id) ON a.id = v.id WHEN MATCHED THEN UPDATE SET name = a.name || ' (' || coalesce(a.tier, '-') || ')'
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_w9_merge_writing_shadow_is_refused
-- refused
MERGE INTO accounts a USING (VALUES (1, 5)) v(id, l) ON a.id = v.id WHEN MATCHED THEN UPDATE SET loyalty = v.l
-- refused
MERGE INTO accounts a USING (VALUES (90, 'm')) v(id, n) ON a.id = v.id WHEN NOT MATCHED THEN INSERT (id, name) VALUES (v.id, v.n)
SELECT id, loyalty FROM accounts ORDER BY id

-- scenario: hunt_w9_parameters_in_upsert_rows_split_one_by_one
-- params: ["91", "a", "3", "1", "gold", "0"]
INSERT INTO accounts (id, name, loyalty) VALUES ($1, $2, $3), ($4, $2, $3) ON CONFLICT (id) DO UPDATE SET tier = $5, loyalty = accounts.loyalty + EXCLUDED.loyalty WHERE accounts.loyalty > $6 RETURNING id, name, loyalty, tier
-- params: ["92", "7"]
INSERT INTO accounts (id, name, loyalty) VALUES ($1, 'p', $2), ($1 + 1, 'q', $2 * 2) ON CONFLICT DO NOTHING RETURNING id, loyalty, tier
-- params: ["5", "2", "1"]
UPDATE accounts SET loyalty = $1 WHERE id = $2 RETURNING loyalty + $3::int AS plus, tier
-- params: ["3", "silver"]
WITH u AS (UPDATE accounts SET loyalty = coalesce(loyalty, 0) + $1 WHERE tier = $2 RETURNING id, loyalty) SELECT * FROM u
SELECT id, name, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w9_parameters_for_array_enum_and_date_shadow_columns
-- params: ["{a,\"b c\"}", "grumpy", "2"]
UPDATE accounts SET labels = $1, mood = $2 WHERE id = $3 RETURNING id, labels, mood
-- params: ["2025-03-04", "3"]
UPDATE bills SET due = $1 WHERE account_id = $2 RETURNING id, due
-- params: ["95", "n", "{x}", "sad", null]
INSERT INTO accounts (id, name, labels, mood, tier) VALUES ($1, $2, $3, $4, $5) RETURNING *
SELECT id, labels, mood, tier FROM accounts ORDER BY id
SELECT id, due FROM bills ORDER BY id

-- scenario: hunt_w9_returning_whole_rows_of_target_and_from_items
UPDATE bills b SET paid = NOT paid FROM accounts a WHERE a.id = b.account_id AND a.id = 1 RETURNING a, b
UPDATE bills b SET due = due + 7 FROM accounts a WHERE a.id = b.account_id AND a.tier = 'bronze' RETURNING row_to_json(a) AS acct, row_to_json(b) AS bill
DELETE FROM bills b USING accounts a WHERE a.id = b.account_id AND a.loyalty = 7 RETURNING a.*, b.*
UPDATE accounts a SET loyalty = 1 FROM bills b WHERE b.account_id = a.id AND b.id = 8 RETURNING b.*, a.*

-- scenario: hunt_w9_writes_beside_a_cte_named_like_the_table
WITH accounts AS (SELECT 2 AS id, 'cte' AS tier) UPDATE public.accounts SET loyalty = 3, tier = accounts.tier FROM accounts WHERE public.accounts.id = accounts.id RETURNING public.accounts.id, public.accounts.loyalty, public.accounts.tier
WITH accounts AS (SELECT 1 AS id) DELETE FROM public.accounts a WHERE a.id IN (SELECT id FROM accounts) RETURNING a.id, a.loyalty
WITH accounts AS (SELECT 1 AS id, 'x' AS name) INSERT INTO public.accounts (id, name, tier) SELECT id, name, 'from cte' FROM accounts RETURNING id, tier, loyalty
WITH bills AS (SELECT 3 AS id) UPDATE public.bills b SET paid = true WHERE b.id IN (SELECT id FROM bills) RETURNING b.id, b.paid
SELECT id, name, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w9_key_moves_on_inheritance_parent_and_partitions
UPDATE animals SET id = id + 100 WHERE id IN (1, 3, 6) RETURNING tableoid::regclass AS kind, id, legs, vaccinated
UPDATE shipments SET id = id + 10, priority = priority + 1 WHERE region = 'eu' RETURNING region, id, status, fragile, priority
INSERT INTO dogs (id, name) VALUES (3, 'new three') RETURNING id, legs, vaccinated
INSERT INTO shipments (region, id) VALUES ('eu', 1) RETURNING region, id, status, fragile, priority
SELECT tableoid::regclass, id, name, legs, vaccinated FROM animals ORDER BY id
SELECT region, id, status, fragile, priority FROM shipments ORDER BY region, id

-- scenario: hunt_w9_error_positions_in_writes_after_non_ascii
INSERT INTO accounts (id, name, loyalty) VALUES (97, '東京 ✓', 1), (98, 'Zoë', 'x')
INSERT INTO accounts AS a (id, name, tier) VALUES (97, 'é', 't') RETURNING accounts.id
UPDATE accounts SET name = 'Émile ✓', mood = 'ecstatic' WHERE id = 7
UPDATE accounts a SET tier = 'ü' WHERE a.id = 1 RETURNING a.tierr
INSERT INTO bills (id, account_id, amount, due) SELECT 60, 1, 1, '2024-02-30'
DELETE FROM bills WHERE note = 'café' AND due > 'tomorrow-ish' RETURNING id
UPDATE bills SET paid = 'maybe' WHERE note = '東京'
INSERT INTO accounts (id, name, labels) VALUES (99, 'ö', '{unclosed')
SELECT id, name, loyalty, tier, mood FROM accounts WHERE id >= 97 ORDER BY id

-- scenario: hunt_w9_search_path_set_inside_savepoints_rolled_back
BEGIN
SAVEPOINT s
SET search_path = sales, public
SELECT id, score FROM accounts ORDER BY id
ROLLBACK TO SAVEPOINT s
SELECT id, loyalty FROM accounts ORDER BY id
UPDATE accounts SET loyalty = 5 WHERE id = 2 RETURNING id, loyalty
COMMIT
SELECT id, loyalty FROM accounts ORDER BY id
BEGIN
SET search_path = sales, public
SAVEPOINT t
SET LOCAL search_path = public
SELECT id, loyalty FROM accounts WHERE id = 1
ROLLBACK TO SAVEPOINT t
SELECT id, score FROM accounts ORDER BY id
RELEASE SAVEPOINT t
COMMIT
SELECT id, score FROM accounts ORDER BY id
RESET search_path
SELECT id, loyalty FROM accounts WHERE id = 1

-- scenario: hunt_w9_search_path_savepoints_after_an_error_and_release
BEGIN
SAVEPOINT outer_sp
SET search_path = sales, public
SAVEPOINT inner_sp
UPDATE accounts SET score = score + 1 WHERE id = 2 RETURNING id, score
SELECT 1 / 0
ROLLBACK TO SAVEPOINT inner_sp
SELECT id, score FROM accounts ORDER BY id
RELEASE SAVEPOINT inner_sp
ROLLBACK TO SAVEPOINT outer_sp
UPDATE accounts SET loyalty = 31 WHERE id = 3 RETURNING id, loyalty
COMMIT
SELECT id, loyalty FROM accounts WHERE id = 3
SELECT id, region, score FROM sales.accounts ORDER BY id

-- ---------------------------------------------------------------- hunt_w10
-- scenario: hunt_w10_do_nothing_some_skipped_returning_shadow
INSERT INTO accounts (id, name, loyalty, tier) VALUES (1, 'skip', 5, 't'), (90, 'new', 6, 'u'), (2, 'skip', 7, 'v'), (91, 'new2', DEFAULT, NULL) ON CONFLICT (id) DO NOTHING RETURNING id, name, loyalty, tier, mood, labels
INSERT INTO accounts (id, name, tier) VALUES (90, 'again', 'w'), (92, 'n3', 'x') ON CONFLICT DO NOTHING RETURNING *
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_w10_do_update_where_on_shadow_skips_rows
INSERT INTO bills AS b (id, account_id, amount, paid) VALUES (1, 1, 1, false), (2, 1, 2, true), (4, 3, 4, false), (30, 2, 3, true) ON CONFLICT (id) DO UPDATE SET paid = EXCLUDED.paid, due = b.due + 7 WHERE b.paid IS NOT TRUE RETURNING b.id, b.paid, b.due, b.amount
SELECT id, amount, paid, due FROM bills ORDER BY id

-- scenario: hunt_w10_do_update_where_excluded_shadow_against_current
INSERT INTO accounts AS a (id, name, loyalty, tier) VALUES (1, 'x', 5, 'lower'), (4, 'y', 50, 'higher'), (5, 'z', NULL, 'null') ON CONFLICT (id) DO UPDATE SET loyalty = EXCLUDED.loyalty, tier = EXCLUDED.tier WHERE EXCLUDED.loyalty > a.loyalty RETURNING a.id, a.loyalty, a.tier
SELECT id, name, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w10_on_constraint_unique_not_primary
INSERT INTO hunt_w_members (id, email, handle, points, nick) VALUES (10, 'z@x', 'ann', 5, 'n1'), (11, 'y@x', 'new', 2, 'n2') ON CONFLICT ON CONSTRAINT hunt_w_members_handle_key DO UPDATE SET points = hunt_w_members.points + EXCLUDED.points, nick = EXCLUDED.nick RETURNING *
INSERT INTO hunt_w_members (id, email, points) VALUES (12, 'b@x', 9), (13, 'q@x', 3) ON CONFLICT (email) DO NOTHING RETURNING id, email, points, hi
SELECT * FROM hunt_w_members ORDER BY id

-- scenario: hunt_w10_upsert_same_key_twice_in_transaction_then_continue
BEGIN
UPDATE line_items SET discount = 1 WHERE order_id = 1 AND line = 1
SAVEPOINT s
INSERT INTO line_items (order_id, line, discount) VALUES (1, 1, 1), (1, 1, 2) ON CONFLICT (order_id, line) DO UPDATE SET discount = EXCLUDED.discount
ROLLBACK TO SAVEPOINT s
INSERT INTO line_items (order_id, line, discount) VALUES (1, 1, 3), (7, 1, 4) ON CONFLICT (order_id, line) DO UPDATE SET discount = line_items.discount + EXCLUDED.discount RETURNING *
COMMIT
SELECT * FROM line_items ORDER BY order_id, line

-- scenario: hunt_w10_row_and_subselect_multi_assignment
UPDATE accounts SET (name, tier) = ROW('row ' || name, 'r' || id) WHERE id IN (1, 2) RETURNING id, name, tier
UPDATE accounts a SET (loyalty, tier, email) = (SELECT b.loyalty, b.tier, b.email FROM accounts b WHERE b.id = a.id + 2) WHERE a.id IN (3, 7, 8) RETURNING a.id, a.loyalty, a.tier, a.email
UPDATE accounts SET (mood, labels) = ('sad', ARRAY[name]) WHERE id = 5 RETURNING id, mood, labels
SELECT id, name, email, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_w10_update_from_values_with_text_casts
UPDATE bills b SET paid = v.p::boolean, due = v.d::date, note = v.n FROM (VALUES (1, 'false', '2030-01-01', 'n1'), (3, 'yes', NULL, NULL), (99, 'true', '2031-01-01', 'none')) AS v(id, p, d, n) WHERE b.id = v.id RETURNING b.id, b.paid, b.due, b.note, v.p
SELECT id, paid, due, note FROM bills ORDER BY id

-- scenario: hunt_w10_correlated_subquery_reads_other_rows_shadow
UPDATE accounts a SET loyalty = (SELECT b.loyalty FROM accounts b WHERE b.id = a.id + 1) WHERE a.id < 6 RETURNING id, loyalty
UPDATE accounts a SET tier = (SELECT string_agg(coalesce(b.tier, '-'), ',' ORDER BY b.id) FROM accounts b WHERE b.id <> a.id AND b.id < 4) WHERE a.id IN (1, 8) RETURNING id, tier
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w10_update_returning_old_and_new_via_self_join
UPDATE accounts a SET tier = coalesce(old.tier, '') || '+', loyalty = coalesce(old.loyalty, 0) + 1 FROM accounts old WHERE old.id = a.id AND a.id IN (1, 2, 3, 8) RETURNING a.id, old.tier AS old_tier, a.tier, old.loyalty AS old_loyalty, a.loyalty
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w10_delete_using_shadow_predicates_both_sides
DELETE FROM bills b USING accounts a WHERE a.id = b.account_id AND (a.loyalty > 5 OR a.tier = 'bronze') AND b.paid IS NOT TRUE RETURNING b.id, b.paid, b.due, a.tier, a.loyalty
SELECT id, paid, due FROM bills ORDER BY id

-- scenario: hunt_w10_delete_returning_star_several_tables
DELETE FROM line_items WHERE discount > 0 RETURNING *
DELETE FROM notes WHERE stars > 5 RETURNING *
DELETE FROM gadgets WHERE id IN (1, 2) RETURNING *
SELECT * FROM line_items ORDER BY order_id, line
SELECT * FROM notes ORDER BY slug

-- scenario: hunt_w10_writable_cte_insert_and_update_same_table
-- refused
WITH i AS (INSERT INTO accounts (id, name, tier) VALUES (93, 'cte', 'x') RETURNING id) UPDATE accounts SET tier = 'both' WHERE id = 1 RETURNING id, tier
SELECT id, tier FROM accounts WHERE id IN (1, 93) ORDER BY id

-- scenario: hunt_w10_insert_select_same_table_new_keys_composite
INSERT INTO line_items SELECT order_id + 10, line, product, qty, discount FROM line_items RETURNING *
INSERT INTO line_items (order_id, line, product, discount) SELECT order_id, line + 100, product || '*', discount * 2 FROM line_items WHERE discount > 5 RETURNING *
SELECT * FROM line_items ORDER BY order_id, line

-- scenario: hunt_w10_insert_default_values_forms
INSERT INTO accounts DEFAULT VALUES
INSERT INTO hunt_w6_ids DEFAULT VALUES RETURNING id, label, rank, note
INSERT INTO hunt_w6_tokens DEFAULT VALUES RETURNING *
INSERT INTO counters DEFAULT VALUES RETURNING *
SELECT * FROM hunt_w6_ids ORDER BY id
SELECT id, label, rank, note FROM hunt_w6_tokens ORDER BY label

-- scenario: hunt_w10_multirow_values_defaults_and_expressions_many_types
INSERT INTO gadgets (id, name, ratio, units, nums, pt, doc, tag4) VALUES (10, 'a', DEFAULT, 2 + 3, ARRAY[1, 2], ROW(1, 'x'), DEFAULT, upper('abc')), (11, 'b', 0.25 * 2, DEFAULT, DEFAULT, DEFAULT, jsonb_build_object('k', 11), DEFAULT), (12, 'c', NULL, NULL, NULL, NULL, NULL, NULL) RETURNING id, ratio, units, nums, pt, doc, tag4, big, span
SELECT id, name, ratio, units, nums, pt, doc, tag4 FROM gadgets WHERE id >= 10 ORDER BY id

-- scenario: hunt_w10_sql_prepare_of_shadow_write
-- refused
PREPARE w10 (integer, integer) AS UPDATE accounts SET loyalty = $1 WHERE id = $2
PREPARE w10l (text, integer) AS UPDATE accounts SET name = $1 WHERE id = $2
EXECUTE w10l ('renamed', 1)
EXECUTE w10l ('renamed again', 1)
SELECT id, name, loyalty FROM accounts WHERE id = 1

-- scenario: hunt_w10_extended_params_null_and_text_casts
-- params: ["94", "p", null, "{a,\"b c\"}", "grumpy"]
INSERT INTO accounts (id, name, loyalty, labels, mood) VALUES ($1, $2, $3, $4, $5) RETURNING *
-- params: [null, "sad", "1"]
UPDATE accounts SET tier = $1, mood = $2 WHERE id = $3 RETURNING id, tier, mood
-- params: ["2025-03-03", "t", "1"]
UPDATE bills SET due = $1, paid = $2 WHERE id = $3 RETURNING id, paid, due
-- params: ["1.255", "2", "1"]
UPDATE line_items SET discount = $1 WHERE order_id = $2 AND line = $3 RETURNING *
SELECT id, loyalty, tier, mood, labels FROM accounts WHERE id IN (1, 94) ORDER BY id

-- scenario: hunt_w10_error_mid_transaction_then_rollback_to_and_more_writes
BEGIN
UPDATE accounts SET loyalty = 100 WHERE id = 1
SAVEPOINT s1
UPDATE accounts SET tier = 'lost' WHERE id = 2
UPDATE accounts SET loyalty = loyalty / 0 WHERE id = 1
ROLLBACK TO SAVEPOINT s1
UPDATE accounts SET tier = 'kept' WHERE id = 3 RETURNING id, tier
INSERT INTO accounts (id, name, loyalty) VALUES (95, 'after error', 1) RETURNING id, loyalty, tier
COMMIT
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w10_nested_savepoints_release_insert_delete
BEGIN
SAVEPOINT a
INSERT INTO accounts (id, name, tier) VALUES (96, 'a', 'in a')
SAVEPOINT b
DELETE FROM accounts WHERE id = 96 RETURNING tier
SAVEPOINT c
INSERT INTO accounts (id, name, loyalty) VALUES (96, 'c', 3) RETURNING id, loyalty, tier
RELEASE SAVEPOINT c
ROLLBACK TO SAVEPOINT b
SELECT id, loyalty, tier FROM accounts WHERE id = 96
RELEASE SAVEPOINT b
UPDATE accounts SET loyalty = 9 WHERE id = 96
RELEASE SAVEPOINT a
COMMIT
SELECT id, name, loyalty, tier FROM accounts WHERE id = 96

-- scenario: hunt_w10_not_null_and_check_failures_then_continue
BEGIN
UPDATE orders SET note = 'ok' WHERE id = 1
INSERT INTO orders (id, item, note, qty) VALUES (20, 'i', 'n', 2) RETURNING id, qty, note
SAVEPOINT s
UPDATE orders SET note = NULL WHERE id = 20
ROLLBACK TO SAVEPOINT s
UPDATE orders SET qty = -1 WHERE id = 20
ROLLBACK TO SAVEPOINT s
INSERT INTO orders (id, item) VALUES (21, 'no note')
ROLLBACK TO SAVEPOINT s
UPDATE hunt_w_members SET lo = 50 WHERE id = 1
ROLLBACK TO SAVEPOINT s
UPDATE orders SET qty = qty + 1, code = 'c20' WHERE id = 20 RETURNING *
COMMIT
SELECT * FROM orders ORDER BY id
SELECT id, lo, hi FROM hunt_w_members ORDER BY id

-- scenario: hunt_w10_primary_key_update_values_follow
UPDATE accounts SET id = id + 100 WHERE id IN (1, 2, 3) RETURNING id, loyalty, tier, mood, labels
UPDATE notes SET slug = slug || '!' WHERE stars > 0 RETURNING *
UPDATE hunt_w6_nums SET n = n * 10 WHERE n > 0 RETURNING n, label, rank, note
SELECT id, loyalty, tier, mood, labels FROM accounts ORDER BY id
SELECT * FROM notes ORDER BY slug

-- scenario: hunt_w10_text_keys_quotes_unicode_and_numeric_scales
INSERT INTO notes (slug, body, stars) VALUES ('a''b"c', 'x', 3), ('ü,(x)\', NULL, DEFAULT), ('', 'empty', 1) RETURNING *
UPDATE notes SET stars = stars + 1 RETURNING *
UPDATE hunt_w6_nums SET rank = 5, note = 'one' WHERE n = 1.00 RETURNING n, rank, note
INSERT INTO hunt_w6_nums (n, label, rank) VALUES (2.5000, 'dup', 7) ON CONFLICT (n) DO UPDATE SET rank = EXCLUDED.rank + hunt_w6_nums.rank RETURNING n, label, rank
INSERT INTO hunt_w6_nums (n, label, note) VALUES (3.10, 'new', 'three') RETURNING *
UPDATE hunt_w6_nums SET note = note || '!' WHERE n = 3.1 RETURNING n, note
SELECT * FROM notes ORDER BY slug
SELECT * FROM hunt_w6_nums ORDER BY n

-- scenario: hunt_w10_very_long_text_values
UPDATE accounts SET tier = repeat('long ', 20000) || 'end' WHERE id = 1 RETURNING id, length(tier), right(tier, 8)
INSERT INTO accounts (id, name, tier, labels) VALUES (97, 'big', repeat('ü', 50000), ARRAY[repeat('x', 9000), repeat('y', 9000)]) RETURNING id, length(tier), array_length(labels, 1)
UPDATE accounts SET tier = tier || tier WHERE id = 97 RETURNING length(tier)
SELECT id, md5(tier), length(labels[1]) FROM accounts ORDER BY id

-- scenario: hunt_w10_arrays_and_enums_computed_from_each_other
UPDATE accounts SET labels = array_append(labels, mood::text), mood = 'sad' WHERE id <= 4 RETURNING id, labels, mood
UPDATE accounts SET mood = (enum_range(NULL::mood))[3] WHERE mood = 'sad' RETURNING id, mood
UPDATE accounts SET labels = labels[2:] || ARRAY['z'] WHERE array_length(labels, 1) > 1 RETURNING id, labels
UPDATE accounts SET mood = enum_first(mood) WHERE id = 5 RETURNING id, mood
SELECT id, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_w10_restart_after_commit_and_after_open_transaction
UPDATE accounts SET loyalty = 1000 WHERE id = 1
INSERT INTO accounts (id, name, tier) VALUES (98, 'durable', 'd')
-- restart
SELECT id, loyalty, tier FROM accounts WHERE id IN (1, 98) ORDER BY id
BEGIN
UPDATE accounts SET loyalty = 2000 WHERE id = 1
INSERT INTO accounts (id, name, tier) VALUES (99, 'lost', 'l')
DELETE FROM accounts WHERE id = 98
-- restart
SELECT id, loyalty, tier FROM accounts ORDER BY id
UPDATE accounts SET tier = 'after two restarts' WHERE id = 98 RETURNING id, loyalty, tier

-- scenario: hunt_w10_multi_statement_strings_mixing_transactions
BEGIN; UPDATE accounts SET loyalty = 11 WHERE id = 1; COMMIT; UPDATE accounts SET tier = 'outside' WHERE id = 2
BEGIN; INSERT INTO accounts (id, name, tier) VALUES (100, 'rolled', 'r'); ROLLBACK; UPDATE accounts SET tier = 'after rollback' WHERE id = 3
SELECT id, loyalty, tier FROM accounts ORDER BY id
BEGIN; UPDATE bills SET paid = true WHERE id = 2; SAVEPOINT x; UPDATE bills SET due = '2020-01-01' WHERE id = 2; ROLLBACK TO SAVEPOINT x; COMMIT
SELECT id, paid, due FROM bills ORDER BY id

-- scenario: hunt_w10_multi_statement_implicit_transaction_error_undoes_all
UPDATE accounts SET loyalty = 1 WHERE id = 1; UPDATE orders SET qty = 0; UPDATE accounts SET tier = 'never' WHERE id = 2
SELECT id, loyalty, tier FROM accounts ORDER BY id
INSERT INTO accounts (id, name, tier) VALUES (101, 'x', 'y'); INSERT INTO accounts (id, name) VALUES (1, 'dup')
SELECT id, tier FROM accounts WHERE id >= 100 ORDER BY id

-- scenario: hunt_w10_truncate_then_reinsert_in_one_string
TRUNCATE notes; INSERT INTO notes (slug, body) VALUES ('it''s "q"', 'again'), ('new', 'n') RETURNING *
SELECT * FROM notes ORDER BY slug
BEGIN
TRUNCATE gadgets
INSERT INTO gadgets (id, name) VALUES (1, 'back') RETURNING *
COMMIT
SELECT * FROM gadgets ORDER BY id

-- scenario: hunt_w10_view_delete_refused_by_foreign_key_then_insert
DELETE FROM rich_accounts WHERE id = 1
INSERT INTO rich_accounts (id, name) VALUES (1, 'via view') RETURNING *
SELECT id, name, loyalty, tier, mood, labels FROM accounts WHERE id = 1

-- scenario: hunt_w10_view_writes_with_parked_values
UPDATE rich_accounts SET name = name || '*' WHERE id <= 2 RETURNING *
INSERT INTO rich_accounts VALUES (2, 'dup') ON CONFLICT (id) DO NOTHING
UPDATE accounts SET tier = 'seen through view' WHERE id IN (SELECT id FROM rich_accounts) RETURNING id, tier
SELECT id, name, tier FROM accounts ORDER BY id

-- scenario: hunt_w10_partition_direct_writes
INSERT INTO shipments_eu (region, id, status, priority) VALUES ('eu', 50, 'p', 3) RETURNING *
UPDATE shipments_us SET status = 'us!', fragile = true RETURNING *
DELETE FROM shipments_eu WHERE id = 2 RETURNING region, id, status
INSERT INTO shipments_rest (region, id) VALUES ('mars', 51) RETURNING *
SELECT tableoid::regclass, region, id, weight, status, fragile, priority FROM shipments ORDER BY region, id

-- scenario: hunt_w10_domain_and_length_failures_in_transaction
BEGIN
SAVEPOINT s
UPDATE gadgets SET units = 0 WHERE id = 1
ROLLBACK TO SAVEPOINT s
UPDATE orders SET code = 'toolong' WHERE id = 1
ROLLBACK TO SAVEPOINT s
UPDATE gadgets SET doc = '{"bad": 1}' WHERE id = 2
ROLLBACK TO SAVEPOINT s
UPDATE gadgets SET units = units + 1, tag4 = 'ok' WHERE id IN (1, 2) RETURNING id, units, tag4
COMMIT
SELECT id, units, tag4, doc FROM gadgets ORDER BY id

-- scenario: hunt_w10_update_limit_via_subquery_on_shadow
UPDATE accounts SET tier = 'lim' WHERE id IN (SELECT id FROM accounts WHERE tier IS NULL ORDER BY id LIMIT 2) RETURNING id, tier
UPDATE accounts SET loyalty = -1 WHERE id = (SELECT id FROM accounts ORDER BY loyalty DESC NULLS LAST LIMIT 1) RETURNING id, loyalty
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w10_delete_rolled_back_keeps_values
BEGIN
DELETE FROM accounts WHERE id IN (1, 4) RETURNING id, loyalty, tier, mood
SELECT count(*) FROM accounts
ROLLBACK
SELECT id, loyalty, tier, mood, labels FROM accounts WHERE id IN (1, 4) ORDER BY id
BEGIN
DELETE FROM line_items WHERE order_id = 1
SAVEPOINT s
INSERT INTO line_items (order_id, line, discount) VALUES (1, 2, 8)
ROLLBACK TO SAVEPOINT s
COMMIT
INSERT INTO line_items (order_id, line) VALUES (1, 2) RETURNING *

-- scenario: hunt_w10_same_key_insert_update_delete_insert_in_savepoints
BEGIN
INSERT INTO bills (id, account_id, amount, paid) VALUES (40, 1, 1, true)
SAVEPOINT a
UPDATE bills SET due = '2026-06-06' WHERE id = 40
DELETE FROM bills WHERE id = 40
INSERT INTO bills (id, account_id, amount) VALUES (40, 2, 2) RETURNING *
ROLLBACK TO SAVEPOINT a
SELECT id, paid, due FROM bills WHERE id = 40
DELETE FROM bills WHERE id = 40
INSERT INTO bills (id, account_id, amount, due) VALUES (40, 3, 3, '2027-07-07')
COMMIT
SELECT * FROM bills WHERE id = 40

-- scenario: hunt_w10_case_insensitive_key_writes
UPDATE hunt_w6_names SET rank = 1 WHERE name = 'ALICE' RETURNING name, rank
INSERT INTO hunt_w6_names (name, label, note) VALUES ('BOB', 'dup', 'n') ON CONFLICT (name) DO UPDATE SET note = EXCLUDED.note RETURNING name, label, rank, note
DELETE FROM hunt_w6_names WHERE name = 'alice'
INSERT INTO hunt_w6_names (name, label) VALUES ('aLiCe', 'back') RETURNING *
SELECT * FROM hunt_w6_names ORDER BY name

-- scenario: hunt_w10_timestamptz_key_under_other_timezone
SET TimeZone = 'Asia/Kolkata'
UPDATE visits SET kind = 'ist' WHERE at = '2024-01-01 15:30+05:30' RETURNING *
INSERT INTO visits (visitor, at, kind) VALUES ('00000000-0000-0000-0000-000000000002', '2024-02-02 00:00', 'local') RETURNING *
RESET TimeZone
UPDATE visits SET kind = kind || '/utc' WHERE kind <> 'web' RETURNING *
SELECT * FROM visits ORDER BY visitor, at

-- scenario: hunt_w10_identity_generated_and_trigger_tables
UPDATE counters SET hits = hits + 1 RETURNING *
INSERT INTO counters (name, hits) VALUES ('c', 5), ('d', DEFAULT) RETURNING *
UPDATE appliances SET color = 'red', stock = stock + 2 WHERE price > 0 RETURNING *
INSERT INTO appliances (name, color) VALUES ('toaster', 'black') RETURNING *
SELECT * FROM appliances ORDER BY id
SELECT * FROM counters ORDER BY name

-- scenario: hunt_w10_no_primary_key_table_writes
-- refused
UPDATE events SET seen = true WHERE kind = 'login'
-- refused
INSERT INTO events (kind, seen) VALUES ('x', true)
INSERT INTO events (kind) VALUES ('plain')
UPDATE events SET payload = 'p' WHERE kind = 'plain' RETURNING *
SELECT * FROM events ORDER BY kind, payload

-- scenario: hunt_w10_extended_params_repeated_shadow_upsert
-- params: ["1", "a", "3"]
INSERT INTO accounts (id, name, loyalty) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty + EXCLUDED.loyalty RETURNING id, loyalty, tier
-- params: ["1", "a", "3"]
INSERT INTO accounts (id, name, loyalty) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty + EXCLUDED.loyalty RETURNING id, loyalty, tier
-- params: ["102", "b", null]
INSERT INTO accounts (id, name, loyalty) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty + EXCLUDED.loyalty RETURNING id, loyalty, tier
-- params: ["102", "b", "4"]
INSERT INTO accounts (id, name, loyalty) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET loyalty = coalesce(accounts.loyalty, 0) + EXCLUDED.loyalty RETURNING id, loyalty, tier
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w10_update_shadow_to_itself_and_no_rows
UPDATE accounts SET loyalty = loyalty, tier = tier WHERE id IN (1, 2) RETURNING id, loyalty, tier
UPDATE accounts SET tier = 'none' WHERE false RETURNING id
UPDATE accounts SET tier = 'none' WHERE id = 999
DELETE FROM accounts WHERE tier = 'does not exist' RETURNING *
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w10_upsert_do_update_on_composite_key_returning_excluded_mix
INSERT INTO line_items AS l (order_id, line, product, discount) VALUES (1, 2, 'pear2', 1), (2, 1, 'plum2', 2), (9, 9, 'new', 3) ON CONFLICT (order_id, line) DO UPDATE SET product = EXCLUDED.product, discount = l.discount - EXCLUDED.discount WHERE l.discount > 6 RETURNING l.*
SELECT * FROM line_items ORDER BY order_id, line

-- scenario: hunt_w10_delete_using_values_then_reinsert_defaults
DELETE FROM accounts a USING (VALUES (1), (3), (5)) v(id) WHERE a.id = v.id RETURNING a.*
INSERT INTO accounts (id, name) SELECT v.id, 'back' FROM (VALUES (1), (3), (5)) v(id) RETURNING *
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_w10_update_case_on_shadow_and_live
UPDATE accounts SET tier = CASE WHEN loyalty IS NULL THEN 'none' WHEN loyalty > 5 THEN 'big' ELSE tier END, email = CASE WHEN mood = 'grumpy' THEN 'grr' ELSE email END RETURNING id, tier, email
SELECT id, email, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w10_update_from_join_with_bills_aggregate
UPDATE accounts a SET loyalty = s.n, tier = s.d::text FROM (SELECT account_id, count(*) FILTER (WHERE paid) AS n, max(due) AS d FROM bills GROUP BY account_id) s WHERE s.account_id = a.id RETURNING a.id, a.loyalty, a.tier
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w10_insert_select_from_other_table_with_shadow_on_conflict
INSERT INTO tags (id, label, loyalty) SELECT id, tier, loyalty FROM accounts WHERE tier IS NOT NULL ON CONFLICT (id) DO UPDATE SET loyalty = EXCLUDED.loyalty RETURNING *
INSERT INTO accounts (id, name, loyalty, tier) SELECT id + 300, label, loyalty, label FROM tags ON CONFLICT (id) DO NOTHING RETURNING id, loyalty, tier
SELECT * FROM tags ORDER BY id

-- scenario: hunt_w10_array_bounds_and_special_values
UPDATE gadgets SET nums = '[0:1]={5,6}', codes = '[2:3]={ab,NULL}' WHERE id = 1 RETURNING id, nums, codes, array_lower(nums, 1)
UPDATE gadgets SET nums = '{{1,2},{3,4}}', total = 'NaN', ratio = '-0', big = -9223372036854775808 WHERE id = 2 RETURNING id, nums, total, ratio, big
UPDATE gadgets SET span = '-178000000 years', slots = 'empty', period = '[2024-01-01,infinity)', stamp = 'infinity' WHERE id = 3 RETURNING id, span, slots, period, stamp
UPDATE gadgets SET pt = ROW(NULL, 'a "b" (c), \d'), raw = '{"a" :  1, "a": 2}', token = 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11' WHERE id = 4 RETURNING id, pt, raw, token
UPDATE bills SET due = '-infinity' WHERE id = 2 RETURNING id, due
SELECT id, nums, codes, total, ratio, big, span, slots, period, stamp, pt, raw::text, token FROM gadgets ORDER BY id
SELECT id, due FROM bills WHERE due < '2000-01-01' ORDER BY id

-- scenario: hunt_w10_keys_with_newlines_tabs_and_separators
INSERT INTO notes (slug, body, stars) VALUES (E'a\nb', 'newline', 1), (E'tab\there', 'tab', 2), ('x:y{z}', 'braces', 3), ('a\nb', 'escaped', 4), ('"', 'dq', 5), ('()', 'parens', 6) RETURNING slug, stars
UPDATE notes SET stars = stars * 10 WHERE slug IN (E'a\nb', 'x:y{z}', '"') RETURNING slug, stars
DELETE FROM notes WHERE slug = 'a\nb' RETURNING slug, stars
SELECT slug, body, stars FROM notes ORDER BY slug

-- scenario: hunt_w10_composite_key_texts_that_look_alike
INSERT INTO hunt_w6_mixed (flag, day, code, blob, rank, note) VALUES (true, '2024-01-01', 'a,b', '\x2c', 1, 'comma'), (true, '2024-01-01', 'a', '\x2c62', 2, 'other'), (false, '2024-01-01', '"(', '\x28', 3, 'quote paren') RETURNING flag, day, code, blob, rank, note
UPDATE hunt_w6_mixed SET rank = rank + 100 WHERE code = 'a,b' RETURNING code, blob, rank
SELECT flag, day, code, blob, rank, note FROM hunt_w6_mixed ORDER BY flag, code, blob

-- scenario: hunt_w10_column_list_errors
INSERT INTO accounts (id, name, tier, tier) VALUES (110, 'x', 'a', 'b')
INSERT INTO accounts (id, name, loyalty, loyalty) VALUES (110, 'x', 1, 2)
UPDATE accounts SET tier = 'a', tier = 'b' WHERE id = 1
UPDATE accounts SET loyalty = 1, loyalty = 2 WHERE id = 1
INSERT INTO accounts (id, name, tier) VALUES (110, 'x')
INSERT INTO accounts (id, name) VALUES (110, 'x', 'extra')
INSERT INTO accounts (id, name, loyalty) SELECT 110, 'x'
UPDATE accounts SET tierx = 'a' WHERE id = 1
UPDATE accounts SET tier = 'a' WHERE id = 1 RETURNING tierx
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w10_value_errors_on_shadow_columns
UPDATE accounts SET loyalty = 'abc' WHERE id = 1
UPDATE accounts SET mood = 'nope' WHERE id = 1
INSERT INTO accounts (id, name, labels) VALUES (111, 'x', 'notarray')
UPDATE accounts SET loyalty = 2147483647 + loyalty WHERE id = 1
UPDATE line_items SET discount = 1000 WHERE order_id = 1
UPDATE "Users" SET "Nick" = repeat('ü', 21) WHERE "Id" = 1
UPDATE "Users" SET "Nick" = repeat('ü', 20) WHERE "Id" = 1 RETURNING "Id", "Nick"
UPDATE line_items SET discount = 1.005 WHERE order_id = 1 RETURNING *
SELECT id, loyalty, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_w10_single_column_row_assignments
UPDATE accounts SET (loyalty) = ROW(5) WHERE id = 1 RETURNING id, loyalty
UPDATE accounts SET (tier) = (SELECT 'sub') WHERE id = 2 RETURNING id, tier
UPDATE accounts SET (tier, loyalty) = (SELECT tier, loyalty FROM accounts WHERE id = 999) WHERE id = 3 RETURNING id, tier, loyalty
UPDATE accounts SET (tier, loyalty) = (SELECT tier, loyalty FROM accounts WHERE id < 3) WHERE id = 4
UPDATE accounts SET loyalty = (SELECT loyalty FROM accounts) WHERE id = 4
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w10_alias_named_like_a_shadow_column
UPDATE accounts AS tier SET loyalty = 1 WHERE tier.id = 1 RETURNING tier.id, tier.tier, tier.loyalty
UPDATE accounts loyalty SET tier = 'aliased' WHERE loyalty.id = 2 RETURNING loyalty.id, loyalty.loyalty, loyalty.tier
DELETE FROM accounts AS mood WHERE mood.mood = 'sad' RETURNING mood.id, mood.mood
INSERT INTO accounts AS labels (id, name, labels) VALUES (1, 'x', '{a}') ON CONFLICT (id) DO UPDATE SET labels = labels.labels || EXCLUDED.labels RETURNING labels.id, labels.labels
SELECT id, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_w10_star_inheritance_syntax_and_only
UPDATE animals * SET legs = 3 WHERE id IN (1, 3) RETURNING id, legs
UPDATE ONLY accounts SET tier = 'only' WHERE id = 1 RETURNING id, tier
DELETE FROM ONLY accounts WHERE id = 8 RETURNING *
SELECT id, legs FROM animals ORDER BY id

-- scenario: hunt_w10_failed_transaction_commit_discards_writes
BEGIN
UPDATE accounts SET loyalty = 5 WHERE id = 1
INSERT INTO accounts (id, name, tier) VALUES (112, 'gone', 'g')
SELECT 1 / 0
UPDATE accounts SET loyalty = 6 WHERE id = 1
COMMIT
SELECT id, loyalty, tier FROM accounts ORDER BY id
BEGIN; UPDATE accounts SET tier = 'string' WHERE id = 2; SELECT 1 / 0; COMMIT
COMMIT
SELECT id, tier FROM accounts WHERE id = 2

-- scenario: hunt_w10_same_savepoint_name_twice
BEGIN
SAVEPOINT s
UPDATE accounts SET loyalty = 1 WHERE id = 1
SAVEPOINT s
UPDATE accounts SET loyalty = 2 WHERE id = 1
ROLLBACK TO SAVEPOINT s
SELECT id, loyalty FROM accounts WHERE id = 1
RELEASE SAVEPOINT s
UPDATE accounts SET tier = 'x' WHERE id = 1
ROLLBACK TO SAVEPOINT s
SELECT id, loyalty, tier FROM accounts WHERE id = 1
COMMIT
SELECT id, loyalty, tier FROM accounts WHERE id = 1

-- scenario: hunt_w10_chain_commits_with_writes
BEGIN
UPDATE accounts SET loyalty = 1 WHERE id = 1
COMMIT AND CHAIN
UPDATE accounts SET loyalty = 2 WHERE id = 1
ROLLBACK AND CHAIN
UPDATE accounts SET tier = 'chained' WHERE id = 1 RETURNING id, loyalty, tier
COMMIT
-- restart
SELECT id, loyalty, tier FROM accounts WHERE id = 1

-- scenario: hunt_w10_read_only_transaction_refuses_writes
BEGIN READ ONLY
UPDATE accounts SET loyalty = 1 WHERE id = 1
ROLLBACK
SET default_transaction_read_only = on
INSERT INTO accounts (id, name, tier) VALUES (113, 'ro', 'x')
DELETE FROM accounts WHERE id = 1
UPDATE accounts SET tier = 'ro' WHERE id = 1
RESET default_transaction_read_only
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w10_timestamptz_values_written_under_other_zones
SET TimeZone = 'America/New_York'
UPDATE gadgets SET made_at = '2024-06-01 12:00', period = '[2024-06-01 00:00,2024-06-02 00:00)' WHERE id = 1 RETURNING id, made_at, period
INSERT INTO gadgets (id, name, made_at) VALUES (20, 'ny', '2024-12-01 08:00') RETURNING id, made_at
SET TimeZone = 'UTC'
SELECT id, made_at, period FROM gadgets ORDER BY id
UPDATE gadgets SET made_at = made_at + interval '1 day' WHERE id IN (1, 20) RETURNING id, made_at
RESET TimeZone

-- scenario: hunt_w10_subquery_values_in_insert_and_exists_predicates
INSERT INTO accounts (id, name, loyalty, tier) VALUES (114, 'max', (SELECT max(loyalty) FROM accounts), (SELECT tier FROM accounts WHERE id = 1)) RETURNING id, loyalty, tier
UPDATE accounts a SET tier = 'has paid' WHERE EXISTS (SELECT 1 FROM bills b WHERE b.account_id = a.id AND b.paid) RETURNING id, tier
DELETE FROM bills WHERE account_id NOT IN (SELECT id FROM accounts WHERE loyalty IS NOT NULL) RETURNING id, paid
SELECT id, loyalty, tier FROM accounts ORDER BY id
SELECT id, paid FROM bills ORDER BY id

-- scenario: hunt_w10_quoted_table_upserts
INSERT INTO "Users" ("Id", "Full Name", "Nick") VALUES (1, 'x', 'x'), (3, 'y', 'why'), (4, 'z', DEFAULT) ON CONFLICT ("Id") DO UPDATE SET "Nick" = EXCLUDED."Nick" || coalesce("Users"."Nick", '∅') RETURNING *
UPDATE "Users" u SET "Nick" = upper(u."Nick") WHERE u."Nick" IS NOT NULL RETURNING u."Id", u."Nick"
SELECT * FROM "Users" ORDER BY "Id"

-- scenario: hunt_w10_param_used_in_set_and_where_same_type
-- params: ["7"]
UPDATE accounts SET loyalty = $1 + 1 WHERE loyalty = $1 RETURNING id, loyalty
-- params: ["gold", "platinum"]
UPDATE accounts SET tier = $2 WHERE tier = $1 RETURNING id, tier
-- params: ["3"]
DELETE FROM accounts WHERE loyalty = $1::int AND id = $1::int RETURNING id, loyalty
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w10_upsert_set_default_and_row_from_excluded
INSERT INTO accounts AS a (id, name, loyalty, tier) VALUES (1, 'x', 9, 'nine'), (115, 'y', 8, 'eight') ON CONFLICT (id) DO UPDATE SET loyalty = DEFAULT, tier = DEFAULT, mood = DEFAULT RETURNING id, loyalty, tier, mood
INSERT INTO accounts AS a (id, name, loyalty, tier) VALUES (2, 'x', 9, 'nine') ON CONFLICT (id) DO UPDATE SET (loyalty, tier) = (EXCLUDED.loyalty * 2, DEFAULT) RETURNING id, loyalty, tier
INSERT INTO accounts AS a (id, name, loyalty, tier) VALUES (3, 'x', 9, 'nine') ON CONFLICT (id) DO UPDATE SET (loyalty, tier) = ROW(EXCLUDED.loyalty, a.tier || EXCLUDED.tier) RETURNING id, loyalty, tier
SELECT id, name, loyalty, tier, mood FROM accounts ORDER BY id

-- scenario: hunt_w10_insert_select_grouped_aggregates_into_shadow
INSERT INTO accounts (id, name, loyalty, tier, labels) SELECT 500 + account_id, 'agg', count(*), string_agg(id::text, '-' ORDER BY id), array_agg(coalesce(note, '?') ORDER BY id) FROM bills WHERE account_id IS NOT NULL GROUP BY account_id RETURNING id, loyalty, tier, labels
SELECT id, loyalty, tier, labels FROM accounts WHERE id > 500 ORDER BY id

-- scenario: hunt_w10_upsert_arbiter_with_where_and_conflict_on_partial
INSERT INTO accounts (id, name, tier) VALUES (1, 'x', 'w') ON CONFLICT (id) WHERE true DO UPDATE SET tier = EXCLUDED.tier RETURNING id, tier
INSERT INTO line_items (order_id, line, discount) VALUES (1, 1, 2) ON CONFLICT (line, order_id) DO UPDATE SET discount = EXCLUDED.discount + line_items.discount RETURNING *
SELECT id, tier FROM accounts WHERE id = 1

-- scenario: hunt_w10_delete_then_insert_select_of_deleted_in_transaction
BEGIN
CREATE TEMP TABLE keep AS SELECT id, name, loyalty, tier FROM accounts WHERE id IN (1, 2)
DELETE FROM accounts WHERE id IN (1, 2) AND NOT EXISTS (SELECT 1 FROM bills WHERE account_id = accounts.id)
DELETE FROM accounts WHERE id = 8 RETURNING *
INSERT INTO accounts (id, name, loyalty, tier) SELECT id + 8 - id % 8, name, loyalty, tier FROM keep WHERE id = 1 RETURNING *
COMMIT
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_w10_update_key_to_previously_deleted_key_with_orphans
TRUNCATE notes
INSERT INTO notes (slug, body) VALUES ('fresh', 'b') RETURNING *
UPDATE notes SET slug = 'it''s "q"' WHERE slug = 'fresh' RETURNING *
SELECT * FROM notes ORDER BY slug

-- scenario: hunt_w10_excluded_values_take_column_typmods
INSERT INTO line_items (order_id, line, discount) VALUES (1, 1, 1.005), (8, 1, 2.345) ON CONFLICT (order_id, line) DO UPDATE SET discount = EXCLUDED.discount * 100 RETURNING *, discount * 100 AS hundred
INSERT INTO accounts (id, name, loyalty) VALUES (1, 'x', 5.7), (2, 'y', 2.5) ON CONFLICT (id) DO UPDATE SET loyalty = EXCLUDED.loyalty * 10 RETURNING id, loyalty
INSERT INTO gadgets (id, name, tag4) VALUES (1, 'x', 'ab') ON CONFLICT (id) DO UPDATE SET tag4 = 'z', name = EXCLUDED.tag4 || '|' || EXCLUDED.name RETURNING id, name, tag4
INSERT INTO line_items (order_id, line, discount) VALUES (2, 1, 3.333) ON CONFLICT (order_id, line) DO UPDATE SET discount = line_items.discount + 1 WHERE EXCLUDED.discount = 3.33 RETURNING *
UPDATE line_items SET discount = 0.125 WHERE order_id = 3 RETURNING discount, discount * 1000 AS thousand
SELECT * FROM line_items ORDER BY order_id, line

-- scenario: hunt_w10_deferrable_key_arbiters
INSERT INTO hunt_w6_slots (id, label, rank) VALUES (1, 'x', 5) ON CONFLICT DO NOTHING
INSERT INTO hunt_w6_slots (id, label, rank) VALUES (1, 'x', 5) ON CONFLICT (id) DO UPDATE SET rank = 6
INSERT INTO tags (id, label, loyalty) VALUES (9, 'red', 1) ON CONFLICT DO NOTHING
INSERT INTO hunt_w6_slots (id, label, rank) VALUES (4, 'four', 4) RETURNING *
SELECT * FROM hunt_w6_slots ORDER BY id

-- scenario: hunt_w10_key_rewritten_to_equal_key_of_other_text
UPDATE hunt_w6_names SET name = 'ALICE' WHERE name = 'alice' RETURNING name, rank, note
UPDATE hunt_w6_nums SET n = n + 0.000 WHERE n = 1 RETURNING n, rank, note
UPDATE hunt_w6_floats SET x = -x WHERE x = 0.1 RETURNING x, rank, note
UPDATE hunt_w6_codes SET code = 'a b  ' WHERE code = 'a b' RETURNING code, rank, note
SELECT * FROM hunt_w6_names ORDER BY name
SELECT * FROM hunt_w6_nums ORDER BY n
SELECT * FROM hunt_w6_floats ORDER BY x
SELECT * FROM hunt_w6_codes ORDER BY code

-- scenario: hunt_w10_bulk_insert_update_delete_thousands
INSERT INTO accounts (id, name, loyalty, tier) SELECT g, 'g' || g, g % 7, CASE WHEN g % 3 = 0 THEN NULL ELSE 't' || g END FROM generate_series(1000, 3000) g
UPDATE accounts SET loyalty = loyalty * 2, labels = ARRAY[tier] WHERE id BETWEEN 1500 AND 2500
SELECT count(*), sum(loyalty), count(tier), count(*) FILTER (WHERE labels = '{new}') FROM accounts
DELETE FROM accounts WHERE id >= 1000 AND loyalty % 2 = 0 RETURNING count(*) OVER ()
SELECT count(*), sum(loyalty), count(tier), md5(string_agg(id || ':' || loyalty || ':' || coalesce(tier, '') || ':' || labels::text, ',' ORDER BY id)) FROM accounts
INSERT INTO accounts (id, name, loyalty) SELECT g, 'again', 1 FROM generate_series(990, 1010) g ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty + 100 RETURNING id, loyalty
SELECT count(*), sum(loyalty) FROM accounts

-- scenario: hunt_w10_several_writes_of_one_row_in_one_string
UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 1; UPDATE accounts SET loyalty = loyalty * 2 WHERE id = 1 RETURNING loyalty
INSERT INTO accounts (id, name, tier) VALUES (120, 'a', 'one'); UPDATE accounts SET tier = tier || ' two' WHERE id = 120; DELETE FROM accounts WHERE id = 120; INSERT INTO accounts (id, name) VALUES (120, 'b') RETURNING id, loyalty, tier
SELECT id, loyalty, tier FROM accounts WHERE id IN (1, 120) ORDER BY id

-- scenario: hunt_w10_returning_forms_of_whole_row_and_duplicates
UPDATE accounts SET tier = 'dup' WHERE id = 1 RETURNING tier, tier, *, accounts.tier AS again
UPDATE accounts a SET loyalty = 3 WHERE id = 2 RETURNING a, (a.*)::text, a.loyalty + 0
INSERT INTO accounts (tier, id, loyalty, name) VALUES ('odd order', 121, 4, 'o') RETURNING accounts.*, (SELECT count(*) FROM accounts) AS before_count
DELETE FROM accounts WHERE id = 121 RETURNING accounts, tier
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w10_live_columns_from_shadow_values
UPDATE accounts SET email = tier || '@x', name = coalesce(tier, name) WHERE id <= 4 RETURNING id, name, email, tier
UPDATE bills SET note = paid::text || '/' || due::text, amount = amount + CASE WHEN paid THEN 1 ELSE 0 END RETURNING id, amount, note
SELECT id, name, email FROM accounts ORDER BY id

-- scenario: hunt_w10_not_null_with_default_given_null
INSERT INTO orders (item, note, qty) VALUES ('a', 'b', NULL)
INSERT INTO orders (item, note) SELECT 'x', NULL
INSERT INTO shipments_eu (region, id, priority) VALUES ('eu', 60, NULL)
INSERT INTO shipments (region, id, priority) VALUES ('eu', 61, 0)
UPDATE orders SET qty = DEFAULT, note = 'n' WHERE id = 1 RETURNING *
INSERT INTO orders (item, note, qty) VALUES ('a', 'b', 0.6), ('c', 'd', 2.4) RETURNING item, qty
INSERT INTO orders (item, note, qty) VALUES ('a', 'b', 0.4)
SELECT * FROM orders ORDER BY id

-- scenario: hunt_w10_check_naming_live_column_in_upserts
INSERT INTO hunt_o1_comments (id, author, internal) VALUES (3, NULL, true)
INSERT INTO hunt_o1_comments (id, author, internal) VALUES (2, 'x', true) ON CONFLICT (id) DO NOTHING RETURNING *
INSERT INTO hunt_o1_comments (id, author, internal) VALUES (2, 'x', false) ON CONFLICT (id) DO UPDATE SET internal = true
INSERT INTO hunt_o1_comments (id, author, internal) VALUES (1, 'x', false) ON CONFLICT (id) DO UPDATE SET internal = true, body = EXCLUDED.body RETURNING *
UPDATE hunt_o1_comments SET internal = NOT internal RETURNING *
UPDATE hunt_o1_comments SET internal = NOT internal WHERE author IS NOT NULL RETURNING *
SELECT * FROM hunt_o1_comments ORDER BY id

-- scenario: hunt_w10_check_two_shadow_columns_several_rows
UPDATE hunt_w_members SET lo = id * 4 RETURNING id, lo, hi
UPDATE hunt_w_members SET lo = id * 3 RETURNING id, lo, hi
INSERT INTO hunt_w_members (id, email, lo, hi) VALUES (20, 'q@q', 1, 1), (21, 'r@r', 2, 1)
INSERT INTO hunt_w_members (id, email, lo) VALUES (1, 'a@x', 100) ON CONFLICT (id) DO UPDATE SET lo = EXCLUDED.lo
INSERT INTO hunt_w_members (id, email, lo) VALUES (1, 'a@x', 100) ON CONFLICT (id) DO UPDATE SET lo = EXCLUDED.lo, hi = EXCLUDED.lo + 1 RETURNING id, lo, hi
SELECT id, lo, hi FROM hunt_w_members ORDER BY id

-- scenario: hunt_w10_set_config_search_path_from_parameter
-- params: ["sales, public"]
SELECT set_config('search_path', $1, false)
UPDATE accounts SET score = score + 1 WHERE id = 1 RETURNING id, score
SELECT id, score FROM accounts ORDER BY id
RESET search_path
SELECT id, loyalty FROM accounts ORDER BY id

-- scenario: hunt_w10_extended_params_of_many_shadow_types
SET TimeZone = 'Europe/Paris'
-- params: ["2024-06-01 12:00", "3 days 04:00", "{\"k\": [1, null]}", "\\x00ff27", "A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11", "[1,5)", "(7,\"x, y\")", "2", "1"]
UPDATE gadgets SET made_at = $1, span = $2, doc = $3, blob = $4, token = $5, slots = $6, pt = $7, units = $8 WHERE id = $9 RETURNING id, made_at, span, doc, blob, token, slots, pt, units
-- params: ["20", "p", "2024-12-24 18:00:00.123456", "{1,NULL,3}", "{ab,NULL}", "1e400"]
INSERT INTO gadgets (id, name, stamp, nums, codes, total) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, stamp, nums, codes, total
-- params: ["0", "2"]
UPDATE gadgets SET units = $1 WHERE id = $2
-- params: ["101", "1", "1011"]
UPDATE hunt_w_members SET mask = $1, vmask = $3 WHERE id = $2 RETURNING id, mask, vmask
-- params: ["1011", "2"]
UPDATE hunt_w_members SET mask = $1 WHERE id = $2
RESET TimeZone
SELECT id, made_at, span, doc, blob, token, slots, pt, units, stamp, nums, codes, total FROM gadgets ORDER BY id
SELECT id, mask, vmask FROM hunt_w_members ORDER BY id

-- scenario: hunt_w10_extended_params_in_upsert_and_delete_returning
-- params: ["1", "x", "{a}", "sad"]
INSERT INTO accounts (id, name, labels, mood) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO UPDATE SET labels = accounts.labels || EXCLUDED.labels, mood = EXCLUDED.mood RETURNING id, labels, mood
-- params: ["(1,2)"]
DELETE FROM line_items WHERE (order_id, line)::text = $1 RETURNING *
-- params: ["it's \"q\""]
UPDATE notes SET stars = stars + 100 WHERE slug = $1 RETURNING *
-- params: ["1.00", "r"]
UPDATE hunt_w6_nums SET note = $2 WHERE n = $1 RETURNING n, note
SELECT * FROM notes ORDER BY slug
SELECT * FROM line_items ORDER BY order_id, line

-- scenario: hunt_w10_search_path_switch_between_writes_in_one_string
SET search_path = sales, public; UPDATE accounts SET score = score + 5 WHERE id = 2 RETURNING id, score; SET search_path = public; UPDATE accounts SET loyalty = 50 WHERE id = 2 RETURNING id, loyalty
SELECT id, score FROM sales.accounts ORDER BY id
BEGIN; SET LOCAL search_path = sales; INSERT INTO accounts (id, region) VALUES (30, 'local') RETURNING *; COMMIT; INSERT INTO accounts (id, name, tier) VALUES (30, 'public again', 't') RETURNING id, tier
SELECT * FROM sales.accounts ORDER BY id
SELECT id, name, tier FROM public.accounts WHERE id = 30

-- scenario: hunt_w10_chain_and_savepoints_inside_one_string
BEGIN; UPDATE accounts SET loyalty = 1 WHERE id = 1; COMMIT AND CHAIN; UPDATE accounts SET loyalty = 2 WHERE id = 1; ROLLBACK
SELECT id, loyalty FROM accounts WHERE id = 1
BEGIN
UPDATE accounts SET tier = 'a' WHERE id = 2; SAVEPOINT s; UPDATE accounts SET tier = 'b' WHERE id = 2; ROLLBACK TO SAVEPOINT s; UPDATE accounts SET loyalty = 9 WHERE id = 2 RETURNING id, loyalty, tier
COMMIT AND CHAIN
UPDATE accounts SET tier = tier || '!' WHERE id = 2 RETURNING id, tier
ROLLBACK AND CHAIN
SELECT id, loyalty, tier FROM accounts WHERE id = 2
COMMIT
UPDATE accounts SET loyalty = 3 WHERE id = 3; COMMIT
BEGIN; UPDATE accounts SET loyalty = 4 WHERE id = 4; COMMIT; BEGIN; UPDATE accounts SET loyalty = 5 WHERE id = 4; ROLLBACK
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w10_serializable_and_repeatable_read_writes
BEGIN ISOLATION LEVEL SERIALIZABLE
UPDATE accounts SET loyalty = coalesce(loyalty, 0) + 1 WHERE id IN (1, 2) RETURNING id, loyalty
SELECT sum(loyalty) FROM accounts
INSERT INTO accounts (id, name, loyalty) VALUES (130, 's', 1)
COMMIT
BEGIN
SET TRANSACTION ISOLATION LEVEL REPEATABLE READ
UPDATE bills SET paid = NOT paid WHERE id = 1 RETURNING id, paid
SELECT id, paid FROM bills WHERE id = 1
COMMIT
SELECT id, loyalty FROM accounts ORDER BY id

-- scenario: hunt_w10_lock_table_then_writes_and_error_in_same_string
BEGIN
LOCK TABLE accounts IN SHARE ROW EXCLUSIVE MODE
UPDATE accounts SET tier = 'locked' WHERE id = 1; UPDATE accounts SET loyalty = 1 / 0 WHERE id = 2
ROLLBACK
SELECT id, loyalty, tier FROM accounts WHERE id IN (1, 2) ORDER BY id
UPDATE accounts SET tier = 'ok' WHERE id = 1; SELECT 1 / 0
SELECT id, tier FROM accounts WHERE id = 1

-- scenario: hunt_w10_writes_across_many_tables_in_one_transaction_restart
BEGIN
UPDATE accounts SET loyalty = 1 WHERE id = 1
UPDATE bills SET paid = true WHERE id = 2
UPDATE "Users" SET "Nick" = 'n' WHERE "Id" = 2
UPDATE line_items SET discount = 1 WHERE order_id = 1 AND line = 1
UPDATE notes SET stars = 1 WHERE slug = ' '
UPDATE visits SET kind = 'app' WHERE visitor = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'
UPDATE shipments SET status = 'x' WHERE region = 'us' AND id = 3
UPDATE animals SET legs = 3 WHERE id = 6
UPDATE gadgets SET big = 1 WHERE id = 6
UPDATE hunt_w6_blobs SET rank = 1 WHERE id = '\x00ff'
UPDATE hunt_w6_mixed SET rank = 1
COMMIT
-- restart
SELECT (SELECT loyalty FROM accounts WHERE id = 1), (SELECT paid FROM bills WHERE id = 2), (SELECT "Nick" FROM "Users" WHERE "Id" = 2), (SELECT discount FROM line_items WHERE order_id = 1 AND line = 1), (SELECT stars FROM notes WHERE slug = ' '), (SELECT string_agg(kind, ',' ORDER BY at) FROM visits), (SELECT status FROM shipments WHERE region = 'us' AND id = 3), (SELECT legs FROM animals WHERE id = 6), (SELECT big FROM gadgets WHERE id = 6), (SELECT rank FROM hunt_w6_blobs WHERE id = '\x00ff'), (SELECT rank FROM hunt_w6_mixed)

-- scenario: hunt_w10_postgrest_local_search_path_from_parameters
BEGIN
-- params: ["sales, public", "anon"]
SELECT set_config('search_path', $1, true), set_config('application_name', $2, true)
UPDATE accounts SET score = 7 WHERE id = 9 RETURNING id, region, score
INSERT INTO accounts (id, region) VALUES (31, 'rpc') RETURNING *
COMMIT
UPDATE accounts SET loyalty = 8 WHERE id = 1 RETURNING id, loyalty
BEGIN
-- params: ["sales", "true"]
SELECT set_config('search_path', $1, $2::boolean)
DELETE FROM accounts WHERE id = 1 RETURNING id, score
ROLLBACK
SELECT id, region, score FROM sales.accounts ORDER BY id

-- scenario: hunt_w10_update_from_functions_and_plain_ctes
UPDATE accounts a SET tier = f.tier || '*', loyalty = coalesce(f.loyalty, 0) + a.id FROM accounts_up_to(3) f WHERE f.id = a.id RETURNING a.id, a.tier, a.loyalty
WITH s AS (SELECT id, loyalty FROM accounts WHERE loyalty IS NOT NULL) UPDATE accounts SET loyalty = s.loyalty + 1 FROM s WHERE s.id = accounts.id RETURNING accounts.id, accounts.loyalty
INSERT INTO accounts (id, name, loyalty, tier) SELECT id + 900, name, loyalty, tier FROM account_by_id(4) RETURNING id, loyalty, tier
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w10_upsert_live_from_existing_shadow_and_refused_excluded_live
INSERT INTO accounts (id, name) VALUES (1, 'x'), (3, 'y') ON CONFLICT (id) DO UPDATE SET name = coalesce(accounts.tier, accounts.name), email = accounts.mood::text RETURNING id, name, email, tier
SELECT id, name, email FROM accounts ORDER BY id
-- refused
INSERT INTO accounts (id, name) VALUES (2, 'n') ON CONFLICT (id) DO UPDATE SET tier = EXCLUDED.name

-- scenario: hunt_w10_delete_using_cte_and_function_rows
WITH poor AS (SELECT id FROM accounts WHERE coalesce(loyalty, 0) < 5) DELETE FROM bills b USING poor WHERE b.account_id = poor.id AND NOT b.paid RETURNING b.id, b.paid, b.due
DELETE FROM line_items l USING items_of_order(2) i WHERE i.order_id = l.order_id AND i.line = l.line RETURNING l.*, i.discount AS via_fn
SELECT id, paid FROM bills ORDER BY id
SELECT * FROM line_items ORDER BY order_id, line

-- scenario: hunt_w10_volatile_values_and_job_queue_forms
SELECT setval('orders_id_seq', 100)
UPDATE accounts SET loyalty = nextval('orders_id_seq') WHERE id IN (1, 2) RETURNING id, loyalty
INSERT INTO accounts (id, name, loyalty) VALUES (140, 'seq', nextval('orders_id_seq')), (141, 'seq', nextval('orders_id_seq')) RETURNING id, loyalty
UPDATE accounts SET tier = 'seq' || nextval('orders_id_seq') WHERE id = 3 AND nextval('orders_id_seq') > 0 RETURNING id, tier
SELECT nextval('orders_id_seq')
UPDATE accounts SET tier = 'taken' WHERE id = (SELECT id FROM accounts WHERE tier IS NULL ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id, tier, loyalty
UPDATE accounts SET tier = 'random' WHERE id = 4 AND random() >= 0 RETURNING id, tier
DELETE FROM accounts WHERE id = (SELECT id FROM accounts WHERE tier = 'taken' FOR UPDATE) RETURNING id, tier
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- ---------------------------------------------------------------- hunt_w11
-- scenario: hunt_w11_set_role_user_schema
SET search_path = "$user", public
SET ROLE hunt_w11_clerk
UPDATE accounts SET grade = grade + 1 WHERE id = 1 RETURNING id, name, grade
INSERT INTO accounts (id, name) VALUES (3, 'desk three') RETURNING *
SELECT * FROM accounts ORDER BY id
BEGIN
SET LOCAL ROLE NONE
UPDATE accounts SET loyalty = 50 WHERE id = 1 RETURNING id, loyalty
COMMIT
UPDATE accounts SET grade = 9 WHERE id = 2 RETURNING id, grade
UPDATE public.accounts SET tier = 'clerk', loyalty = loyalty + 1 WHERE id IN (1, 2) RETURNING id, tier, loyalty
SELECT a.id, a.tier, a.loyalty, b.paid FROM public.accounts a JOIN bills b ON b.account_id = a.id ORDER BY b.id
BEGIN
UPDATE bills SET paid = NOT paid WHERE account_id = 1 RETURNING id, paid
DELETE FROM accounts WHERE id = 3 RETURNING *
COMMIT
RESET ROLE
UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 1 RETURNING id, loyalty
SET ROLE hunt_w11_clerk; UPDATE accounts SET grade = grade + 10 WHERE id = 2 RETURNING id, grade; RESET ROLE; UPDATE accounts SET loyalty = 3 WHERE id = 2 RETURNING id, loyalty
BEGIN; SET LOCAL ROLE hunt_w11_clerk; INSERT INTO accounts (id, name, grade) VALUES (4, 'desk four', 40) RETURNING *; COMMIT; UPDATE accounts SET tier = 'back' WHERE id = 4 RETURNING id, tier
RESET search_path; SET ROLE hunt_w11_clerk; SELECT id, grade FROM accounts ORDER BY id; DISCARD ALL; SELECT id, loyalty FROM accounts WHERE id < 3 ORDER BY id
SELECT id, name, grade FROM hunt_w11_clerk.accounts ORDER BY id

-- scenario: hunt_w11_row_level_security_under_set_role
SET ROLE hunt_w11_clerk
SELECT id, owner, status, prio FROM hunt_w11_tickets ORDER BY id
UPDATE hunt_w11_tickets SET status = 'done', prio = prio + 1 RETURNING id, status, prio
UPDATE hunt_w11_tickets SET status = 'taken' WHERE id IN (2, 3) RETURNING id, status
UPDATE hunt_w11_tickets SET owner = 'shared', status = 'handed' WHERE id = 1
INSERT INTO hunt_w11_tickets (id, owner, body, status) VALUES (4, 'hunt_w11_clerk', 'new', 'fresh') RETURNING *
INSERT INTO hunt_w11_tickets (id, owner, body, prio) VALUES (5, 'hunt_w11_clerk', 'quiet', 2)
INSERT INTO hunt_w11_tickets (id, owner, body, status) VALUES (6, 'other', 'forged', 'x')
INSERT INTO hunt_w11_tickets (id, owner, status) VALUES (1, 'hunt_w11_clerk', 'again') ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, prio = hunt_w11_tickets.prio * 10 RETURNING id, status, prio
INSERT INTO hunt_w11_tickets (id, owner, status) VALUES (3, 'hunt_w11_clerk', 'steal') ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status
BEGIN
DELETE FROM hunt_w11_tickets WHERE prio > 0 RETURNING id, status, prio
DELETE FROM hunt_w11_tickets WHERE id = 3 RETURNING id
COMMIT
SELECT id, status, prio FROM hunt_w11_tickets ORDER BY id
RESET ROLE
SELECT id, owner, status, prio FROM hunt_w11_tickets ORDER BY id

-- scenario: hunt_w11_trailing_comments_after_writes
UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 1 -- app:web,controller:accounts
UPDATE accounts SET tier = 'c' WHERE id = 2 /*traceparent='00-abc-01'*/
DELETE FROM bills WHERE id = 9 RETURNING id, paid -- trailing
INSERT INTO accounts (id, name, loyalty) VALUES (40, 'c', 4) RETURNING id, loyalty -- trailing
INSERT INTO accounts (id, name, loyalty) VALUES (41, 'c', 4) ON CONFLICT (id) DO UPDATE SET loyalty = EXCLUDED.loyalty -- trailing
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w11_prisma_qualified_upsert_and_update_many
INSERT INTO "public"."accounts" ("id","name","loyalty") VALUES (1, 'Alice', 3) ON CONFLICT ("id") DO UPDATE SET "loyalty" = 77 WHERE ("public"."accounts"."id" = 1 AND 1=1) RETURNING "public"."accounts"."id", "public"."accounts"."loyalty", "public"."accounts"."tier"
UPDATE "public"."accounts" SET "tier" = 'many' WHERE ("public"."accounts"."id" IN (2, 3) AND "public"."accounts"."mood" <> 'happy') RETURNING "public"."accounts"."id", "public"."accounts"."tier"
DELETE FROM "public"."accounts" WHERE ("public"."accounts"."id" = 8 AND "public"."accounts"."loyalty" = 0) RETURNING "public"."accounts"."id", "public"."accounts"."loyalty"
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w11_upsert_returning_xmax_inserted_flag
INSERT INTO accounts (id, name, loyalty) VALUES (1, 'x', 5), (50, 'y', 6) ON CONFLICT (id) DO UPDATE SET loyalty = EXCLUDED.loyalty RETURNING id, loyalty, (xmax = 0) AS inserted
INSERT INTO accounts (id, name, tier) VALUES (2, 'x', 'a'), (51, 'y', 'b') ON CONFLICT (id) DO UPDATE SET tier = EXCLUDED.tier RETURNING id, tier, (xmax = 0) AS inserted

-- scenario: hunt_w11_upsert_excluded_in_sub_selects
INSERT INTO accounts (id, name, tier) VALUES (3, 'x', 't') ON CONFLICT (id) DO UPDATE SET tier = (SELECT max(note) FROM bills WHERE account_id = accounts.id) || EXCLUDED.tier RETURNING id, tier
INSERT INTO accounts (id, name, loyalty) VALUES (4, 'x', 5), (60, 'y', 6) ON CONFLICT (id) DO UPDATE SET loyalty = (SELECT count(*) FROM bills WHERE bills.account_id = accounts.id AND bills.amount > EXCLUDED.loyalty) + accounts.loyalty RETURNING id, loyalty
-- refused
INSERT INTO accounts (id, name, loyalty) VALUES (1, 'x', 5), (61, 'y', 6) ON CONFLICT (id) DO UPDATE SET loyalty = (SELECT count(*) FROM bills WHERE bills.account_id = EXCLUDED.id) + accounts.loyalty RETURNING id, loyalty

-- scenario: hunt_w11_numeric_typmod_in_upserts_and_updates
INSERT INTO line_items (order_id, line, product, qty, discount) VALUES (1, 2, 'p', 1, 1.005) ON CONFLICT (order_id, line) DO UPDATE SET discount = EXCLUDED.discount * 2 RETURNING discount
INSERT INTO line_items (order_id, line, product, qty, discount) VALUES (9, 9, 'p', 1, 2.675) ON CONFLICT (order_id, line) DO UPDATE SET discount = EXCLUDED.discount RETURNING discount
UPDATE line_items SET discount = discount / 3 WHERE order_id = 2 RETURNING discount
UPDATE line_items SET discount = 1000 WHERE order_id = 2 RETURNING discount

-- scenario: hunt_w11_rails_upsert_all_unique_by_other_keys
INSERT INTO "hunt_w_members" ("id","email","points","nick") VALUES (1, 'a@x', 5, 'n1'), (90, 'new@x', 3, 'n2') ON CONFLICT ("email") DO UPDATE SET "points"=excluded."points","nick"=excluded."nick" RETURNING "id", "points", "nick"
INSERT INTO "hunt_w_members" ("id","email","handle","lo","hi") VALUES (2, 'b@x', 'bob', 3, 4), (91, 'z@x', 'zed', 1, 2) ON CONFLICT ("handle") DO UPDATE SET "lo"=excluded."lo","hi"=excluded."hi" RETURNING "id","lo","hi"
SELECT id, email, points, nick, lo, hi FROM hunt_w_members ORDER BY id

-- scenario: hunt_w11_upsert_set_default
INSERT INTO accounts (id, name, loyalty, tier) VALUES (1, 'x', 5, 't') ON CONFLICT (id) DO UPDATE SET loyalty = DEFAULT, tier = DEFAULT, mood = DEFAULT RETURNING id, loyalty, tier, mood
INSERT INTO accounts (id, name) VALUES (2, 'x') ON CONFLICT (id) DO UPDATE SET (loyalty, labels) = (DEFAULT, DEFAULT) RETURNING id, loyalty, labels

-- scenario: hunt_w11_writes_and_reads_in_one_string
UPDATE accounts SET loyalty = loyalty + 5 WHERE id = 1; SELECT loyalty FROM accounts WHERE id = 1; INSERT INTO accounts (id, name, tier) VALUES (70, 'z', 'q'); SELECT id, tier, loyalty FROM accounts WHERE id >= 70; DELETE FROM accounts WHERE id = 70; SELECT count(*) FROM accounts WHERE id = 70
BEGIN; UPDATE accounts SET tier = 'one' WHERE id = 2; SAVEPOINT a; UPDATE accounts SET tier = 'two' WHERE id = 2; SAVEPOINT b; UPDATE accounts SET tier = 'three' WHERE id = 2; ROLLBACK TO SAVEPOINT b; RELEASE SAVEPOINT a; SELECT tier FROM accounts WHERE id = 2; COMMIT
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w11_commit_of_a_failed_transaction
BEGIN
UPDATE accounts SET loyalty = 1234 WHERE id = 1
UPDATE accounts SET loyalty = 1 / 0 WHERE id = 2
COMMIT
SELECT id, loyalty FROM accounts ORDER BY id
BEGIN; UPDATE accounts SET tier = 'zz' WHERE id = 3; SELECT 1/0; COMMIT
SELECT id, tier FROM accounts ORDER BY id

-- scenario: hunt_w11_sqlalchemy_insertmanyvalues_and_on_constraint
INSERT INTO accounts (id, name, tier, loyalty) SELECT p0::INTEGER, p1::VARCHAR, p2::VARCHAR, p3::INTEGER FROM (VALUES (80, 'a', 't1', 1, 0), (81, 'b', 't2', NULL, 1), (82, 'c', NULL, 3, 2)) AS imp_sen(p0, p1, p2, p3, sen_counter) ORDER BY sen_counter RETURNING accounts.id, accounts.loyalty, accounts.tier, accounts.id AS id__1
INSERT INTO accounts (id, name, tier) VALUES (1, 'a', 'u1'), (2, 'b', 'u2') ON CONFLICT ON CONSTRAINT accounts_pkey DO UPDATE SET tier = excluded.tier RETURNING accounts.id, accounts.tier

-- scenario: hunt_w11_array_enum_json_updates
UPDATE accounts SET labels = array_append(labels, 'x'), mood = 'sad'::mood WHERE id IN (1, 2) RETURNING id, labels, mood
UPDATE accounts SET labels = labels || ARRAY['q''s', NULL] WHERE id = 3 RETURNING labels
UPDATE accounts SET labels = array_remove(labels, 'new') WHERE id = 4 RETURNING labels, cardinality(labels)
UPDATE gadgets SET doc = jsonb_set(doc, '{a}', '"z"'), raw = '{"k": [1,2]}' WHERE id IN (1, 2) RETURNING id, doc, raw
UPDATE gadgets SET doc = doc - 'k' || '{"n": 3}' WHERE id = 2 RETURNING doc
UPDATE accounts SET mood = 'nosuch' WHERE id = 1

-- scenario: hunt_w11_value_edges_per_type
UPDATE gadgets SET fscore = 1e40 WHERE id = 1
UPDATE gadgets SET ratio = '1e-400' WHERE id = 1
UPDATE gadgets SET big = 9223372036854775807 + 1 WHERE id = 1
UPDATE gadgets SET token = 'not-a-uuid' WHERE id = 1
UPDATE gadgets SET stamp = '2024-02-30' WHERE id = 1
UPDATE gadgets SET opens = '24:00:00' WHERE id = 1 RETURNING opens
UPDATE gadgets SET opens = '24:00:01' WHERE id = 1
UPDATE gadgets SET tag4 = 'abcde' WHERE id = 1
UPDATE gadgets SET tag4 = 'abc      ' WHERE id = 1 RETURNING tag4, length(tag4), octet_length(tag4)
UPDATE gadgets SET tag4 = 'bad' WHERE id = 2
UPDATE gadgets SET tag4 = 'bad  ' WHERE id = 2
UPDATE gadgets SET codes = '{abcd}' WHERE id = 1
UPDATE gadgets SET codes = '{"ab  ", abc}' WHERE id = 1 RETURNING codes
UPDATE gadgets SET blob = '\xZZ' WHERE id = 1
UPDATE gadgets SET blob = 'abc'::bytea WHERE id = 1 RETURNING blob
UPDATE gadgets SET slots = '[5,1)' WHERE id = 1
UPDATE gadgets SET pt = ROW('a', 'b') WHERE id = 1
UPDATE gadgets SET pt = ROW(7, 'sev''en') WHERE id = 1 RETURNING pt, (pt).x
UPDATE gadgets SET units = 0 WHERE id = 1
UPDATE gadgets SET units = NULL WHERE id = 1 RETURNING units
UPDATE gadgets SET nums = '{{1,2},{3,4}}' WHERE id = 1 RETURNING nums, array_ndims(nums)
UPDATE gadgets SET nums = '[0:1]={7,8}' WHERE id = 2 RETURNING nums, array_lower(nums, 1)
UPDATE gadgets SET doc = 'bad json' WHERE id = 1
UPDATE gadgets SET doc = '{"bad": 1}' WHERE id = 1
UPDATE gadgets SET raw = '{"b":1,   "b":2}' WHERE id = 1 RETURNING raw
UPDATE gadgets SET made_at = 'epoch', period = '[-infinity,infinity]' WHERE id = 1 RETURNING made_at, period
UPDATE gadgets SET made_at = '2024-01-01 12:00 America/New_York' WHERE id = 2 RETURNING made_at
UPDATE gadgets SET stamp = '1999-12-31 23:59:59.9999' WHERE id = 2 RETURNING stamp
UPDATE gadgets SET opens = '12:00:00.1234567' WHERE id = 2 RETURNING opens
UPDATE gadgets SET span = interval '1 mon' * 1.5, total = 1e-20 WHERE id = 3 RETURNING span, total
UPDATE gadgets SET total = '-0', ratio = '-0' WHERE id = 4 RETURNING total, ratio
UPDATE "Users" SET "Nick" = repeat('é', 21) WHERE "Id" = 1
UPDATE "Users" SET "Nick" = repeat('é', 20) || '    ' WHERE "Id" = 1 RETURNING "Nick", length("Nick")
UPDATE "Users" SET "Nick" = repeat('é', 20)::varchar(5) WHERE "Id" = 2 RETURNING "Nick"
SELECT * FROM gadgets ORDER BY id

-- scenario: hunt_w11_error_forms_in_writes
INSERT INTO accounts (id, name, loyalty, loyalty) VALUES (90, 'x', 1, 2)
INSERT INTO accounts (id, name, tier, id) VALUES (90, 'x', 'a', 91)
UPDATE accounts SET loyalty = 1, loyalty = 2 WHERE id = 1
UPDATE accounts SET loyalty = 1, (tier, loyalty) = ('a', 2) WHERE id = 1
UPDATE accounts a SET a.loyalty = 1 WHERE id = 1
UPDATE accounts SET accounts.loyalty = 1 WHERE id = 1
UPDATE accounts SET loyalty = 'abc' WHERE id = 1
INSERT INTO accounts (id, name, loyalty) VALUES (1, 'x', 1) ON CONFLICT (id) DO UPDATE SET loyalty = excluded.nosuch
INSERT INTO accounts (id, name, loyalty) VALUES (1, 'x', 1) ON CONFLICT (id) DO UPDATE SET nosuch = 1
UPDATE accounts SET loyalty = 1 WHERE id = 1 RETURNING nosuch
INSERT INTO accounts (id, name, loyalty) VALUES (91, 'x', 1) RETURNING nosuch
DELETE FROM accounts WHERE id = 1 RETURNING loyalty
UPDATE accounts SET loyalty = 1 WHERE nosuch = 1
UPDATE accounts SET tier = NULL WHERE loyalty = 'x'
INSERT INTO accounts (id, name, mood) VALUES (92, 'x', 'nosuch')
INSERT INTO accounts (id, name, mood) VALUES (93, 'x', 'sad'), (94, 'y', 'nosuch')
INSERT INTO accounts (id, name, mood) SELECT 95, 'x', 'nosuch'
INSERT INTO accounts (id, name, loyalty) VALUES (96, 'x', 1), (97, 'y')
INSERT INTO accounts (id, name) VALUES (98, 'x', 1)
SELECT id, loyalty, tier, mood FROM accounts ORDER BY id

-- scenario: hunt_w11_savepoints_chains_and_aborts
BEGIN
UPDATE accounts SET loyalty = 1 WHERE id = 1
SAVEPOINT a
UPDATE accounts SET loyalty = 2 WHERE id = 1
SAVEPOINT b
UPDATE accounts SET loyalty = 3 WHERE id = 1
SELECT 1/0
ROLLBACK TO SAVEPOINT b
SELECT loyalty FROM accounts WHERE id = 1
RELEASE SAVEPOINT a
SAVEPOINT c
DELETE FROM accounts WHERE id = 8
ROLLBACK TO c
UPDATE accounts SET tier = 'after' WHERE id = 8 RETURNING tier
COMMIT AND CHAIN
UPDATE accounts SET loyalty = 77 WHERE id = 2
SELECT 1/0
COMMIT AND CHAIN
UPDATE accounts SET loyalty = 78 WHERE id = 3
ROLLBACK AND CHAIN
UPDATE accounts SET loyalty = 79 WHERE id = 4
COMMIT
SELECT id, loyalty, tier FROM accounts ORDER BY id
BEGIN; UPDATE accounts SET tier = 'x' WHERE id = 5; SAVEPOINT s; UPDATE accounts SET tier = 'y' WHERE id = 5; ROLLBACK TO s; COMMIT; UPDATE accounts SET tier = tier || '!' WHERE id = 5 RETURNING tier
UPDATE accounts SET tier = 'implicit' WHERE id = 6; SELECT 1/0
SELECT id, tier FROM accounts ORDER BY id
START TRANSACTION ISOLATION LEVEL REPEATABLE READ
UPDATE accounts SET loyalty = loyalty + 100 WHERE id = 1 RETURNING loyalty
SELECT loyalty FROM accounts WHERE id = 1
ABORT
SELECT loyalty FROM accounts WHERE id = 1

-- scenario: hunt_w11_rails7_upsert_touching_timestamps
INSERT INTO "accounts" ("id","name","loyalty","tier") VALUES (1, 'Alice', 10, 'gold'), (2, 'Bob', 4, 'silver'), (300, 'New', 1, 'x') ON CONFLICT ("id") DO UPDATE SET "loyalty"=excluded."loyalty","tier"=excluded."tier","created_on"=(CASE WHEN ("accounts"."loyalty" IS NOT DISTINCT FROM excluded."loyalty" AND "accounts"."tier" IS NOT DISTINCT FROM excluded."tier") THEN "accounts".created_on ELSE DATE '2030-01-01' END) RETURNING "id", "created_on", "loyalty"
INSERT INTO "bills" ("id","account_id","amount","paid") VALUES (1, 1, 10.50, true), (2, 1, 99.99, true), (3, 2, 5, NULL) ON CONFLICT ("id") DO UPDATE SET "paid"=excluded."paid","note"=(CASE WHEN ("bills"."paid" IS NOT DISTINCT FROM excluded."paid") THEN "bills".note ELSE 'changed' END) RETURNING "id", "note", "paid"
SELECT id, created_on, loyalty, tier FROM accounts ORDER BY id
SELECT id, note, paid FROM bills ORDER BY id

-- scenario: hunt_w11_generic_plans_for_parameterized_writes
UPDATE accounts SET loyalty = 5 WHERE id = 1
SET plan_cache_mode = force_generic_plan
-- params: ["3", "gen", "2"]
UPDATE accounts SET loyalty = loyalty + $1, tier = $2 WHERE id = $3 RETURNING id, loyalty, tier
-- params: ["310", "g", "7", "sad"]
INSERT INTO accounts (id, name, loyalty, mood) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO UPDATE SET loyalty = EXCLUDED.loyalty RETURNING *
-- params: ["310", "g", "8", "happy"]
INSERT INTO accounts (id, name, loyalty, mood) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO UPDATE SET loyalty = EXCLUDED.loyalty + accounts.loyalty, mood = EXCLUDED.mood RETURNING *
-- params: ["1"]
DELETE FROM bills WHERE account_id = $1 AND paid RETURNING id, due

-- scenario: hunt_w11_ecto_aliased_writes
-- params: ["1", "Alice", "20", "5"]
INSERT INTO "accounts" AS a0 ("id","name","loyalty") VALUES ($1,$2,$3) ON CONFLICT ("id") DO UPDATE SET "loyalty" = a0."loyalty" + $4 RETURNING "id", "loyalty", "tier"
-- params: ["400", "New", "3", "silver"]
INSERT INTO "accounts" AS a0 ("id","name","loyalty","tier") VALUES ($1,$2,$3,$4) ON CONFLICT ("id") DO UPDATE SET "name" = EXCLUDED."name", "loyalty" = EXCLUDED."loyalty", "tier" = EXCLUDED."tier" RETURNING "id", "loyalty", "tier", "mood"
-- params: ["2", "Bob", "1"]
INSERT INTO "accounts" AS a0 ("id","name","loyalty") VALUES ($1,$2,$3) ON CONFLICT DO NOTHING RETURNING "id", "loyalty"
-- params: ["2", "3"]
UPDATE "accounts" AS a0 SET "loyalty" = coalesce(a0."loyalty", 0) + $1 WHERE (a0."id" = $2) RETURNING a0."id", a0."loyalty"
-- params: ["paidup"]
UPDATE "accounts" AS a0 SET "tier" = $1 FROM "bills" AS b1 WHERE (b1."account_id" = a0."id") AND (b1."paid") RETURNING a0."id", a0."tier", b1."id"
DELETE FROM "bills" AS b0 USING "accounts" AS a1 WHERE (a1."id" = b0."account_id") AND (a1."mood" = 'grumpy') RETURNING b0."id", b0."due"
-- params: ["500", "E1", "600", "E2"]
INSERT INTO "accounts" AS a0 ("id","name") VALUES ($1,$2),($3,$4) ON CONFLICT ("id") DO UPDATE SET "name" = EXCLUDED."name" RETURNING "id", "loyalty", "labels"
SELECT id, name, loyalty, tier, mood FROM accounts ORDER BY id
SELECT id, paid, due FROM bills ORDER BY id

-- ---------------------------------------------------------------- hunt_w12
-- scenario: hunt_w12_multirow_upsert_of_several_shadow_columns_then_restart
INSERT INTO accounts (id, name, loyalty, tier, mood, labels) VALUES (1, 'A1', 5, 't1', 'sad', '{x}'), (2, 'B2', NULL, NULL, 'grumpy', NULL), (30, 'new', 7, 'n', DEFAULT, DEFAULT), (3, 'C3', 1, DEFAULT, DEFAULT, '{}') ON CONFLICT (id) DO UPDATE SET loyalty = coalesce(accounts.loyalty, 0) + coalesce(EXCLUDED.loyalty, 100), tier = EXCLUDED.tier, mood = EXCLUDED.mood, labels = accounts.labels || EXCLUDED.labels RETURNING id, name, loyalty, tier, mood, labels
-- restart
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id
BEGIN
INSERT INTO line_items (order_id, line, product, discount) VALUES (1, 1, 'x', 1.255), (1, 2, 'y', DEFAULT), (9, 9, 'z', 3) ON CONFLICT (order_id, line) DO UPDATE SET discount = line_items.discount + EXCLUDED.discount, product = EXCLUDED.product RETURNING *
INSERT INTO bills (id, account_id, amount, paid, due) VALUES (1, 1, 1, false, '2030-01-01'), (4, 3, 2, NULL, NULL), (60, 2, 3, true, DEFAULT) ON CONFLICT (id) DO UPDATE SET paid = EXCLUDED.paid, due = EXCLUDED.due RETURNING id, paid, due
COMMIT
-- restart
SELECT * FROM line_items ORDER BY order_id, line
SELECT id, amount, paid, due FROM bills ORDER BY id

-- scenario: hunt_w12_delete_and_reinsert_same_key_around_restarts
DELETE FROM accounts WHERE id IN (1, 2) RETURNING id, loyalty, tier, labels
-- restart
INSERT INTO accounts (id, name) VALUES (1, 'again') RETURNING *
BEGIN; DELETE FROM accounts WHERE id = 3; INSERT INTO accounts (id, name, loyalty) VALUES (3, 'three', 9); COMMIT
DELETE FROM accounts WHERE id = 4
-- restart
SELECT * FROM accounts ORDER BY id
INSERT INTO accounts (id, name) VALUES (2, 'two'), (4, 'four') RETURNING *
DELETE FROM line_items WHERE order_id = 1 AND line = 2
DELETE FROM visits WHERE kind = 'app' RETURNING *
DELETE FROM notes WHERE stars = 5 RETURNING *
-- restart
INSERT INTO line_items (order_id, line, product) VALUES (1, 2, 'back') RETURNING *
INSERT INTO visits (visitor, at) VALUES ('00000000-0000-0000-0000-000000000001', '2024-01-01 11:00+01') RETURNING *
INSERT INTO notes (slug, body) VALUES ('it''s "q"', 'back') RETURNING *
-- restart
SELECT * FROM accounts ORDER BY id
SELECT * FROM line_items ORDER BY order_id, line
SELECT * FROM visits ORDER BY visitor, at
SELECT * FROM notes ORDER BY slug

-- scenario: hunt_w12_primary_key_moves_then_restart
UPDATE accounts SET id = id + 50 WHERE id <= 4 RETURNING id, loyalty, tier, mood, labels
UPDATE hunt_w6_slots SET id = 3 - id WHERE id IN (1, 2) RETURNING *
UPDATE line_items SET line = line + 10 WHERE order_id IN (1, 2) RETURNING *
UPDATE visits SET at = at + interval '1 hour' RETURNING *
UPDATE notes SET slug = slug || '.' RETURNING *
-- restart
SELECT id, loyalty, tier, mood, labels FROM accounts ORDER BY id
SELECT * FROM hunt_w6_slots ORDER BY id
SELECT * FROM line_items ORDER BY order_id, line
SELECT * FROM visits ORDER BY visitor, at
SELECT * FROM notes ORDER BY slug
INSERT INTO accounts (id, name) VALUES (1, 'old key') RETURNING *
UPDATE accounts SET id = id - 50 WHERE id BETWEEN 52 AND 54 RETURNING id, loyalty, tier
-- restart
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_w12_null_over_default_survives_restart
UPDATE accounts SET loyalty = NULL, mood = NULL, labels = NULL WHERE id IN (5, 6)
INSERT INTO accounts (id, name, loyalty, mood, labels) VALUES (40, 'nulls', NULL, NULL, NULL)
UPDATE bills SET paid = NULL, due = NULL WHERE id IN (3, 4)
UPDATE gadgets SET made_at = NULL, doc = NULL, pt = NULL, nums = NULL, units = NULL WHERE id IN (1, 2)
UPDATE "Users" SET "Nick" = NULL WHERE "Id" = 2
-- restart
SELECT id, loyalty, mood, labels, coalesce(loyalty, -1), loyalty IS NULL, coalesce(mood, 'happy') FROM accounts ORDER BY id
SELECT count(loyalty), sum(loyalty), avg(loyalty), max(mood), count(*) FILTER (WHERE mood IS NULL), count(*) FILTER (WHERE labels IS NULL) FROM accounts
SELECT id FROM accounts WHERE loyalty IS NULL OR loyalty = 0 ORDER BY id
SELECT * FROM bills ORDER BY id
SELECT id, made_at, doc, pt, nums, units FROM gadgets ORDER BY id
SELECT * FROM "Users" ORDER BY "Id"
UPDATE accounts SET loyalty = DEFAULT, labels = DEFAULT WHERE id = 5 RETURNING loyalty, labels
-- restart
SELECT id, loyalty, mood, labels FROM accounts WHERE id IN (5, 6, 40) ORDER BY id

-- scenario: hunt_w12_awkward_values_written_under_other_settings_then_restart
SET DateStyle = 'SQL, DMY'
SET IntervalStyle = 'sql_standard'
SET TimeZone = 'Asia/Kolkata'
SET extra_float_digits = 0
SET bytea_output = 'escape'
UPDATE accounts SET tier = E'a''b\\c\n"d"\t東京 ✓ é', labels = ARRAY['', NULL, 'NULL', 'a,b', '{x}', E'q"\\', ' sp '] WHERE id = 1
UPDATE accounts SET tier = repeat('ü∂', 40000), mood = 'grumpy' WHERE id = 2
UPDATE "Users" SET "Nick" = 'ümlaut ✓ 東京 ''q''' WHERE "Id" = 2
UPDATE gadgets SET doc = '{"k": "it''s \\ \"q\"", "u": "é"}', raw = '{"dup":1,"dup":2,  "sp" : [ ] }', blob = '\x00275c22', codes = ARRAY['a"b', NULL, ''], pt = ROW(7, 'x,"y)'), span = '-1 days +02:00:00', ratio = 1e-300, fscore = '-Infinity', made_at = '1890-03-05 10:00:00+00', stamp = '2024-03-05 01:02:03.4567', period = tstzrange('2024-03-05 10:00+00', NULL) WHERE id = 3
UPDATE gadgets SET span = '1 mon -2 days 03:00', ratio = 0.1 + 0.2, fscore = 1.1, made_at = '2024-07-01 00:00 America/New_York' WHERE id = 4
UPDATE bills SET due = '05/03/2024' WHERE id = 5
-- restart
SELECT id, tier, labels, mood FROM accounts WHERE id = 1
SELECT id, length(tier), md5(tier), mood FROM accounts WHERE id = 2
SELECT * FROM "Users" ORDER BY "Id"
SELECT id, doc, raw, blob, codes, pt, span, ratio, fscore, made_at, stamp, period FROM gadgets WHERE id IN (3, 4) ORDER BY id
SELECT id, due FROM bills ORDER BY id
SELECT id FROM gadgets WHERE ratio = 0.1 + 0.2 OR span = interval '-1 days +02:00:00' ORDER BY id

-- scenario: hunt_w12_thousands_of_rows_in_one_transaction_then_restart
BEGIN
INSERT INTO accounts (id, name, loyalty, tier, mood) SELECT g, 'g' || g, g, 't' || g, (enum_range(NULL::mood))[1 + g % 3] FROM generate_series(1000, 4999) g
UPDATE accounts SET loyalty = -loyalty, labels = ARRAY[id::text, tier] WHERE id % 2 = 0
DELETE FROM accounts WHERE id % 5 = 0 AND id >= 1000
INSERT INTO bills (id, account_id, amount, paid) SELECT g, g, g / 100.0, g % 3 = 0 FROM generate_series(1001, 2999, 2) g
COMMIT
-- restart
SELECT count(*), sum(loyalty), count(tier), md5(string_agg(id || ':' || coalesce(loyalty::text, '-') || ':' || coalesce(tier, '') || ':' || mood || ':' || labels::text, ',' ORDER BY id)) FROM accounts
SELECT mood, count(*), sum(loyalty), min(tier) FROM accounts GROUP BY mood ORDER BY mood
SELECT count(*) FILTER (WHERE paid), count(*) FILTER (WHERE NOT paid), count(*) FILTER (WHERE due = '2024-12-31') FROM bills
SELECT id, loyalty, tier FROM accounts WHERE loyalty < -4990 ORDER BY id

-- scenario: hunt_w12_chained_and_next_transaction_in_one_string_lost_at_restart
BEGIN; INSERT INTO accounts (id, name, loyalty, tier) VALUES (1, 'x', 70, 'up'), (41, 'n', 1, 'new') ON CONFLICT (id) DO UPDATE SET loyalty = EXCLUDED.loyalty, tier = EXCLUDED.tier; DELETE FROM accounts WHERE id = 2; COMMIT AND CHAIN; INSERT INTO accounts (id, name, loyalty) VALUES (2, 'back', 2); UPDATE accounts SET tier = 'lost' WHERE id = 41
-- restart
SELECT id, name, loyalty, tier FROM accounts ORDER BY id
BEGIN; UPDATE bills SET paid = true WHERE id = 2; COMMIT; BEGIN; UPDATE bills SET paid = true, due = '2000-01-01' WHERE id = 3; DELETE FROM bills WHERE id = 2
-- restart
SELECT id, paid, due FROM bills ORDER BY id
INSERT INTO accounts (id, name) VALUES (42, 'a'); BEGIN; UPDATE accounts SET loyalty = 3 WHERE id = 42; COMMIT AND CHAIN; UPDATE accounts SET loyalty = 4 WHERE id = 42
-- restart
SELECT id, loyalty FROM accounts WHERE id = 42

-- scenario: hunt_w12_open_transaction_with_savepoints_at_restart
UPDATE accounts SET loyalty = 11 WHERE id = 1
BEGIN
UPDATE accounts SET loyalty = 12 WHERE id = 1
SAVEPOINT a
DELETE FROM accounts WHERE id = 2
RELEASE a
SAVEPOINT b
INSERT INTO accounts (id, name, tier) VALUES (2, 'readded', 'r')
UPDATE line_items SET discount = 9 WHERE order_id = 1
-- restart
SELECT id, name, loyalty, tier FROM accounts ORDER BY id
SELECT * FROM line_items ORDER BY order_id, line
BEGIN
DELETE FROM accounts WHERE id = 3
SAVEPOINT c
INSERT INTO accounts (id, name) VALUES (3, 'x')
ROLLBACK TO SAVEPOINT c
-- restart
SELECT id, name, loyalty, tier, mood FROM accounts ORDER BY id

-- scenario: hunt_w12_failed_transactions_then_restart
BEGIN
UPDATE accounts SET loyalty = 1 WHERE id <= 3
INSERT INTO accounts (id, name) VALUES (1, 'dup')
COMMIT
-- restart
SELECT id, loyalty FROM accounts ORDER BY id
BEGIN
UPDATE accounts SET tier = 'failed' WHERE id = 4
UPDATE orders SET qty = 0
-- restart
SELECT id, tier FROM accounts ORDER BY id
BEGIN; UPDATE accounts SET tier = 'kept' WHERE id = 5; COMMIT; UPDATE accounts SET tier = 'x' WHERE id = 6; SELECT 1 / 0
-- restart
SELECT id, tier FROM accounts ORDER BY id

-- scenario: hunt_w12_extended_statements_before_and_after_restart
-- params: ["7", "1"]
UPDATE accounts SET loyalty = $1 WHERE id = $2 RETURNING id, loyalty
-- params: ["43", "n", "grumpy", "{a,b}"]
INSERT INTO accounts (id, name, mood, labels) VALUES ($1, $2, $3, $4) RETURNING *
-- restart
-- params: ["1"]
SELECT id, loyalty, tier, mood FROM accounts WHERE id = $1
-- params: ["8", "1"]
UPDATE accounts SET loyalty = loyalty + $1::int WHERE id = $2 RETURNING id, loyalty
-- params: ["grumpy"]
SELECT id, name, labels FROM accounts WHERE mood = $1 ORDER BY id
-- params: ["5"]
SELECT count(*), sum(loyalty) FROM accounts WHERE coalesce(loyalty, 0) >= $1::int
-- restart
-- params: ["43"]
DELETE FROM accounts WHERE id = $1 RETURNING *
-- params: ["43", "again"]
INSERT INTO accounts (id, name) VALUES ($1, $2) RETURNING *

-- scenario: hunt_w12_truncate_cascade_and_rollback_then_restart
BEGIN
TRUNCATE accounts CASCADE
ROLLBACK
-- restart
SELECT id, loyalty, tier FROM accounts ORDER BY id
SELECT id, paid, due FROM bills ORDER BY id
TRUNCATE accounts CASCADE
INSERT INTO accounts (id, name) VALUES (1, 'one'), (3, 'three')
INSERT INTO bills (id, account_id, amount) VALUES (1, 1, 5), (4, 3, 6)
-- restart
SELECT * FROM accounts ORDER BY id
SELECT * FROM bills ORDER BY id

-- scenario: hunt_w12_upsert_moving_the_key_is_refused_and_restart_keeps_values
UPDATE accounts SET loyalty = 66, tier = 'six' WHERE id = 6
-- restart
-- refused
INSERT INTO accounts (id, name, loyalty) VALUES (6, 'x', 5) ON CONFLICT (id) DO UPDATE SET id = accounts.id + 500, loyalty = EXCLUDED.loyalty RETURNING *
-- refused
INSERT INTO line_items (order_id, line, product) VALUES (1, 2, 'p') ON CONFLICT (order_id, line) DO UPDATE SET line = 20 RETURNING *
SELECT id, loyalty, tier, labels FROM accounts ORDER BY id
SELECT * FROM line_items ORDER BY order_id, line

-- scenario: hunt_w12_keys_of_equal_values_and_other_text_then_restart
UPDATE hunt_w6_nums SET n = 1.000 WHERE n = 1 RETURNING n, rank, note
UPDATE hunt_w6_codes SET code = 'ab   ' WHERE code = 'ab' RETURNING *
UPDATE hunt_w6_names SET name = 'ALICE' WHERE name = 'alice' RETURNING *
UPDATE hunt_w6_floats SET rank = rank + 1 RETURNING *
-- restart
SELECT * FROM hunt_w6_nums ORDER BY n
SELECT * FROM hunt_w6_codes ORDER BY code
SELECT * FROM hunt_w6_names ORDER BY name
SELECT * FROM hunt_w6_floats ORDER BY x

-- scenario: hunt_w12_committed_in_a_string_then_same_rows_changed_by_the_next_transaction
BEGIN; UPDATE bills SET paid = true WHERE id = 2; INSERT INTO accounts (id, name, tier) VALUES (44, 'n', 'committed'); COMMIT; BEGIN
UPDATE bills SET paid = false, due = NULL WHERE id = 2
DELETE FROM accounts WHERE id = 44
-- restart
SELECT id, paid, due FROM bills ORDER BY id
SELECT id, name, tier FROM accounts ORDER BY id
BEGIN
UPDATE accounts SET loyalty = 80 WHERE id = 1; COMMIT AND CHAIN
UPDATE accounts SET loyalty = 81 WHERE id = 1
SAVEPOINT s
UPDATE accounts SET loyalty = 82 WHERE id = 1
ROLLBACK TO SAVEPOINT s
-- restart
SELECT id, loyalty FROM accounts WHERE id = 1
BEGIN; UPDATE accounts SET tier = 'one' WHERE id = 2; COMMIT AND CHAIN; UPDATE accounts SET tier = 'two' WHERE id = 2; COMMIT AND CHAIN; UPDATE accounts SET tier = 'three' WHERE id = 2
-- restart
SELECT id, tier FROM accounts WHERE id = 2

-- scenario: hunt_w12_committed_in_a_string_then_next_transaction_fails_and_rolls_back
BEGIN; UPDATE accounts SET loyalty = 77 WHERE id = 1; COMMIT; BEGIN; UPDATE accounts SET loyalty = 78 WHERE id = 1; SELECT 1 / 0
ROLLBACK
-- restart
SELECT id, loyalty FROM accounts WHERE id = 1
BEGIN
UPDATE accounts SET tier = 'chained' WHERE id = 3; COMMIT AND CHAIN; INSERT INTO accounts (id, name) VALUES (1, 'dup')
ROLLBACK
-- restart
SELECT id, tier FROM accounts WHERE id = 3

-- scenario: hunt_w12_discard_temp_between_transactions_then_writes_and_restart
UPDATE accounts SET loyalty = 4 WHERE id = 1
DISCARD TEMP
BEGIN
UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 1
UPDATE accounts SET tier = 'after discard' WHERE id = 2
COMMIT
DISCARD ALL
SELECT id, loyalty, tier FROM accounts WHERE id <= 2 ORDER BY id
-- restart
SELECT id, loyalty, tier FROM accounts WHERE id <= 2 ORDER BY id

-- scenario: hunt_w12_keys_written_under_other_settings_then_restart
SET DateStyle = 'SQL, DMY'
SET TimeZone = 'America/Los_Angeles'
SET bytea_output = 'escape'
UPDATE hunt_w6_instants SET rank = 7, note = 'la' RETURNING *
INSERT INTO hunt_w6_instants (at, label, rank) VALUES ('2024-06-01 00:00', 'local', 3) RETURNING *
UPDATE hunt_w6_days SET rank = 2, note = 'dmy' WHERE day = '05/03/2024' RETURNING *
INSERT INTO hunt_w6_days (day, label, note) VALUES ('01/02/2025', 'first of february', 'new') RETURNING *
UPDATE hunt_w6_blobs SET note = 'esc' WHERE id = '\x27285c2c' RETURNING *
UPDATE hunt_w6_mixed SET rank = 9 RETURNING *
UPDATE visits SET kind = 'pst' WHERE visitor = '00000000-0000-0000-0000-000000000001' RETURNING *
-- restart
SELECT * FROM hunt_w6_instants ORDER BY at
SELECT * FROM hunt_w6_days ORDER BY day
SELECT * FROM hunt_w6_blobs ORDER BY id
SELECT * FROM hunt_w6_mixed
SELECT * FROM visits ORDER BY visitor, at
SET TimeZone = 'Asia/Tokyo'
UPDATE hunt_w6_instants SET rank = rank + 1 RETURNING *
UPDATE visits SET kind = kind || '+jst' RETURNING *
-- restart
SELECT * FROM hunt_w6_instants ORDER BY at
SELECT * FROM visits ORDER BY visitor, at

-- scenario: hunt_w12_large_upserts_of_several_shadow_columns_then_restart
INSERT INTO accounts (id, name, loyalty, tier, mood) VALUES (0, 'v0', NULL, NULL, 'sad'), (3, 'v1', 1, 't1''s', DEFAULT), (6, 'v2', 2, 't2''s', DEFAULT), (9, 'v3', 3, 't3''s', DEFAULT), (12, 'v4', 4, 't4''s', 'sad'), (505, 'v5', 5, NULL, DEFAULT), (506, 'v6', 6, 't6''s', DEFAULT), (507, 'v7', NULL, 't7''s', DEFAULT), (508, 'v8', 8, 't8''s', 'sad'), (509, 'v9', 9, 't9''s', DEFAULT), (510, 'v10', 10, NULL, DEFAULT), (511, 'v11', DEFAULT, 't11''s', DEFAULT), (512, 'v12', 12, 't12''s', 'sad'), (513, 'v13', 13, 't13''s', DEFAULT), (514, 'v14', NULL, 't14''s', DEFAULT), (515, 'v15', 15, NULL, DEFAULT), (516, 'v16', 16, 't16''s', 'sad'), (517, 'v17', 17, 't17''s', DEFAULT), (518, 'v18', 18, 't18''s', DEFAULT), (519, 'v19', 19, 't19''s', DEFAULT), (520, 'v20', 20, NULL, 'sad'), (521, 'v21', NULL, 't21''s', DEFAULT), (522, 'v22', DEFAULT, 't22''s', DEFAULT), (523, 'v23', 23, 't23''s', DEFAULT), (524, 'v24', 24, 't24''s', 'sad'), (525, 'v25', 25, NULL, DEFAULT), (526, 'v26', 26, 't26''s', DEFAULT), (527, 'v27', 27, 't27''s', DEFAULT), (528, 'v28', NULL, 't28''s', 'sad'), (529, 'v29', 29, 't29''s', DEFAULT), (530, 'v30', 30, NULL, DEFAULT), (531, 'v31', 31, 't31''s', DEFAULT), (532, 'v32', 32, 't32''s', 'sad'), (533, 'v33', DEFAULT, 't33''s', DEFAULT), (534, 'v34', 34, 't34''s', DEFAULT), (535, 'v35', NULL, NULL, DEFAULT), (536, 'v36', 36, 't36''s', 'sad'), (537, 'v37', 37, 't37''s', DEFAULT), (538, 'v38', 38, 't38''s', DEFAULT), (539, 'v39', 39, 't39''s', DEFAULT), (540, 'v40', 40, NULL, 'sad'), (541, 'v41', 41, 't41''s', DEFAULT), (542, 'v42', NULL, 't42''s', DEFAULT), (543, 'v43', 43, 't43''s', DEFAULT), (544, 'v44', DEFAULT, 't44''s', 'sad'), (545, 'v45', 45, NULL, DEFAULT), (546, 'v46', 46, 't46''s', DEFAULT), (547, 'v47', 47, 't47''s', DEFAULT), (548, 'v48', 48, 't48''s', 'sad'), (549, 'v49', NULL, 't49''s', DEFAULT), (550, 'v50', 50, NULL, DEFAULT), (551, 'v51', 51, 't51''s', DEFAULT), (552, 'v52', 52, 't52''s', 'sad'), (553, 'v53', 53, 't53''s', DEFAULT), (554, 'v54', 54, 't54''s', DEFAULT), (555, 'v55', DEFAULT, NULL, DEFAULT), (556, 'v56', NULL, 't56''s', 'sad'), (557, 'v57', 57, 't57''s', DEFAULT), (558, 'v58', 58, 't58''s', DEFAULT), (559, 'v59', 59, 't59''s', DEFAULT), (560, 'v60', 60, NULL, 'sad'), (561, 'v61', 61, 't61''s', DEFAULT), (562, 'v62', 62, 't62''s', DEFAULT), (563, 'v63', NULL, 't63''s', DEFAULT), (564, 'v64', 64, 't64''s', 'sad'), (565, 'v65', 65, NULL, DEFAULT), (566, 'v66', DEFAULT, 't66''s', DEFAULT), (567, 'v67', 67, 't67''s', DEFAULT), (568, 'v68', 68, 't68''s', 'sad'), (569, 'v69', 69, 't69''s', DEFAULT), (570, 'v70', NULL, NULL, DEFAULT), (571, 'v71', 71, 't71''s', DEFAULT), (572, 'v72', 72, 't72''s', 'sad'), (573, 'v73', 73, 't73''s', DEFAULT), (574, 'v74', 74, 't74''s', DEFAULT), (575, 'v75', 75, NULL, DEFAULT), (576, 'v76', 76, 't76''s', 'sad'), (577, 'v77', NULL, 't77''s', DEFAULT), (578, 'v78', 78, 't78''s', DEFAULT), (579, 'v79', 79, 't79''s', DEFAULT), (580, 'v80', 80, NULL, 'sad'), (581, 'v81', 81, 't81''s', DEFAULT), (582, 'v82', 82, 't82''s', DEFAULT), (583, 'v83', 83, 't83''s', DEFAULT), (584, 'v84', NULL, 't84''s', 'sad'), (585, 'v85', 85, NULL, DEFAULT), (586, 'v86', 86, 't86''s', DEFAULT), (587, 'v87', 87, 't87''s', DEFAULT), (588, 'v88', DEFAULT, 't88''s', 'sad'), (589, 'v89', 89, 't89''s', DEFAULT), (590, 'v90', 90, NULL, DEFAULT), (591, 'v91', NULL, 't91''s', DEFAULT), (592, 'v92', 92, 't92''s', 'sad'), (593, 'v93', 93, 't93''s', DEFAULT), (594, 'v94', 94, 't94''s', DEFAULT), (595, 'v95', 95, NULL, DEFAULT), (596, 'v96', 96, 't96''s', 'sad'), (597, 'v97', 97, 't97''s', DEFAULT), (598, 'v98', NULL, 't98''s', DEFAULT), (599, 'v99', DEFAULT, 't99''s', DEFAULT), (600, 'v100', 100, NULL, 'sad'), (601, 'v101', 101, 't101''s', DEFAULT), (602, 'v102', 102, 't102''s', DEFAULT), (603, 'v103', 103, 't103''s', DEFAULT), (604, 'v104', 104, 't104''s', 'sad'), (605, 'v105', NULL, NULL, DEFAULT), (606, 'v106', 106, 't106''s', DEFAULT), (607, 'v107', 107, 't107''s', DEFAULT), (608, 'v108', 108, 't108''s', 'sad'), (609, 'v109', 109, 't109''s', DEFAULT), (610, 'v110', DEFAULT, NULL, DEFAULT), (611, 'v111', 111, 't111''s', DEFAULT), (612, 'v112', NULL, 't112''s', 'sad'), (613, 'v113', 113, 't113''s', DEFAULT), (614, 'v114', 114, 't114''s', DEFAULT), (615, 'v115', 115, NULL, DEFAULT), (616, 'v116', 116, 't116''s', 'sad'), (617, 'v117', 117, 't117''s', DEFAULT), (618, 'v118', 118, 't118''s', DEFAULT), (619, 'v119', NULL, 't119''s', DEFAULT), (620, 'v120', 120, NULL, 'sad'), (621, 'v121', DEFAULT, 't121''s', DEFAULT), (622, 'v122', 122, 't122''s', DEFAULT), (623, 'v123', 123, 't123''s', DEFAULT), (624, 'v124', 124, 't124''s', 'sad'), (625, 'v125', 125, NULL, DEFAULT), (626, 'v126', NULL, 't126''s', DEFAULT), (627, 'v127', 127, 't127''s', DEFAULT), (628, 'v128', 128, 't128''s', 'sad'), (629, 'v129', 129, 't129''s', DEFAULT), (630, 'v130', 130, NULL, DEFAULT), (631, 'v131', 131, 't131''s', DEFAULT), (632, 'v132', DEFAULT, 't132''s', 'sad'), (633, 'v133', NULL, 't133''s', DEFAULT), (634, 'v134', 134, 't134''s', DEFAULT), (635, 'v135', 135, NULL, DEFAULT), (636, 'v136', 136, 't136''s', 'sad'), (637, 'v137', 137, 't137''s', DEFAULT), (638, 'v138', 138, 't138''s', DEFAULT), (639, 'v139', 139, 't139''s', DEFAULT), (640, 'v140', NULL, NULL, 'sad'), (641, 'v141', 141, 't141''s', DEFAULT), (642, 'v142', 142, 't142''s', DEFAULT), (643, 'v143', DEFAULT, 't143''s', DEFAULT), (644, 'v144', 144, 't144''s', 'sad'), (645, 'v145', 145, NULL, DEFAULT), (646, 'v146', 146, 't146''s', DEFAULT), (647, 'v147', NULL, 't147''s', DEFAULT), (648, 'v148', 148, 't148''s', 'sad'), (649, 'v149', 149, 't149''s', DEFAULT) ON CONFLICT (id) DO UPDATE SET loyalty = coalesce(accounts.loyalty, 0) + coalesce(EXCLUDED.loyalty, -1), tier = coalesce(EXCLUDED.tier, accounts.tier), mood = EXCLUDED.mood
-- restart
SELECT count(*), sum(loyalty), count(loyalty), count(tier), md5(string_agg(id || ':' || coalesce(loyalty::text, '-') || ':' || coalesce(tier, '-') || ':' || mood, ',' ORDER BY id)) FROM accounts
SELECT id, name, loyalty, tier, mood, labels FROM accounts WHERE id < 20 ORDER BY id
BEGIN
INSERT INTO accounts (id, name, loyalty, tier, labels) SELECT g, 'g' || g, g, 'gen', ARRAY[g::text] FROM generate_series(1, 3000) g ON CONFLICT (id) DO UPDATE SET loyalty = accounts.loyalty * 2, tier = accounts.tier || '+', labels = accounts.labels || EXCLUDED.labels
COMMIT
-- restart
SELECT count(*), sum(loyalty), count(tier), md5(string_agg(id || ':' || coalesce(loyalty::text, '-') || ':' || coalesce(tier, '-') || ':' || labels::text, ',' ORDER BY id)) FROM accounts
SELECT id, loyalty, tier, labels FROM accounts WHERE id IN (1, 3, 6, 505, 649, 3000) ORDER BY id

-- scenario: hunt_w12_writable_ctes_over_two_tables_then_restart
WITH b AS (UPDATE bills SET paid = true, due = '2025-05-05' WHERE account_id = 1 RETURNING account_id) SELECT count(*) FROM b
UPDATE accounts SET loyalty = loyalty + 100, tier = 'billed' WHERE id IN (SELECT account_id FROM bills WHERE paid) RETURNING id, loyalty
WITH d AS (DELETE FROM bills WHERE id = 9 RETURNING id) INSERT INTO bills (id, account_id, amount, paid) SELECT id + 90, 8, 1, true FROM d RETURNING *
-- restart
SELECT id, loyalty, tier FROM accounts ORDER BY id
SELECT id, account_id, paid, due FROM bills ORDER BY id
WITH m AS (UPDATE accounts SET loyalty = 8, tier = 'cte' WHERE id = 8 RETURNING id, loyalty, tier) SELECT * FROM m
UPDATE bills SET paid = false WHERE id = 99 RETURNING id, paid
-- restart
SELECT id, loyalty, tier FROM accounts ORDER BY id
SELECT id, account_id, paid, due FROM bills ORDER BY id

-- scenario: hunt_w12_values_and_keys_that_look_like_nulls_and_separators_then_restart
UPDATE accounts SET tier = 'null', labels = '{null,NULL,"NULL",""}' WHERE id = 1
UPDATE accounts SET tier = '', labels = '{}' WHERE id = 2
UPDATE accounts SET tier = E'\\N', labels = ARRAY[E'\\N', '"'] WHERE id = 3
UPDATE accounts SET tier = NULL, labels = ARRAY[NULL]::text[] WHERE id = 4
UPDATE gadgets SET doc = 'null', raw = 'null', codes = '{}' WHERE id = 1
UPDATE gadgets SET doc = '"null"', raw = '""', codes = ARRAY[NULL, 'NUL']::varchar(3)[] WHERE id = 2
INSERT INTO notes (slug, body, stars) VALUES ('a:b', 'colon', 1), ('null', 'null word', 2), ('NULL', NULL, 3), (E'\\N', 'backslash n', 4), ('{}', 'braces', 5), (E'line\nbreak', 'newline', 6), ('""', 'quotes', 7) RETURNING *
-- restart
SELECT id, tier, tier IS NULL, labels, labels IS NULL, array_length(labels, 1) FROM accounts WHERE id <= 4 ORDER BY id
SELECT id, doc, doc IS NULL, raw::text, codes FROM gadgets WHERE id <= 2 ORDER BY id
SELECT * FROM notes ORDER BY slug
UPDATE notes SET stars = stars * 10 WHERE stars BETWEEN 1 AND 7 RETURNING *
DELETE FROM notes WHERE slug IN ('null', E'\\N') RETURNING *
-- restart
SELECT * FROM notes ORDER BY slug
INSERT INTO notes (slug, body) VALUES ('null', 'back'), (E'\\N', 'back') RETURNING *

-- scenario: hunt_w12_transaction_ends_spelled_many_ways_then_restart
START TRANSACTION ISOLATION LEVEL SERIALIZABLE, READ WRITE
UPDATE accounts SET loyalty = 1 WHERE id = 1
END
BEGIN WORK
UPDATE accounts SET loyalty = 2 WHERE id = 2
ABORT
BEGIN TRANSACTION
UPDATE accounts SET loyalty = 4 WHERE id = 4
SELECT 1 / 0
COMMIT
BEGIN
UPDATE accounts SET loyalty = 5 WHERE id = 5
SELECT 1 / 0
ROLLBACK AND CHAIN
UPDATE accounts SET loyalty = 55 WHERE id = 5
COMMIT WORK
BEGIN; SAVEPOINT a; UPDATE accounts SET loyalty = 6 WHERE id = 6; RELEASE SAVEPOINT a; SAVEPOINT b; UPDATE accounts SET loyalty = 66 WHERE id = 6; ROLLBACK TO b; END
-- restart
SELECT id, loyalty FROM accounts ORDER BY id

-- scenario: hunt_w12_do_nothing_and_deleted_keys_in_one_transaction_then_restart
BEGIN
DELETE FROM accounts WHERE id IN (1, 2)
INSERT INTO accounts (id, name, loyalty, tier) VALUES (1, 'x', 100, 'new'), (3, 'y', 300, 'no') ON CONFLICT DO NOTHING RETURNING id, loyalty, tier
INSERT INTO accounts (id, name) VALUES (2, 'z') ON CONFLICT (id) DO UPDATE SET tier = 'conflict' RETURNING id, loyalty, tier, mood, labels
UPDATE accounts SET id = 9 WHERE id = 3 RETURNING id, loyalty, tier, mood
COMMIT
-- restart
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id
-- params: ["3", "back"]
INSERT INTO accounts (id, name) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING *
-- params: ["bronze"]
SELECT id, tier FROM accounts WHERE tier = $1 OR tier IS NULL ORDER BY id

-- scenario: hunt_w12_replica_role_session_commits_in_a_string_then_restart
SET session_replication_role = replica
BEGIN; UPDATE bills SET paid = true WHERE id = 2; UPDATE accounts SET loyalty = 90 WHERE id = 1; COMMIT; BEGIN
UPDATE bills SET paid = false, due = '2001-01-01' WHERE id = 2
UPDATE accounts SET loyalty = 91 WHERE id = 1
-- restart
SELECT id, paid, due FROM bills ORDER BY id
SELECT id, loyalty FROM accounts ORDER BY id
SET session_replication_role = replica
UPDATE accounts SET tier = 'replica' WHERE id = 2
BEGIN
UPDATE accounts SET tier = 'replica 2' WHERE id = 2
UPDATE accounts SET tier = tier || ' again' WHERE id = 2
COMMIT
RESET session_replication_role
-- restart
SELECT id, loyalty, tier FROM accounts ORDER BY id

-- scenario: hunt_w12_defaults_nulls_and_cross_table_values_then_reads_of_every_shape
INSERT INTO accounts (id, name, loyalty, tier, mood, labels) VALUES (1, 'a', 1, 't', 'sad', '{x}'), (45, 'b', 2, NULL, 'grumpy', NULL) ON CONFLICT (id) DO UPDATE SET loyalty = DEFAULT, tier = NULL, mood = DEFAULT, labels = DEFAULT RETURNING id, loyalty, tier, mood, labels
UPDATE bills SET paid = a.loyalty > 5, due = DATE '2025-01-01' + a.loyalty FROM accounts a WHERE a.id = bills.account_id AND a.loyalty IS NOT NULL RETURNING bills.id, paid, due
INSERT INTO line_items (order_id, line, product, discount) SELECT 7, id, name, loyalty FROM accounts WHERE loyalty IS NOT NULL ORDER BY id RETURNING *
-- restart
SELECT mood, count(*), sum(loyalty), string_agg(id::text, ',' ORDER BY id) FROM accounts GROUP BY mood HAVING count(*) > 0 ORDER BY mood
SELECT DISTINCT ON (mood) mood, id, loyalty FROM accounts ORDER BY mood, loyalty DESC NULLS LAST, id
SELECT id, loyalty, rank() OVER (ORDER BY loyalty DESC NULLS LAST, id), sum(loyalty) OVER (PARTITION BY mood) FROM accounts ORDER BY id
SELECT id, paid, due FROM bills WHERE paid AND due > '2025-01-01' ORDER BY id
SELECT b.id, a.tier, b.paid FROM bills b LEFT JOIN accounts a ON a.id = b.account_id WHERE coalesce(a.tier, 'none') <> 'gold' ORDER BY b.id
SELECT * FROM line_items ORDER BY order_id, line
-- params: ["sad", "0"]
SELECT id, loyalty FROM accounts WHERE mood = $1::mood OR coalesce(loyalty, 0) > $2::int ORDER BY id
SELECT count(*) FILTER (WHERE labels = '{new}'), count(*) FILTER (WHERE 'vip' = ANY (labels)), max(array_length(labels, 1)) FROM accounts

-- scenario: hunt_w12_commits_in_strings_under_repeatable_read_and_serializable_defaults
SET default_transaction_isolation = 'repeatable read'
BEGIN; UPDATE accounts SET loyalty = 100 WHERE id = 1; COMMIT; BEGIN; SELECT id, loyalty FROM accounts WHERE id = 1; UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 1
UPDATE accounts SET tier = 'rr' WHERE id = 1
-- restart
SELECT id, loyalty, tier FROM accounts WHERE id = 1
SET default_transaction_isolation = 'serializable'
UPDATE accounts SET loyalty = 200 WHERE id = 2; BEGIN; UPDATE accounts SET loyalty = 201 WHERE id = 2; SAVEPOINT s; UPDATE accounts SET loyalty = 202 WHERE id = 2; ROLLBACK TO SAVEPOINT s
SHOW transaction_isolation
-- restart
SELECT id, loyalty FROM accounts WHERE id = 2
SET default_transaction_read_only = on
BEGIN; SET TRANSACTION READ WRITE; UPDATE accounts SET loyalty = 300 WHERE id = 3; COMMIT; BEGIN; SET TRANSACTION READ WRITE; UPDATE accounts SET loyalty = 301 WHERE id = 3
-- restart
SELECT id, loyalty FROM accounts WHERE id = 3

-- scenario: hunt_w12_statement_timeout_set_before_a_large_commit_then_restart
BEGIN
INSERT INTO accounts (id, name, loyalty, tier, labels) SELECT g, 'g' || g, g, repeat('x', 200), ARRAY[repeat('y', 100), g::text] FROM generate_series(1000, 8999) g
SET synchronous_commit = off
SET statement_timeout = '10ms'
COMMIT
RESET statement_timeout
-- restart
SELECT count(*), sum(loyalty), count(tier), sum(length(labels[1])) FROM accounts

-- scenario: hunt_w12_key_moves_committed_in_a_string_then_changed_by_the_open_transaction
UPDATE accounts SET loyalty = id * 10, tier = 't' || id, labels = ARRAY[name] WHERE id IN (6, 8)
BEGIN; UPDATE accounts SET id = 60 WHERE id = 6; UPDATE accounts SET id = 61, tier = 'moved' WHERE id = 8; COMMIT; BEGIN; UPDATE accounts SET loyalty = 0, id = 62 WHERE id = 60; INSERT INTO accounts (id, name) VALUES (6, 'old key again'), (8, 'eight again'); UPDATE accounts SET tier = 'open' WHERE id = 61
-- restart
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id
INSERT INTO accounts (id, name) VALUES (6, 'six'), (8, 'eight'), (62, 'sixty-two') RETURNING *
BEGIN; UPDATE accounts SET id = 70 WHERE id = 61; COMMIT; BEGIN; UPDATE accounts SET id = 71 WHERE id = 70; SELECT 1 / 0
ROLLBACK
-- restart
SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id

-- scenario: hunt_w12_commits_failing_on_deferred_keys_then_restart
BEGIN
UPDATE hunt_w6_slots SET rank = 50, note = 'lost' WHERE id = 1
UPDATE hunt_w6_slots SET id = 2 WHERE id = 1
COMMIT
BEGIN
UPDATE hunt_w6_slots SET rank = 60, note = 'lost too' WHERE id = 3
INSERT INTO hunt_w6_slots (id, label, rank) VALUES (3, 'dup', 1)
COMMIT AND CHAIN
SELECT * FROM hunt_w6_slots ORDER BY id, label
BEGIN; UPDATE hunt_w6_slots SET note = 'string' WHERE id = 2; INSERT INTO hunt_w6_slots (id, label) VALUES (2, 'dup'); COMMIT; BEGIN; UPDATE hunt_w6_slots SET rank = 70 WHERE id = 3
-- restart
SELECT * FROM hunt_w6_slots ORDER BY id, label
BEGIN
UPDATE hunt_w6_slots SET id = 3 - id, note = 'swapped ' || id WHERE id IN (1, 2)
COMMIT AND CHAIN
UPDATE hunt_w6_slots SET rank = rank + 100 WHERE id = 1
-- restart
SELECT * FROM hunt_w6_slots ORDER BY id, label

-- scenario: hunt_w12_truncates_of_parents_partitions_and_identities_then_restart
TRUNCATE ONLY animals
SELECT id, name, legs, vaccinated FROM animals ORDER BY id
INSERT INTO animals (id, name, legs) VALUES (1, 'new one', DEFAULT), (2, 'new two', 8)
TRUNCATE shipments_eu
INSERT INTO shipments (region, id, status) VALUES ('eu', 1, DEFAULT), ('eu', 9, 'fresh')
INSERT INTO orders (item, note, qty) VALUES ('a', 'n1', 2), ('b', 'n2', 3)
TRUNCATE orders RESTART IDENTITY
INSERT INTO orders (item, note) VALUES ('c', 'n3') RETURNING *
-- restart
SELECT id, name, legs, vaccinated FROM animals ORDER BY id
SELECT * FROM shipments ORDER BY region, id
SELECT * FROM orders ORDER BY id
BEGIN
TRUNCATE animals
INSERT INTO animals (id, name) VALUES (3, 'parent now')
-- restart
SELECT id, name, legs, vaccinated FROM animals ORDER BY id
TRUNCATE animals
INSERT INTO dogs (id, name, breed) VALUES (3, 'Rex again', 'collie')
-- restart
SELECT id, name, legs, vaccinated FROM animals ORDER BY id

-- scenario: hunt_w12_statement_timeout_in_chained_transactions
SET synchronous_commit = off
BEGIN
INSERT INTO accounts (id, name, loyalty, tier, labels) SELECT g, 'g' || g, g, repeat('x', 200), ARRAY[repeat('y', 100), g::text] FROM generate_series(1000, 8999) g
SET LOCAL statement_timeout = '10ms'
COMMIT AND CHAIN
SET LOCAL statement_timeout = '10ms'
UPDATE accounts SET name = 'chained' WHERE id = 1
COMMIT
SELECT count(*), sum(loyalty), count(tier) FROM accounts
BEGIN; UPDATE accounts SET tier = repeat('z', 300) WHERE id >= 1000; COMMIT; BEGIN; SET LOCAL statement_timeout = '10ms'; SELECT 1
SHOW statement_timeout
UPDATE accounts SET name = 'second' WHERE id = 2
COMMIT
SHOW statement_timeout
BEGIN
UPDATE accounts SET loyalty = -loyalty WHERE id >= 1000
SET statement_timeout = '15ms'
COMMIT AND CHAIN
SHOW statement_timeout
UPDATE accounts SET name = 'third' WHERE id = 3
COMMIT
SHOW statement_timeout
RESET statement_timeout
-- restart
SELECT count(*), sum(loyalty), count(tier), sum(length(tier)) FROM accounts
SELECT id, name FROM accounts WHERE id <= 2 ORDER BY id

-- scenario: hunt_w12_role_set_commits_in_a_string_then_changes_the_same_row
SET search_path = "$user", public
SET ROLE hunt_w11_clerk
BEGIN; UPDATE accounts SET grade = 5 WHERE id = 1; COMMIT; BEGIN; UPDATE accounts SET grade = 6 WHERE id = 1 RETURNING id, grade
ROLLBACK
SELECT id, grade FROM accounts ORDER BY id
-- restart
SET search_path = "$user", public
SET ROLE hunt_w11_clerk
SELECT id, grade FROM accounts ORDER BY id
RESET ROLE
