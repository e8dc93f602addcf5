-- The rows of the differential tests' tables (schema in base.sql), loaded again before every
-- write scenario.
INSERT INTO accounts VALUES
    (1, 'Alice', 'alice@example.com', '2024-01-05'),
    (2, 'Bob', NULL, '2024-02-11'),
    (3, 'Zoë', 'zoe@example.com', '2024-03-01'),
    (4, '東京 Tokyo', 'tokyo@example.jp', NULL),
    (5, 'O''Brien', 'ob@example.ie', '2024-05-20'),
    (6, 'Back\slash', NULL, '2024-06-30'),
    (7, 'Émile', 'emile@example.fr', '2024-07-14'),
    (8, 'Nobody', NULL, NULL);
INSERT INTO bills VALUES
    (1, 1, 10.50, 'first'),
    (2, 1, 99.99, NULL),
    (3, 2, 5.00, 'café'),
    (4, 3, 42.00, 'answer'),
    (5, 3, 7.25, NULL),
    (6, 4, 1000.00, '東京'),
    (7, 5, 0.99, 'tiny'),
    (8, 7, 12.00, NULL),
    (9, NULL, 3.33, 'orphan');
INSERT INTO "Users" VALUES (1, 'Ada Lovelace'), (2, 'Grace Hopper'), (3, NULL);
INSERT INTO line_items VALUES
    (1, 1, 'apple', 3), (1, 2, 'pear', 1), (2, 1, 'plum', 12), (3, 1, 'fig', NULL);
INSERT INTO events VALUES ('login', 'a'), ('logout', 'b'), ('login', 'c');
INSERT INTO sales.accounts VALUES (1, 'north'), (2, 'south'), (9, 'east');
INSERT INTO tags VALUES (1, 'red', 5), (2, 'blue', 0), (3, 'green', NULL);
INSERT INTO notes VALUES
    ('it''s "q"', 'quoted'), ('東京, (x)', 'unicode'), ('back\slash', NULL), (' ', 'space');
INSERT INTO visits VALUES
    ('00000000-0000-0000-0000-000000000001', '2024-01-01 10:00+00'),
    ('00000000-0000-0000-0000-000000000001', '2024-06-01 23:30:00.25+00'),
    ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '2024-03-10 01:59+00');
INSERT INTO shipments VALUES
    ('eu', 1, 5), ('eu', 2, 12), ('us', 1, 30), ('us', 3, 0), ('asia', 4, 18);
INSERT INTO animals VALUES (1, 'Rex the animal'), (2, 'Generic');
INSERT INTO dogs VALUES (3, 'Rex', 'collie'), (4, 'Fido', NULL);
INSERT INTO cats VALUES (5, 'Tom'), (6, 'Felix');
INSERT INTO appliances (name, price) VALUES ('lamp', 10), ('fan', 25), ('kettle', 0);
INSERT INTO counters (name) VALUES ('a'), ('b');
INSERT INTO gadgets VALUES
    (1, 'sprocket', 1.5, B'101', '5'),
    (2, 'widget', 0.25, B'000', NULL),
    (3, 'gizmo', NULL, NULL, '2 hours 30 minutes'),
    (4, 'doohickey', 12, B'111', '1 day'),
    (5, 'thingamajig', 3.75, NULL, NULL),
    (6, 'whatsit', 0, B'010', '90');
INSERT INTO hunt_w_members VALUES (1, 'a@x', 'ann'), (2, 'b@x', 'bob'), (3, 'c@x', NULL);
INSERT INTO hunt_w6_nums VALUES (1.0, 'one'), (2.50, 'two and a half'), (-0.000, 'zero');
INSERT INTO hunt_w6_blobs VALUES ('\x00ff', 'a'), ('\x27285c2c', 'quote paren backslash comma');
INSERT INTO hunt_w6_codes VALUES ('ab', 'ab'), ('a b', 'spaced');
INSERT INTO hunt_w6_instants VALUES ('2024-01-01 10:00+00', 'ten');
INSERT INTO hunt_w6_days VALUES ('2024-03-05', 'fifth of march');
INSERT INTO hunt_w6_names VALUES ('Alice', 'a'), ('bob', 'b');
INSERT INTO hunt_w6_floats VALUES (0.1, 'tenth'), (0.30000000000000004, 'almost'), (0.3, 'third');
INSERT INTO hunt_w6_mixed VALUES (true, '2024-01-01', 'x', '\x01');
INSERT INTO hunt_w6_ids (label) VALUES ('first'), ('second');
INSERT INTO hunt_w6_tokens (label) VALUES ('t1'), ('t2');
INSERT INTO hunt_w6_slots VALUES (1, 'one'), (2, 'two'), (3, 'three');
INSERT INTO hunt_o1_comments VALUES (1, 'ann', 'first'), (2, NULL, 'anonymous');
INSERT INTO hunt_w11_clerk.accounts VALUES (1, 'desk one'), (2, 'desk two');
INSERT INTO hunt_w11_tickets VALUES
    (1, 'hunt_w11_clerk', 'mine'), (2, 'shared', 'for all'), (3, 'other', 'hidden');
