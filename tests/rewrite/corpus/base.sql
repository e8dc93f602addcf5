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
