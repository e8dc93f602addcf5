-- The live schema shared by the twin and the shadow databases of the differential tests (the
-- rows are in data.sql). Shadow columns are declared in tests/rewrite/conftest.py.
CREATE SCHEMA sales;
CREATE TYPE mood AS ENUM ('happy', 'sad', 'grumpy');

CREATE TABLE accounts (
    id integer PRIMARY KEY,
    name text NOT NULL,
    email text,
    created_on date
);
CREATE TABLE bills (
    id integer PRIMARY KEY,
    account_id integer REFERENCES accounts (id),
    amount numeric(10, 2) NOT NULL,
    note text
);
CREATE TABLE "Users" (
    "Id" integer PRIMARY KEY,
    "Full Name" text
);
CREATE TABLE line_items (
    order_id integer,
    line integer,
    product text,
    qty integer,
    PRIMARY KEY (order_id, line)
);
CREATE TABLE events (
    kind text,
    payload text
);
CREATE TABLE sales.accounts (
    id integer PRIMARY KEY,
    region text
);
CREATE TABLE tags (
    id integer PRIMARY KEY,
    label text UNIQUE DEFERRABLE INITIALLY DEFERRED,
    loyalty integer
);
CREATE TABLE orders (
    id serial PRIMARY KEY,
    item text NOT NULL
);
-- Keys whose text needs care: text with quotes, commas and parentheses; uuid and timestamptz
-- (which prints in the session's TimeZone).
CREATE TABLE notes (
    slug text PRIMARY KEY,
    body text
);
CREATE TABLE visits (
    visitor uuid,
    at timestamptz,
    PRIMARY KEY (visitor, at)
);
-- Shadow columns of many types live on gadgets (tests/rewrite/conftest.py), among them a
-- domain with a CHECK and a composite type.
CREATE DOMAIN posint AS integer CONSTRAINT posint_check CHECK (VALUE > 0);
CREATE TYPE pair AS (x integer, label text);
CREATE TABLE gadgets (
    id integer PRIMARY KEY,
    name text NOT NULL,
    weight numeric,
    flags bit(3),
    lap interval minute
);
CREATE VIEW rich_accounts AS SELECT id, name FROM accounts WHERE id < 4;
-- A function taking a served table's row type, as PostgREST and Hasura computed columns are.
CREATE FUNCTION account_label(accounts) RETURNS text LANGUAGE sql STABLE
    AS $$ SELECT $1.name || '#' || $1.id $$;
-- Functions returning a served table's rows, as PostgREST's RPC functions and Hasura's custom
-- functions do; `rows_or_count` also has an overload returning something else.
CREATE FUNCTION accounts_up_to(n integer) RETURNS SETOF accounts LANGUAGE sql STABLE
    AS $$ SELECT * FROM accounts WHERE id <= n ORDER BY id $$;
CREATE FUNCTION account_by_id(i integer) RETURNS accounts LANGUAGE sql STABLE
    AS $$ SELECT * FROM accounts WHERE id = i $$;
CREATE FUNCTION items_of_order(o integer) RETURNS SETOF line_items LANGUAGE sql STABLE
    AS $$ SELECT * FROM line_items WHERE order_id = o $$;
CREATE FUNCTION sales_accounts() RETURNS SETOF sales.accounts LANGUAGE sql STABLE
    AS $$ SELECT * FROM sales.accounts $$;
CREATE FUNCTION rows_or_count(n integer) RETURNS SETOF accounts LANGUAGE sql STABLE
    AS $$ SELECT * FROM accounts WHERE id <= n $$;
CREATE FUNCTION rows_or_count(t text) RETURNS bigint LANGUAGE sql STABLE
    AS $$ SELECT count(*) FROM accounts WHERE name = t $$;

-- Table kinds beyond plain tables (shadow columns declared on the parents only).
-- A declaratively partitioned table: the twin's ALTER TABLE shipments ADD COLUMN reaches every
-- partition.
CREATE TABLE shipments (
    region text,
    id integer,
    weight integer NOT NULL DEFAULT 0,
    PRIMARY KEY (region, id)
) PARTITION BY LIST (region);
CREATE TABLE shipments_eu PARTITION OF shipments FOR VALUES IN ('eu');
CREATE TABLE shipments_us PARTITION OF shipments FOR VALUES IN ('us');
CREATE TABLE shipments_rest PARTITION OF shipments DEFAULT;
-- Inheritance: rows of the children are rows of animals too (unless ONLY animals).
CREATE TABLE animals (
    id integer PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE dogs (breed text) INHERITS (animals);
CREATE TABLE cats () INHERITS (animals);
-- Views created before the twin's columns exist: `*` was expanded without them.
CREATE VIEW heavy_shipments AS SELECT * FROM shipments WHERE weight >= 10;
CREATE VIEW shipment_owners AS
    SELECT s.region, s.id, s.weight, a.name AS owner FROM shipments s JOIN animals a ON a.id = s.id;
-- Identity, generated column (first after the key) and a trigger changing a live column.
CREATE TABLE appliances (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    price_x2 integer GENERATED ALWAYS AS (price * 2) STORED,
    name text NOT NULL,
    price integer NOT NULL DEFAULT 0,
    touched integer NOT NULL DEFAULT 0
);
CREATE FUNCTION appliances_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.touched := OLD.touched + 1;
    RETURN NEW;
END
$$;
CREATE TRIGGER appliances_touch BEFORE UPDATE ON appliances FOR EACH ROW EXECUTE FUNCTION appliances_touch();
-- Only an identity column GENERATED ALWAYS besides the key... and a generated one.
CREATE TABLE counters (
    name text PRIMARY KEY,
    serial_no integer GENERATED ALWAYS AS IDENTITY,
    twice integer GENERATED ALWAYS AS (serial_no * 2) STORED
);
-- Unique keys besides the primary key, for ON CONFLICT on them; a CHECK of a shadow column
-- names another shadow column (tests/rewrite/conftest.py).
CREATE TABLE hunt_w_members (
    id integer PRIMARY KEY,
    email text NOT NULL UNIQUE,
    handle text,
    CONSTRAINT hunt_w_members_handle_key UNIQUE (handle)
);
-- Keys whose text form is not unique or follows a session setting: numeric (1.0 = 1.00),
-- bytea (bytea_output), char(n) (trailing spaces), domains over timestamptz and date (TimeZone,
-- DateStyle), a case-insensitive collation, float8, a key of several kinds, an identity key.
CREATE DOMAIN hunt_w6_instant AS timestamptz;
CREATE DOMAIN hunt_w6_day AS date;
CREATE COLLATION hunt_w6_ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE hunt_w6_nums (n numeric PRIMARY KEY, label text);
CREATE TABLE hunt_w6_blobs (id bytea PRIMARY KEY, label text);
CREATE TABLE hunt_w6_codes (code char(5) PRIMARY KEY, label text);
CREATE TABLE hunt_w6_instants (at hunt_w6_instant PRIMARY KEY, label text);
CREATE TABLE hunt_w6_days (day hunt_w6_day PRIMARY KEY, label text);
CREATE TABLE hunt_w6_names (name text COLLATE hunt_w6_ci PRIMARY KEY, label text);
CREATE TABLE hunt_w6_floats (x float8 PRIMARY KEY, label text);
CREATE TABLE hunt_w6_mixed (
    flag boolean,
    day date,
    code char(3),
    blob bytea,
    PRIMARY KEY (flag, day, code, blob)
);
CREATE TABLE hunt_w6_ids (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    label text
);
-- A uuid key computed by its default (deterministic here, so the twin's keys are the same).
CREATE SEQUENCE hunt_w6_token_seq;
CREATE TABLE hunt_w6_tokens (
    id uuid PRIMARY KEY DEFAULT md5(nextval('hunt_w6_token_seq')::text)::uuid,
    label text UNIQUE
);
-- A deferrable primary key: two rows may hold one key until COMMIT.
CREATE TABLE hunt_w6_slots (
    id integer PRIMARY KEY DEFERRABLE INITIALLY DEFERRED,
    label text
);
-- A shadow column whose CHECK rule names a live column of its table.
CREATE TABLE hunt_o1_comments (
    id integer PRIMARY KEY,
    author text,
    body text NOT NULL DEFAULT ''
);
-- A schema named after the role of the scenarios that SET ROLE (tests/rewrite/conftest.py,
-- SCENARIO_ROLE, created before this runs): "$user" in search_path finds it after SET ROLE,
-- and its table hides public.accounts. The role has what an application's role has.
CREATE SCHEMA hunt_w11_clerk;
CREATE TABLE hunt_w11_clerk.accounts (
    id integer PRIMARY KEY,
    name text NOT NULL
);
GRANT USAGE ON SCHEMA hunt_w11_clerk TO hunt_w11_clerk;
GRANT SELECT, INSERT, UPDATE, DELETE ON hunt_w11_clerk.accounts, public.accounts, public.bills
    TO hunt_w11_clerk;
-- Row-level security for the scenario role: it sees its own and shared tickets, and writes its
-- own only (the owner of the table, who loads the rows, is not subject to the policies).
CREATE TABLE hunt_w11_tickets (
    id integer PRIMARY KEY,
    owner text NOT NULL,
    body text
);
ALTER TABLE hunt_w11_tickets ENABLE ROW LEVEL SECURITY;
CREATE POLICY tickets_read ON hunt_w11_tickets FOR SELECT
    USING (owner = current_user OR owner = 'shared');
CREATE POLICY tickets_add ON hunt_w11_tickets FOR INSERT WITH CHECK (owner = current_user);
CREATE POLICY tickets_change ON hunt_w11_tickets FOR UPDATE
    USING (owner = current_user) WITH CHECK (owner = current_user);
CREATE POLICY tickets_remove ON hunt_w11_tickets FOR DELETE USING (owner = current_user);
GRANT SELECT, INSERT, UPDATE, DELETE ON hunt_w11_tickets TO hunt_w11_clerk;
